"""Validate record files against SCHEMA.md and their source texts (`briefx validate`)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from extract.errors import BriefxError
from extract.ingest import read_document
from extract.records import Violation, validate_record
from extract.store import read_jsonl


def source_text(source: str, root: Optional[Path], base: Path) -> Optional[str]:
    """The document text a record's `source` points to, tried against --root, the file's folder and cwd."""
    candidates = [Path(source)] if Path(source).is_absolute() else [
        folder / source for folder in (root, base, base.parent, Path.cwd()) if folder is not None
    ]
    for candidate in candidates:
        if candidate.is_file():
            return read_document(candidate).text
    return None


def validate_file(path: Path, root: Optional[Path] = None) -> list[Violation]:
    """Every violation in a .jsonl file: offsets checked against the record's `text` or its source file."""
    problems: list[Violation] = []
    seen: set[str] = set()
    for record in read_jsonl(path):
        if record.doc_id in seen:
            problems.append(Violation(record.doc_id, "record", "doc_id", "duplicate doc_id in the file"))
        seen.add(record.doc_id)
        text = record.text
        if text is None:
            try:
                text = source_text(record.source, root, path.parent)
            except BriefxError as exc:
                problems.append(Violation(record.doc_id, "record", "source", exc.message))
                continue
        if text is None:
            problems.append(Violation(record.doc_id, "record", "source",
                                      f"source {record.source!r} not found (pass --root DIR)"))
        problems.extend(validate_record(record, text))
    return problems
