"""The learned item selector: a small network over the tagger's encoder states that scores every short phrase
near a quantity as its `item`, trained on the dev gold by `models/train_items.py`; numpy to run.

The rules of `items.py` still write the item. The selector fills it where they find none, and shortens it where
they ran past the noun phrase (`grants midstream` -> `grants`) and it is sure enough; leave-one-publisher-out on
dev chose that split of work (see the model card).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any, Iterable, Optional

from threadpoolctl import ThreadpoolController

from extract.errors import BriefxError
from extract.normalise.items import ITEM_STOP, is_adverb, is_participle
from extract.records import DocumentRecord, Quantity
from extract.segment import Segmented, Token

MAX_ITEM_TOKENS = 8
WINDOW_TOKENS = 30  # how far from the quantity, in tokens, a candidate may start
# Signed distances (tokens between the quantity and the candidate; negative before it), bucketed.
DISTANCE_EDGES = (-30, -15, -8, -4, -2, -1, 0, 1, 2, 4, 8, 15, 30)
UNIT_KINDS = ("count", "percent", "money", "other")
FLAGS = 11  # see candidate_features
# Where each group of features starts in a feature vector: distance bucket, length, flags, unit kind by side.
_LENGTH_AT = len(DISTANCE_EDGES) + 1
_FLAGS_AT = _LENGTH_AT + MAX_ITEM_TOKENS
_UNIT_AT = _FLAGS_AT + FLAGS
FEATURES = _UNIT_AT + 2 * len(UNIT_KINDS)
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


def folded(item: Optional[str]) -> str:
    """An item as items are compared: case-folded, whitespace runs collapsed, `""` for none."""
    return " ".join((item or "").split()).casefold()


def same_item(a: Optional[str], b: Optional[str]) -> bool:
    """Items agree case-insensitively with whitespace runs collapsed (the scorer's test, plus spacing)."""
    return folded(a) == folded(b)


def quantity_tokens(tokens: list[Token], quantity: Quantity) -> tuple[int, int]:
    """[first, last) indices in `tokens` (one sentence's) of the tokens the quantity's span overlaps."""
    first = next((i for i, t in enumerate(tokens) if t.end > quantity.start), len(tokens) - 1)
    last = max((i for i, t in enumerate(tokens) if t.start < quantity.end), default=first)
    return first, max(last, first) + 1


def candidates_of(text: str, tokens: list[Token], first: int, last: int) -> list[Candidate]:
    """Phrases of up to MAX_ITEM_TOKENS tokens within WINDOW_TOKENS of the quantity's tokens [first, last), outside
    them and across no punctuation, opening with a letter and ending on a letter or digit, not on a stop word or an
    `-ly` adverb (`currently`)."""
    words = [t.text for t in tokens]
    found = []
    for i in range(max(0, first - WINDOW_TOKENS), min(len(tokens), last + WINDOW_TOKENS)):
        if first <= i < last or not re.match(r"[A-Za-z_]", words[i]) or words[i].lower() in _NO_FIRST:
            continue
        for j in range(i, min(len(tokens), i + MAX_ITEM_TOKENS)):
            if first <= j < last or words[j] in _BREAKS:
                break
            if re.search(r"[A-Za-z0-9_]$", words[j]) and words[j].lower() not in _NO_LAST and not is_adverb(words[j]):
                found.append(Candidate(i, j, text[tokens[i].start : tokens[j].end]))
    return found


def _unit_kind(unit: Optional[str]) -> str:
    if unit is None:
        return "count"
    if unit == "%":
        return "percent"
    return "money" if re.fullmatch(r"[A-Z]{3}", unit) else "other"


@dataclass
class SentenceWords:
    """One sentence's words, lower-cased, with running counts of participles, stop words, gap marks and `of`, so
    each candidate's features are a few subtractions."""

    words: list[str]
    lowered: list[str]
    participles: list[int]
    stops: list[int]
    marks: list[int]
    ofs: list[int]

    @classmethod
    def of(cls, words: list[str]) -> "SentenceWords":
        lowered = [w.lower() for w in words]

        def running(flags: Iterable[bool]) -> list[int]:
            return [0, *accumulate(int(flag) for flag in flags)]

        return cls(words, lowered, running(is_participle(w) for w in words), running(w in ITEM_STOP for w in lowered),
                   running(w in _GAP_MARKS for w in words), running(w == "of" for w in lowered))


def candidate_features(sentence: SentenceWords, candidates: list[Candidate], first: int, last: int,
                       rule_item: Optional[str], rule_at: int, unit: Optional[str]) -> Any:
    """[candidates, FEATURES]: for each candidate, its distance and length buckets, whether it is (`rule_at`) or
    shortens the rules' item, what lies between it and the quantity, its edges, and the quantity's unit kind by
    side."""
    import numpy as np

    out = np.zeros((len(candidates), FEATURES), dtype=np.float32)
    rule = folded(rule_item)
    unit_at = _UNIT_AT + 2 * UNIT_KINDS.index(_unit_kind(unit))
    lowered = sentence.lowered
    for k, candidate in enumerate(candidates):
        i, j = candidate.first, candidate.last
        after = i >= last
        gap_start, gap_end = (last, i) if after else (j + 1, first)
        row = out[k]
        row[bisect.bisect_left(DISTANCE_EDGES, i - last if after else j - first)] = 1
        row[_LENGTH_AT + j - i] = 1
        row[_FLAGS_AT : _UNIT_AT] = (
            k == rule_at,
            bool(rule) and rule.startswith(" ".join(lowered[i : j + 1]) + " "),
            sentence.participles[j + 1] > sentence.participles[j],
            sentence.words[i][:1].isupper(),
            sentence.marks[gap_end] > sentence.marks[gap_start] if gap_end > gap_start else False,
            min(3, sentence.stops[gap_end] - sentence.stops[gap_start]) / 3 if gap_end > gap_start else 0.0,
            gap_end <= gap_start,
            sentence.ofs[j + 1] > sentence.ofs[i],
            j + 1 < len(lowered) and lowered[j + 1] == "of",
            i > 0 and lowered[i - 1] in ("the", "a", "an", "its", "their", "of"),
            sentence.participles[j + 1] > sentence.participles[i],
        )
        row[unit_at + int(after)] = 1
    return out


@dataclass
class ItemExample:
    """One quantity made ready for the selector: its sentence's encoder states, its tokens, its candidates and
    their features, and the rules' item."""

    quantity: Quantity
    states: Any  # [sentence tokens, hidden]
    sentence_start: int  # index of the sentence's first token in the document
    first: int
    last: int
    candidates: list[Candidate]
    features: Any  # [candidates, FEATURES]
    rule_item: Optional[str]


def examples_of(seg: Segmented, record: DocumentRecord, states: Any) -> list[ItemExample]:
    """An ItemExample for each of the record's quantities, in record order."""
    if states is None:
        raise BriefxError("E305", "the item selector needs encoder states: use the transformer entity back end")
    out = []
    words_of: dict[int, SentenceWords] = {}  # by sentence start: a sentence's words are read once for its quantities
    for quantity in record.quantities:
        sentence = seg.sentence_of(quantity.start)
        tokens = seg.sentence_tokens(sentence)
        if sentence.first_token not in words_of:
            words_of[sentence.first_token] = SentenceWords.of([t.text for t in tokens])
        first, last = quantity_tokens(tokens, quantity)
        candidates = candidates_of(seg.text, tokens, first, last)
        rule_at = _nearest([k for k, c in enumerate(candidates) if quantity.item and same_item(c.text, quantity.item)],
                           candidates, first)
        features = candidate_features(words_of[sentence.first_token], candidates, first, last, quantity.item,
                                      rule_at, quantity.unit)
        out.append(ItemExample(quantity, states[sentence.first_token : sentence.last_token], sentence.first_token,
                               first, last, candidates, features, quantity.item))
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
    shorter = chosen is not None and folded(example.rule_item).startswith(folded(chosen) + " ")
    return chosen if shorten_at is not None and shorter and probabilities[best] >= shorten_at else example.rule_item


@dataclass
class LoadedSelector:
    """The trained selector's weights (`selector.safetensors`) as numpy arrays: candidate probabilities without
    torch, as `models/train_items.py`'s network computes them, for all of a document's quantities at once."""

    weights: dict[str, Any]

    def probabilities(self, examples: list[ItemExample]) -> list[Any]:
        """Per example, the softmax over its candidates and, last, no item: a document's sentences and candidates
        go through three matrix products in all, not a few per quantity."""
        import numpy as np

        w = self.weights
        width = w["out.weight"].shape[1]
        starts = sorted({e.sentence_start for e in examples if e.candidates})
        if not starts:
            return [self._with_no_item(np.zeros(0, np.float32), e) for e in examples]
        sentences = {e.sentence_start: e.states for e in examples}
        offsets = dict(zip(starts, np.cumsum([0] + [len(sentences[k]) for k in starts[:-1]]).tolist()))
        # [tokens, 4 * width]: each token's state through the first, last, mean and quantity projections
        tokens = np.concatenate([sentences[k] for k in starts]) @ np.concatenate(
            [w["first.weight"], w["last.weight"], w["mean.weight"], w["quantity.weight"]]).T
        first, last, mean, quantity = (tokens[:, k * width : (k + 1) * width] for k in range(4))
        sums = np.concatenate([np.zeros((1, width), tokens.dtype), np.cumsum(mean, axis=0)])
        used = [e for e in examples if e.candidates]
        firsts = np.concatenate([[offsets[e.sentence_start] + c.first for c in e.candidates] for e in used])
        lasts = np.concatenate([[offsets[e.sentence_start] + c.last for c in e.candidates] for e in used])
        counts = [len(e.candidates) for e in used]
        quantities = np.stack([quantity[offsets[e.sentence_start] + e.first : offsets[e.sentence_start] + e.last]
                               .mean(axis=0) for e in used])
        features = np.concatenate([e.features for e in used]) @ np.concatenate(
            [w["shape.weight"], w["direct.weight"]]).T  # [candidates, width + 1]
        hidden = first[firsts] + w["first.bias"] + last[lasts] + (sums[lasts + 1] - sums[firsts]) / \
            (lasts - firsts + 1)[:, None] + np.repeat(quantities, counts, axis=0) + features[:, :width]
        scores = np.maximum(hidden, 0) @ w["out.weight"][0] + w["out.bias"][0] + features[:, width]
        by_example = dict(zip(map(id, used), np.split(scores, np.cumsum(counts)[:-1])))
        return [self._with_no_item(by_example.get(id(e), np.zeros(0, np.float32)), e) for e in examples]

    def _with_no_item(self, scores: Any, example: ItemExample) -> Any:
        """The softmax over candidate scores and the no-item score, which depends on whether the rules found one."""
        import numpy as np

        w = self.weights
        no_item = w["none.weight"] @ np.asarray([1.0, float(not example.rule_item)], np.float32) + w["none.bias"]
        logits = np.concatenate([scores, no_item]).astype(np.float32)
        exp = np.exp(logits - logits.max())
        return exp / exp.sum()


class ItemSelector:
    """Items stage backed by the trained selector in `model_dir` (selector.safetensors, items.json)."""

    def __init__(self, *, model_dir: Path) -> None:
        self.model_dir = Path(model_dir)
        self._selector: Optional[LoadedSelector] = None
        self.shorten_at: Optional[float] = None
        self._blas: Any = None

    def load(self) -> None:
        """Read the selector's weights and the threshold its recipe chose."""
        from safetensors.numpy import load_file

        meta_path = self.model_dir / "items.json"
        if not meta_path.is_file():
            raise BriefxError("E405", f"{self.model_dir}: no trained item selector here (run `make train`)")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        self._selector = LoadedSelector(load_file(str(self.model_dir / "selector.safetensors")))
        self.shorten_at = meta["shorten_at"]
        self._blas = ThreadpoolController()

    def __call__(self, seg: Segmented, record: DocumentRecord, encoder_states: Any) -> None:
        """Write the chosen item into each of the record's quantities."""
        if self._selector is None:
            self.load()
        assert self._selector is not None
        examples = examples_of(seg, record, encoder_states)
        # One BLAS thread: these products are small, and a second thread would spin between documents (a corpus
        # run took twice the CPU time, measured); runs are parallel by worker process instead.
        with self._blas.limit(limits=1, user_api="blas"):
            chosen = self._selector.probabilities(examples)
        for example, probabilities in zip(examples, chosen):
            example.quantity.item = choose(example, probabilities, self.shorten_at)
