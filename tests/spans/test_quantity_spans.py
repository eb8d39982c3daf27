"""Quantity spans (extract/spans/quantities.py) on made-up texts: currency markers, signs, glued scales, ranges,
numbers that are addresses, and the normalised record through `assemble`."""

from __future__ import annotations

from typing import Any, Optional

import pytest

from extract.assemble import assemble
from extract.ingest import document_from_text
from extract.segment import segment
from extract.spans.mention import Mention
from extract.spans.quantities import extend_quantity, keep_quantity, split_quantity
from extract.spans.rules import apply_span_rules


def place(text: str, *surfaces: str) -> list[Mention]:
    """Tagger-like QUANTITY mentions at the first occurrence of each surface string."""
    return [Mention(text.index(s), text.index(s) + len(s), "QUANTITY") for s in surfaces]


def quantities(text: str, *surfaces: str) -> list[tuple[str, Any, Any, Any, Optional[str], Optional[str]]]:
    """(text, value, low, high, unit, item) of each quantity `assemble` records from the placed mentions."""
    doc = document_from_text(text)
    record = assemble(doc, segment(doc.text), apply_span_rules(doc.text, place(doc.text, *surfaces)))
    return [(q.text, q.value, q.low, q.high, q.unit, q.item) for q in record.quantities]


@pytest.mark.parametrize("text, cut, expected", [
    ("The ministry spent US$5 million on ports.", "5 million", ("US$5 million", 5_000_000, "USD", "ports")),
    ("The ministry spent US$5 million on ports.", "$5 million", ("US$5 million", 5_000_000, "USD", "ports")),
    ("Canberra pledged A$3.2 million for reef research.", "3.2 million",
     ("A$3.2 million", 3_200_000, "AUD", "reef research")),
    ("Ottawa gave C$40 million in grants.", "40 million", ("C$40 million", 40_000_000, "CAD", "grants")),
    ("Exports reached Y=1.5 billion last quarter.", "billion",
     ("Y=1.5 billion", 1_500_000_000, "JPY", "Exports")),
    ("The state spent RM2.4 billion on the bridge.", "RM2.4 billion",
     ("RM2.4 billion", 2_400_000_000, "MYR", "bridge")),
    ("The bank lent USD 5 million to farmers.", "5 million", ("USD 5 million", 5_000_000, "USD", None)),
    ("A further EUR 20 million in loans was agreed.", "EUR 20 million",
     ("EUR 20 million", 20_000_000, "EUR", "loans")),
    ("Schools received 7 million euros in aid.", "7 million euros", ("7 million euros", 7_000_000, "EUR", "aid")),
    ("We provided more than a billion dollars in security assistance.", "more than a billion",
     ("more than a billion dollars", 1_000_000_000, "USD", "security assistance")),
    ("Schools received 7 million euros in aid.", "7 million", ("7 million euros", 7_000_000, "EUR", "aid")),
    ("The council spent £35m on street repairs.", "£35", ("£35m", 35_000_000, "GBP", "street repairs")),
    ("The start-up raised $13.6M from investors.", "$13.6M", ("$13.6M", 13_600_000, "USD", None)),
    ("The fund holds €2bn in bonds.", "€2", ("€2bn", 2_000_000_000, "EUR", "bonds")),
    ("Congress approved $1.5 trillion in spending.", "$1.5 trillion",
     ("$1.5 trillion", 1_500_000_000_000, "USD", "spending")),
])
def test_currency_markers_and_scales_join_the_span(text: str, cut: str, expected: tuple) -> None:
    [(span, value, low, high, unit, item)] = quantities(text, cut)
    assert (span, value, unit, item) == expected and low is high is None


def test_a_glued_m_without_a_currency_is_metres_not_millions() -> None:
    assert quantities("The new mast is 35m tall.", "35") == [("35m", 35, None, None, "m", "tall")]
    assert quantities("The new mast cost £35m.", "£35") == [("£35m", 35_000_000, None, None, "GBP", "new mast")]


def test_minus_and_a_leading_sign_stay_in_the_span_but_down_is_no_sign() -> None:
    text = "The probe read minus 233 degrees; output shrank -4.5% and prices were down 7 points."
    assert [q[:2] + q[4:5] for q in quantities(text, "minus 233 degrees", "4.5%", "7")] == [
        ("minus 233 degrees", -233, "degree"), ("-4.5%", -4.5, "%"), ("7", 7, None)]
    assert quantities("The balance stood at minus $5 million.", "$5 million")[0][:2] == ("minus $5 million", -5_000_000)


def test_a_range_is_one_quantity_with_low_and_high() -> None:
    text = "Awards ranged from $1 million to $1.25 million per recipient."
    assert quantities(text, "$1 million to", "$1.25 million per") == [
        ("from $1 million to $1.25 million per recipient", None, 1_000_000, 1_250_000, "USD", "recipient")]
    text = "Each county gets $1 million to $1.25 million in grants."
    assert quantities(text, "$1 million", "$1.25 million") == [
        ("$1 million to $1.25 million", None, 1_000_000, 1_250_000, "USD", "grants")]


def test_between_and_a_dash_make_a_range_but_a_change_from_one_value_to_another_does_not() -> None:
    text = "Crews of between 4 and 6 divers worked while fees rose from 10% to 12%."
    assert [q[:4] for q in quantities(text, "4", "6", "10%", "12%")] == [
        ("between 4 and 6", None, 4, 6), ("10%", 10, None, None), ("12%", 12, None, None)]


def test_a_tagger_span_over_a_change_is_split_in_two() -> None:
    text = "Fares rose from 10% to 12% while wages ranged from 3% to 4%."
    change, spread = place(text, "10% to 12%", "3% to 4%")
    assert [text[m.start : m.end] for m in split_quantity(text, change)] == ["10%", "12%"]
    assert split_quantity(text, spread) == [spread]
    money = "Fuel went from $4 to $5 a gallon."
    parts = [extend_quantity(money, m) for m in split_quantity(money, place(money, "$4 to $5 a")[0])]
    assert [money[m.start : m.end] for m in parts] == ["$4", "$5 a gallon"]


def test_scores_and_ratios_are_no_ranges_and_no_sums() -> None:
    text = "The match ended 2-2, the vote went 10 to 1 and the final was 3-1."
    assert quantities(text, "2-2", "10 to 1", "3-1") == []


def test_a_number_word_glued_to_digits_is_dropped_from_the_span() -> None:
    text = "Organisers expected one 52,000 fans at the ground."
    assert quantities(text, "one 52,000") == [("52,000", 52_000, None, None, None, "fans")]


def test_per_cent_is_a_percentage_with_an_item() -> None:
    text = "About 40 per cent of the budget went to defence, and 7 per cent of households were poor."
    assert quantities(text, "About 40 per cent", "7") == [
        ("About 40 per cent", 40, None, None, "%", "budget"), ("7 per cent", 7, None, None, "%", "households")]


@pytest.mark.parametrize("text, number", [
    ("Deliveries go to 1600 Pennsylvania Avenue NW in the capital.", "1600"),
    ("Deliveries go to 250 E. Main Street downtown.", "250"),
    ("The White House, Washington, DC 20500, released it.", "20500"),
    ("Write to the office in Arlington, Virginia 22202.", "22202"),
    ("The office moved to Suite 400 of the annex.", "400"),
    ("Letters go to P.O. Box 1234 at the ministry.", "1234"),
    ("Call (202) 456-1111 for details.", "456"),
    ("Call 202-456-1111 for details.", "202"),
])
def test_street_numbers_zip_codes_suites_and_phone_numbers_are_no_quantities(text: str, number: str) -> None:
    assert not keep_quantity(text, place(text, number)[0])


@pytest.mark.parametrize("text, number", [
    ("The agency hired 1450 Pennsylvania residents.", "1450"),
    ("The state, Virginia 22 counties aside, voted.", "22"),
    ("The plan adds 400 suites to the hotel.", "400"),
    ("Some 20500 people live in the district.", "20500"),
])
def test_counts_near_address_words_are_kept(text: str, number: str) -> None:
    assert keep_quantity(text, place(text, number)[0])


@pytest.mark.parametrize("text, expected", [
    ("Around half of the institutes used paylines.", ["Around half"]),
    ("Their populations will be cut in half within 35 years.", ["half"]),
    ("The national debt has nearly doubled since then.", ["nearly doubled"]),
    ("Nearly 1 in 5 jobless workers is long-term unemployed.", ["Nearly 1 in 5"]),
    ("It is about six times the rate in Maine, and two-thirds of the credits went south.",
     ["about six times", "two-thirds"]),
    ("We are on track to double it yet again.", ["double"]),
    ("A double standard, double-digit growth, the third of three factors and the third quarter.", []),
])
def test_shares_and_multipliers_are_found_without_a_tagger(text: str, expected: list[str]) -> None:
    assert [text[m.start : m.end] for m in apply_span_rules(text, [])] == expected


def test_a_share_of_a_scale_joins_the_tagger_s_partial_spans() -> None:
    text = "Nearly a quarter of a million people downloaded it."
    assert quantities(text, "Nearly a quarter", "a million") == [
        ("Nearly a quarter of a million", 250_000, None, None, None, "people")]


@pytest.mark.parametrize("text, number, kept", [
    ("The agenda has several parts: 1. The Court affirmed the order. 2. The agency acted.", "1", False),
    ("The agenda has several parts: 1. The Court affirmed the order. 2. The agency acted.", "2", False),
    ("Next steps\n3) Review the rules.", "3", False),
    ("The count rose to 5. The next year it fell.", "5", True),
    ("In 2019, 12. Officials said more would follow.", "12", True),
])
def test_a_list_numeral_at_a_line_or_sentence_start_is_no_quantity(text: str, number: str, kept: bool) -> None:
    assert keep_quantity(text, place(text, number)[0]) is kept
