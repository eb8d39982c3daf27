"""The actor rules' word sets and alternations (extract/rules/actors.py) are what their tables say."""

from __future__ import annotations

import re

from extract.rules import actors


def test_an_alternation_tries_a_longer_form_before_its_prefix_and_bounds_words() -> None:
    pattern = re.compile(rf"(?:{actors.alternation(['Inc', 'Inc.', 'LLC'], bounded=True)})")
    found = [pattern.match(text) for text in ("Inc.", "Inc ", "LLC", "LLCs")]
    assert [match.group() if match else None for match in found] == ["Inc.", "Inc", "LLC", None]
    assert actors.alternation(["Joint Base", "Fort"]) == r"Joint\ Base|Fort"


def test_head_kinds_nest_and_a_table_row_reaches_the_rules() -> None:
    assert actors.INSTITUTION_WORDS < actors.ROLE_NOUNS < actors.ORG_HEADS < actors.ORG_WORDS
    assert {"Ministry", "Administration", "Navy", "Panel"} <= actors.ORG_WORDS - actors.NON_ACTOR_HEADS
    assert "program" in actors.NON_ACTOR_HEADS and "Systems" in actors.COMPANY_WORDS
    assert actors.cells("publisher_products", "product", "publisher", "CRS")[:2] == ("In Focus", "Report")
    assert "CRS\\ Legal\\ Sidebar" in actors.CITED_PRODUCTS and r"Sen\." in actors.PERSONAL_TITLES
