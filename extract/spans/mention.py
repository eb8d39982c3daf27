"""The mention a back end proposes, and its trimming to SCHEMA.md's span edges (`the`, a possessive, punctuation)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from extract.rules.actors import STOP_AT_NAME_END

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
ENTITY_LABELS = ACTOR_LABELS + ("QUANTITY", "DATE")
# A full stop that ends an actor's name rather than the sentence: an initial (`Donald J.`), an abbreviation
# (`U.S.`), a legal form or suffix whose stop is part of the name (`Inc.`, `Jr.`; extract/rules/).
_STOP_KEPT = re.compile(rf"\b[A-Z]\.$|[A-Z]\.[A-Z]\.$|\b(?:{STOP_AT_NAME_END})$")


@dataclass
class Mention:
    """A labelled span proposed by an entity back end, before normalisation."""

    start: int
    end: int
    label: str
    score: float = 1.0


@dataclass
class EntityOutput:
    """What an entity back end gives for one document: raw mentions and, from an encoder, each token's state
    ([tokens, hidden] float32) for the claim stage; None from a back end without one."""

    mentions: list[Mention]
    encoder_states: Any = None


def trim(text: str, mention: Mention) -> Mention:
    """Trim leading `the` and surrounding punctuation, and a possessive at either end, keeping offsets in step."""
    start, end = mention.start, mention.end
    while start < end and not text[start].isalnum() and text[start] not in "$€£¥₽":
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".%)":
        end -= 1
    if mention.label in ACTOR_LABELS:
        if start > 0 and text[start - 1] in "’'" and text[start : start + 2] == "s ":
            start += 2  # a possessive the tagger put at the head of the next name (`California` + `'s Department`)
        lead = re.match(r"(?:the|The|THE)\s+", text[start:end])
        if lead and end - start > lead.end():
            start += lead.end()
        tail = re.search(r"[’']s?$", text[start:end])
        if tail and end - start > len(tail.group()):
            end -= len(tail.group())
        if text[start:end].endswith(".") and not _STOP_KEPT.search(text[start:end]):
            end -= 1
    else:
        glued = re.search(r"(?<=\d)\.[A-Z][a-z]+$", text[start:end])  # `2025.The`: a lost space before a sentence
        end -= len(glued.group()) if glued else int(text[start:end].endswith("."))
    if mention.label == "DATE":
        lead = re.match(r"(?:from|between|since|by|until|before)\s+", text[start:end], re.IGNORECASE)
        start += lead.end() if lead and end - start > lead.end() else 0
    if text[start:end].count("[") > text[start:end].count("]") and text[end : end + 1] == "]":
        end += 1  # an editor's bracket closed just after the span (`March [2027]`)
    return Mention(start, end, mention.label, mention.score)


def inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """True when the mention lies within one of the spans."""
    return any(start <= m.start and m.end <= end for start, end in spans)
