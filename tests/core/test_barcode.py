"""parse_scan: every kind of code a till meets, and every kind of garbage."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_desktop.core.barcode import (
    DEFAULT_BARCODE_CONFIG,
    SCAN_BAD_VALUE,
    SCAN_CHECK_DIGIT,
    SCAN_EMPTY,
    SCAN_GARBAGE,
    SCAN_TOO_LONG,
    SCAN_UNKNOWN,
    BarcodeConfig,
    EmbeddedKind,
    EmbeddedPrice,
    EmbeddedWeight,
    InStoreLayout,
    LoyaltyCard,
    ProductCode,
    ReceiptCode,
    gtin_check_digit,
    is_valid_gtin,
    make_ean8,
    make_ean13,
    make_in_store_barcode,
    normalize_gtin,
    parse_scan,
    price_check_digit,
)
from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money


def test_gtin_helpers_are_unchanged() -> None:
    assert gtin_check_digit("400638133393") == 1
    assert is_valid_gtin("4006381333931")
    assert not is_valid_gtin("4006381333932")
    assert is_valid_gtin("036000241457")
    with pytest.raises(ValueError):
        gtin_check_digit("12a")


def test_ean13_ean8_and_upca() -> None:
    assert parse_scan("4006381333931") == ProductCode("4006381333931")
    assert parse_scan("73513537") == ProductCode("73513537")
    # UPC-A is looked up in its EAN-13 form.
    assert parse_scan("036000241457") == ProductCode("0036000241457")
    assert parse_scan("0036000241457") == ProductCode("0036000241457")
    assert normalize_gtin("036000241457") == "0036000241457"


def test_keyboard_wedge_noise_is_tolerated() -> None:
    assert parse_scan("  4006381333931\r\n") == ProductCode("4006381333931")
    assert parse_scan("\t4006381333931\n") == ProductCode("4006381333931")
    assert parse_scan("]E04006381333931") == ProductCode("4006381333931")  # AIM identifier


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("", SCAN_EMPTY, "nothing was scanned"),
        ("  \r\n", SCAN_EMPTY, "nothing was scanned"),
        ("]E0", SCAN_EMPTY, "nothing was scanned"),
        ("4006381333932", SCAN_CHECK_DIGIT, "check digit"),
        ("73513538", SCAN_CHECK_DIGIT, "check digit"),
        ("036000241458", SCAN_CHECK_DIGIT, "check digit"),
        ("12345", SCAN_UNKNOWN, "not an EAN-13"),
        ("12345678901", SCAN_UNKNOWN, "not an EAN-13"),
        ("10036000241454", SCAN_UNKNOWN, "not an EAN-13"),  # GTIN-14 is not sold at a till
        ("hello", SCAN_UNKNOWN, "not a barcode"),
        ("4006381333931X", SCAN_UNKNOWN, "not a barcode"),
        ("4006\x00381333931", SCAN_GARBAGE, "control"),
        ("4006381\x1b333931", SCAN_GARBAGE, "control"),
        ("4006 381333931", SCAN_GARBAGE, "spaces"),
        ("40063813３3931", SCAN_GARBAGE, "non-ASCII"),  # full-width digit
        ("ඒ4006381333931", SCAN_GARBAGE, "non-ASCII"),  # wrong keyboard layout
        ("4" * 49, SCAN_TOO_LONG, "too long"),
        ("LC123", SCAN_UNKNOWN, "8-12 digits"),
        ("LC1234567890123", SCAN_UNKNOWN, "8-12 digits"),
    ],
)
def test_bad_scans_get_readable_errors(text: str, code: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as info:
        parse_scan(text)
    assert info.value.code == code


def test_non_text_is_refused() -> None:
    with pytest.raises(ValidationError):
        parse_scan(b"4006381333931")  # type: ignore[arg-type]


def test_huge_input_is_refused_quickly() -> None:
    with pytest.raises(ValidationError) as info:
        parse_scan("9" * 1_000_000)
    assert info.value.code == SCAN_TOO_LONG


def test_price_embedded_label() -> None:
    code = make_in_store_barcode("21", "01234", Money.of("456.78"))
    assert code == make_ean13("210123445678")
    assert parse_scan(code) == EmbeddedPrice("01234", Money.of("456.78"), "21", code)


def test_weight_embedded_label() -> None:
    code = make_in_store_barcode("27", 42, Decimal("1.235"))
    assert code.startswith("270004201235")
    result = parse_scan(code)
    assert result == EmbeddedWeight("00042", Decimal("1.235"), "27", code)
    assert isinstance(result, EmbeddedWeight) and str(result.quantity) == "1.235"


def test_in_store_label_with_bad_check_digit_is_refused() -> None:
    code = make_in_store_barcode("21", "01234", Money.of("456.78"))
    broken = code[:-1] + str((int(code[-1]) + 1) % 10)
    with pytest.raises(ValidationError) as info:
        parse_scan(broken)
    assert info.value.code == SCAN_CHECK_DIGIT


def test_zero_value_label_is_refused() -> None:
    code = make_ean13("250004200000")
    with pytest.raises(ValidationError, match="zero weight") as info:
        parse_scan(code)
    assert info.value.code == SCAN_BAD_VALUE


def test_unmapped_in_store_prefix_is_a_plain_product_code() -> None:
    config = BarcodeConfig(in_store={"21": InStoreLayout(EmbeddedKind.PRICE, decimals=2)})
    code = make_ean13("200000012345")
    assert parse_scan(code, config) == ProductCode(code)
    assert isinstance(parse_scan(code), EmbeddedPrice)  # default config maps 20


def test_upca_variable_measure_uses_the_02_prefix() -> None:
    config = BarcodeConfig(in_store={"02": InStoreLayout(EmbeddedKind.WEIGHT, decimals=3)})
    ean = make_in_store_barcode("02", "12345", Decimal("0.5"), config)
    upca = ean[1:]
    assert parse_scan(upca, config) == EmbeddedWeight("12345", Decimal("0.500"), "02", ean)


def test_price_check_digit_follows_gs1() -> None:
    # Worked examples of GS1 General Specifications 7.9.3.
    assert price_check_digit("2875") == 9
    assert price_check_digit("14685") == 6
    with pytest.raises(ValueError):
        price_check_digit("123")


@pytest.mark.parametrize(
    "layout",
    [
        InStoreLayout(
            EmbeddedKind.PRICE, decimals=2, item_digits=5, value_digits=4, check_digit=True
        ),
        InStoreLayout(
            EmbeddedKind.PRICE, decimals=0, item_digits=4, value_digits=5, check_digit=True
        ),
        InStoreLayout(
            EmbeddedKind.WEIGHT, decimals=3, item_digits=4, value_digits=5, check_digit=True
        ),
        InStoreLayout(EmbeddedKind.PRICE, decimals=2, item_digits=4, value_digits=6),
    ],
)
def test_layouts_with_inner_check_digit_round_trip(layout: InStoreLayout) -> None:
    config = BarcodeConfig(in_store={"22": layout})
    value: Money | Decimal = (
        Money.of("12.00") if layout.kind is EmbeddedKind.PRICE else Decimal("2.5")
    )
    item = "1" * layout.item_digits
    code = make_in_store_barcode("22", item, value, config)
    result = parse_scan(code, config)
    if isinstance(result, EmbeddedPrice):
        assert result.price == value
    else:
        assert isinstance(result, EmbeddedWeight) and result.quantity == value
    assert result.item_code == item


def test_inner_price_check_digit_is_verified() -> None:
    layout = InStoreLayout(
        EmbeddedKind.PRICE, decimals=2, item_digits=5, value_digits=4, check_digit=True
    )
    config = BarcodeConfig(in_store={"22": layout})
    code = make_in_store_barcode("22", "00001", Money.of("28.75"), config)
    assert code[7] == "9"  # the GS1 example: 2875 -> 9
    tampered = make_ean13(code[:7] + "8" + code[8:12])  # valid EAN check, wrong price check
    with pytest.raises(ValidationError, match="price check digit") as info:
        parse_scan(tampered, config)
    assert info.value.code == SCAN_CHECK_DIGIT


def test_loyalty_cards() -> None:
    assert parse_scan("LC12345678") == LoyaltyCard("LC12345678")
    assert parse_scan("lc123456789012") == LoyaltyCard("LC123456789012")
    card = make_ean13("990000001234")
    assert parse_scan(card) == LoyaltyCard(card)
    config = BarcodeConfig(loyalty_prefix="CARD", loyalty_ean_prefix=None, loyalty_min_digits=4)
    assert parse_scan("CARD0042", config) == LoyaltyCard("CARD0042")
    assert parse_scan(card, config) == ProductCode(card)


def test_receipt_barcodes() -> None:
    assert parse_scan("S01-T02-000123") == ReceiptCode("S01-T02-000123")
    assert parse_scan("s01-t02-1000000\n") == ReceiptCode("S01-T02-1000000")
    with pytest.raises(ValidationError, match="leading zeros"):
        parse_scan("S01-T02-0000123")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"in_store": {"50": InStoreLayout(EmbeddedKind.PRICE, decimals=2)}},
        {
            "in_store": {"21": InStoreLayout(EmbeddedKind.PRICE, decimals=2)},
            "loyalty_ean_prefix": "2",
        },
        {"in_store": {"21": InStoreLayout(EmbeddedKind.PRICE, decimals=1)}, "currency": "JPY"},
        {"loyalty_ean_prefix": "9a"},
        {"loyalty_prefix": "L1"},
        {"loyalty_min_digits": 9, "loyalty_max_digits": 8},
        {"max_length": 10},
    ],
)
def test_bad_configs_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        BarcodeConfig(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "args",
    [
        (EmbeddedKind.PRICE, 2, 5, 5, True),  # 14 digits
        (EmbeddedKind.PRICE, 2, 6, 3, True),  # check digit needs 4 or 5 value digits
        (EmbeddedKind.WEIGHT, 4, 5, 5, False),  # quantities have 3 decimals at most
        (EmbeddedKind.PRICE, 2, 0, 10, False),
    ],
)
def test_bad_layouts_are_refused(args: tuple[EmbeddedKind, int, int, int, bool]) -> None:
    kind, decimals, item, value, check = args
    with pytest.raises(ValidationError):
        InStoreLayout(kind, decimals, item, value, check)


def test_config_is_read_only_and_defaults_are_documented() -> None:
    config = DEFAULT_BARCODE_CONFIG
    assert {p for p, lay in config.in_store.items() if lay.kind is EmbeddedKind.PRICE} == {
        "20",
        "21",
        "22",
        "23",
        "24",
    }
    assert {p for p, lay in config.in_store.items() if lay.kind is EmbeddedKind.WEIGHT} == {
        "25",
        "26",
        "27",
        "28",
        "29",
    }
    with pytest.raises(TypeError):
        config.in_store["30"] = config.in_store["20"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("prefix", "item", "value", "words"),
    [
        ("30", "00001", Money.of("1.00"), "no in-store layout"),
        ("21", "0001", Money.of("1.00"), "5 digits"),
        ("21", "0000a", Money.of("1.00"), "5 digits"),
        ("21", "00001", Money.of("1000.00"), "does not fit"),
        ("21", "00001", Money.of("0.00"), "does not fit"),
        ("21", "00001", Money(100, "USD"), "LKR"),
        ("21", "00001", Decimal("1.00"), "LKR"),
        ("25", "00001", Money.of("1.00"), "weight"),
        ("25", "00001", Decimal("1.2345"), "does not fit"),
        ("25", "00001", Decimal("100.000"), "does not fit"),
    ],
)
def test_make_in_store_barcode_refuses_what_does_not_fit(
    prefix: str, item: str, value: Money | Decimal, words: str
) -> None:
    with pytest.raises(ValidationError, match=words):
        make_in_store_barcode(prefix, item, value)


def test_make_ean_helpers() -> None:
    assert make_ean13("400638133393") == "4006381333931"
    assert make_ean8("7351353") == "73513537"
    for bad in ("12345", "40063813339a", "4006381333931"):
        with pytest.raises(ValueError):
            make_ean13(bad)
    with pytest.raises(ValueError):
        make_ean8("123")
