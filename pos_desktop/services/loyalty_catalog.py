"""Rewards and campaigns: list, create, edit, switch on/off (MANAGE_LOYALTY, audited).

Both are HQ reference data (sync kind "hq"): a back office edits them as HQ would, and the
till reads them through ``services.loyalty`` (``available_rewards``; ``active_campaigns``,
which ``compute_earn`` applies to every customer's sale). Campaign definitions are checked by
building the same ``core.loyalty.CampaignRule`` the till builds, so nothing is saved that a
till would skip as unreadable.

Campaign types a sale triggers: BIRTHDAY (the customer's birthday within ``window_days``),
ANNIVERSARY (the date they became a customer, from the second year), PURCHASE (every sale over
the minimum). REFERRAL campaigns can be defined, but nothing awards them yet: customers carry
no "referred by" (a schema change, asked of the lead).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Final, TypeVar

from sqlalchemy import select

from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.core.loyalty import CampaignRule, CampaignType, RewardType, Tier
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
from pos_desktop.store.models.loyalty import LoyaltyCampaign, LoyaltyReward

CAMPAIGN_TYPES: Final = (
    CampaignType.BIRTHDAY,
    CampaignType.ANNIVERSARY,
    CampaignType.PURCHASE,
    CampaignType.REFERRAL,
)


@dataclass(frozen=True, slots=True)
class RewardInput:
    name: str
    points_required: int
    type: RewardType
    value: Money | None = None  # DISCOUNT and CASHBACK
    product_id: str | None = None  # PRODUCT
    usage_limit: int | None = None  # the stock of the reward; None: unlimited
    description: str | None = None
    category: str | None = None
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    is_active: bool = True


@dataclass(frozen=True, slots=True)
class RewardView:
    id: str
    name: str
    points_required: int
    type: str
    value: Money | None
    product_id: str | None
    usage_limit: int | None
    used_count: int
    description: str | None
    category: str | None
    valid_from: datetime | None
    valid_to: datetime | None
    is_active: bool


@dataclass(frozen=True, slots=True)
class CampaignInput:
    name: str
    type: CampaignType
    multiplier: Decimal = Decimal(1)
    bonus_points: int = 0
    min_purchase: Money | None = None
    tiers: frozenset[Tier] | None = None  # None: every tier
    window_days: int = 0
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    usage_limit: int | None = None
    description: str | None = None
    is_active: bool = True


@dataclass(frozen=True, slots=True)
class CampaignView:
    id: str
    name: str
    type: str
    multiplier: Decimal
    bonus_points: int
    min_purchase: Money | None
    tiers: frozenset[Tier] | None
    window_days: int
    valid_from: datetime | None
    valid_to: datetime | None
    usage_limit: int | None
    used_count: int
    description: str | None
    is_active: bool


@dataclass(frozen=True, slots=True)
class CatalogResult:
    id: str
    changes: Changes


def _text(value: str | None, label: str, limit: int, required: bool = False) -> str | None:
    cleaned = " ".join((value or "").split())
    if required and not cleaned:
        raise ValidationError(f"{label} is required")
    if len(cleaned) > limit:
        raise ValidationError(f"{label} has at most {limit} characters")
    return cleaned or None


def _dates(valid_from: datetime | None, valid_to: datetime | None) -> None:
    for moment in (valid_from, valid_to):
        if moment is not None and moment.tzinfo is None:
            raise ValidationError("dates need a time zone")
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        raise ValidationError("the end date is before the start date")


def _limit(value: int | None, label: str) -> None:
    if value is not None and (isinstance(value, bool) or value < 1):
        raise ValidationError(f"{label} is at least 1 (leave it empty for no limit)")


# -- rewards ------------------------------------------------------------------------------


def _reward_fields(data: RewardInput, currency: str) -> dict[str, Any]:
    name = _text(data.name, "a reward name", 200, required=True)
    if isinstance(data.points_required, bool) or data.points_required < 1:
        raise ValidationError("a reward costs at least 1 point")
    value_minor = None
    if data.type in (RewardType.DISCOUNT, RewardType.CASHBACK):
        if data.value is None or data.value.minor <= 0:
            raise ValidationError("a discount or cashback reward needs an amount above zero")
        if data.value.currency != currency:
            raise ValidationError(f"reward amounts are in {currency}")
        value_minor = data.value.minor
    if data.type is RewardType.PRODUCT and not (data.product_id or "").strip():
        raise ValidationError("a product reward needs the product it gives")
    _limit(data.usage_limit, "a reward's stock")
    _dates(data.valid_from, data.valid_to)
    return {
        "name": name,
        "description": _text(data.description, "a description", 2000),
        "points_required": data.points_required,
        "type": data.type.value,
        "value_minor": value_minor,
        "currency": currency,
        "product_id": data.product_id if data.type is RewardType.PRODUCT else None,
        "usage_limit": data.usage_limit,
        "category": _text(data.category, "a category", 100),
        "valid_from": data.valid_from,
        "valid_to": data.valid_to,
        "is_active": data.is_active,
    }


def reward_view(r: LoyaltyReward) -> RewardView:
    return RewardView(
        id=r.id,
        name=r.name,
        points_required=r.points_required,
        type=r.type,
        value=Money(r.value_minor, r.currency) if r.value_minor is not None else None,
        product_id=r.product_id,
        usage_limit=r.usage_limit,
        used_count=r.used_count,
        description=r.description,
        category=r.category,
        valid_from=r.valid_from,
        valid_to=r.valid_to,
        is_active=r.is_active,
    )


def list_rewards(ctx: ServiceContext) -> list[RewardView]:
    with ctx.db.read() as s:
        rows = s.execute(
            select(LoyaltyReward)
            .where(
                LoyaltyReward.organization_id == ctx.terminal.organization_id,
                LoyaltyReward.deleted_at.is_(None),
            )
            .order_by(LoyaltyReward.points_required, LoyaltyReward.name)
        ).scalars()
        return [reward_view(r) for r in rows]


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v.isoformat() if isinstance(v, datetime) else str(v) if isinstance(v, Decimal) else v
        for k, v in values.items()
    }


def save_reward(
    ctx: ServiceContext, actor: Actor, data: RewardInput, reward_id: str | None = None
) -> CatalogResult:
    """Create (``reward_id`` None) or edit a reward."""
    require(actor, Permission.MANAGE_LOYALTY)
    fields = _reward_fields(data, ctx.terminal.currency)
    return _save_row(ctx, actor, LoyaltyReward, reward_id, fields, "reward", "loyalty_rewards")


# -- campaigns ----------------------------------------------------------------------------


def _campaign_fields(data: CampaignInput, currency: str) -> dict[str, Any]:
    name = _text(data.name, "a campaign name", 200, required=True)
    if data.type not in CAMPAIGN_TYPES:
        raise ValidationError("a campaign is a birthday, anniversary, purchase or referral one")
    if data.min_purchase is not None and data.min_purchase.currency != currency:
        raise ValidationError(f"campaign amounts are in {currency}")
    if data.min_purchase is not None and data.min_purchase.minor < 0:
        raise ValidationError("a minimum spend cannot be negative")
    if data.multiplier != data.multiplier.quantize(Decimal("0.01")):
        raise ValidationError("a multiplier has at most two decimals")
    if data.multiplier <= 1 and data.bonus_points <= 0:
        raise ValidationError("a campaign gives bonus points or a multiplier above 1")
    if data.type is CampaignType.REFERRAL and data.bonus_points <= 0:
        raise ValidationError("a referral campaign gives bonus points to the referrer")
    _limit(data.usage_limit, "a campaign's usage limit")
    _dates(data.valid_from, data.valid_to)
    conditions: dict[str, Any] = {}
    if data.min_purchase is not None and data.min_purchase.minor > 0:
        conditions["min_purchase_minor"] = data.min_purchase.minor
    if data.tiers:
        conditions["tiers"] = [t.value for t in Tier if t in data.tiers]
    if data.type in (CampaignType.BIRTHDAY, CampaignType.ANNIVERSARY):
        conditions["window_days"] = data.window_days
    CampaignRule(  # the till's own checks: multiplier >= 1, bonus >= 0, window 0-31 days
        id="new",
        type=data.type,
        multiplier=data.multiplier,
        bonus_points=data.bonus_points,
        window_days=data.window_days,
    )
    return {
        "name": name,
        "description": _text(data.description, "a description", 2000),
        "type": data.type.value,
        "points_multiplier": data.multiplier,
        "bonus_points": data.bonus_points,
        "conditions": conditions,
        "valid_from": data.valid_from,
        "valid_to": data.valid_to,
        "usage_limit": data.usage_limit,
        "is_active": data.is_active,
    }


def campaign_view(c: LoyaltyCampaign, currency: str) -> CampaignView:
    cond = c.conditions or {}
    minimum = cond.get("min_purchase_minor")
    tiers = cond.get("tiers")
    return CampaignView(
        id=c.id,
        name=c.name,
        type=c.type,
        multiplier=c.points_multiplier,
        bonus_points=c.bonus_points,
        min_purchase=Money(int(minimum), currency) if minimum is not None else None,
        tiers=frozenset(Tier(t) for t in tiers if t in Tier.__members__) if tiers else None,
        window_days=int(cond.get("window_days", 0)),
        valid_from=c.valid_from,
        valid_to=c.valid_to,
        usage_limit=c.usage_limit,
        used_count=c.used_count,
        description=c.description,
        is_active=c.is_active,
    )


def list_campaigns(ctx: ServiceContext) -> list[CampaignView]:
    with ctx.db.read() as s:
        rows = s.execute(
            select(LoyaltyCampaign)
            .where(
                LoyaltyCampaign.organization_id == ctx.terminal.organization_id,
                LoyaltyCampaign.deleted_at.is_(None),
            )
            .order_by(LoyaltyCampaign.is_active.desc(), LoyaltyCampaign.name)
        ).scalars()
        return [campaign_view(c, ctx.terminal.currency) for c in rows]


def save_campaign(
    ctx: ServiceContext, actor: Actor, data: CampaignInput, campaign_id: str | None = None
) -> CatalogResult:
    """Create (``campaign_id`` None) or edit a campaign."""
    require(actor, Permission.MANAGE_LOYALTY)
    fields = _campaign_fields(data, ctx.terminal.currency)
    return _save_row(
        ctx, actor, LoyaltyCampaign, campaign_id, fields, "campaign", "loyalty_campaigns"
    )


_Row = TypeVar("_Row", LoyaltyReward, LoyaltyCampaign)


def _save_row(
    ctx: ServiceContext,
    actor: Actor,
    model: type[_Row],
    row_id: str | None,
    fields: dict[str, Any],
    noun: str,
    entity: str,
) -> CatalogResult:
    """Insert a new reward/campaign row, or write the fields that changed on an existing one,
    with the audit entry (old and new values of what changed) in the same transaction."""
    with ctx.db.uow() as uow:
        s = uow.session
        now = ctx.clock()
        row: _Row
        if row_id is None:
            row = model(organization_id=ctx.terminal.organization_id, used_count=0, created_at=now)
            s.add(row)
            old: dict[str, Any] = {}
        else:
            found = s.get(model, row_id)
            if found is None or found.deleted_at is not None:
                raise NotFoundError(f"{noun} not found")
            row = found
            old = {k: getattr(row, k) for k in fields if getattr(row, k) != fields[k]}
        changed = {k: v for k, v in fields.items() if row_id is None or k in old}
        for key, value in changed.items():
            setattr(row, key, value)
        row.updated_at = now
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                action=f"loyalty.{noun}.{'create' if row_id is None else 'update'}",
                resource=f"loyalty_{noun}",
                resource_id=row.id,
                old_values=_jsonable(old) or None,
                new_values=_jsonable(changed),
            ),
        )
        uow.commit()
        return CatalogResult(row.id, Changes.of(entity, ids=(row.id,)))


def reward_input_of(view: RewardView) -> RewardInput:
    """The input that saves ``view`` unchanged (to switch it on or off, say)."""
    return RewardInput(
        name=view.name,
        points_required=view.points_required,
        type=RewardType(view.type),
        value=view.value,
        product_id=view.product_id,
        usage_limit=view.usage_limit,
        description=view.description,
        category=view.category,
        valid_from=view.valid_from,
        valid_to=view.valid_to,
        is_active=view.is_active,
    )


def campaign_input_of(view: CampaignView) -> CampaignInput:
    """The input that saves ``view`` unchanged."""
    return CampaignInput(
        name=view.name,
        type=CampaignType(view.type),
        multiplier=view.multiplier,
        bonus_points=view.bonus_points,
        min_purchase=view.min_purchase,
        tiers=view.tiers,
        window_days=view.window_days,
        valid_from=view.valid_from,
        valid_to=view.valid_to,
        usage_limit=view.usage_limit,
        description=view.description,
        is_active=view.is_active,
    )
