"""Quantity values and items (extract/normalise/quantities.py) on made-up spans and sentences: currencies, one-letter
scales, ranges, signs, `per cent`, and what money and shares are of or for (SCHEMA.md revision 2)."""

from __future__ import annotations

from typing import Optional

import pytest

from extract.normalise.items import counted_item
from extract.normalise.quantities import normalise_quantity


@pytest.mark.parametrize("text, value, unit", [
    ("US$5 million", 5_000_000, "USD"), ("A$3.2 million", 3_200_000, "AUD"), ("C$40 million", 40_000_000, "CAD"),
    ("€12 billion", 12_000_000_000, "EUR"), ("£1.2bn", 1_200_000_000, "GBP"),
    ("¥300 billion", 300_000_000_000, "JPY"),
    ("Y=1.5 billion", 1_500_000_000, "JPY"), ("RM2.4 billion", 2_400_000_000, "MYR"),
    ("USD 5 million", 5_000_000, "USD"), ("EUR 20 million", 20_000_000, "EUR"), ("GBP 3 million", 3_000_000, "GBP"),
    ("5 million euros", 5_000_000, "EUR"), ("5 million USD", 5_000_000, "USD"), ("9 million ringgit", 9_000_000, "MYR"),
    ("12 million Canadian dollars", 12_000_000, "CAD"),
])
def test_currencies_are_iso_codes(text: str, value: int, unit: str) -> None:
    parsed = normalise_quantity(text)
    assert parsed is not None and (parsed.value, parsed.unit, parsed.low, parsed.high) == (value, unit, None, None)


@pytest.mark.parametrize("text, value, unit", [
    ("$13.6M", 13_600_000, "USD"), ("$2bn", 2_000_000_000, "USD"), ("£35m", 35_000_000, "GBP"),
    ("$10k", 10_000, "USD"), ("5bn", 5_000_000_000, None), ("$1.5 trillion", 1_500_000_000_000, "USD"),
    ("35m", 35, "m"), ("12km", 12, "km"),
])
def test_one_letter_scales_count_only_after_a_currency(text: str, value: int, unit: Optional[str]) -> None:
    parsed = normalise_quantity(text)
    assert parsed is not None and (parsed.value, parsed.unit) == (value, unit)


@pytest.mark.parametrize("text", ["10k", "35M", "2-2", "3-1", "10 to 1", "one 52,000"])
def test_ambiguous_scales_scores_and_glued_words_give_no_value(text: str) -> None:
    assert normalise_quantity(text) is None


@pytest.mark.parametrize("text, low, high, unit", [
    ("$1 million to $1.25 million", 1_000_000, 1_250_000, "USD"), ("from -40 to 215", -40, 215, None),
    ("€5-€10 million", 5_000_000, 10_000_000, "EUR"), ("15-20 per cent", 15, 20, "%"), ("four to six", 4, 6, None),
])
def test_a_range_has_low_and_high_and_no_value(text: str, low: float, high: float, unit: Optional[str]) -> None:
    parsed = normalise_quantity(text)
    assert parsed is not None and (parsed.value, parsed.low, parsed.high, parsed.unit) == (None, low, high, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("minus 233", -233, None), ("-4.5%", -4.5, "%"), ("minus $5 million", -5_000_000, "USD"),
    ("-£2bn", -2_000_000_000, "GBP"), ("5 per cent", 5, "%"), ("about 12 per cent", 12, "%"),
])
def test_signs_and_per_cent(text: str, value: float, unit: str) -> None:
    parsed = normalise_quantity(text)
    assert parsed is not None and (parsed.value, parsed.unit, parsed.rate_item) == (value, unit, None)


@pytest.mark.parametrize("before, after, unit, item", [
    ("The ministry set aside ", " for rural clinics.", "USD", "rural clinics"),
    ("The agency won ", " in FY2031 for harbour repairs.", "USD", "harbour repairs"),
    ("The fund gets ", " annually for a new seed bank.", "USD", "new seed bank"),
    ("Donors pledged ", " in fiscal year 2030.", "USD", None),
    ("Net receipts were ", ", above forecast.", "USD", "Net receipts"),
    ("Last year, the average toll per driver rose to ", ".", "USD", "average toll per driver"),
    ("The cost of the bridge would be ", " in FY2030.", "USD", "cost of the bridge"),
    ("The levy could not exceed ", ".", "USD", "levy"),
    ("Parliament raised the duty to ", " on tyres.", "%", "duty"),
    ("The reform cut household bills by ", ".", "USD", "household bills"),
    ("Canal tolls fell to ", " and ", "%", "Canal tolls"),
    ("Canal tolls fell to 7% and ", ", respectively.", "%", "Canal tolls"),
    ("Nearly two-fifths (", ") of all rural pharmacies closed.", "%", "rural pharmacies"),
    ("over 3.1 million pensioners (", ") live alone.", "%", "pensioners"),
    ("The ferry now costs ", " a crossing.", "USD", "crossing"),
    ("Only ", " of the ports' combined tonnage moved.", "%", "ports' combined tonnage"),
    ("Roughly ", " of apprentices nationally finished.", "%", "apprentices"),
    ("The quota was ", " (rounded to 2% in the table below).", "%", "quota"),
])
def test_money_and_shares_name_what_they_are_of_or_for(before: str, after: str, unit: str, item: str) -> None:
    assert counted_item(after, unit, before) == item


@pytest.mark.parametrize("after, item", [
    (" inspectors currently in post", "inspectors"), (" clerks used the portal", "clerks"),
    (" wells' combined output", "wells"), (" barrels sold abroad", "barrels"),
])
def test_counted_items_end_at_adverbs_participles_and_possessives(after: str, item: str) -> None:
    assert counted_item(after, None) == item


@pytest.mark.parametrize("after, before, unit, item", [
    (" regionally aligned Multi-Domain Task Forces", "", None, "regionally aligned Multi-Domain Task Forces"),
    (" previously uninvolved states", "", None, "previously uninvolved states"),
    (" family members", "", None, "family members"),
    (", by selling them", "its holdings, currently valued at ", "USD", None),
])
def test_an_adverb_opens_an_item_but_is_never_one_alone(after: str, before: str, unit: str | None,
                                                       item: str | None) -> None:
    assert counted_item(after, unit, before) == item


@pytest.mark.parametrize("after, item", [
    (" federal departments and agencies.", "federal departments and agencies"),
    (" state and local governments", "state and local governments"),
    (" Light Armored Reconnaissance (LAR) Companies", "Light Armored Reconnaissance"),
    (" IFPC Increment 2 battalions by 2030", "IFPC Increment 2 battalions"),
    (" individuals and two entities were named", "individuals"), (" batteries and a radar", "batteries"),
    (" service members and another soldier", "service members"), (" nationals and fighting", "nationals"),
])
def test_counted_items_hold_coordinated_nouns_and_names(after: str, item: str) -> None:
    assert counted_item(after, None) == item


@pytest.mark.parametrize("before, after, unit, item", [
    ("Norway has a fertility rate of ", " today.", None, "fertility rate"),
    ("veterans who served ", ", three or more deployments", None, "deployments"),
    ("In fact, ", " of my Labour colleagues withdrew", None, "Labour colleagues"),
    ("Our public debt has reached a record ", ".", "USD", "public debt"),
    ("Rural Clinics: ", ".", "USD", "Rural Clinics"),
    ("the region had a growth rate of ", " right now", None, "growth rate"),
])
def test_an_item_before_the_count_a_shared_noun_and_a_list_label(before: str, after: str, unit: str | None,
                                                                item: str) -> None:
    assert counted_item(after, unit, before) == item


@pytest.mark.parametrize("before, after, unit, item", [
    ("The number of people out of work climbed to ", " in May.", None, "people out of work"),
    ("The jobless rate surged to ", " from 5.0 percent.", "%", "jobless rate"),
    ("The port is undergoing a ", " renovation right now.", "USD", "renovation"),
    ("a survey found that ", " voters sometime last year moved", None, "voters"),
])
def test_an_item_from_a_measure_verb_s_subject_and_none_from_an_adverb_of_time(before: str, after: str,
                                                                              unit: str | None, item: str) -> None:
    assert counted_item(after, unit, before) == item


@pytest.mark.parametrize("text, value, op", [
    ("doubled", 2, "="), ("more than doubling", 2, ">"), ("twice", 2, "="), ("tripled", 3, "="),
    ("about six times", 6, "~"), ("more than 5 times", 5, ">"), ("Nearly 1 in 5", 0.2, "~"), ("1 in 4", 0.25, "="),
    ("one in every six", 1 / 6, "="), ("Eight out of 10", 0.8, "="), ("like three quarters", 0.75, "~"),
    ("Nearly a quarter of a million", 250_000, "~"), ("half a billion", 500_000_000, "="), ("1/2", 0.5, "="),
])
def test_multipliers_ratios_and_written_fractions(text: str, value: float, op: str) -> None:
    parsed = normalise_quantity(text)
    assert parsed is not None and parsed.value == pytest.approx(value) and parsed.op == op


def test_a_range_of_written_fractions_and_no_share_above_one() -> None:
    parsed = normalise_quantity("1/4 to 1/2 percent")
    assert parsed is not None and (parsed.low, parsed.high, parsed.unit) == (0.25, 0.5, "%")
    assert normalise_quantity("24/7") is None


@pytest.mark.parametrize("before, span, after, item", [
    ("The national debt has ", "nearly doubled", " since then because of the wars.", "national debt"),
    ("The diabetes rate among this age group also ", "doubled", " in this period.", "diabetes rate"),
    ("That will be ", "almost three times", " the existing record which was set in 2009.", "existing record"),
    ("The administration is ", "more than doubling", " the number of ICE agents.", "number of ICE agents"),
    ("Their populations are going to be cut in ", "half", " within 35 years.", "populations"),
])
def test_a_multiplier_s_item_is_what_it_multiplies(before: str, span: str, after: str, item: str) -> None:
    assert counted_item(after, None, before, span) == item


def test_a_share_of_all_counts_what_follows_all() -> None:
    assert counted_item(" of all international financial firms are here.", None, "", "Half") == \
        "international financial firms"


@pytest.mark.parametrize("before, after, unit, item", [
    ("the Army is requesting ", " in FY2027 discretionary procurement funding and more.", "USD",
     "FY2027 discretionary procurement funding"),
    ("success rates fell to ", " in FY2025 compared with 19% in FY2024.", "%", "success rates"),
    ("NIH funding accounted for ", " of all such federal research funding in FY2023.", "%", "federal research funding"),
    ("The act appropriated ", " to the ESF to support loans.", "USD", "ESF"),
    ("The act appropriated ", " to fund the program.", "USD", None),
    ("the Committee expects inflation to rise gradually toward ", " over the medium term.", "%", "inflation"),
    ("Inflation is expected to rise to ", " over the medium term.", "%", "Inflation"),
])
def test_money_for_a_dated_noun_a_recipient_and_a_forecast_s_subject(before: str, after: str, unit: str,
                                                                      item: str | None) -> None:
    assert counted_item(after, unit, before) == item
