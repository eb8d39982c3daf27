"""The spaCy stage: lines, sentences and tokens, all with character offsets into the document text.

Lines are split first, so headlines and datelines are sentences of their own; each line then goes through
`spacy.blank("en")` with a sentencizer (the full small pipeline gave the same splits, about 30x slower).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any


@dataclass(frozen=True)
class Token:
    """One spaCy token: its offsets, its text and the casing shape the uncased encoder cannot see."""

    start: int
    end: int
    text: str
    shape: int
    space_after: bool


@dataclass
class Sentence:
    """A sentence of the document: offsets and the indices of its tokens in `Segmented.tokens`."""

    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


@dataclass
class Segmented:
    """The document text cut into sentences and tokens; every later stage reads this."""

    text: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.first_token : sentence.last_token]

    def sentence_of(self, offset: int) -> Sentence:
        """The sentence containing character `offset` (the last one starting at or before it)."""
        low, high = 0, len(self.sentences) - 1
        while low < high:
            mid = (low + high + 1) // 2
            if self.sentences[mid].start <= offset:
                low = mid
            else:
                high = mid - 1
        return self.sentences[low]


# Casing shapes fed to the tagger beside the uncased encoder (index 0 is padding).
SHAPES = ("pad", "lower", "title", "upper", "mixed", "digit", "has_digit", "punct", "other")


@lru_cache(maxsize=1 << 16)
def token_shape(text: str) -> int:
    """Index in SHAPES of a token's casing and character class (cached: a brief repeats most of its words)."""
    if text.isdigit():
        return SHAPES.index("digit")
    if any(c.isdigit() for c in text):
        return SHAPES.index("has_digit")
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return SHAPES.index("punct") if all(not c.isalnum() for c in text) else SHAPES.index("other")
    if all(c.islower() for c in letters):
        return SHAPES.index("lower")
    if all(c.isupper() for c in letters):
        return SHAPES.index("upper")
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return SHAPES.index("title")
    return SHAPES.index("mixed")


def import_spacy() -> Any:
    """spaCy, imported without letting its thinc layer import torch, which costs over a second of start-up and
    is never used to tokenize; where torch or thinc is already loaded, the plain import."""
    if "torch" in sys.modules or "thinc" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError meanwhile
    try:
        import spacy
    finally:
        del sys.modules["torch"]
    return spacy


@lru_cache(maxsize=1)
def blank_pipeline() -> Any:
    """spaCy's English tokenizer with a rule-based sentencizer, built once per process. A closing bracket or
    quote before a dash splits off (`(HHS)—the`, `more"—and`), which spaCy's rules leave as one token."""
    spacy = import_spacy()
    nlp = spacy.blank("en")
    infixes = [*nlp.Defaults.infixes, r"[)\]\"”’](?=[—–])", r"(?<=[)\]\"”’])[—–]+"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.add_pipe("sentencizer")
    return nlp


def line_spans(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end) offsets, surrounding whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped[0])
            spans.append((start, start + len(stripped)))
        position += len(line) + 1
    return spans


def segment(text: str) -> Segmented:
    """Split a document into sentences and tokens (lines first, then spaCy's sentencizer)."""
    return segment_many([text])[0]


def segment_many(texts: list[str], batch_size: int = 256) -> list[Segmented]:
    """Segment several documents, streaming all their lines through one spaCy pipe call."""
    nlp = blank_pipeline()
    results = [Segmented(text=t) for t in texts]
    lines = [(i, s, e) for i, t in enumerate(texts) for s, e in line_spans(t)]
    docs = nlp.pipe((texts[i][s:e] for i, s, e in lines), batch_size=batch_size)
    for (index, line_start, _), doc in zip(lines, docs):
        out = results[index]
        for sent in doc.sents:
            first = len(out.tokens)
            for tok in sent:
                if tok.is_space:
                    continue
                start = line_start + tok.idx
                out.tokens.append(Token(start, start + len(tok.text), tok.text, token_shape(tok.text),
                                        bool(tok.whitespace_)))
            if len(out.tokens) > first:
                out.sentences.append(Sentence(out.tokens[first].start, out.tokens[-1].end, first, len(out.tokens)))
    return results
