"""Date span rules: dates found by pattern, coordinated dates split, and the durations, ages and times of day
SCHEMA.md says are not dates dropped."""

from __future__ import annotations

import re

from extract.spans.mention import Mention

DURATION_UNITS = r"(?:years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?|quarters?)"
_DATE_ANCHORS = r"\b(?:ago|last|this|next|that|same|previous|prior|following|earlier|later|past|coming)\b"
YEAR_RE = re.compile(r"^(?:1[6-9]|20|21)\d\d$")
# Dates SCHEMA.md's annotators write that a tagger may miss: fiscal years and their ranges, and the relative
# weeks, months and years its examples name (`last week`), which the normalisers resolve against `published`.
_FY = r"(?:FY\s?\d{2,4}|[Ff]iscal [Yy]ears? (?:\(FY\) )?\d{4})"
DATE_PATTERNS = [
    re.compile(rf"(?:(?:first|second|third|fourth) quarter (?:of )?)?{_FY}(?:\s?(?:-|–|to|through|and)\s?{_FY})?"),
    re.compile(r"^\d{4}-\d{2}-\d{2}$", re.MULTILINE),
    re.compile(r"\b(?:[Ll]ast|[Nn]ext|[Tt]his past|[Ee]arlier this|[Ll]ater this) (?:week|month)\b"),
]


def keep_date(text: str, m: Mention) -> bool:
    """False for durations (`two years`), ages, and times of day that SCHEMA.md says are not dates."""
    span = text[m.start : m.end]
    if re.search(rf"\b{DURATION_UNITS}\b(?!\s*(?:\(FY\)\s*)?\d)", span, re.IGNORECASE) and (
        not re.search(_DATE_ANCHORS, span, re.IGNORECASE) or re.search(r"\b(?:next|past|coming)\b", span, re.IGNORECASE)
    ) and not re.search(r"\bago\b", span):
        return False
    if re.fullmatch(r"\d+", span.strip()) and not YEAR_RE.match(span.strip()):
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


def split_coordinated_date(text: str, m: Mention) -> list[Mention]:
    """Two dates for `FY2024 and FY2025` (each side with its own year); one range only after `between`."""
    span = text[m.start : m.end]
    pair = re.fullmatch(r"(?P<left>.*?(?:\d{4}|FY\s?\d{2}))(?P<gap>,? and )(?P<right>.*\d.*)", span)
    between = re.search(r"\bbetween\s+$", text[max(0, m.start - 9) : m.start], re.IGNORECASE) or \
        re.match(r"between\s", span, re.IGNORECASE)
    if m.label != "DATE" or not pair or between or not re.search(r"\d{4}|FY\s?\d{2}", pair.group("right")):
        return [m]
    middle = m.start + pair.end("left")
    return [Mention(m.start, middle, m.label, m.score), Mention(middle + len(pair.group("gap")), m.end, m.label, m.score)]
