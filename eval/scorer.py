"""The scorer: predicted records against gold, per document and section, as flat dicts (shared/SCHEMA.md).

Pure functions over `DocumentRecord`s, in the style of spaCy's `PRFScore`, so a report, a DataFrame or a
CI floor reads the figures without knowing how they were counted. Per document and section:

- strict: same start, end and label (an actor's `label`, a claim's `kind`; quantities and dates have none);
- partial: the spans overlap and the labels agree; two claims must share at least half of the shorter span.
  Pairs are taken greedily, largest overlap first, ties broken by gold then prediction position (start,
  end, list index); each gold and each prediction is matched at most once.
- A prediction left unmatched that would have matched a left-over gold but for its label is reported as a
  `label_mismatch` error row (it still counts as one false positive and one false negative).

Attribute accuracies are measured on the partially matched pairs. An accuracy with no matched pair is left
out of the metrics rather than reported as 0, so an absent figure is never mistaken for a measured zero.
Totals are micro-averaged over the gold documents; a gold document without predictions counts all its gold
as false negatives, and predicted documents absent from gold are ignored and listed in `extra_docs`.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter, eq
from typing import Any, Callable, Optional, TypeVar, Union

from extract.records import SECTIONS, Actor, Claim, DateMention, DocumentRecord, Quantity

Mention = Union[Actor, Quantity, DateMention, Claim]
Label = Optional[str]
T = TypeVar("T", "PRF", "Accuracy")

LABEL_FIELD = {"actors": "label", "claims": "kind"}
CONTEXT_LIMIT = 300
_TYPOGRAPHIC_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                                     "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'})


@dataclass
class PRF:
    """True positives, false positives and false negatives; each ratio is 0.0 where it is undefined."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 0.0


@dataclass
class Accuracy:
    """Agreeing pairs out of compared pairs for one attribute; the ratio is None when nothing was compared."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: "Accuracy") -> "Accuracy":
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> Optional[float]:
        return self.correct / self.total if self.total else None


@dataclass
class ErrorRow:
    """One disagreement, located by document, section and span, with the sentence around it.

    `kind` is `false_positive` (span of the prediction), `false_negative`, `attribute_mismatch` or
    `label_mismatch` (span of the gold); `field`, `gold` and `pred` name the disagreeing field and values.
    """

    doc_id: str
    section: str
    kind: str
    label: str
    start: int
    end: int
    text: str
    field: str = ""
    gold: str = ""
    pred: str = ""
    context: str = ""


@dataclass
class EvalResult:
    """Flat micro-averaged `metrics`, the same keys for each gold document, error rows, ignored documents."""

    metrics: dict[str, float]
    per_doc: dict[str, dict[str, float]]
    errors: list[ErrorRow]
    extra_docs: list[str]


def _same_text(gold: Optional[str], pred: Optional[str]) -> bool:
    """Names agree after typographic quotes become ASCII and whitespace runs collapse."""
    return _normal_text(gold) == _normal_text(pred)


def _normal_text(text: Optional[str]) -> Optional[str]:
    return None if text is None else " ".join(text.translate(_TYPOGRAPHIC_QUOTES).split())


def _same_item(gold: Optional[str], pred: Optional[str]) -> bool:
    """Items agree case-insensitively after stripping; a missing item equals an empty one."""
    return (gold or "").strip().casefold() == (pred or "").strip().casefold()


def _same_number(gold: Optional[float], pred: Optional[float]) -> bool:
    if gold is None or pred is None:
        return gold is pred
    return math.isclose(gold, pred, rel_tol=1e-9)


def _same_amount(gold: tuple, pred: tuple) -> bool:
    """`(value, low, high)` agree in all three, so a range needs both bounds right."""
    return all(_same_number(g, p) for g, p in zip(gold, pred))


def _show(value: Any) -> str:
    return "" if value is None else str(value)


def _show_amount(amount: tuple) -> str:
    value, low, high = amount
    return _show(value) if low is None and high is None else f"{_show(low)}..{_show(high)}"


@dataclass(frozen=True)
class _Attribute:
    """An attribute compared on matched pairs: how to read it, when two readings agree, how to print one."""

    name: str
    read: Callable[[Any], Any]
    same: Callable[[Any, Any], bool] = eq
    show: Callable[[Any], str] = _show


_ATTRIBUTES: dict[str, tuple[_Attribute, ...]] = {
    "actors": (_Attribute("canonical", attrgetter("canonical"), _same_text),),
    "quantities": (
        _Attribute("value", attrgetter("value", "low", "high"), _same_amount, _show_amount),
        _Attribute("op", attrgetter("op")),
        _Attribute("unit", attrgetter("unit")),
        _Attribute("item", attrgetter("item"), _same_item),
    ),
    "dates": (_Attribute("value", attrgetter("value")),),
    "claims": (
        _Attribute("source", attrgetter("source"), _same_text),
        _Attribute("stance", attrgetter("stance")),
        _Attribute("hedged", attrgetter("hedged")),
    ),
}
ATTRIBUTE_FIELDS: dict[str, tuple[str, ...]] = {s: tuple(a.name for a in _ATTRIBUTES[s]) for s in SECTIONS}


def _label(section: str, mention: Mention) -> Label:
    """An actor's `label`, a claim's `kind`; None for quantities and dates."""
    return getattr(mention, LABEL_FIELD[section]) if section in LABEL_FIELD else None


def _merged(a: dict[Any, T], b: dict[Any, T]) -> dict[Any, T]:
    """Sum two dicts of counts key by key."""
    out = dict(a)
    for key, value in b.items():
        out[key] = out[key] + value if key in out else value
    return out


def _prf_metrics(prefix: str, prf: PRF) -> dict[str, float]:
    return {f"{prefix}.p": prf.precision, f"{prefix}.r": prf.recall, f"{prefix}.f1": prf.f1,
            f"{prefix}.tp": prf.tp, f"{prefix}.fp": prf.fp, f"{prefix}.fn": prf.fn}


@dataclass
class _Tally:
    """The counts of one section, for one document or summed over documents; PRFs keyed by label."""

    strict: dict[Label, PRF] = field(default_factory=dict)
    partial: dict[Label, PRF] = field(default_factory=dict)
    attributes: dict[str, Accuracy] = field(default_factory=dict)

    def __add__(self, other: "_Tally") -> "_Tally":
        return _Tally(_merged(self.strict, other.strict), _merged(self.partial, other.partial),
                      _merged(self.attributes, other.attributes))

    def metrics(self, section: str) -> dict[str, float]:
        """`{section}.{strict|partial}[.{label}].{p,r,f1,tp,fp,fn}` and `{section}.{attribute}_acc`."""
        out: dict[str, float] = {}
        for mode, by_label in (("strict", self.strict), ("partial", self.partial)):
            out |= _prf_metrics(f"{section}.{mode}", sum(by_label.values(), PRF()))
            for label in sorted(label for label in by_label if label is not None):
                out |= _prf_metrics(f"{section}.{mode}.{label}", by_label[label])
        for name, accuracy in self.attributes.items():
            if accuracy.value is not None:
                out[f"{section}.{name}_acc"] = accuracy.value
        return out


def _by_label(gold: list[Label], pred: list[Label], matched: list[Label]) -> dict[Label, PRF]:
    """Per-label PRF from the labels of all golds, all predictions and the matched pairs."""
    g, p, m = Counter(gold), Counter(pred), Counter(matched)
    return {label: PRF(m[label], p[label] - m[label], g[label] - m[label]) for label in g.keys() | p.keys()}


def _strict_labels(section: str, golds: list[Mention], preds: list[Mention]) -> list[Label]:
    """Labels of the strictly matched pairs: same start, end and label, each mention used once."""
    def keys(mentions: list[Mention]) -> Counter:
        return Counter((m.start, m.end, _label(section, m)) for m in mentions)

    return [label for _, _, label in (keys(golds) & keys(preds)).elements()]


def _shared(section: str, gold: Mention, pred: Mention) -> int:
    """Characters two spans share, not positive unless they may match (claims: half of the shorter span)."""
    overlap = min(gold.end, pred.end) - max(gold.start, pred.start)
    if section == "claims" and 2 * overlap < min(gold.end - gold.start, pred.end - pred.start):
        return 0
    return overlap


def _candidates(section: str, golds: list[Mention], preds: list[Mention]) -> list[tuple[int, int]]:
    """(gold, pred) index pairs whose spans may match, best first: larger overlap, then gold, then pred position."""
    ranked = [
        ((-overlap, g.start, g.end, gi, p.start, p.end, pi), (gi, pi))
        for gi, g in enumerate(golds)
        for pi, p in enumerate(preds)
        if (overlap := _shared(section, g, p)) > 0
    ]
    return [pair for _, pair in sorted(ranked)]


def _take(pairs: list[tuple[int, int]], used_gold: set[int], used_pred: set[int]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: keep each pair, in order, whose gold and prediction are both still free."""
    taken = []
    for gi, pi in pairs:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            taken.append((gi, pi))
    return taken


def _context(text: str, start: int, end: int) -> str:
    """The sentence around a span: from the nearest newline or ". " before it to the next one after it,
    at most `CONTEXT_LIMIT` characters kept around the span."""
    stop = text.rfind(". ", 0, start)
    begin = max(text.rfind("\n", 0, start) + 1, stop + 2 if stop >= 0 else 0)
    ends = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
    finish = min(ends, default=len(text))
    if finish - begin > CONTEXT_LIMIT:
        pad = max(0, (CONTEXT_LIMIT - (end - start)) // 2)
        begin = max(begin, min(start - pad, finish - CONTEXT_LIMIT))
        finish = begin + CONTEXT_LIMIT
    return text[begin:finish].strip()


@dataclass(frozen=True)
class _Where:
    """The document and section error rows are written for."""

    doc_id: str
    section: str
    text: str

    def row(self, kind: str, mention: Mention, fld: str = "", gold: str = "", pred: str = "") -> ErrorRow:
        return ErrorRow(self.doc_id, self.section, kind, _label(self.section, mention) or "", mention.start,
                        mention.end, mention.text, fld, gold, pred, _context(self.text, mention.start, mention.end))


def _compare_attributes(where: _Where,
                        pairs: list[tuple[Mention, Mention]]) -> tuple[dict[str, Accuracy], list[ErrorRow]]:
    """Accuracy of each attribute of the section over matched pairs, and a row per disagreement."""
    accuracies: dict[str, Accuracy] = {}
    rows: list[ErrorRow] = []
    for attribute in _ATTRIBUTES[where.section]:
        readings = [(gold, attribute.read(gold), attribute.read(pred)) for gold, pred in pairs]
        wrong = [(gold, g, p) for gold, g, p in readings if not attribute.same(g, p)]
        accuracies[attribute.name] = Accuracy(len(pairs) - len(wrong), len(pairs))
        rows += [where.row("attribute_mismatch", gold, attribute.name, attribute.show(g), attribute.show(p))
                 for gold, g, p in wrong]
    return accuracies, rows


def matched_pairs(section: str, golds: list[Mention], preds: list[Mention]) -> list[tuple[int, int]]:
    """(gold, prediction) index pairs the scorer compares attributes of: overlapping spans of the same label,
    one to one, the larger overlap first. Training recipes use it to pair predictions with their gold."""
    gold_labels = [_label(section, m) for m in golds]
    pred_labels = [_label(section, m) for m in preds]
    candidates = _candidates(section, golds, preds)
    return _take([(g, p) for g, p in candidates if gold_labels[g] == pred_labels[p]], set(), set())


def _score_section(where: _Where, golds: list[Mention], preds: list[Mention]) -> tuple[_Tally, list[ErrorRow]]:
    """Strict and partial counts, attribute accuracies and error rows of one section of one document."""
    section = where.section
    gold_labels = [_label(section, m) for m in golds]
    pred_labels = [_label(section, m) for m in preds]
    matched = matched_pairs(section, golds, preds)
    used_gold = {g for g, _ in matched}
    used_pred = {p for _, p in matched}
    mislabelled = _take([(g, p) for g, p in _candidates(section, golds, preds) if gold_labels[g] != pred_labels[p]],
                        used_gold, used_pred)
    accuracies, rows = _compare_attributes(where, [(golds[g], preds[p]) for g, p in matched])
    rows += [where.row("label_mismatch", golds[g], "label", gold_labels[g] or "", pred_labels[p] or "")
             for g, p in mislabelled]
    rows += [where.row("false_negative", m) for i, m in enumerate(golds) if i not in used_gold]
    rows += [where.row("false_positive", m) for i, m in enumerate(preds) if i not in used_pred]
    rows.sort(key=lambda r: (r.start, r.end, r.kind, r.field))
    tally = _Tally(
        strict=_by_label(gold_labels, pred_labels, _strict_labels(section, golds, preds)),
        partial=_by_label(gold_labels, pred_labels, [gold_labels[g] for g, _ in matched]),
        attributes=accuracies,
    )
    return tally, rows


def _flatten(tallies: dict[str, _Tally]) -> dict[str, float]:
    return {key: value for section in SECTIONS for key, value in tallies[section].metrics(section).items()}


def _score_document(doc_id: str, gold: DocumentRecord, pred: Optional[DocumentRecord],
                    text: str) -> tuple[dict[str, _Tally], list[ErrorRow]]:
    """Every section of one gold document; a missing prediction scores as an empty one."""
    tallies: dict[str, _Tally] = {}
    rows: list[ErrorRow] = []
    for section in SECTIONS:
        where = _Where(doc_id, section, text)
        tallies[section], section_rows = _score_section(where, getattr(gold, section),
                                                        getattr(pred, section) if pred else [])
        rows += section_rows
    return tallies, rows


def score(gold: dict[str, DocumentRecord], pred: dict[str, DocumentRecord],
          texts: Optional[dict[str, str]] = None) -> EvalResult:
    """Score predictions against gold, both keyed by doc_id.

    The text for error contexts is the record's `text` (gold, then prediction), else `texts[doc_id]`;
    without either, contexts are empty.
    """
    texts = texts or {}
    totals = {section: _Tally() for section in SECTIONS}
    per_doc: dict[str, dict[str, float]] = {}
    errors: list[ErrorRow] = []
    for doc_id in sorted(gold):
        record, predicted = gold[doc_id], pred.get(doc_id)
        text = record.text or (predicted.text if predicted else None) or texts.get(doc_id, "")
        tallies, rows = _score_document(doc_id, record, predicted, text)
        per_doc[doc_id] = _flatten(tallies)
        totals = {section: totals[section] + tallies[section] for section in SECTIONS}
        errors += rows
    return EvalResult(_flatten(totals), per_doc, errors, sorted(set(pred) - set(gold)))
