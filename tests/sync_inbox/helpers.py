"""Building what the sync inbox lists, without an HQ: sales, acknowledgements as the engine
writes them, a quarantined entry, a negative-stock alert, a negative balance, duplicates."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update

from pos_desktop.core.cart import Cart
from pos_desktop.services import customers, stock
from pos_desktop.services.checkout import CheckoutResult, checkout
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.store.models import OutboxEntry
from pos_desktop.store.models.loyalty import CustomerLoyalty
from pos_desktop.store.models.sales import PaymentMethodCode
from pos_desktop.store.models.sync_views import LoyaltyBalance
from tests.support.terminal import Terminal
from tests.till.shop import TillShop


def sell(shop: TillShop, qty: int = 1) -> CheckoutResult:
    """A cash sale of ``qty`` soap bars by the cashier (needs the shop's open shift)."""
    term = shop.term
    cart = Cart(term.ctx.terminal.currency)
    hit = shop.soap
    cart.add_item(
        product_id=hit.product_id,
        name=hit.name,
        unit_price=hit.price,
        tax_class=hit.tax_class(),
        quantity=qty,
        sku=hit.sku,
        barcode=hit.barcode,
    )
    due = hit.price.minor * qty
    return checkout(term.ctx, term.cashier, cart, [PaymentRequest(PaymentMethodCode.CASH, due)])


def ack_all(term: Terminal, status: str = "applied") -> None:
    """Mark every pending outbox entry acknowledged, as the engine does after a push."""
    with term.db.uow() as uow:
        uow.session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.acked_at.is_(None))
            .values(acked_at=datetime.now(UTC), ack_status=status)
        )
        uow.commit()


def quarantine(term: Terminal, entity_id: str, reason: str) -> None:
    """HQ refused every entry of this row: the engine keeps them marked quarantined."""
    with term.db.uow() as uow:
        uow.session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.entity_id == entity_id)
            .values(acked_at=datetime.now(UTC), ack_status="quarantined", last_error=reason)
        )
        uow.commit()


def sell_below_zero(shop: TillShop) -> None:
    """Sell more soap than was ever received: a NEGATIVE stock alert is raised."""
    stock.receive_stock(shop.term.ctx, shop.term.admin, shop.soap.product_id, "1")
    sell(shop, 3)


def make_duplicates(term: Terminal, phone: str = "0719876543") -> tuple[str, str]:
    """Two customers with one phone, as two offline tills make them (older first)."""
    first = customers.create_customer(
        term.ctx, term.cashier, customers.CustomerInput(name="Sunil Silva", phone=phone)
    )
    second = customers.create_customer(
        term.ctx,
        term.cashier,
        customers.CustomerInput(name="Sunil S.", phone=phone, email="sunil@example.lk"),
        allow_duplicate=True,
    )
    return first.customer.id, second.customer.id


def overspend(term: Terminal, customer_id: str, local: int | None, hq: int | None) -> None:
    """A negative balance: this terminal's cache and/or the balance HQ sent down."""
    ident = term.ctx.terminal
    with term.db.uow() as uow:
        s = uow.session
        s.info["sync_apply"] = True  # as pulled from HQ: not echoed into the outbox
        if local is not None:
            row = s.query(CustomerLoyalty).filter_by(customer_id=customer_id).one_or_none()
            if row is None:
                row = CustomerLoyalty(
                    organization_id=ident.organization_id, customer_id=customer_id
                )
                s.add(row)
            row.points_balance = local
        if hq is not None:
            s.add(
                LoyaltyBalance(
                    id=customer_id,
                    organization_id=ident.organization_id,
                    customer_id=customer_id,
                    points_balance=hq,
                )
            )
        uow.commit()
