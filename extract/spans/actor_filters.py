"""Actor span filters: the names SCHEMA.md says are not actors (references, programmes, laws, systems,
facilities, role nouns, names inside cited titles, lone words), known by the word lists in extract/rules/."""

from __future__ import annotations

import re
from functools import lru_cache

from extract.normalise.actors import world_table
from extract.rules.actors import (CITATIONS, CITED_PRODUCTS, DOCUMENT_PARTS, FACILITY_FIRST, FACILITY_HEADS,
                                  LEGAL_FORMS_AFTER_NAME, LEGAL_FORMS_IN_CAPTIONS, NAME_SUFFIXES, NON_ACTOR_HEADS,
                                  ORG_HEADS, PERSONAL_TITLES, ROLE_NOUNS, STOP_IN_NAME)
from extract.spans.mention import Mention

# Words that only join the parts of a name (`Department of Health and Human Services`); never a name alone.
CONNECTORS = {"of", "for", "on", "and", "the", "&"}
# Function words that cannot be a name alone, in any case (`and`, `The`, `Of`).
FUNCTION_WORDS = CONNECTORS | {"a", "an", "in", "to", "at", "by", "with", "from", "or", "as", "its", "their", "this",
                               "that"}
# A company's legal form written after its name (legal_forms.tsv): part of the span (`Oshkosh Defense, LLC`).
LEGAL_FORM = re.compile(rf"^,?\s(?:{LEGAL_FORMS_AFTER_NAME})")
# A part of a document named by a letter or roman numeral (`Division A`, `Title IV of ...`): a reference, not an actor.
_DOCUMENT_PART = re.compile(rf"^(?:{DOCUMENT_PARTS})\s+(?:[A-Z]{{1,2}}|[IVXL]+)\b")
# A cited publisher's product and its title (publisher_products.tsv): SCHEMA.md says names inside the title of a
# cited work are not actors (`see CRS In Focus IF11684, China's 14th Five-Year Plan`); the issuer in front (`CRS`)
# is. The title runs to `, by`, `;`, `)`, a full stop, a line end, or a comma before a lowercase word.
_CITED_TITLE = re.compile(rf"\b(?:{CITED_PRODUCTS}) [A-Z]{{1,5}}\d+[A-Za-z0-9.]*,\s+"
                          r"(?P<title>.+?)(?=,\s+by\b|,\s+[a-z]|;|\)|\.(?:\s|$)|\n|$)", re.MULTILINE)
_FACILITY_FIRST = re.compile(rf"(?:{FACILITY_FIRST})\s")


def keep_actor(text: str, m: Mention, abbreviations: dict[str, str], common: set[str]) -> bool:
    """False for names SCHEMA.md excludes: references and designations, programmes, laws, systems and their
    abbreviations, facilities, and spans that are not names at all (function words, lowercase or generic words)."""
    span = text[m.start : m.end]
    if span in world_table():
        return True
    if _reference(text, m) or _not_a_name(span) or _generic_word(text, span, m.label) or _facility(text, m):
        return False
    return not (_names_a_thing(text, span, abbreviations, common) or
                _thing_by_abbreviation(text, span, abbreviations, common) or
                m.label == "ORG" and _names_a_product(text, span))


# Lower-case heads that make the capitalised name before them a weapon's or a system's (`Typhon launchers`).
_PRODUCT_HEADS = r"(?:systems?|launchers?|missiles?|tanks?|weapons?|platforms?)"


_BODY_WORDS = frozenset(word.lower() for word in ORG_HEADS)  # `Army vehicles` are the Army's


_PRODUCT_RE = re.compile(r"\b(?:the|a|an|each|every|this|that|its|their|one|two|four)\s+[\"“]?(?P<name>[A-Z][\w-]*)"
                         rf"[\"”’']?\s+{_PRODUCT_HEADS}\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _product_names(text: str) -> frozenset[str]:
    """The one-word names a document writes after a determiner and before a system's or weapon's head."""
    return frozenset(m.group("name") for m in _PRODUCT_RE.finditer(text))


def _names_a_product(text: str, name: str) -> bool:
    """True for a one-word ORG name the document also writes after a determiner and before a system's or weapon's
    head in lower case (`the Typhon system`, `each Typhon launcher`): it names the thing, not a maker or a body."""
    return name in _product_names(text) and name.lower() not in _BODY_WORDS and not _company(text, name)


def _reference(text: str, m: Mention) -> bool:
    """True for citations (`P.L.`, `C.F.R.`), document parts (`Division A`) and designations with digits."""
    span = text[m.start : m.end]
    if span in CITATIONS or _FACILITY_FIRST.match(span) or _DOCUMENT_PART.match(span):
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
    return not re.search(r"[A-Z]", span) or re.fullmatch(r"[A-Z]\.", span) is not None or \
        all(w.lower() in FUNCTION_WORDS and not (w.isupper() and len(w) > 1) for w in words)


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
    return words[-1] in FACILITY_HEADS or (following is not None and following.group(1) in FACILITY_HEADS)


def _company(text: str, name: str) -> bool:
    """True when the document writes `name` with a company's legal form (`Land Systems, Inc.`): a company
    named after its products (`... Vehicles`, `... Systems`) is an actor even though its head is a thing."""
    return any(LEGAL_FORM.match(text[found.end() :]) for found in re.finditer(re.escape(name), text))


# A run of capitalised words, with the small words a name may hold (`Pierce v. Society of Sisters`).
_NAME_WORD = rf"(?:{STOP_IN_NAME}|[A-Z](?:[\w&’'-]|\.(?=[A-Za-z]))*)"
_NAME_RUN = rf"{_NAME_WORD}(?:(?:,[ ]+(?={LEGAL_FORMS_IN_CAPTIONS})|[ ]+(?:(?:of|for|and|the|&)[ ]+)*){_NAME_WORD})*"
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


# A personal title right before a one-word name: the brief names a person by surname (`Justice Kagan`).
_TITLE_BEFORE_RE = re.compile(rf"\b(?:{PERSONAL_TITLES})\s+$", re.IGNORECASE)  # person_words.tsv; `SECRETARY BLINKEN:`


# A reporting verb right after a name: the name is someone speaking (`Blair said`, `Merkel told reporters`).
_SPEAKS_AFTER_RE = re.compile(r"\s(?:said|says|told|added|stated|argued|warned|announced|insisted|denied|claimed|"
                              r"noted|wrote|asked|replied|urged|declared)\b")


def drop_lone_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a one-word PERSON that is neither in the world table nor part of a fuller name the brief gives
    (`Artemis`, `Moon`), not cut short before a middle initial, not after a title (`Justice Kagan`) and not the
    subject of a reporting verb (`Merkel said`): a brief introduces the people it names, so a lone word is rarely
    one of them, but a short news text may name a speaker by surname alone."""
    names = [text[m.start : m.end] for m in mentions if m.label == "PERSON"]
    parts = {word.casefold() for name in names if " " in name for word in name.split()}  # `PORTER` of a tag too
    table = world_table()

    def lone(m: Mention) -> bool:
        name = text[m.start : m.end]
        cut_short = re.match(r"\s[A-Z]\.\s", text[m.end : m.end + 4])  # `Thomas` of `Thomas R. Carr`
        suffix = name.rstrip(".") in NAME_SUFFIXES  # `Jr.` of `John Roberts Jr.` tagged on its own
        titled = _TITLE_BEFORE_RE.search(text[max(0, m.start - 20) : m.start])  # `Justice Kagan`, `Senator Cruz`
        speaks = _SPEAKS_AFTER_RE.match(text, m.end)  # `Merkel told reporters`: a news text's surname speaks
        return m.label == "PERSON" and " " not in name and (suffix or name.casefold() not in parts and not cut_short and
                                                           not titled and not speaks and
                                                           table.get(name, ("", ""))[1] != "PERSON")

    return [m for m in mentions if not lone(m)]
