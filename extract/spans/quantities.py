"""Quantity span rules: a currency sign, approximator, rate, unit or open bound taken into the span, and the
numbers SCHEMA.md says are not quantities (years, durations, references, compound modifiers) dropped."""

from __future__ import annotations

import re

from extract.normalise.quantities import OPEN_BOUND_WORDS
from extract.spans.dates import DURATION_UNITS, YEAR_RE
from extract.spans.mention import Mention

_REFERENCE_WORDS = re.compile(
    r"(?:\b(?:section|sections|sec\.|title|chapter|part|no\.|number|h\.r\.|s\.|p\.l\.|public law|report|"
    r"rule|tier|phase|step|division|subtitle|article|amendment|figure|table|page|pages|pp\.|volume|vol\.|"
    r"increment|block|lots?|tranche|version)|§)\s*$",
    re.IGNORECASE,
)
_RATE_AFTER_MONEY = re.compile(r"^\s(?:(?:per|a|an|each)\s(?:year|month|week|day|hour|barrel|gallon|ton|tonne|ounce|"
                               r"pound|bushel|acre|person|household|unit|share|head|mile|kilowatt-hour|MWh)\b|"
                               r"per\s[a-z]+\b)")
_OPEN_BOUND = re.compile(rf"^\s(?:or|and)\s(?:{OPEN_BOUND_WORDS})\b")
_OPERATOR_BEFORE = re.compile(r"(?:\b(?:more|fewer|less|greater) than|\bover|\babout|\bnearly|\balmost|\broughly|"
                              r"\bapproximately|\baround|\bup to|\bat least|\bat most|\bas many as|\bas much as|"
                              r"\ban estimated|\bin excess of|\bupwards of|\bsome|\bunder|\bbelow|\babove)\s$",
                              re.IGNORECASE)
# A digit or a number word: what a quantity span must contain.
_COUNT_WORD = (r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
               r"fifty|hundred|thousand|million|billion|trillion|dozen)\b)")
_PSI = re.compile(r"^\s(?:pounds per square inch|psi)\b")


def keep_quantity(text: str, m: Mention) -> bool:
    """False for numbers SCHEMA.md excludes: years, durations, references, compound modifiers, articles."""
    span = text[m.start : m.end]
    before = text[max(0, m.start - 20) : m.start]
    after = text[m.end : m.end + 25]
    if not re.search(_COUNT_WORD, span, re.IGNORECASE):
        return False
    if YEAR_RE.match(span.strip()) or re.search(rf"^\s*{DURATION_UNITS}\b", after, re.IGNORECASE):
        return False
    if re.search(rf"\b{DURATION_UNITS}$", span, re.IGNORECASE) and not \
            re.search(rf"\b(?:per|a|an|each)\s+{DURATION_UNITS}$", span, re.IGNORECASE):
        return False
    if _REFERENCE_WORDS.search(before) or re.match(r"^\s*-\s*[A-Za-z]", after) or re.search(r"[A-Za-z]-$", before):
        return False
    if span.lower() in ("one", "a", "an") and not re.match(rf"^\s+of\s+(?:the\s+|these\s+|those\s+)?{_COUNT_WORD}",
                                                          after, re.IGNORECASE):
        return False  # `one of the two` counts; `one of the largest programs` is an article
    if re.match(r"^\s*(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R|CFR\b|Stat\.|Fed\.\s?Reg|Congress\b|"
                r"(?:,|and)\s+\d+(?:st|nd|rd|th)?,?\s+(?:and\s+\d+(?:st|nd|rd|th)?\s+)?Congresses\b)", after) or \
            re.search(r"\d(?:st|nd|rd|th)?,?\s+(?:and\s+)?$", before) and re.match(r"^\s*Congresses\b", after):
        return False  # a citation's title or volume (`42 U.S.C.`), Congresses by number (`the 118 and 119 Congresses`)
    if re.match(r"\d+(?:\.\d+)?\s?-?mm\s*-?\s*[A-Za-z]", span + after):
        return False  # a calibre names a kind of weapon (`30mm medium-caliber cannon`), a compound modifier
    return not (re.fullmatch(r"\d{1,2}|[ivx]{1,4}|[a-z]", span) and before.endswith("(") and after.startswith(")"))


def extend_quantity(text: str, m: Mention) -> Mention:
    """Take a currency sign the tagger left out (`$` + `600`) and an approximator written before the number
    (`over $4.6 billion`), and a rate (`$200 million per year`, `$250 per door`), a unit (`9.0 psi`) or an open
    bound (`$100,000 or more`) written after it, into the span."""
    start = m.start - 1 if m.start > 0 and text[m.start - 1] in "$€£¥₽" and text[m.start].isdigit() else m.start
    after = text[m.end : m.end + 40]
    money = re.search(r"[$€£¥₽]", text[start : m.end])
    extra = _PSI.match(after) or (_RATE_AFTER_MONEY.match(after) if money else None) or _OPEN_BOUND.match(after)
    end = m.end + extra.end() if extra else m.end
    operator = _OPERATOR_BEFORE.search(text[max(0, start - 20) : start])
    start -= len(operator.group()) if operator else 0
    return Mention(start, end, m.label, m.score)
