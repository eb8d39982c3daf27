"""Candidates of a document: block quotes, allegations of a paragraph, hedging, lenient proposals."""

from __future__ import annotations

from claim_support import claims_of
from extract.claims.candidates import propose
from extract.claims.rules import ClaimRules
from extract.records import Actor, DocumentRecord
from extract.segment import segment


def test_a_cue_ending_its_line_introduces_a_block_quote() -> None:
    text = ("Intro line.\nAccording to Defense News\n\nPrototypes will take 18 months. The Army will move into testing.\n"
            "Next paragraph is narrative.\n")
    claims = claims_of(text, [("Defense News", "ORG", "Defense News"), ("Army", "ORG", "U.S. Army")])
    assert [c.text for c in claims] == ["Prototypes will take 18 months", "The Army will move into testing"]
    assert {c.source for c in claims} == {"Defense News"} and {c.cue.text for c in claims} == {"According to"}


def test_a_reporting_verb_ending_its_line_quotes_the_next_paragraph_or_bullet_run() -> None:
    text = ("The Navy's budget request notes that\n\nReductions are due to spending caps. The program was fully funded.\n\n"
            "Marine Corps leadership reportedly remarked that\n\n- Vehicles are clear to operate in surf.\n"
            "- The Corps is working with BAE Systems on readiness.\n\nThe vehicle entered service in 2020.\n")
    claims = claims_of(text, [("Navy", "ORG", "Navy"), ("Marine Corps", "ORG", "Marine Corps"),
                              ("BAE Systems", "ORG", "BAE Systems")])
    assert [(c.text, c.source, c.cue.text, c.hedged) for c in claims] == [
        ("Reductions are due to spending caps", "Navy", "notes", False),
        ("The program was fully funded", "Navy", "notes", False),
        ("Vehicles are clear to operate in surf", "Marine Corps", "remarked", True),
        ("The Corps is working with BAE Systems on readiness", "Marine Corps", "remarked", True)]


def test_a_heading_noun_ending_its_line_quotes_nothing() -> None:
    text = "Notes:\n\nThe data cover 2020 to 2024.\n\nRelated CRS Reports:\n\nCRS Report R48552, The Nutrition Title\n"
    assert claims_of(text, [("CRS", "ORG", "Congressional Research Service")]) == []


def test_allegedly_in_a_paragraph_of_allegations_is_the_alleger_s() -> None:
    text = ("The DOJ alleged that Uber charged unlawful fees. Some drivers also allegedly refuse to serve riders.\n\n"
            "Some drivers allegedly refuse to stop.")
    claims = claims_of(text, [("DOJ", "ORG", "Department of Justice")])
    assert [(c.source, c.hedged) for c in claims] == [
        ("Department of Justice", False), ("Department of Justice", True), ("UNKNOWN", True)]


def test_estimate_is_a_hedged_cue_and_an_unclear_judgement_is_hedged() -> None:
    text = "Experts estimate that Iran has enough uranium for six bombs. It remains unclear whether Beijing approved it."
    assert [(c.text, c.cue.text, c.source, c.hedged) for c in claims_of(text, [])] == [
        ("Iran has enough uranium for six bombs", "estimate", "UNKNOWN", True),
        ("Beijing approved it", "unclear", "AUTHOR", True)]


def test_lenient_proposals_add_wider_cues_marked_not_strict() -> None:
    text = ("Officials said that the plan may fail. China condemned the deployment as fueling an arms race. "
            "Applications rose, which may also partially explain the lower success rates.")
    record = DocumentRecord(doc_id="t", source="t", sha256="", published=None, title=None)
    strict = ClaimRules()(segment(text), record)
    proposed = propose(segment(text), record, lenient=True)
    assert [c.text for c in strict] == ["the plan may fail"]
    wide = {c.claim.text: c.cue_kind for c in proposed if not c.strict}
    assert wide["the deployment as fueling an arms race"] == "claim"
    assert wide["which may also partially explain the lower success rates"] == "author"
    assert [c.claim.text for c in proposed if c.strict] == ["the plan may fail"]
    assert "May 2025" not in {c.claim.cue.text for c in proposed if c.claim.cue}


def test_lenient_that_clauses_after_particles_and_strict_holdings_and_likelihood_adverbs() -> None:
    text = ("At least one court has agreed, holding that places must be physical. The court spelled out that Uber "
            "had held itself out as a carrier. The plan will probably fail.")
    record = DocumentRecord(doc_id="t", source="t", sha256="", published=None, title=None)
    wide = {c.claim.text: c.claim.cue.text for c in propose(segment(text), record, lenient=True) if not c.strict}
    assert wide["Uber had held itself out as a carrier"] == "spelled"
    strict = ClaimRules()(segment(text), record)
    assert [(c.text, c.cue.text, c.hedged) for c in strict] == [("places must be physical", "holding", False),
                                                                 ("The plan will probably fail", "probably", True)]


def test_reported_advice_after_an_opening_but_or_a_contracted_pronoun_is_the_speaker_s() -> None:
    text = ("Dr Ellie Cannon said: “But it’s vital to find out how you are.” "
            "John Smith said it’s vital that we act. Jane Doe said they’re ready.")
    actors = [("Ellie Cannon", "PERSON", "Ellie Cannon"), ("John Smith", "PERSON", "John Smith"),
              ("Jane Doe", "PERSON", "Jane Doe")]
    assert [(c.kind, c.source, c.text) for c in claims_of(text, actors)] == [
        ("recommendation", "Ellie Cannon", "it’s vital to find out how you are"),
        ("recommendation", "John Smith", "it’s vital that we act"),
        ("claim", "Jane Doe", "they’re ready")]


def test_a_quoted_imperative_is_the_speaker_s_recommendation_and_an_infinitive_inside_a_quote_is_not() -> None:
    text = ("“Stop the shelling now,” Jane Doe told reporters. John Smith said: “No, Sir, fund the troops.” "
            "Ann Lee said: “After we have chosen, we intend to require competition.”")
    actors = [("Jane Doe", "PERSON", "Jane Doe"), ("John Smith", "PERSON", "John Smith"),
              ("Ann Lee", "PERSON", "Ann Lee")]
    found = [(c.kind, c.source, c.cue.text, c.text) for c in claims_of(text, actors)]
    assert ("recommendation", "Jane Doe", "Stop", "Stop the shelling now") in found
    assert ("recommendation", "John Smith", "fund", "fund the troops") in found
    assert all(kind == "claim" for kind, source, _, _ in found if source == "Ann Lee")


def test_maybe_hedges_like_perhaps() -> None:
    text = "Jane Doe said that there are maybe 100 fighters left. John Smith said that 100 fighters are left."
    claims = claims_of(text, [("Jane Doe", "PERSON", "Jane Doe"), ("John Smith", "PERSON", "John Smith")])
    assert [(c.source, c.hedged) for c in claims] == [("Jane Doe", True), ("John Smith", False)]


def test_a_hedge_inside_an_embedded_wh_clause_does_not_hedge_the_claim_unless_the_question_is_open() -> None:
    text = ("Jane Doe said that we should draw on what is most likely to work. "
            "John Smith said that it is unclear how the plan might be funded.")
    claims = claims_of(text, [("Jane Doe", "PERSON", "Jane Doe"), ("John Smith", "PERSON", "John Smith")])
    assert [(c.source, c.hedged) for c in claims] == [("Jane Doe", False), ("John Smith", True)]


def test_a_copula_framing_a_that_clause_is_the_text_s_own_judgement_but_one_framing_a_question_is_not() -> None:
    text = ("The risk is that Beijing will read the move as an escalation. Beijing's view is that talks failed. "
            "The question is whether Congress will act.")
    record = DocumentRecord(doc_id="t", source="t", sha256="", published=None, title=None)
    record.actors.append(Actor("a1", 62, 69, "Beijing", "GPE", "China"))
    wide = {c.claim.text: c.claim.source for c in propose(segment(text), record, lenient=True) if not c.strict}
    assert wide["Beijing will read the move as an escalation"] == "AUTHOR"
    assert wide["talks failed"] == "China"
    assert wide.get("Congress will act", "UNKNOWN") == "UNKNOWN"
