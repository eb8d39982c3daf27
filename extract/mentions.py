"""Raw mentions from any entity back end, and the SCHEMA.md span rules every back end's output goes through.

The rules trim what SCHEMA.md keeps outside a span (`the`, a possessive `'s`) and drop what it says is not a
mention (years and durations as quantities, durations as dates, numbers inside names and references).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.normalise.actors import abbreviations_defined, world_table

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
ENTITY_LABELS = ACTOR_LABELS + ("QUANTITY", "DATE")

_DURATION_UNITS = r"(?:years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?|quarters?)"
_DATE_ANCHORS = r"\b(?:ago|last|this|next|that|same|previous|prior|following|earlier|later|past|coming)\b"
_REFERENCE_WORDS = re.compile(
    r"(?:\b(?:section|sections|sec\.|title|chapter|part|no\.|number|h\.r\.|s\.|p\.l\.|public law|report|"
    r"rule|tier|phase|step|division|subtitle|article|amendment|figure|table|page|pages|pp\.|volume|vol\.)|§)\s*$",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"^(?:1[6-9]|20|21)\d\d$")
# Head words of names that SCHEMA.md says are not actors: programmes, laws, documents, systems, funds.
NON_ACTOR_HEADS = set("""program programs programme initiative act acts law plan strategy system systems vehicle
vehicles tank tanks missile missiles weapon weapons launcher capability capabilities standard standards waiver
waivers report reports rule rules agreement treaty policy project projects account budget grant grants fund funds
order orders directive memorandum review study data index survey database code tariff tariffs schedule exercise
operation operations doctrine framework model designation series formula method approach platform""".split())
# Dates SCHEMA.md's annotators write that spaCy's small model rarely tags: fiscal years and their ranges.
_FY = r"(?:FY\s?\d{2,4}|[Ff]iscal [Yy]ears? (?:\(FY\) )?\d{4})"
DATE_PATTERNS = [
    re.compile(rf"(?:(?:first|second|third|fourth) quarter (?:of )?)?{_FY}(?:\s?(?:-|–|to|through|and)\s?{_FY})?"),
    re.compile(r"^\d{4}-\d{2}-\d{2}$", re.MULTILINE),
]
_RATE_AFTER_MONEY = re.compile(r"^\s(?:per|a|an|each)\s(?:year|month|week|day|hour|barrel|gallon|ton|tonne|ounce|"
                               r"pound|bushel|acre|person|household|unit|share|head|mile|kilowatt-hour|MWh)\b")
_OPERATOR_BEFORE = re.compile(r"(?:\b(?:more|fewer|less|greater) than|\bover|\babout|\bnearly|\balmost|\broughly|"
                              r"\bapproximately|\baround|\bup to|\bat least|\bat most|\bas many as|\bas much as|"
                              r"\ban estimated|\bin excess of|\bupwards of|\bsome|\bunder|\bbelow|\babove)\s$",
                              re.IGNORECASE)
_PSI = re.compile(r"^\s(?:pounds per square inch|psi)\b")


@dataclass
class Mention:
    """A labelled span proposed by an entity back end, before normalisation."""

    start: int
    end: int
    label: str
    score: float = 1.0


def _trim(text: str, mention: Mention) -> Mention:
    """Trim leading `the` and surrounding punctuation, and a trailing possessive, keeping offsets in step."""
    start, end = mention.start, mention.end
    while start < end and not text[start].isalnum() and text[start] not in "$€£¥₽":
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".%)":
        end -= 1
    if mention.label in ACTOR_LABELS:
        lead = re.match(r"(?:the|The|THE)\s+", text[start:end])
        if lead and end - start > lead.end():
            start += lead.end()
        tail = re.search(r"[’']s?$", text[start:end])
        if tail and end - start > len(tail.group()):
            end -= len(tail.group())
        if text[start:end].endswith(".") and not re.search(r"\b[A-Z]\.$|[A-Z]\.[A-Z]\.$", text[start:end]):
            end -= 1
    elif text[start:end].endswith("."):
        end -= 1
    return Mention(start, end, mention.label, mention.score)


def _keep_actor(text: str, m: Mention, abbreviations: dict[str, str]) -> bool:
    """False for names SCHEMA.md excludes: designations with digits, programmes, laws, systems and their
    abbreviations (an abbreviation whose defined long form is one of those)."""
    span = text[m.start : m.end]
    if span in world_table():
        return True
    if span in ("P.L.", "H.R.", "E.O.", "U.S.C.", "S.") or re.match(r"(?:Fort|Camp|Joint Base)\s", span):
        return False
    if re.search(r"\d", span) and not re.match(r"^\d+(?:st|nd|rd|th)\s+[A-Z]", span):
        return False
    long_form = abbreviations.get(span, span)
    words = re.findall(r"[A-Za-z]+", long_form)
    return not (words and words[-1].lower() in NON_ACTOR_HEADS)


def _keep_quantity(text: str, m: Mention) -> bool:
    """False for numbers SCHEMA.md excludes: years, durations, references, compound modifiers, articles."""
    span = text[m.start : m.end]
    before = text[max(0, m.start - 20) : m.start]
    after = text[m.end : m.end + 25]
    if not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                     r"fifty|hundred|thousand|million|billion|trillion|dozen)\b", span, re.IGNORECASE):
        return False
    if _YEAR_RE.match(span.strip()) or re.search(rf"^\s*{_DURATION_UNITS}\b", after, re.IGNORECASE):
        return False
    if re.search(rf"\b{_DURATION_UNITS}$", span, re.IGNORECASE) and not \
            re.search(rf"\b(?:per|a|an|each)\s+{_DURATION_UNITS}$", span, re.IGNORECASE):
        return False
    if _REFERENCE_WORDS.search(before) or re.match(r"^\s*-\s*[A-Za-z]", after) or re.search(r"[A-Za-z]-$", before):
        return False
    if span.lower() in ("one", "a", "an") and not re.match(r"^\s+of\b", after):
        return False
    return True


def _keep_date(text: str, m: Mention) -> bool:
    """False for durations (`two years`), ages, and times of day that SCHEMA.md says are not dates."""
    span = text[m.start : m.end]
    if re.search(rf"\b{_DURATION_UNITS}\b", span, re.IGNORECASE) and (
        not re.search(_DATE_ANCHORS, span, re.IGNORECASE) or re.search(r"\b(?:next|past|coming)\b", span, re.IGNORECASE)
    ) and not re.search(r"\bago\b", span):
        return False
    if re.fullmatch(r"\d+", span.strip()) and not _YEAR_RE.match(span.strip()):
        return False
    if re.search(r"(?:H\.R\.|S\.|P\.L\.|No\.|Order|E\.O\.)\s*$", text[max(0, m.start - 8) : m.start]) or \
            re.match(r"(?:H\.R\.|S\.|P\.L\.)", span):
        return False
    if re.search(r"\b(?:old|aged?|annual(?:ly)?|daily|weekly|monthly|yearly|each|every|per)\b", span, re.IGNORECASE):
        return False
    return bool(re.search(r"\d|[A-Z]", span)) or bool(re.search(_DATE_ANCHORS, span, re.IGNORECASE)) or \
        span.lower() in ("today", "yesterday", "tomorrow")


def pattern_dates(text: str) -> list[Mention]:
    """Date mentions found by pattern (fiscal years, ISO date lines), which take precedence over a model's."""
    return [Mention(m.start(), m.end(), "DATE") for p in DATE_PATTERNS for m in p.finditer(text)]


def _extend_quantity(text: str, m: Mention) -> Mention:
    """Take an approximator written before the number (`over $4.6 billion`), and a rate (`$200 million per
    year`) or unit (`9.0 psi`) written after it, into the span."""
    after = text[m.end : m.end + 40]
    extra = _PSI.match(after) or (_RATE_AFTER_MONEY.match(after) if re.search(r"[$€£¥₽]", text[m.start : m.end]) else None)
    end = m.end + extra.end() if extra else m.end
    operator = _OPERATOR_BEFORE.search(text[max(0, m.start - 20) : m.start])
    start = m.start - (len(operator.group())) if operator else m.start
    return Mention(start, end, m.label, m.score)


def apply_span_rules(text: str, mentions: list[Mention]) -> list[Mention]:
    """Trim and filter raw mentions to SCHEMA.md's span rules; the result is sorted and non-overlapping.

    Pattern dates are added first and win over any mention they overlap.
    """
    abbreviations = abbreviations_defined(text)
    patterns = pattern_dates(text)
    mentions = patterns + [m for m in mentions if not any(m.start < p.end and p.start < m.end for p in patterns)]
    kept: list[Mention] = []
    for raw in sorted(mentions, key=lambda m: (m.start, -m.end)):
        mention = _trim(text, raw)
        if mention.label == "QUANTITY":
            mention = _extend_quantity(text, mention)
        if mention.end <= mention.start:
            continue
        if mention.label in ACTOR_LABELS and not _keep_actor(text, mention, abbreviations):
            continue
        if mention.label == "QUANTITY" and not _keep_quantity(text, mention):
            continue
        if mention.label == "DATE" and not _keep_date(text, mention):
            continue
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
