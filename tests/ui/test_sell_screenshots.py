"""Legibility: the sell screen and the payment dialog with real content (a Sinhala product name, a
discount, a customer, a split payment) show every label and button whole, and are saved as
screenshots (to $POS_SCREENSHOT_DIR when set, e.g. docs/screenshots, else a temporary folder)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from pos_desktop.core.discounts import percent_off
from pos_desktop.services import settings, till
from pos_desktop.ui.context import UiContext
from tests.support.terminal import Terminal
from tests.till.sell_helpers import open_till
from tests.till.shop import CARD


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower or lower than their text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            need = widget.sizeHint()
            if widget.width() < need.width() or widget.height() < need.height() - 2:
                found.append(f"{widget.objectName() or widget.text()!r}: {widget.size()} < {need}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            metrics = QFontMetrics(widget.font())
            lines = widget.text().split("\n")
            width = max(metrics.horizontalAdvance(line) for line in lines)
            height = metrics.lineSpacing() * len(lines)
            if widget.width() < width + 4 or widget.height() < height:
                found.append(f"{widget.objectName() or widget.text()!r}: {widget.size()}")
    return found


def _save(widget: QWidget, name: str, tmp_path: Path) -> QImage:
    folder = Path(os.environ.get("POS_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    image = widget.grab().toImage()
    assert image.save(str(folder / name))
    return image


def test_sell_screen_and_payment_dialog_are_legible(
    ui: UiContext, qtbot: QtBot, terminal: Terminal, tmp_path: Path
) -> None:
    t = open_till(ui, qtbot, terminal)
    skus = {"skus": ["SOAP", "TEA", "DHAL", "RICE5"]}
    settings.set_setting(t.term.ctx, t.term.admin, till.QUICK_KEYS.key, skus)
    t.screen.on_shown()
    t.idle()
    for code in (t.shop.rice.barcode, t.shop.tea.barcode, t.shop.tea.barcode, t.shop.soap.barcode):
        t.scan(code or "")
    t.screen.quantity.setText("0.375")
    t.screen.add_product(t.shop.dhal)
    t.screen.lines.give_discount(t.screen.till.lines[1].line_id, percent_off("5"))
    t.scan(CARD)
    t.scan("4796000000008")  # an unknown product: the message line shows
    qtbot.wait(50)
    assert clipped(t.screen) == []
    image = _save(t.screen, "sell-screen.png", tmp_path)
    assert image.width() >= 1024

    dialog = t.open_payment()
    dialog.method_buttons["CARD"].click()
    dialog.amount.setText("1000")
    dialog.reference.setText("AUTH-1")
    dialog.add_tender()
    QTest.keyClicks(dialog.amount, "2000")
    dialog.add_tender()
    qtbot.wait(50)
    assert clipped(dialog) == []
    _save(dialog, "payment-dialog.png", tmp_path)
    dialog.enter()
    t.idle()
    qtbot.wait(50)
    assert dialog.done_change.text() == "Change LKR 619.50"
    assert clipped(dialog) == []
    _save(dialog, "payment-done.png", tmp_path)
