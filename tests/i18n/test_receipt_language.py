"""Receipts in the receipt's language: labels through a real QTranslator, Sinhala labels go out
as raster images with the amounts still in the right-hand column, over a real socket."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from pos_desktop.hardware.printing.layout import Text, receipt_blocks
from pos_desktop.hardware.printing.profiles import PAPER_80
from pos_desktop.hardware.printing.render import _label_and_amount, render_receipt
from pos_desktop.hardware.printing.worker import PrintWorker, RetryPolicy
from pos_desktop.i18n.markers import Translate
from pos_desktop.services import print_queue as pq
from pos_desktop.services.printer_config import save_printer_config
from pos_desktop.services.receipt_builder import build_receipt
from pos_desktop.ui.fonts import load_bundled_fonts
from pos_desktop.ui.raster import rasterize_text
from tests.i18n.conftest import write_catalogue
from tests.printing.conftest import PrinterServer
from tests.printing.support import cash_sale
from tests.sales.conftest import Shop

RASTER = b"\x1dv0"  # GS v 0
SINHALA = {
    ("Receipt", "RECEIPT"): "බිල්පත",
    ("Receipt", "Receipt"): "බිල්පත් අංකය",
    ("Receipt", "Subtotal"): "එකතුව",
    ("Receipt", "TOTAL"): "මුළු මුදල",
    ("Receipt", "CHANGE"): "ඉතිරි මුදල",
    ("Receipt", "Cashier"): "අයකැමි",
}


def _translator(tmp_path: Path) -> Translate:
    qm = write_catalogue(tmp_path, "si", SINHALA)
    translator = QTranslator()
    assert translator.load(str(qm))

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    translate.translator = translator  # type: ignore[attr-defined]  # kept alive with it
    return translate


def test_layout_translates_labels_and_keeps_amounts_apart(shop: Shop, tmp_path: Path) -> None:
    sale = cash_sale(shop)
    with shop.term.db.read() as s:
        doc = build_receipt(s, shop.ctx, sale.sale_id, language="si")
    english = [b for b in receipt_blocks(doc, PAPER_80) if isinstance(b, Text)]
    assert any(b.text.startswith("Subtotal") for b in english)
    blocks = receipt_blocks(doc, PAPER_80, translate=_translator(tmp_path))
    texts = [b for b in blocks if isinstance(b, Text)]
    subtotal = next(b for b in texts if b.text == "එකතුව")
    assert subtotal.right == "2,595.50"
    assert any(b.text == "බිල්පත" for b in texts)
    assert not any("Subtotal" in b.text for b in texts)
    # Untranslated words stay English (a catalogue in progress never blanks a receipt).
    assert any(b.text.startswith("Date") for b in texts)


def test_raster_label_keeps_the_amount_at_the_right_edge(qtbot: QtBot) -> None:
    load_bundled_fonts()
    image = _label_and_amount(rasterize_text, "එකතුව", "2,595.50", PAPER_80, False)
    assert image.width == PAPER_80.pixel_width
    ink = [
        x
        for x in range(image.width)
        if any(image.getpixel((x, y)) == 0 for y in range(image.height))
    ]
    assert ink and ink[-1] >= PAPER_80.pixel_width - 3  # the figures end at the edge
    assert ink[0] <= 10  # the label starts at the left


def test_sinhala_receipt_over_tcp_has_raster_labels(
    shop: Shop, printer: PrinterServer, tmp_path: Path, qtbot: QtBot
) -> None:
    load_bundled_fonts()
    save_printer_config(shop.ctx, shop.term.admin, printer.config())
    sale = cash_sale(shop)
    pq.enqueue_receipt(shop.ctx, shop.term.cashier, sale.sale_id, language="si", open_drawer=False)
    translate = _translator(tmp_path)
    asked: list[str] = []

    def translator_for(code: str) -> Translate:
        asked.append(code)
        return translate

    worker = PrintWorker(
        shop.ctx,
        rasterize=rasterize_text,
        translator=translator_for,
        retry=RetryPolicy(max_attempts=2, base_delay_s=0.05, max_delay_s=0.1),
        poll_interval_s=0.05,
    )
    worker.start()
    try:
        (receipt,) = printer.wait_jobs(1)
    finally:
        worker.stop()
    assert asked == ["si"]
    assert receipt.startswith(b"\x1b@") and receipt.endswith(b"\x1dV\x00")
    # Title, receipt number label, cashier, subtotal, TOTAL and CHANGE are images now.
    assert receipt.count(RASTER) >= 6
    for word in (b"Subtotal", b"TOTAL", b"CHANGE", b"RECEIPT", b"Cashier"):
        assert word not in receipt
    # Item lines stay text, with their amounts where they always were.
    assert b"2,500.00" in receipt
    with shop.term.db.read() as s:
        doc = build_receipt(s, shop.ctx, sale.sale_id, language="en")
    english = render_receipt(doc, PAPER_80, rasterize_text)  # no image for English labels
    assert b"Subtotal" in english and english.count(RASTER) < receipt.count(RASTER)
