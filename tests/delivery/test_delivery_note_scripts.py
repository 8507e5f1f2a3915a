"""The delivery note draws Sinhala and Tamil names and addresses shaped (HarfBuzz) in the
bundled Noto fonts, not as missing glyphs, and pdftotext reads them back exactly."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pos_desktop.reports.delivery_note_pdf import save_delivery_note
from pos_desktop.services.delivery_orders import Address, OrderLineInput
from tests.delivery.conftest import DeliveryShop, _product

COCONUT_OIL = "පොල් තෙල් 1L"
CUSTOMER = "ශ්\u200dරී ලංකා ගුණසේකර"
STREET = "தேங்காய் வீதி 12"


def test_a_note_with_sinhala_and_tamil_reads_back_exactly(
    shop: DeliveryShop, tmp_path: Path
) -> None:
    oil = _product(shop.term, "OIL1", COCONUT_OIL, 980_00)
    made = shop.order(
        customer_name=CUSTOMER,
        address=Address(line1=STREET, city="Jaffna", district="Jaffna"),
        lines=[OrderLineInput(oil, 1), OrderLineInput(shop.tea, 1)],
    )
    pdf = save_delivery_note(shop.ctx, shop.term.manager, made.order_id, tmp_path)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (CUSTOMER, STREET, COCONUT_OIL, "Dilmah Tea 400g", "+94 77 123 4567"):
        assert expected in text, expected
    assert "\u25a0" not in text  # no black boxes for glyphs Helvetica lacks
    raw = pdf.read_bytes()
    assert b"NotoSansSinhala" in raw and b"NotoSansTamil" in raw
