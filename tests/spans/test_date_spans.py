"""Date spans (extract/spans/dates.py) on made-up texts: the patterns that take a whole relative expression over
a tagger's cut span, the durations and vague spans that are not dates, and values through `assemble`."""

from __future__ import annotations

import pytest

from extract.assemble import assemble
from extract.ingest import document_from_text
from extract.segment import segment
from extract.spans.mention import Mention
from extract.spans.rules import apply_span_rules


def place(text: str, *surfaces: str) -> list[Mention]:
    """Tagger-like DATE mentions at the first occurrence of each surface string."""
    return [Mention(text.index(s), text.index(s) + len(s), "DATE") for s in surfaces]


def dates(text: str, *surfaces: str) -> list[str]:
    """The date spans kept from the patterns and the placed mentions."""
    return [text[m.start : m.end] for m in apply_span_rules(text, place(text, *surfaces)) if m.label == "DATE"]


def test_deictic_dates_are_found_in_any_case_and_at_sentence_start() -> None:
    text = "This week the board met. It had met twice earlier this year. THE MINISTER left last month."
    assert dates(text) == ["This week", "earlier this year", "last month"]


def test_named_months_and_seasons_take_their_modifiers() -> None:
    text = "Last June the port closed; late last July it reopened, and next March it expands. This spring was dry."
    assert dates(text, "March", "July") == ["Last June", "late last July", "next March", "This spring"]


@pytest.mark.parametrize("text, cut, whole", [
    ("Spending grew this fiscal year at the agency.", "fiscal", "this fiscal year"),
    ("Mills closed across the 20th century in the valley.", "20th", "the 20th century"),
    ("They were 20th century records.", "century", "20th century"),
    ("Six years ago the bridge opened.", "Six years", "Six years ago"),
    ("Over the past decade exports rose.", "past", "the past decade"),
    ("Rates may fall over the next five years.", "next", "the next five years"),
    ("Trade grew in the last century.", "last", "the last century"),
])
def test_a_cut_span_becomes_the_whole_expression(text: str, cut: str, whole: str) -> None:
    assert dates(text, cut) == [whole]


@pytest.mark.parametrize("text, surface", [
    ("A few months ago the mill closed.", "A few months ago"),
    ("Prices will rise in the coming months.", "the coming months"),
    ("Filers list deals within the previous five years.", "the previous five years"),
    ("The program ran for two years.", "two years"),
    ("The following were named.", "The following"),
    ("Costs rose in recent years.", "recent years"),
])
def test_durations_vague_spans_and_function_words_are_not_dates(text: str, surface: str) -> None:
    assert dates(text, surface) == []


@pytest.mark.parametrize("text", [
    "Vance spoke on This Week about it.", "It was the last year of the program.", "Items that fall under the rule.",
])
def test_names_ordinals_and_verbs_are_not_relative_dates(text: str) -> None:
    assert dates(text) == []


def test_a_dashed_range_of_years_is_one_date_even_when_the_tagger_splits_it() -> None:
    text = "Output fell in 2009-2010 and again in 2014–2016."
    assert dates(text, "2009", "2010") == ["2009-2010", "2014–2016"]


def test_dateline_dates_after_the_place() -> None:
    text = "Bank cuts rates\nLONDON 1996-12-06 The bank said.\nWASHINGTON, March 3 (Reuters) - The senate voted.\n"
    assert dates(text) == ["1996-12-06", "March 3"]


def test_the_end_of_a_fiscal_year_and_its_quarters_are_whole_spans() -> None:
    text = "Funds expire at the end of FY2019; tests run in the third quarter of FY2020 and third quarter FY2021."
    assert dates(text, "FY2019", "FY2020") == ["the end of FY2019", "the third quarter of FY2020",
                                               "third quarter FY2021"]


def test_values_through_assemble_take_publication_for_deictic_dates() -> None:
    text = ("Grain report\n2013-06-14\nIn 2009 the rules changed. The following year prices rose. This week "
            "officials met. This year the harvest fell. Six years ago the port opened. In March prices fell.\n")
    doc = document_from_text(text)
    record = assemble(doc, segment(text), apply_span_rules(text, place(text, "2009", "March")))
    assert [(d.text, d.value) for d in record.dates] == [
        ("2013-06-14", "2013-06-14"), ("2009", "2009"), ("The following year", "2010"), ("This week", "2013-W24"),
        ("This year", "2013"), ("Six years ago", "2007"), ("March", "2009-03")]  # year-less: the year written


def test_a_part_of_a_day_named_from_publication_and_two_months_joined_by_or() -> None:
    text = ("Two incidents at Hull yesterday morning were dealt with. It will be voted on later this afternoon. "
            "The proposal will be offered in February or March 2005. The long night ended.")
    assert dates(text, "February or March 2005") == ["yesterday morning", "later this afternoon", "February",
                                                     "March 2005"]
