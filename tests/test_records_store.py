"""Records, the validator and the store: round trips, violations named, atomic and resumable writes."""

from __future__ import annotations

import json
from pathlib import Path

from extract.cli import main
from extract.records import Actor, Claim, DateMention, DocumentRecord, Quantity, Span, validate_record
from extract.store import JsonlAppender, read_jsonl, record_line, write_jsonl

TEXT = "Zelenskyy claimed that 155 men fought on April 9."
assert TEXT.index("April 9") == 41 and TEXT.index("155") == 23


def sample() -> DocumentRecord:
    return DocumentRecord(
        doc_id="d", source="d.txt", sha256="0" * 64, published="2025-04-11", title="t",
        actors=[Actor("a1", 0, 9, "Zelenskyy", "PERSON", "Volodymyr Zelenskyy")],
        quantities=[Quantity("q1", 23, 26, "155", 155, item="men")],
        dates=[DateMention("d1", 41, 48, "April 9", "2025-04-09")],
        claims=[Claim("c1", 23, 48, "155 men fought on April 9", "claim", "Volodymyr Zelenskyy",
                      Span(10, 17, "claimed"), "asserts", False, quantities=["q1"])],
    )


def test_round_trip_is_lossless() -> None:
    record = sample()
    assert DocumentRecord.from_dict(json.loads(record_line(record))) == record
    assert not validate_record(record, TEXT)


def test_validator_names_a_shifted_offset_and_a_bad_enum() -> None:
    record = sample()
    record.actors[0].start, record.actors[0].end = 1, 10
    record.claims[0].stance = "believes"
    problems = {(p.where, p.field) for p in validate_record(record, TEXT)}
    assert ("actors[0](a1)", "text") in problems
    assert ("claims[0](c1)", "stance") in problems


def test_validator_catches_ids_order_ranges_and_links() -> None:
    record = sample()
    record.quantities.append(Quantity("q1", 5, 8, "ens", None, low=1))
    record.claims[0].quantities = ["q9"]
    fields = {p.field for p in validate_record(record, TEXT)}
    assert {"id", "start", "value", "quantities"} <= fields


def test_validate_cli_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text(TEXT, encoding="utf-8")
    good = tmp_path / "good.jsonl"
    write_jsonl(good, [sample()])
    assert main(["validate", str(good), "--root", str(tmp_path)]) == 0
    bad_record = sample()
    bad_record.dates[0].value = "April 2025"
    bad = tmp_path / "bad.jsonl"
    write_jsonl(bad, [bad_record])
    assert main(["validate", str(bad), "--root", str(tmp_path)]) == 1


def test_appender_drops_a_torn_last_line_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    line = record_line(sample())
    path.write_text(line + line[: len(line) // 2], encoding="utf-8")
    with JsonlAppender(path) as store:
        assert store.done == {("d", "0" * 64)}
    assert path.read_text(encoding="utf-8") == line
    assert [r.doc_id for r in read_jsonl(path)] == ["d"]


def test_appender_creates_the_output_folder(tmp_path: Path) -> None:
    path = tmp_path / "out" / "nested" / "run.jsonl"
    with JsonlAppender(path) as store:
        store.append(sample())
    assert [r.doc_id for r in read_jsonl(path)] == ["d"]


def test_notebook_api_gives_frames_keyed_by_doc_id() -> None:
    import extract

    frames = extract.to_frames([sample()])
    assert set(frames) == {"documents", "actors", "quantities", "dates", "claims"}
    assert frames["claims"].loc[0, "cue_text"] == "claimed"
    assert frames["quantities"].loc[0, "item"] == "men" and frames["documents"].loc[0, "n_actors"] == 1


def test_pipeline_api_takes_text_or_path(repo: Path) -> None:
    import extract

    pipe = extract.load("rules")
    from_text = pipe("April 11, 2025 | Policy Brief\nThe EU said that Russia paid $5 million on April 9.\n")
    assert from_text.published == "2025-04-11"
    assert [d.value for d in from_text.dates] == ["2025-04-11", "2025-04-09"]
    from_path = pipe(repo / "seeds" / "000_6bb1bf22cb1f2666.txt")
    assert from_path.doc_id == "000_6bb1bf22cb1f2666" and from_path.claims
