"""Taking delivery orders: prices, tax, fee, COD amount, customer, and refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from pos_desktop.core.errors import NotFoundError, PermissionDenied, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.services.delivery_numbers import is_order_number
from pos_desktop.services.delivery_orders import Address, NewOrder, OrderLineInput, create_order
from pos_desktop.store.models import AuditLog, OutboxEntry
from pos_desktop.store.models.delivery import (
    Order,
    OrderItem,
    OrderPayment,
    OrderStatusHistory,
)
from tests.delivery.conftest import COLOMBO, DeliveryShop


def test_a_cod_order_collects_the_goods_plus_the_delivery_fee(shop: DeliveryShop) -> None:
    made = shop.order()
    assert is_order_number(made.order_number) and made.order_number == "10001"
    goods = 2 * 1250_00 + 640_00
    assert made.total == Money(goods + 350_00)
    assert made.cod_amount == made.total
    with shop.term.db.read() as s:
        order = s.get(Order, made.order_id)
        assert order is not None
        assert order.subtotal_minor == goods and order.delivery_fee_minor == 350_00
        assert order.customer_id == shop.customer  # known by the phone number
        assert order.customer_phone == "+94771234567"
        # VAT 18 % contained in tax-inclusive prices, per line, rounded half up.
        assert order.tax_inclusive
        assert order.tax_minor == round(Decimal(2500_00) * 18 / 118) + round(
            Decimal(640_00) * 18 / 118
        )
        items = s.execute(select(OrderItem).order_by(OrderItem.line_no)).scalars().all()
        assert [(i.name, i.quantity_milli, i.total_minor) for i in items] == [
            ("Keeri Samba 5kg", 2000, 2500_00),
            ("Dilmah Tea 400g", 1000, 640_00),
        ]
        history = s.execute(select(OrderStatusHistory)).scalars().all()
        assert [(h.seq, h.status, h.new_status) for h in history] == [(1, None, "PENDING")]
        assert history[0].changed_by_id == shop.term.manager.user_id
        assert s.execute(select(OrderPayment)).first() is None  # COD: paid on delivery
        assert s.execute(select(AuditLog).where(AuditLog.action == "order.create")).first()
        entities = set(s.execute(select(OutboxEntry.entity)).scalars())
    assert {"orders", "order_items", "order_status_history"} <= entities


def test_a_prepaid_order_records_its_payment_and_collects_nothing(shop: DeliveryShop) -> None:
    made = shop.order(payment_method="bank_transfer", payment_reference="BOC 778812")
    assert made.cod_amount == Money(0)
    with shop.term.db.read() as s:
        payment = s.execute(select(OrderPayment)).scalar_one()
    assert (payment.method, payment.amount_minor, payment.reference) == (
        "BANK_TRANSFER",
        made.total.minor,
        "BOC 778812",
    )


def test_a_walk_in_customer_needs_no_customer_record(shop: DeliveryShop) -> None:
    made = shop.order(customer_name="  Sita   Devi ", customer_phone="+94 71 555 0101")
    with shop.term.db.read() as s:
        order = s.get(Order, made.order_id)
    assert order is not None
    assert (order.customer_id, order.customer_name, order.customer_phone) == (
        None,
        "Sita Devi",
        "+94715550101",
    )


@pytest.mark.parametrize(
    ("over", "error"),
    [
        ({"customer_phone": "12ab"}, ValidationError),
        ({"customer_name": "  "}, ValidationError),
        ({"lines": []}, ValidationError),
        ({"delivery_fee_minor": -1}, ValidationError),
        ({"address": Address(line1="", city="Kandy")}, ValidationError),
        ({"address": Address(line1="1 Temple Rd", city="")}, ValidationError),
        ({"payment_method": "BITCOIN"}, ValidationError),
        ({"payment_method": "PAYHERE"}, ValidationError),  # without its reference
        ({"lines": [OrderLineInput("no-such-product", 1)]}, NotFoundError),
        ({"lines": [OrderLineInput("RICE", "1.5")]}, ValidationError),  # replaced below
        ({"lines": [OrderLineInput("RICE", "0")]}, ValidationError),
    ],
)
def test_bad_orders_are_refused_and_write_nothing(
    shop: DeliveryShop, over: dict[str, object], error: type[Exception]
) -> None:
    lines = over.get("lines")
    if isinstance(lines, list) and lines and lines[0].product_id == "RICE":
        over = {"lines": [OrderLineInput(shop.rice, lines[0].quantity)]}
    with pytest.raises(error):
        shop.order(**over)
    assert shop.count(Order) == 0 and shop.count(OrderItem) == 0
    assert shop.count(OrderStatusHistory) == 0


def test_a_cashier_cannot_take_delivery_orders(shop: DeliveryShop) -> None:
    new = NewOrder("Nimal", "0771234567", COLOMBO, [OrderLineInput(shop.rice, 1)])
    with pytest.raises(PermissionDenied):
        create_order(shop.ctx, shop.term.cashier, new)
    assert shop.count(Order) == 0
