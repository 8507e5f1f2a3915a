"""A sale in Sinhala and in Tamil, as the cashier sees it and as the printer prints it.

A cashier whose language is si (then ta) signs in through the login screen and scans four
products of the demo catalog, which show under their Sinhala/Tamil names; the sale is paid in
cash and its receipt goes through the real print path (print queue, print worker, Qt
rasterizer, escpos bytes) to a network printer that is a TCP server on 127.0.0.1. The bytes it
received are turned into a picture of the paper by tests/support/escpos_paper.py and checked:
product names and translated labels arrive as raster images (the very images Qt draws for
those words), quantities and item amounts as printer text, the receipt number as barcode and
QR data. With $POS_SCREENSHOT_DIR set (``make screenshots``, under Xvfb) the sell screen, the
payment dialog and the receipt are saved there as sell-screen-<lang>.png,
payment-dialog-<lang>.png and receipt-<lang>.png; otherwise to a temporary folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageOps
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.core.money import Money, format_amount
from pos_desktop.demo.build import DEFAULT_SEED
from pos_desktop.demo.catalog import seed_categories, seed_products
from pos_desktop.demo.products import DemoProduct, demo_products
from pos_desktop.hardware.printing.profiles import PAPER_80
from pos_desktop.hardware.printing.render import _label_and_amount
from pos_desktop.hardware.printing.worker import RetryPolicy
from pos_desktop.services import shifts
from pos_desktop.services.printer_config import save_printer_config
from pos_desktop.services.receipt_builder import build_receipt
from pos_desktop.services.users import NewUser, create_user
from pos_desktop.store.models import Translation
from pos_desktop.store.models.catalog import Product
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.hardware_setup import Hardware
from pos_desktop.ui.i18n import current_language, receipt_translate
from pos_desktop.ui.payment_dialog import PaymentDialog
from pos_desktop.ui.printing import start_print_worker
from pos_desktop.ui.raster import rasterize_text
from pos_desktop.ui.sell_screen import SellScreen
from tests.printing.conftest import PrinterServer
from tests.support.escpos_paper import (
    BarcodeMark,
    CutMark,
    DrawerPulse,
    Paper,
    QrMark,
    RasterImage,
    TextLine,
    print_paper,
)
from tests.support.terminal import Terminal
from tests.ui.conftest import wait_idle
from tests.ui.test_sell_screenshots import clipped
from tests.ui.till_flows import make_shell, sign_in

PIN = "4321"
# Demo products whose names exercise the scripts: Sinhala rakaransaya with ZWJ (ක්‍රැ, ත්‍ර),
# Tamil vowel signs written on both sides of the consonant (தே, கொ) and pulli clusters.
SKUS = ("BIS-000071", "OIL-000083", "SPI-000084", "HOU-000087")
SCANS = ("BIS-000071", "OIL-000083", "OIL-000083", "SPI-000084", "HOU-000087")
CASHIERS = {"si": "නිමාලි", "ta": "குமார்"}
TENDERED = 10_000_00


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("POS_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _grab(widget: QWidget, path: Path) -> Path:
    assert widget.grab().toImage().save(str(path))
    return path


def _name(product: DemoProduct, language: str) -> str:
    name = product.name_si if language == "si" else product.name_ta
    assert name
    return name


def _seed_demo_products(terminal: Terminal) -> dict[str, DemoProduct]:
    """The SKUS from the demo catalog, seeded as ``pos demo`` seeds them, each named in si and
    ta (the demo translates a random 60 % of its products; these four always are here)."""
    wanted = {p.sku: p for p in demo_products(DEFAULT_SEED, 200) if p.sku in SKUS}
    assert set(wanted) == set(SKUS)
    ctx = terminal.ctx
    org = ctx.terminal.organization_id
    with terminal.db.uow() as uow:
        s = uow.session
        now = ctx.clock()
        categories = seed_categories(s, ctx, now)
        seed_products(
            s,
            ctx,
            list(wanted.values()),
            categories=categories,
            created_by_id=terminal.admin.user_id,
            now=now,
            seed=DEFAULT_SEED,
        )
        ids = dict(s.execute(select(Product.sku, Product.id).where(Product.sku.in_(SKUS))).all())
        have = set(
            s.execute(
                select(Translation.resource_id, Translation.language).where(
                    Translation.resource == "products"
                )
            ).all()
        )
        for sku, product in wanted.items():
            for language in ("si", "ta"):
                if (ids[sku], language) not in have:
                    s.add(
                        Translation(
                            organization_id=org,
                            resource="products",
                            resource_id=ids[sku],
                            field="name",
                            language=language,
                            value=_name(product, language),
                        )
                    )
        uow.commit()
    return wanted


@pytest.fixture
def print_path(ui: UiContext, terminal: Terminal, printer: PrinterServer) -> Iterator[None]:
    """The app's receipt printer set-up: a network printer (the loopback server) and the
    print worker with the Qt rasterizer and the receipt translators, as the launcher starts
    them."""
    save_printer_config(terminal.ctx, terminal.admin, printer.config())
    worker, bridge = start_print_worker(
        ui,
        retry=RetryPolicy(max_attempts=3, base_delay_s=0.05, max_delay_s=0.2),
        poll_interval_s=0.05,
    )
    ui.hardware = Hardware(print_worker=worker, print_bridge=bridge)
    yield
    worker.stop()
    ui.hardware = None


def _same(image: Image.Image, expected: Image.Image) -> bool:
    return (
        image.size == expected.size
        and image.convert("1").tobytes() == expected.convert("1").tobytes()
    )


def _check_receipt(
    paper: Paper, terminal: Terminal, sale_id: str, language: str, products: dict[str, DemoProduct]
) -> None:
    width = PAPER_80.pixel_width
    tr = receipt_translate(language)

    def label(text: str) -> str:
        return tr("Receipt", text)

    with terminal.db.read() as s:
        doc = build_receipt(s, terminal.ctx, sale_id, language=language)
    rasters = paper.of(RasterImage)
    texts = paper.texts()

    def has_image(expected: Image.Image) -> bool:
        return any(_same(r.image, expected) for r in rasters)

    # The printer was never sent a character it would print as "?".
    assert not [t for t in texts if "?" in t], texts
    store = paper.items[0]
    assert isinstance(store, TextLine) and store.double_width and store.align == "center"
    # The title and every product name: images, pixel for pixel what Qt draws for the words.
    title = _inked(rasterize_text(label("RECEIPT"), width, True))
    centered = [r for r in rasters if _same(_inked(r.image), title)]
    assert label("RECEIPT") != "RECEIPT" and centered, "the translated title is not on the paper"
    box = _ink_box(centered[0].image)
    assert abs((box[0] + box[2]) / 2 - width / 2) <= 8  # in the middle of the paper
    for sku in dict.fromkeys(SCANS):
        assert has_image(rasterize_text(_name(products[sku], language), width, False)), sku
    # Quantities and item amounts stay printer text, amounts at the right edge.
    oil = products["OIL-000083"]
    unit = format_amount(Money(oil.price_minor))
    line = next(t for t in texts if t.startswith(f"  2 x {unit}"))
    assert len(line) == PAPER_80.chars_per_line and line.endswith(
        format_amount(Money(2 * oil.price_minor))
    )
    # Translated labels with their figures: one image each, the figures at the right edge.
    rows = [
        (label("Receipt"), doc.receipt_number, False),
        (label("Cashier"), CASHIERS[language], False),
        (label("Subtotal"), format_amount(doc.totals.subtotal), False),
        (label("TOTAL"), f"{doc.currency} {format_amount(doc.totals.total)}", True),
        (label("CHANGE"), f"{doc.currency} {format_amount(doc.change)}", True),
    ]
    for words, figures, bold in rows:
        assert not words.isascii(), f"{words!r} is not translated"
        assert has_image(_label_and_amount(rasterize_text, words, figures, PAPER_80, bold)), words
    for english in ("RECEIPT", "Subtotal", "TOTAL", "CHANGE", "Cashier", "Thank you"):
        assert not any(english in t for t in texts), english
    # The receipt number as machine-readable codes, then the cut.
    assert [b.data for b in paper.of(BarcodeMark)] == [doc.receipt_number]
    assert [q.data for q in paper.of(QrMark)] == [doc.receipt_number]
    assert isinstance(paper.items[-1], CutMark)


def _ink_box(image: Image.Image) -> tuple[int, int, int, int]:
    box = ImageOps.invert(image.convert("L")).getbbox()
    assert box is not None, "an image without ink"
    return box


def _inked(image: Image.Image) -> Image.Image:
    return image.convert("1").crop(_ink_box(image))


@pytest.mark.parametrize("language", ["si", "ta"])
def test_sale_in_the_cashiers_language_on_screen_and_paper(
    ui: UiContext,
    qtbot: QtBot,
    terminal: Terminal,
    printer: PrinterServer,
    print_path: None,
    tmp_path: Path,
    language: str,
) -> None:
    products = _seed_demo_products(terminal)
    shifts.open_shift(terminal.ctx, terminal.cashier, Money(5_000_00))
    create_user(
        terminal.ctx,
        terminal.admin,
        NewUser(
            username="kasun", name=CASHIERS[language], role="cashier", pin=PIN, language=language
        ),
    )
    shots = _shots(tmp_path)
    shell = make_shell(qtbot, ui)
    sign_in(qtbot, ui, shell, "kasun", PIN)
    assert current_language() == language
    sell = shell.current_screen
    assert isinstance(sell, SellScreen)
    for sku in SCANS:
        sell.scan(products[sku].barcode or "")
        wait_idle(qtbot, ui)

    # The cart shows each product once, under its name in the cashier's language.
    shown = [str(sell.model.index(r, 1).data()) for r in range(sell.model.rowCount())]
    assert shown == [_name(products[sku], language) for sku in dict.fromkeys(SCANS)]
    assert sell.pay_button.text() == QCoreApplication.translate("SellScreen", "PAY (F12)")
    assert sell.pay_button.text() != "PAY (F12)"
    qtbot.wait(50)
    assert clipped(shell) == []
    assert _grab(shell, shots / f"sell-screen-{language}.png").is_file()

    sell.pay()
    wait_idle(qtbot, ui)
    dialog = shell.findChild(PaymentDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.amount.setText(format_amount(Money(TENDERED)).replace(",", ""))
    dialog.add_tender()
    assert dialog.covered
    qtbot.wait(50)
    assert clipped(dialog) == []
    _grab(dialog, shots / f"payment-dialog-{language}.png")
    dialog.complete()
    qtbot.waitUntil(lambda: dialog.sale is not None, timeout=10_000)
    sale = dialog.sale
    assert sale is not None
    printed = QCoreApplication.translate("PaymentDialog", "Receipt printed.")
    qtbot.waitUntil(lambda: dialog.print_status.text() == printed, timeout=10_000)

    # The drawer kick goes first as its own job, then the receipt.
    jobs = printer.wait_jobs(2)
    kick, receipt = (print_paper(job) for job in jobs)
    assert kick.of(DrawerPulse) and not kick.texts()
    _check_receipt(receipt, terminal, sale.sale_id, language, products)
    assert sale.change_minor == TENDERED - sale.total_minor
    receipt.save(shots / f"receipt-{language}.png")
    dialog.accept()
