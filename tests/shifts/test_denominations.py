"""Counting a drawer by denomination."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.core.denominations import (
    LKR_COINS,
    LKR_NOTES,
    MAX_COUNT_PER_DENOMINATION,
    count_total,
    counts_to_json,
    normalize_counts,
)
from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money


def test_lkr_notes_and_coins() -> None:
    assert LKR_NOTES == (5000, 2000, 1000, 500, 100, 50, 20)
    assert LKR_COINS == (10, 5, 2, 1)


def test_count_total_is_exact() -> None:
    assert count_total({5000: 2, 100: 3, 2: 1}) == Money(10_302_00)
    assert count_total({}) == Money(0)


def test_json_round_trip() -> None:
    counts = normalize_counts({1: 4, 5000: 1, 20: 0})
    assert list(counts) == [5000, 1]  # largest first, zeros dropped
    assert normalize_counts(counts_to_json(counts)) == counts


@pytest.mark.parametrize(
    ("counts", "message"),
    [
        ({3000: 1}, "not a note or coin"),
        ({25: 1}, "not a note or coin"),
        ({0: 1}, "not a note or coin"),
        ({100: -1}, "negative"),
        ({100: MAX_COUNT_PER_DENOMINATION + 1}, "plausible"),
        ({100: 2.5}, "whole number"),
        ({100: True}, "whole number"),
        ({True: 1}, "not a denomination"),
        ({"1,000": 1}, "not a denomination"),
        ({"100": 1, 100: 2}, "counted twice"),
    ],
)
def test_bad_counts_are_refused(counts: dict[object, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        count_total(counts)  # type: ignore[arg-type]


def test_unknown_currency_is_refused() -> None:
    with pytest.raises(ValidationError, match="no cash denominations"):
        count_total({1: 1}, "XYZ")


@given(
    st.dictionaries(
        st.sampled_from(LKR_NOTES + LKR_COINS),
        st.integers(min_value=0, max_value=MAX_COUNT_PER_DENOMINATION),
    )
)
def test_total_is_the_sum_of_face_values(counts: dict[int, int]) -> None:
    total = count_total(counts)
    assert total.minor == sum(face * n for face, n in counts.items()) * 100
    assert total.currency == "LKR"
