"""Screenshots of the Customers group on the demo store (500 customers with points history,
past days of trading through checkout): a customer's file on its points ledger, the loyalty
settings with an expiry preview, and the coupon usage report. Saved to $POS_SCREENSHOT_DIR when
set, else to a temporary folder. The terminal's clock runs 45 days ahead so that the oldest
demo points are due to expire and the preview has something to show."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos_desktop.core.clock import utc_now
from pos_desktop.demo.build import DemoOptions
from pos_desktop.demo.credentials import DEMO_ADMIN
from pos_desktop.services.auth import login_with_password
from pos_desktop.store.models.loyalty import LoyaltyTransaction
from pos_desktop.store.models.sales import Sale
from pos_desktop.ui.backoffice.coupons_page import CouponsPage
from pos_desktop.ui.backoffice.customers_page import CustomersPage
from pos_desktop.ui.backoffice.loyalty_settings_page import LoyaltySettingsPage
from pos_desktop.ui.context import UiContext
from tests.backoffice.support import demo_ui_for, open_back_office, open_page
from tests.ui.conftest import wait_idle
from tests.ui.test_sell_screenshots import _save, clipped

AHEAD = timedelta(days=45)


@pytest.fixture
def demo_ui(tmp_path: Path, qtbot: QtBot) -> Iterator[UiContext]:
    yield from demo_ui_for(
        tmp_path,
        qtbot,
        DemoOptions(products=300, customers=500, sales_days=3, sales_per_day=30),
        lambda: utc_now() + AHEAD,
    )


def _busy_customer(ui: UiContext) -> str:
    """A customer with purchases in the demo's trading days and the longest points ledger."""
    with ui.ctx.db.read() as s:
        buyers = select(Sale.customer_id).where(Sale.customer_id.is_not(None))
        row = s.execute(
            select(LoyaltyTransaction.customer_id, func.count())
            .where(LoyaltyTransaction.customer_id.in_(buyers))
            .group_by(LoyaltyTransaction.customer_id)
            .order_by(func.count().desc())
            .limit(1)
        ).first()
    assert row is not None
    return str(row[0])


def test_customers_loyalty_and_coupons_screenshots(
    demo_ui: UiContext, qtbot: QtBot, tmp_path: Path
) -> None:
    ui = demo_ui
    admin = login_with_password(ui.ctx, DEMO_ADMIN.username, DEMO_ADMIN.password or "")
    shell, screen = open_back_office(qtbot, ui, admin)
    shell.resize(1366, 860)

    page = open_page(qtbot, ui, screen, "customers.list")
    assert isinstance(page, CustomersPage)
    assert page.table.rowCount() == 100 and page.next_after is not None  # one page of 500
    dialog = page.open_customer(_busy_customer(ui))
    wait_idle(qtbot, ui)
    dialog.resize(1180, 720)
    dialog.tabs.setCurrentIndex(2)  # the points ledger
    qtbot.wait(50)
    QApplication.processEvents()
    assert dialog.ledger.rowCount() >= 2
    assert dialog.purchases.rowCount() >= 1
    assert clipped(dialog) == []
    _save(dialog, "backoffice-customer.png", tmp_path)
    dialog.reject()

    settings = open_page(qtbot, ui, screen, "loyalty.settings")
    assert isinstance(settings, LoyaltySettingsPage)
    assert settings.preview.rowCount() > 0, "45 days ahead, the oldest demo points are due"
    qtbot.wait(50)
    assert clipped(screen) == []
    _save(shell, "backoffice-loyalty-settings.png", tmp_path)

    coupons = open_page(qtbot, ui, screen, "loyalty.coupons")
    assert isinstance(coupons, CouponsPage)
    coupons.start.setDate(coupons.start.date().addDays(-60))
    wait_idle(qtbot, ui)
    assert coupons.report is not None and coupons.report.uses >= 3  # FIRST50 used up
    qtbot.wait(50)
    assert clipped(screen) == []
    _save(shell, "backoffice-coupons.png", tmp_path)
