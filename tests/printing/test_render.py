"""ESC/POS rendering: the commands a receipt must carry, paper widths, raster for Sinhala/Tamil."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest

from pos_desktop.core.money import Money
from pos_desktop.core.receipt import ReceiptDocument, ReceiptLine
from pos_desktop.hardware.printing.layout import Text, columns, receipt_blocks
from pos_desktop.hardware.printing.profiles import PAPER_58, PAPER_80, paper_profile
from pos_desktop.hardware.printing.render import (
    code128_payload,
    printable,
    render_blocks,
    render_drawer_kick,
    render_receipt,
    render_shift_report,
    render_test_page,
)
from pos_desktop.hardware.printing.shift_text import shift_report_lines, shift_report_title
from pos_desktop.services.receipt_builder import build_receipt
from pos_desktop.services.shift_reports import x_report
from pos_desktop.services.shifts import require_open_shift
from tests.printing.conftest import pil_rasterize
from tests.printing.support import cash_sale, refund_one_rice
from tests.sales.conftest import Shop
from tests.support.escpos_paper import TextLine, print_paper

INIT = b"\x1b@"
CUT = b"\x1dV"
BARCODE = b"\x1dk"  # GS k
QR = b"\x1d(k"  # GS ( k
RASTER = b"\x1dv0"  # GS v 0
DRAWER = b"\x1bp"  # ESC p


def _doc(shop: Shop, number: str) -> ReceiptDocument:
    with shop.term.db.read() as s:
        return build_receipt(s, shop.ctx, number)


def receipt_blocks_for_line(line: ReceiptLine) -> str:
    from pos_desktop.hardware.printing.layout import _quantity

    return f"  {_quantity(line)} x {line.unit_price.amount:,.2f}"


def _text_lines(data: bytes) -> list[str]:
    """The printed text lines of a receipt: style commands stripped, and only the text part
    (up to the barcode, whose data is binary)."""
    text_part = data[: data.index(BARCODE)] if BARCODE in data else data
    cleaned = re.sub(rb"\x1b[!Ea].|\x1b@|\x1bt.|\x1dh.|\x1dw.|\x1df.|\x1dH.", b"", text_part)
    return cleaned.decode("cp437").split("\n")


def test_receipt_carries_init_name_number_codes_and_cut(
    shop: Shop, capsys: pytest.CaptureFixture[str]
) -> None:
    sale = cash_sale(shop, customer=True)
    data = render_receipt(_doc(shop, sale.receipt_number), PAPER_80)
    assert data.startswith(INIT)
    assert b"Test Store" in data
    assert sale.receipt_number.encode() in data
    assert b"123456789-7000" in data  # VAT registration number
    assert BARCODE + b"I" in data  # GS k m=73: CODE128
    assert QR in data and b"1P0" + sale.receipt_number.encode() in data  # QR data
    assert data.endswith(CUT + b"\x00")  # GS V 0: full cut, last
    assert DRAWER not in data  # the drawer kick is its own job, printed first
    text = data.decode("cp437")
    for expected in ("Subtotal", "TOTAL", "CHANGE", "404.50", "Points earned", "18% on"):
        assert expected in text
    assert capsys.readouterr().out == ""  # escpos must not chatter on stdout


def test_refund_receipt_title_and_original(shop: Shop) -> None:
    sale = cash_sale(shop)
    refund = refund_one_rice(shop, sale)
    data = render_receipt(_doc(shop, refund.return_receipt_number), PAPER_80)
    assert b"REFUND" in data and b"REFUNDED" in data
    assert sale.receipt_number.encode() in data and b"damaged pack" in data


def test_copy_is_marked_and_copies_are_cut_separately(shop: Shop) -> None:
    doc = _doc(shop, cash_sale(shop).receipt_number)
    data = render_receipt(doc, PAPER_80, copy=True, copies=2)
    assert data.count(b"RECEIPT - COPY") == 2
    assert data.count(CUT) == 2


@pytest.mark.parametrize("width_mm", [58, 80])
def test_no_text_line_is_wider_than_the_paper(shop: Shop, width_mm: int) -> None:
    profile = paper_profile(width_mm)
    doc = _doc(shop, cash_sale(shop, customer=True).receipt_number)
    for block in receipt_blocks(doc, profile):
        if isinstance(block, Text) and printable(block.text) and not block.double:
            for line in columns(block.text, "", profile.chars_per_line):
                assert len(line.rstrip()) <= profile.chars_per_line
    lines = _text_lines(render_receipt(doc, profile))
    assert max(len(line) for line in lines) <= profile.chars_per_line
    assert "-" * profile.chars_per_line in lines  # the rules span the paper exactly
    total = next(line for line in lines if line.startswith("Subtotal"))
    assert len(total) == profile.chars_per_line and total.endswith("2,595.50")


def test_58_and_80_mm_lay_out_differently(shop: Shop) -> None:
    doc = _doc(shop, cash_sale(shop).receipt_number)
    narrow, wide = render_receipt(doc, PAPER_58), render_receipt(doc, PAPER_80)
    assert b"-" * 32 + b"\n" in narrow and b"-" * 48 not in narrow
    assert b"-" * 48 + b"\n" in wide
    assert PAPER_58.chars_per_line == 32 and PAPER_80.chars_per_line == 48
    assert (PAPER_58.pixel_width, PAPER_80.pixel_width) == (384, 576)


def test_sinhala_name_goes_out_as_a_raster_image(shop: Shop) -> None:
    doc = _doc(shop, cash_sale(shop).receipt_number)
    rice = doc.lines[0]
    sinhala = replace(doc, lines=(replace(rice, name="සහල් 5kg", fallback_name="Rice 5kg"),))
    data = render_receipt(sinhala, PAPER_80, pil_rasterize)
    assert RASTER in data
    start = data.index(RASTER)
    width_bytes = data[start + 4] + 256 * data[start + 5]  # GS v 0 m xL xH yL yH
    assert width_bytes * 8 == PAPER_80.pixel_width
    assert "සහල්".encode() not in data and b"?" not in data  # never "?" on paper
    # Without a rasterizer the catalogue name is printed instead.
    fallback = render_receipt(sinhala, PAPER_80, None)
    assert RASTER not in fallback and b"Rice 5kg" in fallback


def test_tamil_customer_without_fallback_is_rasterized_or_marked(shop: Shop) -> None:
    doc = _doc(shop, cash_sale(shop).receipt_number)
    tamil = replace(doc, meta=replace(doc.meta, customer="குமார்"))
    assert RASTER in render_receipt(tamil, PAPER_58, pil_rasterize)
    assert RASTER not in render_receipt(tamil, PAPER_58, None)


def test_drawer_kick_is_esc_p_on_pin_2_or_5() -> None:
    assert render_drawer_kick() == b"\x1bp\x00\x32\x32"
    assert render_drawer_kick(5) == b"\x1bp\x01\x32\x32"


def test_test_page_has_ruler_scripts_codes_and_cut() -> None:
    data = render_test_page(PAPER_58, pil_rasterize, description="network 10.0.0.5:9100")
    assert b"TEST PRINT" in data and b"10.0.0.5:9100" in data
    assert b"12345678901234567890123456789012\n" in data  # 32 characters on 58 mm
    assert RASTER in data and BARCODE in data and QR in data and CUT in data


def test_shift_report_prints_as_text(shop: Shop) -> None:
    cash_sale(shop)
    with shop.term.db.read() as s:
        report = x_report(s, shop.ctx, require_open_shift(s, shop.ctx).id)
    data = report.to_dict()
    lines = shift_report_lines(data, 48, store_name="Test Store", names={})
    assert shift_report_title(data) == "X report (reading, not final)"
    assert all(len(line) <= 48 for line in lines)
    assert any(line.startswith("Net total") and line.endswith("2,595.50") for line in lines)
    assert any(line.startswith("Expected in drawer") for line in lines)
    out = render_shift_report(lines, PAPER_80, title="X report")
    assert out.startswith(INIT) and b"X report" in out and CUT in out


def test_code128_uses_set_c_for_the_counter() -> None:
    assert code128_payload("S01-T01-000123") == "{BS01-T01-{C" + "\x00\x01\x17"
    assert code128_payload("S01-T01-1000000") == "{BS01-T01-1{C" + "\x00\x00\x00"
    assert code128_payload("ABC") == "{BABC"
    assert code128_payload("123456") == "{C\x0c\x22\x38"


def test_printable_is_the_code_page() -> None:
    assert printable("Rice 5kg 1,250.00")
    assert not printable("සහල්") and not printable("அரிசி")


def test_weighed_line_prints_kilograms() -> None:
    line = ReceiptLine("Red dhal", 1250, Money(480_00), Money(600_00), Money(0), weighed=True)
    assert line.quantity == Decimal("1.25")
    blocks = receipt_blocks_for_line(line)
    assert "  1.250 kg x 480.00" in blocks


def test_bold_survives_a_change_of_text_size() -> None:
    # ESC ! 0 (sent before every size change) turns bold off on Epson-type printers, so a bold
    # normal-size line after a bold double-size line must say "bold" again; the virtual paper
    # (which models ESC ! like a printer does) must show it bold.
    blocks = [Text("BIG", bold=True, double=True), Text("still bold", bold=True)]
    data = render_blocks(blocks, PAPER_80)
    lines = print_paper(data).of(TextLine)
    assert [(line.text.strip(), line.bold) for line in lines] == [
        ("BIG", True),
        ("still bold", True),
    ]
