"""The claim rules' word tables (`extract/rules/*.tsv`) read by use, each value checked, and a word list as a regex
alternation; the modules compile their patterns from these once, when imported."""

from __future__ import annotations

from typing import Iterable, Optional

from extract.errors import BriefxError
from extract.rules import alternation as literal_alternation
from extract.rules import table

# The values each claim table's columns other than `word` may hold (a `uses` cell may hold several, space-separated).
CHOICES: dict[str, dict[str, set[str]]] = {
    "cue_verbs": {"kind": {"claim", "denial", "recommendation"}, "hedged": {"yes", "no"},
                  "uses": {"clause", "bare", "infinitive", "gerund", "object", "commit", "after", "aside", "block",
                           "next", "voiced", "forecast", "framing"}},
    "hedge_words": {"use": {"hedged", "reported", "lenient"}},
    "report_nouns": {"use": {"lenient", "denied", "voiced"}},
    "role_nouns": {"role": {"person", "body", "document", "speaker", "statement", "told", "group"}},
    "own_voice": {"use": {"modal", "imperative", "necessary", "key", "evaluation", "inferring", "inference", "weighing",
                          "law", "knowing"}},
    "advised": {"use": {"advised", "options"}},
}


def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of table NAME, every value checked against CHOICES."""
    found = table(name)
    for row in found:
        for column, allowed in CHOICES[name].items():
            unknown = set(row[column].split()) - allowed
            if unknown:
                raise BriefxError("E312", f"extract/rules/{name}.tsv: {row['word']!r} has {column} "
                                          f"{' '.join(sorted(unknown))!r}; one of: {' '.join(sorted(allowed))}")
    return found


def words_for(name: str, column: str, value: str, kind: Optional[str] = None) -> list[str]:
    """The words of table NAME whose `column` holds `value` (and, given `kind`, whose kind it is), in file order."""
    if value not in CHOICES[name][column]:
        raise ValueError(f"{name}.tsv: no {column} {value!r}")
    return [row["word"] for row in rows(name) if value in row[column].split() and kind in (None, row.get("kind"))]


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of `words` literally, the longest first."""
    return f"(?:{literal_alternation(words)})"
