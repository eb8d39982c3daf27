"""The claim stage of the cue rules alone (`ClaimRules`: the strict candidates), and what every claim stage ends
with: questions dropped, claims numbered c1.. and linked to the mentions inside them."""

from __future__ import annotations

import re
from typing import Any

from extract.claims.candidates import ClaimCandidate, propose
from extract.claims.cues import RECOMMEND_RE
from extract.claims.speakers import attribute_own_voice
from extract.records import Claim, DocumentRecord
from extract.segment import Segmented


class ClaimRules:
    """Claim stage: cue rules per sentence; sources from the record's actors."""

    def __call__(self, seg: Segmented, record: DocumentRecord, encoder_states: Any = None) -> list[Claim]:
        """The strict rules' claims (they read no encoder states)."""
        return strict_claims(propose(seg, record), record, seg.text)


def strict_claims(candidates: list[ClaimCandidate], record: DocumentRecord, text: str) -> list[Claim]:
    """The record's claims as the strict rules alone decide them."""
    return finalise_claims([c.claim for c in candidates if c.strict], record, text)


def finalise_claims(claims: list[Claim], record: DocumentRecord, text: str) -> list[Claim]:
    """The claims as transcript speakers and statement issuers make them (`speakers`), numbered c1.. and each
    linked to the mentions inside it; `claims` come from `propose`'s candidates, so they are already in text
    order, one per span."""
    claims = attribute_own_voice(text, record, [c for c in claims if not _ends_a_question(text, c)])
    for number, claim in enumerate(claims, start=1):
        claim.id = f"c{number}"
        _link_mentions(claim, record)
    return claims


def _ends_a_question(text: str, claim: Claim) -> bool:
    """True for a claim, denial or reported demand whose content ends a question (`Do you think Putin is
    rational?`, `is it pushing for more measures?`): a question asserts and demands nothing (7 of 2,005 gold claims
    end at a question mark, no reported demand); a request put as one (`could you pull the mike closer?`) advises."""
    reported_demand = claim.kind == "recommendation" and claim.cue is not None and \
        RECOMMEND_RE.fullmatch(claim.cue.text) is not None
    return (claim.kind != "recommendation" or reported_demand) and \
        re.match(r"[\s\"”’']*\?", text[claim.end - 1 : claim.end + 4]) is not None


def _link_mentions(claim: Claim, record: DocumentRecord) -> None:
    """Ids of the actors, quantities and dates inside the claim's content span (optional SCHEMA fields)."""
    for section in ("actors", "quantities", "dates"):
        inside = [m.id for m in getattr(record, section) if claim.start <= m.start and m.end <= claim.end]
        setattr(claim, section, inside or None)
