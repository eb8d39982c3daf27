"""Every rule table in extract/rules/ parses, holds no duplicate entry, and is read when the pipeline runs."""

from __future__ import annotations

from pathlib import Path

import pytest

import extract.rules as rules
from extract.errors import BriefxError
from extract.pipeline import load

RULES = Path(rules.__file__).parent
NAMES = sorted(p.stem for p in RULES.glob("*.tsv"))


@pytest.mark.parametrize("name", NAMES)
def test_a_table_parses_with_no_duplicate_entry(name: str) -> None:
    rows = rules.table(name)
    assert rows, f"{name}.tsv is empty"
    keys = [tuple(row.values()) for row in rows]
    assert len(keys) == len(set(keys)), f"{name}.tsv repeats an entry"
    assert all(all(cell.strip() == cell and cell for cell in row.values()) for row in rows)


@pytest.mark.slow
def test_every_table_is_read_by_the_rules_pipeline(seed_text: str) -> None:
    load("rules")(seed_text)
    assert set(NAMES) <= rules.loaded, f"never read: {sorted(set(NAMES) - rules.loaded)}"


def test_a_missing_table_is_a_clear_error() -> None:
    with pytest.raises(BriefxError, match="E310.*nope.tsv"):
        rules.table("nope")
