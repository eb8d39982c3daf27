"""Reports of an `EvalResult`: metrics.json, report.md and errors.csv in a folder, and a console table of systems.

Everything here only formats the flat dicts the scorer returns; no figure is computed twice.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, fields
from pathlib import Path
from typing import Optional

from eval.scorer import ATTRIBUTE_FIELDS, ErrorRow, EvalResult
from extract.records import SECTIONS
from extract.store import write_atomic

MISSING = "-"
MODES = ("strict", "partial")


def write_reports(result: EvalResult, out_dir: Path, title: str) -> None:
    """Write metrics.json (sorted keys), report.md and errors.csv under `out_dir`, each atomically."""
    out_dir = Path(out_dir)
    write_atomic(out_dir / "metrics.json", json.dumps(result.metrics, sort_keys=True, indent=2) + "\n")
    write_atomic(out_dir / "report.md", _markdown(result, title))
    write_atomic(out_dir / "errors.csv", _errors_csv(result.errors))


def format_table(results: dict[str, EvalResult]) -> str:
    """A console table of the main figures, one column per system name; `-` where a figure is absent."""
    keys = [f"{section}.{mode}.f1" for section in SECTIONS for mode in ("partial", "strict")]
    keys += [f"{section}.{name}_acc" for section in SECTIONS for name in ATTRIBUTE_FIELDS[section]]
    table = [["metric", *results]] + [[key, *(_cell(r.metrics.get(key)) for r in results.values())] for key in keys]
    widths = [max(len(row[column]) for row in table) for column in range(len(table[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) if column == 0 else cell.rjust(width)
                  for column, (cell, width) in enumerate(zip(row, widths)))
        for row in table
    )


def _cell(value: Optional[float]) -> str:
    """A count as an integer, a ratio to three decimals, an absent figure as `-`."""
    if value is None:
        return MISSING
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def _md_table(header: list[str], rows: list[list[str]]) -> str:
    lines = [header, ["---"] * len(header), *rows]
    return "\n".join("| " + " | ".join(line) + " |" for line in lines)


def _labels(metrics: dict[str, float], section: str) -> list[str]:
    """The labels a section reports on, read from its `{section}.partial.{label}.f1` keys."""
    return sorted(key.split(".")[2] for key in metrics
                  if key.startswith(f"{section}.partial.") and key.endswith(".f1") and key.count(".") == 3)


def _prf_rows(metrics: dict[str, float], section: str) -> list[list[str]]:
    """Strict and partial P/R/F1 and counts of a section: all labels first, then each label."""
    rows = []
    for label in ["", *_labels(metrics, section)]:
        for mode in MODES:
            prefix = ".".join(part for part in (section, mode, label) if part)
            figures = (_cell(metrics[f"{prefix}.{k}"]) for k in ("p", "r", "f1", "tp", "fp", "fn"))
            rows.append([mode, label or "all", *figures])
    return rows


def _doc_f1(metrics: dict[str, float], section: str) -> str:
    """Partial F1 of one document's section, `-` where neither gold nor prediction has a mention."""
    counts = sum(metrics[f"{section}.partial.{k}"] for k in ("tp", "fp", "fn"))
    return _cell(metrics[f"{section}.partial.f1"]) if counts else MISSING


def _markdown(result: EvalResult, title: str) -> str:
    """The report: per section a P/R/F1 table and an accuracy table, then partial F1 per document."""
    parts = [f"# {title}", ""]
    for section in SECTIONS:
        prf = _md_table(["match", "label", "P", "R", "F1", "TP", "FP", "FN"], _prf_rows(result.metrics, section))
        accuracies = [[name, _cell(result.metrics.get(f"{section}.{name}_acc"))] for name in ATTRIBUTE_FIELDS[section]]
        parts += [f"## {section}", "", prf, "", _md_table(["attribute", "accuracy"], accuracies), ""]
    per_doc = [[doc_id, *(_doc_f1(metrics, s) for s in SECTIONS)] for doc_id, metrics in result.per_doc.items()]
    parts += ["## Partial F1 per document", "", _md_table(["document", *SECTIONS], per_doc), ""]
    if result.extra_docs:
        parts += [f"Predicted documents absent from gold (not scored): {', '.join(result.extra_docs)}", ""]
    return "\n".join(parts)


def _errors_csv(rows: list[ErrorRow]) -> str:
    """One CSV line per error row, header = the ErrorRow field names, quoted by the csv module."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[f.name for f in fields(ErrorRow)], lineterminator="\n")
    writer.writeheader()
    writer.writerows(asdict(row) for row in rows)
    return buffer.getvalue()
