"""Canonical actor names: in-document aliasing first, then the curated world table, else the name as written.

In-document rules: an abbreviation defined in parentheses maps to its long form; a person's surname (or a
later short form) maps to the full name first introduced, middle names and initials dropped; an organisation's
short form maps to the fuller name introduced before it (`Army` after `U.S. Army`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u02bc": "'"})
_ABBREVIATION_RE = re.compile(
    r"(?P<long>(?:[A-Z][\w’'.&-]*|of|and|for|the|on|in|&)(?:\s+(?:[A-Z][\w’'.&-]*|of|and|for|the|on|in|&))*)"
    r"\s+\((?P<short>[A-Z][A-Za-z&.\-]*[A-Z]\.?s?)\)"
)


# A company's legal form, dropped from its canonical name (`Oshkosh Defense, LLC` -> `Oshkosh Defense`).
LEGAL_SUFFIX = r",?\s+(?:Inc\.?|LLC|L\.L\.C\.|L\.P\.|LP|Ltd\.?|Corp\.?|Co\.|PLC|plc|GmbH|S\.A\.|AG|N\.V\.)$"


def ascii_quotes(text: str) -> str:
    """Typographic quotes and apostrophes to ASCII, whitespace collapsed."""
    return re.sub(r"\s+", " ", text.translate(QUOTES)).strip()


@lru_cache(maxsize=1)
def world_table() -> dict[str, tuple[str, str]]:
    """The curated alias -> (canonical, label) table shipped in extract/resources/world_actors.tsv."""
    table: dict[str, tuple[str, str]] = {}
    text = resources.files("extract.resources").joinpath("world_actors.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        alias, canonical, label = line.split("\t")
        table[alias] = (canonical, label)
    return table


def abbreviations_defined(text: str) -> dict[str, str]:
    """`Long Form (ABBR)` definitions in a document, ABBR -> long form, when the initials agree."""
    found: dict[str, str] = {}
    for match in _ABBREVIATION_RE.finditer(text):
        short = match.group("short")
        words = match.group("long").split()
        letters = [c for c in short if c.isupper()]
        # Trim leading words that cannot start the name: lowercase ones, and capitalised ones whose initial is
        # not in the abbreviation unless they head an `X of/for/on ...` name (`Department of ... (HHS)`).
        while words and words[0] != "U.S." and (words[0][0].islower() or (
            words[0][0] not in letters and (len(words) < 2 or words[1] not in ("of", "for", "on"))
        )):
            words = words[1:]
        capitals = [w for w in words if w[0].isupper()]
        if words and len(capitals) >= min(2, len(letters)) and short not in found:
            found[short] = ascii_quotes(" ".join(words))
    return found


def _strip_person(name: str) -> str:
    """First and last name: middle names and initials dropped (`Donald J. Trump` -> `Donald Trump`)."""
    parts = [p for p in name.split() if not re.fullmatch(r"[A-Z]\.?", p)]
    suffixes = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
    core = [p for p in parts if p not in suffixes]
    return " ".join([core[0], core[-1]]) if len(core) > 2 else " ".join(core)


@dataclass
class Canonicaliser:
    """Gives each actor mention of one document its canonical name; feed mentions in text order."""

    text: str
    abbreviations: dict[str, str] = field(default_factory=dict)
    persons: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)

    @classmethod
    def for_document(cls, text: str) -> "Canonicaliser":
        return cls(text=text, abbreviations=abbreviations_defined(text))

    def canonical(self, mention: str, label: str) -> str:
        """The canonical name of one mention (`Zelenskyy` -> `Volodymyr Zelenskyy`, `EU` -> `European Union`)."""
        name = ascii_quotes(mention)
        name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        name = re.sub(r"'s?$", "", name)
        if label == "PERSON" or self._known_person(name):
            return self._person(name)
        if name in self.abbreviations:
            return self.abbreviations[name]
        table = world_table()
        entry = table.get(name) or table.get(name.rstrip("s"))
        if entry and (label == entry[1] or {label, entry[1]} <= {"GPE", "NORP"} or label == "ORG"):
            return entry[0]
        name = re.sub(LEGAL_SUFFIX, "", name)
        if label == "ORG":
            longer = next((o for o in self.orgs if o.endswith(" " + name) and len(o.split()) <= len(name.split()) + 2), None)
            if longer is not None:
                return longer
            if name not in self.orgs:
                self.orgs.append(name)
        return name

    def _known_person(self, name: str) -> bool:
        """A one-word name matching a person already introduced (`Zelenskyy` tagged as ORG is still him)."""
        return " " not in name and any(name in (p.split()[0], p.split()[-1]) for p in self.persons)

    def _person(self, name: str) -> str:
        full = _strip_person(name)
        if len(full.split()) > 1:
            if full not in self.persons:
                self.persons.append(full)
            return full
        for known in self.persons:
            if known.split()[-1] == full or known.split()[0] == full:
                return known
        return full

