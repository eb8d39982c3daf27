"""Label Studio round trip: gold -> tasks -> an annotator's export -> label files -> the same gold; the
configuration and every task validated by label-studio-sdk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.cli import main
from extract.store import read_jsonl, record_line

DOCS = ["crs_IN12681v2", "wh_20250110_singh_sanctions", "000_6bb1bf22cb1f2666"]


def test_gold_exported_annotated_and_imported_is_the_same_gold(repo: Path, tmp_path: Path) -> None:
    records = tmp_path / "gold.jsonl"
    records.write_text("".join((repo / "seeds" / "gold" / f"{d}.jsonl").read_text(encoding="utf-8") for d in DOCS),
                       encoding="utf-8")
    tasks_path = tmp_path / "tasks.json"
    assert main(["export", "labelstudio", str(records), "-o", str(tasks_path), "--root", str(repo)]) == 0
    tasks = json.loads(tasks_path.read_text(encoding="utf-8"))
    # An annotator accepts the pre-annotations: Label Studio exports them as the task's annotation.
    for task in tasks:
        task["annotations"] = [{"id": 1, "result": task.pop("predictions")[0]["result"], "was_cancelled": False}]
    export = tmp_path / "export.json"
    export.write_text(json.dumps(tasks), encoding="utf-8")
    folder = tmp_path / "imported"
    assert main(["import", "labelstudio", str(export), "-o", str(folder)]) == 0
    assert main(["gold", "build", "--seeds", str(folder)]) == 0
    for doc_id in DOCS:
        [before] = list(read_jsonl(repo / "seeds" / "gold" / f"{doc_id}.jsonl"))
        [after] = list(read_jsonl(folder / "gold" / f"{doc_id}.jsonl"))
        after.source = before.source
        assert record_line(after) == record_line(before), doc_id


def test_the_configuration_and_tasks_pass_label_studio_validation(repo: Path, tmp_path: Path) -> None:
    label_interface = pytest.importorskip("label_studio_sdk.label_interface")
    from extract.labelstudio import labeling_config, to_tasks

    config = label_interface.LabelInterface(labeling_config())
    [record] = list(read_jsonl(repo / "seeds" / "gold" / "crs_IN12681v2.jsonl"))
    [task] = to_tasks([record], {record.doc_id: (repo / "seeds" / "crs_IN12681v2.txt").read_text(encoding="utf-8")})
    assert config.validate_task({"data": task["data"]})
    assert config.validate_prediction(task["predictions"][0], return_errors=True) == []
    task["predictions"][0]["result"][0]["value"]["labels"] = ["NOT A LABEL"]
    assert config.validate_prediction(task["predictions"][0], return_errors=True) != []
