"""Finding a past sale when the customer has no receipt: by customer or by day (returns screen).

Read-only queries over indexed columns (``sales.customer_id``, ``(store_id, created_at)``).
A "day" is the shop's calendar day in the organization's time zone, not a UTC day, so a sale
made at 00:30 in Colombo is found under that date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.services.context import ServiceContext
from pos_desktop.store.models import Organization
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.sales import Sale, SaleKind

MAX_RESULTS = 200


@dataclass(frozen=True, slots=True)
class SaleSummary:
    id: str
    receipt_number: str
    created_at: datetime
    customer_id: str | None
    customer_name: str | None
    total_minor: int
    currency: str


def shop_zone(session: Session, ctx: ServiceContext) -> ZoneInfo:
    """The organization's time zone (what "today" and printed times mean in this shop)."""
    org = session.get(Organization, ctx.terminal.organization_id)
    try:
        return ZoneInfo(org.timezone if org is not None and org.timezone else "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def day_bounds(session: Session, ctx: ServiceContext, day: date) -> tuple[datetime, datetime]:
    """The UTC instants where the shop's calendar ``day`` starts and the next one starts."""
    zone = shop_zone(session, ctx)
    start = datetime.combine(day, time.min, zone)
    end = datetime.combine(day + timedelta(days=1), time.min, zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def find_sales(
    session: Session,
    ctx: ServiceContext,
    *,
    customer_id: str | None = None,
    day: date | None = None,
    limit: int = 50,
) -> list[SaleSummary]:
    """This store's sales (not returns or voids) of a customer and/or a day, newest first."""
    if customer_id is None and day is None:
        raise ValidationError("choose a customer or a date to look for a sale")
    query = (
        select(Sale, Customer.name)
        .outerjoin(Customer, Customer.id == Sale.customer_id)
        .where(Sale.store_id == ctx.terminal.store_id, Sale.kind == SaleKind.SALE.value)
    )
    if customer_id is not None:
        query = query.where(Sale.customer_id == customer_id)
    if day is not None:
        start, end = day_bounds(session, ctx, day)
        query = query.where(Sale.created_at >= start, Sale.created_at < end)
    rows = session.execute(
        query.order_by(Sale.created_at.desc(), Sale.id.desc()).limit(
            max(1, min(limit, MAX_RESULTS))
        )
    ).all()
    return [
        SaleSummary(
            sale.id,
            sale.receipt_number,
            sale.created_at,
            sale.customer_id,
            name,
            sale.total_minor,
            sale.currency,
        )
        for sale, name in rows
    ]
