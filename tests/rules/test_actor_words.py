"""The actor rules' word sets and alternations (extract/rules/actors.py) are what their tables say."""

from __future__ import annotations

import re

from extract.rules import actors


def test_an_alternation_tries_a_longer_form_before_its_prefix_and_bounds_words() -> None:
    pattern = re.compile(rf"(?:{actors.alternation(['Inc', 'Inc.', 'LLC'], bounded=True)})")
    found = [pattern.match(text) for text in ("Inc.", "Inc ", "LLC", "LLCs")]
    assert [match.group() if match else None for match in found] == ["Inc.", "Inc", "LLC", None]
    assert actors.alternation(["Joint Base", "Fort"]) == r"(?:Fort|Joint\ Base)"


def test_the_trie_alternation_matches_what_a_longest_first_list_matches() -> None:
    forms = [row["word"] for row in actors.table("cue_verbs")] + ["Inc", "Inc.", "U.S.", "U.S", "a", "ab", "abc"]
    flat = "|".join(re.escape(form) for form in sorted(set(forms), key=lambda form: (-len(form), form)))
    text = ("Officials said, says, or were saying that the U.S. Inc. stated; U.S abc ab a called for, called on "
            "CALLED UPON the acknowledgement, claims claimed and disclaimed.")
    for flags in (0, re.IGNORECASE):
        expected = [m.span() for m in re.finditer(rf"\b(?:{flat})\b", text, flags)]
        found = [m.span() for m in re.finditer(rf"\b(?:{actors.alternation(forms)})\b", text, flags)]
        assert found == expected and len(found) > 10


def test_head_kinds_nest_and_a_table_row_reaches_the_rules() -> None:
    assert actors.INSTITUTION_WORDS < actors.ROLE_NOUNS < actors.ORG_HEADS < actors.ORG_WORDS
    assert {"Ministry", "Administration", "Navy", "Panel"} <= actors.ORG_WORDS - actors.NON_ACTOR_HEADS
    assert "program" in actors.NON_ACTOR_HEADS and "Systems" in actors.COMPANY_WORDS
    assert actors.cells("publisher_products", "product", "publisher", "CRS")[:2] == ("In Focus", "Report")
    assert re.fullmatch(actors.CITED_PRODUCTS, "CRS Legal Sidebar") and re.fullmatch(actors.PERSONAL_TITLES, "Sen.")
