"""Own-voice claims in transcripts and issued statements take the speaker's or the issuer's name (at the end of
every claim stage, `finalise_claims`)."""

from __future__ import annotations

from extract.records import Actor, Claim, DocumentRecord, Span
from extract.claims.rules import finalise_claims
from extract.claims.speakers import floor_speaker, speaker_turns, statement_issuers


def _actor(text: str, name: str, label: str, canonical: str, nth: int = 0) -> Actor:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Actor(id=f"a{start}", start=start, end=start + len(name), text=name, label=label, canonical=canonical)


def _claim(text: str, content: str, source: str = "AUTHOR") -> Claim:
    start = text.index(content)
    return Claim(id=f"c{start}", start=start, end=start + len(content), text=content, kind="claim", source=source,
                 cue=None, stance="asserts", hedged=False)


def _record(text: str, actors: list[Actor], claims: list[Claim]) -> DocumentRecord:
    return DocumentRecord(doc_id="t", source="t", sha256="", published=None, title=text.split("\n")[0],
                          actors=actors, claims=claims)


TRANSCRIPT = ("Minister Jane Okafor on the Budget\n2025-03-01\nJane Okafor, Minister of Finance\n"
              "QUESTION: Will the deficit fall?\nMINISTER OKAFOR: I think the deficit will fall next year.\n"
              "MR SMITH: We should cut spending now.\n")


def test_a_transcript_turn_gives_its_own_voice_to_the_speaker_it_names() -> None:
    actors = [_actor(TRANSCRIPT, "Jane Okafor", "PERSON", "Jane Okafor", 0),
              _actor(TRANSCRIPT, "MINISTER OKAFOR", "PERSON", "Jane Okafor")]
    claims = [_claim(TRANSCRIPT, "the deficit will fall next year"), _claim(TRANSCRIPT, "We should cut spending now"),
              _claim(TRANSCRIPT, "Will the deficit fall", "UNKNOWN")]
    record = _record(TRANSCRIPT, actors, claims)
    assert [t.speaker for t in speaker_turns(TRANSCRIPT, actors)] == [None, "Jane Okafor", None]
    record.claims = finalise_claims(record.claims, record, TRANSCRIPT)
    # Smith is named by no PERSON actor, so his turn keeps AUTHOR; the question is no claim.
    assert [c.source for c in record.claims] == ["Jane Okafor", "AUTHOR"]


def test_one_tag_line_is_no_transcript() -> None:
    text = "A brief\nNOTE: figures are rounded.\nSMITH: a lone line.\nThe plan will fail.\n"
    assert speaker_turns(text, []) == []


def test_a_statement_title_names_its_issuer_and_a_joint_one_each_signatory() -> None:
    text = "Nordic Council Statement on Fisheries\nThe Council will review quotas.\n"
    record = _record(text, [_actor(text, "Nordic Council", "ORG", "Nordic Council")],
                     [_claim(text, "The Council will review quotas")])
    assert statement_issuers(text, record) == ["Nordic Council"]
    record.claims = finalise_claims(record.claims, record, text)
    assert record.claims[0].source == "Nordic Council"
    joint = "Chile-Peru Joint Statement\nBoth will cut tariffs.\n"
    both = _record(joint, [_actor(joint, "Chile", "GPE", "Chile"), _actor(joint, "Peru", "GPE", "Peru")],
                   [_claim(joint, "Both will cut tariffs")])
    assert statement_issuers(joint, both) == ["Chile", "Peru"]
    both.claims = finalise_claims(both.claims, both, joint)  # one claim per signatory (seeds/README.md)
    assert [(c.id, c.source, c.text) for c in both.claims] == [("c1", "Chile", "Both will cut tariffs"),
                                                               ("c2", "Peru", "Both will cut tariffs")]
    after = "Joint Statement from the United States and the European Union on Rail\nWe will fund it.\n"
    pair = _record(after, [_actor(after, "United States", "GPE", "United States"),
                           _actor(after, "European Union", "ORG", "European Union")], [])
    assert statement_issuers(after, pair) == ["United States", "European Union"]
    untagged = "United States-India Joint Statement\nBoth will cut tariffs.\n"  # the tagger missed both names
    assert statement_issuers(untagged, _record(untagged, [], [])) == ["United States", "India"]
    plain = "Why tariffs fail\nTariffs will fail.\n"
    assert statement_issuers(plain, _record(plain, [], [])) == []


def test_questions_are_no_claims_and_a_tag_stays_out_of_a_span() -> None:
    text = ("Briefing\nQUESTION: Is it true the talks will fail?\nMS ADEYEMI: The talks will succeed.\n"
            "MR LUND: Thank you.\n")
    actors = [_actor(text, "ADEYEMI", "PERSON", "Ngozi Adeyemi")]
    claims = [_claim(text, "the talks will fail", "UNKNOWN"), _claim(text, "MS ADEYEMI: The talks will succeed")]
    record = _record(text, actors, claims)
    record.claims = finalise_claims(record.claims, record, text)
    assert [(c.id, c.text, c.source) for c in record.claims] == [("c1", "The talks will succeed", "Ngozi Adeyemi")]
    assert text[record.claims[0].start : record.claims[0].end] == record.claims[0].text
    assert record.claims[0].actors is None  # linked after the tag is cut: the tag's name is not inside


def test_remarks_by_a_titled_name_and_a_third_person_heading_end_the_speakers_voice() -> None:
    text = ("Remarks by Minister Halvorsen at the Energy Forum\nWe will double wind capacity.\n"
            "Minister Halvorsen Announces Wind Plan\nThe plan will cost less than coal.\n")
    record = _record(text, [], [_claim(text, "We will double wind capacity"),
                                _claim(text, "The plan will cost less than coal")])
    assert statement_issuers(text, record) == ["Halvorsen"]
    record.claims = finalise_claims(record.claims, record, text)
    assert [c.source for c in record.claims] == ["Halvorsen", "AUTHOR"]


def test_remarks_by_a_director_or_a_vice_president_name_the_speaker() -> None:
    # The titles are person_words.tsv's, the table the lone-name filter reads too.
    for title, name in (("Director", "Kratsios"), ("Vice President", "Harris"), ("Deputy Secretary", "Landau")):
        text = f"Remarks by {title} {name} at the Summit\nWe will build more.\n"
        assert statement_issuers(text, _record(text, [], [])) == [name]


def test_a_floor_speech_is_the_member_s_own_voice() -> None:
    text = ("CHINA AND TRADE\n2007-09-06\nMr. TIM MURPHY of Pennsylvania. Mr. Speaker, Congress must act.\n"
            "Should we wait?\n")
    actors = [_actor(text, "TIM MURPHY", "PERSON", "Tim Murphy"), _actor(text, "Congress", "ORG", "Congress")]
    record = _record(text, actors, [_claim(text, "Congress must act")])
    assert floor_speaker(text, record) == "Tim Murphy"
    assert [c.source for c in finalise_claims(record.claims, record, text)] == ["Tim Murphy"]
    second = text + "Ms. WOOLSEY. Madam Speaker, I agree.\n"  # two members: a debate, no one voice
    assert floor_speaker(second, _record(second, actors, [])) is None


def test_a_statement_s_unattributed_forecast_is_its_issuer_s() -> None:
    text = "Nordic Council Statement on Fisheries\nQuotas are expected to fall next year.\n"
    forecast = _claim(text, "Quotas are expected to fall next year", "UNKNOWN")
    cue_at = text.index("expected")
    forecast.cue = Span(cue_at, cue_at + len("expected"), "expected")
    record = _record(text, [_actor(text, "Nordic Council", "ORG", "Nordic Council")], [forecast])
    record.claims = finalise_claims(record.claims, record, text)
    assert [c.source for c in record.claims] == ["Nordic Council"]
