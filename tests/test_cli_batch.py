"""The batch CLI end to end: the seeds, a corrupt file in the batch, determinism, extracted formats (kills and
resumes: test_robust_runs.py)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from extract.cli import main
from extract.store import read_jsonl
from extract.validate import validate_file

pytestmark = pytest.mark.slow
BRIEFX = [sys.executable, "-m", "extract.cli"]


def test_run_on_seeds_gives_valid_records(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seeds.jsonl"
    assert main(["run", str(repo / "seeds"), "-o", str(out)]) == 0
    records = list(read_jsonl(out))
    briefs = len(list((repo / "seeds").glob("*.txt")))
    assert briefs >= 14 and len(records) == briefs and all(r.actors for r in records)
    assert validate_file(out, repo) == []
    assert f"{briefs} ok, 0 failed" in capsys.readouterr().out


def test_a_corrupt_file_does_not_stop_the_batch(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(repo / "seeds" / "000_6bb1bf22cb1f2666.txt", folder / "a.txt")
    (folder / "b.pdf").write_bytes(b"%PDF-1.4 garbage")
    (folder / "c.txt").write_bytes(b"")
    shutil.copy(repo / "seeds" / "crs_IN12681v2.txt", folder / "d.txt")
    out = tmp_path / "out.jsonl"
    assert main(["run", str(folder), "-o", str(out), "--pipeline", "rules"]) == 1
    captured = capsys.readouterr()
    assert "b.pdf: corrupt or unreadable PDF" in captured.err and "c.txt: empty file" in captured.err
    assert [r.doc_id for r in read_jsonl(out)] == ["a", "d"]


def test_a_changed_file_never_gives_its_doc_id_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The Department of State said that 155 people were sanctioned.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["run", str(folder), "-o", str(out), "--pipeline", "rules"]) == 0
    capsys.readouterr()
    (folder / "a.txt").write_text("The Treasury said that 12 banks were fined.\n", encoding="utf-8")
    assert main(["run", str(folder), "-o", str(out), "--pipeline", "rules"]) == 1
    assert "[E012]" in capsys.readouterr().err
    assert [r.doc_id for r in read_jsonl(out)] == ["a"]
    assert "155" in out.read_text(encoding="utf-8")  # the first record is kept as it was


def test_validating_a_missing_file_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.jsonl")]) == 2
    assert "[E202]" in capsys.readouterr().err


def test_two_runs_give_the_same_bytes_and_tables_export(repo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("000_6bb1bf22cb1f2666", "crs_IN12681v2", "crs_IF13200v1"):
        shutil.copy(repo / "seeds" / f"{name}.txt", folder)
    outputs = []
    for name in ("one", "two"):
        out = tmp_path / f"{name}.jsonl"
        assert main(["run", str(folder), "-o", str(out), "--pipeline", "default"]) == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert main(["run", str(folder), "-o", str(tmp_path / "t.csv"), "--format", "csv"]) == 0
    import pandas as pd

    actors = pd.read_csv(tmp_path / "t.actors.csv")
    assert {"doc_id", "start", "end", "label", "canonical"} <= set(actors.columns)


def test_extracted_formats_carry_their_text_and_validate(tmp_path: Path) -> None:
    from tests_support import write_html_and_pdf

    folder = tmp_path / "in"
    folder.mkdir()
    write_html_and_pdf(folder)
    out = tmp_path / "out.jsonl"
    assert main(["run", str(folder), "-o", str(out), "--pipeline", "rules"]) == 0
    records = list(read_jsonl(out))
    assert [r.doc_id for r in records] == ["page", "report"]
    assert all(r.text and r.actors for r in records)
    assert validate_file(out) == []
