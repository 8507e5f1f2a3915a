"""Scheduled price changes: schedule, list and cancel (MANAGE_CATALOG, audited).

The price in force is resolved when the catalog is read (``services/catalog.py`` and
``effective_price_minor`` here): the newest schedule of the product or variant that is not
cancelled and whose ``effective_from`` is at or before now, else the catalog price. Nothing is
written when the moment comes, so a till offline at midnight switches at midnight all the same.

Times: ``effective_from`` is stored as aware UTC. A manager types it in the store's local time
(the organization's ``timezone``); ``to_utc`` turns a naive local time into UTC, an aware time
is taken as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Final, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session, aliased

from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.services import product_rules as rules
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
    require,
)
from pos_desktop.store.models.catalog import Product, ProductVariant
from pos_desktop.store.models.identity import Organization, User
from pos_desktop.store.models.scheduled_prices import ScheduledPrice

DEFAULT_ZONE: Final = "Asia/Colombo"
MAX_NOTE: Final = 500
# A change typed for "now" reaches the service a moment later; older than this is a mistake.
PAST_GRACE: Final = timedelta(minutes=5)
MAX_AHEAD: Final = timedelta(days=3 * 366)
MAX_LIST: Final = 500


class ScheduleStatus(StrEnum):
    UPCOMING = "UPCOMING"
    IN_EFFECT = "IN_EFFECT"  # due and the newest due one: the price sold at now
    REPLACED = "REPLACED"  # due, but a newer due one (or a later catalog edit) took over
    CANCELLED = "CANCELLED"


@dataclass(frozen=True, slots=True)
class ScheduledPriceView:
    id: str
    product_id: str
    variant_id: str | None
    sku: str
    name: str  # "<product> <variant value>" for a variant
    price_minor: int  # the scheduled price
    current_minor: int  # the price in force now (what it replaces, while upcoming)
    currency: str
    effective_from: datetime  # aware UTC
    local_from: datetime  # the same moment in the organization's time zone (for display)
    note: str | None
    created_by: str | None
    status: ScheduleStatus
    cancelled_at: datetime | None
    cancel_reason: str | None


@dataclass(frozen=True, slots=True)
class ScheduleResult:
    schedule: ScheduledPriceView
    changes: Changes


def organization_zone(session: Session, ctx: ServiceContext) -> ZoneInfo:
    org = session.get(Organization, ctx.terminal.organization_id)
    try:
        return ZoneInfo(org.timezone if org is not None and org.timezone else DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def to_utc(moment: datetime, zone: ZoneInfo) -> datetime:
    """A naive ``moment`` is wall-clock time in ``zone``; the result is aware UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)


def _due(product_id: str, variant_id: str | None, at: datetime) -> Select[int, str]:
    """The newest due schedule (price, id) of a product's own price or of one variant."""
    return (
        select(ScheduledPrice.price_minor, ScheduledPrice.id)
        .where(
            ScheduledPrice.product_id == product_id,
            ScheduledPrice.variant_id.is_(None)
            if variant_id is None
            else ScheduledPrice.variant_id == variant_id,
            ScheduledPrice.cancelled_at.is_(None),
            ScheduledPrice.effective_from <= at,
        )
        .order_by(ScheduledPrice.effective_from.desc(), ScheduledPrice.id.desc())
        .limit(1)
    )


def effective_price_minor(
    session: Session, product_id: str, variant_id: str | None, at: datetime
) -> int:
    """The price a product (variant) sells at ``at``: the same rule as the catalog lookups."""
    product = session.get(Product, product_id)
    if product is None:
        raise NotFoundError("no such product")
    if variant_id is not None:
        own = session.execute(_due(product_id, variant_id, at)).scalar()
        if own is not None:
            return int(own)
        variant = session.get(ProductVariant, variant_id)
        if variant is not None and variant.price_minor is not None:
            return variant.price_minor
    due = session.execute(_due(product_id, None, at)).scalar()
    return product.price_minor if due is None else int(due)


def _target(
    session: Session, ctx: ServiceContext, product_id: str, variant_id: str | None
) -> tuple[Product, ProductVariant | None]:
    product = session.get(Product, product_id)
    if (
        product is None
        or product.deleted_at is not None
        or product.organization_id != ctx.terminal.organization_id
    ):
        raise NotFoundError("that product is not in the catalog")
    variant = None
    if variant_id is not None:
        variant = session.get(ProductVariant, variant_id)
        if variant is None or variant.product_id != product.id:
            raise NotFoundError(f"that variant is not a variant of {product.name}")
    return product, variant


def schedule_price(
    ctx: ServiceContext,
    actor: Actor,
    product_id: str,
    price_minor: int,
    effective_from: datetime,
    *,
    variant_id: str | None = None,
    note: str | None = None,
) -> ScheduleResult:
    """Schedule ``price_minor`` for the product (or one variant) from ``effective_from`` on
    (naive: the store's local time). Refuses a negative or huge price, a moment in the past or
    more than three years ahead, and a product or variant that does not exist."""
    require(actor, Permission.MANAGE_CATALOG)
    price = rules.check_price_minor("new price", price_minor)
    text = " ".join((note or "").split()) or None
    if text is not None and len(text) > MAX_NOTE:
        raise ValidationError(f"the note is longer than {MAX_NOTE} characters")
    now = ctx.clock()
    with ctx.db.uow() as uow:
        s = uow.session
        when = to_utc(effective_from, organization_zone(s, ctx))
        if when < now - PAST_GRACE:
            raise ValidationError(
                "a price change cannot start in the past; change the price in the catalog"
            )
        if when > now + MAX_AHEAD:
            raise ValidationError("a price change can be scheduled at most three years ahead")
        product, variant = _target(s, ctx, product_id, variant_id)
        row = ScheduledPrice(
            organization_id=ctx.terminal.organization_id,
            product_id=product.id,
            variant_id=None if variant is None else variant.id,
            price_minor=price,
            currency=product.currency,
            effective_from=when,
            note=text,
            created_by_id=actor.user_id,
            created_at=now,
            updated_at=now,
        )
        s.add(row)
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "product.price_scheduled",
                "scheduled_prices",
                row.id,
                None,
                {
                    "product_id": product.id,
                    "variant_id": row.variant_id,
                    "sku": product.sku,
                    "price_minor": price,
                    "currency": product.currency,
                    "effective_from": when.isoformat(),
                },
                reason=text,
            ),
        )
        view = _views(s, ctx, now, [row.id])[0]
        uow.commit()
    return ScheduleResult(view, Changes.of("scheduled_prices", "products", ids=(row.id,)))


def cancel_scheduled_price(
    ctx: ServiceContext, actor: Actor, schedule_id: str, reason: str | None = None
) -> ScheduleResult:
    """Cancel a change that has not started yet. One already in force is not undone here: the
    manager sets the catalog price instead (which also ends the schedule)."""
    require(actor, Permission.MANAGE_CATALOG)
    now = ctx.clock()
    with ctx.db.uow() as uow:
        s = uow.session
        row = s.get(ScheduledPrice, schedule_id)
        if row is None or row.organization_id != ctx.terminal.organization_id:
            raise NotFoundError("no such scheduled price change")
        if row.cancelled_at is not None:
            raise ValidationError("this price change is already cancelled")
        if row.effective_from <= now:
            raise ValidationError(
                "this price change is already in force; change the price in the catalog"
            )
        text = " ".join((reason or "").split())[:200] or None
        row.cancelled_at, row.cancelled_by_id, row.cancel_reason = now, actor.user_id, text
        row.updated_at = now
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "product.price_schedule_cancelled",
                "scheduled_prices",
                row.id,
                {"price_minor": row.price_minor, "effective_from": row.effective_from.isoformat()},
                {"cancelled_at": now.isoformat()},
                reason=text,
            ),
        )
        view = _views(s, ctx, now, [row.id])[0]
        uow.commit()
    return ScheduleResult(view, Changes.of("scheduled_prices", "products", ids=(row.id,)))


Which = Literal["upcoming", "past", "all"]


def list_scheduled_prices(
    ctx: ServiceContext, which: Which = "all", *, search: str = "", limit: int = 200
) -> list[ScheduledPriceView]:
    """Upcoming changes soonest first, past ones (in force, replaced, cancelled) newest first.
    ``search`` filters on SKU or product name (contains, any case)."""
    now = ctx.clock()
    limit = max(1, min(limit, MAX_LIST))
    with ctx.db.read() as s:
        query = (
            select(ScheduledPrice.id)
            .join(Product, Product.id == ScheduledPrice.product_id)
            .where(ScheduledPrice.organization_id == ctx.terminal.organization_id)
        )
        upcoming = and_(ScheduledPrice.effective_from > now, ScheduledPrice.cancelled_at.is_(None))
        if which == "upcoming":
            query = query.where(upcoming).order_by(ScheduledPrice.effective_from, ScheduledPrice.id)
        elif which == "past":
            query = query.where(
                or_(ScheduledPrice.effective_from <= now, ScheduledPrice.cancelled_at.is_not(None))
            ).order_by(ScheduledPrice.effective_from.desc(), ScheduledPrice.id.desc())
        else:
            query = query.order_by(ScheduledPrice.effective_from.desc(), ScheduledPrice.id.desc())
        needle = search.strip()
        if needle:
            like = f"%{needle.replace('%', '').replace('_', '')}%"
            query = query.where(or_(Product.sku.ilike(like), Product.name.ilike(like)))
        ids = list(s.execute(query.limit(limit)).scalars())
        return _views(s, ctx, now, ids)


def _views(
    s: Session, ctx: ServiceContext, now: datetime, ids: list[str]
) -> list[ScheduledPriceView]:
    if not ids:
        return []
    zone = organization_zone(s, ctx)
    creator = aliased(User)
    rows = s.execute(
        select(ScheduledPrice, Product, ProductVariant, creator.name)
        .join(Product, Product.id == ScheduledPrice.product_id)
        .outerjoin(ProductVariant, ProductVariant.id == ScheduledPrice.variant_id)
        .outerjoin(creator, creator.id == ScheduledPrice.created_by_id)
        .where(ScheduledPrice.id.in_(ids))
    ).all()
    by_id = {row[0].id: row for row in rows}
    out: list[ScheduledPriceView] = []
    for sid in ids:
        if sid not in by_id:
            continue
        sp, product, variant, created_by = by_id[sid]
        current = effective_price_minor(s, product.id, sp.variant_id, now)
        if sp.cancelled_at is not None:
            status = ScheduleStatus.CANCELLED
        elif sp.effective_from > now:
            status = ScheduleStatus.UPCOMING
        else:
            top = s.execute(_due(product.id, sp.variant_id, now)).first()
            status = (
                ScheduleStatus.IN_EFFECT
                if top is not None and top[1] == sp.id
                else ScheduleStatus.REPLACED
            )
        name = product.name if variant is None else f"{product.name} {variant.value}"
        out.append(
            ScheduledPriceView(
                id=sp.id,
                product_id=product.id,
                variant_id=sp.variant_id,
                sku=(variant.sku if variant is not None and variant.sku else product.sku),
                name=name,
                price_minor=sp.price_minor,
                current_minor=current,
                currency=sp.currency,
                effective_from=sp.effective_from,
                local_from=sp.effective_from.astimezone(zone),
                note=sp.note,
                created_by=created_by,
                status=status,
                cancelled_at=sp.cancelled_at,
                cancel_reason=sp.cancel_reason,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class ScheduleTarget:
    """A product, or one of its variants, a price change can be scheduled for."""

    product_id: str
    variant_id: str | None
    name: str
    sku: str
    current_minor: int
    currency: str


def find_schedule_targets(ctx: ServiceContext, text: str, limit: int = 20) -> list[ScheduleTarget]:
    """Products matching ``text`` (any status), each followed by its variants, priced as now."""
    from pos_desktop.services.catalog import search_products

    now = ctx.clock()
    with ctx.db.read() as s:
        hits = search_products(s, text, limit, include_inactive=True, at=now)
        out: list[ScheduleTarget] = []
        seen: set[str] = set()
        for hit in hits:
            if hit.product_id in seen:
                continue
            seen.add(hit.product_id)
            product = s.get(Product, hit.product_id)
            if product is None:
                continue
            price = effective_price_minor(s, product.id, None, now)
            out.append(
                ScheduleTarget(product.id, None, product.name, product.sku, price, product.currency)
            )
            variants = s.execute(
                select(ProductVariant)
                .where(ProductVariant.product_id == product.id)
                .order_by(ProductVariant.sort_order, ProductVariant.value)
            ).scalars()
            for v in variants:
                out.append(
                    ScheduleTarget(
                        product.id,
                        v.id,
                        f"{product.name} {v.value}",
                        v.sku or product.sku,
                        effective_price_minor(s, product.id, v.id, now),
                        product.currency,
                    )
                )
        return out
