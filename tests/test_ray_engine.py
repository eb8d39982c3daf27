"""`briefx run --engine ray` on a local Ray with 2 CPUs gives the local run's records, sorted by doc_id; bad
files are named and counted; a table of texts is an input too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.cli import main

pytestmark = pytest.mark.slow


def test_ray_engine_matches_a_local_run(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("ray")
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("000_6bb1bf22cb1f2666", "crs_IN12681v2", "crs_IF13200v1"):
        (folder / f"{name}.txt").write_bytes((repo / "seeds" / f"{name}.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    local, distributed = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    assert main(["run", str(folder), "-o", str(local)]) == 1
    capsys.readouterr()
    assert main(["run", str(folder), "-o", str(distributed), "--engine", "ray", "--workers", "2"]) == 1
    summary = capsys.readouterr()
    assert "empty.txt: empty file" in summary.err and "3 ok, 1 failed" in summary.out
    by_id = sorted(local.read_text(encoding="utf-8").splitlines(keepends=True), key=lambda l: json.loads(l)["doc_id"])
    assert distributed.read_text(encoding="utf-8") == "".join(by_id)

    table = tmp_path / "texts.jsonl"
    text = (repo / "seeds" / "crs_IN12681v2.txt").read_text(encoding="utf-8")
    table.write_text(json.dumps({"doc_id": "from-table", "text": text}) + "\n", encoding="utf-8")
    out = tmp_path / "table.jsonl"
    assert main(["run", str(table), "-o", str(out), "--engine", "ray", "--workers", "1"]) == 0
    [line] = out.read_text(encoding="utf-8").splitlines()
    record, reference = json.loads(line), json.loads(next(l for l in by_id if '"crs_IN12681v2"' in l))
    assert record["text"] == text and record["claims"] == reference["claims"] and record["actors"] == reference["actors"]
