"""The learned cue classifier of `extract/claims/learned.py`: its training targets, its fit, and the leave-one-
publisher-out choice of the probability a cue must reach. Run by `models/train_claims.py`, which saves it beside
the claim head (`cues.safetensors`, `cue_threshold` in `claims.json`) only where it raises dev claims F1."""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

from eval.scorer import score
from extract.claims.learned import CUE_CLASSES, CueClassifier, cue_class
from extract.records import DocumentRecord
from extract.segment import Segmented

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
# Cue tokens are about one in a hundred: each class but `none` weighs this much more in the loss.
CUE_WEIGHT = 3.0


def token_targets(seg: Segmented, gold: DocumentRecord) -> Any:
    """The class of every token: the gold cue it lies in (`cue_class` of its claim), else `none`."""
    targets = np.zeros(len(seg.tokens), dtype=np.int64)
    starts = [t.start for t in seg.tokens]
    for claim in gold.claims:
        if claim.cue is None:
            continue
        first = int(np.searchsorted(starts, claim.cue.start, side="right")) - 1
        for index in range(max(first, 0), len(seg.tokens)):
            token = seg.tokens[index]
            if token.start >= claim.cue.end:
                break
            if token.end > claim.cue.start:
                targets[index] = CUE_CLASSES.index(cue_class(claim))
    return targets


def fit_cues(states: list[Any], targets: list[Any], seed: int, epochs: int = 300) -> tuple[Any, Any]:
    """A softmax regression over the tokens' encoder states (full-batch AdamW, seeded): (weight, bias)."""
    import torch

    torch.manual_seed(seed)
    x = torch.from_numpy(np.concatenate(states).astype(np.float32))
    y = torch.from_numpy(np.concatenate(targets))
    layer = torch.nn.Linear(x.shape[1], len(CUE_CLASSES))
    optimizer = torch.optim.AdamW(layer.parameters(), lr=0.01, weight_decay=1e-3)
    weights = torch.tensor([1.0] + [CUE_WEIGHT] * (len(CUE_CLASSES) - 1))
    for _ in range(epochs):
        loss = torch.nn.functional.cross_entropy(layer(x), y, weight=weights)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return layer.weight.detach().numpy().copy(), layer.bias.detach().numpy().copy()


def choose_threshold(folds: list[list[Any]], states_of: Callable[[Any], Any], targets_of: Callable[[Any], Any],
                     records_with: Callable[[list[Any], Any], dict[str, DocumentRecord]],
                     reference: dict[str, DocumentRecord], seed: int) -> tuple[float, dict[str, float]]:
    """Leave each fold (a publisher's dev briefs) out: fit on the rest, predict its records with the cues at each
    of THRESHOLDS (`records_with(items, classifier or None)`), pool the folds, and return the threshold with the
    highest claims F1 (1.01, no learned cues, where none beats them off) and every threshold's F1."""
    pooled: dict[str, dict[str, DocumentRecord]] = {"off": {}}
    for k, held in enumerate(folds):
        train = [item for j, fold in enumerate(folds) if j != k for item in fold]
        weight, bias = fit_cues([states_of(i) for i in train], [targets_of(i) for i in train], seed)
        pooled["off"].update(records_with(held, None))
        for threshold in THRESHOLDS:
            pooled.setdefault(str(threshold), {}).update(records_with(held, CueClassifier(weight, bias, threshold)))
    figures = {name: round(score(reference, predicted).metrics["claims.partial.f1"], 3)
               for name, predicted in pooled.items()}
    best = max(THRESHOLDS, key=lambda t: (figures[str(t)], t))
    return (best if figures[str(best)] > figures["off"] else 1.01), figures
