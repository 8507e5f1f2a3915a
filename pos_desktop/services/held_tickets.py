"""Held (parked) tickets: put a cart aside, serve the next customer, recall it later.

Held tickets live only on this terminal (``held_tickets`` is device-local, never synced): a
parked cart is not a sale, and nothing about it matters to HQ. A ticket is deleted in the same
transaction that hands its cart back, so a recalled ticket cannot be recalled twice (and rung
up twice). Discarding one is audited, since it throws away a customer's basket.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from pos_desktop.core.cart import Cart
from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.core.pricing import compute_totals
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
    require,
)
from pos_desktop.store.models.sales import HeldTicket

MAX_LABEL = 100
MAX_HELD_PER_DEVICE = 200  # a forgotten pile of tickets is a problem to show, not to grow
ENTITY = "held_tickets"


@dataclass(frozen=True, slots=True)
class HeldTicketView:
    id: str
    label: str
    held_by_id: str
    customer_id: str | None
    line_count: int
    total_minor: int
    currency: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class HoldResult:
    ticket: HeldTicketView
    changes: Changes


@dataclass(frozen=True, slots=True)
class RecallResult:
    cart: Cart
    ticket: HeldTicketView
    changes: Changes


@dataclass(frozen=True, slots=True)
class DiscardResult:
    ticket: HeldTicketView
    changes: Changes


def _view(row: HeldTicket) -> HeldTicketView:
    return HeldTicketView(
        id=row.id,
        label=row.label,
        held_by_id=row.held_by_id,
        customer_id=row.customer_id,
        line_count=row.line_count,
        total_minor=row.total_minor,
        currency=row.currency,
        created_at=row.created_at,
    )


def _clean_label(label: str | None, now: datetime) -> str:
    cleaned = " ".join((label or "").split())
    if len(cleaned) > MAX_LABEL:
        raise ValidationError(f"a ticket label has at most {MAX_LABEL} characters")
    return cleaned or f"Held {now:%H:%M:%S}"


def hold(ctx: ServiceContext, actor: Actor, cart: Cart, label: str | None = None) -> HoldResult:
    """Park ``cart`` on this terminal. The caller clears its cart after this returns."""
    require(actor, Permission.PROCESS_SALES)
    if cart.is_empty:
        raise ValidationError("there is nothing to hold: the sale is empty")
    if cart.currency != ctx.terminal.currency:
        raise ValidationError(f"this terminal sells in {ctx.terminal.currency}")
    now = ctx.clock()
    clean = _clean_label(label, now)
    totals = compute_totals(cart)
    payload = cart.to_dict()
    Cart.from_dict(payload)  # refuse now, not at recall time, a cart that cannot come back
    with ctx.db.uow() as uow:
        s = uow.session
        count = s.execute(
            select(func.count())
            .select_from(HeldTicket)
            .where(HeldTicket.device_id == ctx.terminal.device_id)
        ).scalar_one()
        if count >= MAX_HELD_PER_DEVICE:
            raise ValidationError(
                f"{count} tickets are already held on this terminal; recall or discard some"
            )
        row = HeldTicket(
            organization_id=ctx.terminal.organization_id,
            store_id=ctx.terminal.store_id,
            device_id=ctx.terminal.device_id,
            label=clean,
            cart=payload,
            held_by_id=actor.user_id,
            customer_id=cart.customer_id,
            line_count=len(cart.lines),
            total_minor=totals.grand_total.minor,
            currency=cart.currency,
            created_at=now,
        )
        s.add(row)
        uow.commit()
        view = _view(row)
    return HoldResult(view, Changes.of(ENTITY, ids=(view.id,)))


def list_held(ctx: ServiceContext, actor: Actor) -> list[HeldTicketView]:
    """Tickets held on this terminal, oldest first."""
    require(actor, Permission.PROCESS_SALES)
    with ctx.db.read() as s:
        rows = s.execute(
            select(HeldTicket)
            .where(HeldTicket.device_id == ctx.terminal.device_id)
            .order_by(HeldTicket.created_at, HeldTicket.id)
        ).scalars()
        return [_view(row) for row in rows]


def recall(ctx: ServiceContext, actor: Actor, ticket_id: str) -> RecallResult:
    """Hand the cart back and delete the ticket, in one transaction."""
    require(actor, Permission.PROCESS_SALES)
    with ctx.db.uow() as uow:
        s = uow.session
        row = s.get(HeldTicket, ticket_id)
        if row is None or row.device_id != ctx.terminal.device_id:
            raise NotFoundError("that held ticket is gone (already recalled or discarded)")
        cart = Cart.from_dict(row.cart)
        view = _view(row)
        # The write unit began with BEGIN IMMEDIATE, so no other recall can read this row
        # between our read and this delete: one ticket, one basket handed back.
        s.delete(row)
        uow.commit()
    return RecallResult(cart, view, Changes.of(ENTITY, ids=(ticket_id,)))


def discard(
    ctx: ServiceContext, actor: Actor, ticket_id: str, reason: str | None = None
) -> DiscardResult:
    """Throw a held ticket away (audited, with what was in it)."""
    require(actor, Permission.REMOVE_CART_LINE)
    with ctx.db.uow() as uow:
        s = uow.session
        row = s.get(HeldTicket, ticket_id)
        if row is None or row.device_id != ctx.terminal.device_id:
            raise NotFoundError("that held ticket is gone (already recalled or discarded)")
        view = _view(row)
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                action="held_ticket.discard",
                resource=ENTITY,
                resource_id=ticket_id,
                old_values={
                    "label": row.label,
                    "held_by_id": row.held_by_id,
                    "total_minor": row.total_minor,
                    "currency": row.currency,
                    "cart": row.cart,
                },
                reason=(reason or "").strip()[:500] or None,
            ),
        )
        s.delete(row)
        uow.commit()
    return DiscardResult(view, Changes.of(ENTITY, "audit_logs", ids=(ticket_id,)))
