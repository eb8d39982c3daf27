"""The learned item selector: a small network over the tagger's encoder states that scores every short phrase
near a quantity as its `item`, trained on the dev gold by `models/train_items.py`; numpy to run.

The rules of `items.py` still write the item. The selector fills it where they find none, and shortens it where
they ran past the noun phrase (`grants midstream` -> `grants`) and it is sure enough; leave-one-publisher-out on
dev chose that split of work (see the model card).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from extract.errors import BriefxError
from extract.normalise.items import ITEM_STOP, is_participle
from extract.records import DocumentRecord, Quantity
from extract.segment import Segmented, Token

MAX_ITEM_TOKENS = 8
WINDOW_TOKENS = 30  # how far from the quantity, in tokens, a candidate may start
# Signed distances (tokens between the quantity and the candidate; negative before it), bucketed.
DISTANCE_EDGES = (-30, -15, -8, -4, -2, -1, 0, 1, 2, 4, 8, 15, 30)
UNIT_KINDS = ("count", "percent", "money", "other")
FEATURES = len(DISTANCE_EDGES) + 1 + MAX_ITEM_TOKENS + 11 + 2 * len(UNIT_KINDS)
# An item starts and ends on a word of its own (SCHEMA.md: no determiners), except `total` and `overall`, which
# gold keeps (`total grant cost`, `overall balances`).
_NO_FIRST = ITEM_STOP - {"total", "overall"}
_NO_LAST = ITEM_STOP - {"total"}
_BREAKS = {",", ";", ":", "(", ")", "[", "]", '"', "“", "”", "—", "–", ".", "?", "!"}
_GAP_MARKS = {",", ";", ":", "(", ")", "—", "–"}


@dataclass(frozen=True)
class Candidate:
    """A phrase that may be a quantity's item: sentence token indices [first, last] and its text as written."""

    first: int
    last: int
    text: str


def same_item(a: Optional[str], b: Optional[str]) -> bool:
    """Items agree case-insensitively with whitespace runs collapsed (the scorer's test, plus spacing)."""
    return " ".join((a or "").split()).casefold() == " ".join((b or "").split()).casefold()


def quantity_tokens(tokens: list[Token], quantity: Quantity) -> tuple[int, int]:
    """[first, last) indices in `tokens` (one sentence's) of the tokens the quantity's span overlaps."""
    first = next((i for i, t in enumerate(tokens) if t.end > quantity.start), len(tokens) - 1)
    last = max((i for i, t in enumerate(tokens) if t.start < quantity.end), default=first)
    return first, max(last, first) + 1


def candidates_of(text: str, tokens: list[Token], first: int, last: int) -> list[Candidate]:
    """Phrases of up to MAX_ITEM_TOKENS tokens within WINDOW_TOKENS of the quantity's tokens [first, last), outside
    them and across no punctuation, opening with a letter and ending on a letter or digit, stop words excluded."""
    words = [t.text for t in tokens]
    found = []
    for i in range(max(0, first - WINDOW_TOKENS), min(len(tokens), last + WINDOW_TOKENS)):
        if first <= i < last or not re.match(r"[A-Za-z_]", words[i]) or words[i].lower() in _NO_FIRST:
            continue
        for j in range(i, min(len(tokens), i + MAX_ITEM_TOKENS)):
            if first <= j < last or words[j] in _BREAKS:
                break
            if re.search(r"[A-Za-z0-9_]$", words[j]) and words[j].lower() not in _NO_LAST:
                found.append(Candidate(i, j, text[tokens[i].start : tokens[j].end]))
    return found


def _unit_kind(unit: Optional[str]) -> str:
    if unit is None:
        return "count"
    if unit == "%":
        return "percent"
    return "money" if re.fullmatch(r"[A-Z]{3}", unit) else "other"


def candidate_features(words: list[str], candidate: Candidate, first: int, last: int, rule_item: Optional[str],
                       is_rule: bool, unit: Optional[str]) -> Any:
    """One candidate's hand-made features: distance and length buckets, whether it is (or shortens) the rules'
    item, what lies between it and the quantity, its edges, and the quantity's unit kind by side."""
    import numpy as np

    i, j = candidate.first, candidate.last
    after = i >= last
    gap = words[last:i] if after else words[j + 1 : first]
    distance = i - last if after else j - first
    lowered = [w.lower() for w in words[i : j + 1]]
    flags = [
        is_rule,
        bool(rule_item) and " ".join(rule_item.split()).casefold().startswith(" ".join(lowered) + " "),
        is_participle(words[j]),
        words[i][:1].isupper(),
        any(w in _GAP_MARKS for w in gap),
        min(3, sum(w.lower() in ITEM_STOP for w in gap)) / 3,
        not gap,
        "of" in lowered,
        j + 1 < len(words) and words[j + 1].lower() == "of",
        i > 0 and words[i - 1].lower() in ("the", "a", "an", "its", "their", "of"),
        any(is_participle(w) for w in words[i : j + 1]),
    ]
    out = np.zeros(FEATURES, dtype=np.float32)
    out[int(np.searchsorted(DISTANCE_EDGES, distance))] = 1
    base = len(DISTANCE_EDGES) + 1
    out[base + j - i] = 1
    base += MAX_ITEM_TOKENS
    out[base : base + len(flags)] = np.asarray(flags, dtype=np.float32)
    base += len(flags)
    out[base + 2 * UNIT_KINDS.index(_unit_kind(unit)) + int(after)] = 1
    return out


@dataclass
class ItemExample:
    """One quantity made ready for the selector: its sentence's encoder states, its tokens, its candidates and
    their features, and the rules' item."""

    quantity: Quantity
    states: Any  # [sentence tokens, hidden]
    first: int
    last: int
    candidates: list[Candidate]
    features: Any  # [candidates, FEATURES]
    rule_item: Optional[str]


def examples_of(seg: Segmented, record: DocumentRecord, states: Any) -> list[ItemExample]:
    """An ItemExample for each of the record's quantities, in record order."""
    import numpy as np

    if states is None:
        raise BriefxError("E305", "the item selector needs encoder states: use the transformer entity back end")
    out = []
    for quantity in record.quantities:
        sentence = seg.sentence_of(quantity.start)
        tokens = seg.sentence_tokens(sentence)
        first, last = quantity_tokens(tokens, quantity)
        candidates = candidates_of(seg.text, tokens, first, last)
        words = [t.text for t in tokens]
        rule_at = _nearest([k for k, c in enumerate(candidates) if quantity.item and same_item(c.text, quantity.item)],
                           candidates, first)
        features = np.stack([candidate_features(words, c, first, last, quantity.item, k == rule_at, quantity.unit)
                             for k, c in enumerate(candidates)]) if candidates else np.zeros((0, FEATURES), np.float32)
        out.append(ItemExample(quantity, states[sentence.first_token : sentence.last_token], first, last, candidates,
                               features, quantity.item))
    return out


def _nearest(indices: list[int], candidates: list[Candidate], first: int) -> int:
    """Of candidate `indices`, the one starting nearest the quantity (-1 when there is none)."""
    return min(indices, key=lambda k: (abs(candidates[k].first - first), k)) if indices else -1


def target_of(example: ItemExample, gold_item: Optional[str]) -> Optional[int]:
    """The index the selector is taught for a gold item: the nearest candidate with its text, len(candidates) for
    no item, None when the gold item is no candidate (written outside the window or across punctuation)."""
    if not gold_item:
        return len(example.candidates)
    index = _nearest([k for k, c in enumerate(example.candidates) if same_item(c.text, gold_item)],
                     example.candidates, example.first)
    return None if index < 0 else index


def span_inputs(example: ItemExample) -> tuple[Any, Any, Any, Any]:
    """Per candidate: the encoder states of its first and last token and its mean state; the quantity's mean."""
    import numpy as np

    states = example.states
    firsts = np.asarray([c.first for c in example.candidates], dtype=np.int64)
    lasts = np.asarray([c.last for c in example.candidates], dtype=np.int64)
    sums = np.concatenate([np.zeros((1, states.shape[1]), states.dtype), np.cumsum(states, axis=0)])
    means = ((sums[lasts + 1] - sums[firsts]) / (lasts - firsts + 1)[:, None]).astype(states.dtype)
    quantity = states[example.first : example.last].mean(axis=0, keepdims=True)
    return states[firsts], states[lasts], means, quantity


def choose(example: ItemExample, probabilities: Any, shorten_at: Optional[float]) -> Optional[str]:
    """The item to write: the rules' unless they found none (then the selector's best, or none), or the selector's
    best is a shorter prefix of it with probability at least `shorten_at` (never, when None)."""
    best = int(probabilities.argmax())
    chosen = example.candidates[best].text if best < len(example.candidates) else None
    if not example.rule_item:
        return chosen
    shorter = chosen is not None and " ".join(example.rule_item.split()).casefold().startswith(
        " ".join(chosen.split()).casefold() + " ")
    return chosen if shorten_at is not None and shorter and probabilities[best] >= shorten_at else example.rule_item


@dataclass
class LoadedSelector:
    """The trained selector's weights (`selector.safetensors`) as numpy arrays: candidate probabilities without
    torch, as `models/train_items.py`'s network computes them."""

    weights: dict[str, Any]

    def probabilities(self, example: ItemExample) -> Any:
        """Softmax over the candidates and, last, no item."""
        import numpy as np

        w = self.weights
        no_item = w["none.weight"] @ np.asarray([1.0, float(not example.rule_item)], np.float32) + w["none.bias"]
        if not example.candidates:
            return np.ones(1, dtype=np.float32)
        firsts, lasts, means, quantity = span_inputs(example)
        hidden = (firsts @ w["first.weight"].T + w["first.bias"] + lasts @ w["last.weight"].T +
                  means @ w["mean.weight"].T + quantity @ w["quantity.weight"].T + example.features @ w["shape.weight"].T)
        scores = np.maximum(hidden, 0) @ w["out.weight"].T + w["out.bias"] + example.features @ w["direct.weight"].T
        logits = np.concatenate([scores[:, 0], no_item])
        exp = np.exp(logits - logits.max())
        return exp / exp.sum()


class ItemSelector:
    """Items stage backed by the trained selector in `model_dir` (selector.safetensors, items.json)."""

    def __init__(self, *, model_dir: Path) -> None:
        self.model_dir = Path(model_dir)
        self._selector: Optional[LoadedSelector] = None
        self.shorten_at: Optional[float] = None

    def load(self) -> None:
        """Read the selector's weights and the threshold its recipe chose."""
        from safetensors.numpy import load_file

        meta_path = self.model_dir / "items.json"
        if not meta_path.is_file():
            raise BriefxError("E405", f"{self.model_dir}: no trained item selector here (run `make train`)")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        self._selector = LoadedSelector(load_file(str(self.model_dir / "selector.safetensors")))
        self.shorten_at = meta["shorten_at"]

    def __call__(self, seg: Segmented, record: DocumentRecord, encoder_states: Any) -> None:
        """Write the chosen item into each of the record's quantities."""
        if self._selector is None:
            self.load()
        assert self._selector is not None
        for example in examples_of(seg, record, encoder_states):
            example.quantity.item = choose(example, self._selector.probabilities(example), self.shorten_at)
