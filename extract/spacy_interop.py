"""A record as a spaCy `Doc`, so displaCy and spaCy's tools work on briefx output: actors as `doc.ents`, the other
sections as span groups, every attribute as an extension on `Span._`."""

from __future__ import annotations

from typing import Any, Optional

from extract.errors import BriefxError
from extract.records import DocumentRecord

ATTRIBUTES = ("id", "canonical", "score", "value", "low", "high", "op", "unit", "item", "kind", "source", "stance",
              "hedged", "cue")


def _register() -> None:
    from spacy.tokens import Span

    for name in ATTRIBUTES:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def to_spacy(record: DocumentRecord, nlp: Optional[Any] = None, text: Optional[str] = None) -> Any:
    """The record's text as a `Doc` (tokenised by `nlp`, else a blank English pipeline) with `ents` = actors and
    span groups `quantities`, `dates`, `claims`; spans snap outward to whole tokens. `text` defaults to the
    record's own, else its source file."""
    import spacy

    from extract.view import document_text

    text = text if text is not None else document_text(record)
    if text is None:
        raise BriefxError("E601", f"{record.doc_id}: no text to build a spaCy Doc from (source {record.source!r} "
                                  "not found; pass text=...)")
    _register()
    doc = (nlp or spacy.blank("en")).make_doc(text)

    def span(mention: Any, label: str) -> Any:
        found = doc.char_span(mention.start, mention.end, label=label, alignment_mode="expand")
        for name in ATTRIBUTES:
            value = getattr(mention, name, None)
            setattr(found._, name, value.text if name == "cue" and value is not None else value)
        return found

    ents = [span(a, a.label) for a in record.actors]
    kept, end = [], -1
    for ent in sorted(ents, key=lambda s: (s.start, -s.end)):  # `doc.ents` cannot overlap; SCHEMA.md's never do
        if ent.start >= end:
            kept.append(ent)
            end = ent.end
    doc.ents = kept
    doc.spans["quantities"] = [span(q, "QUANTITY") for q in record.quantities]
    doc.spans["dates"] = [span(d, "DATE") for d in record.dates]
    doc.spans["claims"] = [span(c, c.kind.upper()) for c in record.claims]
    return doc
