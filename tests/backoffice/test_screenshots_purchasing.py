"""Screenshots of the Purchasing group on the demo store: the order list, the order editor on a
draft for a biscuit supplier, and the receive dialog on an order already partly delivered.
Suppliers and orders are made through the services first. Saved to $POS_SCREENSHOT_DIR when set,
else to a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.demo.build import DemoOptions
from pos_desktop.demo.credentials import DEMO_USERS
from pos_desktop.services.auth import login_with_pin
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.purchase_order_views import get_purchase_order
from pos_desktop.services.purchase_orders import (
    PoDraft,
    PoLineDraft,
    cancel_purchase_order,
    create_purchase_order,
    order_purchase_order,
)
from pos_desktop.services.receiving import ReceiptLine, receive_purchase_order
from pos_desktop.services.suppliers import SupplierDraft, create_supplier
from pos_desktop.store.models.catalog import Product
from pos_desktop.ui.backoffice.purchase_orders_page import ALL_FILTER, PurchaseOrdersPage
from pos_desktop.ui.context import UiContext
from tests.backoffice.support import demo_ui_for, open_back_office, open_page
from tests.ui.conftest import wait_idle
from tests.ui.test_sell_screenshots import _save, clipped

SUPPLIERS = {
    "Harischandra Mills PLC": ("Harischandra", "Dilan Wickramasinghe", "091 223 4567"),
    "CBL Foods International (Pvt) Ltd": ("Munchee", "Shanika Perera", "011 234 5678"),
    "Lanka Mart Distributors": ("Lanka Mart", "Ruwan Jayasuriya", "077 123 4567"),
    "Sera Foods (Pvt) Ltd": ("Sera", "Nuwan Bandara", "071 987 6543"),
}


@pytest.fixture
def demo_ui(tmp_path: Path, qtbot: QtBot) -> Iterator[UiContext]:
    yield from demo_ui_for(tmp_path, qtbot, DemoOptions(products=300, customers=20, sales_days=0))


def _products(ctx: ServiceContext, brand: str, count: int) -> list[str]:
    with ctx.db.read() as s:
        return list(
            s.execute(
                select(Product.id)
                .where(Product.name.like(f"{brand} %"), Product.unit == "pcs")
                .order_by(Product.name)
                .limit(count)
            ).scalars()
        )


def _orders(ctx: ServiceContext, manager: Actor) -> dict[str, str]:
    """Suppliers and their orders in every status; returns {purpose: order id}."""
    ids = {}
    for name, (brand, contact, phone) in SUPPLIERS.items():
        ids[brand] = create_supplier(
            ctx,
            manager,
            SupplierDraft(
                name,
                contact_person=contact,
                phone=phone,
                payment_terms="30 days credit",
                address="Colombo",
            ),
        ).supplier.id
    today = ctx.clock().date()

    def order(brand: str, quantities: list[int], days: int) -> str:
        products = _products(ctx, brand, len(quantities))
        assert len(products) == len(quantities), brand
        lines = tuple(PoLineDraft(p, q) for p, q in zip(products, quantities, strict=True))
        draft = PoDraft(ids[brand], lines, expected_delivery=today + timedelta(days=days))
        return create_purchase_order(ctx, manager, draft).po.id

    done = order("Sera", [24, 12], -3)
    order_purchase_order(ctx, manager, done)
    cancelled = order("Sera", [6], 2)
    cancel_purchase_order(ctx, manager, cancelled, "supplier out of stock")
    partly = order("Harischandra", [48, 24, 36, 24, 12], 1)
    placed = order_purchase_order(ctx, manager, partly).po
    receive_purchase_order(
        ctx,
        manager,
        partly,
        [ReceiptLine(placed.lines[0].id, 48), ReceiptLine(placed.lines[1].id, 12)],
        note="Invoice HM-20931",
    )
    ordered = order("Lanka Mart", [60, 30, 30], 4)
    order_purchase_order(ctx, manager, ordered)
    draft = order("Munchee", [36, 36, 24, 48, 24, 12][: len(_products(ctx, "Munchee", 6))], 7)
    return {"draft": draft, "partly": partly, "done": done}


def test_purchasing_screenshots(demo_ui: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    ui = demo_ui
    user = DEMO_USERS[1]
    manager = login_with_pin(ui.ctx, user.username, user.pin)
    made = _orders(ui.ctx, manager)
    done = get_purchase_order(ui.ctx, manager, made["done"])
    receive_purchase_order(
        ui.ctx,
        manager,
        done.id,
        [ReceiptLine(x.id, x.outstanding_milli // 1000) for x in done.lines],
    )
    shell, screen = open_back_office(qtbot, ui, manager)
    shell.resize(1366, 860)
    page = open_page(qtbot, ui, screen, "purchasing.orders")
    assert isinstance(page, PurchaseOrdersPage)
    page.filter.setCurrentIndex(page.filter.findData(ALL_FILTER))
    wait_idle(qtbot, ui)
    assert page.table.rowCount() == 5
    page.table.selectRow(1)
    qtbot.wait(50)
    assert clipped(screen) == []
    _save(shell, "backoffice-purchase-orders.png", tmp_path)

    editor = page._edit(made["draft"])
    wait_idle(qtbot, ui)
    editor.resize(1180, 700)
    qtbot.wait(50)
    QApplication.processEvents()
    assert editor.table.rowCount() >= 3 and editor.save_button.isVisible()
    assert clipped(editor) == []
    _save(editor, "backoffice-purchase-order.png", tmp_path)
    editor.reject()

    partly = get_purchase_order(ui.ctx, manager, made["partly"])
    receiver = page.open_receive(partly)
    receiver.resize(1060, 520)
    receiver.set_quantity(1, "12")
    receiver.set_quantity(3, "0")
    receiver.note.setText("Invoice HM-21017")
    qtbot.wait(50)
    QApplication.processEvents()
    assert receiver.table.rowCount() == 4
    assert clipped(receiver) == []
    _save(receiver, "backoffice-receive.png", tmp_path)
    receiver.reject()
