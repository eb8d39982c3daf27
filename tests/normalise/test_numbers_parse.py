"""`parse_number` (extract/normalise/numbers.py): a sign, and only words that form one number combined."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.normalise.numbers import parse_number


@pytest.mark.parametrize("text, value", [
    ("minus 233", -233), ("-4.5", -4.5), ("\u22127", -7), ("negative 12", -12),
    ("one hundred and five", 105), ("nineteen hundred", 1900), ("twenty-five", 25), ("a hundred", 100),
    ("a 245", 245), ("two-thirds", 2 / 3), ("five hundred thousand", 500_000), ("2.5 million", 2_500_000),
])
def test_signs_and_numbers_written_in_words(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["2-2", "3 1", "one 52,000", "five six", "twenty thirty", "million", "7 one"])
def test_numbers_side_by_side_are_not_summed(text: str) -> None:
    assert parse_number(text) is None


@given(st.integers(min_value=1, max_value=10**9))
def test_a_sign_negates_any_number(n: int) -> None:
    assert parse_number(f"-{n:,}") == -n
    assert parse_number(f"minus {n}") == -n
