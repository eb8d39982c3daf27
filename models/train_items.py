"""Train the item selector (extract/normalise/item_head.py) over the entity tagger's encoder states, on the dev gold.

Each predicted quantity the scorer pairs with a gold one is an example; its target is the candidate phrase with
the gold item's text, or no item. Leave-one-publisher-out on dev scores the rules' items against the rules with
the selector filling their gaps, and shortening their items from each threshold in `--shorten-at`; the recipe
keeps the best (pooled item accuracy), then trains on all of dev. The `test` split is never read.
Usage: python -m models.train_items [--tagger models/entity-tagger] [--out models/item-head]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from eval.gold import document_groups, load_gold, load_splits  # noqa: E402
from eval.scorer import matched_pairs  # noqa: E402
from extract.normalise.item_head import (FEATURES, ItemExample, choose, examples_of, same_item, span_inputs,  # noqa: E402
                                         target_of)
from extract.tagger import TransformerEntities  # noqa: E402
from models.train_claims import group_folds, prepare  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Labelled:
    """A predicted quantity paired with its gold item; `target` is None where no candidate has that text."""

    doc_id: str
    example: ItemExample
    gold_item: Optional[str]
    target: Optional[int]


def labelled_examples(prepared: list[Any], gold: dict[str, Any]) -> list[Labelled]:
    """Every predicted quantity the scorer pairs with a gold quantity, with the gold item, in document order."""
    out = []
    for item in prepared:
        examples = examples_of(item.seg, item.record, item.states)
        golds = gold[item.doc_id].quantities
        for g, p in sorted(matched_pairs("quantities", golds, item.record.quantities), key=lambda pair: pair[1]):
            out.append(Labelled(item.doc_id, examples[p], golds[g].item, target_of(examples[p], golds[g].item)))
    return out


def build_selector(hidden_size: int, width: int, dropout: float) -> Any:
    """The selector to train (torch): per candidate, one hidden layer over its first, last and mean encoder states,
    the quantity's mean state and the hand-made features, plus a linear term of the features; a no-item score
    from whether the rules found one. `LoadedSelector` computes the same with numpy."""
    import torch
    from torch import nn

    class ItemSelectorNet(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.first = nn.Linear(hidden_size, width)
            self.last = nn.Linear(hidden_size, width, bias=False)
            self.mean = nn.Linear(hidden_size, width, bias=False)
            self.quantity = nn.Linear(hidden_size, width, bias=False)
            self.shape = nn.Linear(FEATURES, width, bias=False)
            self.out = nn.Linear(width, 1)
            self.direct = nn.Linear(FEATURES, 1, bias=False)
            self.none = nn.Linear(2, 1)
            self.dropout = nn.Dropout(dropout)

        def forward(self, example: ItemExample) -> torch.Tensor:
            firsts, lasts, means, quantity = (torch.from_numpy(a) for a in span_inputs(example))
            features = torch.from_numpy(example.features)
            hidden = self.first(firsts) + self.last(lasts) + self.mean(means) + self.quantity(quantity) + \
                self.shape(features)
            scores = self.out(torch.relu(self.dropout(hidden))) + self.direct(features)
            no_item = self.none(torch.tensor([[1.0, float(not example.rule_item)]]))
            return torch.cat([scores[:, 0], no_item[0]])

    return ItemSelectorNet()


def fit(examples: list[Labelled], args: argparse.Namespace) -> Any:
    """A fresh selector trained on the examples with a candidate target; AdamW over shuffled minibatches, seeded."""
    import torch
    from torch.nn import functional as F

    torch.manual_seed(args.seed)
    order = random.Random(args.seed)
    trainable = [e for e in examples if e.target is not None and e.example.candidates]
    selector = build_selector(trainable[0].example.states.shape[1], args.width, args.dropout)
    optimizer = torch.optim.AdamW(selector.parameters(), lr=args.lr, weight_decay=args.weight_decay)
    selector.train()
    for _ in range(args.epochs):
        order.shuffle(trainable)
        for start in range(0, len(trainable), args.batch):
            batch = trainable[start : start + args.batch]
            loss = sum(F.cross_entropy(selector(e.example).unsqueeze(0), torch.tensor([e.target])) for e in batch)
            optimizer.zero_grad()
            (loss / len(batch)).backward()
            optimizer.step()
    selector.eval()
    return selector


def probabilities(selector: Any, example: ItemExample) -> Any:
    """Softmax over the example's candidates and no item, from the torch selector."""
    import numpy as np
    import torch

    if not example.candidates:
        return np.ones(1, dtype=np.float32)
    with torch.inference_mode():
        return torch.softmax(selector(example), 0).numpy()


def accuracy(rows: list[tuple[Labelled, Any]], shorten_at: Optional[float], use_selector: bool = True) -> float:
    """Item accuracy (the scorer's test) over (example, probabilities) rows; without the selector, the rules'."""
    right = 0
    for labelled, probs in rows:
        item = choose(labelled.example, probs, shorten_at) if use_selector else labelled.example.rule_item
        right += same_item(item, labelled.gold_item)
    return round(right / len(rows), 3) if rows else 0.0


def leave_one_publisher_out(examples: list[Labelled], folds: list[list[str]], args: argparse.Namespace
                            ) -> tuple[Optional[float], dict[str, Any]]:
    """Pooled and per-publisher-mean item accuracy on dev, each publisher's examples scored by a selector trained on
    the others: the rules alone, then the selector at each `--shorten-at` threshold; the best threshold (pooled;
    `None`, only filling gaps, where shortening never helps) and the figures."""
    held: list[list[tuple[Labelled, Any]]] = []
    for fold in folds:
        selector = fit([e for e in examples if e.doc_id not in fold], args)
        held.append([(e, probabilities(selector, e.example)) for e in examples if e.doc_id in fold])
    pooled = [row for rows in held for row in rows]
    settings: list[Optional[float]] = [None, *args.shorten_at]
    figures: dict[str, Any] = {"examples": len(pooled), "rules": accuracy(pooled, None, use_selector=False),
                               "mean rules": round(sum(accuracy(r, None, False) for r in held) / len(held), 3)}
    for setting in settings:
        name = "fill gaps" if setting is None else f"fill gaps, shorten at {setting}"
        figures[name] = accuracy(pooled, setting)
        figures[f"mean {name}"] = round(sum(accuracy(rows, setting) for rows in held) / len(held), 3)
    best = max(settings, key=lambda s: (accuracy(pooled, s), s is None, s or 0.0))  # ties: the cautious one
    return best, figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tagger", default=str(REPO / "models" / "entity-tagger"))
    parser.add_argument("--out", default=str(REPO / "models" / "item-head"))
    parser.add_argument("--seeds", default=str(REPO / "seeds"))
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--weight-decay", type=float, default=0.01)
    parser.add_argument("--width", type=int, default=64)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--shorten-at", type=float, nargs="*", default=[0.5, 0.7, 0.9],
                        help="thresholds at which the selector may shorten the rules' item, tried on dev")
    parser.add_argument("--no-save", action="store_true", help="only cross-validate")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    import torch
    from safetensors.torch import save_file

    torch.set_num_threads(args.threads)
    started = time.time()
    seeds = Path(args.seeds)
    dev_ids = sorted(load_splits(seeds)["dev"])
    gold = load_gold(seeds)
    prepared = prepare([seeds / f"{doc_id}.txt" for doc_id in dev_ids], TransformerEntities(model_dir=Path(args.tagger)))
    examples = labelled_examples(prepared, gold)
    folds = [[item.doc_id for item in fold] for fold in group_folds(prepared, document_groups(seeds, "publisher"))]
    print(f"dev: {len(prepared)} documents, {len(examples)} paired quantities, "
          f"{sum(e.target is not None for e in examples)} with a candidate target", flush=True)
    shorten_at, figures = leave_one_publisher_out(examples, folds, args)
    meta: dict[str, Any] = {"shorten_at": shorten_at, "seed": args.seed, "epochs": args.epochs, "batch": args.batch,
                            "lr": args.lr, "weight_decay": args.weight_decay, "width": args.width,
                            "dropout": args.dropout, "tagger": Path(args.tagger).name,
                            "dev_cv": {"item accuracy, one fold per publisher": figures}}
    print(json.dumps(meta["dev_cv"], indent=2), flush=True)
    if args.no_save:
        return
    selector = fit(examples, args)
    meta["train_seconds"] = round(time.time() - started)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    save_file({k: v.contiguous() for k, v in selector.state_dict().items()}, str(out / "selector.safetensors"))
    (out / "items.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(meta, indent=2))


if __name__ == "__main__":
    main()
