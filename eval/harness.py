"""`briefx eval`: score prediction files or whole pipelines against the gold, write reports, check floors."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
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


def evaluate(gold_path: Path, split: Optional[str], pred: Optional[Path], pipelines: list[str],
             by: Optional[str] = None) -> dict[str, EvalResult]:
    """Score a prediction file, or each named pipeline, against the gold of one split; with `by`
    (publisher, genre), also each group of documents apart, as `NAME [GROUP]`."""
    gold = load_gold(gold_path, None if split == "all" else split)
    if not gold:
        raise BriefxError("E502", f"{gold_path}: no gold records for split {split!r}")
    paths = gold_documents(gold, gold_path)
    texts = {doc_id: read_document(path).text for doc_id, path in paths.items()}
    if pred is not None:
        systems = {pred.stem: {r.doc_id: r for r in read_jsonl(pred)}}
    else:
        systems = {name: run_pipeline_on(name, paths) for name in pipelines}
    groups = _groups(gold_path, by, gold) if by else {}
    results: dict[str, EvalResult] = {}
    for name, predictions in systems.items():
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


def evaluate_cli(args: argparse.Namespace) -> int:
    """The body of `briefx eval`: table on stdout, reports under --out, floors gate on the first system."""
    results = evaluate(Path(args.gold), args.split, Path(args.pred) if args.pred else None, args.pipeline or [],
                       by=args.by)
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
