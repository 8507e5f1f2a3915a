"""Receipt numbers: format, parse, canonical spelling, growth past six digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.receipt_number import (
    MAX_COUNTER,
    ReceiptNumber,
    format_receipt_number,
    is_receipt_number,
    parse_receipt_number,
)


def test_format_pads_counter_to_six_digits() -> None:
    assert format_receipt_number("S01", "T02", 123) == "S01-T02-000123"
    assert format_receipt_number("S01", "T02", 1) == "S01-T02-000001"
    assert format_receipt_number("S01", "T02", 999_999) == "S01-T02-999999"


def test_counter_grows_past_six_digits_without_breaking() -> None:
    text = format_receipt_number("S01", "T02", 1_000_000)
    assert text == "S01-T02-1000000"
    assert parse_receipt_number(text) == ReceiptNumber("S01", "T02", 1_000_000)


def test_parse_gives_parts_and_canonical_text() -> None:
    number = parse_receipt_number("S01-T02-000123")
    assert (number.store_code, number.device_code, number.counter) == ("S01", "T02", 123)
    assert str(number) == "S01-T02-000123"


def test_parse_tolerates_whitespace_and_lower_case() -> None:
    assert str(parse_receipt_number("  s01-t02-000123\r\n")) == "S01-T02-000123"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("S01-T02-12345", "not a receipt number"),  # counter shorter than 6 digits
        ("S01-T02-0001000000", "leading zeros"),  # same counter, second spelling
        ("S01-T02-000000", "between 1 and"),  # counters start at 1
        ("S01T02000123", "not a receipt number"),
        ("S01-T02-00012A", "not a receipt number"),
        ("S 01-T02-000123", "not a receipt number"),
        ("S01-T02-000123-1", "not a receipt number"),
        ("TOOLONGCODE-T02-000123", "not a receipt number"),
        ("S01-T02-" + "1" * 13, "not a receipt number"),
        ("Š01-T02-000123", "not a receipt number"),
    ],
)
def test_parse_refuses_malformed_numbers(text: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        parse_receipt_number(text)
    assert not is_receipt_number(text)


@pytest.mark.parametrize(
    ("store", "device", "counter"),
    [("s01", "T02", 1), ("S01", "", 1), ("S-1", "T02", 1), ("S01", "T02", 0), ("S01", "T02", -5)],
)
def test_format_refuses_bad_parts(store: str, device: str, counter: int) -> None:
    with pytest.raises(ValidationError):
        format_receipt_number(store, device, counter)


def test_format_refuses_non_int_counter() -> None:
    with pytest.raises(ValidationError):
        format_receipt_number("S01", "T02", True)
    with pytest.raises(ValidationError):
        format_receipt_number("S01", "T02", 1.0)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        format_receipt_number("S01", "T02", MAX_COUNTER + 1)


_code = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=8)


@given(store=_code, device=_code, counter=st.integers(min_value=1, max_value=MAX_COUNTER))
def test_format_parse_round_trip(store: str, device: str, counter: int) -> None:
    text = format_receipt_number(store, device, counter)
    assert parse_receipt_number(text) == ReceiptNumber(store, device, counter)
    assert parse_receipt_number(text.lower()) == ReceiptNumber(store, device, counter)


@given(a=st.integers(min_value=1, max_value=MAX_COUNTER), b=st.integers(1, MAX_COUNTER))
def test_distinct_counters_give_distinct_texts(a: int, b: int) -> None:
    same = format_receipt_number("S01", "T01", a) == format_receipt_number("S01", "T01", b)
    assert same == (a == b)
