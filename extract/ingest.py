"""Files to Documents: one reader per format, the dateline finder, and the bad-input checks.

The document text is what every offset indexes: for .txt/.md the file as read (UTF-8, CRLF -> LF); for
.html/.pdf the extracted text, which records then carry in their `text` field.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Optional

from extract.errors import BriefxError

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
MAX_BYTES = 20 * 1024 * 1024
DATELINE_LINES = 5

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATELINE_RE = re.compile(
    rf"^\s*(?:(?:updated|published|posted)\s*:?\s*)?(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
_ISO_LINE_RE = re.compile(r"^\s*(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\s*$")


@dataclass
class Document:
    """A brief ready for extraction: its text, identity and publication metadata."""

    doc_id: str
    source: str
    text: str
    sha256: str
    title: Optional[str]
    published: Optional[str]
    extracted: bool = False  # True when `text` was extracted (HTML, PDF) rather than read verbatim


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders recursively into supported files; files named directly are kept whatever their suffix.

    Sidecars (`NAME.meta.json`), hidden files and a folder's README are skipped. The order is stable (sorted
    within each folder argument).
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not _is_documentation(p, path)
            )
        else:
            found.append(path)
    seen: set[Path] = set()
    return [p for p in found if not (p in seen or seen.add(p))]


def _is_documentation(path: Path, root: Path) -> bool:
    """Hidden files and folders, and READMEs, which describe a folder of briefs rather than being one."""
    parts = path.relative_to(root).parts
    return any(p.startswith(".") for p in parts) or path.stem.upper() == "README"


def read_document(path: str | Path, source: Optional[str] = None) -> Document:
    """Read one file into a Document; raise BriefxError naming the file and the problem."""
    path = Path(path)
    if not path.is_file():
        raise BriefxError("E001", f"{path}: no such file")
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        raise BriefxError("E002", f"{path}: unsupported format {suffix or '(none)'}; expected one of {SUPPORTED_SUFFIXES}")
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        raise BriefxError("E003", f"{path}: too large ({len(raw)} bytes > {MAX_BYTES})")
    if not raw.strip():
        raise BriefxError("E004", f"{path}: empty file")
    text = reader(path, raw)
    if not text.strip():
        raise BriefxError("E005", f"{path}: no text could be extracted")
    meta = _read_sidecar(path)
    return Document(
        doc_id=path.name[: -len(path.suffix)] if path.suffix else path.name,
        source=source if source is not None else str(path),
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=meta.get("title") or guess_title(text),
        published=meta.get("published") or find_published(text),
        extracted=suffix in (".html", ".htm", ".pdf"),
    )


def document_from_text(text: str, doc_id: str = "text", source: str = "<text>") -> Document:
    """Wrap an in-memory string (a notebook cell) as a Document, with the same dateline logic as files."""
    text = text.replace("\r\n", "\n")
    return Document(
        doc_id=doc_id,
        source=source,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=guess_title(text),
        published=find_published(text),
    )


def _decode(path: Path, raw: bytes) -> str:
    """UTF-8 text with CRLF turned into LF; binary or undecodable input is an error."""
    if b"\x00" in raw[:8192]:
        raise BriefxError("E006", f"{path}: looks binary (NUL bytes), not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BriefxError("E007", f"{path}: not valid UTF-8 at byte {exc.start}") from None
    return text.lstrip("\ufeff").replace("\r\n", "\n")


def _read_text(path: Path, raw: bytes) -> str:
    return _decode(path, raw)


_DROPPED_HTML = ("script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form")
_BLOCK_HTML = ("p", "div", "section", "article", "main", "li", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "tr", "br", "title", "figcaption", "pre", "dd", "dt")


def _read_html(path: Path, raw: bytes) -> str:
    """Visible text of an HTML page, one block per line; script, style and navigation dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_decode(path, raw), "html.parser")
    for tag in soup.find_all(_DROPPED_HTML):
        tag.decompose()
    for tag in soup.find_all(_BLOCK_HTML):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in soup.get_text().split("\n"))
    return "\n".join(line for line in lines if line)


def _read_pdf(path: Path, raw: bytes) -> str:
    """Text of every page of a PDF (pypdf), pages separated by a blank line."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise BriefxError("E008", f"{path}: corrupt or unreadable PDF ({exc})") from None
    return "\n\n".join(p.replace("\r\n", "\n").strip() for p in pages).strip()


_READERS: dict[str, Callable[[Path, bytes], str]] = {
    ".txt": _read_text, ".md": _read_text, ".html": _read_html, ".htm": _read_html, ".pdf": _read_pdf,
}


def _read_sidecar(path: Path) -> dict[str, str]:
    """`NAME.meta.json` beside the file, if present: its `published` and `title`."""
    sidecar = path.with_name(path.name[: -len(path.suffix)] + ".meta.json") if path.suffix else None
    if sidecar is None or not sidecar.is_file():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BriefxError("E009", f"{sidecar}: invalid sidecar JSON ({exc})") from None
    if not isinstance(meta, dict):
        raise BriefxError("E009", f"{sidecar}: sidecar must be a JSON object")
    return {k: str(meta[k]) for k in ("published", "title") if meta.get(k)}


def find_published(text: str) -> Optional[str]:
    """ISO date of a dateline in the first lines (`April 11, 2025 | ...`, `2026-04-17`, `Updated March 3, 2026`)."""
    for line in text.split("\n")[:DATELINE_LINES]:
        match = _ISO_LINE_RE.match(line) or _DATELINE_RE.match(line)
        if not match:
            continue
        month = match.group("month")
        month_number = int(month) if month.isdigit() else MONTHS[month.lower()]
        try:
            return date(int(match.group("year")), month_number, int(match.group("day"))).isoformat()
        except ValueError:
            continue
    return None


def is_dateline(line: str) -> bool:
    """True for a line that is only a dateline (with an optional `| kind` tail)."""
    stripped = line.strip()
    if _ISO_LINE_RE.match(stripped):
        return True
    match = _DATELINE_RE.match(stripped)
    return bool(match) and (match.end() == len(stripped) or stripped[match.end():].lstrip().startswith("|"))


def guess_title(text: str) -> Optional[str]:
    """The first non-empty line of the first lines that is not a dateline."""
    for line in text.split("\n")[:DATELINE_LINES]:
        if line.strip() and not is_dateline(line):
            return line.strip()
    return None
