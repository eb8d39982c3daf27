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
    """A regex alternation of literal forms, longest first so that a form wins over its prefix (`Inc.` over `Inc`);
    `bounded` ends each form that ends in a letter or digit at a word boundary (`LLC`, not `LLCs`)."""
    return "|".join(re.escape(form) + (r"\b" if bounded and form[-1].isalnum() else "")
                    for form in sorted(set(forms), key=lambda form: (-len(form), form)))
