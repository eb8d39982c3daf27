"""Records to pandas DataFrames: one table per section plus a documents table, keyed by `doc_id`."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any, Iterable

from extract.records import SECTIONS, DocumentRecord
from extract.store import write_atomic

DOCUMENT_COLUMNS = ["doc_id", "source", "sha256", "published", "title"]


def _rows(records: Iterable[DocumentRecord], section: str) -> list[dict[str, Any]]:
    rows = []
    for record in records:
        for mention in getattr(record, section):
            row = {"doc_id": record.doc_id, **asdict(mention)}
            if section == "claims":
                cue = row.pop("cue")
                row.update({"cue_start": cue and cue["start"], "cue_end": cue and cue["end"],
                            "cue_text": cue and cue["text"]})
            rows.append(row)
    return rows


def to_frames(records: Iterable[DocumentRecord]) -> dict[str, Any]:
    """`{"documents", "actors", "quantities", "dates", "claims"}` DataFrames with doc_id and offsets as columns."""
    import pandas as pd

    records = list(records)
    frames = {"documents": pd.DataFrame(
        [{k: getattr(r, k) for k in DOCUMENT_COLUMNS} | {f"n_{s}": len(getattr(r, s)) for s in SECTIONS}
         for r in records],
        columns=DOCUMENT_COLUMNS + [f"n_{s}" for s in SECTIONS],
    )}
    for section in SECTIONS:
        frames[section] = pd.DataFrame(_rows(records, section))
    return frames


def _json_cells(frame: Any) -> Any:
    """The frame with list cells (a claim's actor ids) written as JSON, which any CSV reader can parse back."""
    import json

    return frame.apply(lambda column: column.map(
        lambda cell: json.dumps(cell, ensure_ascii=False) if isinstance(cell, (list, dict)) else cell))


def export_tables(records: Iterable[DocumentRecord], stem: Path, fmt: str) -> list[Path]:
    """Write each table as `STEM.TABLE.csv` or `.parquet` (atomically); return the paths written."""
    import io

    written = []
    for name, frame in to_frames(records).items():
        path = stem.with_name(f"{stem.name}.{name}.{fmt}")
        buffer = io.BytesIO()
        if fmt == "parquet":
            frame.to_parquet(buffer, index=False)
        else:
            buffer.write(_json_cells(frame).to_csv(index=False).encode("utf-8"))
        write_atomic(path, buffer.getvalue())
        written.append(path)
    return written
