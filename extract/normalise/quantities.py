"""Quantity spans to SCHEMA.md values: `value` or a `low`/`high` range, `op`, `unit` and the counted `item`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from extract.normalise.numbers import SCALES, as_json_number, parse_number

# Longest first so `more than` wins over `than`-less forms; each maps to SCHEMA.md's op.
OPERATORS = [
    ("no more than", "<="), ("not more than", "<="), ("no less than", ">="), ("not less than", ">="),
    ("more than", ">"), ("greater than", ">"), ("in excess of", ">"), ("upwards of", ">"), ("over", ">"),
    ("above", ">"), ("exceeding", ">"), ("at least", ">="), ("a minimum of", ">="), ("as many as", "<="),
    ("as much as", "<="), ("up to", "<="), ("at most", "<="), ("a maximum of", "<="), ("fewer than", "<"),
    ("less than", "<"), ("under", "<"), ("below", "<"), ("nearly", "~"), ("about", "~"),
    ("approximately", "~"), ("roughly", "~"), ("around", "~"), ("almost", "~"), ("some", "~"),
    ("an estimated", "~"), ("estimated", "~"), ("close to", "~"), ("approx.", "~"), ("circa", "~"),
]
# An open bound written after a number (`$100,000 or more`, `10 or fewer`) and the op it gives; the span rules
# take it into a quantity's span (extract/spans/quantities.py).
OPEN_BOUNDS = {word: ">=" for word in ("more", "greater", "higher", "above", "over")} | \
    {word: "<=" for word in ("less", "fewer", "lower", "below", "under")}
OPEN_BOUND_WORDS = "|".join(OPEN_BOUNDS)
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds sterling": "GBP", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
    "roubles": "RUB", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "yen": "JPY", "rupee": "INR", "rupees": "INR",
}
PERCENT_WORDS = ("percent", "per cent", "%", "percentage points", "percentage point")
PHYSICAL_UNITS = {
    "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "mile": "mile", "miles": "mile", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "foot": "foot", "feet": "foot", "barrel": "barrel", "barrels": "barrel", "gallon": "gallon",
    "gallons": "gallon", "ton": "ton", "tons": "ton", "tonne": "tonne", "tonnes": "tonne",
    "acre": "acre", "acres": "acre", "pound": "pound", "pounds": "pound", "kg": "kg", "kilogram": "kg",
    "kilograms": "kg", "mw": "MW", "megawatts": "MW", "gw": "GW", "gigawatts": "GW", "bushel": "bushel",
    "bushels": "bushel", "psi": "psi", "pounds per square inch": "psi", "square miles": "square mile", "square feet": "square foot", "hectares": "hectare",
}
# Words that end a counted noun phrase: verbs, prepositions, conjunctions, relative words, determiners.
ITEM_STOP = set("""a an the this that these those which who whom whose what when where while whether and or but
nor so yet for to in on at by from with without into onto over under per than as is are was were be been being
has have had do does did will would shall should can could may might must not no also only each every all any
both either neither since until after before because if although though via including such its their his her
our your my it they he she we you i of annually yearly monthly respectively total overall apiece more less
about approximately roughly nearly available through between greater lower higher fewer above below across
among within last next earlier later ago yesterday today tomorrow""".split())
MAX_ITEM_WORDS = 5
# Nouns that look like participles; any other -ed/-ing word ends the item (`individuals identified by`).
NOUNS_IN_ED_ING = {"buildings", "building", "funding", "housing", "spending", "training", "meetings", "meeting",
                   "hearings", "hearing", "earnings", "holdings", "proceedings", "offerings", "seed", "seeds",
                   "beds", "breed", "speed", "shed", "feed", "reed", "sled", "ceiling", "things", "thing",
                   "evening", "filings", "findings", "listings", "bookings", "rulings", "sightings"}


@dataclass(frozen=True)
class QuantityValue:
    """The normalised attributes of one quantity span."""

    value: Optional[float | int]
    low: Optional[float | int]
    high: Optional[float | int]
    op: str
    unit: Optional[str]
    rate_item: Optional[str] = None  # `$60 per barrel` -> `barrel`: the item written inside the span


def split_operator(text: str) -> tuple[str, str]:
    """(`op`, rest) for a leading approximator; `=` and the text unchanged when there is none."""
    lowered = text.lower()
    for phrase, op in OPERATORS:
        if lowered.startswith(phrase + " ") or lowered.startswith(phrase + "\u00a0"):
            return op, text[len(phrase) + 1 :].strip()
    return "=", text.strip()


def _unit_and_number(text: str) -> tuple[Optional[str], str]:
    """Strip currency and percent markers: (`unit`, the bare number phrase)."""
    stripped = text.strip()
    unit: Optional[str] = None
    for symbol in sorted(CURRENCY_SYMBOLS, key=len, reverse=True):
        if stripped.startswith(symbol):
            unit, stripped = CURRENCY_SYMBOLS[symbol], stripped[len(symbol) :].strip()
            break
    lowered = stripped.lower()
    for word in sorted(PERCENT_WORDS, key=len, reverse=True):
        if lowered.endswith(word):
            unit = "percentage point" if "point" in word else "%"
            stripped = stripped[: len(stripped) - len(word)].strip()
            return unit, stripped
    for phrase in ("pounds per square inch",):
        if lowered.endswith(phrase):
            return PHYSICAL_UNITS[phrase], stripped[: len(stripped) - len(phrase)].strip()
    words = stripped.split()
    for size in (2, 1):
        tail = " ".join(words[-size:]).lower() if len(words) > size else ""
        if tail in CURRENCY_WORDS:
            return CURRENCY_WORDS[tail], " ".join(words[:-size])
        if tail in PHYSICAL_UNITS:
            return PHYSICAL_UNITS[tail], " ".join(words[:-size])
    return unit, stripped


_RANGE_RE = re.compile(r"^(?:between\s+|from\s+)?(?P<low>.+?)\s*(?:-|–|—|\bto\b|\band\b|\bthrough\b)\s*(?P<high>.+)$",
                       re.IGNORECASE)


def normalise_quantity(text: str) -> Optional[QuantityValue]:
    """Parse a quantity span (`more than 150`, `$106 billion`, `between 10 and 20`, `80%`); None if no number."""
    op, rest = split_operator(text)
    bound = re.search(rf"\s+(?:or|and)\s+({OPEN_BOUND_WORDS})$", rest)
    if bound:  # `$100,000 or more`: an open bound
        op, rest = OPEN_BOUNDS[bound.group(1)], rest[: bound.start()]
    rate = re.search(r"\s+(?:per|a|an)\s+([A-Za-z]+)$", rest)
    rate_item = rate.group(1) if rate else None
    rest = rest[: rate.start()] if rate else rest
    unit, number = _unit_and_number(rest)
    value = parse_number(number)
    if value is not None:
        return QuantityValue(as_json_number(value), None, None, op, unit, rate_item)
    match = _RANGE_RE.match(rest)
    if not match:
        return None
    low_unit, low_text = _unit_and_number(match.group("low"))
    high_unit, high_text = _unit_and_number(match.group("high"))
    high = parse_number(high_text)
    low = parse_number(low_text)
    if low is None or high is None:
        return None
    scale = _trailing_scale(high_text)
    if scale and not _trailing_scale(low_text) and low * scale <= high:
        low *= scale  # `$5-$10 million`: the scale word of the high end applies to the low end too
    return QuantityValue(None, as_json_number(low), as_json_number(high), op, high_unit or low_unit or unit, rate_item)


def _trailing_scale(text: str) -> Optional[int]:
    words = text.lower().split()
    return SCALES.get(words[-1]) if words and words[-1] in SCALES and words[-1] != "dozen" else None


def _noun_follows(words: list[str], index: int) -> bool:
    """Whether the word after `index` can continue a noun phrase (a word, not a stop word or punctuation)."""
    following = words[index + 1] if index + 1 < len(words) else ""
    return bool(re.match(r"^[A-Za-z]", following)) and following.lower() not in ITEM_STOP


def counted_item(after: str, unit: Optional[str], before: str = "") -> Optional[str]:
    """The head phrase counted or measured by a number, read from the text around its span.

    Counts take the noun phrase that follows (`Chinese nationals were` -> `Chinese nationals`), skipping a
    partitive `of the`. Money and percentages (SCHEMA.md revision 2) take what the amount or share is of or for:
    a noun right after (`a 25% tariff`), a phrase after `of`, `in`, `for` or `worth of` (`$100 billion in
    assets`, `57% of total consumption`), else the noun phrase before `of` (`tariffs of 25%`).
    """
    words = re.findall(r"[A-Za-z0-9’'\-\.]+|[^\w\s]|_", after)
    if unit is None and words[:1] == ["of"]:
        words = _without_determiners(words[1:])
    if unit not in (None, *MONEY_AND_SHARE_UNITS) and words[:1] == ["of"]:
        words = words[1:]
    while words and words[0].lower() in ("other", "such"):  # `10 other major economies` counts major economies
        words = words[1:]
    item = None if [w.lower() for w in words[:2]] == ["worth", "of"] else _noun_phrase(words)
    if item is None and unit in MONEY_AND_SHARE_UNITS:
        item = _what_money_is_for(words) or _noun_before_of(before)
    return item


MONEY_AND_SHARE_UNITS = ("USD", "EUR", "GBP", "JPY", "RUB", "CNY", "INR", "%")
DETERMINERS = ("the", "these", "those", "its", "their", "his", "her", "our", "this", "that", "a", "an")
# Words that open a time phrase, not a thing an amount is for (`$5 million in fiscal year 2025`, `for the first time`).
TIME_WORDS = {"fiscal", "fy", "year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "first",
              "second", "third", "last", "next", "recent", "part", "excess", "addition", "all", "each",
              *(name for name in ("january february march april may june july august september october november "
                                  "december").split())}


def _without_determiners(words: list[str]) -> list[str]:
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return words


def _what_money_is_for(words: list[str]) -> Optional[str]:
    """`in assets`, `for democracy assistance`, `worth of copper products`, `of total consumption` after an amount."""
    lead = [w.lower() for w in words[:2]]
    if lead[:2] == ["worth", "of"]:
        rest = words[2:]
    elif lead[:1] in (["in"], ["for"], ["of"]):
        rest = words[1:]
    else:
        return None
    rest = _without_determiners(rest)
    if not rest or rest[0].lower() in TIME_WORDS:
        return None
    return _noun_phrase(rest)


def _noun_before_of(before: str) -> Optional[str]:
    """The noun phrase ending just before `of` and the span (`tariffs of 25%`, `a reciprocal tariff rate of`):
    the words back to a determiner, a stop word or a verb form."""
    found = re.search(r"\bof\s+$", before)
    if not found:
        return None
    item: list[str] = []
    for word in reversed(before[: found.start()].split()):
        lowered = word.lower()
        if not re.fullmatch(r"[A-Za-z][A-Za-z\-]*", word) or lowered in ITEM_STOP or lowered in DETERMINERS or \
                len(item) >= MAX_ITEM_WORDS or (len(lowered) > 4 and lowered.endswith(("ed", "ing")) and
                                                lowered not in NOUNS_IN_ED_ING):
            break
        item.insert(0, word)
    if not item or item[-1].lower() in TIME_WORDS:
        return None
    return " ".join(item)


def _noun_phrase(words: list[str]) -> Optional[str]:
    """The noun phrase at the start of `words`, up to a stop word, a number, a participle or MAX_ITEM_WORDS."""
    item: list[str] = []
    for index, word in enumerate(words):
        lowered = word.lower()
        # Letters first, then letters, digits, hyphens (`M-1E3 prototypes`); a bare number ends the phrase.
        if not re.match(r"^[A-Za-z][A-Za-z0-9’'\-\.]*$", word) or len(item) >= MAX_ITEM_WORDS:
            break
        if lowered == "of" and item and index + 1 < len(words) and words[index + 1].lower() not in ITEM_STOP:
            item.append(word)
            continue
        if lowered in ITEM_STOP or lowered.isdigit():
            break
        # A participle ends the phrase (`individuals identified by`) unless it modifies a noun after it: first
        # after the number or hyphenated (`five firm-fixed price contracts`, `four cross-cutting functions`).
        if len(lowered) > 4 and lowered.endswith(("ed", "ing")) and lowered not in NOUNS_IN_ED_ING and \
                not ((not item or "-" in lowered) and _noun_follows(words, index)):
            break
        item.append(word if re.search(r"\.\w", word) else word.rstrip("."))
    while item and item[-1].lower() == "of":
        item.pop()
    return " ".join(item) or None
