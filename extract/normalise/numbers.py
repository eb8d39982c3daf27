"""Numbers as written in briefs to floats: digits with separators, scale words, number words, `a dozen`, a sign."""

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
# The scale words as a regex alternation (`dozen` scales a count but never follows `a quarter of a`).
SCALE_WORDS = "(?:" + "|".join(word for word in SCALES if word != "dozen") + ")"
FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fourth": 0.25, "fifth": 0.2, "tenth": 0.1}

NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES) - {"a", "an"}
_DIGITS_RE = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$|^\.\d+$")
_SIGN_RE = re.compile(r"^(?:minus|negative)\s+|^[-\u2212](?=\.?\d)")
# What each kind of number word may follow (None: the start), so that only words that form one number combine:
# `one hundred`, `twenty-five`, `2.5 million`, `two-thirds`; not `2-2`, `one 52,000` or `five six`.
_MAY_FOLLOW = {
    "digit": {None},
    "unit": {None, "tens", "hundred", "scale", "and"},
    "teen": {None, "hundred", "scale", "and"},
    "tens": {None, "hundred", "scale", "and"},
    "hundred": {None, "digit", "unit", "teen", "tens", "article"},
    "scale": {"digit", "unit", "teen", "tens", "hundred", "fraction", "article", "scale"},
    "fraction": {None, "digit", "unit", "teen", "tens", "article"},
    "and": {"hundred", "scale"},
}


# A multiplier (`doubled`, `twice`, `six times`), as a factor or the number before `times`.
MULTIPLIERS = {"twice": 2, "double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "triple": 3, "tripled": 3,
               "triples": 3, "tripling": 3, "quadruple": 4, "quadrupled": 4, "quadruples": 4, "quadrupling": 4}
# A share written as a ratio: `1 in 257`, `one in every six`, `Eight out of 10`.
_RATIO_RE = re.compile(r"^(?P<part>.+?)\s+(?:out\s+of|in(?:\s+every)?)\s+(?P<whole>.+)$")


def parse_number(text: str) -> Optional[float]:
    """The value of a number phrase (`1,550`, `106 billion`, `two`, `a dozen`, `3.5m`, `twenty-five`, `minus 4`,
    `1/4`, `a quarter of a million`), a ratio (`1 in 5` -> 0.2) or a multiplier (`doubled`, `six times` -> 6), or
    None when its words do not form one number (`2-2`, `one 52,000`)."""
    lowered = text.strip().lower()
    if lowered in MULTIPLIERS:
        return float(MULTIPLIERS[lowered])
    times = re.fullmatch(r"(.+?)\s+times", lowered)
    if times:
        return parse_number(times.group(1))
    ratio = _RATIO_RE.match(lowered)
    if ratio:
        part, whole = parse_number(ratio.group("part")), parse_number(ratio.group("whole"))
        return part / whole if part is not None and whole else None
    lowered = re.sub(rf"\b(half|quarters?|thirds?|fifths?)\s+(?:of\s+)?an?\s+(?={SCALE_WORDS}\b)", r"\1 ",
                     lowered)  # `a quarter of a million`, `half a billion`
    sign = _SIGN_RE.match(lowered)
    lowered = lowered[sign.end() :] if sign else lowered
    spaced = re.sub(rf"(?<=\d)(?={SCALE_WORDS}\b)", " ", lowered)
    words = [w for w in re.split(r"[\s\-]+", spaced.replace("\u2011", "-")) if w]
    if words[:1] in (["a"], ["an"]) and len(words) > 1 and _digits(words[1]) is not None:
        words = words[1:]  # `up to a 245%`: an article, not the number one
    value = _combine(words)
    return None if value is None else (-value if sign and value else value)


def _kind(word: str) -> Optional[str]:
    """The grammatical kind of one number token, or None if it is no part of a number."""
    if _digits(word) is not None:
        return "digit"
    if word in ("a", "an"):
        return "article"
    if word in UNITS:
        return "teen" if UNITS[word] >= 10 else "unit"
    if word in TENS:
        return "tens"
    if word in SCALES:
        return "hundred" if word == "hundred" else "scale"
    if word in FRACTIONS or word.rstrip("s") in FRACTIONS:
        return "fraction"
    return "and" if word == "and" else None


def _combine(words: list[str]) -> Optional[float]:
    """Sum and scale the tokens of one number phrase; None for an empty phrase or words out of order."""
    total, current, last, seen = 0.0, 0.0, None, False
    for word in words:
        kind = _kind(word)
        if kind is None or (kind != "article" and last not in _MAY_FOLLOW[kind]):
            return None
        if kind in ("digit", "unit", "teen", "tens"):
            current += _digits(word) if kind == "digit" else UNITS.get(word, TENS.get(word, 0))
        elif kind == "article":
            if last is not None:
                return None
            current = 1.0
        elif kind == "fraction":
            current = (current or 1) * FRACTIONS.get(word, FRACTIONS.get(word.rstrip("s"), 1.0))
        elif kind in ("hundred", "scale"):
            current = (current or 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0.0
        seen = seen or kind not in ("article", "and")
        last = kind
    return _clean(total + current) if seen and last != "and" else None


def _digits(word: str) -> Optional[float]:
    """`1,550` -> 1550, `2.5` -> 2.5, `1/4` -> 0.25, `3.5m`/`10k`/`$2bn` suffixes scaled; None if not a digit token."""
    fraction = re.fullmatch(r"(\d{1,2})/(\d{1,2})", word)
    if fraction:
        part, whole = int(fraction.group(1)), int(fraction.group(2))
        return part / whole if part < whole else None  # `24/7` is no share
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
