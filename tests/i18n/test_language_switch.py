"""Language per user: signing in switches the UI to the user's language and back, screens built
before show the new words, and a sale in progress survives every switch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.services.settings import set_setting
from pos_desktop.services.users import NewUser, create_user
from pos_desktop.store.models import Translation, User
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import current_language, translations
from pos_desktop.ui.language_switch import LanguageSwitch
from pos_desktop.ui.sell_screen import SellScreen
from pos_desktop.ui.session import sign_out
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.shell_menus import ShellMenus
from tests.i18n.conftest import write_catalogue
from tests.support.terminal import CASHIER_PIN, Terminal
from tests.till.shop import TillShop, build_shop
from tests.ui.conftest import wait_idle
from tests.ui.till_flows import login_screen, make_shell, sign_in

SITA_PIN = "4321"
RICE_SI = "සහල් 5kg"
CATALOGUE = {
    ("ShellMenus", "&Till"): "&විකුණුම්",
    ("ShellMenus", "Sign out"): "පිටවීම",
    ("LoginScreen", "Sign in"): "ඇතුල් වන්න",
    ("SellScreen", "PAY (F12)"): "ගෙවන්න (F12)",
    ("QPlatformTheme", "Cancel"): "අවලංගු කරන්න",
}


@pytest.fixture
def catalogue(tmp_path: Path, qtbot: QtBot) -> Iterator[Path]:
    """A small Sinhala catalogue built by lrelease, used instead of resources/i18n."""
    write_catalogue(tmp_path, "si", CATALOGUE)
    t = translations()
    before = t.directory
    t.directory = tmp_path
    yield tmp_path
    t.use("en")
    t.directory = before


def _sita(terminal: Terminal, shop: TillShop) -> None:
    create_user(
        terminal.ctx,
        terminal.admin,
        NewUser(username="sita", name="Sita", role="cashier", pin=SITA_PIN, language="si"),
    )
    with terminal.db.uow() as uow:
        org = terminal.ctx.terminal.organization_id
        uow.session.add(
            Translation(
                organization_id=org,
                resource="products",
                resource_id=shop.rice.product_id,
                field="name",
                language="si",
                value=RICE_SI,
            )
        )
        uow.commit()


def _menu_titles(shell: Shell) -> list[str]:
    return [a.text() for a in shell.menuBar().actions()]


def _sell(shell: Shell) -> SellScreen:
    screen = shell.existing_screen("sell")
    assert isinstance(screen, SellScreen)
    return screen


def test_sign_in_switches_language_both_ways_and_keeps_the_cart(
    ui: UiContext, qtbot: QtBot, terminal: Terminal, catalogue: Path
) -> None:
    shop = build_shop(terminal)
    _sita(terminal, shop)
    shell = make_shell(qtbot, ui)
    assert current_language() == "en" and login_screen(shell).sign_in.text() == "Sign in"

    sign_in(qtbot, ui, shell, "cashier", CASHIER_PIN)
    assert shell.current_screen is _sell(shell)
    assert "&Till" in _menu_titles(shell)
    english_sell = _sell(shell)
    english_sell.scan(shop.rice.barcode or "")
    wait_idle(qtbot, ui)
    assert english_sell.model.rowCount() == 1
    assert english_sell.pay_button.text() == "PAY (F12)"
    till = english_sell.till

    sign_out(ui, shell)  # the cart stays on the till for whoever comes next
    sign_in(qtbot, ui, shell, "sita", SITA_PIN)
    assert current_language() == "si"
    sinhala_sell = _sell(shell)
    assert sinhala_sell is not english_sell  # rebuilt in the new language
    assert shell.current_screen is sinhala_sell
    assert sinhala_sell.till is till and sinhala_sell.model.rowCount() == 1
    assert sinhala_sell.pay_button.text() == "ගෙවන්න (F12)"
    assert "&විකුණුම්" in _menu_titles(shell) and "&Till" not in _menu_titles(shell)
    menus = shell.findChild(ShellMenus)
    assert menus is not None and menus.actions["session.sign_out"].text() == "පිටවීම"
    # The product name in the cart follows the language; the sale line keeps the catalog name.
    name = sinhala_sell.model.index(0, 1).data()
    assert name == RICE_SI
    assert till.lines[0].name == "Rice 5kg"

    sign_out(ui, shell)
    assert login_screen(shell).sign_in.text() == "ඇතුල් වන්න"  # the last user's language
    sign_in(qtbot, ui, shell, "cashier", CASHIER_PIN)
    assert current_language() == "en"
    again = _sell(shell)
    assert again.till is till and again.model.rowCount() == 1
    assert again.pay_button.text() == "PAY (F12)"
    assert again.model.index(0, 1).data() == "Rice 5kg"
    assert "&Till" in _menu_titles(shell)


def test_language_menu_saves_the_users_choice(
    ui: UiContext, qtbot: QtBot, terminal: Terminal, catalogue: Path
) -> None:
    build_shop(terminal)
    shell = make_shell(qtbot, ui)
    sign_in(qtbot, ui, shell, "cashier", CASHIER_PIN)
    switch = shell.findChild(LanguageSwitch)
    assert switch is not None
    assert [a.text() for a in switch.choices.values()] == ["English", "සිංහල", "தமிழ்"]
    assert switch.choices["en"].isVisible() and switch.choices["en"].isChecked()
    switch.choices["si"].trigger()
    wait_idle(qtbot, ui)
    assert current_language() == "si" and switch.choices["si"].isChecked()
    with terminal.db.read() as s:
        language = s.execute(select(User.language).where(User.username == "cashier")).scalar()
    assert language == "si"
    assert _sell(shell).pay_button.text() == "ගෙවන්න (F12)"


def test_qt_standard_buttons_come_from_our_catalogue(qtbot: QtBot, catalogue: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    translations().use("si")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "අවලංගු කරන්න"


def test_login_screen_starts_in_the_terminal_default(
    ui: UiContext, qtbot: QtBot, terminal: Terminal, catalogue: Path
) -> None:
    set_setting(terminal.ctx, terminal.admin, "ui.language", "si")
    shell = make_shell(qtbot, ui)
    assert current_language() == "si"
    assert login_screen(shell).sign_in.text() == "ඇතුල් වන්න"
    assert shell.current_screen is login_screen(shell)
