"""The delivery note PDF: its text (pdftotext) and its Code 128 tracking barcode read back from
the rendered page (pdftoppm + zbar)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image
from pyzbar.pyzbar import decode

from pos_desktop.reports.delivery_note_pdf import save_delivery_note
from pos_desktop.services.delivery_dispatch import assign_delivery
from tests.delivery.conftest import DeliveryShop


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_a_cod_note_shows_the_order_address_amount_and_tracking_barcode(
    shop: DeliveryShop, tmp_path: Path
) -> None:
    made = shop.order(notes="Leave with the neighbour")
    tracking = assign_delivery(
        shop.ctx, shop.term.manager, made.order_id, shop.courier, special_instructions="Gate 2"
    ).tracking_number
    pdf = save_delivery_note(shop.ctx, shop.term.manager, made.order_id, tmp_path)
    assert pdf == tmp_path / "delivery-notes" / f"delivery-{made.order_number}.pdf"
    text = _text(pdf)
    for expected in (
        "Test Store",
        f"Order {made.order_number}",
        tracking,
        "Kamal Express",
        "Nimal Perera",
        "+94 77 123 4567",
        "No. 42, Galle Road",
        "Colombo 03, Colombo",
        "Keeri Samba 5kg",
        "Gate 2",
        "COLLECT LKR 3,490.00",
    ):
        assert expected in text, expected
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    codes = decode(Image.open(tmp_path / "page.png"))
    assert [(c.type, c.data.decode()) for c in codes] == [("CODE128", tracking)]


def test_a_prepaid_note_collects_nothing(shop: DeliveryShop, tmp_path: Path) -> None:
    made = shop.order(payment_method="PAYHERE", payment_reference="PH-99812")
    text = _text(save_delivery_note(shop.ctx, shop.term.manager, made.order_id, tmp_path))
    assert "PREPAID (PAYHERE)" in text and "COLLECT" not in text
