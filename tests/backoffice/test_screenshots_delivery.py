"""Screenshots of the Delivery group on the demo store: the orders list with one order open
(history, courier, COD), the new-order editor, the couriers page, and the printed delivery note.
Orders of Sri Lankan customers are taken and moved along through the services first. Saved to
$POS_SCREENSHOT_DIR when set, else to a temporary folder."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.core.clock import utc_now
from pos_desktop.demo.build import DemoOptions
from pos_desktop.demo.credentials import DEMO_USERS
from pos_desktop.reports.delivery_note_pdf import save_delivery_note
from pos_desktop.services.auth import login_with_pin
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.delivery_couriers import CourierInput, create_courier
from pos_desktop.services.delivery_dispatch import assign_delivery, settle_cod
from pos_desktop.services.delivery_orders import (
    Address,
    NewOrder,
    OrderLineInput,
    change_order_status,
    create_order,
)
from pos_desktop.store.models.catalog import Product
from pos_desktop.store.models.delivery import OrderStatus
from pos_desktop.ui.backoffice.delivery_couriers_page import CouriersPage
from pos_desktop.ui.backoffice.delivery_orders_page import DeliveryOrdersPage
from pos_desktop.ui.context import UiContext
from tests.backoffice.support import demo_ui_for, open_back_office, open_page
from tests.ui.conftest import wait_idle
from tests.ui.test_sell_screenshots import _save, clipped

S = OrderStatus
CUSTOMERS = (
    # name, phone, address, city, district, products (name prefix, qty), fee, payment, status
    (
        "Nimal Perera",
        "077 123 4567",
        "No. 42, Galle Road",
        "Colombo 03",
        "Colombo",
        [("Keeri Samba", 2), ("Anchor", 1)],
        350_00,
        "COD",
        S.DELIVERED,
    ),
    (
        "Fathima Rizwan",
        "075 987 6543",
        "18/2 Peradeniya Road",
        "Kandy",
        "Kandy",
        [("Munchee", 3), ("Lipton", 1)],
        450_00,
        "COD",
        S.OUT_FOR_DELIVERY,
    ),
    (
        "Kavitha Sivakumar",
        "021 222 3344",
        "7 Hospital Road",
        "Jaffna",
        "Jaffna",
        [("Basmati", 1)],
        600_00,
        "BANK_TRANSFER",
        S.PACKED,
    ),
    (
        "Dilshan Jayawardena",
        "071 555 0101",
        "23 Lighthouse Street, Fort",
        "Galle",
        "Galle",
        [("Elephant House", 4), ("Sunlight", 2)],
        400_00,
        "COD",
        S.CONFIRMED,
    ),
    (
        "Sanduni Wickramasinghe",
        "076 333 2211",
        "5 Temple Lane",
        "Nugegoda",
        "Colombo",
        [("Maliban", 2)],
        300_00,
        "PAYHERE",
        S.PENDING,
    ),
    (
        "Ruwan Bandara",
        "070 111 9988",
        "88 Main Street",
        "Kurunegala",
        "Kurunegala",
        [("Red Raw", 1)],
        500_00,
        "COD",
        S.CANCELLED,
    ),
)


@pytest.fixture
def demo_ui(tmp_path: Path, qtbot: QtBot) -> Iterator[UiContext]:
    yield from demo_ui_for(tmp_path, qtbot, DemoOptions(products=300, customers=20, sales_days=0))


def _product(ctx: ServiceContext, prefix: str) -> str:
    with ctx.db.read() as s:
        found = s.execute(
            select(Product.id)
            .where(Product.name.like(f"%{prefix}%"), Product.status == "ACTIVE")
            .order_by(Product.name)
            .limit(1)
        ).scalar_one_or_none()
        if found is None:  # a brand the demo catalog lacks: any packed product
            found = s.execute(
                select(Product.id).where(Product.unit == "pcs").order_by(Product.name).limit(1)
            ).scalar_one()
    return str(found)


def _orders(ctx: ServiceContext, manager: Actor) -> list[str]:
    riders = [
        create_courier(ctx, manager, CourierInput(name, phone, vehicle_type=vehicle)).courier.id
        for name, phone, vehicle in (
            ("Kamal Express", "0712345678", "bike"),
            ("Pronto Lanka", "0117654321", "courier company"),
            ("Suresh (three-wheel)", "0774445566", "three-wheeler"),
        )
    ]
    start = utc_now() - timedelta(hours=30)
    made = []
    for n, (name, phone, line1, city, district, items, fee, pay, goal) in enumerate(CUSTOMERS):
        moment = start + timedelta(hours=5 * n)
        timed = ServiceContext(ctx.db, ctx.terminal, clock=lambda m=moment: m)
        order = create_order(
            timed,
            manager,
            NewOrder(
                name,
                phone,
                Address(line1=line1, city=city, district=district),
                [OrderLineInput(_product(ctx, p), q) for p, q in items],
                delivery_fee_minor=fee,
                payment_method=pay,
                payment_reference=None if pay == "COD" else f"REF-{4410 + n}",
                notes="Call before delivery" if n == 1 else None,
            ),
        )
        path = [S.CONFIRMED, S.PROCESSING, S.PACKED, S.OUT_FOR_DELIVERY, S.DELIVERED]
        steps = (
            [S.CANCELLED]
            if goal is S.CANCELLED
            else path[: path.index(goal) + 1]
            if (goal is not S.PENDING)
            else []
        )
        for k, step in enumerate(steps, start=1):
            later = ServiceContext(
                ctx.db, ctx.terminal, clock=lambda m=moment, k=k: m + timedelta(minutes=40 * k)
            )
            if step is S.OUT_FOR_DELIVERY:
                assign_delivery(later, manager, order.order_id, riders[n % 3])
            change_order_status(
                later,
                manager,
                order.order_id,
                step,
                reason="customer cancelled by phone" if step is S.CANCELLED else None,
                notes="rider left 10:15" if step is S.OUT_FOR_DELIVERY else None,
            )
        if goal is S.DELIVERED:
            settle_cod(ctx, manager, order.order_id, order.cod_amount.minor)
        made.append(order.order_id)
    return made


def test_delivery_screenshots(demo_ui: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    ui = demo_ui
    user = DEMO_USERS[1]
    manager = login_with_pin(ui.ctx, user.username, user.pin)
    made = _orders(ui.ctx, manager)
    shell, screen = open_back_office(qtbot, ui, manager)
    shell.resize(1366, 860)
    page = open_page(qtbot, ui, screen, "delivery.orders")
    assert isinstance(page, DeliveryOrdersPage)
    assert page.table.rowCount() == len(CUSTOMERS)
    page.select(made[1])  # Kandy, out for delivery with a courier, COD to collect
    wait_idle(qtbot, ui)
    qtbot.wait(50)
    assert page.panel.detail is not None and page.panel.detail.active_delivery is not None
    assert clipped(screen) == []
    _save(shell, "backoffice-delivery-orders.png", tmp_path)

    editor = page.new_order()
    editor.resize(1180, 720)
    editor.name.setText("Ishara Gunasekara")
    editor.phone.setText("077 888 1234")
    editor.line1.setText("No. 12, Station Road")
    editor.city.setText("Negombo")
    editor.district.setText("Gampaha")
    editor.fee.setText("400.00")
    editor.search.setText("Keeri")
    editor.add_first_hit()
    wait_idle(qtbot, ui)
    editor.search.setText("Munchee")
    editor.add_first_hit()
    wait_idle(qtbot, ui)
    editor.search.setText("Samba")
    editor._find()
    wait_idle(qtbot, ui)
    qtbot.wait(50)
    QApplication.processEvents()
    assert editor.table.rowCount() == 2
    _save(editor, "backoffice-delivery-order-editor.png", tmp_path)
    editor.reject()

    couriers = open_page(qtbot, ui, screen, "delivery.couriers")
    assert isinstance(couriers, CouriersPage)
    couriers.table.selectRow(0)
    qtbot.wait(50)
    assert clipped(screen) == []
    _save(shell, "backoffice-delivery-couriers.png", tmp_path)

    pdf = save_delivery_note(ui.ctx, manager, made[1], tmp_path)
    folder = Path(os.environ.get("POS_SCREENSHOT_DIR") or tmp_path)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "110",
            "-png",
            "-singlefile",
            str(pdf),
            str(folder / "backoffice-delivery-note"),
        ],
        check=True,
    )
    assert (folder / "backoffice-delivery-note.png").exists()
