"""Files to Documents: one reader per format, the dateline finder, and the bad-input checks.

The document text is what every offset indexes: for .txt/.md the file as read (UTF-8, CRLF -> LF); for
.html/.pdf the extracted text, which records then carry in their `text` field, as they do for a file read
with a byte-order mark or as Windows-1252 (with its `encoding`).
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import os
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from extract.errors import BriefxError

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
# Documents briefx cannot read: named in a run's summary when a folder holds them (other files, such as data
# files beside the briefs, are not documents and are left alone).
UNREADABLE_DOCUMENTS = (".docx", ".doc", ".odt", ".rtf", ".pptx", ".ppt", ".xlsx", ".xls", ".epub", ".pages")
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
    encoding: Optional[str] = None  # set when the bytes were not plain UTF-8 (a BOM, Windows-1252, UTF-16)

    @property
    def carries_text(self) -> bool:
        """Whether the record must carry `text`: it was extracted, or decoded other than as plain UTF-8, so
        offsets into the file as read from disk would not hold (SCHEMA.md revision 2)."""
        return self.extracted or self.encoding is not None


@dataclass
class Skipped:
    """A file a folder held that the run did not read, and why (named in the run's summary)."""

    path: Path
    reason: str

    def message(self) -> str:
        """The summary line that names it (`[E011] x.docx: skipped: unsupported format ...`)."""
        return f"[E011] {self.path}: skipped: {self.reason}"


def discover(paths: Iterable[str | Path], skipped: Optional[list[Skipped]] = None) -> list[Path]:
    """Expand folders recursively into supported files; files named directly are kept whatever their suffix.

    Sidecars (`NAME.meta.json`), hidden files, a folder's README and files that are no documents (data files)
    are passed over silently; documents of a kind briefx cannot read (`.docx`) and symbolic links to folders
    (never followed: no loops) are added to `skipped`. The
    order is stable (sorted within each folder argument).
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(_walk(path, skipped if skipped is not None else []))
        else:
            found.append(path)
    seen: set[Path] = set()
    return [p for p in found if not (p in seen or seen.add(p))]


def _walk(root: Path, skipped: list[Skipped]) -> list[Path]:
    """Supported files under `root`, sorted, without following links to folders."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        here = Path(folder)
        dirs.sort()
        for name in list(dirs):
            if (here / name).is_symlink() and not name.startswith("."):
                skipped.append(Skipped(here / name, "symbolic link to a folder, not followed"))
        for name in files:
            path = here / name
            if _is_documentation(path, root) or name.endswith(".meta.json"):
                continue
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(path)
            elif path.suffix.lower() in UNREADABLE_DOCUMENTS:
                skipped.append(Skipped(path, f"unsupported format {path.suffix}; convert it to .txt, .html or .pdf"))
        dirs[:] = [d for d in dirs if not d.startswith(".")]
    return sorted(found)


@dataclass
class Inputs:
    """What a run's arguments name: the files to read with their `doc_id`s, and what was passed over."""

    files: list[tuple[Path, str]]
    skipped: list[Skipped]


def gather(paths: Iterable[str | Path]) -> Inputs:
    """Expand files and folders (see `discover`) and give every file its run-unique `doc_id`."""
    skipped: list[Skipped] = []
    files = discover(paths, skipped)
    ids = document_ids(files)
    return Inputs(files=[(path, ids[path]) for path in files], skipped=skipped)


def looks_like_path(value: str) -> bool:
    """A one-line string that ends in a supported suffix or names an existing file is meant as a file name, not
    as a brief's text."""
    if "\n" in value or len(value) >= 4096:
        return False
    return Path(value).suffix.lower() in SUPPORTED_SUFFIXES or Path(value).is_file()


def document_ids(paths: Sequence[Path]) -> dict[Path, str]:
    """The `doc_id` of each input of one run: the file name without its extension, unless another input has
    the same one; then the name with its extension (`x.txt`, `x.html`), and if that too is shared, the path as
    given. Stable: it depends only on the set of inputs, so a resumed run gives the same ids."""
    stems = Counter(_stem(p) for p in paths)
    names = Counter(p.name for p in paths)
    ids = {}
    for path in paths:
        if stems[_stem(path)] == 1:
            ids[path] = _stem(path)
        elif names[path.name] == 1:
            ids[path] = path.name
        else:
            ids[path] = path.as_posix()
    return ids


def _stem(path: Path) -> str:
    return path.name[: -len(path.suffix)] if path.suffix else path.name


def _is_documentation(path: Path, root: Path) -> bool:
    """Hidden files and folders, and READMEs, which describe a folder of briefs rather than being one."""
    parts = path.relative_to(root).parts
    return any(p.startswith(".") for p in parts) or path.stem.upper() == "README"


def read_document(path: str | Path, source: Optional[str] = None, doc_id: Optional[str] = None) -> Document:
    """Read one file into a Document; raise BriefxError naming the file and the problem."""
    path = Path(path)
    if path.is_symlink() and not path.exists():
        raise BriefxError("E001", f"{path}: broken symbolic link")
    if not path.is_file():
        raise BriefxError("E001", f"{path}: no such file")
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        raise BriefxError("E002", f"{path}: unsupported format {suffix or '(none)'}; expected one of {SUPPORTED_SUFFIXES}")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BriefxError("E010", f"{path}: cannot be read ({exc.strerror})") from None
    if len(raw) > MAX_BYTES:
        raise BriefxError("E003", f"{path}: too large ({len(raw)} bytes > {MAX_BYTES})")
    if not raw.strip():
        raise BriefxError("E004", f"{path}: empty file")
    text, encoding = reader(path, raw)
    if not text.strip():
        raise BriefxError("E005", f"{path}: no text could be extracted")
    meta = _read_sidecar(path)
    return Document(
        doc_id=doc_id if doc_id is not None else _stem(path),
        source=source if source is not None else str(path),
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=meta.get("title") or guess_title(text),
        published=meta.get("published") or find_published(text),
        extracted=suffix in (".html", ".htm", ".pdf"),
        encoding=encoding,
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


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _decode(path: Path, raw: bytes) -> tuple[str, Optional[str]]:
    """The text of a file with CRLF turned into LF, and the encoding when it was not plain UTF-8: a byte-order
    mark (UTF-8 or UTF-16) is dropped, and bytes that are not UTF-8 but are Windows-1252 are read so. Binary
    input, or bytes that are neither, is an error."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding).lstrip("\ufeff").replace("\r\n", "\n"), encoding
            except UnicodeDecodeError as exc:
                raise BriefxError("E007", f"{path}: starts with a {encoding} byte-order mark but is not valid "
                                          f"{encoding} at byte {exc.start}") from None
    if b"\x00" in raw[:8192]:
        raise BriefxError("E006", f"{path}: looks binary (NUL bytes), not text")
    try:
        return raw.decode("utf-8").replace("\r\n", "\n"), None
    except UnicodeDecodeError as utf8_error:
        try:
            return raw.decode("cp1252").replace("\r\n", "\n"), "windows-1252"
        except UnicodeDecodeError:
            raise BriefxError("E007", f"{path}: neither UTF-8 (bad byte at {utf8_error.start}) nor "
                                      "Windows-1252") from None


def _read_text(path: Path, raw: bytes) -> tuple[str, Optional[str]]:
    return _decode(path, raw)


_DROPPED_HTML = ("script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form")
_BLOCK_HTML = ("p", "div", "section", "article", "main", "li", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "tr", "br", "title", "figcaption", "pre", "dd", "dt")


def _read_html(path: Path, raw: bytes) -> tuple[str, Optional[str]]:
    """Visible text of an HTML page, one block per line; script, style and navigation dropped."""
    from bs4 import BeautifulSoup

    markup, encoding = _decode(path, raw)
    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(_DROPPED_HTML):
        tag.decompose()
    for tag in soup.find_all(_BLOCK_HTML):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in soup.get_text().split("\n"))
    return "\n".join(line for line in lines if line), encoding


def _read_pdf(path: Path, raw: bytes) -> tuple[str, Optional[str]]:
    """Text of every page of a PDF (pypdf), pages separated by a blank line, runs of spaces (justified text)
    made one. What pypdf logs about a damaged file goes into this file's error, not onto the terminal."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PdfStreamError

    noise = _Collected()
    logger = logging.getLogger("pypdf")
    logger.addHandler(noise)
    propagate, logger.propagate = logger.propagate, False
    try:
        reader = PdfReader(io.BytesIO(raw))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, OSError) as exc:
        detail = "; ".join([str(exc)] + noise.messages)
        raise BriefxError("E008", f"{path}: corrupt or unreadable PDF ({detail})") from None
    finally:
        logger.removeHandler(noise)
        logger.propagate = propagate
    pages = [re.sub(r"[ \t\u00a0]{2,}", " ", p.replace("\r\n", "\n")).strip() for p in pages]
    return "\n\n".join(pages).strip(), None


class _Collected(logging.Handler):
    """A logging handler that keeps what a library logs, to be put into one file's error line."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


_READERS: dict[str, Callable[[Path, bytes], tuple[str, Optional[str]]]] = {
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
    found = {k: str(meta[k]) for k in ("published", "title") if meta.get(k)}
    if "published" in found:
        written = found["published"]
        found["published"] = find_published(written) or ""
        if not found["published"]:
            raise BriefxError("E009", f"{sidecar}: published {written!r} is not a date (write 2025-04-11)")
    return found


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
