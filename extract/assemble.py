"""Mentions to a schema record: actors get canonical names, quantities and dates their normalised values."""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from extract.ingest import Document
from extract.spans.mention import ACTOR_LABELS, Mention
from extract.normalise.actors import Canonicaliser
from extract.normalise.dates import normalise_date
from extract.normalise.items import antecedent_item, counted_item, noun_elided
from extract.normalise.quantities import normalise_quantity
from extract.records import Actor, DateMention, DocumentRecord, Quantity
from extract.segment import Segmented


# A year that is part of a law's or treaty's name (`the Voting Rights Act of 1965`) is not the time the text is about.
_NAMED_BY_YEAR = re.compile(r"\b(?:Act|Acts|Law|Treaty|Agreement|Convention|Code|Amendments?)(?:,)? of\s*$")
# Words before a date in its sentence that put what it dates in the future (`will meet in February`).
_FUTURE_RE = re.compile(r"\b(?:will|shall|going to|look(?:s|ing)? forward|expected to|scheduled|plans? to|planning to|"
                        r"upcoming|next)\b|['\u2019]ll\b", re.IGNORECASE)
# A past auxiliary after the future word turns the date's own clause back to the past (`will be on the statement
# that was made on April 29`).
_PAST_RE = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)


def _speaks_of_future(before: str) -> bool:
    """Whether the sentence up to a date speaks of what is to come: a future word with no past auxiliary after it."""
    futures = list(_FUTURE_RE.finditer(before))
    return bool(futures) and _PAST_RE.search(before, futures[-1].end()) is None


def _published(doc: Document) -> Optional[date]:
    try:
        return date.fromisoformat(doc.published) if doc.published else None
    except ValueError:
        return None


def assemble(doc: Document, seg: Segmented, mentions: list[Mention]) -> DocumentRecord:
    """Build the record of one document from its (already span-ruled) mentions, ids in text order."""
    record = DocumentRecord(
        doc_id=doc.doc_id, source=doc.source, sha256=doc.sha256, published=doc.published, title=doc.title,
        text=doc.text if doc.carries_text else None, encoding=doc.encoding,
    )
    canon = Canonicaliser.for_document(doc.text, [doc.text[m.start : m.end] for m in mentions if m.label == "ORG"],
                                       [doc.text[m.start : m.end] for m in mentions if m.label == "PERSON"])
    published = _published(doc)
    anchor: Optional[str] = None
    context_year: Optional[int] = None
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        span = doc.text[mention.start : mention.end]
        score = round(float(mention.score), 4)
        if mention.label in ACTOR_LABELS:
            sentence = seg.sentence_of(mention.start)
            record.actors.append(Actor(
                id=f"a{len(record.actors) + 1}", start=mention.start, end=mention.end, text=span, label=mention.label,
                canonical=canon.canonical(span, mention.label, doc.text[sentence.start : sentence.end],
                                          mention.start - sentence.start), score=score,
            ))
        elif mention.label == "QUANTITY":
            value = normalise_quantity(span)
            if value is None:
                continue
            sentence = seg.sentence_of(mention.start)
            after = doc.text[mention.end : sentence.end]
            before = doc.text[sentence.start : mention.start]
            if noun_elided(after, value.unit, before):
                item, unit = antecedent_item(span, [(q.item, q.unit) for q in record.quantities
                                                    if q.start >= sentence.start])
            else:
                unit = value.unit
                item = value.rate_item or counted_item(after, unit, before, span)
            record.quantities.append(Quantity(
                id=f"q{len(record.quantities) + 1}", start=mention.start, end=mention.end, text=span,
                value=value.value, low=value.low, high=value.high, op=value.op, unit=unit, item=item,
                score=score,
            ))
        elif mention.label == "DATE":
            sentence = seg.sentence_of(mention.start)
            future = _speaks_of_future(doc.text[sentence.start : mention.start])
            iso = normalise_date(span, published, anchor, context_year, future)
            if iso is not None and len(iso) in (7, 10):
                anchor = iso  # a day or a month: what `that day`, `the same month` refer to
            written_year = re.search(r"\b(?:1[6-9]|20|21)\d\d\b", span)
            if written_year and not _NAMED_BY_YEAR.search(doc.text[max(0, mention.start - 30) : mention.start]):
                context_year = int(written_year.group())
            record.dates.append(DateMention(
                id=f"d{len(record.dates) + 1}", start=mention.start, end=mention.end, text=span, value=iso,
                score=score,
            ))
    return record
