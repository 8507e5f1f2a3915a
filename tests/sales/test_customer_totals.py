"""Checkout, voids and returns on an enrolled terminal: each adds its share to HQ's count of the
customer's totals (the cache travels down from HQ, never up through the outbox)."""

from __future__ import annotations

from sqlalchemy import select

from pos_desktop.services.checkout import checkout
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.receipts import load_sale
from pos_desktop.services.returns import return_items
from pos_desktop.services.voids import void_sale
from pos_desktop.store.models import OutboxEntry
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.sales import PaymentMethodCode as M
from pos_desktop.store.terminal import HQ_URL_KEY, set_meta
from tests.sales.conftest import Shop


def _totals(shop: Shop) -> tuple[int, int]:
    with shop.term.db.read() as s:
        row = s.get(Customer, shop.customer_id)
        assert row is not None
        return row.total_orders, row.total_spent_minor


def _customer_updates(shop: Shop) -> int:
    with shop.term.db.read() as s:
        return len(
            s.execute(
                select(OutboxEntry.id).where(
                    OutboxEntry.entity == "customers", OutboxEntry.operation == "update"
                )
            ).all()
        )


def _sell(shop: Shop) -> str:
    cart = shop.cart((shop.rice, 2))  # 2,500.00
    cart.set_customer(shop.customer_id)
    return checkout(shop.ctx, shop.term.cashier, cart, [PaymentRequest(M.CASH, 2500_00)]).sale_id


def test_enrolled_checkout_void_and_return_add_to_hqs_count(shop: Shop) -> None:
    with shop.term.db.uow() as uow:
        set_meta(uow.session, HQ_URL_KEY, "https://hq.example.lk")
        uow.session.info["sync_apply"] = True  # HQ's count, as a pull writes it
        row = uow.session.get(Customer, shop.customer_id)
        assert row is not None
        row.total_orders, row.total_spent_minor = 10, 20_000_00
        uow.commit()
    first = _sell(shop)
    second = _sell(shop)
    assert _totals(shop) == (12, 25_000_00)
    void_sale(shop.ctx, shop.term.manager, first, "wrong customer")
    assert _totals(shop) == (11, 22_500_00)
    with shop.term.db.read() as s:
        rice = next(line.id for line in load_sale(s, second).lines)
    return_items(shop.ctx, shop.term.manager, second, [(rice, 1, True)], "CASH", reason="torn")
    assert _totals(shop) == (11, 21_250_00)
    assert _customer_updates(shop) == 0


def test_standalone_checkout_void_and_return_recount_the_local_sales(shop: Shop) -> None:
    first = _sell(shop)
    second = _sell(shop)
    assert _totals(shop) == (2, 5_000_00)
    void_sale(shop.ctx, shop.term.manager, first, "wrong customer")
    with shop.term.db.read() as s:
        rice = next(line.id for line in load_sale(s, second).lines)
    return_items(shop.ctx, shop.term.manager, second, [(rice, 1, True)], "CASH", reason="torn")
    assert _totals(shop) == (1, 1_250_00)
    assert _customer_updates(shop) == 0
