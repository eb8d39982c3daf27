"""Batch runs over folders: resumable JSONL output, optional worker processes, progress and a summary.

Records are appended in input order whatever the worker count, and each record depends only on its document
(see `TransformerEntities.batches`), so two runs over the same input are byte-identical, however they are
split into batches or workers and wherever a run was resumed; a rerun skips documents already in the output.
"""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional

from extract.ingest import gather
from extract.pipeline import Outcome, Pipeline, load
from extract.records import SECTIONS
from extract.store import JsonlAppender
from extract.threads import set_threads

_WORKER: Optional[Pipeline] = None


@dataclass
class RunSummary:
    """What a batch run did: document counts, extraction counts per section, words per second, and every file
    that failed or was passed over, by name."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0  # already in the output
    passed_over: int = 0  # not read: unsupported format, link to a folder
    words: int = 0
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=lambda: {s: 0 for s in SECTIONS})
    errors: list[str] = field(default_factory=list)

    def render(self) -> str:
        """The one-screen summary printed at the end of `briefx run`."""
        rate = self.words / self.seconds if self.seconds else 0.0
        lines = [
            f"documents: {self.ok} ok, {self.failed} failed, {self.skipped} already done, "
            f"{self.passed_over} passed over",
            "extracted: " + ", ".join(f"{n} {s}" for s, n in self.counts.items()),
            f"words: {self.words} in {self.seconds:.1f}s ({rate:.0f} words/s)",
        ]
        if self.errors:
            lines.append("not extracted:")
            lines.extend(f"  {error}" for error in self.errors)
        return "\n".join(lines)


def _init_worker(pipeline_name: str, threads: int) -> None:
    global _WORKER
    set_threads(threads)
    _WORKER = load(pipeline_name)


def _run_chunk(files: list[tuple[Path, str]], done: set[tuple[str, str]]) -> list[Outcome]:
    assert _WORKER is not None
    return list(_WORKER.run_files(files, skip=done))


def _outcomes(files: list[tuple[Path, str]], pipeline: Pipeline, workers: int, done: set[tuple[str, str]],
              chunk: int = 8) -> Iterator[Outcome]:
    """Outcomes in input order, computed in this process or in `workers` processes."""
    if workers <= 1:
        yield from pipeline.run_files(files, skip=done)
        return
    threads = max(1, (os.cpu_count() or 1) // workers)
    chunks = [files[i : i + chunk] for i in range(0, len(files), chunk)]
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(pipeline.config.name, threads)) as pool:
        for outcomes in pool.map(_run_chunk, chunks, [done] * len(chunks)):
            yield from outcomes


def run_batch(inputs: list[str], output: Path, pipeline_name: str = "default", workers: int = 1,
              progress: Optional[bool] = None) -> RunSummary:
    """Extract every document under `inputs` into the JSONL file `output`, resuming where it stopped."""
    found = gather(inputs)
    summary = RunSummary()
    for passed in found.skipped:
        summary.passed_over += 1
        summary.errors.append(passed.message())
    show = sys.stderr.isatty() and not os.environ.get("CI") if progress is None else progress
    started = time.perf_counter()
    pipeline = load(pipeline_name)
    with JsonlAppender(output) as store:
        done = set(store.done)
        bar = _progress(len(found.files), show)
        if workers <= 1:
            bar.set_description("loading model")
            pipeline.warm_up()
            bar.set_description("extracting")
        handled = 0
        for outcome in _outcomes(found.files, pipeline, workers, done):
            handled += 1
            if outcome.error is not None:
                summary.failed += 1
                summary.errors.append(outcome.error)
                print(f"briefx: {outcome.error}", file=sys.stderr)
            elif outcome.record is not None:
                store.append(outcome.record)
                summary.ok += 1
                summary.words += outcome.words
                for section in SECTIONS:
                    summary.counts[section] += len(getattr(outcome.record, section))
            bar.update(1)
        bar.close()
    summary.skipped = len(found.files) - handled
    summary.seconds = time.perf_counter() - started
    return summary


def _progress(total: int, show: bool) -> Any:
    """A tqdm progress bar, disabled (silent) off a terminal and in CI."""
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", disable=not show, file=sys.stderr)
