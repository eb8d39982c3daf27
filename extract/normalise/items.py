"""The `item` of a quantity: the counted noun phrase after a count, and what money or a share is of, in or for
(SCHEMA.md revision 2), read from the words around the span."""

from __future__ import annotations

import re
from typing import Optional

from extract.normalise.numbers import MULTIPLIERS, NUMBER_WORDS
from extract.normalise.quantities import CURRENCY_CODES

# Words that end a counted noun phrase: verbs, prepositions, conjunctions, relative words, determiners.
ITEM_STOP = set("""a an the this that these those which who whom whose what when where while whether and or but
nor so yet for to in on at by from with without into onto over under per than as is are was were be been being
has have had do does did will would shall should can could may might must not no also only each every all any
both either neither since until after before because if although though via including such its their his her
our your my it they he she we you i of annually yearly monthly respectively total overall apiece more less
about approximately roughly nearly available through between greater lower higher fewer above below across up down
among within last next earlier later ago yesterday today tomorrow now sometime sometimes just recently
already""".split())
MAX_ITEM_WORDS = 5
# Nouns that look like participles; any other -ed/-ing word ends the item (`individuals identified by`).
NOUNS_IN_ED_ING = {"buildings", "building", "funding", "housing", "spending", "training", "meetings", "meeting",
                   "hearings", "hearing", "earnings", "holdings", "proceedings", "offerings", "seed", "seeds",
                   "beds", "breed", "speed", "shed", "feed", "reed", "sled", "ceiling", "things", "thing",
                   "evening", "filings", "findings", "listings", "bookings", "rulings", "sightings", "need", "needs",
                   "deed", "deeds", "greed", "creed", "weed", "weeds", "steed", "bed", "red", "fed", "led"}
# Irregular verb forms, which end an item like `-ed` ones (`gasoline sold in`, `assets held in`, `exports fell to`,
# `steel exports go to`).
IRREGULAR_VERB_FORMS = set("""sold held paid made built spent given taken known shown seen found bought brought kept
lost told sent lent grown drawn written chosen stolen hidden caught fought sought won went fell rose grew came gave
took stood ran saw sank shrank withdrew said met left began became wrote spoke drove flew go goes come comes""".split())



# Nouns ending in `-ly` (and `elderly`) that the adverb test must not take for adverbs.
_NOUNS_IN_LY = {"family", "supply", "assembly", "anomaly", "monopoly", "ally", "italy", "rally", "july", "belly",
                "bully", "jelly", "folly", "holly", "lily", "reply", "elderly", "homily", "poly"}


def _noun_follows(words: list[str], index: int) -> bool:
    """Whether the word after `index` can continue a noun phrase (a word, not a stop word or punctuation)."""
    following = words[index + 1] if index + 1 < len(words) else ""
    return bool(re.match(r"^[A-Za-z]", following)) and following.lower() not in ITEM_STOP


def is_participle(word: str) -> bool:
    """`identified`, `used`, `sold`, `remaining`: a verb form that ends a noun phrase (not `funding`, `need`)."""
    lowered = word.lower()
    return lowered not in NOUNS_IN_ED_ING and (lowered in IRREGULAR_VERB_FORMS or len(lowered) > 3 and
                                                lowered.endswith("ed") or len(lowered) > 4 and lowered.endswith("ing"))


# A multiplier span (`nearly doubled`, `about six times`) or a share a verb cuts (`cut in half`): its item is what
# it multiplies or cuts, not a noun phrase it counts.
_MULTIPLIER = re.compile(rf"\b(?:{'|'.join(MULTIPLIERS)}|times)$", re.IGNORECASE)
_CUT_BY = re.compile(r"\b(?:in|by)\s+$")
# `of` right before a number: the number is a measure's value (`a birth rate of 2.1`, `a population of 200,000`).
_AFTER_OF = re.compile(r"\bof\s+$")
# Auxiliaries, adverbs and verbs of change between a subject and the multiplier it takes (`the debt has nearly`,
# `populations are going to be cut in`).
_BEFORE_MULTIPLIER = re.compile(
    r"(?P<subject>[A-Za-z][\w’'\-]*(?:\s+[A-Za-z][\w’'\-]*){0,7}?)\s+(?:(?:has|have|had|will|would|could|can|may|"
    r"might|is|are|was|were|be|been|also|more|than|nearly|almost|about|roughly|expected|going|likely|set|to|on|track|"
    r"cut|reduced|fell|fallen|dropped|grown|grew|increased|in|by)\s+)+$", re.IGNORECASE)


def multiplied_item(after: str, before: str) -> Optional[str]:
    """What a multiplier multiplies: the noun phrase it governs (`six times the rate`, `double the number of
    agents`), else the subject it changes (`the national debt has nearly doubled`), cut at a preposition."""
    words = _words(after)
    if words[:1] and words[0].lower() in ("the", "its", "their", "his", "her", "our"):
        return _noun_phrase(words[1:], through_possessive=True)
    clause = re.split(r"[;:!?,]\s|\b(?:that|which|while|but|and)\s", before)[-1]
    found = _BEFORE_MULTIPLIER.search(clause)
    if not found:
        return None
    subject = _without_determiners(found.group("subject").split())
    cut = next((i for i, word in enumerate(subject) if word.lower() in ITEM_STOP), len(subject))
    return " ".join(subject[:cut]) or None


def counted_item(after: str, unit: Optional[str], before: str = "", span: str = "") -> Optional[str]:
    """The head phrase counted or measured by a number, read from the text around its span.

    Counts take the noun phrase that follows (`Chinese nationals were` -> `Chinese nationals`), skipping a
    partitive `of the`. Money and percentages (SCHEMA.md revision 2) take what the amount or share is of or for:
    a noun right after (`a 25% tariff`), a phrase after `of`, `in`, `for` or `worth of` past any time phrase
    (`$100 billion in assets`, `57% of total consumption`, `$1 billion in FY2026 for new mills`), else the subject
    of a verb of measure (`net revenue was $5 million`) or the noun before `of`, `by`, `to`, `for` or `at`
    (`tariffs of 25%`, `raised the tariff to 25%`). A multiplier, and a share a verb cuts by, take `multiplied_item`.
    """
    if _MULTIPLIER.search(span) or (span.lower() == "half" and _CUT_BY.search(before)):
        return multiplied_item(after, before)
    # `a birth rate of 1.3 right now`, `a $200 million renovation right now`: an adverb of time is no item
    words = [] if re.match(r"\s*(?:right\s+)?now\b", after) else _words(re.sub(r"\bright\s+now\b", "now", after))
    share = unit in MONEY_AND_SHARE_UNITS
    if share and words[:1] == [")"] and re.search(r"\(\s*$", before):  # `three-fifths (58%) of tax filers`
        words = words[1:] if words[1:2] == ["of"] else []
        restated = re.search(r"\d\s+((?:[A-Za-z][\w\-’']*\s+){0,4}[A-Za-z][\w\-’']*)\s*\(\s*$", before)
        before = f"{restated.group(1)} of " if restated and not words else before  # `15 million children (21.5%)`
    partitive = unit is None and words[:1] == ["of"]  # `a million of Russia's own people`
    if partitive:
        words = _without_determiners(words[1:])
        words = _without_determiners(words[1:]) if words[:1] and words[0].lower() == "all" else words  # `half of all`
    elif re.fullmatch(r",?", " ".join(words[:1])) and _COORDINATED_COUNT.match(after):
        words = _words(after[_COORDINATED_COUNT.match(after).end() :])  # `two, three or more combat tours`
    if unit not in (None, *MONEY_AND_SHARE_UNITS) and words[:1] == ["of"]:
        words = words[1:]
    while words and words[0].lower() == "such":  # `one such version`: a determiner; `27 other EU states` keeps `other`
        words = words[1:]
    item = None if [w.lower() for w in words[:2]] == ["worth", "of"] else \
        _noun_phrase(words, share or partitive, of_complement=not partitive)  # `two of the senior members`
    if item is None and share and _AFTER_OF.search(before) and words[:1] != ["of"]:
        # the value of a measure named before it (`a statutory indirect cost cap of 30% for ...`, `a rate of nearly 3%
        # a year`), unless that is only a total (`a total of $2.7 billion for MRC system procurement`) or the amount
        # is a share of something after it (`a reduction of 15%-20% of their annual NIH funding`)
        measured = _noun_before(before)
        item = measured if measured and measured.lower() not in _BARE_TOTALS else None
    rate = words[1] if len(words) > 1 and words[0].lower() in ("a", "an", "per") else ""
    if item is None and share and re.fullmatch(r"[A-Za-z][A-Za-z\-]*", rate) and rate.lower() not in ITEM_STOP:
        item = rate  # `$4 a gallon`: a rate's item, as `$60 per barrel`
    if item is None and share:
        item = _what_money_is_for(_without_adjuncts(words), unit != "%") or _subject_of_measure(before) or \
            _noun_before(before)
    if item is None and unit is None and _AFTER_OF.search(before):
        item = _noun_before(before)  # a count with no noun after it: `a birth rate of 2.1`
    if item is None and unit is None and not words[:1] == ["of"]:
        # or the subject of a verb of measure (`the number of unemployed workers has grown by 1.6 million`)
        subject = _subject_of_measure(before)
        item = re.sub(r"^(?:number|total|count)\s+of\s+", "", subject, flags=re.IGNORECASE) if subject else None
    if item is None:
        label = _LIST_LABEL.search(before)  # a list line's label: `Cancer: $5.654B.`
        item = label.group("label") if label else None
    return item


# What follows a count whose number stands for its noun (`6 more will explore`, `139,000 claimed the credit`, `more
# than one million who already have`, `800 of which are`): an auxiliary or modal, a relative pronoun, a past verb
# and its object's determiner, or `more` ending the clause.
_ELIDED_NOUN = re.compile(
    r"\s*(?:more\s+)?(?:(?:have|has|had|will|would|shall|should|can|could|may|might|must|are|were|do|did|who|"
    r"of\s+(?:which|whom))\b|[a-z]{3,}ed\s+(?:the|a|an|their|its|his|her|our)\b)"
    r"|\s*more\s*[.;:!?,]")
_SCALED = re.compile(r"\b(?:million|billion|trillion)$", re.IGNORECASE)


def noun_elided(after: str, unit: Optional[str], before: str) -> bool:
    """Whether a count's number stands for a noun written elsewhere: no unit, and a verb, a relative pronoun or the
    clause's end where its noun would be (`6 more will explore`, `139,000 claimed the credit`, `800 of which`), and
    not a measure's value (`a population of 200,000 or more`)."""
    return unit is None and _ELIDED_NOUN.match(after) is not None and not _AFTER_OF.search(before)


def antecedent_item(span: str, earlier: list[tuple[Optional[str], Optional[str]]]) \
        -> tuple[Optional[str], Optional[str]]:
    """The (item, unit) a count with its noun elided takes from the nearest earlier quantity of its sentence that
    has an item (`5 countries have agreed ... and 6 more will` -> `countries`; `50 billion euros in extra tax
    revenue ... 200 billion more` -> that item and `EUR`); (None, None) when none does, for the item selector to
    fill from the words around it (`the forces, 50,000 of which`)."""
    for item, unit in reversed(earlier):
        if item and (unit is None or unit in CURRENCY_CODES and _SCALED.search(span)):
            return item, unit
    return None, None


# Words before `of` that name no measure of their own (`a total of $2.7 billion for ...`, `a low of $743`, `$9
# instead of $15`).
_BARE_TOTALS = {"total", "sum", "amount", "value", "level", "low", "high", "instead", "out"}


# A list line's label before its amount (`Heart Disease: $2.111B.`): capitalised words and a colon opening the line.
_LIST_LABEL = re.compile(r"(?:^|\n)(?P<label>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}):\s*$")


# Another count coordinated after this one, whose noun they share (`two, three or more combat tours`).
_NUMBER = rf"(?:\d[\d,.]*|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})"
_COORDINATED_COUNT = re.compile(rf"\s*,\s*(?:{_NUMBER},\s+)*{_NUMBER}\s+(?:or|and|to)\s+(?:more|fewer|{_NUMBER})\s+",
                                re.IGNORECASE)


def _words(text: str) -> list[str]:
    """Word tokens (`RDT&E`, `M-1E3`, `credits'`, `U.S.`) and single punctuation marks; a full stop that ends a
    sentence rather than an abbreviation is a mark of its own (`FY2023.` -> `FY2023`, `.`)."""
    words: list[str] = []
    for token in re.findall(r"[A-Za-z0-9’'\-\.&]+|[^\w\s]|_", text):
        full_stop = token.endswith(".") and len(token) > 2 and "." not in token[:-1]
        words += [token[:-1], "."] if full_stop else [token]
    return words


MONEY_AND_SHARE_UNITS = CURRENCY_CODES | {"%"}
DETERMINERS = ("the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "this", "that", "a", "an")
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
    """`words` past adverbs, a bracketed aside, time phrases and `in real terms` after an amount (`annually`, `in
    FY2026`, `(65%)`)."""
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
        elif lowered == "in" and [w.lower() for w in words[1:3]] in (["real", "terms"], ["nominal", "terms"],
                                                                     ["absolute", "terms"], ["relative", "terms"]):
            words = words[3:]  # a measure's manner, not what it is of (`7 per cent in real terms`)
        elif lowered in ("in", "for", "from", "during", "through") and _is_time(_without_determiners(words[1:])) and \
                not _dated_noun(_without_determiners(words[1:])):
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
    elif lead[:1] == ["to"] and money and words[1:2] and (words[1].lower() in DETERMINERS or words[1][:1].isupper()):
        rest = words[1:]  # `appropriated $500 billion to the ESF`: who receives it (not `to fund ...`)
    else:
        return None
    rest = _without_determiners(rest)
    while lead[:1] == ["of"] and rest[:1] and rest[0].lower() in ("all", "such"):  # `24% of all (such) tax filers`
        rest = _without_determiners(rest[1:])
    if not rest or rest[0].lower() in _DOCUMENT_PARTS or (_is_time(rest) and not _dated_noun(rest)):
        return None  # `(rounded to 1% in the table)`, `in FY2026`
    return _noun_phrase(rest, through_possessive=True)


def _dated_noun(words: list[str]) -> bool:
    """Whether a fiscal year written before a noun modifies it (`FY2027 discretionary procurement funding`)."""
    return bool(re.fullmatch(r"FY\s?\d{2,4}", words[0])) and len(words) > 1 and \
        re.fullmatch(r"[a-z][a-z\-]*", words[1]) is not None and words[1] not in ITEM_STOP | TIME_WORDS and \
        not is_participle(words[1])


# A verb of measure whose subject is what an amount or share is (`net revenue was`, `exports totaled`, `the credit
# could not exceed`, `capacity utilization fell to`), with auxiliaries and adverbs before it and a particle after.
_MEASURE_VERB = re.compile(
    r"(?P<subject>[^,;:()\n\"“]+?)\s+(?:(?:has|have|had|will|would|could|can|may|might|shall|should|must|not|is|are|"
    r"was|were|be|been|being|now|still|also|only|generally|annually|once|again|thus|far|reportedly|already|expected|"
    r"projected|likely|going|to)\s+)*"
    r"(?:is|are|was|were|be|been|total(?:ed|led|s)?|reach(?:ed|es)?|amount(?:ed|s)?\s+to|st(?:and|ood|ands)\s+at|"
    r"c[oa]mes?\s+(?:out\s+)?to|peak(?:ed|s)?\s+at|f[ae]ll(?:s|en)?|r[io]s(?:e|es|en)|(?:in|de)creas(?:e|ed|es)|"
    r"declin(?:e|ed|es)|drop(?:s|ped)?|gr[eo]w[sn]?|remain(?:ed|s)?(?:\s+at)?|costs?|exceed(?:ed|s)?|"
    r"equal(?:l?ed|s)?|climb(?:ed|s)?|jump(?:ed|s)?|rang(?:e|ed|es)|capped\s+at|set\s+at|funded\s+at|"
    r"surg(?:e|ed|es)|soar(?:ed|s)?|plung(?:e|ed|es)|hover(?:ed|s)?\s+at|"
    r"valued\s+at|estimated\s+at)(?:\s+[a-z]+ly)?(?:\s+(?:to|towards?|from|at|by|between))?"
    r"(?:\s+an?(?:\s+[a-z]+)?)?\s+$", re.IGNORECASE)


_PREPOSITIONS = set("""for to in on at by from with without into onto over under via through between among within
across including since during than as""".split())


def _subject_of_measure(before: str) -> Optional[str]:
    """The subject of a verb of measure just before the amount (`First-Class Mail performance declined from`),
    past an earlier amount of the same verb (`fell to 77.3% and`), cut at its first preposition; None when the
    clause before the verb is no noun phrase (`H.R. 1 would double funding and increase to`)."""
    before = re.sub(r"(?:\bfrom\s+)?[$€£¥]?\d[\d,.]*\s?(?:%|percent|per cent|[mb]illion|trillion)?"
                    r"(?:\s+in\s+(?:real|nominal)\s+terms)?\s+(?:to|and|or)\s+$", "", before)
    # a clause, or the object of a verb of expectation (`the Committee expects inflation to rise to`)
    clause = re.split(r"[;:!?]\s|,\s|\b(?:that|which|while|whereas|but|expects|anticipates)\s",
                      before)[-1]
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
    if not subject or not subject[0][:1].isalpha() or _is_time(subject) or all(is_adverb(w) for w in subject):
        return None  # `currently valued at` has no subject in its clause
    return " ".join(subject)


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
                len(item) >= MAX_ITEM_WORDS or previous == "to" or (is_participle(word) and not modifier):
            break
        item.insert(0, word)
        if word != words[index]:
            break  # an opening quote or bracket begins the phrase (`"Incomes of`)
    if not item or item[-1].lower() in TIME_WORDS:
        return None
    return " ".join(item)


# Determiners an `of` complement inside an item may open with (`Members of this Senate`).
_OF_DETERMINERS = {"the", "this", "these", "an", "a", "their", "its", "our"}


# -ing forms that take an object, never a noun's modifier inside an item (`1 X axis displaying categories`).
_OBJECT_TAKING = set("""including containing displaying showing involving affecting requiring using receiving covering
representing making having taking seeking providing reaching exceeding totaling totalling""".split())


def _noun_phrase(words: list[str], through_possessive: bool = False, of_complement: bool = True) -> Optional[str]:
    """The noun phrase at the start of `words`, up to a stop word, a number, a participle or MAX_ITEM_WORDS; a
    possessive ends a counted phrase (`two credits' benefits` counts credits) unless `through_possessive`; an `of`
    complement opening with a determiner or gerund is kept with `of_complement` (`children of working families`)."""
    item: list[str] = []
    opened = -1  # the index of a determiner or gerund an `of` complement opened with, already in `item`
    for index, word in enumerate(words):
        if index == opened:
            continue
        lowered = word.lower()
        in_name = bool(item) and item[-1][:1].isupper() and (word[:1].isupper() or word.isdigit())
        if word.isdigit() and in_name and _noun_follows(words, index):
            item.append(word)  # a number inside a name (`IFPC Increment 2 battalions`, `Section 408 requests`)
            continue
        # Letters first, then letters, digits, hyphens (`M-1E3 prototypes`); a bare number ends the phrase.
        if not re.match(r"^[A-Za-z][A-Za-z0-9’'\-\.&]*$", word) or len(item) >= MAX_ITEM_WORDS:
            break
        if lowered in ("of", "and", "or") and item and _noun_follows(words, index) and \
                not is_participle(words[index + 1]) and words[index + 1].lower() not in NUMBER_WORDS | {"another"}:
            item.append(word)  # `departments and agencies`, `state and local governments`
            continue
        if of_complement and lowered == "of" and item and index + 2 < len(words) and \
                (words[index + 1].lower() in _OF_DETERMINERS or is_participle(words[index + 1])) and \
                _noun_follows(words, index + 1) and len(item) + 3 <= MAX_ITEM_WORDS:
            # an `of` complement opening with a determiner or gerund (`share of the G7 loans`, `children of working
            # families`)
            item += [word, words[index + 1]]
            opened = index + 1
            continue
        if of_complement and lowered == "of" and item and index + 1 < len(words) and \
                re.fullmatch(r"[a-z]{3,}ing", words[index + 1]) and \
                (index + 2 == len(words) or not words[index + 2][:1].isalnum()):
            item += [word, words[index + 1]]  # a gerund alone (`cost of reoffending`)
            break
        if lowered in ITEM_STOP or lowered.isdigit():
            break
        # A participle ends the phrase (`individuals identified by`) unless it modifies a noun after it: first
        # after the number, hyphenated or after a possessive (`five firm-fixed price contracts`, `credits'
        # combined benefits`); so does an adverb after the head (`taxpayers nationally`).
        possessive = bool(item) and item[-1].endswith(("'", "’", "'s", "’s"))
        if possessive and not through_possessive:
            item[-1] = re.sub(r"['’]s?$", "", item[-1])
            break
        adverbs_only = all(is_adverb(w) for w in item)  # `five regionally aligned task forces`
        # a gerund between a singular noun and the noun it modifies (`lithium refining capacity`, `cryptocurrency
        # mining facilities`), not a verb taking an object (`X axis displaying categories`) or an adverb (`filing
        # jointly`)
        compound = lowered.endswith("ing") and lowered not in _OBJECT_TAKING and bool(item) and \
            item[-1].islower() and not _plural_noun(item[-1]) and _noun_follows(words, index) and \
            not is_participle(words[index + 1]) and not is_adverb(words[index + 1])
        if is_participle(word) and not in_name and not compound and \
                not ((adverbs_only or "-" in lowered or possessive) and _noun_follows(words, index)):
            break  # but a name's words are no participles (`Light Armored Reconnaissance vehicles`)
        if item and is_adverb(word) and \
                (not _noun_follows(words, index) or is_participle(words[index + 1])):
            break
        if item and item[-1].islower() and _plural_noun(item[-1]) and _bare_verb_like(word) and \
                index + 1 < len(words) and words[index + 1][:1].isalpha():
            break  # a verb after a plural head (`90 percent of the people hate Russia`, `116,000 businesses export`)
        item.append(word if re.search(r"\.\w", word) else word.rstrip("."))
    while item and item[-1].lower() in ("of", "and", "or"):
        item.pop()
    if all(is_adverb(w) for w in item):  # `$176.0 billion currently held`: an adverb counts nothing
        return None
    return " ".join(item) or None


_IRREGULAR_PLURALS = {"people", "men", "women", "children", "police", "personnel", "staff"}


def _plural_noun(word: str) -> bool:
    """A plural noun head (`businesses`, `Americans`, `people`), not a singular in -ss or -us nor a possessive."""
    lowered = word.lower()
    return lowered in _IRREGULAR_PLURALS or (len(lowered) > 3 and lowered.endswith("s") and
                                             not lowered.endswith(("ss", "us", "is", "'s", "’s")))


def _bare_verb_like(word: str) -> bool:
    """A lower-case word that can follow a plural subject as its verb: no plural, participle or gerund ending."""
    return word.isalpha() and word.islower() and not word.endswith(("s", "ed", "ing", "ly")) and len(word) > 2


def is_adverb(word: str) -> bool:
    """An `-ly` adverb (`regionally`, `currently`), not a short word or a noun in `-ly` (`family`, `supply`)."""
    lowered = word.lower()
    return len(lowered) > 4 and lowered.endswith("ly") and lowered not in _NOUNS_IN_LY
