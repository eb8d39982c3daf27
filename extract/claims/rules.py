"""The claim stage of the cue rules alone (`ClaimRules`: the strict candidates), and what every claim stage ends
with: questions dropped, claims numbered c1.. and linked to the mentions inside them."""

from __future__ import annotations

import re
from typing import Any

from extract.claims.candidates import ClaimCandidate, propose
from extract.claims.cues import RECOMMEND_RE
from extract.claims.headed_quotes import with_continued_quotes, with_headed_quotes
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
    """The claims as transcript speakers, statement issuers, speaker headings and continued quotations make them
    (`speakers`, `headed_quotes`), questions and list leads left out, numbered c1.. and each linked to the mentions
    inside it; `claims` come from `propose`'s candidates, so they are already in text order, one per span."""
    claims = attribute_own_voice(text, record, [c for c in claims if not _ends_a_question(text, c) and
                                                not _introduces_a_list(text, c)])
    claims = with_continued_quotes(text, with_headed_quotes(text, record.actors, claims))
    for number, claim in enumerate(claims, start=1):
        claim.id = f"c{number}"
        _link_mentions(claim, record)
    return claims


# A question's opening: an interrogative word or an inverted auxiliary, after a vocative (`Secretary, ...`), whose
# subject is not the hearer (`could you pull the mike closer?` is a request).
_INTERROGATIVE_RE = re.compile(r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,\s+)?(?:Should|Do|Does|Did|Is|Are|Was|Were|"
                               r"What|How|Why|When|Where|Who|Which|Can|Could|Would|Will|Shall|Has|Have)\s+(?!you\b)")


def _ends_a_question(text: str, claim: Claim) -> bool:
    """True for a claim, denial or demand whose content ends a question (`Do you think Putin is rational?`, `is it
    pushing for more measures?`, `Should we send troops there?`): a question asserts and demands nothing (7 of 2,005
    gold claims end at a question mark, no reported demand); a request put as one (`could you pull the mike
    closer?`) or an imperative (`Give us a date?`) advises."""
    if re.match(r"[\s\"”’']*\?", text[claim.end - 1 : claim.end + 4]) is None:
        return False
    if claim.kind != "recommendation" or claim.cue is not None and RECOMMEND_RE.fullmatch(claim.cue.text):
        return True
    opening = max(text.rfind(mark, 0, claim.start) for mark in (". ", "? ", "! ", "\n")) + 1
    return _INTERROGATIVE_RE.match(text[opening : claim.end].lstrip()) is not None


# A modal ending a lead line before its list (`the United States should:`): what it advises is in the bullets.
_STRANDED_MODAL_RE = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to|ha(?:ve|s)\s+to)\s*$", re.IGNORECASE)


def _introduces_a_list(text: str, claim: Claim) -> bool:
    """True for a recommendation whose content ends in its modal before a colon (`To counter Beijing, the United
    States should:`): the lead of a list of advice, each bullet of which is a recommendation of its own."""
    return claim.kind == "recommendation" and _STRANDED_MODAL_RE.search(claim.text) is not None and \
        text[claim.end : claim.end + 2].lstrip()[:1] == ":"


def _link_mentions(claim: Claim, record: DocumentRecord) -> None:
    """Ids of the actors, quantities and dates inside the claim's content span (optional SCHEMA fields)."""
    for section in ("actors", "quantities", "dates"):
        inside = [m.id for m in getattr(record, section) if claim.start <= m.start and m.end <= claim.end]
        setattr(claim, section, inside or None)
