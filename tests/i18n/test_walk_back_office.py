"""The back office in Sinhala and Tamil: an admin whose language is si (then ta) opens every
page; the sidebar, the menus, and each page's labels, buttons, placeholders and column headings
are translated. What may stay English: codes and formats people know (LKR, SKU, CSV...) and
the test store's own data (its name, the users' names)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from pos_desktop.services.users import set_language
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import current_language
from tests.backoffice.support import office_action
from tests.i18n.test_walk import ALLOWED, _menu_texts, _visible_texts
from tests.i18n.test_walk import _english as english_words
from tests.support.terminal import Terminal
from tests.ui.conftest import wait_idle
from tests.ui.till_flows import make_shell

BACK_OFFICE_ALLOWED = ALLOWED | {
    # codes, formats and standards shown as they are in every language
    "CSV", "XLSX", "PDF", "EAN", "TOTP", "COD", "TRK", "PO", "ID", "GS", "USB", "IP", "TCP",
    "UTC", "Noto", "Sans", "Sinhala", "Tamil", "Code", "LankaQR", "PayHere", "MFA", "URL",
    "mm", "ms", "bps", "dpi", "Baud", "RS", "px", "Epson", "ESC", "POS", "Z", "X", "A",
    "XP", "lb", "km", "cm", "g", "ml", "USD", "EUR", "INR", "GBP", "AUD", "JPY", "CNY",
    "Excel", "xlsx", "COM", "dev", "ttyACM", "ttyUSB", "Wedge",  # file types, device paths
    "BRONZE", "SILVER", "GOLD", "PLATINUM", "ACTIVE", "INACTIVE", "DRAFT",
    # the test store's own data
    "Test", "Org", "Store", "admin", "manager", "cashier", "Mala", "Manager", "Kasun", "Cashier",
    "Admin", "Administrator", "Main", "Warehouse", "VAT", "EXEMPT", "Cash", "Card",
}  # fmt: skip


def _texts(widget: QWidget) -> list[str]:
    texts = _visible_texts(widget)
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


@pytest.mark.parametrize("language", ["si", "ta"])
def test_back_office_pages_speak_the_admins_language(
    ui: UiContext, qtbot: QtBot, terminal: Terminal, language: str
) -> None:
    set_language(terminal.ctx, terminal.admin, terminal.admin.user_id, language)
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.admin)
    wait_idle(qtbot, ui)
    assert current_language() == language
    office_action(shell).trigger()
    wait_idle(qtbot, ui)
    screen = shell.current_screen
    left: dict[str, list[str]] = {}
    menus = english_words(_menu_texts(shell), BACK_OFFICE_ALLOWED)
    if menus:
        left["menus"] = menus
    for page in screen.visible_pages():
        widget = screen.open_page(page.key)
        wait_idle(qtbot, ui)
        assert widget is not None
        english = english_words(_texts(widget) + _texts(screen.nav), BACK_OFFICE_ALLOWED)
        if english:
            left[page.key] = english
    assert left == {}, f"English left in {language}: {left}"


def test_every_permission_has_a_translatable_name() -> None:
    from pos_desktop.core.permissions import Permission
    from pos_desktop.ui.backoffice.roles_page import PERMISSION_NAMES

    assert set(PERMISSION_NAMES) == set(Permission)
