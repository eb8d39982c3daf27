"""Numbers as written in briefs to floats: digits with separators, scale words, number words, `a dozen`."""

from __future__ import annotations

import re
from typing import Optional

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "dozen": 12}
SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
                       "tn": 1_000_000_000_000, "t": 1_000_000_000_000}
FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fourth": 0.25, "fifth": 0.2, "tenth": 0.1}

NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES) - {"a", "an"}
_DIGITS_RE = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$|^\.\d+$")


def parse_number(text: str) -> Optional[float]:
    """The value of a number phrase (`1,550`, `106 billion`, `two`, `a dozen`, `3.5m`, `twenty-five`), or None."""
    spaced = re.sub(r"(?<=\d)(?=(?:hundred|thousand|million|billion|trillion)\b)", " ", text.strip().lower())
    words = [w for w in re.split(r"[\s\-]+", spaced.replace("\u2011", "-")) if w]
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for word in words:
        value = _digits(word)
        if value is not None:
            current += value
            seen = True
        elif word in UNITS:
            current += UNITS[word]
            seen = seen or word not in ("a", "an")
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word in FRACTIONS or word.rstrip("s") in FRACTIONS:
            current = (current or 1) * FRACTIONS.get(word, FRACTIONS.get(word.rstrip("s"), 1.0))
            seen = True
        elif word in SCALES:
            scale = SCALES[word]
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
            seen = True
        elif word == "and":
            continue
        else:
            return None
    return _clean(total + current) if seen else None


def _digits(word: str) -> Optional[float]:
    """`1,550` -> 1550, `2.5` -> 2.5, `3.5m`/`10k`/`$2bn` suffixes scaled; None if not a digit token."""
    match = re.match(r"^([\d.,]+)([a-z]{0,2})$", word)
    if not match or not _DIGITS_RE.match(match.group(1)):
        return None
    value = float(match.group(1).replace(",", ""))
    suffix = match.group(2)
    if suffix:
        if suffix not in SCALE_ABBREVIATIONS:
            return None
        value *= SCALE_ABBREVIATIONS[suffix]
    return value


def _clean(value: float) -> float:
    """Round away float noise from scaling (2.3 * 1e9) so equal numbers compare equal."""
    return float(round(value, 12)) if abs(value) < 1e6 else float(round(value))


def as_json_number(value: Optional[float]) -> Optional[float | int]:
    """An integer-valued float as int (`2.0` -> 2) so JSON reads like the text; other values unchanged."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
