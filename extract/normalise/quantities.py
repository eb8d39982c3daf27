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
# take it into a quantity's span (extract/mentions.py).
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


def counted_item(after: str, unit: Optional[str]) -> Optional[str]:
    """The head phrase counted by a number, read from the text right after its span.

    Counts take the noun phrase that follows (`Chinese nationals were` -> `Chinese nationals`), skipping a
    partitive `of the`; money and percentages take an item only when a noun directly follows.
    """
    words = re.findall(r"[A-Za-z0-9’'\-\.]+|[^\w\s]|_", after)
    if unit is None and words[:1] == ["of"]:
        words = words[1:]
        while words and words[0].lower() in ("the", "these", "those", "its", "their", "his", "her"):
            words = words[1:]
    if unit not in (None, "USD", "EUR", "GBP", "JPY", "RUB", "CNY", "INR", "%") and words[:1] == ["of"]:
        words = words[1:]
    while words and words[0].lower() in ("other", "such"):  # `10 other major economies` counts major economies
        words = words[1:]
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
