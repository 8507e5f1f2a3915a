"""Couriers taking orders: one delivery at a time, its status flow driving the order's, and
cash on delivery settled once the order is delivered."""

from __future__ import annotations

from itertools import product

import pytest

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.services.delivery_couriers import CourierInput, update_courier
from pos_desktop.services.delivery_dispatch import (
    assign_delivery,
    settle_cod,
    update_delivery_status,
)
from pos_desktop.services.delivery_flow import DELIVERY_NEXT
from pos_desktop.services.delivery_orders import change_order_status
from pos_desktop.services.delivery_queries import order_detail
from pos_desktop.store.models.delivery import (
    DeliveryStatus,
    DeliveryStatusHistory,
    OrderPayment,
    OrderStatus,
)
from tests.delivery.conftest import DeliveryShop
from tests.delivery.support import bring_to

D = DeliveryStatus
ALL = list(D)
ILLEGAL = [(a, b) for a, b in product(ALL, ALL) if b not in DELIVERY_NEXT[a]]
# The path to each delivery status, with the order PACKED before the courier takes it.
TO = {
    D.PENDING: [],
    D.PROCESSING: [D.PROCESSING],
    D.DISPATCHED: [D.DISPATCHED],
    D.DELIVERED: [D.DISPATCHED, D.DELIVERED],
    D.RETURNED: [D.RETURNED],
}


def _delivery(shop: DeliveryShop, status: D) -> tuple[str, str]:
    order_id = shop.order().order_id
    bring_to(shop, order_id, OrderStatus.PACKED)
    made = assign_delivery(shop.ctx, shop.term.manager, order_id, shop.courier)
    for step in TO[status]:
        update_delivery_status(shop.ctx, shop.term.manager, made.delivery_id, step, reason="r")
    return order_id, made.delivery_id


def test_a_courier_takes_the_order_with_a_tracking_number(shop: DeliveryShop) -> None:
    order_id = shop.order().order_id
    made = assign_delivery(
        shop.ctx, shop.term.manager, order_id, shop.courier, special_instructions="Call first"
    )
    assert made.tracking_number.startswith("TRK") and len(made.tracking_number) == 11
    detail = order_detail(shop.ctx, shop.term.manager, order_id)
    assert detail.active_delivery is not None
    assert detail.active_delivery.courier_name == "Kamal Express"
    assert detail.active_delivery.special_instructions == "Call first"
    with pytest.raises(ConflictError, match="already with a courier"):
        assign_delivery(shop.ctx, shop.term.manager, order_id, shop.courier)


def test_a_returned_parcel_can_go_with_another_courier(shop: DeliveryShop) -> None:
    order_id, first = _delivery(shop, D.DISPATCHED)
    with pytest.raises(ValidationError, match="why"):
        update_delivery_status(shop.ctx, shop.term.manager, first, D.RETURNED)
    update_delivery_status(shop.ctx, shop.term.manager, first, D.RETURNED, reason="no one home")
    second = assign_delivery(shop.ctx, shop.term.manager, order_id, shop.courier)
    update_delivery_status(shop.ctx, shop.term.manager, second.delivery_id, D.DISPATCHED)
    update_delivery_status(shop.ctx, shop.term.manager, second.delivery_id, D.DELIVERED)
    detail = order_detail(shop.ctx, shop.term.manager, order_id)
    assert detail.status is OrderStatus.DELIVERED
    assert [d.status for d in detail.deliveries] == [D.RETURNED, D.DELIVERED]
    assert len({d.tracking_number for d in detail.deliveries}) == 2


def test_dispatching_takes_a_packed_order_out_and_delivering_delivers_it(
    shop: DeliveryShop,
) -> None:
    order_id, delivery_id = _delivery(shop, D.PENDING)
    update_delivery_status(shop.ctx, shop.term.manager, delivery_id, D.DISPATCHED)
    assert order_detail(shop.ctx, shop.term.manager, order_id).status is (
        OrderStatus.OUT_FOR_DELIVERY
    )
    update_delivery_status(shop.ctx, shop.term.manager, delivery_id, D.DELIVERED)
    detail = order_detail(shop.ctx, shop.term.manager, order_id)
    assert detail.status is OrderStatus.DELIVERED
    assert [h.new_status for h in detail.history][-2:] == ["OUT_FOR_DELIVERY", "DELIVERED"]


def test_a_courier_cannot_take_an_order_that_is_not_packed(shop: DeliveryShop) -> None:
    order_id = shop.order().order_id
    made = assign_delivery(shop.ctx, shop.term.manager, order_id, shop.courier)
    with pytest.raises(ValidationError, match="pack"):
        update_delivery_status(shop.ctx, shop.term.manager, made.delivery_id, D.DISPATCHED)


@pytest.mark.parametrize(("start", "target"), ILLEGAL, ids=[f"{a}->{b}" for a, b in ILLEGAL])
def test_illegal_delivery_steps_are_refused(shop: DeliveryShop, start: D, target: D) -> None:
    _, delivery_id = _delivery(shop, start)
    rows = shop.count(DeliveryStatusHistory)
    with pytest.raises(ValidationError):
        update_delivery_status(shop.ctx, shop.term.manager, delivery_id, target, reason="r")
    assert shop.count(DeliveryStatusHistory) == rows


def test_delivered_and_cancelled_orders_and_inactive_couriers_cannot_be_assigned(
    shop: DeliveryShop,
) -> None:
    cancelled = shop.order().order_id
    bring_to(shop, cancelled, OrderStatus.CANCELLED)
    with pytest.raises(ValidationError):
        assign_delivery(shop.ctx, shop.term.manager, cancelled, shop.courier)
    update_courier(
        shop.ctx, shop.term.manager, shop.courier, CourierInput("Kamal Express", is_active=False)
    )
    with pytest.raises(NotFoundError):
        assign_delivery(shop.ctx, shop.term.manager, shop.order().order_id, shop.courier)


def test_cod_is_settled_once_after_delivery(shop: DeliveryShop) -> None:
    made = shop.order()
    order_id = made.order_id
    assert made.cod_amount == Money(2 * 1250_00 + 640_00 + 350_00)
    bring_to(shop, order_id, OrderStatus.OUT_FOR_DELIVERY)
    with pytest.raises(ValidationError, match="delivered"):
        settle_cod(shop.ctx, shop.term.manager, order_id, made.cod_amount.minor)
    change_order_status(shop.ctx, shop.term.manager, order_id, OrderStatus.DELIVERED)
    with pytest.raises(ValidationError, match="note"):
        settle_cod(shop.ctx, shop.term.manager, order_id, made.cod_amount.minor - 100_00)
    assert shop.count(OrderPayment) == 0
    settled = settle_cod(shop.ctx, shop.term.manager, order_id, made.cod_amount.minor)
    assert settled.amount == settled.expected == made.cod_amount
    with pytest.raises(ConflictError, match="already settled"):
        settle_cod(shop.ctx, shop.term.manager, order_id, made.cod_amount.minor)
    detail = order_detail(shop.ctx, shop.term.manager, order_id)
    assert detail.settled and detail.payments[0].method == "COD"


def test_a_short_settlement_is_kept_with_its_note(shop: DeliveryShop) -> None:
    made = shop.order()
    bring_to(shop, made.order_id, OrderStatus.DELIVERED)
    short = made.cod_amount.minor - 350_00
    settle_cod(shop.ctx, shop.term.manager, made.order_id, short, note="fee waived by rider")
    payment = order_detail(shop.ctx, shop.term.manager, made.order_id).payments[0]
    assert (payment.amount.minor, payment.expected.minor) == (short, made.cod_amount.minor)
    assert payment.note == "fee waived by rider"


def test_a_prepaid_order_has_no_cod_to_settle(shop: DeliveryShop) -> None:
    made = shop.order(payment_method="LANKAQR", payment_reference="QR-5541")
    bring_to(shop, made.order_id, OrderStatus.DELIVERED)
    with pytest.raises(ValidationError, match="paid by LANKAQR"):
        settle_cod(shop.ctx, shop.term.manager, made.order_id, 0)
