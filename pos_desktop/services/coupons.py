"""Coupons: find by code (any case), validate against an order, record a use, administer.

How many times a coupon has been used, as seen from an offline terminal:

    used = coupons.used_count                     (HQ's count, taken at used_count_as_of)
         + local coupon_usages that HQ's count cannot include yet:
           used after used_count_as_of, or still waiting in this device's outbox

HQ stamps ``used_count_as_of`` when it counts; until a coupon row comes from HQ (a coupon made
on this terminal) it is None and every local usage counts. This never counts a use twice once
HQ has counted it, and it counts this terminal's own unsent uses even if they happened before
HQ last counted. What it cannot see is another terminal's offline uses: the usage limit is
enforced exactly by HQ, which flags an over-use; terminals enforce it as well as they can.
Terminals never write ``coupons.used_count`` (HQ owns it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from pos_desktop.core.coupons import (
    CouponDiscount,
    CouponRule,
    CouponType,
    evaluate_coupon,
    normalize_coupon_code,
    validate_coupon_code,
)
from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
    require,
)
from pos_desktop.store.models import OutboxEntry
from pos_desktop.store.models.loyalty import Coupon, CouponUsage


@dataclass(frozen=True, slots=True)
class CouponView:
    id: str
    code: str
    name: str | None
    type: CouponType
    rule: CouponRule
    per_customer_limit: int | None
    is_active: bool


@dataclass(frozen=True, slots=True)
class CouponInput:
    code: str
    type: CouponType
    value: Decimal | Money | None = None
    name: str | None = None
    description: str | None = None
    min_order_amount: Money | None = None
    max_discount_amount: Money | None = None
    usage_limit: int | None = None
    per_customer_limit: int | None = None
    valid_from: datetime | None = None
    valid_to: datetime | None = None


@dataclass(frozen=True, slots=True)
class CouponResult:
    coupon: CouponView
    changes: Changes


def _money(minor: int | None, currency: str) -> Money | None:
    return None if minor is None else Money(minor, currency)


def rule_of(row: Coupon) -> CouponRule:
    kind = CouponType(row.type)
    value: Decimal | Money | None = None
    if kind is CouponType.PERCENTAGE:
        value = row.value_percent
    elif kind is CouponType.FIXED_AMOUNT:
        value = _money(row.value_minor, row.currency)
    return CouponRule(
        code=row.code_normalized,
        type=kind,
        value=value,
        min_order_amount=_money(row.min_order_minor, row.currency),
        max_discount_amount=_money(row.max_discount_minor, row.currency),
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        usage_limit=row.usage_limit,
        used_count=row.used_count,
        is_active=row.is_active and row.deleted_at is None,
    )


def _view(row: Coupon) -> CouponView:
    rule = rule_of(row)
    return CouponView(
        row.id, row.code, row.name, rule.type, rule, row.per_customer_limit, rule.is_active
    )


def coupon_view(row: Coupon) -> CouponView:
    """The coupon as the back office lists it (its rule checked as the till would)."""
    return _view(row)


def _row(session: Session, ctx: ServiceContext, code: str) -> Coupon | None:
    return session.execute(
        select(Coupon).where(
            Coupon.organization_id == ctx.terminal.organization_id,
            Coupon.code_normalized == normalize_coupon_code(code),
        )
    ).scalar_one_or_none()


def find_coupon(session: Session, ctx: ServiceContext, code: str) -> CouponView | None:
    """The coupon with this code, typed in any case; None if there is none."""
    row = _row(session, ctx, code)
    return None if row is None else _view(row)


def _unsent_usage_ids() -> Select[str]:
    return select(OutboxEntry.entity_id).where(
        OutboxEntry.entity == CouponUsage.__tablename__, OutboxEntry.acked_at.is_(None)
    )


def local_used_count(session: Session, coupon: Coupon) -> int:
    """Local uses HQ's ``used_count`` cannot include yet (see the module docstring)."""
    query = select(func.count()).select_from(CouponUsage).where(CouponUsage.coupon_id == coupon.id)
    if coupon.used_count_as_of is not None:
        query = query.where(
            or_(
                CouponUsage.used_at > coupon.used_count_as_of,
                CouponUsage.id.in_(_unsent_usage_ids()),
            )
        )
    return int(session.execute(query).scalar_one())


def validate_coupon(
    session: Session,
    ctx: ServiceContext,
    code: str,
    order_amount: Money,
    now: datetime,
    customer_id: str | None = None,
) -> CouponDiscount:
    """The discount the coupon gives on this order, or ValidationError saying why not."""
    if not code.strip():
        raise ValidationError("enter a coupon code")
    row = _row(session, ctx, code)
    if row is None:
        raise ValidationError(f"no coupon {normalize_coupon_code(code)}")
    if row.deleted_at is not None:
        raise ValidationError(f"coupon {row.code_normalized} was withdrawn")
    try:
        rule = rule_of(row)
    except ValidationError as exc:  # a malformed row pulled from HQ
        raise ValidationError(f"coupon {row.code_normalized} is misconfigured: {exc}") from exc
    used = row.used_count + local_used_count(session, row)
    discount = evaluate_coupon(rule, order_amount, now, used)
    if row.per_customer_limit is not None:
        if customer_id is None:
            raise ValidationError(f"coupon {rule.code} needs a customer on the sale")
        mine = session.execute(
            select(func.count())
            .select_from(CouponUsage)
            .where(CouponUsage.coupon_id == row.id, CouponUsage.customer_id == customer_id)
        ).scalar_one()
        if mine >= row.per_customer_limit:
            raise ValidationError(
                f"this customer has already used coupon {rule.code} "
                f"{row.per_customer_limit} time(s)"
            )
    return discount


def record_usage(
    session: Session,
    ctx: ServiceContext,
    coupon_id: str,
    sale_id: str,
    customer_id: str | None,
    discount: Money | CouponDiscount,
    *,
    created_by_id: str | None = None,
) -> str:
    """Append a coupon_usages row in the caller's (checkout's) transaction; returns its id."""
    row = session.get(Coupon, coupon_id)
    if row is None:
        raise NotFoundError("coupon not found")
    amount = discount.amount if isinstance(discount, CouponDiscount) else discount
    free_shipping = isinstance(discount, CouponDiscount) and discount.free_shipping
    if amount.minor < 0:
        raise ValidationError("a coupon discount cannot be negative")
    usage = CouponUsage(
        organization_id=ctx.terminal.organization_id,
        store_id=ctx.terminal.store_id,
        device_id=ctx.terminal.device_id,
        coupon_id=row.id,
        sale_id=sale_id,
        customer_id=customer_id,
        discount_minor=amount.minor,
        currency=amount.currency,
        free_shipping=free_shipping,
        used_at=ctx.clock(),
        created_at=ctx.clock(),
        created_by_id=created_by_id,
    )
    session.add(usage)
    session.flush()
    return usage.id


# -- administration -----------------------------------------------------------------------


def _percent(value: Decimal | Money | None) -> Decimal | None:
    if isinstance(value, Decimal):
        try:
            return value.quantize(Decimal("0.01"))
        except InvalidOperation as exc:
            raise ValidationError("a percentage has at most two decimals") from exc
    return None


def create_coupon(ctx: ServiceContext, actor: Actor, data: CouponInput) -> CouponResult:
    """Create a coupon (MANAGE_COUPONS, audited). Codes are unique per organization, any case."""
    require(actor, Permission.MANAGE_COUPONS)
    code = validate_coupon_code(data.code)
    currency = ctx.terminal.currency
    for money in (data.value, data.min_order_amount, data.max_discount_amount):
        if isinstance(money, Money) and money.currency != currency:
            raise ValidationError(f"coupon amounts must be in {currency}")
    if data.per_customer_limit is not None and data.per_customer_limit < 1:
        raise ValidationError("a per-customer limit is at least 1 (leave it empty for none)")
    percent = _percent(data.value)
    rule = CouponRule(  # validates the definition before anything is written
        code=code,
        type=data.type,
        value=percent if percent is not None else data.value,
        min_order_amount=data.min_order_amount,
        max_discount_amount=data.max_discount_amount,
        valid_from=data.valid_from,
        valid_to=data.valid_to,
        usage_limit=data.usage_limit,
    )
    with ctx.db.uow() as uow:
        s = uow.session
        if _row(s, ctx, code) is not None:
            raise ConflictError(f"a coupon {code} already exists")
        row = Coupon(
            organization_id=ctx.terminal.organization_id,
            code=code,
            code_normalized=code,
            name=(data.name or "").strip() or None,
            description=(data.description or "").strip() or None,
            type=rule.type.value,
            value_percent=percent,
            value_minor=data.value.minor if isinstance(data.value, Money) else None,
            currency=currency,
            min_order_minor=data.min_order_amount.minor if data.min_order_amount else None,
            max_discount_minor=data.max_discount_amount.minor if data.max_discount_amount else None,
            usage_limit=data.usage_limit,
            per_customer_limit=data.per_customer_limit,
            used_count=0,
            is_active=True,
            valid_from=data.valid_from,
            valid_to=data.valid_to,
            created_by_id=actor.user_id,
            created_at=ctx.clock(),
            updated_at=ctx.clock(),
        )
        s.add(row)
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                action="coupon.create",
                resource="coupon",
                resource_id=row.id,
                new_values={
                    "code": code,
                    "type": rule.type.value,
                    "value": str(percent) if percent is not None else row.value_minor,
                    "usage_limit": data.usage_limit,
                },
            ),
        )
        uow.commit()
        view = _view(row)
    return CouponResult(view, Changes.of("coupons", ids=(view.id,)))


def deactivate_coupon(
    ctx: ServiceContext, actor: Actor, coupon_id: str, reason: str
) -> CouponResult:
    """Switch a coupon off (MANAGE_COUPONS, reason, audited). Already off: refused."""
    require(actor, Permission.MANAGE_COUPONS)
    if not reason.strip():
        raise ValidationError("say why the coupon is being switched off")
    with ctx.db.uow() as uow:
        s = uow.session
        row = s.get(Coupon, coupon_id)
        if row is None or row.organization_id != ctx.terminal.organization_id:
            raise NotFoundError("coupon not found")
        if not row.is_active:
            raise ConflictError(f"coupon {row.code_normalized} is already inactive")
        row.is_active = False
        row.updated_at = ctx.clock()
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                action="coupon.deactivate",
                resource="coupon",
                resource_id=row.id,
                old_values={"is_active": True},
                new_values={"is_active": False},
                reason=reason.strip(),
            ),
        )
        uow.commit()
        view = _view(row)
    return CouponResult(view, Changes.of("coupons", ids=(view.id,)))
