"""Settings pages: store profile, taxes, currencies, payment methods, language, notifications."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.services.currency_rates import rate_on
from pos_desktop.services.languages import login_language, user_language
from pos_desktop.services.notifications import add_notification
from pos_desktop.services.store_profile import get_store_profile
from pos_desktop.store.models.catalog import TaxClass
from pos_desktop.store.models.sales import PaymentMethod
from pos_desktop.ui.backoffice.settings_currencies_page import CurrenciesPage
from pos_desktop.ui.backoffice.settings_language_page import LanguagePage
from pos_desktop.ui.backoffice.settings_notifications_page import NotificationsPage
from pos_desktop.ui.backoffice.settings_payments_page import PaymentMethodsPage
from pos_desktop.ui.backoffice.settings_store_page import StoreProfilePage
from pos_desktop.ui.backoffice.settings_taxes_page import TaxesPage
from pos_desktop.ui.backoffice.widgets import select_id
from pos_desktop.ui.context import UiContext
from tests.backoffice.support import open_back_office, open_page
from tests.support.terminal import Terminal
from tests.ui.conftest import wait_idle


def _click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.wait(1)


def _page(qtbot: QtBot, ui: UiContext, terminal: Terminal, key: str) -> object:
    _shell, screen = open_back_office(qtbot, ui, terminal.admin)
    return open_page(qtbot, ui, screen, key)


def test_store_profile_page_saves_the_footer(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    page = _page(qtbot, ui, terminal, "settings.store")
    assert isinstance(page, StoreProfilePage)
    assert page.name.text() == "Test Store" and page.vat.text() == "123456789-7000"
    page.footer.setPlainText("Thank you!\nExchanges within 7 days")
    page.phone.setText("not a phone")
    _click(qtbot, page.save_button)
    wait_idle(qtbot, ui)
    assert "phone" in page.status.text()
    page.phone.setText("011 234 5678")
    _click(qtbot, page.save_button)
    wait_idle(qtbot, ui)
    assert page.status.text().startswith("Saved")
    with terminal.db.read() as s:
        profile = get_store_profile(s, terminal.ctx)
    assert profile.receipt_footer == "Thank you!\nExchanges within 7 days"
    assert profile.phone == "011 234 5678"


def test_taxes_page_adds_a_class_and_refuses_a_bad_rate(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    page = _page(qtbot, ui, terminal, "settings.taxes")
    assert isinstance(page, TaxesPage)
    assert page.table.rowCount() == 3 and page.inclusive.isChecked()
    _click(qtbot, page.new_button)
    qtbot.keyClicks(page.code, "VAT8")
    qtbot.keyClicks(page.name, "Reduced VAT")
    qtbot.keyClicks(page.rate, "8.5%")
    _click(qtbot, page.save_button)
    wait_idle(qtbot, ui)
    assert "not a number" in page.status.text()
    page.rate.setText("8.5")
    _click(qtbot, page.save_button)
    wait_idle(qtbot, ui)
    assert page.table.rowCount() == 4
    with terminal.db.read() as s:
        row = s.execute(select(TaxClass).where(TaxClass.code == "VAT8")).scalar_one()
    assert row.rate == Decimal("0.085")
    # Editing: choosing a row fills the form, and the code stays fixed.
    select_id(page.table, row.id)
    assert page.code.isReadOnly() and page.rate.text() == "8.5"


def test_currencies_page_enters_a_rate(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    page = _page(qtbot, ui, terminal, "settings.currencies")
    assert isinstance(page, CurrenciesPage)
    assert "LKR" in page.base.text()
    page.currency.setCurrentText("USD")
    page.day.setDate(QDate(2025, 3, 7))
    qtbot.keyClicks(page.rate, "-1")
    _click(qtbot, page.save_button)
    wait_idle(qtbot, ui)
    assert "more than zero" in page.status.text()
    page.rate.setText("300.25")
    _click(qtbot, page.save_button)
    wait_idle(qtbot, ui)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 3).text() == "1 USD = 300.25 LKR"
    with terminal.db.read() as s:
        assert rate_on(s, terminal.ctx, "USD", date(2025, 3, 9)) == Decimal("300.25")


def test_payments_page_switches_off_and_reorders(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    page = _page(qtbot, ui, terminal, "settings.payments")
    assert isinstance(page, PaymentMethodsPage)
    codes = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    assert codes[0] == "CASH" and "LANKAQR" in codes and "COD" in codes
    cod = next(m for m in page.methods if m.code == "COD")
    select_id(page.table, cod.id)
    assert page.name.text() == cod.name
    page.active.setChecked(False)
    _click(qtbot, page.save_button)
    wait_idle(qtbot, ui)
    _click(qtbot, page.up_button)
    wait_idle(qtbot, ui)
    with terminal.db.read() as s:
        row = s.get(PaymentMethod, cod.id)
        assert row is not None and not row.is_active and row.sort_order == codes.index("COD") - 1
    cash = next(m for m in page.methods if m.code == "CASH")
    select_id(page.table, cash.id)
    page.active.setChecked(False)
    _click(qtbot, page.save_button)
    wait_idle(qtbot, ui)
    assert "cash cannot" in page.status.text()


def test_language_page_sets_terminal_and_own_language(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    page = _page(qtbot, ui, terminal, "settings.language")
    assert isinstance(page, LanguagePage)
    page.terminal.setCurrentIndex(page.terminal.findData("ta"))
    _click(qtbot, page.terminal_save)
    wait_idle(qtbot, ui)
    page.mine.setCurrentIndex(page.mine.findData("si"))
    _click(qtbot, page.mine_save)
    wait_idle(qtbot, ui)
    with terminal.db.read() as s:
        assert login_language(s, terminal.ctx) == "ta"
        assert user_language(s, terminal.ctx, terminal.admin.user_id) == "si"


def test_a_manager_reaches_notifications_but_not_store_settings(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    with terminal.db.uow() as uow:
        add_notification(uow.session, terminal.ctx, "STOCK", "Rice low", "5 left")
        add_notification(uow.session, terminal.ctx, "SYSTEM", "Sync paused", "HQ unreachable")
        uow.commit()
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    assert screen.open_page("settings.store") is None and screen.open_page("admin.users") is None
    page = open_page(qtbot, ui, screen, "settings.notifications")
    assert isinstance(page, NotificationsPage)
    wait_idle(qtbot, ui)
    assert page.table.rowCount() == 2 and page.unread.text() == "2 unread"
    page.filter.setCurrentIndex(page.filter.findData("STOCK"))
    wait_idle(qtbot, ui)
    assert [page.table.item(r, 2).text() for r in range(page.table.rowCount())] == ["Rice low"]
    page.table.selectRow(0)
    _click(qtbot, page.mark_button)
    wait_idle(qtbot, ui)
    assert page.table.item(0, 4).text() == "Yes" and page.unread.text() == "0 unread"
    page.filter.setCurrentIndex(0)
    wait_idle(qtbot, ui)
    assert page.table.item(0, 2).text() == "Sync paused"  # unread first
    _click(qtbot, page.all_button)
    wait_idle(qtbot, ui)
    assert page.unread.text() == "0 unread"
    page.toggles["STOCK"].setChecked(False)
    _click(qtbot, page.findChild(type(page.mark_button), "notifPrefsSave"))
    wait_idle(qtbot, ui)
    assert [page.table.item(r, 2).text() for r in range(page.table.rowCount())] == ["Sync paused"]
