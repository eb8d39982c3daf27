"""Did a change alter any record? Run a pipeline over the seeds and the unlabelled CRS corpus and compare with a
saved run, line by line.

A refactor must leave every record byte-identical: `--save out/before.json` on the old code, then
`--against out/before.json` on the new one; the exit status is 1 when any document's record differs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from extract.home import CHECKOUT
from extract.pipeline import load
from extract.records import SECTIONS
from extract.store import record_line, write_atomic

# Relative to the repository root, so that records' `source` paths are the same in any checkout.
DEFAULT_INPUTS = [Path("seeds"), Path("../shared/corpus/crs-unlabelled")]


def record_lines(pipeline: str, inputs: Sequence[Path]) -> dict[str, str]:
    """Each document's record line, by doc_id; a file that fails is kept as its error message."""
    lines: dict[str, str] = {}
    for outcome in load(pipeline).run([p for p in inputs if p.exists()]):
        if outcome.record is not None:
            lines[outcome.record.doc_id] = record_line(outcome.record)
        elif not outcome.skipped:
            lines[f"error:{outcome.path}"] = outcome.error or ""
    return lines


def differences(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """One line per document whose record differs, naming the sections that differ."""
    found: list[str] = []
    for doc_id in sorted(before.keys() | after.keys()):
        old, new = before.get(doc_id), after.get(doc_id)
        if old == new:
            continue
        if old is None or new is None:
            found.append(f"{doc_id}: {'added' if old is None else 'missing'}")
            continue
        if doc_id.startswith("error:"):
            found.append(f"{doc_id}: error message changed")
            continue
        a, b = json.loads(old), json.loads(new)
        changed = [key for key in sorted(a.keys() | b.keys()) if a.get(key) != b.get(key)]
        found.append(f"{doc_id}: " + ", ".join(f"{key} ({len(a.get(key) or [])} -> {len(b.get(key) or [])})"
                                              if key in SECTIONS else key for key in changed))
    return found


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.behaviour_check", description=__doc__)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write this run's records here (one JSON line per document)")
    action.add_argument("--against", type=Path, help="compare this run's records with a saved run")
    parser.add_argument("--pipeline", default="default")
    parser.add_argument("inputs", nargs="*", type=Path, help="folders or files (default: seeds/ and "
                                                             "../shared/corpus/crs-unlabelled/)")
    args = parser.parse_args(argv)
    if not args.inputs:
        os.chdir(CHECKOUT)
    lines = record_lines(args.pipeline, args.inputs or DEFAULT_INPUTS)
    if args.save:
        write_atomic(args.save, json.dumps(lines, sort_keys=True, indent=0) + "\n")
        print(f"saved {len(lines)} documents' records to {args.save}")
        return 0
    found = differences(json.loads(args.against.read_text(encoding="utf-8")), lines)
    print(f"{len(lines)} documents; {len(found)} differ from {args.against}")
    for line in found:
        print(f"  {line}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
