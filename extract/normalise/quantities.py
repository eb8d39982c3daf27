"""Quantity spans to SCHEMA.md values: `value` or a `low`/`high` range, `op`, `unit` and the counted `item`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from extract.normalise.numbers import NUMBER_WORDS, SCALES, as_json_number, parse_number

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
_CURRENCY_PREFIX = re.compile(
    r"^(?P<sign>minus\s+|[-\u2212])?(?P<marker>{})\s?(?=[-\u2212]?\.?\d)".format(
        "|".join(re.escape(m) for m in sorted([*CURRENCY_SYMBOLS, *CURRENCY_CODES], key=len, reverse=True))))
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
# Words that end a counted noun phrase: verbs, prepositions, conjunctions, relative words, determiners.
ITEM_STOP = set("""a an the this that these those which who whom whose what when where while whether and or but
nor so yet for to in on at by from with without into onto over under per than as is are was were be been being
has have had do does did will would shall should can could may might must not no also only each every all any
both either neither since until after before because if although though via including such its their his her
our your my it they he she we you i of annually yearly monthly respectively total overall apiece more less
about approximately roughly nearly available through between greater lower higher fewer above below across up down
among within last next earlier later ago yesterday today tomorrow""".split())
MAX_ITEM_WORDS = 5
# Nouns that look like participles; any other -ed/-ing word ends the item (`individuals identified by`).
NOUNS_IN_ED_ING = {"buildings", "building", "funding", "housing", "spending", "training", "meetings", "meeting",
                   "hearings", "hearing", "earnings", "holdings", "proceedings", "offerings", "seed", "seeds",
                   "beds", "breed", "speed", "shed", "feed", "reed", "sled", "ceiling", "things", "thing",
                   "evening", "filings", "findings", "listings", "bookings", "rulings", "sightings", "need", "needs",
                   "deed", "deeds", "greed", "creed", "weed", "weeds", "steed", "bed", "red", "fed", "led"}
# Irregular verb forms, which end an item like `-ed` ones (`gasoline sold in`, `assets held in`, `exports fell to`).
IRREGULAR_VERB_FORMS = set("""sold held paid made built spent given taken known shown seen found bought brought kept
lost told sent lent grown drawn written chosen stolen hidden caught fought sought won went fell rose grew came gave
took stood ran saw sank shrank""".split())


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
    rate = re.search(r"\s+(?:per|a|an)\s+(?!cent\b)([A-Za-z]+)$", rest)  # `per cent` is a percentage
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


def _noun_follows(words: list[str], index: int) -> bool:
    """Whether the word after `index` can continue a noun phrase (a word, not a stop word or punctuation)."""
    following = words[index + 1] if index + 1 < len(words) else ""
    return bool(re.match(r"^[A-Za-z]", following)) and following.lower() not in ITEM_STOP


def _is_participle(word: str) -> bool:
    """`identified`, `used`, `sold`, `remaining`: a verb form that ends a noun phrase (not `funding`, `need`)."""
    lowered = word.lower()
    return lowered not in NOUNS_IN_ED_ING and (lowered in IRREGULAR_VERB_FORMS or len(lowered) > 3 and
                                                lowered.endswith("ed") or len(lowered) > 4 and lowered.endswith("ing"))


def counted_item(after: str, unit: Optional[str], before: str = "") -> Optional[str]:
    """The head phrase counted or measured by a number, read from the text around its span.

    Counts take the noun phrase that follows (`Chinese nationals were` -> `Chinese nationals`), skipping a
    partitive `of the`. Money and percentages (SCHEMA.md revision 2) take what the amount or share is of or for:
    a noun right after (`a 25% tariff`), a phrase after `of`, `in`, `for` or `worth of` past any time phrase
    (`$100 billion in assets`, `57% of total consumption`, `$1 billion in FY2026 for new mills`), else the subject
    of a verb of measure (`net revenue was $5 million`) or the noun before `of`, `by`, `to`, `for` or `at`
    (`tariffs of 25%`, `raised the tariff to 25%`).
    """
    words = _words(after)
    share = unit in MONEY_AND_SHARE_UNITS
    if share and words[:1] == [")"] and re.search(r"\(\s*$", before):  # `three-fifths (58%) of tax filers`
        words = words[1:] if words[1:2] == ["of"] else []
        restated = re.search(r"\d\s+((?:[A-Za-z][\w\-’']*\s+){0,4}[A-Za-z][\w\-’']*)\s*\(\s*$", before)
        before = f"{restated.group(1)} of " if restated and not words else before  # `15 million children (21.5%)`
    partitive = unit is None and words[:1] == ["of"]  # `a million of Russia's own people`
    if partitive:
        words = _without_determiners(words[1:])
    if unit not in (None, *MONEY_AND_SHARE_UNITS) and words[:1] == ["of"]:
        words = words[1:]
    while words and words[0].lower() in ("other", "such"):  # `10 other major economies` counts major economies
        words = words[1:]
    item = None if [w.lower() for w in words[:2]] == ["worth", "of"] else _noun_phrase(words, share or partitive)
    rate = words[1] if len(words) > 1 and words[0].lower() in ("a", "an", "per") else ""
    if item is None and share and re.fullmatch(r"[A-Za-z][A-Za-z\-]*", rate) and rate.lower() not in ITEM_STOP:
        item = rate  # `$4 a gallon`: a rate's item, as `$60 per barrel`
    if item is None and share:
        item = _what_money_is_for(_without_adjuncts(words), unit != "%") or _subject_of_measure(before) or \
            _noun_before(before)
    return item


def _words(text: str) -> list[str]:
    """Word tokens (`RDT&E`, `M-1E3`, `credits'`, `U.S.`) and single punctuation marks; a full stop that ends a
    sentence rather than an abbreviation is a mark of its own (`FY2023.` -> `FY2023`, `.`)."""
    words: list[str] = []
    for token in re.findall(r"[A-Za-z0-9’'\-\.&]+|[^\w\s]|_", text):
        full_stop = token.endswith(".") and len(token) > 2 and "." not in token[:-1]
        words += [token[:-1], "."] if full_stop else [token]
    return words


MONEY_AND_SHARE_UNITS = CURRENCY_CODES | {"%"}
DETERMINERS = ("the", "these", "those", "its", "their", "his", "her", "our", "this", "that", "a", "an")
# Words that open a time phrase, not a thing an amount is for (`$5 million in fiscal year 2025`, `for the first time`).
TIME_WORDS = {"fiscal", "fy", "year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "first",
              "second", "third", "last", "next", "recent", "part", "excess", "addition", "all", "each",
              *(name for name in ("january february march april may june july august september october november "
                                  "december").split())}
_TIME_TOKEN = re.compile(r"^(?:FY\s?\d{2,4}(?:-FY\d{2,4})?|(?:1[6-9]|20|21)\d\d(?:-\d{2,4})?)$", re.IGNORECASE)
_DOCUMENT_PARTS = {"table", "tables", "figure", "figures", "chart", "graph", "appendix", "footnote", "text"}
# Adverbs written between an amount and what it is for (`$300 million annually for a new program`).
_ADJUNCT_WORDS = {"annually", "yearly", "monthly", "available", "remaining", "combined", "apiece", "respectively"}


def _without_determiners(words: list[str]) -> list[str]:
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return words


def _is_time(words: list[str]) -> bool:
    """Whether `words` open a time phrase (`FY2026`, `2024`, `fiscal year 2025`, `tax year 2023`, `each year`)."""
    lowered = [w.lower() for w in words[:2]]
    return bool(lowered) and (lowered[0] in TIME_WORDS or bool(_TIME_TOKEN.match(words[0])) or
                              lowered[1:2] in (["year"], ["years"], ["quarter"]))


def _without_adjuncts(words: list[str]) -> list[str]:
    """`words` past adverbs, a bracketed aside and time phrases after an amount (`annually`, `in FY2026`, `(65%)`)."""
    while words:
        lowered = words[0].lower()
        if lowered in _ADJUNCT_WORDS:
            words = words[1:]
        elif lowered in ("per", "a", "each") and words[1:2] and words[1].lower() in TIME_WORDS:
            words = words[2:]
        elif lowered in ("is", "are", "was", "were") and words[1:2] == ["for"]:  # `$38.4 billion is for RDT&E`
            words = words[1:]
        elif words[0] == "(" and ")" in words:
            words = words[words.index(")") + 1 :]
        elif lowered in ("in", "for", "from", "during", "through") and _is_time(_without_determiners(words[1:])):
            rest = _without_determiners(words[1:])
            words = rest[next((i for i in range(len(rest)) if not _is_time(rest[i:]) and not rest[i].isdigit()),
                              len(rest)) :]
        else:
            break
    return words


def _what_money_is_for(words: list[str], money: bool = False) -> Optional[str]:
    """`in assets`, `for democracy assistance`, `worth of copper products`, `of total consumption` after an amount."""
    lead = [w.lower() for w in words[:2]]
    if lead[:2] == ["worth", "of"]:
        rest = words[2:]
    elif lead[:1] in (["in"], ["for"], ["of"]) or lead[:1] == ["on"] and money:  # `spent $5 million on ports`
        rest = words[1:]
    else:
        return None
    rest = _without_determiners(rest)
    if lead[:1] == ["of"] and rest[:1] and rest[0].lower() == "all":  # `24% of all tax filers`
        rest = _without_determiners(rest[1:])
    if not rest or _is_time(rest) or rest[0].lower() in _DOCUMENT_PARTS:  # `(rounded to 1% in the table)`
        return None
    return _noun_phrase(rest, through_possessive=True)


# A verb of measure whose subject is what an amount or share is (`net revenue was`, `exports totaled`, `the credit
# could not exceed`, `capacity utilization fell to`), with auxiliaries and adverbs before it and a particle after.
_MEASURE_VERB = re.compile(
    r"(?P<subject>[^,;:()\n\"“]+?)\s+(?:(?:has|have|had|will|would|could|can|may|might|shall|should|must|not|is|are|"
    r"was|were|be|been|being|now|still|also|only|generally|annually|once|again|thus|far|reportedly|already|to)\s+)*"
    r"(?:is|are|was|were|be|been|total(?:ed|led|s)?|reach(?:ed|es)?|amount(?:ed|s)?\s+to|st(?:and|ood|ands)\s+at|"
    r"c[oa]mes?\s+(?:out\s+)?to|peak(?:ed|s)?\s+at|f[ae]ll(?:s|en)?|r[io]s(?:e|es|en)|(?:in|de)creas(?:e|ed|es)|"
    r"declin(?:e|ed|es)|drop(?:s|ped)?|gr[eo]w[sn]?|remain(?:ed|s)?(?:\s+at)?|costs?|exceed(?:ed|s)?|"
    r"equal(?:l?ed|s)?|climb(?:ed|s)?|jump(?:ed|s)?|rang(?:e|ed|es)|capped\s+at|set\s+at|funded\s+at|"
    r"valued\s+at|estimated\s+at)(?:\s+(?:to|from|at|by|between))?\s+$", re.IGNORECASE)


_PREPOSITIONS = set("""for to in on at by from with without into onto over under via through between among within
across including since during than as""".split())


def _subject_of_measure(before: str) -> Optional[str]:
    """The subject of a verb of measure just before the amount (`First-Class Mail performance declined from`),
    past an earlier amount of the same verb (`fell to 77.3% and`), cut at its first preposition; None when the
    clause before the verb is no noun phrase (`H.R. 1 would double funding and increase to`)."""
    before = re.sub(r"(?:\bfrom\s+)?[$€£¥]?\d[\d,.]*\s?(?:%|percent|per cent|[mb]illion|trillion)?\s+"
                    r"(?:to|and|or)\s+$", "", before)
    clause = re.split(r"[;:!?]\s|,\s|\b(?:that|which|while|whereas|but)\s", before)[-1]
    found = _MEASURE_VERB.search(clause)
    if not found:
        return None
    words = [w for w in found.group("subject").split() if re.match(r"[\w’'\"“]", w)]
    words = _without_determiners(words[1:] if words[:1] in (["and"], ["or"], ["but"]) else words)
    subject: list[str] = []
    for word in words:
        lowered = word.lower()
        if lowered in _PREPOSITIONS - {"per"} or (lowered.endswith("ly") and subject):
            break
        if (lowered in ITEM_STOP and lowered not in ("of", "and", "per", "total") and
                not (lowered in DETERMINERS and subject[-1:] == ["of"])) or len(subject) > MAX_ITEM_WORDS:
            return None
        subject.append(word.strip("\"“”"))
    while subject and subject[-1].lower() in ("of", "and", "per"):
        subject.pop()
    return " ".join(subject) if subject and subject[0][:1].isalpha() and not _is_time(subject) else None


_PARTICLES = {"up", "down", "out", "off"}
# Verbs that take the thing changed as object (`increase real household incomes by 5.7%`); as a head they are nouns.
_VERBS_OF_CHANGE = set("""increase decrease reduce raise lower cut boost grow expand push bring drive lift hike double
triple elevate restore set keep hold put make take""".split())


def _noun_before(before: str) -> Optional[str]:
    """The noun phrase ending just before `of`, `by`, `to`, `for` or `at` and the span (`tariffs of 25%`, `raised the
    tariff to 25%`, `a reciprocal tariff rate of`): the words back to a determiner, a stop word or a verb form."""
    found = re.search(r"\b(?:of|by|to|for|at)\s+$", before)
    if not found:
        return None
    verbs = _VERBS_OF_CHANGE if found.group().strip() in ("to", "by") else set()  # `increase to 5%` is a verb
    words = before[: found.start()].split()
    item: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index].lstrip("\"“(")
        lowered = word.lower()
        previous = words[index - 1].lower() if index else ""
        modifier = previous in DETERMINERS or previous.endswith(("'s", "’s"))  # `the projected cost of`
        if not re.fullmatch(r"[A-Za-z][A-Za-z\-]*", word) or lowered in ITEM_STOP | NUMBER_WORDS | _PARTICLES or \
                lowered in DETERMINERS or lowered in (_VERBS_OF_CHANGE if item else verbs) or \
                len(item) >= MAX_ITEM_WORDS or previous == "to" or (_is_participle(word) and not modifier):
            break
        item.insert(0, word)
        if word != words[index]:
            break  # an opening quote or bracket begins the phrase (`"Incomes of`)
    if not item or item[-1].lower() in TIME_WORDS:
        return None
    return " ".join(item)


def _noun_phrase(words: list[str], through_possessive: bool = False) -> Optional[str]:
    """The noun phrase at the start of `words`, up to a stop word, a number, a participle or MAX_ITEM_WORDS; a
    possessive ends a counted phrase (`two credits' benefits` counts credits) unless `through_possessive`."""
    item: list[str] = []
    for index, word in enumerate(words):
        lowered = word.lower()
        # Letters first, then letters, digits, hyphens (`M-1E3 prototypes`); a bare number ends the phrase.
        if not re.match(r"^[A-Za-z][A-Za-z0-9’'\-\.&]*$", word) or len(item) >= MAX_ITEM_WORDS:
            break
        if lowered == "of" and item and index + 1 < len(words) and words[index + 1].lower() not in ITEM_STOP:
            item.append(word)
            continue
        if lowered in ITEM_STOP or lowered.isdigit():
            break
        # A participle ends the phrase (`individuals identified by`) unless it modifies a noun after it: first
        # after the number, hyphenated or after a possessive (`five firm-fixed price contracts`, `credits'
        # combined benefits`); so does an adverb after the head (`taxpayers nationally`).
        possessive = bool(item) and item[-1].endswith(("'", "’", "'s", "’s"))
        if possessive and not through_possessive:
            item[-1] = re.sub(r"['’]s?$", "", item[-1])
            break
        if _is_participle(word) and not ((not item or "-" in lowered or possessive) and _noun_follows(words, index)):
            break
        if item and len(lowered) > 4 and lowered.endswith("ly") and \
                (not _noun_follows(words, index) or _is_participle(words[index + 1])):
            break
        item.append(word if re.search(r"\.\w", word) else word.rstrip("."))
    while item and item[-1].lower() == "of":
        item.pop()
    return " ".join(item) or None
