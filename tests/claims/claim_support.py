"""What the claim tests share: the strict rules' claims of a text whose actors are given by hand."""

from __future__ import annotations

from extract.claims.rules import ClaimRules
from extract.records import Actor, Claim, DocumentRecord
from extract.segment import segment


def claims_of(text: str, actors: list[tuple[str, str, str]]) -> list[Claim]:
    """The strict rules' claims of `text`, whose actors are (text, label, canonical), each found at its first
    occurrence."""
    record = DocumentRecord(doc_id="t", source="t", sha256="", published="2025-04-11", title=None)
    for number, (name, label, canonical) in enumerate(actors, start=1):
        start = text.index(name)
        record.actors.append(Actor(f"a{number}", start, start + len(name), name, label, canonical))
    record.actors.sort(key=lambda a: a.start)
    return ClaimRules()(segment(text), record)
