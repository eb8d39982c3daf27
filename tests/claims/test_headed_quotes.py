"""Quotes under a speaker heading are the speaker's claims, one per sentence, cue null (extract/claims/headed_quotes.py)."""

from __future__ import annotations

from extract.claims.headed_quotes import headed_quotes, with_continued_quotes, with_headed_quotes
from extract.records import Actor, Claim

TEXT = ("Vice President JD Vance on Meet the Press\n"
        "- On the strikes: “We’re not at war with Iran … We destroyed the program. Is that clear?”\n"
        "- On diplomacy: “They weren’t taking this seriously.”\n"
        "The Secretary and the Vice President spoke on Sunday.\n"
        "- “This line follows no heading naming one person.”\n")


def _actors() -> list[Actor]:
    start = TEXT.index("JD Vance")
    return [Actor("a1", start, start + 8, "JD Vance", "PERSON", "JD Vance")]


def test_each_quoted_sentence_under_a_heading_naming_one_person_is_theirs_but_not_a_question() -> None:
    quotes = headed_quotes(TEXT, _actors())
    assert [(TEXT[q.start : q.end], q.speaker) for q in quotes] == [
        ("We’re not at war with Iran", "JD Vance"), ("We destroyed the program", "JD Vance"),
        ("They weren’t taking this seriously", "JD Vance")]


def test_a_claim_in_a_headed_quote_takes_its_speaker_and_uncovered_sentences_become_claims() -> None:
    start = TEXT.index("We destroyed")
    found = Claim("c1", start, start + 24, TEXT[start : start + 24], "claim", "AUTHOR", None, "asserts", False)
    claims = with_headed_quotes(TEXT, _actors(), [found])
    assert [(c.text, c.source, c.cue) for c in claims] == [
        ("We’re not at war with Iran", "JD Vance", None), ("We destroyed the program", "JD Vance", None),
        ("They weren’t taking this seriously", "JD Vance", None)]


def test_a_quote_a_name_introduces_with_a_colon_gives_its_claims_that_speaker_but_adds_none() -> None:
    text = 'Secretary James Roche: "I hoped you would stay. We will win this contract."'
    start = text.index("James Roche")
    actors = [Actor("a1", start, start + 11, "James Roche", "PERSON", "James Roche")]
    inside = text.index("We will")
    found = Claim("c1", inside, inside + 25, text[inside : inside + 25], "claim", "AUTHOR", None, "asserts", False)
    claims = with_headed_quotes(text, actors, [found])
    assert [(c.text, c.source) for c in claims] == [("We will win this contract", "James Roche")]


def test_a_quotation_opening_the_sentence_after_a_named_speaker_s_quote_is_theirs() -> None:
    text = '"We just sent them $40 billion," said Angus King. "We must do more." Critics disagree. "We must wait."'
    first = Claim("c1", 1, 30, text[1:30], "claim", "Angus King", None, "asserts", False)
    start = text.index("We must do")
    second = Claim("c2", start, start + 15, text[start : start + 15], "recommendation", "AUTHOR", None, "recommends",
                   False)
    later = text.index("We must wait")
    third = Claim("c3", later, later + 12, text[later : later + 12], "recommendation", "AUTHOR", None, "recommends",
                  False)
    claims = with_continued_quotes(text, [first, second, third])
    assert [c.source for c in claims] == ["Angus King", "Angus King", "AUTHOR"]
