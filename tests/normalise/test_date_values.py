"""Date values (extract/normalise/dates.py) on made-up spans: deictic dates against the publication date,
anaphoric ones against the time the text is about, year-less months, centuries, periods and ranges."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.normalise.dates import normalise_date

JUNE_2013 = date(2013, 6, 14)  # a Friday, in ISO week 24


@pytest.mark.parametrize("text, expected", [
    ("today", "2013-06-14"), ("Today", "2013-06-14"), ("this morning", "2013-06-14"), ("Yesterday", "2013-06-13"),
    ("last night", "2013-06-13"), ("tomorrow", "2013-06-15"), ("this week", "2013-W24"), ("This week", "2013-W24"),
    ("THIS WEEK", "2013-W24"), ("last week", "2013-W23"), ("next week", "2013-W25"), ("this month", "2013-06"),
    ("Last month", "2013-05"), ("next month", "2013-07"), ("This year", "2013"), ("this year's", "2013"),
    ("last year", "2012"), ("Next year", "2014"), ("earlier this year", "2013"), ("Later this month", "2013-06"),
    ("this past week", "2013-W23"), ("this decade", "201"), ("this century", "20"), ("the last century", "19"),
])
def test_deictic_dates_take_the_publication_date_not_the_year_written_before(text: str, expected: str) -> None:
    assert normalise_date(text, JUNE_2013, None, 2009) == expected
    assert normalise_date(text, JUNE_2013) == expected


@given(st.integers(min_value=1900, max_value=2100))
def test_no_written_year_moves_a_deictic_date(year: int) -> None:
    for text in ("this week", "This year", "last month", "next year", "Last June", "six years ago", "the past decade"):
        assert normalise_date(text, JUNE_2013, None, year) == normalise_date(text, JUNE_2013)


@pytest.mark.parametrize("text, expected", [
    ("that year", "2009"), ("the same year", "2009"), ("the following year", "2010"), ("The next year", "2010"),
    ("the previous year", "2008"), ("two years later", "2011"), ("that summer", "2009-06/2009-08"),
    ("the same month", "2009-11"), ("the following month", "2009-12"), ("later that day", "2009-11-03"),
    ("the day before", "2009-11-02"),
])
def test_anaphoric_dates_take_the_time_the_text_is_about(text: str, expected: str) -> None:
    assert normalise_date(text, JUNE_2013, anchor="2009-11-03", context_year=2009) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("in March", date(2024, 6, 15), "2024-03"), ("November", date(2024, 6, 15), "2024-11"),
    ("December", date(2024, 6, 15), "2023-12"),  # six months either way: the past
    ("January", date(2024, 12, 20), "2025-01"), ("January 5", date(2024, 12, 20), "2025-01-05"),
    ("August 30", date(2024, 2, 10), "2023-08-30"),
])
def test_a_month_without_a_year_is_the_nearest_to_publication(text: str, published: date, expected: str) -> None:
    assert normalise_date(text, published) == expected


def test_a_month_without_a_year_takes_a_past_year_written_before_but_not_a_future_one() -> None:
    published = date(2024, 6, 15)
    assert normalise_date("in March", published, context_year=2019) == "2019-03"
    assert normalise_date("in March", published, context_year=2030) == "2024-03"
    assert normalise_date("mid-October", published, context_year=2030) == "2024-10"


@pytest.mark.parametrize("text, published, expected", [
    ("February", date(2016, 5, 12), "2017-02"), ("November", date(2016, 5, 18), "2016-11"),
    ("May", date(2016, 5, 18), "2016-05"), ("May 2", date(2016, 5, 18), "2017-05-02"),
])
def test_a_month_without_a_year_in_a_sentence_about_the_future_is_the_next_one(text: str, published: date,
                                                                               expected: str) -> None:
    assert normalise_date(text, published, context_year=2013, future=True) == expected
    assert normalise_date(text, published, context_year=2013) == f"2013{expected[4:]}"


@pytest.mark.parametrize("text, published, expected", [
    ("7-9 December", date(2004, 12, 9), "2004-12-07/2004-12-09"),
    ("7 to 9 December 2003", None, "2003-12-07/2003-12-09"),
    ("2012 to January 20, 2025", None, "2012/2025-01-20"), ("the 1930s and the late 1960s", None, "193/196"),
    ("February 10, 2025 onward", None, "2025-02-10"), ("2019 to a later date", None, None),
])
def test_periods_written_as_two_dates_are_intervals(text: str, published: date | None, expected: str | None) -> None:
    assert normalise_date(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("last June", date(2024, 6, 15), "2023-06"), ("Last June", date(2024, 8, 1), "2024-06"),
    ("late last July", date(2024, 6, 15), "2023-07"), ("early last December", date(2025, 1, 9), "2024-12"),
    ("next March", date(2024, 6, 15), "2025-03"), ("next March", date(2024, 2, 1), "2024-03"),
    ("this March", date(2024, 6, 15), "2024-03"), ("this spring", date(2024, 6, 15), "2024-03/2024-05"),
    ("last summer", date(2024, 10, 2), "2024-06/2024-08"), ("last summer", date(2024, 7, 2), "2023-06/2023-08"),
    ("next winter", date(2024, 1, 20), "2024-12/2025-02"), ("this winter", date(2024, 1, 20), "2023-12/2024-02"),
    ("next Tuesday", date(2013, 6, 14), "2013-06-18"), ("last Tuesday", date(2013, 6, 14), "2013-06-11"),
])
def test_named_months_and_seasons_relative_to_publication(text: str, published: date, expected: str) -> None:
    assert normalise_date(text, published, context_year=2001) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("this fiscal year", date(2024, 11, 2), "2024-10/2025-09"), ("this fiscal year", date(2024, 3, 2), "2023-10/2024-09"),
    ("the next fiscal year", date(2024, 3, 2), "2024-10/2025-09"), ("the 20th century", None, "19"),
    ("20th century", None, "19"), ("the twenty-first century", None, "20"), ("the early 19th century", None, "18"),
    ("six years ago", date(2024, 5, 1), "2018"), ("Six years ago", date(2024, 5, 1), "2018"),
    ("a decade ago", date(2024, 5, 1), "2014"), ("three months ago", date(2024, 2, 1), "2023-11"),
    ("two weeks ago", date(2013, 6, 14), "2013-W22"), ("48 hours ago", date(2013, 6, 14), "2013-06-12"),
    ("the past decade", date(2024, 5, 1), "2014/2024"), ("over the last 30 years", date(2024, 5, 1), "1994/2024"),
    ("the next five years", date(2024, 5, 1), "2024/2029"), ("the next decade", date(2024, 5, 1), "2024/2034"),
    ("the past year", date(2024, 5, 1), "2023-05/2024-05"), ("the past six months", date(2024, 5, 1), "2023-11/2024-05"),
])
def test_fiscal_years_centuries_counts_back_and_periods(text: str, published: date | None, expected: str) -> None:
    assert normalise_date(text, published, context_year=1990) == expected


@pytest.mark.parametrize("text", ["a few months ago", "several years ago", "the coming months", "that time"])
def test_vague_expressions_have_no_value(text: str) -> None:
    assert normalise_date(text, date(2024, 5, 1)) is None


@pytest.mark.parametrize("text, expected", [
    ("2009-2010", "2009/2010"), ("2009–2010", "2009/2010"), ("from 1998 to 2001", "1998/2001"),
    ("fiscal years 2015 through 2018", "2014-10/2018-09"), ("the end of 2021", "2021-12"),
    ("the end of FY2019", "2019-09"), ("the beginning of 2021", "2021-01"), ("late 1987", "1987"),
    ("the second quarter of FY2019", "2019-01/2019-03"), ("the first half of 2021", "2021-01/2021-06"),
    ("tax year 2017", "2017"), ("1996-12-06", "1996-12-06"),
])
def test_ranges_are_one_interval_and_modifiers_keep_or_narrow_the_value(text: str, expected: str) -> None:
    assert normalise_date(text, date(2024, 5, 1)) == expected
