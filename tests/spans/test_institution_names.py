"""Institutions named `Head for|on|of X` made whole where the tagger cut them."""

from __future__ import annotations

from extract.spans.institution_names import institution_names
from extract.spans.mention import Mention


def _spans(text: str, pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    kept = [Mention(text.index(piece), text.index(piece) + len(piece), label) for piece, label in pieces]
    return [(text[m.start : m.end], m.label) for m in institution_names(text, kept)]


def test_a_name_cut_at_a_nationality_or_after_its_head_is_made_whole() -> None:
    text = "Kilcrease of the Center for a New American Security spoke at the Center for American Progress on Monday."
    assert _spans(text, [("New", "ORG"), ("American Security", "NORP"), ("Center for American", "ORG"),
                         ("Monday", "DATE")]) == [
        ("Center for a New American Security", "ORG"), ("Center for American Progress", "ORG"), ("Monday", "DATE")]


def test_whole_names_two_names_joined_by_and_and_titles_after_a_name_are_left_alone() -> None:
    text = ("The Council on Foreign Relations and the Atlantic Council disagreed. The Department of Agriculture "
            "Reorganization Plan passed. While American Association of Retired Persons members agreed.")
    pieces = [("Council on Foreign Relations", "ORG"), ("Atlantic Council", "ORG"),
              ("Department of Agriculture", "ORG"), ("American Association of Retired Persons", "ORG")]
    assert _spans(text, pieces) == [(piece, label) for piece, label in pieces]
