"""Back-office loyalty administration: the settings form, running expiry, rewards, campaigns.

Settings are the organization's ``LoyaltyPolicy`` (``loyalty_policy``), saved through
``update_loyalty_policy`` (a settings write: MANAGE_SETTINGS, audited); this module adds the
form's own checks (every tier present and in order, thresholds strictly increasing, rates
positive). Tiers follow lifetime points EARNED net of returns (``loyalty_queries.summarize``):
a customer moves up when an earning crosses a threshold and down when a return or a negative
adjustment takes them back under it; expiring or spending points never lowers a tier.

Rewards and campaigns are HQ reference data (sync kind "hq"): a back office edits them like
HQ would, and ``services.loyalty`` reads them (``available_rewards``, ``active_campaigns``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.loyalty import LoyaltyPolicy, Tier, TierRule
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import Actor, Changes, ServiceContext, require
from pos_desktop.services.loyalty import expire_points, expiry_due
from pos_desktop.services.loyalty_policy import policy, update_loyalty_policy
from pos_desktop.store.models.customers import Customer

TIER_ORDER: Final = (Tier.BRONZE, Tier.SILVER, Tier.GOLD, Tier.PLATINUM)
MAX_EXPIRY_DAYS: Final = 3_650


@dataclass(frozen=True, slots=True)
class LoyaltySettings:
    """The settings form, in the shop's terms."""

    enabled: bool
    earn_spend: Money  # spend this much ...
    earn_points: int  # ... to earn this many points
    point_value: Money  # what one point is worth when redeemed
    min_redeem_points: int
    daily_redeem_cap_points: int | None  # None: no cap
    expire_days: int | None  # None: points never expire
    tiers: tuple[TierRule, ...]  # BRONZE, SILVER, GOLD, PLATINUM


@dataclass(frozen=True, slots=True)
class SettingsResult:
    settings: LoyaltySettings
    changes: Changes


@dataclass(frozen=True, slots=True)
class ExpiryLine:
    customer_id: str
    name: str
    points: int


@dataclass(frozen=True, slots=True)
class ExpiryPreview:
    at: datetime
    lines: tuple[ExpiryLine, ...]  # most points first

    @property
    def points(self) -> int:
        return sum(line.points for line in self.lines)


def settings_of(pol: LoyaltyPolicy) -> LoyaltySettings:
    return LoyaltySettings(
        enabled=pol.enabled,
        earn_spend=Money(pol.earn_spend_minor, pol.currency),
        earn_points=pol.earn_points,
        point_value=Money(pol.point_value_minor, pol.currency),
        min_redeem_points=pol.min_redeem_points,
        daily_redeem_cap_points=pol.daily_redeem_cap_points,
        expire_days=pol.points_expire_days,
        tiers=pol.tiers,
    )


def load_settings(ctx: ServiceContext) -> LoyaltySettings:
    with ctx.db.read() as session:
        return settings_of(policy(session, ctx))


def policy_of(settings: LoyaltySettings, currency: str) -> LoyaltyPolicy:
    """Check the form and build the policy (ValidationError with a readable reason)."""
    if settings.earn_spend.currency != currency or settings.point_value.currency != currency:
        raise ValidationError(f"loyalty amounts are in {currency}")
    if settings.earn_spend.minor <= 0:
        raise ValidationError("the amount to spend for points must be more than zero")
    if settings.earn_points < 1:
        raise ValidationError("the points earned per amount spent must be at least 1")
    if settings.point_value.minor <= 0:
        raise ValidationError("a point must be worth more than zero when redeemed")
    if settings.expire_days is not None and not 1 <= settings.expire_days <= MAX_EXPIRY_DAYS:
        raise ValidationError(f"points expire after 1 to {MAX_EXPIRY_DAYS} days (or never)")
    if tuple(rule.tier for rule in settings.tiers) != TIER_ORDER:
        raise ValidationError("the tiers are BRONZE, SILVER, GOLD and PLATINUM, in that order")
    if settings.tiers[0].threshold != 0:
        raise ValidationError("BRONZE starts at 0 points")
    for low, high in zip(settings.tiers, settings.tiers[1:], strict=False):
        if high.threshold <= low.threshold:
            raise ValidationError(
                f"{high.tier.value} must need more points than {low.tier.value} "
                f"({high.threshold} is not more than {low.threshold})"
            )
    for rule in settings.tiers:
        if rule.multiplier <= 0:
            raise ValidationError(f"the {rule.tier.value} points multiplier must be positive")
        if rule.multiplier != rule.multiplier.quantize(Decimal("0.01")):
            raise ValidationError("a tier multiplier has at most two decimals")
    return LoyaltyPolicy(  # its own checks run too (caps, minimums)
        currency=currency,
        enabled=settings.enabled,
        earn_spend_minor=settings.earn_spend.minor,
        earn_points=settings.earn_points,
        tiers=settings.tiers,
        point_value_minor=settings.point_value.minor,
        min_redeem_points=settings.min_redeem_points,
        daily_redeem_cap_points=settings.daily_redeem_cap_points,
        points_expire_days=settings.expire_days,
    )


def save_settings(ctx: ServiceContext, actor: Actor, settings: LoyaltySettings) -> SettingsResult:
    """Store the loyalty settings for the organization (MANAGE_LOYALTY and MANAGE_SETTINGS:
    they change what every till gives; audited as a settings change with old and new values).
    A new expiry applies to points earned from now on (each credit carries its expiry)."""
    require(actor, Permission.MANAGE_LOYALTY)
    new_policy = policy_of(settings, ctx.terminal.currency)
    result = update_loyalty_policy(ctx, actor, new_policy)
    return SettingsResult(
        settings_of(new_policy), result.changes | Changes.of("loyalty_policy", "customer_loyalty")
    )


def _names(session: Session, ids: list[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        rows = session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(part)))
        names.update((cid, name) for cid, name in rows)
    return names


def preview_expiry(ctx: ServiceContext, actor: Actor, at: datetime | None = None) -> ExpiryPreview:
    """What 'Run expiry now' would expire at ``at`` (default now), per customer; writes
    nothing."""
    require(actor, Permission.MANAGE_LOYALTY)
    moment = at or ctx.clock()
    with ctx.db.read() as session:
        due = expiry_due(session, moment)
        names = _names(session, [c for c, _ in due])
    lines = sorted(
        (ExpiryLine(c, names.get(c, c), p) for c, p in due), key=lambda x: (-x.points, x.name)
    )
    return ExpiryPreview(moment, tuple(lines))


@dataclass(frozen=True, slots=True)
class ExpiryRun:
    customers: int
    points: int
    changes: Changes


def run_expiry(ctx: ServiceContext, actor: Actor) -> ExpiryRun:
    """Expire what is due now (MANAGE_LOYALTY; audited with the person who ran it)."""
    result = expire_points(ctx, actor=actor)
    return ExpiryRun(result.entries, result.points, result.changes)
