"""Date span rules: dates found by pattern, coordinated dates split, and the durations, ages and times of day
SCHEMA.md says are not dates dropped."""

from __future__ import annotations

import re

from extract.spans.mention import Mention

DURATION_UNITS = r"(?:years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?|quarters?)"
_DATE_ANCHORS = r"\b(?:ago|last|this|next|that|same|previous|prior|following|earlier|later|past|coming|current|" \
                r"end of|yesterday|tomorrow)\b"
YEAR_RE = re.compile(r"^(?:1[6-9]|20|21)\d\d$")
# Dates SCHEMA.md's annotators write that a tagger may miss or cut short; as patterns they win over the tagger's
# spans, so each takes its whole expression with its modifiers (`late last July`, `the end of FY2026`).
_FY = r"(?:FY\s?\d{2,4}|[Ff]iscal [Yy]ears? (?:\(FY\) )?\d{4})"
_NUM = r"(?:\d+|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty))"
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_LEAD = r"(?:(?i:early|late|mid|earlier|later)[\s-]+|" \
        r"(?i:the\s+)?(?i:end|beginning|start|middle|first\s+half|second\s+half)\s+of\s+)?"
# units in lower case (`This Week` in a sentence is a programme's name); `this fall in prices` is no season
_RELATIVE_UNIT = rf"(?:fiscal\s+year|week|month|year|decade|century|spring|summer|fall(?!\s+in\b)|autumn|winter|" \
                 rf"{_MONTH_NAME})"
_WHICH = r"(?i:this(?:\s+(?:past|coming))?|last|next|" \
         r"the\s+(?:past|last|next|coming|same|following|previous|prior|current))"
DATE_PATTERNS = [
    re.compile(rf"(?:(?:[Tt]he\s+)?(?:first|second|third|fourth|last) quarter (?:of )?|(?:[Tt]he\s+)?end of )?{_FY}"
               rf"(?:\s?(?:-|–|to|through|and)\s?{_FY}|\s?(?:-|–|to|through)\s?\d{{4}}\b)?"),
    re.compile(r"(?<![\w/-])\d{4}-\d{2}-\d{2}(?![\w/-])"),
    # deictic and anaphoric weeks, months, years, seasons and named months: `this week`, `late last July`
    re.compile(rf"\b{_LEAD}{_WHICH}\s+{_RELATIVE_UNIT}\b(?!\s+of\b|-)"),
    # periods up to or from publication and counts back from it: `the past decade`, `six years ago`
    re.compile(rf"\b(?i:the\s+(?:past|last|next|coming))\s+(?:{_NUM}\s+(?:years|decades|months|weeks|days)|"
               r"year|decade|month|century)\b(?!\s+of\b|-)"),
    re.compile(rf"\b{_NUM}\s+(?i:years?|decades?|centur(?:y|ies)|months?|weeks?|days?|hours?)\s+ago\b"),
    # a part of a day named from publication: `yesterday morning`, `later this afternoon`, `last night`
    re.compile(r"\b(?:(?i:earlier|later)\s+)?(?i:yesterday|tomorrow|this|last)\s+"
               r"(?:morning|afternoon|evening|night)\b"),
    re.compile(r"\b(?:[Tt]he\s+)?(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)|"
               r"(?i:(?:six|seven|eigh|nine)teenth|twentieth|twenty-first))\s+[Cc]entury\b"),
    # a range of years written with a dash is one date, an interval (SCHEMA.md: `2019-2023` -> `2019/2023`)
    re.compile(r"(?<![\w./–-])(?:1[6-9]|20)\d\d\s?[-–]\s?(?:1[6-9]|20)\d\d(?![\w–-])"),
    # a dateline's date after the place in capitals: `LONDON 1996-12-06`, `WASHINGTON, March 3 (Reuters) -`
    re.compile(rf"^[A-Z][A-Z.'-]+(?:[ ,/]+[A-Z][A-Z.'-]+)*,?\s+(?P<date>(?:{_MONTH_NAME}|"
               r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{1,2}\b(?:,\s+\d{4})?)", re.MULTILINE),
]
_VAGUE = re.compile(r"\b(?:few|several|many|some|couple|recent)\b", re.IGNORECASE)
_COUNTED_PLURAL = re.compile(rf"\b{_NUM}\s+{DURATION_UNITS}", re.IGNORECASE)
_EVENT_RELATIVE = re.compile(rf"\b(?:previous|prior|following|preceding|first|final)\s+{_NUM}\s+{DURATION_UNITS}",
                             re.IGNORECASE)
_FUNCTION_WORDS = {"the", "this", "that", "these", "those", "same", "following", "previous", "prior", "next",
                   "last", "past", "coming", "earlier", "later", "early", "late", "current", "a", "an", "of"}


def keep_date(text: str, m: Mention) -> bool:
    """False for durations (`two years`, `the previous five years`), vague spans (`a few months ago`, `recent
    years`), ages, times of day and spans of function words alone, which SCHEMA.md says are not dates."""
    span = text[m.start : m.end]
    if _is_duration(span):
        return False
    if re.fullmatch(r"\d+", span.strip()) and not YEAR_RE.match(span.strip()):
        return False
    if re.search(r"(?:H\.R\.|S\.|P\.L\.|No\.|Order|E\.O\.)\s*$", text[max(0, m.start - 8) : m.start]) or \
            re.match(r"(?:H\.R\.|S\.|P\.L\.)", span):
        return False
    if re.search(r"\b(?:old|aged?|annual(?:ly)?|daily|weekly|monthly|yearly|each|every|per)\b", span, re.IGNORECASE):
        return False
    if not re.search(r"\d", span) and set(re.findall(r"[a-z]+", span.lower())) <= _FUNCTION_WORDS:
        return False
    return bool(re.search(r"\d|[A-Z]", span)) or bool(re.search(_DATE_ANCHORS, span, re.IGNORECASE)) or \
        span.lower() in ("today", "yesterday", "tomorrow", "tonight")


def _is_duration(span: str) -> bool:
    """True for a span naming a length of time rather than a time: a unit without a word that places it (`two
    years`), vague (`the coming months`, `a few weeks ago`) or counted from an event (`within the previous five
    years`). Counted periods up to or from now (`the past 35 years`, `six years ago`) place it."""
    placed = r"(?!\s*(?:of\s+)?(?:\(FY\)\s*|FY\s*|fiscal\s+year\s*)?\d)"  # `Fiscal Year 2020`, `quarter of FY2027`
    if not re.search(rf"\b{DURATION_UNITS}\b{placed}", span, re.IGNORECASE) or \
            re.search(r"(?:\d(?:st|nd|rd|th)|teenth|tieth|first)\s+century", span, re.IGNORECASE):
        return False
    if _VAGUE.search(span) or _EVENT_RELATIVE.search(span):
        return True
    if re.search(r"\b(?:years|decades|months|weeks|days|centuries)\b", span, re.IGNORECASE) and \
            not _COUNTED_PLURAL.search(span):
        return True  # a plural unit with no count: `the coming months`
    return not re.search(_DATE_ANCHORS, span, re.IGNORECASE)


def pattern_dates(text: str) -> list[Mention]:
    """Date mentions found by pattern (fiscal years, relative dates, datelines), which take precedence over a
    model's; a pattern with a `date` group marks only that part."""
    return [Mention(*m.span("date" if "date" in p.groupindex else 0), "DATE") for p in DATE_PATTERNS
            for m in p.finditer(text)]


def split_coordinated_date(text: str, m: Mention) -> list[Mention]:
    """Two dates for `FY2024 and FY2025` (each side with its own year) and for `February or March 2005`; one range
    only after `between`."""
    span = text[m.start : m.end]
    pair = re.fullmatch(r"(?P<left>.*?(?:\d{4}|FY\s?\d{2}))(?P<gap>,? (?:and|or) )(?P<right>.*\d.*)",
                        span) or \
        re.fullmatch(rf"(?P<left>{_MONTH_NAME})(?P<gap> or )(?P<right>{_MONTH_NAME},?\s+\d{{4}})", span)
    between = re.search(r"\bbetween\s+$", text[max(0, m.start - 9) : m.start], re.IGNORECASE) or \
        re.match(r"between\s", span, re.IGNORECASE)
    if m.label != "DATE" or not pair or between or not re.search(r"\d{4}|FY\s?\d{2}", pair.group("right")):
        return [m]
    middle = m.start + pair.end("left")
    return [Mention(m.start, middle, m.label, m.score), Mention(middle + len(pair.group("gap")), m.end, m.label, m.score)]
