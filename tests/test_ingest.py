"""Ingestion: each format, datelines, sidecars, and a clear error for each kind of bad file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import ingest
from extract.errors import BriefxError
from extract.ingest import discover, find_published, guess_title, read_document
from tests_support import make_pdf


def test_txt_is_read_verbatim_with_crlf_normalised(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes("Title here\r\n2026-04-17\r\nBody – with dash.\r\n".encode("utf-8"))
    doc = read_document(path)
    assert doc.text == "Title here\n2026-04-17\nBody – with dash.\n"
    assert (doc.doc_id, doc.title, doc.published, doc.extracted) == ("brief", "Title here", "2026-04-17", False)
    assert len(doc.sha256) == 64


def test_markdown_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("# Sanctions update\nUpdated March 3, 2026\nText.", encoding="utf-8")
    doc = read_document(path)
    assert doc.text.startswith("# Sanctions update") and doc.published == "2026-03-03"


def test_html_drops_boilerplate_and_keeps_blocks(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>T</title><style>p{color:red}</style><script>var x=1;</script></head><body>"
        "<nav>Home | About</nav><h1>Kyiv Claims Chinese Nationals Fight</h1><p>April 11, 2025 | Policy Brief</p>"
        "<p>Zelenskyy claimed that more than 150 Chinese nationals were fighting.</p><footer>Subscribe</footer>"
        "</body></html>", encoding="utf-8")
    doc = read_document(path)
    assert "var x" not in doc.text and "color:red" not in doc.text and "Home | About" not in doc.text
    assert "Subscribe" not in doc.text
    assert "Zelenskyy claimed that more than 150 Chinese nationals were fighting." in doc.text.split("\n")
    assert doc.published == "2025-04-11" and doc.extracted


def test_pdf_text_is_extracted(tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    path.write_bytes(make_pdf(["April 11, 2025 | Policy Brief", "Kyiv Claims 150 Chinese Nationals Fight"]))
    doc = read_document(path)
    assert "150 Chinese Nationals" in doc.text
    assert doc.published == "2025-04-11" and doc.extracted


def test_sidecar_wins_over_dateline(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("April 11, 2025 | Policy Brief\nHeadline\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2025-04-12", "title": "Given"}), encoding="utf-8")
    doc = read_document(tmp_path / "a.txt")
    assert (doc.published, doc.title) == ("2025-04-12", "Given")
    assert discover([tmp_path]) == [tmp_path / "a.txt"]


def test_a_sidecar_date_is_made_iso_or_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\nBody.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "April 11, 2025"}), encoding="utf-8")
    assert read_document(tmp_path / "a.txt").published == "2025-04-11"
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "last spring"}), encoding="utf-8")
    with pytest.raises(BriefxError, match=r"E009\] .*a\.meta\.json: published 'last spring' is not a date"):
        read_document(tmp_path / "a.txt")


@pytest.mark.parametrize("text, expected", [
    ("April 11, 2025 | Policy Brief\nTitle", "2025-04-11"),
    ("Title\n2026-04-17\nBody", "2026-04-17"),
    ("Title\nUpdated March 3, 2026\nBody", "2026-03-03"),
    ("Title\nSept. 30, 2025\nBody", "2025-09-30"),
    ("Title\nBody without a date line\n", None),
    ("Title\nFebruary 30, 2025\n", None),
])
def test_dateline_variants(text: str, expected: str | None) -> None:
    assert find_published(text) == expected


def test_title_skips_the_dateline() -> None:
    assert guess_title("April 11, 2025 | Policy Brief\nCountering Beijing\n") == "Countering Beijing"


@pytest.mark.parametrize("name, content, code", [
    ("empty.txt", b"  \n", "E004"),
    ("binary.txt", b"\x00\x01\x02binary", "E006"),
    ("undecodable.txt", b"caf\x81\x8d", "E007"),  # neither UTF-8 nor Windows-1252
    ("broken.pdf", b"%PDF-1.4 this is not a pdf", "E008"),
    ("table.xlsx", b"data", "E002"),
])
def test_bad_files_raise_a_coded_error_naming_the_file(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BriefxError) as caught:
        read_document(path)
    assert caught.value.code == code and name in str(caught.value)


def test_too_large_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "MAX_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_text("x" * 50, encoding="utf-8")
    with pytest.raises(BriefxError, match="too large"):
        read_document(path)


def test_discover_recurses_sorted_and_skips_readmes(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for rel in ("b/z.txt", "a.md", "README.md", "b/c.html", "notes.json", ".hidden/x.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])] == ["a.md", "b/c.html", "b/z.txt"]
