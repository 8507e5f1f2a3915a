"""Loyalty settings (save, expiry preview and run), rewards, campaigns and coupons pages."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.core.coupons import CouponType
from pos_desktop.core.money import Money
from pos_desktop.services import loyalty
from pos_desktop.services.coupons import CouponInput, create_coupon, record_usage
from pos_desktop.services.customers import CustomerInput, create_customer
from pos_desktop.store.models.loyalty import (
    Coupon,
    LoyaltyCampaign,
    LoyaltyReward,
    LoyaltyTransaction,
)
from pos_desktop.ui.backoffice.campaigns_page import CampaignsPage
from pos_desktop.ui.backoffice.coupons_page import CouponsPage
from pos_desktop.ui.backoffice.loyalty_settings_page import LoyaltySettingsPage
from pos_desktop.ui.backoffice.rewards_page import RewardsPage
from pos_desktop.ui.context import UiContext
from tests.backoffice.support import open_back_office, open_page
from tests.support.terminal import Terminal
from tests.ui.conftest import wait_idle


def cells(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]  # type: ignore[union-attr]


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_settings_saved_by_an_admin_and_read_only_for_a_manager(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    _shell, screen = open_back_office(qtbot, ui, terminal.admin)
    page = open_page(qtbot, ui, screen, "loyalty.settings")
    assert isinstance(page, LoyaltySettingsPage)
    assert page.earn_spend.text() == "100.00" and page.save_button.isEnabled()
    assert cells(page.tiers, 1) == ["0", "1000", "5000", "20000"]
    page.earn_spend.setText("50")
    page.tiers.setItem(2, 1, QTableWidgetItem("900"))  # GOLD below SILVER: refused
    click(qtbot, page.save_button)
    wait_idle(qtbot, ui)
    assert "GOLD must need more points than SILVER" in page.message.text()
    with terminal.db.read() as s:
        assert loyalty.policy(s, terminal.ctx).earn_spend_minor == 10_000
    page.tiers.setItem(2, 1, QTableWidgetItem("4000"))
    click(qtbot, page.save_button)
    wait_idle(qtbot, ui)
    assert page.message.text() == "Loyalty settings saved."
    with terminal.db.read() as s:
        pol = loyalty.policy(s, terminal.ctx)
    assert pol.earn_spend_minor == 5_000 and pol.tiers[2].threshold == 4_000

    ui.set_actor(terminal.manager)
    page.on_shown()
    wait_idle(qtbot, ui)
    assert not page.save_button.isEnabled() and "administrator" in page.save_note.text()


def test_expiry_preview_then_run(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    cid = create_customer(
        terminal.ctx, terminal.cashier, CustomerInput(name="Sunil Jayasuriya")
    ).customer.id
    now = terminal.ctx.clock()
    with terminal.db.uow() as uow:  # 400 points earned 13 months ago, 100 of them spent
        uow.session.add_all(
            [
                LoyaltyTransaction(
                    organization_id=terminal.ctx.terminal.organization_id, customer_id=cid,
                    type="EARNED", points=400, created_at=now - timedelta(days=400),
                    expires_at=now - timedelta(days=35),
                ),
                LoyaltyTransaction(
                    organization_id=terminal.ctx.terminal.organization_id, customer_id=cid,
                    type="REDEEMED", points=-100, created_at=now - timedelta(days=300),
                ),
            ]
        )  # fmt: skip
        uow.commit()
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "loyalty.settings")
    assert isinstance(page, LoyaltySettingsPage)
    assert cells(page.preview, 0) == ["Sunil Jayasuriya"] and cells(page.preview, 1) == ["300"]
    assert "300 points of 1 customer" in page.preview_summary.text()
    click(qtbot, page.run_button)
    wait_idle(qtbot, ui)
    assert "Expired 300 points of 1 customer" in page.message.text()
    assert page.preview.rowCount() == 0 and not page.run_button.isEnabled()
    with terminal.db.read() as s:
        assert loyalty.balance(s, cid) == 0


def test_rewards_and_campaigns_pages_create_and_switch_off(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    rewards = open_page(qtbot, ui, screen, "loyalty.rewards")
    assert isinstance(rewards, RewardsPage)
    dialog = rewards.new()
    qtbot.keyClicks(dialog.name, "LKR 250 off")
    dialog.points.setValue(250)
    dialog.type.setCurrentIndex(dialog.type.findData("DISCOUNT"))
    click(qtbot, dialog.save_button)  # no value yet
    wait_idle(qtbot, ui)
    assert "needs an amount" in dialog.error.text()
    qtbot.keyClicks(dialog.value, "250")
    dialog.stock.setValue(40)
    click(qtbot, dialog.save_button)
    wait_idle(qtbot, ui)
    assert not dialog.isVisible()
    assert cells(rewards.table, 0) == ["LKR 250 off"] and cells(rewards.table, 4) == ["0 / 40"]
    rewards.table.selectRow(0)
    click(qtbot, rewards.findChild(type(dialog.save_button), "rewardsToggle"))
    wait_idle(qtbot, ui)
    assert cells(rewards.table, 6) == ["No"]
    with terminal.db.read() as s:
        row = s.execute(select(LoyaltyReward)).scalar_one()
        assert (row.value_minor, row.usage_limit, row.is_active) == (25_000, 40, False)

    campaigns = open_page(qtbot, ui, screen, "loyalty.campaigns")
    assert isinstance(campaigns, CampaignsPage)
    cd = campaigns.new()
    qtbot.keyClicks(cd.name, "Poya double points")
    cd.type.setCurrentIndex(cd.type.findData("PURCHASE"))
    cd.multiplier.setText("2")
    cd.min_spend.setText("2,000")
    cd.tier_boxes[next(iter(cd.tier_boxes))].setChecked(False)  # not for BRONZE
    click(qtbot, cd.save_button)
    wait_idle(qtbot, ui)
    assert not cd.isVisible()
    assert cells(campaigns.table, 0) == ["Poya double points"]
    assert cells(campaigns.table, 3) == ["×2"] and cells(campaigns.table, 4) == ["2,000.00"]
    with terminal.db.read() as s:
        row_c = s.execute(select(LoyaltyCampaign)).scalar_one()
        assert row_c.conditions == {
            "min_purchase_minor": 200_000,
            "tiers": ["SILVER", "GOLD", "PLATINUM"],
        }


def test_coupons_page_report_create_switch_off_and_csv(
    qtbot: QtBot, ui: UiContext, terminal: Terminal, tmp_path: Path
) -> None:
    made = create_coupon(
        terminal.ctx,
        terminal.admin,
        CouponInput("SAVE100", CouponType.FIXED_AMOUNT, Money.of("100"), usage_limit=10),
    ).coupon
    with terminal.db.uow() as uow:
        for n in range(3):
            record_usage(
                uow.session, terminal.ctx, made.id, f"s{n}", None, Money.of("100"),
                created_by_id=terminal.cashier.user_id,
            )  # fmt: skip
        uow.commit()
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "loyalty.coupons")
    assert isinstance(page, CouponsPage)
    assert cells(page.table, 0) == ["SAVE100"]
    assert cells(page.table, 5) == ["3"] and cells(page.table, 6) == ["300.00"]
    assert cells(page.table, 9) == ["3 / 10"]
    assert cells(page.by_cashier, 0) == ["Kasun Cashier"]

    dialog = page.new()
    qtbot.keyClicks(dialog.code, "poya15")
    dialog.type.setCurrentIndex(dialog.type.findData("PERCENTAGE"))
    qtbot.keyClicks(dialog.value, "15")
    dialog.per_customer.setValue(1)
    click(qtbot, dialog.save_button)
    wait_idle(qtbot, ui)
    assert not dialog.isVisible()
    assert cells(page.table, 0) == ["POYA15", "SAVE100"]

    page.table.selectRow(1)
    click(qtbot, page.findChild(type(dialog.save_button), "couponsDeactivate"))
    wait_idle(qtbot, ui)
    assert "say why" in page.message.text()
    qtbot.keyClicks(page.reason, "promotion over")
    click(qtbot, page.findChild(type(dialog.save_button), "couponsDeactivate"))
    wait_idle(qtbot, ui)
    assert cells(page.table, 10) == ["Yes", "No"]
    with terminal.db.read() as s:
        active = {code: on for code, on in s.execute(select(Coupon.code, Coupon.is_active))}
    assert active == {"POYA15": True, "SAVE100": False}

    target = page.export_csv(str(tmp_path / "usage.csv"))
    wait_idle(qtbot, ui)
    assert target is not None
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert ["SAVE100", "", "FIXED_AMOUNT", "no", "10", "3", "300.00", "0", "", "3"] in rows
