"""The order status flow: every legal step is taken, every other one refused with nothing
written; the history keeps who, when and the note; goods leave stock at PACKED and come back
when an order is cancelled after that."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import pairwise, product

import pytest
from sqlalchemy import select

from pos_desktop.core.errors import PermissionDenied, ValidationError
from pos_desktop.core.ids import new_id
from pos_desktop.services.delivery_dispatch import assign_delivery
from pos_desktop.services.delivery_flow import ORDER_NEXT
from pos_desktop.services.delivery_orders import change_order_status
from pos_desktop.services.delivery_queries import order_detail
from pos_desktop.services.delivery_state import STOCK_REFERENCE
from pos_desktop.store.models.delivery import OrderStatus, OrderStatusHistory
from pos_desktop.store.models.inventory import StockMovement
from tests.delivery.conftest import DeliveryShop
from tests.delivery.support import PATH, bring_to

ALL = list(OrderStatus)
LEGAL = [(a, b) for a, b in product(ALL, ALL) if b in ORDER_NEXT[a]]
ILLEGAL = [(a, b) for a, b in product(ALL, ALL) if b not in ORDER_NEXT[a]]


def test_the_flow_is_the_documented_one() -> None:
    for before, after in pairwise(PATH):
        assert ORDER_NEXT[before] == (after, OrderStatus.CANCELLED)
    assert ORDER_NEXT[OrderStatus.DELIVERED] == ORDER_NEXT[OrderStatus.CANCELLED] == ()


def _setup(shop: DeliveryShop, start: OrderStatus) -> str:
    order_id = shop.order().order_id
    bring_to(shop, order_id, start)
    return order_id


@pytest.mark.parametrize(("start", "target"), LEGAL, ids=[f"{a}->{b}" for a, b in LEGAL])
def test_every_legal_step_is_taken(
    shop: DeliveryShop, start: OrderStatus, target: OrderStatus
) -> None:
    order_id = _setup(shop, start)
    if target is OrderStatus.OUT_FOR_DELIVERY:
        assign_delivery(shop.ctx, shop.term.manager, order_id, shop.courier)
    result = change_order_status(
        shop.ctx, shop.term.manager, order_id, target, reason="asked by phone", notes="ok"
    )
    assert result.status is target
    detail = order_detail(shop.ctx, shop.term.manager, order_id)
    assert detail.status is target and detail.next_steps == ORDER_NEXT[target]
    assert detail.history[-1].new_status == target.value
    assert detail.history[-1].status == start.value


@pytest.mark.parametrize(("start", "target"), ILLEGAL, ids=[f"{a}->{b}" for a, b in ILLEGAL])
def test_every_illegal_step_is_refused_and_writes_nothing(
    shop: DeliveryShop, start: OrderStatus, target: OrderStatus
) -> None:
    order_id = _setup(shop, start)
    rows = shop.count(OrderStatusHistory)
    moves = shop.count(StockMovement)
    with pytest.raises(ValidationError):
        change_order_status(shop.ctx, shop.term.manager, order_id, target, reason="try")
    assert shop.count(OrderStatusHistory) == rows and shop.count(StockMovement) == moves
    assert order_detail(shop.ctx, shop.term.manager, order_id).status is start


def test_going_out_needs_a_courier_and_cancelling_needs_a_reason(shop: DeliveryShop) -> None:
    order_id = _setup(shop, OrderStatus.PACKED)
    with pytest.raises(ValidationError, match="courier"):
        change_order_status(shop.ctx, shop.term.manager, order_id, OrderStatus.OUT_FOR_DELIVERY)
    with pytest.raises(ValidationError, match="why"):
        change_order_status(shop.ctx, shop.term.manager, order_id, OrderStatus.CANCELLED)
    with pytest.raises(PermissionDenied):
        change_order_status(
            shop.ctx, shop.term.cashier, order_id, OrderStatus.CANCELLED, reason="x"
        )
    assert order_detail(shop.ctx, shop.term.manager, order_id).status is OrderStatus.PACKED


def test_the_history_keeps_every_step_with_who_and_the_note(shop: DeliveryShop) -> None:
    order_id = _setup(shop, OrderStatus.DELIVERED)
    detail = order_detail(shop.ctx, shop.term.manager, order_id)
    assert [(h.seq, h.status, h.new_status) for h in detail.history] == [
        (1, None, "PENDING"),
        (2, "PENDING", "CONFIRMED"),
        (3, "CONFIRMED", "PROCESSING"),
        (4, "PROCESSING", "PACKED"),
        (5, "PACKED", "OUT_FOR_DELIVERY"),
        (6, "OUT_FOR_DELIVERY", "DELIVERED"),
    ]
    assert {h.by for h in detail.history} == {"Mala Manager"}
    assert detail.history[3].notes == "to PACKED"
    assert [h.at for h in detail.history] == sorted(h.at for h in detail.history)
    # The delivery went along: pending, dispatched with the order, delivered with it.
    delivery = detail.deliveries[0]
    assert [h.new_status for h in delivery.history] == ["PENDING", "DISPATCHED", "DELIVERED"]
    assert detail.next_steps == ()


def test_goods_leave_stock_when_packed_and_stay_out_when_delivered(shop: DeliveryShop) -> None:
    order_id = _setup(shop, OrderStatus.PROCESSING)
    assert shop.on_hand(shop.rice) == Decimal(50) and shop.on_hand(shop.tea) == Decimal(50)
    change_order_status(shop.ctx, shop.term.manager, order_id, OrderStatus.PACKED)
    assert shop.on_hand(shop.rice) == Decimal(48) and shop.on_hand(shop.tea) == Decimal(49)
    with shop.term.db.read() as s:
        moves = s.execute(select(StockMovement).where(StockMovement.quantity_milli < 0)).scalars()
        refs = {(m.reference_type, m.reference_id, m.reason, m.movement_type) for m in moves}
    assert refs == {(STOCK_REFERENCE, order_id, "sale", "OUT")}
    bring_to_delivered = [OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED]
    assign_delivery(shop.ctx, shop.term.manager, order_id, shop.courier)
    for step in bring_to_delivered:
        change_order_status(shop.ctx, shop.term.manager, order_id, step)
    assert shop.on_hand(shop.rice) == Decimal(48) and shop.on_hand(shop.tea) == Decimal(49)


@pytest.mark.parametrize("start", [OrderStatus.PACKED, OrderStatus.OUT_FOR_DELIVERY])
def test_cancelling_after_the_goods_left_brings_them_back(
    shop: DeliveryShop, start: OrderStatus
) -> None:
    order_id = _setup(shop, start)
    assert shop.on_hand(shop.rice) == Decimal(48)
    change_order_status(
        shop.ctx, shop.term.manager, order_id, OrderStatus.CANCELLED, reason="refused at door"
    )
    assert shop.on_hand(shop.rice) == Decimal(50) and shop.on_hand(shop.tea) == Decimal(50)
    detail = order_detail(shop.ctx, shop.term.manager, order_id)
    assert detail.status is OrderStatus.CANCELLED and not detail.goods_out
    assert detail.history[-1].reason == "refused at door"
    assert all(d.status.value == "RETURNED" for d in detail.deliveries)


@pytest.mark.parametrize("start", [OrderStatus.PENDING, OrderStatus.PROCESSING])
def test_cancelling_before_packing_moves_no_stock(shop: DeliveryShop, start: OrderStatus) -> None:
    order_id = _setup(shop, start)
    moves = shop.count(StockMovement)
    change_order_status(shop.ctx, shop.term.manager, order_id, OrderStatus.CANCELLED, reason="x")
    assert shop.count(StockMovement) == moves


def test_two_tills_changing_an_order_offline_both_stay_in_the_history(
    shop: DeliveryShop,
) -> None:
    """Till A confirmed, till B cancelled, from the same PENDING, before either synced: both
    rows arrive (ledger); the later one is in force and the order is flagged."""
    made = shop.order()
    now = datetime.now(UTC)
    with shop.term.db.uow() as uow:
        for minutes, status in ((1, "CONFIRMED"), (2, "CANCELLED")):
            uow.session.add(
                OrderStatusHistory(
                    id=new_id(),
                    organization_id=shop.ctx.terminal.organization_id,
                    store_id=shop.ctx.terminal.store_id,
                    order_id=made.order_id,
                    seq=2,
                    status="PENDING",
                    new_status=status,
                    created_at=now + timedelta(minutes=minutes),
                )
            )
        uow.session.info["sync_apply"] = True  # as pulled from HQ
        uow.commit()
    detail = order_detail(shop.ctx, shop.term.manager, made.order_id)
    assert detail.status is OrderStatus.CANCELLED and detail.concurrent
    assert [h.new_status for h in detail.history] == ["PENDING", "CONFIRMED", "CANCELLED"]
