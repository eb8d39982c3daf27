"""`make bench`: throughput, memory and load time of the default pipeline beside spaCy's small pipeline.

Each measurement runs in a fresh subprocess so its peak resident memory and model load time are its own.
Corpus: the seeds and the CRS corpus in shared/corpus, cycled until it holds at least --words words.
Ours is timed end to end (ingest, spaCy stage, tagger, normalisers, claims, JSONL); spaCy runs all components.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS_DIRS = [REPO / "seeds", REPO.parent / "shared" / "corpus" / "crs", REPO.parent / "shared" / "corpus" / "crs-unlabelled"]


def build_corpus(folder: Path, min_words: int, scale: int = 1, limit_docs: int = 0) -> list[Path]:
    """Write the benchmark corpus into `folder`: briefs cycled to `min_words` words, each repeated `scale` times."""
    from extract.ingest import discover

    sources = [p for p in discover([d for d in CORPUS_DIRS if d.is_dir()]) if p.suffix == ".txt"]
    written: list[Path] = []
    words, index = 0, 0
    while words < min_words or (limit_docs and len(written) < limit_docs):
        if limit_docs and len(written) >= limit_docs:
            break
        source = sources[index % len(sources)]
        text = source.read_text(encoding="utf-8")
        body = "\n".join([text] * scale) + f"\nCopy {index}.\n"
        target = folder / f"{index:05d}_{source.name}"
        target.write_text(body, encoding="utf-8")
        written.append(target)
        words += len(body.split())
        index += 1
    return written


def measure(system: str, folder: Path, runs: int, workers: int) -> dict[str, Any]:
    """Runs inside the subprocess: load once (timed), then `runs` timed passes over the corpus."""
    started = time.perf_counter()
    paths = sorted(folder.glob("*.txt"))
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    if system == "spacy":
        from extract.entities_spacy import small_pipeline

        nlp = small_pipeline()
        load_seconds = time.perf_counter() - started

        def one_pass() -> None:
            texts = [p.read_text(encoding="utf-8") for p in paths]
            for _ in nlp.pipe(texts, batch_size=16):
                pass
    else:
        import torch

        from extract.batch import run_batch
        from extract.pipeline import load

        torch.set_num_threads(max(1, (os.cpu_count() or 1) // workers))
        load(system).warm_up()
        load_seconds = time.perf_counter() - started

        def one_pass() -> None:
            with tempfile.TemporaryDirectory() as out:
                run_batch([str(folder)], Path(out) / "bench.jsonl", pipeline_name=system, workers=workers,
                          progress=False)

    seconds = []
    for _ in range(runs):
        tick = time.perf_counter()
        one_pass()
        seconds.append(time.perf_counter() - tick)
    median = statistics.median(seconds)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"system": system, "workers": workers, "documents": len(paths), "words": words, "runs": seconds,
            "words_per_s": words / median, "docs_per_s": len(paths) / median, "peak_rss_mb": peak_kb / 1024,
            "load_s": load_seconds}


def _subprocess(system: str, folder: Path, runs: int, workers: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "eval.bench", "--measure", system, "--folder", str(folder),
               "--runs", str(runs), "--workers", str(workers)]
    output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pipeline", default="default")
    parser.add_argument("--also", nargs="*", default=["default-fp32"], help="further pipelines timed in the same run")
    parser.add_argument("--out", default="out/bench.json")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, Path(args.folder), args.runs, args.workers)))
        return
    from extract.store import write_atomic

    results: dict[str, Any] = {"machine": f"{os.cpu_count()} CPU cores", "min_words": args.words}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        build_corpus(corpus, args.words)
        results["ours_w1"] = _subprocess(args.pipeline, corpus, args.runs, 1)
        results["spacy"] = _subprocess("spacy", corpus, args.runs, 1)
        results["ours_w2"] = _subprocess(args.pipeline, corpus, 1, 2)
        results["ratio_ours_over_spacy"] = results["ours_w1"]["words_per_s"] / results["spacy"]["words_per_s"]
        for name in args.also:
            results[f"also_{name}"] = _subprocess(name, corpus, args.runs, 1)
            results[f"also_{name}"]["ratio_over_spacy"] = results[f"also_{name}"]["words_per_s"] / results["spacy"]["words_per_s"]
        results["length_scaling"] = []
        for scale in (1, 4, 16):
            folder = Path(tmp) / f"scale{scale}"
            folder.mkdir()
            build_corpus(folder, 0, scale=scale, limit_docs=4)
            row = _subprocess(args.pipeline, folder, 1, 1)
            results["length_scaling"].append({"scale": scale, "words": row["words"],
                                              "seconds": row["runs"][0], "words_per_s": row["words_per_s"]})
    write_atomic(args.out, json.dumps(results, indent=2) + "\n")
    print(render(results))


def render(results: dict[str, Any]) -> str:
    """The table printed by `make bench` and quoted in the README."""
    rows = [("system", "words/s", "docs/s", "peak RSS MB", "load s")]
    for key, name in (("ours_w1", "briefx (1 worker)"), ("ours_w2", "briefx (2 workers)"), ("spacy", "spaCy sm")):
        r = results[key]
        rows.append((name, f"{r['words_per_s']:.0f}", f"{r['docs_per_s']:.2f}", f"{r['peak_rss_mb']:.0f}", f"{r['load_s']:.1f}"))
    for key in sorted(k for k in results if k.startswith("also_")):
        r = results[key]
        rows.append((f"{r['system']} (1 worker)", f"{r['words_per_s']:.0f}", f"{r['docs_per_s']:.2f}",
                     f"{r['peak_rss_mb']:.0f}", f"{r['load_s']:.1f}"))
    lines = [" | ".join(f"{c:>18}" for c in row) for row in rows]
    lines.append(f"ratio briefx/spaCy (1 worker): {results['ratio_ours_over_spacy']:.2f}")
    lines += [f"ratio {results[k]['system']}/spaCy (1 worker): {results[k]['ratio_over_spacy']:.2f}"
              for k in sorted(results) if k.startswith("also_")]
    lines += [f"length x{r['scale']:>2}: {r['words']:>7} words in {r['seconds']:.2f}s ({r['words_per_s']:.0f} words/s)"
              for r in results["length_scaling"]]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
