"""Sri Lankan phone normalisation: every way a cashier writes a number gives one E.164 form."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.phone import normalize_phone, phone_search_digits


@pytest.mark.parametrize(
    "written",
    [
        "077 123 4567",
        "0771234567",
        "077-123-4567",
        "(077) 123 4567",
        "+94771234567",
        "+94 77 123 4567",
        "+94 (0) 77 123 4567",
        "0094771234567",
        "0094 77 123 4567",
        "94771234567",
        "771234567",
        " 077.123.4567 ",
    ],
)
def test_sri_lankan_forms_normalise_to_one(written: str) -> None:
    assert normalize_phone(written) == "+94771234567"


def test_landline_and_foreign_numbers() -> None:
    assert normalize_phone("011 234 5678") == "+94112345678"
    assert normalize_phone("+1 987 654 3210") == "+19876543210"
    assert normalize_phone("0044 20 7946 0958") == "+442079460958"


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "   ",
        "abc",
        "077 123 456",
        "077 123 45678",
        "+94 77 123 456",
        "12345",
        "+0123456789",
        "+1234567890123456",
        "07７1234567",
        "077#1234567",
    ],
)
def test_garbage_is_refused_with_a_reason(bad: str) -> None:
    with pytest.raises(ValidationError):
        normalize_phone(bad)


def test_search_digits() -> None:
    assert phone_search_digits("077 123") == "77123"
    assert phone_search_digits("+9477") == "9477"
    assert phone_search_digits("0094 77") == "9477"
    assert phone_search_digits("Nimal") is None
    assert phone_search_digits("0") is None


@given(
    st.from_regex(r"7[0-8][0-9]{7}", fullmatch=True),
    st.sampled_from(["0", "+94", "0094", "94", "+94 "]),
)
def test_every_prefix_gives_the_same_number(national: str, prefix: str) -> None:
    spaced = f"{national[:2]} {national[2:5]} {national[5:]}"
    assert normalize_phone(prefix + spaced) == normalize_phone(national) == "+94" + national
