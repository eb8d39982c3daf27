"""Data classes mirroring shared/SCHEMA.md (schema 1), their JSON form, and the record validator.

Offsets are Python ``str`` indices into the document text, half-open ``[start, end)``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Iterable, Optional

SCHEMA_VERSION = 1

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
QUANTITY_OPS = ("=", ">", ">=", "<", "<=", "~")
CLAIM_KINDS = ("claim", "denial", "recommendation")
STANCES = ("asserts", "denies", "recommends")
# The stance each claim kind takes: a claim asserts, a denial denies, a recommendation recommends.
STANCE_OF = dict(zip(CLAIM_KINDS, STANCES))
SECTIONS = ("actors", "quantities", "dates", "claims")
ID_PREFIX = {"actors": "a", "quantities": "q", "dates": "d", "claims": "c"}

# ISO 8601 at the precisions SCHEMA.md allows: century, decade, year, month, day, week, and intervals of those.
_ISO_POINT = r"(\d{2,3}|\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2})"
ISO_DATE_RE = re.compile(rf"^{_ISO_POINT}(/{_ISO_POINT})?$")


@dataclass
class Span:
    """A grounded stretch of the document text; `text` must equal ``doc_text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass
class Actor:
    """A named participant (PERSON, ORG, GPE, NORP) with its document-wide canonical name."""

    id: str
    start: int
    end: int
    text: str
    label: str
    canonical: str
    score: Optional[float] = None


@dataclass
class Quantity:
    """A number that counts or measures something; a range sets `low`/`high` and leaves `value` null."""

    id: str
    start: int
    end: int
    text: str
    value: Optional[float]
    low: Optional[float] = None
    high: Optional[float] = None
    op: str = "="
    unit: Optional[str] = None
    item: Optional[str] = None
    score: Optional[float] = None


@dataclass
class DateMention:
    """A calendar point or period, `value` in ISO 8601 at the written precision (or null)."""

    id: str
    start: int
    end: int
    text: str
    value: Optional[str]
    score: Optional[float] = None


@dataclass
class Claim:
    """A claim, denial or recommendation: content span, source, cue, stance and hedging.

    The optional `actors`/`quantities`/`dates` list the ids of mentions inside the content span.
    """

    id: str
    start: int
    end: int
    text: str
    kind: str
    source: str
    cue: Optional[Span]
    stance: str
    hedged: bool
    score: Optional[float] = None
    actors: Optional[list[str]] = None
    quantities: Optional[list[str]] = None
    dates: Optional[list[str]] = None


def named_source(source: str) -> bool:
    """True for a claim source that is an actor's canonical name, not `AUTHOR` or `UNKNOWN`."""
    return source not in ("AUTHOR", "UNKNOWN")


SECTION_TYPES = {"actors": Actor, "quantities": Quantity, "dates": DateMention, "claims": Claim}


@dataclass
class DocumentRecord:
    """One document's extractions: the line written to a .jsonl file."""

    doc_id: str
    source: str
    sha256: str
    published: Optional[str]
    title: Optional[str]
    actors: list[Actor] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    text: Optional[str] = None
    encoding: Optional[str] = None  # how a file that was not plain UTF-8 was decoded (then `text` is carried)
    schema: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of SCHEMA.md: `schema` first, optional fields left out when unset."""
        out: dict[str, Any] = {"schema": self.schema}
        for key in ("doc_id", "source", "sha256", "published", "title"):
            out[key] = getattr(self, key)
        for section in SECTIONS:
            out[section] = [_mention_to_dict(m) for m in getattr(self, section)]
        if self.text is not None:
            out["text"] = self.text
        if self.encoding is not None:
            out["encoding"] = self.encoding
        return out

    def _repr_html_(self) -> str:
        """The review page of this record, for notebooks (extract/view.py)."""
        from extract.view import render_html

        return render_html([self])

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DocumentRecord":
        """Build a record from its JSON object; unknown keys are ignored, missing sections are empty."""
        sections = {s: [_mention_from_dict(s, m) for m in data.get(s) or []] for s in SECTIONS}
        return cls(
            doc_id=data["doc_id"],
            source=data.get("source", ""),
            sha256=data.get("sha256", ""),
            published=data.get("published"),
            title=data.get("title"),
            text=data.get("text"),
            encoding=data.get("encoding"),
            schema=data.get("schema", SCHEMA_VERSION),
            **sections,
        )


def _mention_to_dict(mention: Any) -> dict[str, Any]:
    """Dict of a mention, dropping optional fields that are unset (score, claim links)."""
    data = asdict(mention)
    for key in ("score", "actors", "quantities", "dates"):
        if key in data and data[key] is None:
            del data[key]
    return data


def _mention_from_dict(section: str, data: dict[str, Any]) -> Any:
    """Build the dataclass of `section` from a dict, keeping only known fields."""
    cls = SECTION_TYPES[section]
    known = {f.name for f in fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in known}
    if section == "claims" and kwargs.get("cue") is not None:
        kwargs["cue"] = Span(**kwargs["cue"])
    return cls(**kwargs)


@dataclass
class Violation:
    """One broken rule of SCHEMA.md, located by document, mention id and field."""

    doc_id: str
    where: str
    field: str
    problem: str

    def __str__(self) -> str:
        return f"{self.doc_id}: {self.where}.{self.field}: {self.problem}"


def validate_record(record: DocumentRecord, doc_text: Optional[str]) -> list[Violation]:
    """Check offsets against `doc_text`, every enum, every id and text order; return all violations."""
    out: list[Violation] = []

    def bad(where: str, fld: str, problem: str) -> None:
        out.append(Violation(record.doc_id, where, fld, problem))

    if record.schema != SCHEMA_VERSION:
        bad("record", "schema", f"expected {SCHEMA_VERSION}, got {record.schema!r}")
    if record.published is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", record.published):
        bad("record", "published", f"not an ISO date: {record.published!r}")
    seen_ids: set[str] = set()
    for section in SECTIONS:
        previous = (-1, -1)
        for index, mention in enumerate(getattr(record, section)):
            where = f"{section}[{index}]({mention.id})"
            if not re.fullmatch(rf"{ID_PREFIX[section]}\d+", mention.id or ""):
                bad(where, "id", f"expected {ID_PREFIX[section]}<n>, got {mention.id!r}")
            if mention.id in seen_ids:
                bad(where, "id", "duplicate id")
            seen_ids.add(mention.id)
            out.extend(Violation(record.doc_id, where, f, p) for f, p in _check_span(mention, doc_text))
            if (mention.start, mention.end) < previous:
                bad(where, "start", "mentions are not in text order")
            previous = (mention.start, mention.end)
            if mention.score is not None and not 0.0 <= mention.score <= 1.0:
                bad(where, "score", f"outside 0..1: {mention.score}")
            for fld, problem in _check_fields(section, mention, doc_text):
                bad(where, fld, problem)
    for index, claim in enumerate(record.claims):
        for section in ("actors", "quantities", "dates"):
            ids = {m.id for m in getattr(record, section)}
            for linked in getattr(claim, section) or []:
                if linked not in ids:
                    bad(f"claims[{index}]({claim.id})", section, f"links unknown id {linked!r}")
    return out


def _check_span(span: Any, doc_text: Optional[str]) -> Iterable[tuple[str, str]]:
    """Offsets are ints, ordered, inside the text, and `text` equals the slice."""
    if not (isinstance(span.start, int) and isinstance(span.end, int)) or not 0 <= span.start < span.end:
        yield "start", f"bad offsets [{span.start}, {span.end})"
        return
    if doc_text is None:
        return
    if span.end > len(doc_text):
        yield "end", f"offset {span.end} past the end of the text ({len(doc_text)} characters)"
    elif doc_text[span.start : span.end] != span.text:
        found = doc_text[span.start : span.end]
        yield "text", f"{span.text!r} != text[{span.start}:{span.end}] {found!r}"


def _check_fields(section: str, mention: Any, doc_text: Optional[str]) -> Iterable[tuple[str, str]]:
    """Section-specific enums and value shapes."""
    if section == "actors":
        if mention.label not in ACTOR_LABELS:
            yield "label", f"{mention.label!r} not in {ACTOR_LABELS}"
        if not isinstance(mention.canonical, str) or not mention.canonical:
            yield "canonical", "empty canonical"
    elif section == "quantities":
        if mention.op not in QUANTITY_OPS:
            yield "op", f"{mention.op!r} not in {QUANTITY_OPS}"
        is_range = mention.low is not None or mention.high is not None
        if is_range and (mention.value is not None or mention.low is None or mention.high is None):
            yield "value", "a range sets low and high and leaves value null"
        for key in ("value", "low", "high"):
            number = getattr(mention, key)
            if number is not None and (isinstance(number, bool) or not isinstance(number, (int, float))):
                yield key, f"not a JSON number: {number!r}"
    elif section == "dates":
        if mention.value is not None and not ISO_DATE_RE.match(str(mention.value)):
            yield "value", f"not ISO 8601 at a written precision: {mention.value!r}"
    elif section == "claims":
        if mention.kind not in CLAIM_KINDS:
            yield "kind", f"{mention.kind!r} not in {CLAIM_KINDS}"
        if mention.stance not in STANCES:
            yield "stance", f"{mention.stance!r} not in {STANCES}"
        if not isinstance(mention.hedged, bool):
            yield "hedged", f"not a boolean: {mention.hedged!r}"
        if not isinstance(mention.source, str) or not mention.source:
            yield "source", "empty source"
        if mention.cue is not None:
            yield from ((f"cue.{f}", p) for f, p in _check_span(mention.cue, doc_text))
