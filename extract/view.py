"""A self-contained HTML review page of records: the text with every mention highlighted at its offsets, claims
marked with source and cue, a who-said-what table per document, and filters by section and source.

Briefs are untrusted input: every text and attribute goes through `html.escape`, and the page loads nothing from
the network (inline CSS and a few lines of inline JS), so it opens offline and a brief cannot run code in it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from extract.records import DocumentRecord

CSS = """
body{font:15px/1.55 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:8px 16px;z-index:2}
header label{margin-right:12px}
article{background:#fff;margin:16px;padding:16px 20px;border:1px solid #e3e3e3;border-radius:6px}
h2{font-size:18px;margin:0 0 4px}.meta{color:#666;font-size:13px;margin-bottom:10px}
.text{white-space:pre-wrap;max-width:100ch}
.m{border-radius:3px;padding:0 1px;cursor:help}
.PERSON{background:#ffe0b2}.ORG{background:#c8e6c9}.GPE{background:#bbdefb}.NORP{background:#e1bee7}
.QUANTITY{background:#fff59d}.DATE{background:#b2ebf2}
.claim{border-bottom:2px solid #e53935}.claim.recommendation{border-bottom-color:#1e88e5}
.claim.denial{border-bottom-color:#8e24aa}.cue{font-weight:700;text-decoration:underline dotted}
body.hide-actors .actor,body.hide-quantities .QUANTITY,body.hide-dates .DATE{background:none}
body.hide-claims .claim{border-bottom:none}body.hide-claims .cue{font-weight:inherit;text-decoration:none}
.claim.off{border-bottom:none}
table{border-collapse:collapse;margin-top:12px;font-size:13px;width:100%}
th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f3f3f3}
tr.off{display:none}.note{color:#b71c1c}
.fn,.fp{outline:2px solid #d50000}.mismatch{outline:2px dashed #ff6d00}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:16px}.columns h3{font-size:14px;margin:0 0 6px}
"""

SCRIPT = """
function sections(){for(const s of ['actors','quantities','dates','claims']){
 document.body.classList.toggle('hide-'+s,!document.getElementById('show-'+s).checked)}}
function bySource(){const v=document.getElementById('source').value;
 for(const e of document.querySelectorAll('[data-source]')){e.classList.toggle('off',v!==''&&e.dataset.source!==v)}}
"""


@dataclass(frozen=True)
class _Mark:
    """One highlighted stretch: where it is, its CSS classes and its hover text."""

    start: int
    end: int
    classes: str
    title: str
    source: Optional[str] = None  # claims only: who makes it, for the source filter
    ident: str = ""  # the mention's or claim's id (`a3`, `c1`)


def _e(value: object) -> str:
    """Text or an attribute value, escaped (quotes too)."""
    return html.escape("" if value is None else str(value), quote=True)


Flags = dict[tuple[str, int, int], str]  # (section, start, end) -> an extra CSS class (an evaluation error)


def _marks(record: DocumentRecord, flags: Optional[Flags] = None) -> tuple[list[_Mark], list[_Mark]]:
    """Mentions (actors, quantities, dates) and claim layers (content spans and cues) of a record; a mention in
    `flags` gets that class too."""
    flags = flags or {}

    def flag(section: str, mention: object) -> str:
        extra = flags.get((section, mention.start, mention.end))  # type: ignore[attr-defined]
        return f" {extra}" if extra else ""

    mentions = [_Mark(a.start, a.end, f"m actor {a.label}{flag('actors', a)}",
                      f"{a.label} · canonical: {a.canonical}" + (f" · score {a.score}" if a.score is not None else ""),
                      ident=a.id) for a in record.actors]
    mentions += [_Mark(q.start, q.end, f"m QUANTITY{flag('quantities', q)}",
                       f"value {q.value if q.value is not None else f'{q.low}–{q.high}'} · op {q.op} · unit {q.unit}"
                       f" · item {q.item}", ident=q.id) for q in record.quantities]
    mentions += [_Mark(d.start, d.end, f"m DATE{flag('dates', d)}", f"DATE · value {d.value}", ident=d.id)
                 for d in record.dates]
    claims = []
    for c in record.claims:
        about = f"{c.kind} · source {c.source} · {c.stance}" + (" · hedged" if c.hedged else "")
        claims.append(_Mark(c.start, c.end, f"claim {c.kind}{flag('claims', c)}", about, c.source, c.id))
        if c.cue is not None:
            claims.append(_Mark(c.cue.start, c.cue.end, "cue", f"cue of a {c.kind} by {c.source}", c.source, c.id))
    return mentions, claims


def _highlighted(text: str, record: DocumentRecord, flags: Optional[Flags] = None) -> str:
    """The text as HTML: cut at every mark boundary, each piece wrapped in the marks covering it (claims outside,
    mentions inside), so overlapping marks nest correctly whatever their offsets. Each wrapper names its mark
    (`data-id`) and the piece's offsets (`data-at="start-end"`), so a browser check can map the page back."""
    mentions, claims = _marks(record, flags)
    everything = claims + mentions
    cuts = sorted({0, len(text), *(m.start for m in everything), *(m.end for m in everything)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        piece = _e(text[start:end])
        for mark in reversed([m for m in everything if m.start <= start and end <= m.end]):
            source = f' data-source="{_e(mark.source)}"' if mark.source is not None else ""
            piece = (f'<span class="{mark.classes}" title="{_e(mark.title)}" data-id="{_e(mark.ident)}" '
                     f'data-at="{start}-{end}"{source}>{piece}</span>')
        pieces.append(piece)
    return "".join(pieces)


def _claims_table(record: DocumentRecord) -> str:
    rows = "".join(
        f'<tr data-source="{_e(c.source)}"><td>{_e(c.source)}</td><td>{_e(c.kind)}</td><td>{_e(c.stance)}</td>'
        f'<td>{"yes" if c.hedged else "no"}</td><td>{_e(c.cue.text if c.cue else "")}</td><td>{_e(c.text)}</td></tr>'
        for c in record.claims)
    return ('<table class="who-said-what"><thead><tr><th>source</th><th>kind</th><th>stance</th><th>hedged</th>'
            f"<th>cue</th><th>content</th></tr></thead><tbody>{rows}</tbody></table>")


def document_text(record: DocumentRecord, root: Optional[Path] = None) -> Optional[str]:
    """The text a record's offsets index: its `text`, else its source file read as the pipeline reads it."""
    if record.text is not None:
        return record.text
    from extract.errors import BriefxError
    from extract.validate import source_text

    try:
        return source_text(record.source, root, Path.cwd())
    except BriefxError:
        return None


def _article(record: DocumentRecord, root: Optional[Path]) -> str:
    text = document_text(record, root)
    body = (f'<div class="text">{_highlighted(text, record)}</div>' if text is not None else
            f'<p class="note">The source text ({_e(record.source)}) was not found, so the mentions cannot be shown '
            "in place; pass --root with the folder the run read, or rerun so the record carries its text.</p>")
    counts = ", ".join(f"{len(getattr(record, s))} {s}" for s in ("actors", "quantities", "dates", "claims"))
    return (f'<article id="{_e(record.doc_id)}"><h2>{_e(record.title or record.doc_id)}</h2>'
            f'<div class="meta">{_e(record.doc_id)} · published {_e(record.published)} · {_e(counts)}</div>'
            f"{body}{_claims_table(record)}</article>")


def render_html(records: Iterable[DocumentRecord], root: Optional[Path] = None, title: str = "briefx review") -> str:
    """The whole review page of `records`."""
    records = list(records)
    sources = sorted({c.source for r in records for c in r.claims})
    options = "".join(f'<option value="{_e(s)}">{_e(s)}</option>' for s in sources)
    boxes = "".join(f'<label><input type="checkbox" id="show-{s}" checked onchange="sections()"> {s}</label>'
                    for s in ("actors", "quantities", "dates", "claims"))
    articles = "".join(_article(r, root) for r in records)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f"<style>{CSS}</style><script>{SCRIPT}</script></head><body>"
            f'<header>{boxes}<label>source <select id="source" onchange="bySource()"><option value="">all'
            f"</option>{options}</select></label></header>{articles}</body></html>")


def render_comparison(gold: DocumentRecord, pred: Optional[DocumentRecord], errors: list, text: str,
                      title: str = "briefx eval") -> str:
    """Gold beside prediction for one document: false negatives outlined on the gold side, false positives on the
    prediction side, label and attribute mismatches dashed on both; then every error row in a table. `errors` are
    the scorer's `ErrorRow`s of this document."""
    gold_flags: Flags = {}
    pred_flags: Flags = {}
    for row in errors:
        key = (row.section, row.start, row.end)
        if row.kind == "false_positive":
            pred_flags[key] = "fp"
        elif row.kind == "false_negative":
            gold_flags[key] = "fn"
        else:
            gold_flags[key] = "mismatch"
    if pred is not None:  # a mismatch is keyed by the gold span: dash the prediction it was paired with too
        for section in ("actors", "quantities", "dates", "claims"):
            for mention in getattr(pred, section):
                if any(s == section and a < mention.end and mention.start < b and f == "mismatch"
                       for (s, a, b), f in gold_flags.items()):
                    pred_flags[(section, mention.start, mention.end)] = "mismatch"
    predicted = (_highlighted(text, pred, pred_flags) if pred is not None else
                 '<p class="note">No prediction for this document.</p>')
    rows = "".join(f"<tr><td>{_e(r.section)}</td><td>{_e(r.kind)}</td><td>{_e(r.label)}</td><td>{_e(r.text)}</td>"
                   f"<td>{_e(r.field)}</td><td>{_e(r.gold)}</td><td>{_e(r.pred)}</td></tr>" for r in errors)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f"<style>{CSS}</style></head><body><article><h2>{_e(gold.title or gold.doc_id)}</h2>"
            f'<div class="meta">{_e(gold.doc_id)} · {len(errors)} errors · outlined: missed (gold side) or '
            "spurious (prediction side); dashed: label or attribute differs</div>"
            f'<div class="columns"><div><h3>gold</h3><div class="text">{_highlighted(text, gold, gold_flags)}</div>'
            f'</div><div><h3>prediction</h3><div class="text">{predicted}</div></div></div>'
            "<table><thead><tr><th>section</th><th>error</th><th>label</th><th>text</th><th>field</th><th>gold</th>"
            f"<th>prediction</th></tr></thead><tbody>{rows}</tbody></table></article></body></html>")


class Review:
    """Records shown as the review page in a notebook (`_repr_html_`)."""

    def __init__(self, records: Iterable[DocumentRecord], root: Optional[Path] = None) -> None:
        self.records = list(records)
        self.root = root

    def _repr_html_(self) -> str:
        return render_html(self.records, self.root)
