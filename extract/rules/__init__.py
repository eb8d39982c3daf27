"""The rules' knowledge as data: word lists and tables (`extract/rules/*.tsv`) that the span, claim and normaliser
rules read, so a new publisher's phrasing is added by editing a file, not code.

A table is tab-separated with a header line naming its columns; lines starting with `#` are comments. Each file
is read once per process. `tests/rules/` checks that every file parses, has no duplicate entry, and is read by
the code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

from extract.errors import BriefxError

loaded: set[str] = set()  # the tables read so far in this process (the tests check that every file is)


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of `extract/rules/NAME.tsv` as dicts keyed by its header's column names."""
    try:
        text = resources.files("extract.rules").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise BriefxError("E310", f"extract/rules/{name}.tsv: no such rule table") from exc
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise BriefxError("E311", f"extract/rules/{name}.tsv: row {number} has {len(cells)} cells, "
                                      f"the header {len(header)}: {line!r}")
        rows.append(dict(zip(header, cells)))
    loaded.add(name)
    return tuple(rows)


def cells(name: str, key: str, column: Optional[str] = None, value: str = "") -> tuple[str, ...]:
    """The `key` cells of table NAME in file order; with `column`, of the rows whose `column` lists `value`."""
    return tuple(row[key] for row in table(name) if column is None or value in row[column].split())


def alternation(forms: Iterable[str], bounded: bool = False) -> str:
    """A regex alternation of literal forms in which a form wins over its prefix (`Inc.` over `Inc`), as a list sorted
    longest first would, but written as a trie (`sa(?:id|ys?)`): the engine tests a few letters at each position
    instead of every form, seven times as fast on the cue verbs. `bounded` ends each form that ends in a letter or
    digit at a word boundary (`LLC`, not `LLCs`)."""
    trie: dict[str, dict] = {}
    for form in set(forms):
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here
    return _trie_pattern(trie, bounded, "")


def _trie_pattern(node: dict[str, dict], bounded: bool, last: str) -> str:
    """The pattern of a trie node: its longer continuations first, then the form ending at it (after `last`)."""
    options = [re.escape(char) + _trie_pattern(child, bounded, char) for char, child in sorted(node.items()) if char]
    if "" in node:
        options.append(r"\b" if bounded and last.isalnum() else "")
    if len(options) <= 1:
        return "".join(options)
    if options[-1] == "" and len(options) == 2 and len(options[0]) == 1:
        return options[0] + "?"
    return "(?:" + "|".join(options) + ")"
