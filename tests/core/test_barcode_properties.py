"""Property tests of barcode parsing: valid codes parse, one wrong digit never does, labels
round-trip, and no input whatsoever makes the parser fail with anything but ValidationError."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pos_desktop.core.barcode import (
    DEFAULT_BARCODE_CONFIG,
    SCAN_CHECK_DIGIT,
    BarcodeConfig,
    EmbeddedKind,
    EmbeddedPrice,
    EmbeddedWeight,
    InStoreLayout,
    LoyaltyCard,
    ProductCode,
    ReceiptCode,
    make_ean8,
    make_ean13,
    make_in_store_barcode,
    parse_scan,
)
from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)
in_store = sorted(DEFAULT_BARCODE_CONFIG.in_store)


def _body(length: int) -> st.SearchStrategy[str]:
    return st.text(alphabet="0123456789", min_size=length, max_size=length)


@given(body=_body(12))
def test_valid_ean13_parses_to_itself(body: str) -> None:
    assume(body[:2] not in in_store and not body.startswith("99"))
    code = make_ean13(body)
    assert parse_scan(code) == ProductCode(code)


@given(body=_body(7))
def test_valid_ean8_parses_to_itself(body: str) -> None:
    code = make_ean8(body)
    assert parse_scan(code) == ProductCode(code)


def _valid_gtin(body: str) -> str:
    if len(body) == 12:
        return make_ean13(body)
    if len(body) == 7:
        return make_ean8(body)
    return make_ean13("0" + body)[1:]  # UPC-A: same check digit as its EAN-13 form


@given(body=_body(11))
def test_valid_upca_parses_to_its_ean13_form(body: str) -> None:
    upca = _valid_gtin(body)
    assert parse_scan(upca) == ProductCode("0" + upca)


@settings(max_examples=300)
@given(length=st.sampled_from([8, 12, 13]), data=st.data())
def test_a_single_changed_digit_is_rejected(length: int, data: st.DataObject) -> None:
    code = _valid_gtin(data.draw(_body(length - 1)))
    parse_scan(code)  # valid (of whatever kind) before the change
    position = data.draw(st.integers(0, length - 1))
    new_digit = data.draw(digits.filter(lambda d: d != code[position]))
    changed = code[:position] + new_digit + code[position + 1 :]
    try:
        parse_scan(changed)
    except ValidationError as exc:
        assert exc.code == SCAN_CHECK_DIGIT
    else:
        raise AssertionError(f"{changed} (from {code}) was accepted")


@given(
    prefix=st.sampled_from(
        [p for p in in_store if DEFAULT_BARCODE_CONFIG.in_store[p].kind == "price"]
    ),
    item=st.integers(0, 99_999),
    minor=st.integers(1, 99_999),
)
def test_embedded_price_round_trips(prefix: str, item: int, minor: int) -> None:
    price = Money(minor, "LKR")
    code = make_in_store_barcode(prefix, item, price)
    assert parse_scan(code) == EmbeddedPrice(f"{item:05d}", price, prefix, code)


@given(
    prefix=st.sampled_from(
        [p for p in in_store if DEFAULT_BARCODE_CONFIG.in_store[p].kind == "weight"]
    ),
    item=st.integers(0, 99_999),
    grams=st.integers(1, 99_999),
)
def test_embedded_weight_round_trips(prefix: str, item: int, grams: int) -> None:
    kg = Decimal(grams).scaleb(-3)
    code = make_in_store_barcode(prefix, item, kg)
    result = parse_scan(code)
    assert result == EmbeddedWeight(f"{item:05d}", kg, prefix, code)


@given(
    item=st.integers(0, 9_999),
    value=st.integers(1, 99_999),
    kind=st.sampled_from(list(EmbeddedKind)),
)
def test_layout_with_five_digit_check_round_trips(
    item: int, value: int, kind: EmbeddedKind
) -> None:
    decimals = 3 if kind is EmbeddedKind.WEIGHT else 2
    layout = InStoreLayout(kind, decimals, item_digits=4, value_digits=5, check_digit=True)
    config = BarcodeConfig(in_store={"28": layout})
    amount: Money | Decimal = (
        Money(value, "LKR") if kind is EmbeddedKind.PRICE else Decimal(value).scaleb(-3)
    )
    code = make_in_store_barcode("28", item, amount, config)
    result = parse_scan(code, config)
    if isinstance(result, EmbeddedPrice):
        assert result.price == amount
    else:
        assert isinstance(result, EmbeddedWeight) and result.quantity == amount


@given(number=st.integers(10**7, 10**12 - 1))
def test_loyalty_cards_parse(number: int) -> None:
    assert parse_scan(f"LC{number}") == LoyaltyCard(f"LC{number}")


@settings(max_examples=500)
@given(text=st.text(max_size=80) | st.binary(max_size=40).map(lambda b: b.decode("latin-1")))
def test_any_input_gives_a_result_or_a_validation_error(text: str) -> None:
    try:
        result = parse_scan(text)
    except ValidationError as exc:
        assert exc.message
    else:
        assert isinstance(
            result, ProductCode | EmbeddedPrice | EmbeddedWeight | LoyaltyCard | ReceiptCode
        )
