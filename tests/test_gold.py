"""The gold: in step with its labels, valid against SCHEMA.md, split cleanly; the builder refuses bad anchors."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.gold import build_gold, load_gold, load_splits, silver_paths
from extract.cli import main
from extract.errors import BriefxError
from extract.ingest import document_from_text
from extract.validate import validate_file


def test_gold_files_match_their_labels(repo: Path) -> None:
    assert main(["gold", "check", "--seeds", str(repo / "seeds")]) == 0


def test_every_split_document_has_valid_gold(repo: Path) -> None:
    splits = load_splits(repo / "seeds")
    assert not set(splits["dev"]) & set(splits["test"])
    gold = load_gold(repo / "seeds")
    assert set(splits["dev"]) | set(splits["test"]) <= set(gold)
    for path in sorted((repo / "seeds" / "gold").glob("*.jsonl")):
        assert validate_file(path, repo) == [], path


def test_load_gold_filters_by_split(repo: Path) -> None:
    test = load_gold(repo / "seeds", "test")
    assert set(test) == set(load_splits(repo / "seeds")["test"])


def test_anchors_are_resolved_and_ambiguity_refused() -> None:
    doc = document_from_text("Russia and China. Russia again, Russian forces.", doc_id="x")
    record = build_gold(doc, {"actors": [{"text": "Russia", "label": "GPE", "canonical": "Russia", "all": True},
                                         {"text": "Russian", "label": "NORP", "canonical": "Russia"}],
                              "quantities": [], "dates": [], "claims": []})
    assert [(a.id, a.start, a.text) for a in record.actors] == [("a1", 0, "Russia"), ("a2", 18, "Russia"),
                                                                ("a3", 32, "Russian")]
    with pytest.raises(BriefxError, match="occurs 2 times"):
        build_gold(doc, {"actors": [{"text": "Russia", "label": "GPE", "canonical": "Russia"}]})
    with pytest.raises(BriefxError, match="not inside snippet"):
        build_gold(doc, {"actors": [{"text": "China", "label": "GPE", "canonical": "China", "at": "Russia again"}]})


def test_silver_paths_leave_out_hand_labelled_briefs(tmp_path: Path) -> None:
    corpus, seeds = tmp_path / "corpus", tmp_path / "seeds"
    (seeds / "labels").mkdir(parents=True)
    corpus.mkdir()
    for name in ("a", "b", "c"):
        (corpus / f"{name}.txt").write_text(f"Title {name}\n2026-04-01\nBody.\n", encoding="utf-8")
    (seeds / "labels" / "b.labels.json").write_text("{}", encoding="utf-8")
    assert [p.name for p in silver_paths(corpus, seeds, 10)] == ["a.txt", "c.txt"]
    assert [p.name for p in silver_paths(corpus, seeds, 1)] == ["a.txt"]


def test_every_brief_has_a_licensed_source_row_and_test_publishers_are_held_out(repo: Path) -> None:
    import csv

    with (repo / "seeds" / "sources.csv").open(encoding="utf-8", newline="") as handle:
        rows = {row["doc_id"]: row for row in csv.DictReader(handle)}
    assert set(rows) == {p.stem for p in (repo / "seeds").glob("*.txt")}
    assert all(row["licence"] and row["publisher"] and row["genre"] for row in rows.values())
    splits = load_splits(repo / "seeds")
    dev_publishers = {rows[d]["publisher"] for d in splits["dev"]}
    held_out = [d for d in splits["test"] if rows[d]["publisher"] not in dev_publishers]
    assert len({rows[d]["publisher"] for d in held_out}) >= 3 and len(held_out) >= 10


def test_eval_by_publisher_scores_each_group_apart(repo: Path, tmp_path: Path) -> None:
    from eval.harness import evaluate

    pred = tmp_path / "gold-as-pred.jsonl"
    pred.write_text("".join(path.read_text(encoding="utf-8") for path in sorted((repo / "seeds" / "gold").glob("*.jsonl"))),
                    encoding="utf-8")
    results = evaluate(repo / "seeds", "all", pred, [], by="publisher")
    groups = [name for name in results if "[" in name]
    assert {"gold-as-pred [crs]", "gold-as-pred [whitehouse]", "gold-as-pred [gao]"} <= set(groups)
    assert all(results[name].metrics["actors.partial.f1"] == 1.0 for name in results)
