"""Order numbers (5-6 characters) and tracking numbers ("TRK" + 8): formats, the unambiguous
alphabet, and uniqueness across tills that never talk to each other."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_desktop.core.errors import ValidationError
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.delivery_dispatch import assign_delivery
from pos_desktop.services.delivery_numbers import (
    ALPHABET,
    MAX_ORDER_COUNTER,
    MAX_TRACKING_SEQ,
    decode,
    encode,
    format_order_number,
    format_tracking_number,
    is_order_number,
    is_tracking_number,
    normalize_code,
    scramble,
    till_character,
)
from tests.delivery.conftest import DeliveryShop

STORE = "0190a1b2-0000-7000-8000-000000000001"


def test_the_alphabet_has_no_look_alikes_and_sorts_like_numbers() -> None:
    assert len(ALPHABET) == 32 and not set("ILOU") & set(ALPHABET)
    assert list(ALPHABET) == sorted(ALPHABET)


def test_till_characters() -> None:
    assert [till_character(c) for c in ("T01", "T02", "T10", "T31", "t09")] == [
        "1",
        "2",
        "A",
        "Z",
        "9",
    ]
    for bad in ("T00", "T32", "POS", ""):
        with pytest.raises(ValidationError):
            till_character(bad)


def test_first_and_last_order_numbers() -> None:
    assert format_order_number("1", 1) == "10001"
    assert format_order_number("Z", 32**4 - 1) == "ZZZZZ"
    assert format_order_number("Z", 32**4) == "Z10000"
    assert len(format_order_number("2", MAX_ORDER_COUNTER)) == 6
    with pytest.raises(ValidationError):
        format_order_number("2", MAX_ORDER_COUNTER + 1)


@given(st.integers(0, 2**40))
def test_encode_decode_round_trip(value: int) -> None:
    assert decode(encode(value, 4)) == value


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from(["T01", "T02"]), min_size=1, max_size=300),
    st.integers(1, MAX_ORDER_COUNTER - 400),
)
def test_two_offline_tills_never_make_the_same_order_number(
    interleaving: list[str], start: int
) -> None:
    """Whatever order two tills take orders in (each from its own counter, never seeing the
    other's), every number is 5-6 characters of the alphabet and none repeats."""
    counters = {"T01": start, "T02": start}
    made = []
    for till in interleaving:
        made.append(format_order_number(till_character(till), counters[till]))
        counters[till] += 1
    assert len(set(made)) == len(made)
    assert all(is_order_number(n) and 5 <= len(n) <= 6 for n in made)


@settings(max_examples=200)
@given(
    st.sets(st.integers(1, MAX_TRACKING_SEQ), min_size=2, max_size=50),
    st.sampled_from(["1", "2", "Z"]),
)
def test_tracking_numbers_of_distinct_counters_differ(seqs: set[int], till: str) -> None:
    numbers = [format_tracking_number(till, seq, STORE) for seq in seqs]
    assert len(set(numbers)) == len(numbers)
    for number in numbers:
        assert is_tracking_number(number) and len(number) == 11 and number.startswith("TRK")
        assert set(number[3:]) <= set(ALPHABET)


@given(st.integers(0, MAX_TRACKING_SEQ), st.integers(0, MAX_TRACKING_SEQ))
def test_the_scramble_is_a_bijection(a: int, b: int) -> None:
    assert (scramble(a, STORE) == scramble(b, STORE)) == (a == b)


def test_consecutive_parcels_do_not_get_neighbouring_numbers() -> None:
    one, two = (format_tracking_number("1", n, STORE) for n in (1, 2))
    assert one[:4] == two[:4] == "TRK1" and sum(x != y for x, y in zip(one, two, strict=True)) > 2


def test_what_people_type_is_folded_to_the_printed_spelling() -> None:
    assert normalize_code(" 1oo0i ") == "10001"
    assert normalize_code("trk1abl-0o") == "TRK1AB100"


def _second_till(shop: DeliveryShop) -> ServiceContext:
    """The same store's data seen from till T02 (as if it had pulled T01's orders)."""
    ident = dataclasses.replace(shop.ctx.terminal, device_code="T02", device_id="dev-t02")
    return dataclasses.replace(shop.ctx, terminal=ident)


def test_each_till_continues_its_own_counter_in_a_shared_store(shop: DeliveryShop) -> None:
    first = [shop.order().order_number for _ in range(3)]
    t02 = DeliveryShop(shop.term, shop.rice, shop.tea, shop.courier, shop.customer)
    t02.term = dataclasses.replace(shop.term, ctx=_second_till(shop))
    second = [t02.order().order_number for _ in range(2)]
    third = shop.order().order_number
    assert first == ["10001", "10002", "10003"]
    assert second == ["20001", "20002"]
    assert third == "10004"


def test_tracking_numbers_of_two_tills_in_one_store_differ(shop: DeliveryShop) -> None:
    a, b = shop.order().order_id, shop.order().order_id
    one = assign_delivery(shop.ctx, shop.term.manager, a, shop.courier).tracking_number
    two = assign_delivery(_second_till(shop), shop.term.manager, b, shop.courier).tracking_number
    assert one.startswith("TRK1") and two.startswith("TRK2")
    assert is_tracking_number(one) and is_tracking_number(two) and one != two
