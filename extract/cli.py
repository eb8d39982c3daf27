"""The `briefx` command: run, validate, view, export, import, and the subcommands other packages register under
the `briefx.commands` entry point (`eval`, `gold` from the eval package). Each subcommand only parses and formats;
work lives elsewhere."""

from __future__ import annotations

import argparse
import json
import os
import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import Optional, Sequence

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from extract.errors import BriefxError  # noqa: E402


TABLE_FORMATS = {".jsonl": "jsonl", ".parquet": "parquet", ".csv": "csv"}


def _cmd_run(args: argparse.Namespace) -> int:
    from extract.batch import run_batch
    from extract.frames import export_tables
    from extract.store import read_jsonl

    output = Path(args.output)
    fmt = args.format or TABLE_FORMATS.get(output.suffix.lower(), "jsonl")
    store = output if output.suffix.lower() == ".jsonl" else output.with_suffix(".jsonl")
    if store.is_file() and store.stat().st_size:
        print(f"resuming {store}: documents already in it are not extracted again", file=sys.stderr)
    if args.engine == "ray":
        from extract.ray_engine import run_ray

        summary = run_ray(args.paths, store, pipeline_name=args.pipeline, workers=max(1, args.workers),
                          address=args.address)
    else:
        summary = run_batch(args.paths, store, pipeline_name=args.pipeline, workers=args.workers)
    if fmt != "jsonl":
        for path in export_tables(read_jsonl(store), store.with_suffix(""), fmt):
            print(f"wrote {path}")
    print(f"wrote {store}")
    print(summary.render())
    if summary.ok + summary.failed + summary.skipped + summary.passed_over == 0:
        print(f"briefx: no documents found in {' '.join(args.paths)}", file=sys.stderr)
        return 1
    return 1 if summary.failed else 0


def _cmd_view(args: argparse.Namespace) -> int:
    from extract.store import read_jsonl, write_atomic
    from extract.view import render_html

    records = [r for r in read_jsonl(args.records) if not args.doc or r.doc_id in args.doc]
    missing = sorted(set(args.doc or []) - {r.doc_id for r in records})
    for doc_id in missing:
        print(f"briefx: {args.records}: no record with doc_id {doc_id!r}", file=sys.stderr)
    write_atomic(args.output, render_html(records, Path(args.root) if args.root else None,
                                          title=f"briefx review: {Path(args.records).name}"))
    print(f"wrote {args.output} ({len(records)} documents)")
    return 1 if missing else 0


def _cmd_export(args: argparse.Namespace) -> int:
    from extract.labelstudio import labeling_config, to_tasks
    from extract.store import read_jsonl, write_atomic
    from extract.view import document_text

    records = list(read_jsonl(args.records))
    texts = {r.doc_id: document_text(r, Path(args.root) if args.root else None) for r in records}
    missing = sorted(doc_id for doc_id, text in texts.items() if text is None)
    if missing:
        raise BriefxError("E702", f"{args.records}: no text for {', '.join(missing)} (pass --root DIR)")
    output = Path(args.output)
    config = output.with_suffix(".config.xml")
    write_atomic(output, json.dumps(to_tasks(records, texts), ensure_ascii=False, indent=1) + "\n")
    write_atomic(config, labeling_config() + "\n")
    print(f"wrote {output} ({len(records)} tasks) and {config} (the labelling configuration)")
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from extract.labelstudio import to_labels
    from extract.store import write_atomic

    try:
        tasks = json.loads(Path(args.export).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise BriefxError("E703", f"{args.export}: not a Label Studio JSON export ({exc})") from None
    folder = Path(args.output)
    for task in tasks:
        labels = to_labels(task)
        write_atomic(folder / "labels" / f"{labels['doc_id']}.labels.json",
                     json.dumps(labels, ensure_ascii=False, indent=1) + "\n")
        text_path = folder / f"{labels['doc_id']}.txt"
        if not text_path.exists():
            write_atomic(text_path, task["data"]["text"])
    print(f"wrote {len(tasks)} label files to {folder / 'labels'}; build gold with "
          f"`briefx gold build --seeds {folder}`")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from extract.validate import validate_file

    status = 0
    for path in args.files:
        problems = validate_file(Path(path), Path(args.root) if args.root else None)
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        print(f"{path}: {'OK' if not problems else f'{len(problems)} violation(s)'}")
        status = status or (1 if problems else 0)
    return status


def _version() -> str:
    """The installed package's version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("briefx")
    except PackageNotFoundError:
        return "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="briefx", description="Grounded extraction from policy briefs.")
    parser.add_argument("--version", action="version", version=f"briefx {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="extract records from briefs (files or folders, recursive)")
    run.add_argument("paths", nargs="+")
    run.add_argument("-o", "--output", required=True,
                     help="OUT.jsonl (resumable records), or OUT.parquet / OUT.csv: then OUT.jsonl and one table "
                          "per section, OUT.documents.parquet, OUT.actors.parquet, ...")
    run.add_argument("--format", choices=["jsonl", "parquet", "csv"], default=None,
                     help="the tables' format; default: from the -o suffix, else jsonl only")
    run.add_argument("--workers", type=int, default=1, help="worker processes (each loads the model)")
    run.add_argument("--pipeline", default="default", help="a name in pipelines/ or a .toml path")
    run.add_argument("--engine", choices=["local", "ray"], default="local",
                     help="ray: Ray Data over an actor pool of --workers actors (pip install briefx[ray]); the "
                          "records are a local run's, sorted by doc_id; inputs may also be .parquet/.jsonl tables "
                          "of texts (doc_id, text)")
    run.add_argument("--address", help="with --engine ray: an existing Ray cluster (default: start a local one)")
    run.set_defaults(func=_cmd_run)

    validate = sub.add_parser("validate", help="check record files against SCHEMA.md and their sources")
    validate.add_argument("files", nargs="+")
    validate.add_argument("--root", help="folder that record `source` paths are relative to")
    validate.set_defaults(func=_cmd_validate)

    view = sub.add_parser("view", help="a self-contained HTML review page of extracted records")
    view.add_argument("records", help="a .jsonl of records")
    view.add_argument("--doc", nargs="+", metavar="DOC_ID", help="these documents only")
    view.add_argument("-o", "--output", default="review.html")
    view.add_argument("--root", help="folder that record `source` paths are relative to")
    view.set_defaults(func=_cmd_view)

    export = sub.add_parser("export", help="records to an annotation tool's tasks, predictions as pre-annotations")
    export.add_argument("tool", choices=["labelstudio"])
    export.add_argument("records", help="a .jsonl of records")
    export.add_argument("-o", "--output", default="tasks.json", help="tasks; the config goes beside as .config.xml")
    export.add_argument("--root", help="folder that record `source` paths are relative to")
    export.set_defaults(func=_cmd_export)

    imported = sub.add_parser("import", help="an annotation tool's export to label files for `briefx gold build`")
    imported.add_argument("tool", choices=["labelstudio"])
    imported.add_argument("export", help="Label Studio's JSON export")
    imported.add_argument("-o", "--output", required=True, help="folder: labels/ and the texts, like seeds/")
    imported.set_defaults(func=_cmd_import)

    for command in entry_points(group="briefx.commands"):
        command.load()(sub)  # the eval package adds `eval` and `gold`: extract never imports it
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the console script; a BriefxError becomes one clear line and exit code 2."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BriefxError as exc:
        print(f"briefx: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
