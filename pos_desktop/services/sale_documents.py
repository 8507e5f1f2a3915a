"""Rows shared by the three sale documents (SALE from checkout, VOID, RETURN).

Checkout, voids and returns each build a ``sales`` row with lines, payments and a status
history; the small builders here keep the column conventions in one place (scope columns,
signs, the device, created_at from the service clock).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.payments import Tender
from pos_desktop.store.models.sales import Payment, Sale, SaleStatus, SaleStatusHistory

# What a sale, void or return touches, for ``Changes`` (views refresh what they show).
CHANGED_ENTITIES = (
    "sales",
    "sale_lines",
    "payments",
    "stock_movements",
    "loyalty_transactions",
    "customers",
    "receipt_counters",
)


def payment_rows(
    ctx: ServiceContext, sale: Sale, tenders: Iterable[Tender], now: datetime
) -> list[Payment]:
    t = ctx.terminal
    return [
        Payment(
            organization_id=t.organization_id,
            store_id=t.store_id,
            device_id=t.device_id,
            sale_id=sale.id,
            customer_id=sale.customer_id,
            shift_id=sale.shift_id,
            method=tender.method,
            amount_minor=tender.amount_minor,
            tendered_minor=tender.tendered_minor,
            change_minor=tender.change_minor,
            currency=sale.currency,
            status=tender.status,
            reference=tender.reference,
            points=tender.points,
            created_at=now,
        )
        for tender in tenders
    ]


def status_row(
    ctx: ServiceContext,
    sale_id: str,
    old: SaleStatus | str | None,
    new: SaleStatus | str,
    actor: Actor,
    now: datetime,
    *,
    reason: str | None = None,
    related_sale_id: str | None = None,
) -> SaleStatusHistory:
    return SaleStatusHistory(
        organization_id=ctx.terminal.organization_id,
        store_id=ctx.terminal.store_id,
        sale_id=sale_id,
        status=None if old is None else str(old),
        new_status=str(new),
        reason=reason,
        related_sale_id=related_sale_id,
        changed_by_id=actor.user_id,
        created_at=now,
    )
