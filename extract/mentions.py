"""Raw mentions from any entity back end, and the SCHEMA.md span rules every back end's output goes through.

The rules trim what SCHEMA.md keeps outside a span (`the`, a possessive `'s`) and drop what it says is not a
mention (years and durations as quantities, durations as dates, numbers inside names and references; for
actors: function words, generic and role nouns, facilities, programmes, names inside cited titles). ORG names
the tagger split (at `of`/`for`/`and`, or after a possessive) are joined back first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.normalise.actors import (abbreviations_defined, common_noun_abbreviations, first_words, kinds_of_body,
                                      state_named, world_table)
from extract.normalise.quantities import OPEN_BOUND_WORDS

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
ENTITY_LABELS = ACTOR_LABELS + ("QUANTITY", "DATE")

_DURATION_UNITS = r"(?:years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?|quarters?)"
_DATE_ANCHORS = r"\b(?:ago|last|this|next|that|same|previous|prior|following|earlier|later|past|coming)\b"
_REFERENCE_WORDS = re.compile(
    r"(?:\b(?:section|sections|sec\.|title|chapter|part|no\.|number|h\.r\.|s\.|p\.l\.|public law|report|"
    r"rule|tier|phase|step|division|subtitle|article|amendment|figure|table|page|pages|pp\.|volume|vol\.|"
    r"increment|block|lots?|tranche|version)|§)\s*$",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"^(?:1[6-9]|20|21)\d\d$")
# Head words of names that SCHEMA.md says are not actors: programmes, laws, documents, systems, funds.
# (Not `Systems`: on dev and the unlabelled corpus every name ending in it is a company or a command; not
# `Studies`: `Nelson Institute for Environmental Studies` is an institute.)
NON_ACTOR_HEADS = set("""program programs programme initiative act acts law plan strategy system vehicle
vehicles tank tanks missile missiles weapon weapons launcher capability capabilities standard standards waiver
waivers report reports rule rules agreement treaty policy project projects account budget grant grants fund funds
order orders directive memorandum review study data index survey database code tariff tariffs schedule exercise
operation operations doctrine framework model designation series formula method approach platform agreements
treaties plans strategies initiatives policies laws frameworks directives reviews surveys credit credits deduction
deductions exemption exemptions letter letters guidance amendment amendments clause clauses""".split())
# Words that only join the parts of a name (`Department of Health and Human Services`); never a name alone.
CONNECTORS = {"of", "for", "on", "and", "the", "&"}
# Function words that cannot be a name alone, in any case (`and`, `The`, `Of`).
FUNCTION_WORDS = CONNECTORS | {"a", "an", "in", "to", "at", "by", "with", "from", "or", "as", "its", "their", "this",
                               "that"}
# Heads of a government body, which keeps the possessive name in front of it as part of its own name
# (`China's Ministry of Foreign Affairs`, `Congress's Joint Economic Committee`).
INSTITUTION_WORDS = set("""Ministry Department Office Committee Subcommittee Bureau Agency Commission Council Embassy
Directorate Command Secretariat Cabinet Parliament Court""".split())
# Bare head nouns: alone (`the Committee`, `the Administration`) they are role nouns, which SCHEMA.md says are
# not actors.
ROLE_NOUNS = INSTITUTION_WORDS | set("""Administration Service Institute Corporation Company Authority Board Foundation
Center Group Association Organization""".split())
# Last words of an organisation's name: a name ending in one is whole, so an `and` after it starts another name
# (`Farm Service Agency and Natural Resources Conservation Service` are two ORGs).
ORG_HEADS = ROLE_NOUNS | {"Services", "Institutes", "Force", "Army", "Navy", "Corps", "Guard", "Inc.", "LLC"}
# Heads of a facility name (bases, ranges, depots): SCHEMA.md's conventions say facilities are not actors.
FACILITY_WORDS = {"Base", "Range", "Airfield", "Arsenal", "Depot", "Shipyard", "Station"}
# A company's legal form written after its name: part of the span (`Oshkosh Defense, LLC`).
LEGAL_FORM = re.compile(r"^,?\s(?:Inc\.|Inc\b|LLC\b|L\.L\.C\.|L\.P\.|Ltd\.|Corp\.|PLC\b|GmbH\b|N\.V\.|S\.A\.)")
# A part of a document named by a letter or roman numeral (`Division A`, `Title IV of ...`): a reference, not an actor.
_DOCUMENT_PART = re.compile(r"^(?:Division|Title|Subtitle|Section|Part|Chapter|Article|Appendix|Annex|Figure|Table)"
                            r"\s+(?:[A-Z]{1,2}|[IVXL]+)\b")
# A cited CRS product and its title: SCHEMA.md says names inside the title of a cited work are not actors
# (`see CRS In Focus IF11684, China's 14th Five-Year Plan`); the issuer in front (`CRS`) is. The title runs to
# `, by`, `;`, `)`, a full stop, a line end, or a comma before a lowercase word.
_CITED_TITLE = re.compile(r"\bCRS (?:In Focus|Report|Insight|Legal Sidebar|Testimony) [A-Z]{1,5}\d+[A-Za-z0-9.]*,\s+"
                          r"(?P<title>.+?)(?=,\s+by\b|,\s+[a-z]|;|\)|\.(?:\s|$)|\n|$)", re.MULTILINE)
_CITATIONS = ("P.L.", "H.R.", "E.O.", "U.S.C.", "S.", "C.F.R.", "CFR", "Stat.", "Fed. Reg.")
# Dates SCHEMA.md's annotators write that a tagger may miss: fiscal years and their ranges, and the relative
# weeks, months and years its examples name (`last week`), which the normalisers resolve against `published`.
_FY = r"(?:FY\s?\d{2,4}|[Ff]iscal [Yy]ears? (?:\(FY\) )?\d{4})"
DATE_PATTERNS = [
    re.compile(rf"(?:(?:first|second|third|fourth) quarter (?:of )?)?{_FY}(?:\s?(?:-|–|to|through|and)\s?{_FY})?"),
    re.compile(r"^\d{4}-\d{2}-\d{2}$", re.MULTILINE),
    re.compile(r"\b(?:[Ll]ast|[Nn]ext|[Tt]his past|[Ee]arlier this|[Ll]ater this) (?:week|month)\b"),
]
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


@dataclass
class Mention:
    """A labelled span proposed by an entity back end, before normalisation."""

    start: int
    end: int
    label: str
    score: float = 1.0


def _trim(text: str, mention: Mention) -> Mention:
    """Trim leading `the` and surrounding punctuation, and a possessive at either end, keeping offsets in step."""
    start, end = mention.start, mention.end
    while start < end and not text[start].isalnum() and text[start] not in "$€£¥₽":
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".%)":
        end -= 1
    if mention.label in ACTOR_LABELS:
        if start > 0 and text[start - 1] in "’'" and text[start : start + 2] == "s ":
            start += 2  # a possessive the tagger put at the head of the next name (`California` + `'s Department`)
        lead = re.match(r"(?:the|The|THE)\s+", text[start:end])
        if lead and end - start > lead.end():
            start += lead.end()
        tail = re.search(r"[’']s?$", text[start:end])
        if tail and end - start > len(tail.group()):
            end -= len(tail.group())
        if text[start:end].endswith(".") and not re.search(r"\b[A-Z]\.$|[A-Z]\.[A-Z]\.$|\b(?:Inc|Corp|Ltd|Co|Jr|Sr)\.$",
                                                           text[start:end]):
            end -= 1
    else:
        glued = re.search(r"(?<=\d)\.[A-Z][a-z]+$", text[start:end])  # `2025.The`: a lost space before a sentence
        end -= len(glued.group()) if glued else int(text[start:end].endswith("."))
    if mention.label == "DATE":
        lead = re.match(r"(?:from|between|since|by|until|before)\s+", text[start:end], re.IGNORECASE)
        start += lead.end() if lead and end - start > lead.end() else 0
    if text[start:end].count("[") > text[start:end].count("]") and text[end : end + 1] == "]":
        end += 1  # an editor's bracket closed just after the span (`March [2027]`)
    return Mention(start, end, mention.label, mention.score)


def _keep_actor(text: str, m: Mention, abbreviations: dict[str, str], common: set[str]) -> bool:
    """False for names SCHEMA.md excludes: references and designations, programmes, laws, systems and their
    abbreviations, facilities, and spans that are not names at all (function words, lowercase or generic words)."""
    span = text[m.start : m.end]
    if span in world_table():
        return True
    if _reference(text, m) or _not_a_name(span) or _generic_word(text, span, m.label) or _facility(text, m):
        return False
    return not (_names_a_thing(text, span, abbreviations, common) or
                _thing_by_abbreviation(text, span, abbreviations, common))


def _reference(text: str, m: Mention) -> bool:
    """True for citations (`P.L.`, `C.F.R.`), document parts (`Division A`) and designations with digits."""
    span = text[m.start : m.end]
    if span in _CITATIONS or re.match(r"(?:Fort|Camp|Joint Base)\s", span) or _DOCUMENT_PART.match(span):
        return True
    if _DOCUMENT_PART.match(" ".join(re.findall(r"[A-Za-z]+", text[max(0, m.start - 12) : m.start])[-1:] + [span])):
        return True
    return bool(re.search(r"\d", span)) and not re.match(r"^\d+(?:st|nd|rd|th)\s+[A-Z]", span)


def _names_a_thing(text: str, name: str, abbreviations: dict[str, str], common: set[str]) -> bool:
    """True for the name of a programme, law, system or document, or its abbreviation (by its defined long
    form), and for an abbreviation of a common noun phrase; a company named after its products is kept."""
    if name in common or name.endswith("s") and name[:-1] in common:  # `WAVs` of `... vehicles (WAVs)`
        return True
    long_form = abbreviations.get(name, name)
    words = re.findall(r"[A-Za-z]+", long_form)
    return bool(words) and words[-1].lower() in NON_ACTOR_HEADS and not _company(text, long_form)


def _thing_by_abbreviation(text: str, span: str, abbreviations: dict[str, str], common: set[str]) -> bool:
    """True for a span like `MRC Units`: a programme's or system's abbreviation with words the document also
    writes in lowercase (common nouns), so nothing in it is an actor's name."""
    words = span.split()
    things = [w for w in words if re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z]", w) and
              _names_a_thing(text, w, abbreviations, common)]
    rest = [w for w in words if w not in things]
    return len(words) > 1 and bool(things) and all(re.search(rf"\b{re.escape(w.lower())}\b", text) for w in rest)


def _not_a_name(span: str) -> bool:
    """True for a span with no capital letter (`space force`), a lone initial (`R.`), or made only of function
    words (`and`, `The`)."""
    words = re.findall(r"[A-Za-z]+", span)
    return not re.search(r"[A-Z]", span) or re.fullmatch(r"[A-Z]\.", span) is not None or all(w.lower() in FUNCTION_WORDS and not (w.isupper() and len(w) > 1)
                                                 for w in words)


def _generic_word(text: str, span: str, label: str) -> bool:
    """True for a lone Title-case ORG word that the document also writes in lowercase (`Research`, `Forces`):
    a heading word or common noun, not a name; and for a bare head noun (`the Administration`, `the
    Committee`), a role noun that SCHEMA.md says is not an actor. Single names in the world table (`Congress`,
    `Treasury`) are kept before this check."""
    if label != "ORG" or not re.fullmatch(r"[A-Z][a-z]+", span):
        return False
    return span in ROLE_NOUNS or re.search(rf"\b{span.lower()}\b", text) is not None


def _facility(text: str, m: Mention) -> bool:
    """True for a facility's name (`Los Angeles Air Force Base`), whose head may sit just outside the span."""
    words = text[m.start : m.end].split()
    following = re.match(r"\s([A-Z][a-z]+)\b", text[m.end : m.end + 20])
    return words[-1] in FACILITY_WORDS or (following is not None and following.group(1) in FACILITY_WORDS)


def _company(text: str, name: str) -> bool:
    """True when the document writes `name` with a company's legal form (`Land Systems, Inc.`): a company
    named after its products (`... Vehicles`, `... Systems`) is an actor even though its head is a thing."""
    return any(LEGAL_FORM.match(text[found.end() :]) for found in re.finditer(re.escape(name), text))


# A run of capitalised words, with the small words a name may hold (`Pierce v. Society of Sisters`).
_NAME_WORD = r"(?:Inc\.|Co\.|Corp\.|Ltd\.|[A-Z](?:[\w&’'-]|\.(?=[A-Za-z]))*)"
_NAME_RUN = rf"{_NAME_WORD}(?:(?:,[ ]+(?=Inc\.|LLC|Co\.|Corp\.|Ltd\.)|[ ]+(?:(?:of|for|and|the|&)[ ]+)*){_NAME_WORD})*"
# A case caption (`Thornburg v. Gingles`, `NRSC v. FEC`) and a name in markdown italics that is no sentence
# (`_Dobbs_`, `_Colorado II_`): SCHEMA.md's titles of cited works, which hold no actors.
_CASE_CAPTION = re.compile(rf"_?{_NAME_RUN}\s+v\.\s+{_NAME_RUN}_?")
_ITALIC_NAME = re.compile(r"(?<![\w_])_(?!_)[^_\n]{1,150}?(?<![.\s])_(?![\w_])")


def cited_titles(text: str) -> list[tuple[int, int]]:
    """Spans of the titles of cited works, which hold no actors: CRS products (`CRS Report R48134, Overview of
    FY2025 Appropriations ...`), court cases (`Mahmoud v. Taylor`) and names in markdown italics (`_Dobbs_`)."""
    return sorted([match.span("title") for match in _CITED_TITLE.finditer(text)] +
                  [match.span() for match in _CASE_CAPTION.finditer(text)] +
                  [match.span() for match in _ITALIC_NAME.finditer(text)])


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """True when the mention lies within one of the spans."""
    return any(start <= m.start and m.end <= end for start, end in spans)


def _keep_quantity(text: str, m: Mention) -> bool:
    """False for numbers SCHEMA.md excludes: years, durations, references, compound modifiers, articles."""
    span = text[m.start : m.end]
    before = text[max(0, m.start - 20) : m.start]
    after = text[m.end : m.end + 25]
    if not re.search(_COUNT_WORD, span, re.IGNORECASE):
        return False
    if _YEAR_RE.match(span.strip()) or re.search(rf"^\s*{_DURATION_UNITS}\b", after, re.IGNORECASE):
        return False
    if re.search(rf"\b{_DURATION_UNITS}$", span, re.IGNORECASE) and not \
            re.search(rf"\b(?:per|a|an|each)\s+{_DURATION_UNITS}$", span, re.IGNORECASE):
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


def _keep_date(text: str, m: Mention) -> bool:
    """False for durations (`two years`), ages, and times of day that SCHEMA.md says are not dates."""
    span = text[m.start : m.end]
    if re.search(rf"\b{_DURATION_UNITS}\b(?!\s*(?:\(FY\)\s*)?\d)", span, re.IGNORECASE) and (
        not re.search(_DATE_ANCHORS, span, re.IGNORECASE) or re.search(r"\b(?:next|past|coming)\b", span, re.IGNORECASE)
    ) and not re.search(r"\bago\b", span):
        return False
    if re.fullmatch(r"\d+", span.strip()) and not _YEAR_RE.match(span.strip()):
        return False
    if re.search(r"(?:H\.R\.|S\.|P\.L\.|No\.|Order|E\.O\.)\s*$", text[max(0, m.start - 8) : m.start]) or \
            re.match(r"(?:H\.R\.|S\.|P\.L\.)", span):
        return False
    if re.search(r"\b(?:old|aged?|annual(?:ly)?|daily|weekly|monthly|yearly|each|every|per)\b", span, re.IGNORECASE):
        return False
    return bool(re.search(r"\d|[A-Z]", span)) or bool(re.search(_DATE_ANCHORS, span, re.IGNORECASE)) or \
        span.lower() in ("today", "yesterday", "tomorrow")


def pattern_dates(text: str) -> list[Mention]:
    """Date mentions found by pattern (fiscal years, ISO date lines), which take precedence over a model's."""
    return [Mention(m.start(), m.end(), "DATE") for p in DATE_PATTERNS for m in p.finditer(text)]


def split_coordinated_date(text: str, m: Mention) -> list[Mention]:
    """Two dates for `FY2024 and FY2025` (each side with its own year); one range only after `between`."""
    span = text[m.start : m.end]
    pair = re.fullmatch(r"(?P<left>.*?(?:\d{4}|FY\s?\d{2}))(?P<gap>,? and )(?P<right>.*\d.*)", span)
    between = re.search(r"\bbetween\s+$", text[max(0, m.start - 9) : m.start], re.IGNORECASE) or \
        re.match(r"between\s", span, re.IGNORECASE)
    if m.label != "DATE" or not pair or between or not re.search(r"\d{4}|FY\s?\d{2}", pair.group("right")):
        return [m]
    middle = m.start + pair.end("left")
    return [Mention(m.start, middle, m.label, m.score), Mention(middle + len(pair.group("gap")), m.end, m.label, m.score)]


def _extend_quantity(text: str, m: Mention) -> Mention:
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


def _edges(text: str, m: Mention) -> tuple[bool, bool, bool]:
    """Whether the span starts with a connector word, ends with one, and is one connector alone (`and`)."""
    words = text[m.start : m.end].split()
    return words[0] in CONNECTORS, words[-1] in CONNECTORS, len(words) == 1 and words[0] in CONNECTORS


def _joins(text: str, a: Mention, b: Mention) -> bool:
    """True when two actor mentions are pieces of one ORG name split by the tagger: at a connector it tagged
    as part of the name (`U.S. Court of Appeals for` + `the Federal Circuit`, `Health` + `and` + `Human
    Services`), a body named after the possessive in front of it (`China's` + `Ministry of Foreign Affairs`), or
    after the place written right before it (`U.S. District Court`)."""
    gap = text[a.end : b.start]
    if b.start < a.end or "\n" in gap:
        return False
    if a.label in ("ORG", "GPE") and b.label == "ORG" and re.fullmatch(r"[’']s\s", gap):
        return any(word in INSTITUTION_WORDS for word in text[b.start : b.end].split())
    if a.label == "GPE" and b.label == "ORG" and gap == " ":
        # A place's own body, named with the place (`U.S.` + `District Court`, `New York State` + `DOT`); not a
        # thing the tagger took for an ORG (`U.S.` + `GHG emissions`).
        name = text[b.start : b.end]
        return name.split()[-1] in ORG_HEADS or world_table().get(name, ("", ""))[1] == "ORG"
    a_starts, a_ends, a_alone = _edges(text, a)
    b_starts, b_ends, b_alone = _edges(text, b)
    if not ((a.label == "ORG" or a_alone) and (b.label == "ORG" or b_alone)):
        return False
    if not (re.fullmatch(r"\s+(?:(?:of|for|on|and|the|&)\s+)*", gap) and (a_ends or b_starts)):
        return False
    return _may_join_at_and(text[a.start : a.end], text[b.start : b.end], gap)


def _may_join_at_and(left: str, right: str, gap: str = " ") -> bool:
    """Whether two name pieces joined at an `and` make one name: not when the left piece is already whole
    (ends in a head like `Agency`), and only when the right one ends in a head (`Health and Human Services`),
    so `Farm Service Agency and Natural Resources ...` and `Live Nation and Ticketmaster` stay apart."""
    left_words, right_words = left.split(), right.split()
    names_left = [w for w in left_words if w not in CONNECTORS]
    names_right = [w for w in right_words if w not in CONNECTORS]
    junction = left_words[len(left_words) - _trailing_connectors(left_words) :] + gap.split() + \
        right_words[: _trailing_connectors(right_words[::-1])]
    if not ({"and", "&"} & set(junction) and names_left and names_right):
        return True  # no `and` here, or one piece is a lone connector: the next join decides
    return names_left[-1] not in ORG_HEADS and names_right[-1] in ORG_HEADS


def _trailing_connectors(words: list[str]) -> int:
    """How many connector words end `words`."""
    count = 0
    while count < len(words) and words[len(words) - 1 - count] in CONNECTORS:
        count += 1
    return count


def join_name_fragments(text: str, mentions: list[Mention]) -> list[Mention]:
    """Rejoin ORG names the tagger split (see `_joins`); the joined span is an ORG with the lower score."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.label in ACTOR_LABELS and out[-1].label in ACTOR_LABELS and _joins(text, out[-1], m):
            prev = out.pop()
            m = Mention(prev.start, max(prev.end, m.end), "ORG", min(prev.score, m.score))
        out.append(m)
    return out


# Capitalised words, possibly joined by `of`/`for`/`on`/`the` (never `and`, which may start another name).
_CAPITALISED_RUN = r"[A-Z][\w.’'-]*(?: (?:(?:of|for|on|the) )*[A-Z][\w.’'-]*){0,5}"


def _extend_head_left(text: str, m: Mention) -> Mention:
    """Take the capitalised words just before an ORG span that starts with `of`/`for` into it: the tagger
    missed the head of the name (`Department` + `of War`)."""
    if m.label != "ORG" or not re.match(r"(?:of|for)\s", text[m.start : m.end]):
        return m
    before = text[max(0, m.start - 60) : m.start]
    head = re.search(r"(?:(?<![A-Za-z])(?!The\b)[A-Z][\w.’'&-]*[ \t]+){1,4}$", before)
    return Mention(m.start - len(head.group()), m.end, m.label, m.score) if head else m


def _extend_tail_right(text: str, m: Mention) -> Mention:
    """Take the capitalised words just after an ORG span that ends with a connector into it: the tagger
    stopped inside the name (`Senate Select Committee on` + `Intelligence`)."""
    if m.label != "ORG" or not re.search(r"\s(?:of|for|on|and|the|&)$", text[m.start : m.end]):
        return m
    tail = re.match(rf" (?:the )?{_CAPITALISED_RUN}", text[m.end : m.end + 120])
    if not tail or not _may_join_at_and(text[m.start : m.end], tail.group()):
        return m
    sentence_end = re.search(r"(?<=[a-z]{2})\.(?=\s)", tail.group())  # `... District of Texas. The plaintiffs`
    return Mention(m.start, m.end + (sentence_end.start() if sentence_end else tail.end()), m.label, m.score)


def _trim_connectors(text: str, m: Mention) -> Mention:
    """Drop connector words left at either edge of an actor span once fragments are joined (`Church of`)."""
    start, end = m.start, m.end
    while True:
        edge = re.match(r"(?:of|for|on|and|the|&)\s+", text[start:end])
        tail = re.search(r"\s+(?:of|for|on|and|the|&)$", text[start:end])
        if edge and edge.end() < end - start:
            start += edge.end()
        elif tail and tail.start() > 0:
            end -= len(tail.group())
        else:
            return Mention(start, end, m.label, m.score)


def _shape_actor(text: str, m: Mention) -> Mention:
    """An actor span completed where the tagger stopped inside a name, then trimmed again to SCHEMA.md's span."""
    m = _trim_connectors(text, _extend_tail_right(text, _extend_head_left(text, m)))
    m = _trim(text, m) if m.end > m.start else m
    if state_named(text[m.start : m.end]):
        return Mention(m.start, m.end, "GPE", m.score)  # `State of Mississippi` is the state, a place
    return _extend_legal_form(text, m) if m.label == "ORG" else m


def _extend_legal_form(text: str, m: Mention) -> Mention:
    """Take a company's legal form written after its name into the ORG span (`Oshkosh Defense, LLC`)."""
    form = LEGAL_FORM.match(text[m.end : m.end + 12])
    return Mention(m.start, m.end + form.end(), m.label, m.score) if form else m


def apply_span_rules(text: str, mentions: list[Mention]) -> list[Mention]:
    """Trim and filter raw mentions to SCHEMA.md's span rules; the result is sorted and non-overlapping.

    Pattern dates are added first and win over any mention they overlap.
    """
    abbreviations = abbreviations_defined(text)
    common = common_noun_abbreviations(text) | kinds_of_body(abbreviations)
    titles = cited_titles(text)
    patterns = pattern_dates(text)
    mentions = patterns + [m for m in mentions if not any(m.start < p.end and p.start < m.end for p in patterns)]
    trimmed = [_trim(text, part) for raw in sorted(mentions, key=lambda m: (m.start, -m.end))
               for part in split_coordinated_date(text, raw)]
    kept: list[Mention] = []
    for mention in join_name_fragments(text, [m for m in trimmed if m.end > m.start]):
        if mention.label == "QUANTITY":
            mention = _extend_quantity(text, mention)
        if mention.label in ACTOR_LABELS:
            mention = _shape_actor(text, mention)
        if mention.end <= mention.start:
            continue
        if mention.label in ACTOR_LABELS and (not _keep_actor(text, mention, abbreviations, common) or
                                              _inside(mention, titles)):
            continue
        if mention.label == "QUANTITY" and not _keep_quantity(text, mention):
            continue
        if mention.label == "DATE" and not _keep_date(text, mention):
            continue
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return drop_lone_names(text, abbreviation_uses(text, kept, abbreviations, common, titles))


def abbreviation_uses(text: str, kept: list[Mention], abbreviations: dict[str, str], common: set[str],
                      titles: list[tuple[int, int]]) -> list[Mention]:
    """Add the uses of an organisation's abbreviation the back end missed: one the brief defines for a name it
    tags as an ORG whose name has an organisation's head word (`Government Accountability Office (GAO)`; not
    `Small Area Income and Poverty Estimates (SAIPE)`), or one the world table knows that it tags
    elsewhere (`CRS`); a name reads the same all through a brief. Uses inside a cited title or a programme's or
    law's name (`NASA Authorization Act`) are left out."""
    tagged: dict[str, Mention] = {}
    for m in kept:
        if m.label == "ORG":
            tagged.setdefault(text[m.start : m.end], m)
    sources = {short: tagged.get(long_form) for short, long_form in abbreviations.items()
               if short not in common and set(long_form.split()) & (ORG_HEADS | {"Panel", "Systems"})}
    sources.update({name: m for name, m in tagged.items()
                    if world_table().get(name, ("", ""))[1] == "ORG" and sources.get(name) is None})
    added: list[Mention] = []
    occupied = [(m.start, m.end) for m in kept]
    # A company's short name is its full name's first words (`Uber Technologies, Inc. (Uber)`): an ORG by its legal form.
    companies = {short for short, long_form in abbreviations.items() if first_words(long_form, short)}
    sources.update({short: Mention(0, 0, "ORG", 1.0) for short in companies if sources.get(short) is None})
    for short, source in sources.items():
        if source is None or not (re.fullmatch(r"[A-Z][A-Z&]*[A-Z]", short) or short in companies):
            continue
        for match in re.finditer(rf"(?<![\w.&]){re.escape(short)}(?![\w&])", text):
            use = Mention(match.start(), match.end(), source.label, source.score)
            if not any(use.start < end and start < use.end for start, end in occupied) and \
                    not _inside(use, titles) and not _in_a_things_name(text, use):
                added.append(use)
                occupied.append((use.start, use.end))
    return sorted(kept + added, key=lambda m: (m.start, m.end))


def _in_a_things_name(text: str, m: Mention) -> bool:
    """True when the capitalised words after the mention end a programme's, law's or document's name
    (`NASA Authorization Act`, `HHS Policy for ...`)."""
    run = re.match(r"(?:\s+(?:(?:of|for|on|and)\s+)?[A-Z][\w’'-]*)+", text[m.end :])
    return run is not None and run.group().split()[-1].lower() in NON_ACTOR_HEADS


# A personal title right before a one-word name: the brief names a person by surname (`Justice Kagan`).
_TITLE_BEFORE_RE = re.compile(r"\b(?:Justice|Judge|Senator|Sen\.|Representative|Rep\.|Secretary|President|Governor|"
                              r"Gov\.|Ambassador|Commissioner|Chairman|Chairwoman|Chair|Speaker|Leader|Mr\.|Ms\.|Mrs\.|"
                              r"Dr\.|General|Gen\.|Admiral|Adm\.|Minister|Justices|Judges)\s+$")


def drop_lone_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a one-word PERSON that is neither in the world table nor part of a fuller name the brief gives
    (`Artemis`, `Moon`), not cut short before a middle initial and not after a title (`Justice Kagan`): a brief
    introduces the people it names, so a lone word is rarely one of them."""
    names = [text[m.start : m.end] for m in mentions if m.label == "PERSON"]
    parts = {word for name in names if " " in name for word in name.split()}
    table = world_table()

    def lone(m: Mention) -> bool:
        name = text[m.start : m.end]
        cut_short = re.match(r"\s[A-Z]\.\s", text[m.end : m.end + 4])  # `Thomas` of `Thomas R. Carr`
        suffix = name.rstrip(".") in ("Jr", "Sr")  # `Jr.` of `John Roberts Jr.` tagged on its own
        titled = _TITLE_BEFORE_RE.search(text[max(0, m.start - 20) : m.start])  # `Justice Kagan`, `Senator Cruz`
        return m.label == "PERSON" and " " not in name and (suffix or name not in parts and not cut_short and
                                                           not titled and table.get(name, ("", ""))[1] != "PERSON")

    return [m for m in mentions if not lone(m)]
