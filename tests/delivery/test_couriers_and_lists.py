"""Couriers kept by managers, and the order list: status filter, search, paging, counts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pos_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from pos_desktop.services.delivery_couriers import (
    CourierInput,
    create_courier,
    list_couriers,
    update_courier,
)
from pos_desktop.services.delivery_dispatch import assign_delivery
from pos_desktop.services.delivery_queries import list_orders, status_counts
from pos_desktop.store.models import OutboxEntry
from pos_desktop.store.models.delivery import OrderStatus
from tests.delivery.conftest import DeliveryShop
from tests.delivery.support import bring_to


def test_couriers_are_created_edited_and_retired(shop: DeliveryShop) -> None:
    made = create_courier(
        shop.ctx,
        shop.term.manager,
        CourierInput("Lanka Couriers", "011 234 5678", "ops@lankacouriers.lk", "van"),
    ).courier
    assert made.phone == "+94112345678" and made.status == "AVAILABLE"
    with pytest.raises(ConflictError):
        create_courier(shop.ctx, shop.term.manager, CourierInput("Lanka Couriers"))
    for bad in (CourierInput(""), CourierInput("X", email="no-at"), CourierInput("X", status="Z")):
        with pytest.raises(ValidationError):
            create_courier(shop.ctx, shop.term.manager, bad)
    with pytest.raises(PermissionDenied):
        create_courier(shop.ctx, shop.term.cashier, CourierInput("Cashier's cousin"))
    update_courier(
        shop.ctx, shop.term.manager, made.id, CourierInput("Lanka Couriers", is_active=False)
    )
    names = [c.name for c in list_couriers(shop.ctx, shop.term.manager)]
    assert names == ["Kamal Express"]
    every = list_couriers(shop.ctx, shop.term.manager, include_inactive=True)
    assert [c.name for c in every] == ["Kamal Express", "Lanka Couriers"]
    with shop.term.db.read() as s:
        ops = s.execute(
            select(OutboxEntry.operation).where(OutboxEntry.entity_id == made.id)
        ).scalars()
        assert list(ops) == ["insert", "update"]  # an hq row: HQ merges and re-broadcasts


def test_orders_are_listed_newest_first_by_status_with_counts(shop: DeliveryShop) -> None:
    ids = [shop.order().order_id for _ in range(5)]
    bring_to(shop, ids[0], OrderStatus.PACKED)
    bring_to(shop, ids[1], OrderStatus.CANCELLED)
    page = list_orders(shop.ctx, shop.term.manager)
    assert [r.id for r in page.rows] == ids[::-1] and page.next_cursor is None
    packed = list_orders(shop.ctx, shop.term.manager, status=OrderStatus.PACKED)
    assert [r.id for r in packed.rows] == [ids[0]]
    counts = status_counts(shop.ctx, shop.term.manager)
    assert counts[OrderStatus.PENDING] == 3 and counts[OrderStatus.PACKED] == 1
    assert counts[OrderStatus.CANCELLED] == 1 and counts[OrderStatus.DELIVERED] == 0


def test_pages_follow_each_other_without_gaps(shop: DeliveryShop) -> None:
    ids = [shop.order().order_id for _ in range(7)]
    seen: list[str] = []
    cursor = None
    while True:
        page = list_orders(shop.ctx, shop.term.manager, after=cursor, limit=3)
        seen += [r.id for r in page.rows]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == ids[::-1]


def test_search_by_order_number_phone_tracking_number_or_name(shop: DeliveryShop) -> None:
    first = shop.order()
    other = shop.order(customer_name="Fathima Rizwan", customer_phone="0759876543")
    tracking = assign_delivery(
        shop.ctx, shop.term.manager, other.order_id, shop.courier
    ).tracking_number

    def found(text: str) -> list[str]:
        return [r.order_number for r in list_orders(shop.ctx, shop.term.manager, text=text).rows]

    assert found(first.order_number.lower().replace("0", "o")) == [first.order_number]
    assert found("075 987") == [other.order_number]
    assert found("+94759876543") == [other.order_number]
    assert found(tracking.lower()) == [other.order_number]
    assert found("fathima") == [other.order_number]
    assert found("nobody at all") == []
    assert list_orders(shop.ctx, shop.term.manager, text=tracking).rows[0].tracking_number == (
        tracking
    )
