"""Doing business on a test terminal: real services, so the outbox fills as it does at a till."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import func, select

from pos_desktop.core.cart import Cart
from pos_desktop.core.money import Money
from pos_desktop.services import catalog, catalog_edit, shifts
from pos_desktop.services.auth import actor_from_user
from pos_desktop.services.checkout import CheckoutResult, checkout
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.passwords import hash_secret
from pos_desktop.services.payments import DEFAULT_PAYMENT_METHODS, PaymentRequest
from pos_desktop.store.database import Database
from pos_desktop.store.models import OutboxEntry, User
from pos_desktop.store.models.sales import PaymentMethodCode
from tests.support.terminal import Terminal
from tests.sync_client.fake_hq import FakeHQ
from tests.sync_client.rows import hq_row

CASHIER_PIN = "1111"


@cache
def _pin_hash() -> str:
    return hash_secret(CASHIER_PIN)  # argon2: once per test process


def seed_people_and_tenders(hq: FakeHQ, org: str, store: str) -> None:
    """What a till needs from HQ to sell: payment methods and a cashier."""
    for order, (code, name, provider, drawer) in enumerate(DEFAULT_PAYMENT_METHODS):
        hq.put(
            org,
            "payment_methods",
            hq_row(
                "payment_methods",
                organization_id=org,
                code=code.value,
                name=name,
                provider=provider,
                opens_drawer=drawer,
                sort_order=order,
            ),
        )
    hq.put(
        org,
        "users",
        hq_row(
            "users",
            organization_id=org,
            store_id=store,
            username=f"cashier-{store[-4:]}",
            name="Kasun Cashier",
            role="cashier",
            pin_hash=_pin_hash(),
        ),
    )


def cashier(db: Database) -> Actor:
    with db.read() as s:
        user = s.execute(select(User).where(User.role == "cashier")).scalars().first()
        assert user is not None, "no cashier pulled from HQ yet"
        return actor_from_user(user)


def ctx_of(db: Database) -> ServiceContext:
    from pos_desktop.store.terminal import load_identity

    return ServiceContext(db=db, terminal=load_identity(db))


def open_shift(db: Database) -> Actor:
    actor = cashier(db)
    shifts.open_shift(ctx_of(db), actor, Money(1000_00))
    return actor


def sell(
    db: Database, sku: str, qty: int | str = 1, *, customer_id: str | None = None
) -> CheckoutResult:
    """A cash sale of ``qty`` of the product ``sku`` (the till's shift must be open)."""
    ctx = ctx_of(db)
    with db.read() as s:
        hit = next(h for h in catalog.search_products(s, sku) if h.sku == sku)
    cart = Cart(ctx.terminal.currency)
    cart.add_item(
        product_id=hit.product_id,
        name=hit.name,
        unit_price=hit.price,
        tax_class=hit.tax_class(),
        quantity=qty,
        sku=hit.sku,
        barcode=hit.barcode,
        weighed=hit.is_weighed,
    )
    if customer_id is not None:
        cart.set_customer(customer_id)
    total = hit.price_minor * int(qty) * 2
    return checkout(ctx, cashier(db), cart, [PaymentRequest(PaymentMethodCode.CASH, total)])


def sell_something(term: Terminal) -> CheckoutResult:
    """One sale on a standalone test terminal (its own product and shift)."""
    catalog_edit.create_product(
        term.ctx, term.admin, catalog_edit.ProductDraft(sku="X1", name="Thing", price_minor=100)
    )
    shifts.open_shift(term.ctx, term.cashier, Money(1000_00))
    with term.db.read() as s:
        hit = next(h for h in catalog.search_products(s, "X1"))
    cart = Cart(term.ctx.terminal.currency)
    cart.add_item(
        product_id=hit.product_id,
        name=hit.name,
        unit_price=hit.price,
        tax_class=hit.tax_class(),
        quantity=1,
        sku=hit.sku,
    )
    return checkout(term.ctx, term.cashier, cart, [PaymentRequest(PaymentMethodCode.CASH, 100)])


def pending(db: Database) -> int:
    with db.read() as s:
        return int(
            s.execute(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None))
            ).scalar_one()
        )


def count(db: Database, model: Any, *where: Any) -> int:
    with db.read() as s:
        query = select(func.count()).select_from(model)
        if where:
            query = query.where(*where)
        return int(s.execute(query).scalar_one())
