"""`briefx run --engine ray`: the same records, spread over a Ray cluster (or a local Ray started for the run).

Ray Data reads the inputs (files and folders as `briefx run` finds them, or Parquet/JSONL tables of texts with
`doc_id` and `text` columns), `map_batches` runs the pipeline in an actor pool where each actor loads it once, and
the driver writes the records sorted by `doc_id`. Records do not depend on their batch (see
`TransformerEntities.batches`), so each equals a local run's; bad files are named and counted as in a local run.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any, Optional

from extract.batch import RunSummary
from extract.errors import BriefxError
from extract.ingest import document_from_text, gather, read_document
from extract.records import SECTIONS, DocumentRecord
from extract.store import read_jsonl, record_line, write_atomic

TABLE_SUFFIXES = (".parquet", ".jsonl")


class Extractor:
    """A Ray actor's work: load the pipeline once, then turn each batch of inputs into record lines or errors."""

    def __init__(self, pipeline: str) -> None:
        from extract.pipeline import load
        from extract.threads import set_threads

        set_threads(1)
        self.pipeline = load(pipeline)
        self.pipeline.warm_up()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {"doc_id": [], "line": [], "error": [], "words": []}
        docs = []
        for index, doc_id in enumerate(batch["doc_id"]):
            try:
                if batch["path"][index]:
                    docs.append(read_document(batch["path"][index], doc_id=str(doc_id)))
                else:
                    doc = document_from_text(str(batch["text"][index]), doc_id=str(doc_id), source=str(batch["source"][index]))
                    doc.extracted = True  # the record carries the text it came with
                    docs.append(doc)
            except BriefxError as exc:
                out["doc_id"].append(str(doc_id))
                out["line"].append("")
                out["error"].append(str(exc))
                out["words"].append(0)
        for doc, record in zip(docs, self.pipeline.process(docs)):
            out["doc_id"].append(doc.doc_id)
            out["line"].append(record_line(record))
            out["error"].append("")
            out["words"].append(len(doc.text.split()))
        return out


def _table_rows(path: Path) -> list[dict[str, Any]]:
    """Rows `doc_id`, `text` of a Parquet or JSONL table of texts, as inputs of the run."""
    import pandas as pd

    frame = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_json(path, lines=True)
    if not {"doc_id", "text"} <= set(frame.columns):
        raise BriefxError("E801", f"{path}: a table of texts needs the columns doc_id and text")
    return [{"path": "", "doc_id": str(row.doc_id), "text": str(row.text), "source": f"{path}#{row.doc_id}"}
            for row in frame.itertuples()]


def run_ray(inputs: list[str], output: Path, pipeline_name: str = "default", workers: int = 2,
            address: Optional[str] = None, batch_size: int = 8) -> RunSummary:
    """Extract every input with Ray into `output` (JSONL, sorted by doc_id); documents already there are kept."""
    import ray

    started = time.perf_counter()
    summary = RunSummary()
    tables = [Path(p) for p in inputs if Path(p).suffix in TABLE_SUFFIXES and Path(p).is_file()]
    found = gather([p for p in inputs if Path(p) not in tables])
    for passed in found.skipped:
        summary.passed_over += 1
        summary.errors.append(passed.message())
    done = {r.doc_id: record_line(r) for r in read_jsonl(output)} if output.is_file() else {}
    rows = [{"path": str(p), "doc_id": d, "text": "", "source": ""} for p, d in found.files]
    rows += [row for table in tables for row in _table_rows(table)]
    todo = [row for row in rows if row["doc_id"] not in done]
    summary.skipped = len(rows) - len(todo)
    lines = dict(done)
    if todo:
        ray.init(address=address, num_cpus=None if address else workers, include_dashboard=False,
                 log_to_driver=False, ignore_reinit_error=True, configure_logging=False)
        try:
            dataset = ray.data.from_items(todo).map_batches(
                Extractor, fn_constructor_kwargs={"pipeline": pipeline_name}, batch_size=batch_size,
                concurrency=workers, num_cpus=1, batch_format="numpy")
            for result in dataset.iter_rows():
                if result["error"]:
                    summary.failed += 1
                    summary.errors.append(result["error"])
                    print(f"briefx: {result['error']}", file=sys.stderr)
                    continue
                lines[result["doc_id"]] = result["line"]
                summary.ok += 1
                summary.words += int(result["words"])
                record = DocumentRecord.from_dict(json.loads(result["line"]))
                for section in SECTIONS:
                    summary.counts[section] += len(getattr(record, section))
        finally:
            ray.shutdown()
    write_atomic(output, "".join(lines[doc_id] for doc_id in sorted(lines)))
    summary.seconds = time.perf_counter() - started
    return summary
