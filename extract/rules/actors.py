"""The actor rules' word sets and regex alternations, built once from their tables in extract/rules/: the knowledge
that the span filters, name shaping and canonical names share; the grammar around it stays in those modules."""

from __future__ import annotations

from extract.rules import alternation, cells, table


def _heads(*kinds: str) -> frozenset[str]:
    """The words of actor_heads.tsv of any of the kinds."""
    return frozenset(word for kind in kinds for word in cells("actor_heads", "word", "kind", kind))


def _legal_forms(use: str) -> tuple[str, ...]:
    """The legal forms of legal_forms.tsv with that use, in file order."""
    return cells("legal_forms", "form", "uses", use)


NON_ACTOR_HEADS = _heads("thing")  # a name ending in one names a programme, law, document or system
INSTITUTION_WORDS = _heads("institution")  # a government body's head: keeps the possessive in front
ROLE_NOUNS = _heads("institution", "role_noun")  # alone, a role noun (`the Committee`)
ORG_HEADS = _heads("institution", "role_noun", "org_head")  # ends an organisation's name
ORG_WORDS = ORG_HEADS | _heads("org_word")  # makes a defined long form an organisation's name
COMPANY_WORDS = _heads("company")  # a last word a company's short form may leave out

FACILITY_HEADS = frozenset(cells("facility_words", "word", "position", "head"))  # `... Air Force Base`
FACILITY_FIRST = alternation(cells("facility_words", "word", "position", "first"))  # `Fort ...`
DOCUMENT_PARTS = alternation(cells("document_parts", "word"))  # `Division` of `Division A`
CITATIONS = frozenset(cells("citations", "citation"))  # `P.L.`
CITED_PRODUCTS = alternation(f"{row['publisher']} {row['product']}" for row in table("publisher_products"))

PERSONAL_TITLES = alternation(cells("person_words", "word", "kind", "title"))  # `Justice` of `Justice Kagan`
NAME_SUFFIXES = frozenset(cells("person_words", "word", "kind", "suffix"))  # `Jr`, `Sr`
NAME_NUMERALS = frozenset(cells("person_words", "word", "kind", "numeral"))  # `II`
NAME_PARTICLES = frozenset(cells("person_words", "word", "kind", "particle"))  # `de` of `Charles de Gaulle`

LEGAL_FORMS_AFTER_NAME = alternation(_legal_forms("span"), bounded=True)  # `, LLC` of `Oshkosh Defense, LLC`
LEGAL_FORMS_DROPPED = alternation(_legal_forms("canonical"))  # left out of a canonical name
LEGAL_FORMS_BEFORE_SHORT_NAME = alternation(_legal_forms("short_name"))  # `Inc.` of `Uber Technologies, Inc. (Uber)`
LEGAL_FORMS_IN_CAPTIONS = alternation(_legal_forms("caption"))  # after a comma in a case caption's name
STOP_IN_NAME = alternation(_legal_forms("stop"))  # a word of a case caption's name (`Co.`)
# Abbreviations whose full stop belongs to the name, so a span ending in one keeps it (`Inc.`, `Jr.`).
_SUFFIXES_WITH_STOP = tuple(f"{suffix}." for suffix in cells("person_words", "word", "kind", "suffix"))
STOP_AT_NAME_END = alternation(_legal_forms("stop") + _SUFFIXES_WITH_STOP)

NOT_STATES = frozenset(cells("non_state_places", "place"))  # two-letter codes in the world table, not states
