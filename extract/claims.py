"""Claims, denials and recommendations: the cue rules' candidates (`extract/claim_cues.py`) as claims with
their sources (`extract/claim_sources.py`), block quotes a cue introduces on its own line, and the mentions
inside each claim.

The content is the clause the cue governs, the source the cue's subject, AUTHOR for the brief's own modal
judgements, or UNKNOWN. Lenient candidates are marked not `strict`: the claim head (extract/claim_model.py)
decides which of all to keep.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Optional

from extract.claim_cues import (BULLET_RE, HEDGE_RE, INFERENCE_SUBJECT_RE, INFERENCE_VERBS, LEGAL_RE, Cue, dangling_lead,
                               find_cues, strip_content)
from extract.claim_sources import claim_source, coordinated_partner, following_source
from extract.records import Claim, DocumentRecord, Span, named_source
from extract.segment import Segmented


@dataclass
class _BlockQuote:
    """A cue ending its line (DANGLING_RE) and the block it introduces: the next non-empty line, or the run of
    bullet lines that starts there; `hedged` when the lead line hedges (`Reportedly, ... stated the following:`)."""

    cue: Cue
    lead_start: int
    reached: int
    hedged: bool
    started: bool = False
    bulleted: bool = False


@dataclass
class ClaimCandidate:
    """A claim the cue rules propose, its cue kind, and whether the strict rules alone would keep it."""

    claim: Claim
    cue_kind: str  # claim, denial, recommendation, author (a hedged judgement) or reported
    strict: bool
    sentence_start: int
    actor_source: str  # the named actor the cue points to, or UNKNOWN: used when the head says a named actor
    partner: bool = False  # the copy for the first member of a coordinated source (`Uber and Lyft argued`)


class ClaimRules:
    """Claim stage: cue rules per sentence; sources from the record's actors."""

    def __call__(self, seg: Segmented, record: DocumentRecord, encoder_states: Any = None) -> list[Claim]:
        """The strict rules' claims (they read no encoder states)."""
        return strict_claims(self.propose(seg, record), record)

    def propose(self, seg: Segmented, record: DocumentRecord, lenient: bool = False) -> list[ClaimCandidate]:
        """Every candidate in text order, one per distinct span (two where a coordinated pair speaks); strict ones
        first where two share a span."""
        text = seg.text
        candidates: list[ClaimCandidate] = []
        block: Optional[_BlockQuote] = None
        previous = "UNKNOWN"  # the named source of the last sentence with one: what `it`/`he` most likely refers to
        # Who made the allegations of this paragraph (`The DOJ alleged that ...`), and the paragraph: a later
        # `allegedly` there is theirs.
        alleger = ("UNKNOWN", -1)
        for sentence in seg.sentences:
            if block is not None:
                gap = text[block.reached : sentence.start]
                bullet = BULLET_RE.match(text, text.rfind("\n", 0, sentence.start) + 1) is not None
                if not gap.strip() and (not block.started or "\n" not in gap or block.bulleted and bullet):
                    block.bulleted = bullet if not block.started else block.bulleted
                    block.reached, block.started = sentence.end, True
                    if LEGAL_RE.search(text, sentence.start, sentence.end):
                        continue  # a statute's words quoted are what the law requires, not a claim
                    content = strip_content(text, sentence.start, sentence.end)
                    candidate = self._candidate(text, record, block.lead_start,
                                                Cue(block.cue.kind, block.cue.start, block.cue.end, *content))
                    candidate.claim.hedged = candidate.claim.hedged or block.hedged
                    candidates.append(candidate)
                    continue
                block = None
            cues = find_cues(text, sentence.start, sentence.end, lenient)
            line_end = text.find("\n", sentence.end)
            lead = dangling_lead(text[sentence.start : sentence.end]) \
                if line_end == -1 or not text[sentence.end:line_end].strip() else None
            if lead and (lead.group("verb") or not any(c.strict for c in cues)):
                cue_word = lead.group("verb") or lead.group("phrase")
                cue_start = sentence.start + (lead.start("verb") if lead.group("verb") else lead.start("phrase"))
                kind = "reported" if cue_word.lower() == "reportedly" else "claim"
                # The lead line is no claim itself: drop the candidates whose content holds its cue.
                cues = [c for c in cues if not c.content_start <= cue_start < c.content_end]
                block = _BlockQuote(Cue(kind, cue_start, cue_start + len(cue_word), 0, 0), sentence.start,
                                    sentence.end, HEDGE_RE.search(text, sentence.start, sentence.end) is not None)
            found = [self._candidate(text, record, sentence.start, cue, previous) for cue in cues]
            paragraph = text.rfind("\n", 0, sentence.start)
            alleger = _attribute_allegations(found, alleger if alleger[1] == paragraph else ("UNKNOWN", paragraph))
            candidates.extend(found)
            candidates.extend(self._partners(text, record, sentence.start, found))
            named = [c.claim.source for c in found if c.strict and named_source(c.claim.source)]
            previous = named[-1] if named else previous
        candidates.sort(key=lambda c: (c.claim.start, c.claim.end, not c.strict, c.partner))
        unique: list[ClaimCandidate] = []
        for candidate in candidates:
            if unique and (unique[-1].claim.start, unique[-1].claim.end) == (candidate.claim.start, candidate.claim.end) \
                    and not candidate.partner:
                continue
            unique.append(candidate)
        return unique

    @staticmethod
    def _partners(text: str, record: DocumentRecord, sentence_start: int,
                  found: list[ClaimCandidate]) -> list[ClaimCandidate]:
        """A copy of each candidate whose named source is the second of two coordinated actors, for the first."""
        partners = []
        for candidate in found:
            claim = candidate.claim
            partner = coordinated_partner(text, record, sentence_start, claim.cue.start, claim.source) \
                if claim.cue is not None and named_source(claim.source) else None
            if partner is not None:
                copy = dataclasses.replace(claim, source=partner, cue=dataclasses.replace(claim.cue))
                partners.append(dataclasses.replace(candidate, claim=copy, actor_source=partner, partner=True))
        return partners

    def _candidate(self, text: str, record: DocumentRecord, sentence_start: int, cue: Cue,
                   previous: str = "UNKNOWN") -> ClaimCandidate:
        if cue.inverted:
            actor = following_source(text, record, cue.end, cue.subject_end or cue.end)
        else:
            actor = claim_source(text, record, cue.subject_start or sentence_start, cue.start, cue.end, previous)
        claim = self._claim(text, sentence_start, cue, actor)
        named = claim.source if named_source(claim.source) else \
            actor if cue.end > cue.start else "UNKNOWN"
        return ClaimCandidate(claim, cue.kind, cue.strict, sentence_start, named)

    def _claim(self, text: str, sentence_start: int, cue: Cue, actor: str) -> Claim:
        """The claim of one cue; `actor` is the source its cue points to (`claim_source`), used unless the cue
        makes the source the brief itself or nobody named."""
        kind = "claim" if cue.kind in ("author", "reported") else cue.kind
        content = text[cue.content_start : cue.content_end]
        cue_word = text[cue.start:cue.end].lower()
        if cue.kind == "author":
            source = "AUTHOR"
        elif cue.kind == "reported":
            source = "UNKNOWN"
        elif cue.kind == "recommendation" and (cue.own_voice or cue_word in ("should", "must", "ought to", "need to",
                                                                              "needs to")):
            source = "AUTHOR"
        elif actor == "UNKNOWN" and cue_word in INFERENCE_VERBS and \
                INFERENCE_SUBJECT_RE.search(text[sentence_start : cue.start]):
            source = "AUTHOR"
        else:
            source = actor
        window = text[max(sentence_start, cue.start - 30) : cue.end] + " " + content
        hedged = bool(HEDGE_RE.search(window)) or cue_word in ("estimate", "estimates", "expected", "anticipated") or \
            cue.kind == "author" and re.search(r"(?:unclear|not clear)$", text[max(0, cue.end - 9) : cue.end]) is not None
        return Claim(
            id="", start=cue.content_start, end=cue.content_end, text=content, kind=kind, source=source,
            cue=Span(cue.start, cue.end, text[cue.start:cue.end]) if cue.end > cue.start else None,
            stance={"claim": "asserts", "denial": "denies", "recommendation": "recommends"}[kind],
            hedged=hedged, score=0.5,
        )


def _attribute_allegations(found: list[ClaimCandidate], alleger: tuple[str, int]) -> tuple[str, int]:
    """Give an `allegedly` of the paragraph to who made its allegations (`alleger`: source and paragraph start), and
    return the alleger after this sentence's candidates (`The DOJ alleged that ...` makes the DOJ one)."""
    for candidate in found:
        cue_word = candidate.claim.cue.text.lower() if candidate.claim.cue else ""
        if cue_word == "allegedly" and alleger[0] != "UNKNOWN":
            candidate.claim.source = candidate.actor_source = alleger[0]
        elif re.match(r"alleg|complain", cue_word) and named_source(candidate.claim.source):
            alleger = (candidate.claim.source, alleger[1])
    return alleger


def finalise_claims(claims: list[Claim], record: DocumentRecord) -> list[Claim]:
    """Number claims c1.. and link each to the mentions inside it; `claims` come from `propose`'s candidates,
    so they are already in text order, one per span."""
    for number, claim in enumerate(claims, start=1):
        claim.id = f"c{number}"
        _link_mentions(claim, record)
    return claims


def strict_claims(candidates: list[ClaimCandidate], record: DocumentRecord) -> list[Claim]:
    """The record's claims as the strict rules alone decide them."""
    return finalise_claims([c.claim for c in candidates if c.strict], record)


def _link_mentions(claim: Claim, record: DocumentRecord) -> None:
    """Ids of the actors, quantities and dates inside the claim's content span (optional SCHEMA fields)."""
    for section in ("actors", "quantities", "dates"):
        inside = [m.id for m in getattr(record, section) if claim.start <= m.start and m.end <= claim.end]
        setattr(claim, section, inside or None)

