"""Hold, list, recall and discard parked carts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from pos_desktop.core.cart import Cart
from pos_desktop.core.discounts import percent_off
from pos_desktop.core.errors import NotFoundError, PermissionDenied, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.core.tax import VAT_18
from pos_desktop.services import held_tickets
from pos_desktop.services.context import Actor
from pos_desktop.store.models import AuditLog
from pos_desktop.store.models.sales import HeldTicket
from tests.support.terminal import Terminal


def _cart() -> Cart:
    cart = Cart("LKR")
    line = cart.add_item(
        product_id="p-rice", name="Rice 5kg", unit_price=Money(1250_00), tax_class=VAT_18
    )
    cart.set_line_discount(line.line_id, percent_off("5"))
    cart.add_item(
        product_id="p-dhal",
        name="Dhal",
        unit_price=Money(480_00),
        tax_class=VAT_18,
        quantity=Decimal("0.750"),
        weighed=True,
    )
    cart.set_customer("cust-1")
    return cart


def test_hold_recall_round_trip(terminal: Terminal) -> None:
    cart = _cart()
    held = held_tickets.hold(terminal.ctx, terminal.cashier, cart, "  Mrs Perera  ")
    assert held.ticket.label == "Mrs Perera"
    assert held.ticket.line_count == 2
    assert held.ticket.customer_id == "cust-1"
    listed = held_tickets.list_held(terminal.ctx, terminal.cashier)
    assert [t.id for t in listed] == [held.ticket.id]

    recalled = held_tickets.recall(terminal.ctx, terminal.cashier, held.ticket.id)
    assert recalled.cart == cart
    assert recalled.cart.cart_id == cart.cart_id  # same sale attempt: idempotency key kept
    assert held_tickets.list_held(terminal.ctx, terminal.cashier) == []
    with pytest.raises(NotFoundError):
        held_tickets.recall(terminal.ctx, terminal.cashier, held.ticket.id)


def test_empty_cart_cannot_be_held(terminal: Terminal) -> None:
    with pytest.raises(ValidationError, match="nothing to hold"):
        held_tickets.hold(terminal.ctx, terminal.cashier, Cart("LKR"), "x")


def test_label_defaults_and_limits(terminal: Terminal) -> None:
    held = held_tickets.hold(terminal.ctx, terminal.cashier, _cart(), None)
    assert held.ticket.label.startswith("Held ")
    with pytest.raises(ValidationError, match="label"):
        held_tickets.hold(terminal.ctx, terminal.cashier, _cart(), "x" * 101)


def test_discard_is_audited(terminal: Terminal) -> None:
    held = held_tickets.hold(terminal.ctx, terminal.cashier, _cart(), "walk-out")
    held_tickets.discard(terminal.ctx, terminal.cashier, held.ticket.id, "customer left")
    with terminal.db.read() as s:
        assert s.execute(select(HeldTicket)).scalars().all() == []
        row = s.execute(
            select(AuditLog).where(AuditLog.action == "held_ticket.discard")
        ).scalar_one()
    assert row.resource_id == held.ticket.id
    assert row.reason == "customer left"
    assert row.old_values is not None and row.old_values["label"] == "walk-out"


def test_needs_sales_permission(terminal: Terminal) -> None:
    nobody = Actor("u", "guest", "Guest", "cashier", frozenset(), 0)
    with pytest.raises(PermissionDenied):
        held_tickets.hold(terminal.ctx, nobody, _cart(), "x")


def test_held_tickets_do_not_sync(terminal: Terminal) -> None:
    from pos_desktop.store.models import OutboxEntry

    with terminal.db.read() as s:
        before = len(s.execute(select(OutboxEntry.id)).all())
    held = held_tickets.hold(terminal.ctx, terminal.cashier, _cart(), "x")
    held_tickets.recall(terminal.ctx, terminal.cashier, held.ticket.id)
    with terminal.db.read() as s:
        assert len(s.execute(select(OutboxEntry.id)).all()) == before
