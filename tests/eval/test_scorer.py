"""The scorer and its reports on hand-made records: matching rules, attribute accuracies, edge cases, files."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from eval.report import format_table, write_reports
from eval.scorer import PRF, ErrorRow, EvalResult, score
from extract.records import Actor, Claim, DateMention, DocumentRecord, Quantity

TEXT = (
    "China\u2019s Ministry of Foreign Affairs spoke first. Officials in Kyiv said more than 150 Chinese nationals, "
    "about $10 billion in aid, fought for Russia.\nBeijing denied it on April 9. The EU should act now."
)


def at(piece: str) -> tuple[int, int]:
    """Offsets of the unique occurrence of `piece` in TEXT."""
    assert TEXT.count(piece) == 1, piece
    start = TEXT.index(piece)
    return start, start + len(piece)


def actor(start: int, end: int, label: str = "ORG", canonical: str = "X", ident: str = "a1") -> Actor:
    return Actor(ident, start, end, TEXT[start:end], label, canonical)


def quantity(start: int, end: int, value: Any = 150, **extra: Any) -> Quantity:
    return Quantity("q1", start, end, TEXT[start:end], value, **extra)


def claim(start: int, end: int, kind: str = "claim", source: str = "Ukraine", stance: str = "asserts",
          hedged: bool = False) -> Claim:
    return Claim("c1", start, end, TEXT[start:end], kind, source, None, stance, hedged)


def doc(doc_id: str = "d", text: str | None = None, **sections: Any) -> DocumentRecord:
    return DocumentRecord(doc_id, f"{doc_id}.txt", "0" * 64, "2025-04-11", None, text=text, **sections)


def run(gold: DocumentRecord, pred: DocumentRecord, **kwargs: Any) -> EvalResult:
    return score({gold.doc_id: gold}, {pred.doc_id: pred}, **kwargs)


def test_prf_ratios_are_zero_when_undefined() -> None:
    assert (PRF().precision, PRF().recall, PRF().f1) == (0.0, 0.0, 0.0)
    prf = PRF(tp=1, fp=1, fn=0)
    assert (prf.precision, prf.recall, prf.f1) == (0.5, 1.0, pytest.approx(2 / 3))


def test_exact_match_is_strict_and_partial() -> None:
    kyiv = at("Kyiv")
    result = run(doc(actors=[actor(*kyiv, "GPE", "Ukraine")]), doc(actors=[actor(*kyiv, "GPE", "Ukraine")]))
    m = result.metrics
    assert (m["actors.strict.p"], m["actors.strict.r"], m["actors.strict.f1"]) == (1.0, 1.0, 1.0)
    assert (m["actors.partial.tp"], m["actors.partial.fp"], m["actors.partial.fn"]) == (1, 0, 0)
    assert m["actors.canonical_acc"] == 1.0
    assert result.errors == []


def test_overlapping_spans_match_partially_not_strictly() -> None:
    gold = doc(quantities=[quantity(*at("more than 150"), op=">")])
    pred = doc(quantities=[quantity(*at("150 Chinese"), op=">")])
    m = run(gold, pred).metrics
    assert (m["quantities.strict.tp"], m["quantities.strict.fp"], m["quantities.strict.fn"]) == (0, 1, 1)
    assert (m["quantities.partial.tp"], m["quantities.partial.f1"]) == (1, 1.0)


def test_a_gold_is_matched_once_and_the_larger_overlap_wins() -> None:
    start, end = at("Ministry of Foreign Affairs")
    small, large = actor(start, start + 8), actor(start + 3, end, ident="a2")
    result = run(doc(actors=[actor(start, end)]), doc(actors=[small, large]))
    assert (result.metrics["actors.partial.tp"], result.metrics["actors.partial.fp"]) == (1, 1)
    assert [(e.kind, e.start, e.end) for e in result.errors] == [("false_positive", start, start + 8)]


def test_a_prediction_is_matched_once() -> None:
    start, end = at("Ministry of Foreign Affairs")
    golds = [actor(start, start + 8), actor(start + 12, end, ident="a2")]
    m = run(doc(actors=golds), doc(actors=[actor(start, end)])).metrics
    assert (m["actors.partial.tp"], m["actors.partial.fp"], m["actors.partial.fn"]) == (1, 0, 1)


def test_label_mismatch_fails_partial_and_is_one_error_row() -> None:
    kyiv = at("Kyiv")
    result = run(doc(actors=[actor(*kyiv, "GPE")]), doc(actors=[actor(*kyiv, "ORG")]))
    m = result.metrics
    assert (m["actors.partial.tp"], m["actors.partial.fp"], m["actors.partial.fn"]) == (0, 1, 1)
    assert m["actors.strict.tp"] == 0
    [row] = result.errors
    assert (row.kind, row.field, row.gold, row.pred, row.label) == ("label_mismatch", "label", "GPE", "ORG", "GPE")


def test_claims_need_half_of_the_shorter_span() -> None:
    start = TEXT.index("more than")
    gold = doc(claims=[claim(start, start + 20)])
    half = run(gold, doc(claims=[claim(start + 10, start + 30)])).metrics
    less = run(gold, doc(claims=[claim(start + 11, start + 30)]))
    assert half["claims.partial.tp"] == 1
    assert less.metrics["claims.partial.tp"] == 0
    assert sorted(e.kind for e in less.errors) == ["false_negative", "false_positive"]
    touching = run(doc(actors=[actor(start, start + 20)]), doc(actors=[actor(start + 19, start + 30)]))
    assert touching.metrics["actors.partial.tp"] == 1


def test_attribute_mismatches_are_counted_and_reported() -> None:
    ministry = at("China\u2019s Ministry of Foreign Affairs")
    q1, q2 = at("more than 150"), at("$10 billion")
    claim_span = at("150 Chinese nationals")
    gold = doc(
        actors=[actor(*ministry, canonical="China\u2019s Ministry of Foreign Affairs")],
        quantities=[quantity(*q1, op=">", item="Chinese nationals"),
                    quantity(*q2, None, low=10e9, high=20e9, unit="USD", item="aid")],
        dates=[DateMention("d1", *at("April 9"), "April 9", "2025-04-09")],
        claims=[claim(*claim_span, source="Volodymyr  Zelenskyy", stance="asserts", hedged=False)],
    )
    pred = doc(
        actors=[actor(*ministry, canonical="China's Ministry of  Foreign Affairs")],
        quantities=[quantity(*q1, 150 * (1 + 1e-12), op="=", item=" chinese NATIONALS "),
                    quantity(*q2, None, low=10e9, high=21e9, unit="USD", item="aid")],
        dates=[DateMention("d1", *at("April 9"), "April 9", "2024-04-09")],
        claims=[claim(*claim_span, source="Volodymyr Zelenskyy", stance="denies", hedged=True)],
    )
    result = run(gold, pred)
    m = result.metrics
    assert m["actors.canonical_acc"] == 1.0
    assert (m["quantities.value_acc"], m["quantities.op_acc"]) == (0.5, 0.5)
    assert (m["quantities.unit_acc"], m["quantities.item_acc"]) == (1.0, 1.0)
    assert m["dates.value_acc"] == 0.0
    assert (m["claims.source_acc"], m["claims.stance_acc"], m["claims.hedged_acc"]) == (1.0, 0.0, 0.0)
    mismatches = {(e.section, e.field, e.gold, e.pred) for e in result.errors}
    assert mismatches == {
        ("quantities", "op", ">", "="),
        ("quantities", "value", "10000000000.0..20000000000.0", "10000000000.0..21000000000.0"),
        ("dates", "value", "2025-04-09", "2024-04-09"),
        ("claims", "stance", "asserts", "denies"),
        ("claims", "hedged", "False", "True"),
    }
    assert {e.kind for e in result.errors} == {"attribute_mismatch"}


def test_empty_documents_score_zero_and_omit_accuracies() -> None:
    result = run(doc(), doc())
    assert result.metrics["actors.partial.f1"] == 0.0
    assert result.metrics["claims.strict.p"] == 0.0
    assert not [key for key in result.metrics if key.endswith("_acc")]
    assert result.per_doc["d"]["dates.partial.r"] == 0.0
    assert result.errors == []


def test_a_document_missing_from_predictions_counts_its_gold_as_false_negatives() -> None:
    gold = doc("g", actors=[actor(*at("Kyiv"), "GPE"), actor(*at("Beijing"), "GPE", ident="a2")])
    result = score({"g": gold}, {})
    assert (result.metrics["actors.partial.fn"], result.metrics["actors.partial.tp"]) == (2, 0)
    assert result.per_doc["g"]["actors.strict.fn"] == 2
    assert [e.kind for e in result.errors] == ["false_negative", "false_negative"]


def test_a_predicted_document_absent_from_gold_is_ignored_and_listed() -> None:
    gold = doc("g", actors=[actor(*at("Kyiv"), "GPE")])
    extra = doc("x", actors=[actor(*at("Beijing"), "GPE")])
    result = score({"g": gold}, {"g": gold, "x": extra})
    assert result.extra_docs == ["x"]
    assert (result.metrics["actors.partial.fp"], result.metrics["actors.partial.f1"]) == (0, 1.0)
    assert list(result.per_doc) == ["g"]


def test_per_label_figures() -> None:
    golds = [actor(*at("Kyiv"), "GPE"), actor(*at("Beijing"), "GPE", ident="a2"), actor(*at("EU"), "ORG", ident="a3")]
    preds = [actor(*at("Kyiv"), "GPE"), actor(*at("Russia"), "GPE", ident="a2"), actor(*at("EU"), "ORG", ident="a3")]
    recommendation = claim(*at("The EU should act now"), kind="recommendation", stance="recommends")
    m = run(doc(actors=golds, claims=[recommendation]), doc(actors=preds)).metrics
    assert (m["actors.partial.GPE.p"], m["actors.partial.GPE.r"]) == (0.5, 0.5)
    assert (m["actors.partial.ORG.f1"], m["actors.strict.ORG.tp"]) == (1.0, 1)
    assert (m["claims.partial.recommendation.f1"], m["claims.partial.recommendation.fn"]) == (0.0, 1)
    assert "actors.partial.PERSON.f1" not in m


def test_greedy_matching_is_deterministic_and_order_free() -> None:
    start = TEXT.index("Officials")
    golds = [actor(start, start + 10), actor(start + 10, start + 20, ident="a2")]
    preds = [actor(start + 5, start + 15), actor(start + 12, start + 18, ident="a2")]
    forward = run(doc(actors=golds), doc(actors=preds))
    backward = run(doc(actors=golds[::-1]), doc(actors=preds[::-1]))
    assert forward.metrics == backward.metrics
    assert forward.metrics["actors.partial.tp"] == 2
    middle = doc(actors=[actor(start + 5, start + 15)])
    for tied in (golds, golds[::-1]):
        tie = run(middle, doc(actors=tied))
        assert [(e.kind, e.start) for e in tie.errors] == [("false_positive", start + 10)]


def test_largest_overlap_first_not_text_order() -> None:
    start = TEXT.index("Officials")
    golds = [actor(start, start + 10), actor(start + 5, start + 20, ident="a2")]
    preds = [actor(start, start + 12), actor(start + 9, start + 20, ident="a2")]
    assert run(doc(actors=golds), doc(actors=preds)).metrics["actors.partial.tp"] == 2
    result = run(doc(actors=golds), doc(actors=[actor(start + 4, start + 12)]))
    assert [(e.kind, e.start) for e in result.errors] == [("false_negative", start)]


def test_context_is_the_sentence_around_the_span() -> None:
    gold = doc(actors=[actor(*at("Kyiv"), "GPE"), actor(*at("Beijing"), "GPE", ident="a2")])
    with_texts = score({"d": gold}, {}, texts={"d": TEXT})
    sentences = [e.context for e in with_texts.errors]
    assert sentences == ["Officials in Kyiv said more than 150 Chinese nationals, about $10 billion in aid, "
                         "fought for Russia.", "Beijing denied it on April 9"]
    assert [e.context for e in score({"d": doc(text=TEXT, actors=gold.actors)}, {}).errors] == sentences
    assert {e.context for e in score({"d": gold}, {}).errors} == {""}
    long_text = "word " * 200 + "Kyiv" + " word" * 200
    far = doc(text=long_text, actors=[Actor("a1", 1000, 1004, "Kyiv", "GPE", "Ukraine")])
    [row] = score({"d": far}, {}).errors
    assert len(row.context) <= 300 and "Kyiv" in row.context


def test_reports_write_loadable_files(tmp_path: Path) -> None:
    gold = doc(actors=[actor(*at("Kyiv"), "GPE")], claims=[claim(*at("150 Chinese nationals, about"))])
    pred = doc(actors=[actor(*at("Kyiv"), "ORG")], quantities=[quantity(*at("more than 150"))])
    result = run(gold, pred, texts={"d": TEXT})
    write_reports(result, tmp_path, "test run")
    frame = pd.read_csv(tmp_path / "errors.csv", keep_default_na=False)
    assert list(frame.columns) == [f.name for f in fields(ErrorRow)]
    assert list(frame["kind"]) == ["label_mismatch", "false_positive", "false_negative"]
    assert frame.loc[2, "text"] == "150 Chinese nationals, about"
    assert frame.loc[0, "context"].startswith("Officials in Kyiv said")
    raw = (tmp_path / "metrics.json").read_text(encoding="utf-8")
    assert list(json.loads(raw)) == sorted(result.metrics) and json.loads(raw) == result.metrics
    assert {"actors.strict.p", "actors.partial.GPE.f1", "quantities.partial.fp", "claims.partial.claim.fn"} <= set(
        json.loads(raw))
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert report.startswith("# test run") and "## claims" in report and "| d |" in report


def test_format_table_has_a_column_per_system() -> None:
    kyiv = doc(actors=[actor(*at("Kyiv"), "GPE", "Ukraine")])
    table = format_table({"briefx": run(kyiv, kyiv), "spacy-baseline": run(kyiv, doc())})
    header, *rows = table.splitlines()
    assert header.split() == ["metric", "briefx", "spacy-baseline"]
    actors_row = next(row for row in rows if row.startswith("actors.partial.f1"))
    assert actors_row.split() == ["actors.partial.f1", "1.000", "0.000"]
    assert next(row for row in rows if row.startswith("dates.value_acc")).split() == ["dates.value_acc", "-", "-"]
