"""Claim candidates of a document: each sentence's cues (`cues.find_cues`) as claims with their source, stance and
hedging, block quotes a cue ending its line introduces, and one copy per coordinated speaker; strict or lenient."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Optional

from extract.claims.clauses import (AUXILIARIES, CLAUSE_OPENERS, PREPOSITIONS, PRONOUN_OPENERS, VITAL, Cue,
                                    quote_opens_before, strip_content)
from extract.claims.cues import find_cues
from extract.claims.expectations import epistemic_should
from extract.claims.lexicon import alternation, words_for
from extract.claims.sources import claim_source, coordinated_partner, following_source
from extract.claims.evaluations import INFERENCE_SUBJECT_RE, INFERENCE_VERBS, POSSIBILITY_CUES
from extract.claims.voice import DEONTIC_MODALS, LEGAL_RE, opening_imperative
from extract.records import STANCE_OF, Claim, DocumentRecord, Span, named_source
from extract.segment import Segmented

# A hedge word near a claim's cue or in its content hedges it; `could` does unless `could not` (a limit, no hedge).
HEDGE_RE = re.compile(rf"\b(?:could(?!\s+not\b)|{alternation(words_for('hedge_words', 'use', 'hedged'))})\b",
                      re.IGNORECASE)
# A cue that ends its line and introduces a block quote on the next line (`According to Defense News`,
# `an Army spokesman stated the following:`, `the budget request notes that`, `Reportedly,`): each sentence of
# that next line (or of that run of bullet lines) is a claim. The last cue of the line is the one that introduces.
DANGLING_RE = re.compile(r"^.*\b(?:(?P<phrase>according to|reportedly)\b[^;:]{0,160}?[:,]?|"
                         rf"(?P<verb>{alternation(words_for('cue_verbs', 'uses', 'block'))})"
                         r"(?:\s+the\s+following)?(?:\s+that(?:\s+[\w’']+){0,3})?\s*[:,]?)\s*$",
                         re.IGNORECASE | re.DOTALL)
# Cue words that hedge the claim they report (`estimate`, `is expected to`), and the text's own `appear`/`seem`
# (`Near-term risks appear roughly balanced`).
HEDGED_CUES = set(words_for("cue_verbs", "hedged", "yes")) | {"appear", "appears", "appeared", "seem", "seems",
                                                             "seemed"}
# A court's or an auditor's finding states what the law or the evidence requires (`the court held that agencies must
# ...`), not a recommendation.
FINDING_VERBS = {"held", "holds", "holding", "ruled", "rules", "ruling", "found", "finds", "finding", "concluded",
                 "concludes", "determined", "determines", "decided", "decides", "reasoned"}
# A reported clause whose subject (up to eight words, no verb of its own in between) must, should or has to act,
# or which opens with a necessity frame (`it is vital to`, `now is the time to`).
REPORTED_MODAL_RE = re.compile(r"(?:[\w’'.,-]+\s+){1,8}?(?:also\s+|now\s+|still\s+|therefore\s+)?"
                               rf"(?P<cue>{alternation(DEONTIC_MODALS)})\b(?!\s+(?:have\s+been|not\s+have)\b)")
REPORTED_FRAME_RE = re.compile(rf"(?P<cue>(?:it\s+is|it's|it’s)\s+(?:\w+\s+)?{VITAL}|now\s+is\s+the\s+time\b)"
                               r"\s+(?:to|that|for)\b", re.IGNORECASE)
# The interjections and forms of address that may open a quotation (`"No, Sir, save it`): a content opening a
# quotation with an imperative after them is the speaker's demand (`"Stop the killing," X said`).
ADDRESS_RE = re.compile(r"(?:[A-Z][\w.’']*(?:\s+[A-Za-z.’']+)?,\s*)*")
# A wh-word just before a hedge: the hedge qualifies an embedded clause, not the claim (`we should not overplay our
# hand at the expense of what might otherwise be a breakthrough`, `draw on what is most likely to work`); not after
# an open question's frame, where the embedded clause is what is uncertain (`It is unclear how it might be done`).
_EMBEDDED_HEDGE_RE = re.compile(r"\b(?:what|whatever|which|whichever|who|whom|where|how)\s+(?:\S+\s+){0,2}$",
                                re.IGNORECASE)
_OPEN_QUESTION_RE = re.compile(r"\b(?:unclear|not clear|uncertain|unknown|to be seen)\b", re.IGNORECASE)
BULLET_RE = re.compile(r"\s*(?:[-\u2022*]|\d+[.)])\s")


@dataclass
class ClaimCandidate:
    """A claim the cue rules propose, its cue kind, and whether the strict rules alone would keep it."""

    claim: Claim
    cue_kind: str  # claim, denial, recommendation, author (a hedged judgement) or reported
    strict: bool
    sentence_start: int
    actor_source: str  # the named actor the cue points to, or UNKNOWN: used when the head says a named actor
    partner: bool = False  # the copy for the first member of a coordinated source (`Uber and Lyft argued`)


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


def propose(seg: Segmented, record: DocumentRecord, lenient: bool = False) -> list[ClaimCandidate]:
    """Every candidate in text order, one per distinct span (two where a coordinated pair speaks); strict ones
    first where two share a span."""
    text = seg.text
    candidates: list[ClaimCandidate] = []
    block: Optional[_BlockQuote] = None
    previous = "UNKNOWN"  # the named source of the last sentence with one: what `it`/`he` most likely refers to
    # Who made the allegations of this paragraph (`The DOJ alleged that ...`), and the paragraph: a later
    # `allegedly` there is theirs.
    alleger = ("UNKNOWN", -1)
    quote: Optional[ClaimCandidate] = None  # a reported claim whose quotation runs past its sentence
    # advice ending its line with a colon, or a heading of recommendations: its bullets are advice too
    advice_lead: Optional[_ListLead] = None
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
                candidate = cue_candidate(text, record, block.lead_start,
                                       Cue(block.cue.kind, block.cue.start, block.cue.end, *content))
                candidate.claim.hedged = candidate.claim.hedged or block.hedged
                candidates.append(candidate)
                continue
            block = None
        cues = find_cues(text, sentence.start, sentence.end, lenient)
        speaker: Optional[ClaimCandidate] = None  # whose quotation this sentence goes on with
        if quote is not None and _continues_quote(text, quote, sentence.start):
            # a quotation running on from the last sentence (`X said, "S1. S2."`): S2 is X's, its own judgement or
            # advice too, not the text's own voice
            speaker = quote
            if not cues:
                content = strip_content(text, sentence.start, sentence.end)
                cues = [dataclasses.replace(_quote_cue(quote), content_start=content[0], content_end=content[1])]
            running = not any(q in text[sentence.start : sentence.end] for q in _CLOSING_QUOTES)
            quote = quote if running else None
        else:
            quote = None
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
        found = [cue_candidate(text, record, sentence.start, cue, previous) for cue in cues]
        line_start = text.rfind("\n", 0, sentence.start) + 1
        if advice_lead is not None and not advice_lead.advises:
            found = [c for c in found if not _opens_the_bullet(text, line_start, c)]
        listed = _listed_advice_item(text, record, sentence.start, sentence.end, line_start, advice_lead, found)
        found += [listed] if listed is not None else []
        advice_lead = _advice_lead(text, sentence.end, line_start, found, advice_lead)
        for candidate in found if speaker is not None else []:
            candidate.claim.source, candidate.actor_source = speaker.claim.source, speaker.actor_source
        paragraph = text.rfind("\n", 0, sentence.start)
        alleger = _attribute_allegations(found, alleger if alleger[1] == paragraph else ("UNKNOWN", paragraph))
        candidates.extend(found)
        candidates.extend(_partners(text, record, sentence.start, found))
        named = [c.claim.source for c in found if c.strict and named_source(c.claim.source)]
        previous = named[-1] if named else previous
        quote = next((c for c in reversed(found) if c.strict and c.cue_kind in ("claim", "denial") and
                      _open_quote(text, c.claim.start, sentence.end)), quote if speaker is not None else None)
    candidates.sort(key=lambda c: (c.claim.start, c.claim.end, not c.strict, c.partner))
    unique: list[ClaimCandidate] = []
    for candidate in candidates:
        if unique and (unique[-1].claim.start, unique[-1].claim.end) == (candidate.claim.start, candidate.claim.end) \
                and not candidate.partner:
            continue
        unique.append(candidate)
    return unique


_OPENING_QUOTES = "\u201c\""
_CLOSING_QUOTES = "\u201d\""


def _open_quote(text: str, content_start: int, sentence_end: int) -> bool:
    """Whether a quotation opened right before a claim's content is still open at its sentence's end (`X said,
    "S1. S2."`: open after S1)."""
    opening = text[max(0, content_start - 3) : content_start]
    if not any(q in opening for q in _OPENING_QUOTES):
        return False
    inside = text[content_start:sentence_end]
    return "\n" not in inside and not any(q in inside for q in _CLOSING_QUOTES)


def _continues_quote(text: str, quote: ClaimCandidate, sentence_start: int) -> bool:
    """Whether the sentence at `sentence_start` goes on in the same paragraph as `quote`'s quotation."""
    gap = text[quote.claim.end : sentence_start]
    return "\n" not in gap and not any(q in gap for q in _OPENING_QUOTES)


def _quote_cue(quote: ClaimCandidate) -> Cue:
    """The cue of a quoted claim, to give the sentences its quotation runs on to."""
    cue = quote.claim.cue
    return Cue(quote.cue_kind, cue.start, cue.end, 0, 0) if cue is not None else Cue(quote.cue_kind, 0, 0, 0, 0)


def dangling_lead(sentence: str) -> re.Match[str] | None:
    """DANGLING_RE's match, unless its verb is a noun: capitalised (`Notes:`, `Related CRS Reports:`) or after a
    preposition or determiner (`two grant programs for states:`)."""
    lead = DANGLING_RE.search(sentence)
    if lead is None or lead.group("verb") is None:
        return lead
    before = sentence[: lead.start("verb")].split()
    noun = lead.group("verb")[0].isupper() or not before or \
        before[-1].lower() in PREPOSITIONS | (CLAUSE_OPENERS - PRONOUN_OPENERS)
    return None if noun else lead


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


def cue_candidate(text: str, record: DocumentRecord, sentence_start: int, cue: Cue,
                  previous: str = "UNKNOWN") -> ClaimCandidate:
    """The candidate one cue gives: its source (the actor the cue points to, else `previous`), kind and hedging."""
    if cue.inverted:
        actor = following_source(text, record, cue.end, cue.subject_end or cue.end)
    else:
        actor = claim_source(text, record, cue.subject_start or sentence_start, cue.start, cue.end, previous,
                             sentence_start)
    claim = _claim(text, sentence_start, cue, actor)
    named = claim.source if named_source(claim.source) else \
        actor if cue.end > cue.start and named_source(actor) else "UNKNOWN"
    return ClaimCandidate(claim, cue.kind, cue.strict, sentence_start, named)


# The first word of a bullet that goes on advice (`... should establish a task force to:` then `- Work with
# agencies ...`): a capitalised word that is no determiner, pronoun or number.
_LISTED_VERB_RE = re.compile(BULLET_RE.pattern + r"\s*(?P<verb>(?!(?:The|A|An|This|These|Those|Its|Their|Our|It|They|"
                             r"We|In|On|For|By|To|Of)\b)[A-Z][a-z]+)\s+(?P<next>[\w’'-]+)")


@dataclass
class _ListLead:
    """What introduces a list of advice, for its bullets: who advises and whether hedged."""

    source: str
    hedged: bool
    actor_source: str
    advises: bool = True  # False for a lead that is no advice (`agencies will use their authorities to:`)


# A heading that introduces the text's own advice (`Recommendations`, `Policy Recommendations for Congress`, `Key
# recommendations:`): its numbered or bulleted items are the text's recommendations.
_ADVICE_HEADING_RE = re.compile(r"[ \t]*(?:[\w.-]+[ \t]+){0,3}?Recommendations?(?:[ \t]+(?:for|to)[ \t]+[^\n.]{1,60})?"
                                r"[ \t]*:?[ \t]*(?:\n|$)", re.IGNORECASE)


def _advice_lead(text: str, sentence_end: int, line_start: int, found: list[ClaimCandidate],
                 lead: Optional[_ListLead]) -> Optional[_ListLead]:
    """The advice whose bullets follow: a recommendation in a sentence ending its line with a colon, or a heading of
    recommendations (the text's own); kept over the bullets of its list and the blank lines between, dropped at the
    first line that is neither."""
    line_end = text.find("\n", sentence_end)
    rest = text[sentence_end : line_end if line_end >= 0 else len(text)]
    if text[:sentence_end].rstrip().endswith(":") and not rest.strip():
        advice = next((c for c in reversed(found) if c.cue_kind == "recommendation"), None)
        if advice is not None:
            return _ListLead(advice.claim.source, advice.claim.hedged, advice.actor_source)
        # `agencies will leverage their authorities to:` then `- Lease federal sites ...`: the bullets finish what
        # the lead says will be done, they advise nothing
        infinitive = re.search(r"\bto\s*:\s*$", text[:sentence_end]) is not None
        return _ListLead("UNKNOWN", False, "UNKNOWN", advises=False) if infinitive else None
    if _ADVICE_HEADING_RE.match(text, line_start) and not found:
        return _ListLead("AUTHOR", False, "UNKNOWN")
    return lead if BULLET_RE.match(text, line_start) else None


def _opens_the_bullet(text: str, line_start: int, candidate: ClaimCandidate) -> bool:
    """Whether the candidate is the recommendation an imperative opening the bullet line at `line_start` makes."""
    item = _LISTED_VERB_RE.match(text, line_start)
    cue = candidate.claim.cue
    return item is not None and candidate.cue_kind == "recommendation" and cue is not None and \
        cue.start == item.start("verb")


def _listed_advice_item(text: str, record: DocumentRecord, start: int, end: int, line_start: int,
                        lead: Optional[_ListLead], found: list[ClaimCandidate]) -> Optional[ClaimCandidate]:
    """A bullet of a list of advice its lead line introduced, as the lead's recommendation (its source and hedging),
    cue its first word (the verb the lead's `to:` leaves open); None where the sentence is no such bullet or holds
    advice of its own."""
    item = _LISTED_VERB_RE.match(text, line_start)
    if lead is None or not lead.advises or item is None or not line_start <= start <= item.start("verb") < end or \
            any(c.cue_kind == "recommendation" for c in found) or item.group("next").lower() in AUXILIARIES:
        return None
    cue = Cue("recommendation", item.start("verb"), item.end("verb"), *strip_content(text, item.start("verb"), end))
    candidate = cue_candidate(text, record, start, cue)
    candidate.claim.source, candidate.claim.hedged = lead.source, lead.hedged
    candidate.actor_source = lead.actor_source
    return candidate


def reported_advice(text: str, cue: Cue) -> Optional[Cue]:
    """The obligation modal or necessity frame that makes a reported clause someone's recommendation (`Rother says
    that price indexing has to be linked`, `NIH has stated it is "vital to ensure ..."`, SCHEMA.md: someone else's
    demand with stated content is their recommendation): right after the clause's subject, or opening it; or the
    imperative verb opening a quotation (`"No, Sir, save it"`), where the content then starts. The cue, recast."""
    if cue.kind != "claim" or text[cue.start : cue.end].lower() in FINDING_VERBS:
        return None
    content = text[cue.content_start : cue.content_end]
    advice = REPORTED_MODAL_RE.match(content) or REPORTED_FRAME_RE.match(content)
    content_start = cue.content_start
    if advice is None and quote_opens_before(text, cue.content_start):
        content_start += ADDRESS_RE.match(content).end()
        opening = text[content_start : cue.content_end]
        advice = opening_imperative(opening[:1].upper() + opening[1:])
        if advice is None or advice.start("cue") > 0:
            return None
    if advice is None:
        return None
    at = content_start + advice.start("cue")
    return dataclasses.replace(cue, kind="recommendation", start=at, end=content_start + advice.end("cue"),
                               content_start=content_start,
                               subject_start=cue.subject_start if cue.subject_start is not None else cue.start)


# A copula as the cue (`The risk is that ...`, `One reason for optimism is that ...`) frames its clause with a noun
# nobody is named for: the text's own judgement (not `The question is whether ...`, which asks).
_COPULAS = {"is", "was", "are", "were"}
# A reporting verb in an impersonal infinitive (`It is hard to argue that`, `it is fair to say that`, `There is
# good reason to believe that`): nobody else is named, so the judgement is the text's own too.
_IMPERSONAL_RE = re.compile(r"^\W*(?:it\s+is|it[’']s|there\s+is)\b[^,;.]{0,40}\bto\s+$", re.IGNORECASE)


def _claim(text: str, sentence_start: int, cue: Cue, actor: str) -> Claim:
    """The claim of one cue; `actor` is the source its cue points to (`claim_source`), used unless the cue
    makes the source the brief itself or nobody named."""
    advice = reported_advice(text, cue)
    if advice:  # the reported clause's own modal or frame is the recommendation's cue
        cue = advice
    kind = "claim" if cue.kind in ("author", "reported") else cue.kind
    content = text[cue.content_start : cue.content_end]
    cue_word = text[cue.start:cue.end].lower()
    lead = text[sentence_start : cue.start]
    if advice:
        source = actor  # who reported the demand makes it
    elif cue.kind == "author":
        source = "AUTHOR"
    elif cue.kind == "reported":
        source = "UNKNOWN"
    elif cue.kind == "recommendation" and (cue.own_voice or cue_word in DEONTIC_MODALS):
        source = "AUTHOR"
    elif actor == "UNKNOWN" and (cue_word in INFERENCE_VERBS and INFERENCE_SUBJECT_RE.search(lead) or
                                 _IMPERSONAL_RE.search(lead) or
                                 cue_word in _COPULAS and text.startswith(" that ", cue.end)):
        source = "AUTHOR"  # `This suggests that`, `It is hard to argue that`, `The risk is that`: the text's own
    else:
        source = actor
    window = text[max(sentence_start, cue.start - 30) : cue.end] + " " + content
    open_question = cue.kind == "author" and \
        re.search(r"(?:unclear|not clear|from clear|to be seen)$", text[max(0, cue.end - 11) : cue.end]) is not None
    hedged = any(not _EMBEDDED_HEDGE_RE.search(window, 0, hedge.start()) or
                 _OPEN_QUESTION_RE.search(window, 0, hedge.start()) for hedge in HEDGE_RE.finditer(window)) or \
        cue_word in HEDGED_CUES or open_question or cue.kind == "author" and cue_word in POSSIBILITY_CUES or \
        kind == "claim" and cue_word == "should" and \
        epistemic_should(text[sentence_start : cue.end + 40], cue.start - sentence_start)  # an expectation
    return Claim(
        id="", start=cue.content_start, end=cue.content_end, text=content, kind=kind, source=source,
        cue=Span(cue.start, cue.end, text[cue.start:cue.end]) if cue.end > cue.start else None,
        stance=STANCE_OF[kind],
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
