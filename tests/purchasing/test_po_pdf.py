"""The PO PDF for the supplier: rendered, its text read back with pdftotext, pages rasterised."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from pos_desktop.reports.purchase_order_pdf import export_purchase_order_pdf
from pos_desktop.services.purchase_orders import order_purchase_order
from tests.purchasing.support import draft_po, product, supplier
from tests.support.terminal import Terminal


def test_po_pdf_carries_the_order(terminal: Terminal, tmp_path: Path) -> None:
    sid = supplier(
        terminal,
        "Ceylon Biscuits Ltd",
        contact_person="Ruwan Jayasuriya",
        phone="077 123 4567",
        payment_terms="30 days credit",
    )
    tea = product(terminal, 52_550, name="Dilmah Tea 100 bags", sku="TEA100")
    dhal = product(terminal, 41_000, name="Red Dhal", sku="DHAL", is_weighed=True)
    po = draft_po(
        terminal,
        sid,
        [(tea, 12, None), (dhal, "7.5", None)],
        expected_delivery=date(2025, 3, 14),
        notes="Deliver to the back gate",
    )
    po = order_purchase_order(terminal.ctx, terminal.manager, po.id).po
    path = export_purchase_order_pdf(terminal.ctx, terminal.manager, po.id, tmp_path)
    assert path.name == f"{po.po_number}.pdf" and not list(tmp_path.glob("*.part"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    for expected in (
        "PURCHASE ORDER",
        po.po_number,
        "Test Store",
        "Ceylon Biscuits Ltd",
        "Attn: Ruwan Jayasuriya",
        "+94 77 123 4567",
        "30 days credit",
        "2025-03-14",
        "Dilmah Tea 100 bags",
        "TEA100",
        "525.50",
        "6,306.00",  # 12 x 525.50
        "7.5 kg",
        "3,075.00",  # 7.5 x 410.00
        "Total LKR",
        "9,381.00",
        "Deliver to the back gate",
        "Mala Manager",
    ):
        assert expected in text, expected
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(path), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page*.png"))
