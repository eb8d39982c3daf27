"""Build gold records from anchored label files (seeds/labels/*.labels.json), and load gold for scoring.

A label names each span by its text and, where the text is not unique, a longer snippet (`at`) that is;
this module turns those anchors into offsets and refuses any anchor that is missing or ambiguous.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable, Optional

from extract.errors import BriefxError
from extract.ingest import Document, discover, read_document
from extract.records import (
    ID_PREFIX,
    SECTIONS,
    Actor,
    Claim,
    DateMention,
    DocumentRecord,
    Quantity,
    Span,
)
from extract.store import read_jsonl


def _word_occurrences(needle: str, haystack: str) -> list[int]:
    """Start offsets of `needle` in `haystack`, not glued to a word character on either side."""
    left = r"(?<!\w)" if needle[:1].isalnum() else ""
    right = r"(?!\w)" if needle[-1:].isalnum() else ""
    return [m.start() for m in re.finditer(left + re.escape(needle) + right, haystack)]


def locate(doc: Document, text: str, at: Optional[str], what: str, start: Optional[int] = None) -> tuple[int, int]:
    """Offsets of `text`: at the explicit `start` offset (label files imported from an annotation tool), inside
    the unique snippet `at`, or the unique whole-word occurrence of `text`."""
    if not text:
        raise BriefxError("E101", f"{doc.doc_id}: {what}: empty text")
    if start is not None:
        if doc.text[start : start + len(text)] != text:
            raise BriefxError("E110", f"{doc.doc_id}: {what}: {text!r} is not at offset {start}")
        return start, start + len(text)
    if at is not None:
        hits = [m.start() for m in re.finditer(re.escape(at), doc.text)]
        if len(hits) != 1:
            raise BriefxError("E102", f"{doc.doc_id}: {what}: snippet {at!r} occurs {len(hits)} times, need 1")
        inner = _word_occurrences(text, at) or [i for i in [at.find(text)] if i >= 0]
        if not inner:
            raise BriefxError("E103", f"{doc.doc_id}: {what}: {text!r} not inside snippet {at!r}")
        start = hits[0] + inner[0]
        return start, start + len(text)
    hits = _word_occurrences(text, doc.text)
    if len(hits) != 1:
        raise BriefxError("E104", f"{doc.doc_id}: {what}: {text!r} occurs {len(hits)} times; give a unique `at` snippet")
    return hits[0], hits[0] + len(text)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _resolve_actors(doc: Document, entries: list[dict[str, Any]]) -> list[Actor]:
    """Explicit actor spans first, then `all` expansions (longest text first) that overlap nothing taken."""
    taken: list[tuple[tuple[int, int], dict[str, Any]]] = []
    for index, entry in enumerate(e for e in entries if not e.get("all")):
        span = locate(doc, entry["text"], entry.get("at"), f"actors entry {entry['text']!r}", entry.get("start"))
        clash = next((s for s, _ in taken if _overlaps(s, span)), None)
        if clash is not None:
            raise BriefxError("E105", f"{doc.doc_id}: actors entry {entry['text']!r} at {span} overlaps {clash}")
        taken.append((span, entry))
    for entry in sorted((e for e in entries if e.get("all")), key=lambda e: -len(e["text"])):
        skipped = [span for snippet in entry.get("skip", []) for span in _snippet_spans(doc, snippet)]
        hits = _word_occurrences(entry["text"], doc.text)
        if not hits:
            raise BriefxError("E106", f"{doc.doc_id}: actors entry {entry['text']!r} (all) never occurs")
        for start in hits:
            span = (start, start + len(entry["text"]))
            if any(_overlaps(span, s) for s, _ in taken) or any(_overlaps(span, s) for s in skipped):
                continue
            taken.append((span, entry))
    return [
        Actor(id="", start=s, end=e, text=doc.text[s:e], label=entry["label"], canonical=entry["canonical"])
        for (s, e), entry in taken
    ]


def _snippet_spans(doc: Document, snippet: str) -> list[tuple[int, int]]:
    """Every occurrence of a `skip` snippet; one that never occurs is an error (a stale label)."""
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(snippet), doc.text)]
    if not spans:
        raise BriefxError("E107", f"{doc.doc_id}: skip snippet {snippet!r} never occurs")
    return spans


def _resolve_cue(doc: Document, cue: Optional[dict[str, Any]], content: tuple[int, int], what: str) -> Optional[Span]:
    """The cue's occurrence given by `at`, else the whole-word occurrence nearest to the content span."""
    if cue is None:
        return None
    if cue.get("at") is not None or cue.get("start") is not None:
        start, end = locate(doc, cue["text"], cue.get("at"), what + " cue", cue.get("start"))
    else:
        hits = _word_occurrences(cue["text"], doc.text)
        if not hits:
            raise BriefxError("E108", f"{doc.doc_id}: {what}: cue {cue['text']!r} never occurs")

        def distance(s: int) -> int:
            e = s + len(cue["text"])
            return 0 if _overlaps((s, e), content) else min(abs(s - content[1]), abs(content[0] - e))

        start = min(hits, key=distance)
        end = start + len(cue["text"])
    return Span(start=start, end=end, text=doc.text[start:end])


def build_gold(doc: Document, labels: dict[str, Any]) -> DocumentRecord:
    """Resolve every anchor of one label file into a DocumentRecord in text order with numbered ids."""
    record = DocumentRecord(
        doc_id=doc.doc_id, source=doc.source, sha256=doc.sha256, published=doc.published, title=doc.title
    )
    record.actors = _resolve_actors(doc, labels.get("actors", []))
    for entry in labels.get("quantities", []):
        s, e = locate(doc, entry["text"], entry.get("at"), f"quantities entry {entry['text']!r}", entry.get("start"))
        record.quantities.append(Quantity(
            id="", start=s, end=e, text=doc.text[s:e], value=entry.get("value"), low=entry.get("low"),
            high=entry.get("high"), op=entry.get("op", "="), unit=entry.get("unit"), item=entry.get("item"),
        ))
    for entry in labels.get("dates", []):
        s, e = locate(doc, entry["text"], entry.get("at"), f"dates entry {entry['text']!r}", entry.get("start"))
        record.dates.append(DateMention(id="", start=s, end=e, text=doc.text[s:e], value=entry.get("value")))
    for entry in labels.get("claims", []):
        what = f"claims entry {entry['text'][:40]!r}"
        s, e = locate(doc, entry["text"], entry.get("at"), what, entry.get("start"))
        record.claims.append(Claim(
            id="", start=s, end=e, text=doc.text[s:e], kind=entry["kind"], source=entry["source"],
            cue=_resolve_cue(doc, entry.get("cue"), (s, e), what), stance=entry["stance"],
            hedged=bool(entry.get("hedged", False)),
        ))
    for section in ("quantities", "dates"):
        spans = sorted((m.start, m.end) for m in getattr(record, section))
        for a, b in zip(spans, spans[1:]):
            if _overlaps(a, b):
                raise BriefxError("E109", f"{doc.doc_id}: {section} spans {a} and {b} overlap")
    number_in_text_order(record)
    return record


def number_in_text_order(record: DocumentRecord) -> None:
    """Sort every section by (start, end) and give ids a1.., q1.., d1.., c1.. in that order."""
    for section in SECTIONS:
        mentions = sorted(getattr(record, section), key=lambda m: (m.start, m.end))
        for number, mention in enumerate(mentions, start=1):
            mention.id = f"{ID_PREFIX[section]}{number}"
        setattr(record, section, mentions)


def build_all(seeds_dir: Path, only: Optional[Iterable[str]] = None) -> dict[str, DocumentRecord]:
    """Build the gold record of every `labels/NAME.labels.json` (or of `only` these) against `NAME.txt`."""
    out: dict[str, DocumentRecord] = {}
    for label_path in sorted((seeds_dir / "labels").glob("*.labels.json")):
        doc_id = label_path.name[: -len(".labels.json")]
        if only is not None and doc_id not in only:
            continue
        text_path = seeds_dir / f"{doc_id}.txt"
        labels = json.loads(label_path.read_text(encoding="utf-8"))
        doc = read_document(text_path, source=f"seeds/{text_path.name}")
        out[doc_id] = build_gold(doc, labels)
    return out


def load_gold(path: Path, split: Optional[str] = None) -> dict[str, DocumentRecord]:
    """Gold records from a .jsonl file or a folder (its `gold/*.jsonl` or `*.jsonl`), optionally one split."""
    files: Iterable[Path]
    if path.is_dir():
        folder = path / "gold" if (path / "gold").is_dir() else path
        files = sorted(folder.glob("*.jsonl"))
    else:
        files = [path]
    records = {r.doc_id: r for f in files for r in read_jsonl(f)}
    if split is None:
        return records
    wanted = set(load_splits(path if path.is_dir() else path.parent)[split])
    return {k: v for k, v in records.items() if k in wanted}


def silver_paths(corpus: Path, seeds_dir: Path, limit: int) -> list[Path]:
    """The first `limit` corpus documents that have no hand labels in the seeds folder: a
    labelled brief is taught by its gold, never also by silver labels that contradict it."""
    labelled = {p.name[: -len(".labels.json")] for p in (seeds_dir / "labels").glob("*.labels.json")}
    paths = [p for p in discover([corpus]) if p.stem not in labelled]
    return paths[:limit]


GROUPINGS = ("publisher", "genre")


def document_groups(seeds_dir: Path, by: str) -> dict[str, str]:
    """Each gold document's publisher or genre, from `seeds/sources.csv` (one row per brief)."""
    import csv

    if by not in GROUPINGS:
        raise BriefxError("E503", f"cannot group by {by!r}: use one of {', '.join(GROUPINGS)}")
    path = seeds_dir / "sources.csv"
    if not path.is_file():
        raise BriefxError("E503", f"{path}: no sources file to group the documents by {by}")
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["doc_id"]: row[by] for row in csv.DictReader(handle)}


def load_splits(seeds_dir: Path) -> dict[str, list[str]]:
    """The dev/test lists of `splits.json` in the seeds folder (or its parent, for `seeds/gold`)."""
    for folder in (seeds_dir, seeds_dir.parent):
        if (folder / "splits.json").is_file():
            return json.loads((folder / "splits.json").read_text(encoding="utf-8"))
    raise BriefxError("E110", f"{seeds_dir}: no splits.json here or in the parent folder")


def official_canonicals(labels: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Rewrite, in place, each organisation's `canonical` that the world table knows by another name to the
    table's official name (SCHEMA.md revision 2: one name per organisation in every document); return the
    changes as (text, old canonical, new canonical)."""
    from extract.normalise.actors import world_table

    table = world_table()
    changes = []
    for entry in labels.get("actors", []):
        known = table.get(entry.get("canonical", ""))
        if entry.get("label") == "ORG" and known and known[1] == "ORG" and known[0] != entry["canonical"]:
            changes.append((entry["text"], entry["canonical"], known[0]))
            entry["canonical"] = known[0]
    for claim in labels.get("claims", []):
        known = table.get(claim.get("source", ""))
        if known and known[1] == "ORG" and known[0] != claim["source"]:
            changes.append((claim["text"][:40], claim["source"], known[0]))
            claim["source"] = known[0]
    return changes


def gold_changes(before: dict[str, DocumentRecord], after: dict[str, DocumentRecord]) -> list[str]:
    """Every difference between two versions of the gold, one line each: a mention added, removed, or with an
    attribute changed (matched by section, offsets and label/kind)."""
    from dataclasses import asdict

    lines = []
    for doc_id in sorted(set(before) | set(after)):
        old, new = before.get(doc_id), after.get(doc_id)
        if old is None or new is None:
            lines.append(f"{doc_id}: document {'added' if old is None else 'removed'}")
            continue
        for section in ("actors", "quantities", "dates", "claims"):
            def keyed(record: DocumentRecord) -> dict[tuple, dict[str, Any]]:
                out = {}
                for mention in getattr(record, section):
                    data = {k: v for k, v in asdict(mention).items() if k not in ("id", "actors", "quantities", "dates")}
                    out[(data["start"], data["end"], data.get("label") or data.get("kind"))] = data
                return out
            was, now = keyed(old), keyed(new)
            for key in sorted(set(was) | set(now), key=lambda k: (k[0], k[1], str(k[2]))):
                span = (now.get(key) or was.get(key))["text"]
                if key not in now:
                    lines.append(f"{doc_id}: {section} removed {span!r}")
                elif key not in was:
                    lines.append(f"{doc_id}: {section} added {span!r}")
                else:
                    for field, value in now[key].items():
                        if was[key].get(field) != value:
                            lines.append(f"{doc_id}: {section} {span!r} {field}: {was[key].get(field)!r} -> {value!r}")
    return lines
