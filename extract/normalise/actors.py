"""Canonical actor names: in-document aliasing first, then the curated world table, else the name as written.

In-document rules: an abbreviation defined in parentheses maps to its long form; a person's surname (or a
later short form) maps to the full name first introduced, middle names and initials dropped; an organisation's
short form maps to the fuller name introduced before it (`Army` after `U.S. Army`, `Federal Circuit` after
`U.S. Court of Appeals for the Federal Circuit`), or to `U.S. <name>` when the brief names that ORG anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Iterable, Optional

from extract.rules.actors import (COMPANY_WORDS, LEGAL_FORMS_BEFORE_SHORT_NAME, LEGAL_FORMS_DROPPED, NAME_NUMERALS,
                                  NAME_PARTICLES, NAME_SUFFIXES, NOT_STATES)

QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u02bc": "'"})
# `Long Form (ABBR)`, also `Long Form [ABBR]`, `Long Form (ABBR; ...)`, `Long Form's (ABBR's)` and a law's
# `Long Form of 2018 (ABBR)` (the year stays outside the long form).
_ABBREVIATION_RE = re.compile(
    r"(?P<long>(?:[A-Z][\w’'.&-]*|of|and|for|the|on|in|&)(?:\s+(?:[A-Z][\w’'.&-]*|of|and|for|the|on|in|&))*)"
    r"(?:\s+of\s+\d{4})?\s+[(\[](?P<short>[A-Z][A-Za-z&.\-]*[A-Z]\.?s?)(?:[’']s)?(?:[)\]]|[;,]\s)"
)
# A company's short name defined after its full name and legal form (legal_forms.tsv): `Uber Technologies, Inc.
# (Uber)`, `Lyft, Inc. (Lyft)`, `RAW FARM, LLC (Raw Farm)`; the short name is the full name's first words.
_COMPANY_SHORT_RE = re.compile(
    rf"(?P<long>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){{0,4}}),?\s+(?:{LEGAL_FORMS_BEFORE_SHORT_NAME})"
    r"\s+\((?P<short>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,3})\)"
)
# `lowercase long form (ABBR)`: an abbreviation of a common noun phrase (`operations and maintenance (O&M)`).
_LOWER_DEFINITION_RE = re.compile(r"((?:[a-z][a-z-]*\s+){1,8})\((?P<short>[A-Z][A-Za-z&]*[A-Z])s?\)")


# A company's legal form (legal_forms.tsv), dropped from its canonical name (`Oshkosh Defense, LLC` -> `Oshkosh
# Defense`).
LEGAL_SUFFIX = rf",?\s+(?:{LEGAL_FORMS_DROPPED})$"


def ascii_quotes(text: str) -> str:
    """Typographic quotes and apostrophes to ASCII, whitespace collapsed."""
    return re.sub(r"\s+", " ", text.translate(QUOTES)).strip()


@lru_cache(maxsize=1)
def _world_rows() -> tuple[tuple[str, ...], ...]:
    """The rows of extract/resources/world_actors.tsv: alias, canonical, label and, for a capital, `seat`."""
    text = resources.files("extract.resources").joinpath("world_actors.tsv").read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def world_table() -> dict[str, tuple[str, str]]:
    """The curated alias -> (canonical, label) table shipped in extract/resources/world_actors.tsv."""
    return {row[0]: (row[1], row[2]) for row in _world_rows()}


@lru_cache(maxsize=1)
def seats_of_government() -> frozenset[str]:
    """The world table's capitals (`Beirut`, `Kyiv`): their country's name when used for its government."""
    return frozenset(row[0] for row in _world_rows() if row[3:] == ("seat",))


def abbreviations_defined(text: str) -> dict[str, str]:
    """`Long Form (ABBR)` definitions in a document, ABBR -> long form, when the initials agree."""
    found: dict[str, str] = {}
    for match in _ABBREVIATION_RE.finditer(text):
        short = match.group("short")
        words = match.group("long").split()
        # The name starts after a sentence end or a possessive owner in front of it (`... Program. New York
        # City's Metropolitan Transportation Authority (MTA)`).
        letters = [c for c in short if c.isupper()]
        cuts = [i + 1 for i, word in enumerate(words[:-1]) if re.search(r"[a-z]{3}\.$|[’']s$", word)]
        # No cut where the whole name spells the abbreviation (`People's Republic of China (PRC)`, `California's
        # Department of Education (CDE)`: one name with its owner, as SCHEMA.md's `China's Ministry of Foreign Affairs`).
        spelt = cuts and [w[0] for w in words if w[0].isupper() and w != "The"] == letters
        words = words[cuts[-1] :] if cuts and not spelt else words
        # Trim leading words that cannot start the name: lowercase ones, a leading `The`, and capitalised ones
        # whose initial is not in the abbreviation unless they head an `X of/for/on ...` name (`Department of
        # ... (HHS)`).
        while words and words[0] != "U.S." and (words[0][0].islower() or words[0] == "The" or (
            words[0][0] not in letters and (len(words) < 2 or words[1] not in ("of", "for", "on"))
        )):
            words = words[1:]
        capitals = [w for w in words if w[0].isupper()]
        if words and len(capitals) >= min(2, len(letters)) and short not in found:
            found[short] = re.sub(r"'s?$", "", ascii_quotes(" ".join(words)))
    for short, long_form in company_short_names(text).items():
        found.setdefault(short, long_form)
    return found


def company_short_names(text: str) -> dict[str, str]:
    """`Uber Technologies, Inc. (Uber)` definitions, short name -> the full name without its legal form."""
    return {match.group("short"): ascii_quotes(match.group("long")) for match in _COMPANY_SHORT_RE.finditer(text)
            if first_words(match.group("long"), match.group("short"))}


def first_words(long_form: str, short: str) -> bool:
    """True when `short` is the first words of `long_form`, in any case (`Uber`, `Raw Farm` of `RAW FARM`)."""
    words = short.lower().split()
    return long_form.lower().split()[: len(words)] == words


# Words an abbreviation of a lowercase phrase leaves out (`children and youth with special health care needs (CYSHCN)`).
SKIPPED_IN_INITIALS = {"", "of", "and", "for", "the", "on", "in", "with", "to", "a", "an", "by", "at", "from"}


def common_noun_abbreviations(text: str) -> set[str]:
    """Abbreviations a document defines by a lowercase phrase whose initials they spell
    (`operations and maintenance (O&M)`) and never by a capitalised one: common nouns, not an actor's name."""
    found: set[str] = set()
    named = abbreviations_defined(text)
    for match in _LOWER_DEFINITION_RE.finditer(text):
        letters = [c.lower() for c in match.group("short") if c.isalpha()]
        words = [w for w in re.split(r"[\s-]+", match.group(1)) if w not in SKIPPED_IN_INITIALS]
        initials = [w[0] for w in words[len(words) - len(letters) :]]
        if len(words) >= len(letters) and initials == letters and match.group("short") not in named:
            found.add(match.group("short"))
    return found


def state_named(name: str) -> Optional[str]:
    """The US state a `State of X` name is (`State of Louisiana` -> `Louisiana`), else None."""
    state = name[len("State of ") :] if name.startswith("State of ") else None
    return state if state in us_states() else None


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """The names of the US states, read from the world table's postal abbreviations (`TX` -> `Texas`)."""
    return frozenset(canonical for alias, (canonical, label) in world_table().items()
                     if re.fullmatch(r"[A-Z]{2}", alias) and label == "GPE" and canonical not in NOT_STATES)


# A locative preposition just before a capital: the city as a place (`the embassy in Tehran`, `work in Beirut`).
_LOCATIVE_BEFORE_RE = re.compile(r"\b(?:in|at|near|outside|across|around|throughout|inside|within|from)\s+$",
                                 re.IGNORECASE)


def _names_a_place(before: str, after: str) -> bool:
    """Whether a capital between `before` and `after` names the city, not its government: after a locative
    preposition and not a possessive (`complicit in Moscow's war` is the government's)."""
    return _LOCATIVE_BEFORE_RE.search(before) is not None and re.match(r"[’']s?\b", after) is None


def _names_another_state(sentence: str) -> bool:
    """True when the text names a US state other than Washington (`Texas, Virginia, and Washington`)."""
    return any(re.search(rf"\b{state}\b", sentence) for state in us_states() - {"Washington"})


def kinds_of_body(abbreviations: dict[str, str]) -> set[str]:
    """Names of a kind of body rather than one body: an abbreviation defined in the plural with its long form
    (`Institutional Review Boards (IRBs)`) and the abbreviation's singular (`IRB`)."""
    kinds: set[str] = set()
    for short, long_form in abbreviations.items():
        if re.fullmatch(r"[A-Z][A-Z&]*[A-Z]s", short) and long_form.endswith("s"):
            kinds |= {short, short[:-1], long_form}
    return kinds


def capitals_to_title(name: str) -> str:
    """A name written in capitals, as transcripts and the Congressional Record print speakers, in title case, a
    prefix kept (`TIM MURPHY` -> `Tim Murphy`, `DeFAZIO` -> `DeFazio`, `McCARTHY` -> `McCarthy`)."""
    def word(part: str) -> str:
        prefixed = re.fullmatch(r"([A-Z][a-z]{1,2})([A-Z][A-Z’'-]+)", part)
        return prefixed.group(1) + prefixed.group(2).title() if prefixed else part.title() if part.isupper() else part
    return " ".join(word(part) for part in name.split())


def _strip_person(name: str) -> str:
    """First and last name: middle names and initials dropped (`Donald J. Trump` -> `Donald Trump`), a surname's
    particle kept (`Charles de Gaulle`, `Mohammed bin Salman`)."""
    parts = [p for p in name.split() if not re.fullmatch(r"[A-Z]\.?", p)]
    core = [p for p in parts if p.removesuffix(".") not in NAME_SUFFIXES and p not in NAME_NUMERALS]
    if len(core) <= 2:
        return " ".join(core) or name
    surname = core[-2:] if core[-2] in NAME_PARTICLES else core[-1:]
    return " ".join([core[0], *surname])


def _short_form_of(name: str, longer: str) -> bool:
    """True when `name` is a short form of the ORG name `longer` introduced before it: its last words, with at
    most two words dropped (`Army` of `U.S. Army`), or the object of its `of`/`for` (`Federal Circuit` of `U.S.
    Court of Appeals for the Federal Circuit`)."""
    if not longer.endswith(" " + name):
        return False
    return len(longer.split()) <= len(name.split()) + 2 or re.search(
        rf"\b(?:of|for)\s+(?:the\s+)?{re.escape(name)}$", longer) is not None


def _company_short_form(name: str, longer: str) -> bool:
    """True when `name` is the first words of a company's name introduced before it, the rest ending in a word
    that names a company (`General Dynamics` of `General Dynamics Land Systems`)."""
    return longer.startswith(name + " ") and longer.split()[-1] in COMPANY_WORDS and \
        len(longer.split()) <= len(name.split()) + 2


@dataclass
class Canonicaliser:
    """Gives each actor mention of one document its canonical name; feed mentions in text order."""

    text: str
    abbreviations: dict[str, str] = field(default_factory=dict)
    persons: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    named_orgs: set[str] = field(default_factory=set)  # every ORG mention of the document, in any order
    named_persons: list[str] = field(default_factory=list)  # every PERSON of two words or more, in text order

    @classmethod
    def for_document(cls, text: str, org_mentions: Iterable[str] = (),
                     person_mentions: Iterable[str] = ()) -> "Canonicaliser":
        """The canonicaliser of one document; `org_mentions` and `person_mentions` are all its ORG and PERSON
        spans, for fuller names written later (`Mr. COHEN.` opening a speech signed `Steve Cohen`)."""
        persons = [_strip_person(ascii_quotes(m)) for m in person_mentions]
        return cls(text=text, abbreviations=abbreviations_defined(text),
                   named_orgs={re.sub(r"^the\s+", "", ascii_quotes(m), flags=re.IGNORECASE) for m in org_mentions},
                   named_persons=[p for p in persons if len(p.split()) > 1])

    def canonical(self, mention: str, label: str, sentence: str = "", at: int = -1) -> str:
        """The canonical name of one mention (`Zelenskyy` -> `Volodymyr Zelenskyy`, `EU` -> `European Union`);
        `sentence`, the text around it, tells the state of Washington (named beside other states) from the
        government, and a capital named as a place (`in Beirut`, the mention at offset `at` of it) from one used
        for its government (`Moscow's war`)."""
        name = ascii_quotes(mention)
        name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        name = re.sub(r"'s?$", "", name)
        if name == "Washington" and label == "GPE" and _names_another_state(sentence):
            return name
        if label == "GPE" and name in seats_of_government() and at >= 0 and \
                _names_a_place(sentence[:at], sentence[at + len(mention) :]):
            return name
        if label == "ORG" and re.match(r"U\.?N\.? [A-Z]", name):  # `UN General Assembly`: an abbreviation spelt out
            name = "United Nations" + name[name.index(" ") :]
        state = state_named(name)  # `State of Louisiana` -> `Louisiana`
        if state:
            return state
        if label == "PERSON" or self._known_person(name):
            return self._person(name)
        table = world_table()
        if name in self.abbreviations:  # its long form, as the world table names it (`PRC` -> `China`)
            long_form = self.abbreviations[name]
            return table[long_form][0] if long_form in table and table[long_form][1] == label else long_form
        republic = re.fullmatch(r"(?:Republic|Kingdom|Commonwealth) of (?:the )?(.+)", name, re.IGNORECASE)
        country = republic.group(1).title() if republic and name.isupper() else republic.group(1) if republic else ""
        if table.get(country, ("", ""))[1] == "GPE":  # `Republic of Azerbaijan`, `REPUBLIC OF AZERBAIJAN`
            name = country
        if label == "ORG" and re.search(r"\s(?:administration)$", name):  # `Bush administration`: a named one
            return name[: -len("administration")] + "Administration"
        if label == "ORG" and self._us_form(name, name in table):
            return f"U.S. {name}"
        chamber = self._chamber_named(name) if label == "ORG" else None
        if chamber:  # `House` in a brief naming the `House of Commons`
            return chamber
        if name.isupper() and len(name) > 3 and name not in table and name.title() in table:
            name = name.title()  # a headline's capitals (`CHINA`, `AMERICA`), not an abbreviation the table knows
        entry = table.get(name) or table.get(name.rstrip("s"))
        if entry and (label == entry[1] or {label, entry[1]} <= {"GPE", "NORP"} or
                      (label == "ORG" and entry[1] != "PERSON")):
            return entry[0]  # SCHEMA.md revision 2: one official name in every document
        name = self._expand_abbreviation(re.sub(LEGAL_SUFFIX, "", name))
        if label == "ORG" and name not in self.orgs:  # a name already used on its own keeps naming itself
            longer = next((o for o in self.orgs if _short_form_of(name, o) or _company_short_form(name, o)), None)
            if longer is not None:
                return longer
            self.orgs.append(name)
        return name

    def _chamber_named(self, name: str) -> Optional[str]:
        """The `<name> of ...` body the document names most often, where the world table gives the bare name
        another body (`House` -> `House of Commons` in a British brief, not `House of Representatives`)."""
        entry = world_table().get(name)
        fuller = [o for o in self._named_canonicals if o.startswith(name + " of ") and o.count(" ") <= 3]
        if entry is None or not fuller:
            return None
        best = max(sorted(fuller), key=self.text.count)
        return None if best == entry[0] else best

    def _us_form(self, name: str, in_table: bool) -> bool:
        """True when the document names the ORG `U.S. <name>` anywhere (`U.S. Army` for `Army`): SCHEMA.md's
        conventions give a short form the fuller name of the brief. A world-table name takes it only as a
        defined long form (`U.S. Environmental Protection Agency (EPA)`), so `Congress` stays `Congress`."""
        fuller = f"U.S. {name}"
        return fuller in self.abbreviations.values() or (not in_table and (
            fuller in self.named_orgs or fuller in self._named_canonicals))

    @cached_property
    def _named_canonicals(self) -> frozenset[str]:
        """Every ORG name of the document as the world table names it, else as written (`Commons` -> `House of
        Commons`, `USAF` -> `U.S. Air Force`)."""
        table = world_table()
        return frozenset(table[o][0] if o in table else o for o in self.named_orgs)

    def _expand_abbreviation(self, name: str) -> str:
        """An abbreviation the document defines, written as the object of `of` in a longer name, spelt out
        (`Office of the CSO` -> `Office of the Chief of Space Operations`)."""
        found = re.search(r"\b(?:of|for)\s+(?:the\s+)?(\S+)$", name)
        if found and found.group(1) in self.abbreviations:
            return name[: found.start(1)] + self.abbreviations[found.group(1)]
        return name

    def _known_person(self, name: str) -> bool:
        """A one-word name matching a person already introduced (`Zelenskyy` tagged as ORG is still him)."""
        return " " not in name and any(name in (p.split()[0], p.split()[-1]) for p in self.persons)

    def _person(self, name: str) -> str:
        full = written = _strip_person(name)
        if re.fullmatch(r"(?:[A-Z][a-z]{0,2})?[A-Z’' -]{2,}", full):  # the Record's `TIM MURPHY`, `DeFAZIO`, `WU`
            full = capitals_to_title(full)
        if len(full.split()) > 1:
            if full not in self.persons:
                self.persons.append(full)
            return full
        # `Blinken`, or a transcript's `BLINKEN`: a fuller name written before, else after
        for known in self.persons + self.named_persons:
            if full.casefold() in (known.split()[-1].casefold(), known.split()[0].casefold()):
                return capitals_to_title(known) if re.fullmatch(r"[A-Z’' -]+", known) else known
        entry = None if self._speaker_tag(written) else world_table().get(full)  # `Mr. CARTER.` is no ex-president
        return entry[0] if entry and entry[1] == "PERSON" else full

    def _speaker_tag(self, name: str) -> bool:
        """Whether the name, in capitals, follows an honorific in the text (`Mr. CARTER.`): a member of Congress or
        a speaker the text may name no further, not the world table's namesake."""
        return name.isupper() and \
            re.search(rf"\b(?:Mr|Ms|Mrs|Dr|MR|MS|MRS|DR)\.?\s+{re.escape(name)}\b", self.text) is not None

