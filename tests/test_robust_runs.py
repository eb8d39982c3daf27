"""Reproducible, robust runs: a record depends only on its document (not on the batch, the workers or where a
run resumed), and every input gets a valid record or one named error."""

from __future__ import annotations

import codecs
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.cli import main
from extract.records import DocumentRecord
from extract.store import read_jsonl
from extract.validate import validate_file
from tests_support import make_pdf

pytestmark = pytest.mark.slow
BRIEFX = [sys.executable, "-m", "extract.cli"]
SHORT_BRIEFS = ["000_6bb1bf22cb1f2666", "crs_IN12681v2", "crs_IF13200v1", "crs_IN12516v10"]


def _lines_by_id(path: Path) -> dict[str, str]:
    return {json.loads(line)["doc_id"]: line for line in path.read_text(encoding="utf-8").splitlines()}


def _folder_of(repo: Path, folder: Path, names: list[str]) -> Path:
    folder.mkdir()
    for name in names:
        (folder / f"{name}.txt").write_bytes((repo / "seeds" / f"{name}.txt").read_bytes())
    return folder


def test_a_record_is_the_same_alone_in_a_batch_and_with_two_workers(repo: Path, tmp_path: Path) -> None:
    folder = _folder_of(repo, tmp_path / "in", SHORT_BRIEFS)
    together, workers = tmp_path / "together.jsonl", tmp_path / "workers.jsonl"
    assert main(["run", str(folder), "-o", str(together)]) == 0
    assert main(["run", str(folder), "-o", str(workers), "--workers", "2"]) == 0
    assert together.read_bytes() == workers.read_bytes()
    batch = _lines_by_id(together)
    for name in SHORT_BRIEFS[:2]:
        alone = tmp_path / f"{name}.jsonl"
        assert main(["run", str(folder / f"{name}.txt"), "-o", str(alone)]) == 0
        assert _lines_by_id(alone)[name] == batch[name]


def _short_documents(repo: Path, folder: Path, count: int) -> None:
    """`count` short briefs cut from the seed briefs, each a few paragraphs with a dateline."""
    folder.mkdir()
    paragraphs = [p for name in SHORT_BRIEFS for p in (repo / "seeds" / f"{name}.txt").read_text(
        encoding="utf-8").split("\n")[2:] if len(p) > 200]
    for index in range(count):
        body = "\n".join(paragraphs[(index * 2 + k) % len(paragraphs)] for k in range(2))
        (folder / f"doc{index:02d}.txt").write_text(f"Brief {index}\nApril {index + 1}, 2025\n{body}\n",
                                                     encoding="utf-8")


def test_killed_three_times_and_resumed_gives_the_uninterrupted_file(repo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _short_documents(repo, folder, 14)
    config = tmp_path / "small-batches.toml"  # batches of 4, so the kills fall inside batches, not at their edges
    config.write_text((repo / "pipelines" / "default.toml").read_text(encoding="utf-8").replace(
        "batch_docs = 16", "batch_docs = 4"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(repo)}
    command = [*BRIEFX, "run", str(folder), "--pipeline", str(config), "-o"]
    clean, killed = tmp_path / "clean.jsonl", tmp_path / "killed.jsonl"
    subprocess.run([*command, str(clean)], check=True, env=env, capture_output=True)
    cuts = []
    for at_least in (1, 6, 11):
        process = subprocess.Popen([*command, str(killed)], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while time.time() < deadline and process.poll() is None and (
                not killed.exists() or killed.read_bytes().count(b"\n") < at_least):
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait()
        cuts.append(killed.read_bytes().count(b"\n"))
    assert 0 < cuts[0] < 14, f"the first kill should land mid-run, lines written: {cuts}"
    subprocess.run([*command, str(killed)], check=True, env=env, capture_output=True)
    assert killed.read_bytes() == clean.read_bytes()


def _malformed_corpus(repo: Path, folder: Path) -> dict[str, str]:
    """One file of each kind of awkward input; returns good file name -> what it tests."""
    folder.mkdir()
    brief = (repo / "seeds" / "crs_IN12681v2.txt").read_text(encoding="utf-8")
    text = ("Policy note\nApril 11, 2025\nReuters reported that Russia’s Gazprom paid €2 million to 155 workers.\n"
            "Officials in Moscow confirmed the payments.\n")
    (folder / "bom.txt").write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    (folder / "crlf.txt").write_bytes(brief.replace("\n", "\r\n").encode("utf-8"))
    (folder / "cp1252.txt").write_bytes(text.encode("cp1252"))
    (folder / "utf16.txt").write_bytes(text.encode("utf-16"))
    (folder / "scripts.txt").write_text(text + "Officials said 😀 מדינת ישראל and العربية appear here.\n",
                                        encoding="utf-8")
    (folder / "same.txt").write_text(text, encoding="utf-8")
    (folder / "same.html").write_text(f"<html><body><p>{text}</p><script>x()</script></body></html>",
                                      encoding="utf-8")
    (folder / "justified.pdf").write_bytes(make_pdf(["April 11, 2025", "Senator  Thomas  P.  Carr  said  that  2 ships sank."]))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "huge.txt").write_bytes(b"a " * (11 * 1024 * 1024))
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4 this is not a pdf at all")
    (folder / "truncated.pdf").write_bytes(make_pdf(["Reuters reported 2 ships."])[:200])
    (folder / "imageonly.pdf").write_bytes(make_pdf([]))
    (folder / "letter.docx").write_bytes(b"PK\x03\x04 not read")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    return {"bom.txt": "bom", "crlf.txt": "crlf", "cp1252.txt": "cp1252", "utf16.txt": "utf16",
            "scripts.txt": "scripts", "same.txt": "same.txt", "same.html": "same.html", "justified.pdf": "justified"}


def test_every_malformed_input_gets_a_valid_record_or_one_named_error(
        repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    good = _malformed_corpus(repo, folder)
    out = tmp_path / "out.jsonl"
    assert main(["run", str(folder), "-o", str(out)]) == 1
    summary = capsys.readouterr().out
    bad = ["binary.txt", "empty.txt", "huge.txt", "corrupt.pdf", "truncated.pdf", "imageonly.pdf",
           "letter.docx", "loop", "gone.txt"]
    for name in bad:
        assert summary.count(f"{folder / name}:") == 1, f"{name} should be named once in the summary:\n{summary}"
    for name in good:
        assert f"{folder / name}:" not in summary
    assert validate_file(out, tmp_path) == []
    records = {r.doc_id: r for r in read_jsonl(out)}
    assert set(records) == set(good.values())
    assert records["bom"].encoding == "utf-8-sig" and records["bom"].text is not None
    assert records["cp1252"].encoding == "windows-1252" and "€2 million" in records["cp1252"].text
    assert records["utf16"].encoding == "utf-16" and records["utf16"].text == records["bom"].text
    assert records["crlf"].text is None and records["crlf"].actors
    assert "Thomas P. Carr" in records["justified"].text
    # The same text in two encodings gives the same extractions, at the same offsets after the one-byte `€`.
    def grounded(record: DocumentRecord) -> list[tuple[str, int, int, str]]:
        return [(section, m.start, m.end, m.text) for section in ("actors", "quantities", "dates")
                for m in getattr(record, section)]
    assert grounded(records["bom"]) == grounded(records["cp1252"])
    assert any(a.start > records["bom"].text.index("€") for a in records["bom"].actors)

    clean = tmp_path / "clean"
    clean.mkdir()
    for name in good:
        (clean / name).write_bytes((folder / name).read_bytes())
    clean_out = tmp_path / "clean.jsonl"
    assert main(["run", str(clean), "-o", str(clean_out)]) == 0
    assert [json.loads(line) | {"source": ""} for line in clean_out.read_text(encoding="utf-8").splitlines()] == [
        json.loads(line) | {"source": ""} for line in out.read_text(encoding="utf-8").splitlines()]


def test_an_empty_folder_is_an_error_not_a_silent_success(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["run", str(tmp_path / "empty"), "-o", str(tmp_path / "out.jsonl"), "--pipeline", "rules"]) == 1
    assert "no documents found" in capsys.readouterr().err


def test_table_formats_follow_the_output_suffix_and_write_json_lists(repo: Path, tmp_path: Path) -> None:
    import pandas as pd

    folder = _folder_of(repo, tmp_path / "in", SHORT_BRIEFS[:1])
    assert main(["run", str(folder), "-o", str(tmp_path / "out.csv"), "--pipeline", "rules"]) == 0
    claims = pd.read_csv(tmp_path / "out.claims.csv")
    linked = [json.loads(cell) for cell in claims["actors"].dropna()]
    assert linked and all(isinstance(ids, list) for ids in linked)
    assert (tmp_path / "out.jsonl").is_file()
    assert (tmp_path / "out.actors.csv").stat().st_mode & 0o044, "tables are readable like any other file"
    assert main(["run", str(folder), "-o", str(tmp_path / "out.parquet"), "--pipeline", "rules"]) == 0
    assert len(pd.read_parquet(tmp_path / "out.actors.parquet")) == len(pd.read_csv(tmp_path / "out.actors.csv"))


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("briefx ")
