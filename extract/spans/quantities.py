"""Quantity span rules: a currency marker, sign, approximator, rate, unit, open bound or the far end of a range
taken into the span, and the numbers SCHEMA.md says are not quantities (years, durations, references, compound
modifiers, addresses) dropped."""

from __future__ import annotations

import re
from typing import Optional

from extract.normalise.numbers import SCALE_WORDS, TENS, UNITS
from extract.normalise.quantities import CURRENCY_MARKERS, OPEN_BOUND_WORDS, normalise_quantity
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
                               r"per\s(?!cent\b)[a-z]+\b)")
_OPEN_BOUND = re.compile(rf"^\s(?:or|and)\s(?:{OPEN_BOUND_WORDS})\b")
_OPERATOR_BEFORE = re.compile(r"(?:\b(?:more|fewer|less|greater) than|\bover|\babout|\bnearly|\balmost|\broughly|"
                              r"\bapproximately|\baround|\bup to|\bat least|\bat most|\bas many as|\bas much as|"
                              r"\ban estimated|\bin excess of|\bupwards of|\bsome|\bunder|\bbelow|\babove)\s$",
                              re.IGNORECASE)
# A digit, a number word, a fraction or a multiplier: what a quantity span must contain.
_COUNT_WORD = (r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
               r"fifty|hundred|thousand|million|billion|trillion|dozen|half|thirds?|quarters?|fifths?|twice|"
               r"doubl(?:e|ed|ing)|tripl(?:e|ed|ing)|quadrupl(?:e|ed|ing)|times)\b)")
_PSI = re.compile(r"^\s(?:pounds per square inch|psi)\b")
_PERCENT_AFTER = re.compile(r"^\s?(?:per\s?cent|percent)\b", re.IGNORECASE)

# A currency named in words after an amount the tagger left it out of (`a billion` + `dollars`).
_CURRENCY_WORD_AFTER = re.compile(r"\s(?:U\.S\.\s|US\s)?(?:dollars|euros|yen|yuan|rubles|roubles|rupees|pesos|"
                                  r"hryvnias?|ringgit|pounds\s+sterling)\b", re.IGNORECASE)
_MARKER_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{CURRENCY_MARKERS})\s?$")
# A scale or unit glued to the digits that the tagger left out (`35` + `m`, `12` + `km`, `$2` + `bn`).
_GLUED_SUFFIX = re.compile(r"^(?:bn|mn|tn|km|kg|ft|mi|lbs?|MW|GW|[kmbtKMBT])\b")
_SIGN_BEFORE = re.compile(r"(?:\bminus\s+|(?:^|(?<=[\s(\[]))[-\u2212])$", re.IGNORECASE)
_NUMBER_WORD = "|".join(w for w in [*UNITS, *TENS] if w not in ("a", "an"))
_WORD_BEFORE_DIGITS = re.compile(rf"^(?:{_NUMBER_WORD})\s+(?=[$€£¥]?\d)", re.IGNORECASE)
_DANGLING = re.compile(r"(?:\s+(?:to|and|or|per|through|a|an)|\s*[-–—])$", re.IGNORECASE)

# The far end of a range: `to $1.25 million`, `-20%`, `and 16`, `to six`.
_AMOUNT = (rf"(?:(?:{CURRENCY_MARKERS})\s?)?(?:\d[\d,]*(?:\.\d+)?|{_NUMBER_WORD})"
           rf"(?:(?:\s?(?:%|per\s?cent\b|percent\b)|\s{SCALE_WORDS}\b|"
           r"(?:bn|mn|tn|[kmb])\b))?"
           r"(?:\s(?:euros|dollars|pounds|yen|yuan|ringgit|(?-i:[A-Z]{3})(?![A-Za-z])))?")
_RANGE_END = re.compile(rf"^\s*(?P<sep>[-–—]|to\b|through\b|and\b)\s*(?P<high>{_AMOUNT})", re.IGNORECASE)
# Words that make `from X to Y` a change between two values (two quantities), not a range; and those that make a range.
_CHANGE_WORDS = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|gr[eo]w(?:s|n|ing|th)?|increas\w*|decreas\w*|declin\w*|"
    r"drop\w*|climb\w*|jump\w*|surg\w*|soar\w*|plung\w*|plummet\w*|rais\w*|cut(?:s|ting)?|reduc\w*|lower\w*|"
    r"boost\w*|slash\w*|shr[aiu]nk\w*|chang\w*|shift\w*|mov(?:e|es|ed|ing)|went|go(?:es|ne|ing)?|doubl\w*|"
    r"tripl\w*|expand\w*|widen\w*|narrow\w*|improv\w*|worsen\w*|revis\w*|adjust\w*|up|down)\b", re.IGNORECASE)
_RANGE_WORDS = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:from\s+)?$", re.IGNORECASE)


_SMALL_NUMBER = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
# Shares and multipliers a tagger trained on spaCy's labels leaves out (SCHEMA.md: a number that counts or
# measures something): `half of`, `a third of` (not `the third of`), `a quarter of a million`, `two-thirds`,
# `cut in half`, `1 in 5`, `Eight out of 10`, `doubled`, `twice`, `about six times the rate`, `double the number`;
# not `double-digit` or `a double standard`.
QUANTITY_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    rf"(?<!\bthe )\b(?:(?:one|two|three|four|a)[\s-])?(?:half|thirds?|quarters?|fifths?)"
    rf"(?:\s+(?:of\s+)?an?\s+{SCALE_WORDS}\b|\b(?=\s+(?:of|the)\b))",
    r"(?<=\bin )half\b|(?<=\bby )half\b",
    r"\b(?:one|two|three|four)[\s-](?:thirds|quarters|fifths)\b",
    rf"\b{_SMALL_NUMBER}\s+(?:out\s+of|in(?:\s+every)?)\s+(?:\d[\d,]*|{_SMALL_NUMBER})\b(?![\d/%-])",
    r"\b(?:twice|doubled|doubling|tripled|tripling|quadrupled|quadrupling)\b(?!-)",
    r"\b(?:double|triple|quadruple)\b(?=\s+(?:the|its|their|his|her|it|them|that|this|those|what|in|by|from|"
    r"since|over|again)\b|\s*[.,;]|$)",
    rf"\b{_SMALL_NUMBER}\s+times\b(?=\s+(?:the|as|more|less|higher|lower|larger|greater|that|what|its|their)\b)",
)]


def pattern_quantities(text: str) -> list[Mention]:
    """Share and multiplier quantities found by pattern (QUANTITY_PATTERNS), in text order, none overlapping."""
    found = sorted((Mention(*m.span(), "QUANTITY") for p in QUANTITY_PATTERNS for m in p.finditer(text)),
                   key=lambda m: (m.start, -m.end))
    kept: list[Mention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def keep_quantity(text: str, m: Mention) -> bool:
    """False for numbers SCHEMA.md excludes: years, durations, references, compound modifiers, articles, addresses."""
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
    if is_address(text, m):
        return False
    if re.fullmatch(r"\d{1,3}", span) and re.match(r"[.)]\s+[A-Z“\"]", after) and \
            re.search(r"(?:^|\n|[.:!?][”\"’)]?\s+|[-\u2022*]\s*)$", before):
        return False  # a list's numeral, at a line's or sentence's start (`... border agenda: 1. The Supreme Court`)
    return not (re.fullmatch(r"\d{1,2}|[ivx]{1,4}|[a-z]", span) and before.endswith("(") and after.startswith(")"))


_STREET = re.compile(
    r"^\s(?:[NSEW]\.?\s)?(?:(?:[A-Z][a-z]+|[A-Z]|\d+(?:st|nd|rd|th))\.?\s){1,3}(?:Avenue|Ave|Street|St|Road|Rd|"
    r"Boulevard|Blvd|Lane|Ln|Drive|Dr|Place|Pl|Court|Ct|Plaza|Parkway|Pkwy|Highway|Hwy|Square|Sq|Terrace|Way)\b")
_US_STATE_CODES = ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
                   "NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY").split()
_BEFORE_ZIP = re.compile(rf"(?:\b(?:{'|'.join(_US_STATE_CODES)})|D\.C\.|,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s$")
_ADDRESS_UNIT = re.compile(r"\b(?:Suite|Ste\.|Room|Rm\.|Apt\.|Apartment|Floor|Unit|Building|Bldg\.|P\.\s?O\.\s?Box|"
                           r"PO Box|Box|Mail Stop)\s?#?\s?$")
_PHONE = re.compile(r"(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b")


def is_address(text: str, m: Mention) -> bool:
    """Whether the number is part of a postal address or phone number: a street number (`1600 Pennsylvania
    Avenue`), a ZIP code after a state (`Washington, DC 20500`), a suite, room or box number, a phone number."""
    span = text[m.start : m.end]
    before = text[max(0, m.start - 40) : m.start]
    if re.fullmatch(r"\d{1,6}[A-Z]?", span) and _STREET.match(text[m.end : m.end + 60]):
        return True
    if re.fullmatch(r"\d{5}(?:-\d{4})?", span) and _BEFORE_ZIP.search(before) and \
            not re.match(r"^\s+[a-z]", text[m.end : m.end + 3]):
        return True
    if re.fullmatch(r"\d{1,5}[A-Z]?", span) and _ADDRESS_UNIT.search(before):
        return True
    window_start = max(0, m.start - 8)
    return any(window_start + p.start() <= m.start and m.end <= window_start + p.end()
               for p in _PHONE.finditer(text[window_start : m.end + 12]))


def extend_quantity(text: str, m: Mention) -> Mention:
    """Shape a quantity span to SCHEMA.md: take a currency marker (`US$` + `600`) or sign (`minus 233`, `-4.5%`)
    the tagger left out, an approximator before the number (`over $4.6 billion`), a scale or unit glued after it
    (`£35` + `m`), the far end of a range (`$1 million to $1.25 million`), and a rate (`$200 million per year`), a
    unit (`9.0 psi`, `5 per cent`) or an open bound (`$100,000 or more`); drop a number word glued to digits
    (`one 52,000`) and a connector left dangling at the end (`$1 million to`)."""
    start = _shaped_start(text, m.start, m.end)
    start, end = _range_extent(text, start, _shaped_end(text, start, m.end))
    end = _unit_after(text, start, end)
    operator = _OPERATOR_BEFORE.search(text[max(0, start - 20) : start])
    start -= len(operator.group()) if operator else 0
    return Mention(start, end, m.label, m.score)


def _shaped_start(text: str, start: int, end: int) -> int:
    """The start past a number word glued to digits (`one 52,000`), back over a currency marker and a sign."""
    start = _currency_start(text, start, end)
    word = _WORD_BEFORE_DIGITS.match(text[start:end])
    start += word.end() if word else 0
    sign = _SIGN_BEFORE.search(text[max(0, start - 8) : start])
    return start - len(sign.group()) if sign and re.match(r"[$€£¥\d.]", text[start : start + 1]) else start


def _shaped_end(text: str, start: int, end: int) -> int:
    """The end before a dangling connector (`$1 million to`) and past a scale or unit glued to the digits."""
    dangling = _DANGLING.search(text[start:end])
    end -= len(dangling.group()) if dangling and end - start > len(dangling.group()) else 0
    glued = _GLUED_SUFFIX.match(text[end : end + 4]) if text[end - 1 : end].isdigit() else None
    return end + glued.end() if glued else end


def _unit_after(text: str, start: int, end: int) -> int:
    """The end past a unit (`9.0 psi`, `5 per cent`), a rate after money (`$250 per door`) or an open bound."""
    money = bool(re.search(rf"[$€£¥₽₹₩]|(?<![A-Za-z])(?:{CURRENCY_MARKERS})(?=\s?\d)", text[start:end]))
    currency = _CURRENCY_WORD_AFTER.match(text, end) if not money and \
        re.search(rf"(?:\d|\b{SCALE_WORDS})$", text[start:end], re.IGNORECASE) else None
    if currency:  # `10 billion dollars in aid`: the currency, then maybe a rate or an open bound
        end, money = currency.end(), True
    after = text[end : end + 40]
    extra = _PSI.match(after) or (_RATE_AFTER_MONEY.match(after) if money else None) or _OPEN_BOUND.match(after) \
        or (_PERCENT_AFTER.match(after) if text[end - 1 : end].isdigit() else None)
    return end + extra.end() if extra else end


def _currency_start(text: str, start: int, end: int) -> int:
    """Where the span starts once the digits of a bare scale word (`1.5` + `billion`) and a currency marker written
    before the first digit (`US$`, `Y=`, `RM`, `EUR `) are taken in."""
    digits = re.search(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?\s?$", text[max(0, start - 20) : start])
    if digits and re.match(r"(?:thousand|million|billion|trillion|bn|mn)\b", text[start:end], re.IGNORECASE):
        start -= len(digits.group())
    digit = re.search(r"\d", text[start:end])
    if not digit or not re.fullmatch(rf"(?:{CURRENCY_MARKERS})?\s?", text[start : start + digit.start()]):
        return start
    first = start + digit.start()
    marker = _MARKER_BEFORE.search(text[max(0, first - 8) : first])
    return min(start, first - len(marker.group())) if marker else start


def _range_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) grown over the far end of a range and a leading `between`/`from` when the two numbers are one
    range (SCHEMA.md: one quantity with `low` and `high`), else unchanged."""
    parsed = normalise_quantity(text[start:end])
    if parsed is not None and parsed.low is not None:  # the tagger took both ends: take a leading `from`/`between`
        inner = _SEPARATOR_IN.search(text[start:end])
        is_range, lead_start = _range_context(text, start, inner.group().strip().lower() if inner else "-")
        return (lead_start if is_range else start), end
    far = _RANGE_END.match(text[end : end + 60])
    if not far or YEAR_RE.match(text[start:end]):
        return start, end
    is_range, lead_start = _range_context(text, start, far.group("sep").lower())
    parsed = normalise_quantity(text[start : end + far.end()]) if is_range else None
    if parsed is None or parsed.low is None:
        return start, end
    return lead_start, end + far.end()


_SEPARATOR_IN = re.compile(r"\s(?:to|through|and)\s|(?<=[\d%])\s?[-–—]\s?(?=[$€£¥]?\d)", re.IGNORECASE)


def _range_context(text: str, start: int, separator: str) -> tuple[bool, int]:
    """Whether `X <separator> Y`, X at `start`, is one range, and where its span starts (at a `between`/`from`)."""
    lead = re.search(r"\b(?:between|from)\s+$", text[max(0, start - 10) : start], re.IGNORECASE)
    clause = re.split(r"[.;:!?\n]", text[max(0, start - 80) : start - (len(lead.group()) if lead else 0)])[-1]
    is_range = _is_range(separator, lead.group().split()[0].lower() if lead else None, clause)
    return is_range, start - len(lead.group()) if lead and is_range else start


def _is_range(separator: str, lead: Optional[str], clause: str) -> bool:
    """Whether `X <separator> Y` is one range: `between X and Y`, `X-Y`, `X to Y` and `from X to Y` unless a change
    (`rose from 10% to 20%`) is described, which is two values; a range verb (`ranged from`) always is."""
    if separator == "and":
        return lead == "between"
    if separator in ("-", "–", "—") or lead == "between" or _RANGE_WORDS.search(clause):
        return True
    by = re.search(r"\bby\s+$", clause)
    return bool(by) or not _CHANGE_WORDS.search(clause)


def split_quantity(text: str, m: Mention) -> list[Mention]:
    """A tagger's span over two values that are no range split in two: a change (`rose from 10% to 12%`, with its
    `from`) or two values joined by `and` without `between` (`77.3% and 75.3%`); a range, a tally (`10 to 1`) or a
    single number stays whole."""
    span = text[m.start : m.end]
    inner = re.search(r"\s(?:to|and)\s", span)
    parsed = normalise_quantity(span)
    if not inner or (parsed is not None and parsed.value is not None) or m.label != "QUANTITY":
        return [m]
    lead = re.match(r"(?:from|between)\s+", span, re.IGNORECASE)
    low_start = m.start + (lead.end() if lead else 0)
    if inner.group().strip() == "to" and not (lead or re.search(r"\bfrom\s+$", text[max(0, m.start - 6) : m.start])):
        return [m]  # a change runs from one value to another; `went 10 to 1` is a tally
    low, high = text[low_start : m.start + inner.start()], span[inner.end() :]
    if normalise_quantity(low) is None or not re.match(r"[$€£¥]?\d|[A-Za-z]", high) or \
            _range_context(text, low_start, inner.group().strip().lower())[0]:
        return [m]
    return [Mention(low_start, m.start + inner.start(), m.label, m.score),
            Mention(m.start + inner.end(), m.end, m.label, m.score)]
