"""Walk the cashier's windows in Sinhala and Tamil (the real catalogues from resources/i18n) and
find English words left on screen. Passes once the catalogues are translated."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pos_desktop.services.users import NewUser, create_user
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import current_language
from pos_desktop.ui.payment_dialog import PaymentDialog
from pos_desktop.ui.sell_screen import SellScreen
from pos_desktop.ui.session import sign_out
from tests.support.terminal import Terminal
from tests.till.shop import build_shop
from tests.ui.conftest import wait_idle
from tests.ui.till_flows import login_screen, make_shell, sign_in

PIN = "4321"
ALLOWED = {
    "LKR", "PIN", "SKU", "HQ", "POS", "Ctrl", "Shift", "Del", "Return", "Enter", "Esc", "kg",
    "Rs", "English", "Alt", "OK", "pcs", "VAT", "QR", "LankaQR", "PayHere",
    # product and store data made by the test shop
    "Rice", "Soap", "bar", "Dhal", "Test", "Store", "Sita", "Tea", "cashier", "sita",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z']+")


def _visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for col in range(widget.horizontalHeader().count()):
                texts.append(str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
        texts.append(widget.toolTip())
    return texts


def _menu_texts(root: QWidget) -> list[str]:
    out = []
    for menu in root.findChildren(QMenu):
        out.append(menu.title())
        out.extend(a.text() for a in menu.actions() if a.isVisible())
    return out


def _english(texts: list[str], allowed: frozenset[str] | set[str] = ALLOWED) -> list[str]:
    found = set()
    for text in texts:
        clean = re.sub(r"<[^>]+>", " ", text.replace("&", ""))
        for word in WORD.findall(clean):
            if word not in allowed and not re.fullmatch(r"F\d+", word):
                found.add(word)
    return sorted(found)


@pytest.mark.parametrize("language", ["si", "ta"])
def test_no_english_left_on_the_cashier_windows(
    ui: UiContext, qtbot: QtBot, terminal: Terminal, language: str
) -> None:
    shop = build_shop(terminal)
    create_user(
        terminal.ctx,
        terminal.admin,
        NewUser(username="sita", name="Sita", role="cashier", pin=PIN, language=language),
    )
    shell = make_shell(qtbot, ui)
    sign_in(qtbot, ui, shell, "sita", PIN)
    assert current_language() == language
    sell = shell.current_screen
    assert isinstance(sell, SellScreen)
    sell.scan(shop.rice.barcode or "")
    wait_idle(qtbot, ui)
    texts = _visible_texts(shell) + _menu_texts(shell)
    sell.pay()
    wait_idle(qtbot, ui)
    dialog = shell.findChild(PaymentDialog)
    assert dialog is not None
    texts += _visible_texts(dialog)
    dialog.reject()
    sign_out(ui, shell)
    texts += _visible_texts(login_screen(shell))
    left = _english(texts)
    assert left == [], f"English left in {language}: {left}"
