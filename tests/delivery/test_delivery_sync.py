"""Delivery orders travel like the store's other documents, through a real ``pos-hq`` process
(SQLite and PostgreSQL): an order taken on one till reaches HQ and the other till of its store,
never a till of another store; couriers reach every store; a status change made on the second
till comes back to the first; numbers made offline in two stores never collide at HQ."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from pos_desktop.services.delivery_couriers import CourierInput, create_courier
from pos_desktop.services.delivery_dispatch import assign_delivery
from pos_desktop.services.delivery_orders import (
    Address,
    NewOrder,
    OrderLineInput,
    change_order_status,
    create_order,
)
from pos_desktop.services.delivery_queries import list_orders, order_detail
from pos_desktop.store.models.delivery import OrderStatus
from tests.e2e import shop
from tests.e2e.conftest import hq_db_url, hq_processes, start_world  # noqa: F401
from tests.e2e.oracle import HqDatabase, TerminalFile
from tests.e2e.scenario import CATALOG_A
from tests.e2e.world import USERS, Till, World, import_catalog, write_catalog
from tests.support.hq_process import setup_tenant

DELIVERY_TABLES = ("orders", "order_items", "order_status_history", "deliveries")


def _order(till: Till, name: str, phone: str) -> str:
    new = NewOrder(
        customer_name=name,
        customer_phone=phone,
        address=Address(line1="12 Temple Road", city="Kandy", district="Kandy"),
        lines=[OrderLineInput(shop.product(till, "TEA-100").product_id, 2)],
        delivery_fee_minor=400_00,
    )
    return create_order(till.ctx, till.actor("manager"), new).order_id


def _numbers(till: Till) -> set[str]:
    rows = list_orders(till.ctx, till.actor("manager")).rows
    return {r.order_number for r in rows}


def test_an_order_reaches_hq_and_its_store_only(
    start_world: Callable[[str], World],  # noqa: F811
    hq_db_url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    tenant = setup_tenant(
        hq_db_url, "Perera Stores", ("S01", "S02"), codes_per_store=2, users=USERS
    )
    import_catalog(hq_db_url, tenant, write_catalog(tmp_path / "catalog.csv", CATALOG_A))
    world = start_world(hq_db_url)
    t1, t2 = world.enroll("T1", tenant, "S01"), world.enroll("T2", tenant, "S01")
    t3 = world.enroll("T3", tenant, "S02")
    for till in world:
        assert till.sync().ok
    courier = create_courier(
        t1.ctx, t1.actor("manager"), CourierInput("Kamal Express", "0712345678")
    ).courier.id
    for till in (t1, t3):
        shop.receive(till, "TEA-100", 20)
    world.sync_until_quiescent()

    world.go_offline()
    kandy = _order(t1, "Nimal Perera", "0771234567")
    galle = _order(t3, "Fathima Rizwan", "0759876543")  # same number text, other store
    world.sync_until_quiescent()

    assert _numbers(t1) == _numbers(t2) == {"10001"}  # T1 is T01 of S01
    assert _numbers(t3) == {"10001"}  # T3 is T01 of S02: unique per store
    for till in (t1, t2):
        assert [r.id for r in list_orders(till.ctx, till.actor("manager")).rows] == [kandy]
    assert [r.id for r in list_orders(t3.ctx, t3.actor("manager")).rows] == [galle]
    # Couriers are the organization's: every store can assign them.
    for till in world:
        assert (
            TerminalFile(till.name, till.path).scalar(
                "SELECT name FROM couriers WHERE id = ?", courier
            )
            == "Kamal Express"
        )

    # T2 takes the order on; T1 sees every step and the stock T2 moved out.
    manager = t2.actor("manager")
    for step in (OrderStatus.CONFIRMED, OrderStatus.PROCESSING, OrderStatus.PACKED):
        change_order_status(t2.ctx, manager, kandy, step, notes="by T2")
    tracking = assign_delivery(t2.ctx, manager, kandy, courier).tracking_number
    assert tracking.startswith("TRK2")  # T2 is T02 of S01
    world.sync_until_quiescent()
    seen_by_t1 = order_detail(t1.ctx, t1.actor("manager"), kandy)
    assert seen_by_t1.status is OrderStatus.PACKED and seen_by_t1.goods_out
    assert [h.new_status for h in seen_by_t1.history] == [
        "PENDING",
        "CONFIRMED",
        "PROCESSING",
        "PACKED",
    ]
    assert seen_by_t1.deliveries[0].tracking_number == tracking
    assert shop.on_hand(t1, "TEA-100") == shop.on_hand(t2, "TEA-100") == 18_000

    hq = HqDatabase(hq_db_url)
    try:
        for table in DELIVERY_TABLES:
            rows = hq.rows(f"SELECT store_id FROM {table}")
            assert rows, table
        stores = {
            r["id"]: r["order_number"]
            for r in hq.rows("SELECT id, order_number FROM orders ORDER BY order_number")
        }
        assert set(stores) == {kandy, galle}
        placed = hq.rows("SELECT store_id FROM orders WHERE id = :o", o=kandy)[0]
        assert placed["store_id"] == t1.store_id
        assert hq.scalar("SELECT count(*) FROM quarantine") == 0
        total = hq.scalar("SELECT total_minor FROM orders WHERE id = :o", o=kandy)
        assert Decimal(total) == 2 * 900_00 + 400_00
    finally:
        hq.close()
    # T3's file never held S01's order, its lines or its history.
    other = TerminalFile(t3.name, t3.path)
    for table, column in (("orders", "id"), ("order_items", "order_id")):
        assert other.scalar(f"SELECT count(*) FROM {table} WHERE {column} = ?", kandy) == 0
