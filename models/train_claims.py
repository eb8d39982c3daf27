"""Train the claim head over the entity tagger's encoder states: silver from the cue rules, then dev gold.

Candidates come from the lenient cue rules. Silver (the unlabelled CRS corpus): the strict rules' verdicts,
at weight `--silver-weight`. Gold (the hand-labelled `dev` split): a candidate is kept when it matches a gold
claim under the scorer's partial rule, with that claim's hedging and source kind. The `test` split
is never read. `--cv K` first scores K-fold leave-documents-out on dev against the strict rules. Then the learned
cue classifier (`models/train_cues.py`) is fitted beside the head, and saved only where leave-one-publisher-out
on dev finds a threshold at which it raises claims F1.
Usage: python -m models.train_claims [--tagger models/entity-tagger] [--out models/claim-head] [--cv 3]
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

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from eval.gold import document_groups, load_gold, load_splits, silver_paths  # noqa: E402
from eval.scorer import score  # noqa: E402
from extract.assemble import assemble  # noqa: E402
from extract.claims.candidates import ClaimCandidate, propose  # noqa: E402
from extract.claims.head import (DECIDES, EXTRA_FEATURES, SOURCE_KINDS, build_head, features_of, head_claims,  # noqa: E402
                                 match_gold, source_kind)
from extract.claims.learned import CueClassifier  # noqa: E402
from extract.claims.rules import strict_claims  # noqa: E402
from extract.ingest import read_document  # noqa: E402
from extract.records import Claim, DocumentRecord  # noqa: E402
from extract.segment import Segmented, segment_many  # noqa: E402
from extract.spans.rules import apply_span_rules  # noqa: E402
from extract.tagger import TransformerEntities  # noqa: E402
from models.train_cues import choose_threshold, fit_cues, token_targets  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "crs-unlabelled"


@dataclass
class Prepared:
    """One document made ready: its segmentation (with encoder states), record, candidates and features."""

    doc_id: str
    seg: Segmented
    record: DocumentRecord
    candidates: list[ClaimCandidate]
    features: Any
    states: Any  # [tokens, hidden] encoder states, which the learned cue classifier reads


def prepare(paths: list[Path], entities: TransformerEntities) -> list[Prepared]:
    """Run the entity stage once over the documents and propose lenient candidates with their features."""
    docs = [read_document(p) for p in paths]
    segs = segment_many([d.text for d in docs])
    prepared = []
    for doc, seg, found in zip(docs, segs, entities(segs)):
        record = assemble(doc, seg, apply_span_rules(seg.text, found.mentions))
        candidates = propose(seg, record, lenient=True)
        features = features_of(seg, found.encoder_states, candidates) if candidates else None
        prepared.append(Prepared(doc.doc_id, seg, record, candidates, features, found.encoder_states))
    return prepared


def targets(candidates: list[ClaimCandidate], gold: Optional[list[Claim]]) -> list[tuple[float, int, int]]:
    """(keep, hedged, source kind) per candidate; -1 leaves those two untrained on a candidate kept by nobody.
    Without gold, the strict rules' verdicts (silver)."""
    out = []
    matches = match_gold(candidates, gold) if gold is not None else [c.claim if c.strict else None for c in candidates]
    for match in matches:
        if match is None:
            out.append((0.0, -1, -1))
        else:
            out.append((1.0, int(match.hedged), SOURCE_KINDS.index(source_kind(match.source))))
    return out


def fit(silver: list[Prepared], gold: list[Prepared], gold_claims: dict[str, DocumentRecord],
        args: argparse.Namespace) -> Any:
    """Train a fresh head on silver (weighted) plus gold candidates; full-batch AdamW, seeded."""
    import torch
    from torch.nn import functional as F

    torch.manual_seed(args.seed)
    rows, labels, weights = [], [], []
    for group, weight in ((silver, args.silver_weight), (gold, 1.0)):
        for item in group:
            if item.features is None:
                continue
            reference = gold_claims[item.doc_id].claims if group is gold else None
            rows.append(item.features)
            labels += targets(item.candidates, reference)
            weights += [weight] * len(item.candidates)
    x = torch.from_numpy(np.concatenate(rows))
    y = torch.tensor(labels, dtype=torch.float32)
    w = torch.tensor(weights)
    head = build_head((x.shape[1] - EXTRA_FEATURES) // 3, args.width, prior=args.prior)
    optimizer = torch.optim.AdamW(head.parameters(), lr=args.lr, weight_decay=args.weight_decay)
    head.train()
    for _ in range(args.epochs):
        logits = head(x)
        keep = F.binary_cross_entropy_with_logits(logits[:, 0], y[:, 0], weight=w)
        loss = keep
        hedged, source = y[:, 1], y[:, 2].long()
        mask = source >= 0
        if mask.any():
            loss = loss + F.binary_cross_entropy_with_logits(logits[mask, 1], hedged[mask], weight=w[mask])
            loss = loss + (F.cross_entropy(logits[mask, 2:5], source[mask], reduction="none") * w[mask]).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    head.eval()
    return head


def predict(head: Any, items: list[Prepared], threshold: float, decides: str = "all",
            cues: Optional[CueClassifier] = None) -> dict[str, DocumentRecord]:
    """Records with the head's claims (and the learned cues', given `cues`), as the ClaimHead stage writes them."""
    import copy

    import torch

    out = {}
    for item in items:
        record = copy.deepcopy(item.record)
        logits = None
        if item.features is not None:
            with torch.inference_mode():
                logits = head(torch.from_numpy(item.features)).numpy()
        record.claims = head_claims(logits, copy.deepcopy(item.candidates), threshold, record, item.seg, decides,
                                    (item.states, cues))
        out[item.doc_id] = record
    return out


def rules_records(items: list[Prepared]) -> dict[str, DocumentRecord]:
    """Records with the strict rules' claims, the baseline the head must beat."""
    import copy

    out = {}
    for item in items:
        record = copy.deepcopy(item.record)
        record.claims = strict_claims(copy.deepcopy(item.candidates), record, item.seg.text)
        out[item.doc_id] = record
    return out


CLAIM_FIGURES = ("claims.partial.f1", "claims.partial.p", "claims.partial.r", "claims.strict.f1",
                 "claims.partial.recommendation.f1", "claims.source_acc", "claims.stance_acc", "claims.hedged_acc")


def group_folds(items: list[Prepared], groups: dict[str, str]) -> list[list[Prepared]]:
    """One fold per group (`groups`: doc_id -> publisher or genre), in the groups' sorted order."""
    names = sorted({groups[item.doc_id] for item in items})
    return [[item for item in items if groups[item.doc_id] == name] for name in names]


def cross_validate(silver: list[Prepared], gold: list[Prepared], gold_claims: dict[str, DocumentRecord],
                   args: argparse.Namespace, groups: Optional[dict[str, str]] = None) -> dict[str, dict[str, float]]:
    """Cross-validation on dev: K folds of documents, or with `groups` (doc_id -> publisher) one fold per
    publisher, left out whole. The head (trained without the fold) deciding all or only which candidates to
    keep, against the strict rules; with groups, also each figure's mean over the publishers (`mean ...`)."""
    if groups:
        folds = group_folds(gold, groups)
    else:
        folds = [gold[k :: args.cv] for k in range(args.cv)]
    predictions: dict[str, dict[str, DocumentRecord]] = {"head": {}, "head_keep_only": {}}
    for k, held in enumerate(folds):
        train_gold = [g for j, fold in enumerate(folds) if j != k for g in fold]
        head = fit(silver, train_gold, gold_claims, args)
        predictions["head"].update(predict(head, held, args.threshold, "all"))
        predictions["head_keep_only"].update(predict(head, held, args.threshold, "keep"))
    predictions["rules"] = rules_records(gold)
    reference = {g.doc_id: gold_claims[g.doc_id] for g in gold}
    figures = {}
    for name, predicted in predictions.items():
        metrics = score(reference, predicted).metrics
        figures[name] = {key: round(metrics[key], 3) for key in CLAIM_FIGURES if key in metrics}
        if groups:
            per_fold = [score({g.doc_id: gold_claims[g.doc_id] for g in fold}, predicted).metrics for fold in folds]
            for key in CLAIM_FIGURES:
                values = [m[key] for m in per_fold if key in m]
                if values:
                    figures[name][f"mean {key}"] = round(sum(values) / len(values), 3)
    return figures


def train_cues(head: Any, gold: list[Prepared], gold_claims: dict[str, DocumentRecord], seeds: Path,
               args: argparse.Namespace, meta: dict[str, Any]) -> Optional[CueClassifier]:
    """The learned cue classifier over all dev gold, with the threshold leave-one-publisher-out chose (the final
    head deciding the rest), or None where no threshold raised claims F1; the figures go into `meta`."""
    folds = group_folds(gold, document_groups(seeds, "publisher"))
    targets = {g.doc_id: token_targets(g.seg, gold_claims[g.doc_id]) for g in gold}

    def records_with(items: list[Prepared], cues: Optional[CueClassifier]) -> dict[str, DocumentRecord]:
        return predict(head, items, args.threshold, meta["decides"], cues)

    threshold, figures = choose_threshold(folds, lambda g: g.states, lambda g: targets[g.doc_id], records_with,
                                          {g.doc_id: gold_claims[g.doc_id] for g in gold}, args.seed)
    meta["cue_threshold"] = threshold
    meta["cue_cv"] = {"claims.partial.f1 by threshold, one fold per publisher": figures}
    print(json.dumps(meta["cue_cv"]), flush=True)
    if threshold > 1:
        return None
    weight, bias = fit_cues([g.states for g in gold], [targets[g.doc_id] for g in gold], args.seed)
    return CueClassifier(weight, bias, threshold)


def choose_decides(dev_cv: dict[str, dict[str, float]]) -> str:
    """`all` when the head's own hedging and source kinds beat the rules' on dev CV (source plus hedged accuracy),
    else `keep`: the head then only chooses which candidates are claims."""
    def attributes(name: str) -> float:
        return dev_cv[name]["claims.source_acc"] + dev_cv[name]["claims.hedged_acc"]
    return "all" if attributes("head") > attributes("head_keep_only") else "keep"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tagger", default=str(REPO / "models" / "entity-tagger"))
    parser.add_argument("--out", default=str(REPO / "models" / "claim-head"))
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--seeds", default=str(REPO / "seeds"))
    parser.add_argument("--max-silver-docs", type=int, default=30)
    parser.add_argument("--max-gold-docs", type=int, default=0, help="use only the first N dev documents (0: all)")
    parser.add_argument("--silver-weight", type=float, default=0.2)
    parser.add_argument("--epochs", type=int, default=600)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--weight-decay", type=float, default=0.05)
    parser.add_argument("--width", type=int, default=64)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--prior", type=float, default=3.0, help="strength of the rules' verdicts as prior logits")
    parser.add_argument("--cv", type=int, default=0, help="score K-fold leave-documents-out on dev first")
    parser.add_argument("--cv-by", choices=("publisher", "genre"),
                        help="cross-validate leaving one publisher (or genre) of dev out at a time, from seeds/sources.csv")
    parser.add_argument("--decides", choices=("auto", *DECIDES), default="auto",
                        help="what the head decides; auto: by dev CV (keep only unless deciding all scores higher on "
                             "source plus hedged accuracy), all without --cv")
    parser.add_argument("--no-save", action="store_true", help="only cross-validate")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    import torch
    from safetensors.numpy import save_file as save_numpy
    from safetensors.torch import save_file

    random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    started = time.time()
    entities = TransformerEntities(model_dir=Path(args.tagger))
    seeds = Path(args.seeds)
    dev_ids = sorted(load_splits(seeds)["dev"])[: args.max_gold_docs or None]
    gold_claims = {k: v for k, v in load_gold(seeds).items() if k in dev_ids}
    silver = prepare(silver_paths(Path(args.corpus), seeds, args.max_silver_docs), entities)
    gold = prepare([seeds / f"{doc_id}.txt" for doc_id in dev_ids], entities)
    print(f"silver: {len(silver)} documents, {sum(len(s.candidates) for s in silver)} candidates; "
          f"gold dev: {len(gold)} documents, {sum(len(g.candidates) for g in gold)} candidates", flush=True)
    meta: dict[str, Any] = {"hidden_size": 0, "width": args.width, "threshold": args.threshold, "prior": args.prior,
                            "seed": args.seed,
                            "epochs": args.epochs, "lr": args.lr, "weight_decay": args.weight_decay,
                            "silver_docs": len(silver), "silver_weight": args.silver_weight,
                            "tagger": Path(args.tagger).name}
    meta["decides"] = "all" if args.decides == "auto" else args.decides
    if args.cv or args.cv_by:
        groups = document_groups(seeds, args.cv_by) if args.cv_by else None
        meta["dev_cv"] = cross_validate(silver, gold, gold_claims, args, groups)
        meta["dev_cv_folds"] = f"one per {args.cv_by}" if args.cv_by else f"{args.cv} folds of documents"
        print(json.dumps(meta["dev_cv"], indent=2), flush=True)
        if args.decides == "auto":
            meta["decides"] = choose_decides(meta["dev_cv"])
    if args.no_save:
        return
    head = fit(silver, gold, gold_claims, args)
    meta["hidden_size"] = (head.correction[1].in_features - EXTRA_FEATURES) // 3
    cues = train_cues(head, gold, gold_claims, seeds, args, meta)
    meta["train_seconds"] = round(time.time() - started)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    save_file({k: v.contiguous() for k, v in head.state_dict().items()}, str(out / "head.safetensors"))
    (out / "cues.safetensors").unlink(missing_ok=True)
    if cues is not None:
        save_numpy({"weight": cues.weight, "bias": cues.bias}, str(out / "cues.safetensors"))
    (out / "claims.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(meta, indent=2))


if __name__ == "__main__":
    main()
