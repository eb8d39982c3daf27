"""The claims ceiling of a perfect cue tagger: each gold claim's cue words given as the learned cue classifier's
output, the content, source and hedging then found as the pipeline finds them (`extract/claims/learned.py`).
Where this scores far above the pipeline, finding cues is what limits claims, not the spans they govern.
Usage: python -m eval.cue_oracle [--split test] [--tagger models/entity-tagger]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from eval.gold import load_gold, load_splits  # noqa: E402
from eval.scorer import score  # noqa: E402
from extract.claims.learned import CUE_CLASSES, learned_claims  # noqa: E402
from extract.claims.rules import finalise_claims  # noqa: E402
from extract.tagger import TransformerEntities  # noqa: E402
from models.train_claims import REPO, prepare  # noqa: E402
from models.train_cues import token_targets  # noqa: E402

FIGURES = ("claims.partial.f1", "claims.partial.p", "claims.partial.r", "claims.partial.recommendation.f1",
           "claims.source_acc", "claims.hedged_acc")


@dataclass
class GoldCues:
    """A cue classifier that knows the answer: probability 1 for each token's gold cue class."""

    targets: Any  # [tokens] class indices, `models.train_cues.token_targets`
    threshold: float = 0.5

    def probabilities(self, states: Any) -> Any:
        """[tokens, classes] one-hot rows of the gold classes; the encoder states are not read."""
        import numpy as np

        return np.eye(len(CUE_CLASSES), dtype=np.float32)[self.targets]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="test", choices=("dev", "test"))
    parser.add_argument("--seeds", default=str(REPO / "seeds"))
    parser.add_argument("--tagger", default=str(REPO / "models" / "entity-tagger"))
    args = parser.parse_args()
    seeds = Path(args.seeds)
    ids = sorted(load_splits(seeds)[args.split])
    gold = load_gold(seeds)
    items = prepare([seeds / f"{doc_id}.txt" for doc_id in ids], TransformerEntities(model_dir=Path(args.tagger)))
    predicted = {}
    for item in items:
        record = copy.deepcopy(item.record)
        cues = GoldCues(token_targets(item.seg, gold[item.doc_id]))
        record.claims = finalise_claims(learned_claims(item.seg, record, None, cues, []), record, item.seg.text)
        predicted[item.doc_id] = record
    metrics = score({doc_id: gold[doc_id] for doc_id in ids}, predicted).metrics
    print(json.dumps({key: round(metrics[key], 3) for key in FIGURES if key in metrics}, indent=2))


if __name__ == "__main__":
    main()
