"""Quantity spans to SCHEMA.md values: `value` or a `low`/`high` range, `op`, `unit` and the counted `item`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from extract.normalise.numbers import SCALE_WORDS, SCALES, as_json_number, parse_number
from extract.rules import alternation

# Longest first so `more than` wins over `than`-less forms; each maps to SCHEMA.md's op.
OPERATORS = [
    ("no more than", "<="), ("not more than", "<="), ("no less than", ">="), ("not less than", ">="),
    ("more than", ">"), ("greater than", ">"), ("in excess of", ">"), ("upwards of", ">"), ("over", ">"),
    ("above", ">"), ("exceeding", ">"), ("at least", ">="), ("a minimum of", ">="), ("as many as", "<="),
    ("as much as", "<="), ("up to", "<="), ("at most", "<="), ("a maximum of", "<="), ("fewer than", "<"),
    ("less than", "<"), ("under", "<"), ("below", "<"), ("nearly", "~"), ("about", "~"),
    ("approximately", "~"), ("roughly", "~"), ("around", "~"), ("almost", "~"), ("some", "~"),
    ("an estimated", "~"), ("estimated", "~"), ("close to", "~"), ("approx.", "~"), ("circa", "~"), ("like", "~"),
]
# An open bound written after a number (`$100,000 or more`, `10 or fewer`) and the op it gives; the span rules
# take it into a quantity's span (extract/spans/quantities.py).
OPEN_BOUNDS = {word: ">=" for word in ("more", "greater", "higher", "above", "over")} | \
    {word: "<=" for word in ("less", "fewer", "lower", "below", "under")}
OPEN_BOUND_WORDS = "|".join(OPEN_BOUNDS)
# Money: a marker before the amount (`$`, `US$`, `A$`, `€`, `Y=` of old newswire yen, `RM` ringgit, an ISO code)
# or a word or ISO code after it (`5 million euros`, `5 million USD`); `unit` is the ISO 4217 code (SCHEMA.md).
CURRENCY_CODES = frozenset("""USD EUR GBP JPY AUD CAD NZD HKD SGD CHF CNY RUB INR MYR KRW BRL MXN ZAR SEK NOK DKK
PLN SAR AED IDR THB TWD ILS UAH EGP NGN PKR""".split())
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
                    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY",
                    "Y=": "JPY", "₽": "RUB", "₹": "INR", "₩": "KRW", "RM": "MYR"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
    "roubles": "RUB", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "yen": "JPY", "rupee": "INR", "rupees": "INR",
    "ringgit": "MYR", "australian dollars": "AUD", "canadian dollars": "CAD", "new zealand dollars": "NZD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD", "swiss francs": "CHF", "hryvnia": "UAH", "rupiah": "IDR",
}
# Currency markers written before an amount, longest first (`US$` before `$`): `A$`, `Y=`, `RM`, `€`, an ISO code.
CURRENCY_MARKERS = alternation([*CURRENCY_SYMBOLS, *CURRENCY_CODES])
_CURRENCY_PREFIX = re.compile(
    rf"^(?P<sign>minus\s+|[-\u2212])?(?P<marker>{CURRENCY_MARKERS})\s?(?=[-\u2212]?\.?\d)")
PERCENT_WORDS = ("percent", "per cent", "%", "percentage points", "percentage point")
PHYSICAL_UNITS = {
    "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km", "m": "m", "meter": "m",
    "meters": "m", "metre": "m", "metres": "m", "mile": "mile", "miles": "mile", "mi": "mile", "foot": "ft",
    "feet": "ft", "ft": "ft", "barrel": "barrel", "barrels": "barrel", "gallon": "gallon", "gallons": "gallon",
    "ton": "ton", "tons": "ton", "tonne": "tonne", "tonnes": "tonne", "acre": "acre", "acres": "acre", "lb": "pound",
    "lbs": "pound", "pound": "pound", "pounds": "pound", "kg": "kg", "kilogram": "kg", "kilograms": "kg", "mw": "MW",
    "megawatts": "MW", "gw": "GW", "gigawatts": "GW", "bushel": "bushel", "bushels": "bushel", "psi": "psi",
    "pounds per square inch": "psi", "square miles": "square mile", "square feet": "square foot",
    "hectares": "hectare", "degree": "degree", "degrees": "degree",
}

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
    """Strip currency, percent and unit markers: (`unit`, the bare number phrase, its sign kept)."""
    stripped = text.strip()
    unit: Optional[str] = None
    prefix = _CURRENCY_PREFIX.match(stripped)
    if prefix:
        marker = prefix.group("marker")
        unit = CURRENCY_SYMBOLS.get(marker, marker)
        stripped = (prefix.group("sign") or "") + stripped[prefix.end() :].strip()
    lowered = stripped.lower()
    for word in sorted(PERCENT_WORDS, key=len, reverse=True):
        if lowered.endswith(word):
            return ("percentage point" if "point" in word else "%"), stripped[: len(stripped) - len(word)].strip()
    words = stripped.split()
    if len(words) > 1 and words[-1] in CURRENCY_CODES:  # `5 million USD`
        return words[-1], " ".join(words[:-1])
    for size in (4, 3, 2, 1):  # `pounds per square inch`, `hong kong dollars`
        tail = " ".join(words[-size:]).lower() if len(words) > size else ""
        if tail in CURRENCY_WORDS:
            return CURRENCY_WORDS[tail], " ".join(words[:-size])
        if tail in PHYSICAL_UNITS:
            return PHYSICAL_UNITS[tail], " ".join(words[:-size])
    glued = re.fullmatch(r"(.*\d)\s?([a-z]{1,2})", stripped)  # `35m` is metres without a currency, `12km`
    if unit is None and glued and glued.group(2) in PHYSICAL_UNITS:
        return PHYSICAL_UNITS[glued.group(2)], glued.group(1)
    return unit, stripped


def _amount(number: str, unit: Optional[str]) -> Optional[float]:
    """The number's value; a one-letter scale (`£35m`, `$2b`, `$10k`) counts only after a currency, so a bare
    `10k` or `35M` is left unread rather than guessed."""
    if unit not in CURRENCY_CODES and re.search(r"\d\s?[kmbtKMBT]$", number):
        return None
    return parse_number(number)


_RANGE_RE = re.compile(
    r"^(?:between\s+|from\s+)?(?P<low>.+?)\s*(?:-|–|—|\bto\b|\band\b|\bthrough\b)\s*(?P<high>.+)$", re.IGNORECASE)


def normalise_quantity(text: str) -> Optional[QuantityValue]:
    """Parse a quantity span (`more than 150`, `$106 billion`, `between 10 and 20`, `80%`); None if no number."""
    op, rest = split_operator(text)
    bound = re.search(rf"\s+(?:or|and)\s+({OPEN_BOUND_WORDS})$", rest)
    if bound:  # `$100,000 or more`: an open bound
        op, rest = OPEN_BOUNDS[bound.group(1)], rest[: bound.start()]
    # `per cent` is a percentage, `a quarter of a million` a scale
    rate = re.search(rf"\s+(?:per|a|an)\s+(?!cent\b|{SCALE_WORDS}$)([A-Za-z]+)$", rest)
    rate_item = rate.group(1) if rate else None
    rest = rest[: rate.start()] if rate else rest
    unit, number = _unit_and_number(rest)
    value = _amount(number, unit)
    if value is not None:
        return QuantityValue(as_json_number(value), None, None, op, unit, rate_item)
    bounds = _range(rest)
    if bounds is None:
        return None
    low, high, range_unit = bounds
    return QuantityValue(None, as_json_number(low), as_json_number(high), op, range_unit or unit, rate_item)


def _range(text: str) -> Optional[tuple[float, float, Optional[str]]]:
    """(`low`, `high`, unit) of a range written `between 10 and 20`, `$5-$10 million`, `from -4 to 2`; None when
    the ends are not rising (`2-2`, `3-1`: a score or a ratio, not a range)."""
    match = _RANGE_RE.match(text)
    if not match:
        return None
    low_unit, low_text = _unit_and_number(match.group("low"))
    high_unit, high_text = _unit_and_number(match.group("high"))
    unit = high_unit or low_unit
    low, high = _amount(low_text, unit), _amount(high_text, unit)
    if low is None or high is None:
        return None
    scale = _trailing_scale(high_text)
    if scale and not _trailing_scale(low_text) and low * scale <= high:
        low *= scale  # `$5-$10 million`: the scale word of the high end applies to the low end too
    return (low, high, unit) if low < high else None


def _trailing_scale(text: str) -> Optional[int]:
    """The scale word a number phrase ends with (`10 million` -> 1e6), or None."""
    words = text.lower().split()
    return SCALES.get(words[-1]) if words and words[-1] in SCALES and words[-1] != "dozen" else None
