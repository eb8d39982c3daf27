"""`briefx eval`: score prediction files or whole pipelines against the gold, write reports, check floors."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from dataclasses import dataclass
from typing import Optional

from eval.gold import document_groups, load_gold
from eval.report import format_table, write_reports
from eval.scorer import EvalResult, score
from extract.errors import BriefxError
from extract.ingest import read_document
from extract.records import DocumentRecord
from extract.store import read_jsonl


def gold_documents(gold: dict[str, DocumentRecord], gold_path: Path) -> dict[str, Path]:
    """The source file of each gold record (its `source` is relative to the folder holding seeds/)."""
    base = gold_path if gold_path.is_dir() else gold_path.parent
    roots = [base.parent, base, base.parent.parent, Path.cwd()]
    found: dict[str, Path] = {}
    for doc_id, record in gold.items():
        for root in roots:
            candidate = root / record.source
            if candidate.is_file():
                found[doc_id] = candidate
                break
        else:
            raise BriefxError("E501", f"{doc_id}: source {record.source!r} of the gold record not found")
    return found


def run_pipeline_on(name: str, paths: dict[str, Path]) -> dict[str, DocumentRecord]:
    """Predictions of pipeline `name` for the gold documents, keyed by doc_id."""
    from extract.pipeline import load

    pipeline = load(name)
    docs = [read_document(paths[doc_id], source=str(paths[doc_id])) for doc_id in sorted(paths)]
    return {r.doc_id: r for r in pipeline.process(docs)}


def check_floors(metrics: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Figures below their floor (a missing figure counts as below)."""
    return [
        f"{key}: {metrics.get(key, float('nan')):.4f} < floor {floor:.4f}"
        for key, floor in sorted(floors.items())
        if not metrics.get(key, -1.0) >= floor
    ]


@dataclass
class Systems:
    """What an evaluation compares: the gold of a split, each system's predictions, and the documents' texts."""

    gold: dict[str, DocumentRecord]
    predictions: dict[str, dict[str, DocumentRecord]]
    texts: dict[str, str]


def predictions_for(gold_path: Path, split: Optional[str], pred: Optional[Path], pipelines: list[str]) -> Systems:
    """The gold of one split and the predictions of a file or of each named pipeline on its documents."""
    gold = load_gold(gold_path, None if split == "all" else split)
    if not gold:
        raise BriefxError("E502", f"{gold_path}: no gold records for split {split!r}")
    paths = gold_documents(gold, gold_path)
    texts = {doc_id: read_document(path).text for doc_id, path in paths.items()}
    if pred is not None:
        return Systems(gold, {pred.stem: {r.doc_id: r for r in read_jsonl(pred)}}, texts)
    return Systems(gold, {name: run_pipeline_on(name, paths) for name in pipelines}, texts)


def evaluate(gold_path: Path, split: Optional[str], pred: Optional[Path], pipelines: list[str],
             by: Optional[str] = None, systems: Optional[Systems] = None) -> dict[str, EvalResult]:
    """Score a prediction file, or each named pipeline, against the gold of one split; with `by`
    (publisher, genre), also each group of documents apart, as `NAME [GROUP]`."""
    compared = systems or predictions_for(gold_path, split, pred, pipelines)
    gold, texts = compared.gold, compared.texts
    groups = _groups(gold_path, by, gold) if by else {}
    results: dict[str, EvalResult] = {}
    for name, predictions in compared.predictions.items():
        results[name] = score(gold, predictions, texts=texts)
        for group in sorted(set(groups.values())):
            members = {doc_id: record for doc_id, record in gold.items() if groups[doc_id] == group}
            results[f"{name} [{group}]"] = score(members, predictions, texts=texts)
    return results


def _groups(gold_path: Path, by: str, gold: dict[str, DocumentRecord]) -> dict[str, str]:
    """Each gold document's group; a document the sources file does not list is `unknown`."""
    seeds = gold_path if gold_path.is_dir() else gold_path.parent
    if seeds.name == "gold":
        seeds = seeds.parent
    known = document_groups(seeds, by)
    return {doc_id: known.get(doc_id, "unknown") for doc_id in gold}


def write_comparisons(result: EvalResult, systems: Systems, predictions: dict[str, DocumentRecord],
                      folder: Path) -> None:
    """One gold-beside-prediction page per document (extract/view.py) and an index linking them."""
    import html

    from extract.store import write_atomic
    from extract.view import render_comparison

    links = []
    for doc_id, gold in sorted(systems.gold.items()):
        errors = [row for row in result.errors if row.doc_id == doc_id]
        write_atomic(folder / f"{doc_id}.html", render_comparison(gold, predictions.get(doc_id), errors,
                                                                 systems.texts[doc_id], f"briefx eval: {doc_id}"))
        links.append(f'<li><a href="{html.escape(doc_id)}.html">{html.escape(doc_id)}</a>: {len(errors)} errors</li>')
    write_atomic(folder / "index.html", '<!DOCTYPE html><meta charset="utf-8"><title>briefx eval</title>'
                                        f"<ul>{''.join(links)}</ul>")


def evaluate_cli(args: argparse.Namespace) -> int:
    """The body of `briefx eval`: table on stdout, reports under --out, floors gate on the first system."""
    systems = predictions_for(Path(args.gold), args.split, Path(args.pred) if args.pred else None, args.pipeline or [])
    results = evaluate(Path(args.gold), args.split, None, [], by=args.by, systems=systems)
    if args.html:
        for name, predictions in systems.predictions.items():
            folder = Path(args.html) / Path(name).stem if len(systems.predictions) > 1 else Path(args.html)
            write_comparisons(results[name], systems, predictions, folder)
            print(f"html: {folder}/index.html")
    print(f"split: {args.split}")
    print(format_table(results))
    if args.out:
        for name, result in results.items():
            # A pipeline given as a .toml path reports under its file name, not under the path itself.
            folder = Path(args.out) / Path(name).stem if len(results) > 1 else Path(args.out)
            write_reports(result, folder, f"briefx eval: {name} on the {args.split} split")
            print(f"reports: {folder}/metrics.json, report.md, errors.csv")
    if args.floors:
        floors = {k: v for k, v in json.loads(Path(args.floors).read_text(encoding="utf-8")).items()
                  if isinstance(v, (int, float))}
        first = next(iter(results.values()))
        below = check_floors(first.metrics, floors)
        for line in below:
            print(f"below floor: {line}", file=sys.stderr)
        print(f"floors: {len(floors) - len(below)}/{len(floors)} met")
        return 1 if below else 0
    return 0
