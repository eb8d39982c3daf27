"""The `briefx eval` and `briefx gold` subcommands, registered with the `briefx` command through the
`briefx.commands` entry point (pyproject.toml), so the extractor never imports the evaluation code."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from extract.errors import BriefxError


def _cmd_eval(args: argparse.Namespace) -> int:
    from eval.harness import evaluate_cli

    return evaluate_cli(args)


def _cmd_gold(args: argparse.Namespace) -> int:
    from eval.gold import build_all, gold_changes, load_gold, official_canonicals
    from extract.store import record_line, write_atomic, write_jsonl

    seeds = Path(args.seeds)
    if args.action == "official":
        for path in sorted((seeds / "labels").glob("*.labels.json")):
            labels = json.loads(path.read_text(encoding="utf-8"))
            changes = official_canonicals(labels)
            for text, old, new in changes:
                print(f"{path.name}: {text!r} {old!r} -> {new!r}")
            if changes:
                write_atomic(path, json.dumps(labels, ensure_ascii=False, indent=1) + "\n")
        return 0
    if args.action == "diff":
        if not args.against:
            raise BriefxError("E504", "gold diff needs --against DIR (an earlier gold folder)")
        lines = gold_changes(load_gold(Path(args.against)), load_gold(seeds))
        print("\n".join(lines + [f"{len(lines)} change(s)"]))
        return 0
    built = build_all(seeds, only=args.only)
    stale = []
    for doc_id, record in built.items():
        target = seeds / "gold" / f"{doc_id}.jsonl"
        if args.action == "build":
            write_jsonl(target, [record])
            print(f"{target}: {len(record.actors)} actors, {len(record.quantities)} quantities, "
                  f"{len(record.dates)} dates, {len(record.claims)} claims")
        elif not target.is_file() or target.read_text(encoding="utf-8") != record_line(record):
            stale.append(str(target))
    for target in stale:
        print(f"{target}: out of date with its labels file; run `briefx gold build`", file=sys.stderr)
    return 1 if stale else 0


def add_eval_command(sub: Any) -> None:
    """`briefx eval`: score predictions (or pipelines) against gold."""
    evaluate = sub.add_parser("eval", help="score predictions (or a pipeline) against gold")
    evaluate.add_argument("--gold", default="seeds", help="gold .jsonl, or a folder (seeds/ or seeds/gold)")
    evaluate.add_argument("--split", choices=["dev", "test", "all"], default="test")
    source = evaluate.add_mutually_exclusive_group(required=True)
    source.add_argument("--pred", help="predicted records (.jsonl)")
    source.add_argument("--pipeline", nargs="+", help="run these pipelines on the gold documents and score each")
    evaluate.add_argument("--by", choices=["publisher", "genre"],
                          help="also score each publisher's (or genre's) documents apart, from seeds/sources.csv")
    evaluate.add_argument("--out", help="folder for metrics.json, report.md, errors.csv")
    evaluate.add_argument("--html", metavar="DIR", help="one page per document: gold beside prediction, errors marked")
    evaluate.add_argument("--floors", help="floors.json: exit non-zero if a figure of the first system is below")
    evaluate.set_defaults(func=_cmd_eval)


def add_gold_command(sub: Any) -> None:
    """`briefx gold`: build, check, diff or make official the gold in seeds/."""
    gold = sub.add_parser("gold", help="build or check seeds/gold from seeds/labels")
    gold.add_argument("action", choices=["build", "check", "official", "diff"],
                      help="build/check seeds/gold; official: organisations' official names in the labels; "
                           "diff: every change against an earlier gold folder (--against)")
    gold.add_argument("--against", help="with diff: the earlier gold folder")
    gold.add_argument("--seeds", default="seeds")
    gold.add_argument("--only", nargs="+", metavar="DOC_ID", help="these documents alone")
    gold.set_defaults(func=_cmd_gold)
