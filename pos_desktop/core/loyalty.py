"""Loyalty rules: tiers, earning, redeeming, reversing on returns, campaigns and rewards.

Pure functions over a frozen ``LoyaltyPolicy``. The ledger (store) holds the facts; balances
are sums of it. Points are whole numbers: earning rounds DOWN (a customer never gets a point
they did not fully pay for); reversals on returns round HALF_UP on the cumulative returned
share, so a full return always takes back exactly what was earned, however it was split.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any, Final

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import DEFAULT_CURRENCY, Money, format_amount


class Tier(StrEnum):
    BRONZE = "BRONZE"
    SILVER = "SILVER"
    GOLD = "GOLD"
    PLATINUM = "PLATINUM"


class LoyaltyTxnType(StrEnum):
    EARNED = "EARNED"
    REDEEMED = "REDEEMED"
    EXPIRED = "EXPIRED"
    ADJUSTED = "ADJUSTED"
    # A return: negative when it takes back earned points, positive when it gives back
    # points that paid for the returned goods.
    REVERSED = "REVERSED"


class CampaignType(StrEnum):
    BIRTHDAY = "BIRTHDAY"
    ANNIVERSARY = "ANNIVERSARY"
    PURCHASE = "PURCHASE"
    REFERRAL = "REFERRAL"
    REVIEW = "REVIEW"
    SOCIAL_SHARE = "SOCIAL_SHARE"


# Campaigns that a sale can trigger; the others are awarded by their own events.
PURCHASE_CAMPAIGNS: Final = frozenset(
    {CampaignType.BIRTHDAY, CampaignType.ANNIVERSARY, CampaignType.PURCHASE}
)


class RewardType(StrEnum):
    DISCOUNT = "DISCOUNT"
    FREE_SHIPPING = "FREE_SHIPPING"
    PRODUCT = "PRODUCT"
    CASHBACK = "CASHBACK"


@dataclass(frozen=True, slots=True)
class TierRule:
    tier: Tier
    threshold: int  # lifetime points earned needed to reach the tier
    multiplier: Decimal  # applied to base earn points


DEFAULT_TIERS: Final = (
    TierRule(Tier.BRONZE, 0, Decimal("1.0")),
    TierRule(Tier.SILVER, 1_000, Decimal("1.25")),
    TierRule(Tier.GOLD, 5_000, Decimal("1.5")),
    TierRule(Tier.PLATINUM, 20_000, Decimal("2.0")),
)


@dataclass(frozen=True, slots=True)
class LoyaltyPolicy:
    """Loyalty settings of an organization. Defaults: 1 point per LKR 100 paid, 1 point = LKR 1."""

    currency: str = DEFAULT_CURRENCY
    enabled: bool = True
    earn_spend_minor: int = 10_000  # spend this much (minor units) ...
    earn_points: int = 1  # ... to earn this many base points
    tiers: tuple[TierRule, ...] = DEFAULT_TIERS
    point_value_minor: int = 100  # what one point is worth when redeemed
    min_redeem_points: int = 100
    # Offline terminals cannot see each other's redemptions: cap what one customer can redeem
    # per local day so a stolen card cannot be drained at every till. 0 = no redemption,
    # None = no cap.
    daily_redeem_cap_points: int | None = 1_000
    points_expire_days: int | None = 365  # None = points never expire

    def __post_init__(self) -> None:
        if self.earn_spend_minor <= 0 or self.earn_points < 0:
            raise ValidationError("the earn rate needs a positive spend and non-negative points")
        if self.point_value_minor <= 0:
            raise ValidationError("a point must be worth a positive amount")
        if self.min_redeem_points < 1:
            raise ValidationError("the minimum redemption is at least 1 point")
        if self.daily_redeem_cap_points is not None and self.daily_redeem_cap_points < 0:
            raise ValidationError("the daily redemption cap cannot be negative")
        if self.points_expire_days is not None and self.points_expire_days < 1:
            raise ValidationError("points expire after at least 1 day (or never)")
        if not self.tiers or self.tiers[0].threshold != 0:
            raise ValidationError("the first tier must start at 0 points")
        for low, high in zip(self.tiers, self.tiers[1:], strict=False):
            if high.threshold <= low.threshold:
                raise ValidationError("tier thresholds must increase")
        if any(t.multiplier < 0 for t in self.tiers):
            raise ValidationError("a tier multiplier cannot be negative")

    def tier_rule(self, tier: Tier) -> TierRule:
        for rule in self.tiers:
            if rule.tier is tier:
                return rule
        return self.tiers[0]

    def expiry_for(self, earned_at: datetime) -> datetime | None:
        if self.points_expire_days is None:
            return None
        return earned_at + timedelta(days=self.points_expire_days)


_SCALAR_POLICY_FIELDS: Final = (
    "currency",
    "enabled",
    "earn_spend_minor",
    "earn_points",
    "point_value_minor",
    "min_redeem_points",
    "daily_redeem_cap_points",
    "points_expire_days",
)


def policy_to_dict(policy: LoyaltyPolicy) -> dict[str, Any]:
    """JSON-ready settings (Decimals as text) for the settings table."""
    data: dict[str, Any] = {name: getattr(policy, name) for name in _SCALAR_POLICY_FIELDS}
    data["tiers"] = [
        {"tier": t.tier.value, "threshold": t.threshold, "multiplier": str(t.multiplier)}
        for t in policy.tiers
    ]
    return data


def policy_from_dict(data: Mapping[str, Any], base: LoyaltyPolicy | None = None) -> LoyaltyPolicy:
    """Settings over defaults; unknown keys are refused so a typo never silently does nothing."""
    known = {f.name for f in fields(LoyaltyPolicy)}
    unknown = set(data) - known
    if unknown:
        raise ValidationError(f"unknown loyalty settings: {', '.join(sorted(unknown))}")
    changes: dict[str, Any] = {}
    for name in _SCALAR_POLICY_FIELDS:
        if name in data:
            value = data[name]
            if name == "currency":
                if not isinstance(value, str):
                    raise ValidationError("loyalty currency must be a currency code")
            elif name == "enabled":
                if not isinstance(value, bool):
                    raise ValidationError("loyalty 'enabled' must be true or false")
            elif value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise ValidationError(f"loyalty setting {name} must be a whole number")
            changes[name] = value
    if "tiers" in data:
        try:
            changes["tiers"] = tuple(
                TierRule(Tier(t["tier"]), int(t["threshold"]), Decimal(str(t["multiplier"])))
                for t in data["tiers"]
            )
        except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
            raise ValidationError(f"loyalty tiers are malformed: {exc}") from exc
    return replace(base or LoyaltyPolicy(), **changes)


def tier_for(lifetime_points: int, policy: LoyaltyPolicy) -> Tier:
    """The highest tier whose threshold the lifetime points earned reach."""
    tier = policy.tiers[0].tier
    for rule in policy.tiers:
        if lifetime_points >= rule.threshold:
            tier = rule.tier
    return tier


# -- campaigns ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CampaignRule:
    """A loyalty campaign; ``conditions`` from the source are parsed into the typed fields."""

    id: str
    type: CampaignType
    multiplier: Decimal = Decimal(1)
    bonus_points: int = 0
    is_active: bool = True
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    usage_limit: int | None = None
    used_count: int = 0
    min_purchase: Money | None = None
    tiers: frozenset[Tier] | None = None  # None: every tier
    window_days: int = 0  # BIRTHDAY/ANNIVERSARY: days either side of the date that count

    def __post_init__(self) -> None:
        if self.multiplier < 1:
            raise ValidationError("a campaign multiplier is at least 1")
        if self.bonus_points < 0:
            raise ValidationError("campaign bonus points cannot be negative")
        if not 0 <= self.window_days <= 31:
            raise ValidationError("a campaign date window is 0 to 31 days")


def campaign_from_conditions(
    *,
    id: str,
    type: str,
    multiplier: Decimal,
    bonus_points: int,
    is_active: bool,
    valid_from: datetime | None,
    valid_to: datetime | None,
    usage_limit: int | None,
    used_count: int,
    conditions: Mapping[str, Any] | None,
    currency: str,
) -> CampaignRule:
    """Build a rule from stored columns. Known conditions: ``min_purchase_minor``, ``tiers``,
    ``window_days``; others are ignored (HQ may know conditions this version does not)."""
    cond = conditions or {}
    min_minor = cond.get("min_purchase_minor")
    tiers = cond.get("tiers")
    return CampaignRule(
        id=id,
        type=CampaignType(type),
        multiplier=multiplier,
        bonus_points=bonus_points,
        is_active=is_active,
        valid_from=valid_from,
        valid_to=valid_to,
        usage_limit=usage_limit,
        used_count=used_count,
        min_purchase=Money(int(min_minor), currency) if min_minor is not None else None,
        tiers=frozenset(Tier(t) for t in tiers) if tiers else None,
        window_days=int(cond.get("window_days", 0)),
    )


@dataclass(frozen=True, slots=True)
class CustomerFacts:
    """What campaign conditions look at. ``today`` is the shop's local date."""

    today: date
    birthday: date | None = None
    member_since: date | None = None


def _near_yearly_date(day: date, today: date, window: int) -> bool:
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            this_year = day.replace(year=year)
        except ValueError:  # 29 February in a common year: celebrate on the 28th
            this_year = date(year, 2, 28)
        if abs((this_year - today).days) <= window:
            return True
    return False


def campaign_applies(
    campaign: CampaignRule,
    *,
    amount: Money,
    now: datetime,
    tier: Tier,
    customer: CustomerFacts | None,
) -> bool:
    """Whether a sale of ``amount`` qualifies. Monotonic in amount (only a minimum is checked)."""
    if campaign.type not in PURCHASE_CAMPAIGNS or not campaign.is_active:
        return False
    if campaign.valid_from is not None and now < campaign.valid_from:
        return False
    if campaign.valid_to is not None and now > campaign.valid_to:
        return False
    if campaign.usage_limit is not None and campaign.used_count >= campaign.usage_limit:
        return False
    if campaign.tiers is not None and tier not in campaign.tiers:
        return False
    minimum = campaign.min_purchase
    if minimum is not None and (minimum.currency != amount.currency or amount < minimum):
        return False
    if campaign.type is CampaignType.BIRTHDAY:
        return bool(
            customer
            and customer.birthday
            and _near_yearly_date(customer.birthday, customer.today, campaign.window_days)
        )
    if campaign.type is CampaignType.ANNIVERSARY:
        since = customer.member_since if customer else None
        return bool(
            customer
            and since
            and since.year < customer.today.year
            and _near_yearly_date(since, customer.today, campaign.window_days)
        )
    return True


# -- earning ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EarnResult:
    points: int  # what to record: base x multipliers, rounded down, plus bonuses
    base_points: int  # before multipliers, rounded down
    multiplier: Decimal  # tier multiplier x best campaign multiplier
    bonus_points: int
    campaign_ids: tuple[str, ...] = field(default=())

    @property
    def campaign_id(self) -> str | None:
        """The campaign recorded on the ledger entry (the first that applied)."""
        return self.campaign_ids[0] if self.campaign_ids else None


def points_to_earn(
    net_amount: Money,
    policy: LoyaltyPolicy,
    tier: Tier = Tier.BRONZE,
    *,
    paid_with_points: Money | None = None,
    campaigns: Sequence[CampaignRule] = (),
    now: datetime | None = None,
    customer: CustomerFacts | None = None,
) -> EarnResult:
    """Points for a sale whose net paid amount is ``net_amount``.

    The part paid with points earns nothing. Campaign multipliers do not stack: the best one
    applies (stacking would let two promotions square each other); bonus points all add up.
    """
    if net_amount.currency != policy.currency:
        raise ValidationError(f"loyalty earns on {policy.currency}, not {net_amount.currency}")
    paid_points = paid_with_points or Money.zero(net_amount.currency)
    if net_amount.minor < 0 or paid_points.minor < 0:
        raise ValidationError("amounts for loyalty cannot be negative")
    if not policy.enabled:
        return EarnResult(points=0, base_points=0, multiplier=Decimal(0), bonus_points=0)
    eligible = max(net_amount.minor - paid_points.minor, 0)
    # Integer arithmetic throughout: floor of an exact fraction, no Decimal precision limits.
    base_points = eligible * policy.earn_points // policy.earn_spend_minor
    applied: list[CampaignRule] = []
    if campaigns:
        if now is None:
            raise ValueError("points_to_earn needs 'now' to check campaigns")
        eligible_money = Money(eligible, net_amount.currency)
        applied = [
            c
            for c in campaigns
            if campaign_applies(c, amount=eligible_money, now=now, tier=tier, customer=customer)
        ]
    campaign_multiplier = max((c.multiplier for c in applied), default=Decimal(1))
    multiplier = policy.tier_rule(tier).multiplier * campaign_multiplier
    num, den = multiplier.as_integer_ratio()
    scaled = eligible * policy.earn_points * num // (policy.earn_spend_minor * den)
    bonus = sum(c.bonus_points for c in applied)
    return EarnResult(
        points=scaled + bonus,
        base_points=base_points,
        multiplier=multiplier,
        bonus_points=bonus,
        campaign_ids=tuple(c.id for c in applied),
    )


# -- redeeming ----------------------------------------------------------------------------


def redemption_value(points: int, policy: LoyaltyPolicy) -> Money:
    return Money(points * policy.point_value_minor, policy.currency)


def max_redeemable_points(
    *, balance: int, order_total: Money, policy: LoyaltyPolicy, redeemed_today: int = 0
) -> int:
    """The most points this order can take (0 when under the minimum)."""
    if not policy.enabled:
        return 0
    limit = min(balance, order_total.minor // policy.point_value_minor)
    if policy.daily_redeem_cap_points is not None:
        limit = min(limit, policy.daily_redeem_cap_points - redeemed_today)
    return limit if limit >= policy.min_redeem_points else 0


def validate_redemption(
    points: int,
    *,
    balance: int,
    order_total: Money,
    policy: LoyaltyPolicy,
    redeemed_today: int = 0,
) -> Money:
    """The money value of redeeming ``points``, or ValidationError saying why not."""
    if not policy.enabled:
        raise ValidationError("the loyalty programme is switched off")
    if isinstance(points, bool) or not isinstance(points, int) or points <= 0:
        raise ValidationError("points to redeem must be a positive whole number")
    if order_total.currency != policy.currency:
        raise ValidationError(f"points are worth {policy.currency}, not {order_total.currency}")
    if points < policy.min_redeem_points:
        raise ValidationError(f"at least {policy.min_redeem_points} points must be redeemed")
    if points > balance:
        raise ValidationError(f"the customer has only {max(balance, 0)} points")
    value = redemption_value(points, policy)
    if value > order_total:
        raise ValidationError(
            f"{points} points are worth {format_amount(value)}, more than the "
            f"{format_amount(order_total)} to pay"
        )
    cap = policy.daily_redeem_cap_points
    if cap is not None and redeemed_today + points > cap:
        left = max(cap - redeemed_today, 0)
        raise ValidationError(
            f"daily redemption limit is {cap} points per customer; {left} left today"
        )
    return value


# -- returns ------------------------------------------------------------------------------


def reversal_points(
    points: int,
    sale_amount: Money,
    returned_amount: Money,
    *,
    previously_returned: Money | None = None,
    previously_reversed: int = 0,
) -> int:
    """Points to take back (or give back) for a return, proportional to the amount returned.

    Works on the cumulative share returned (HALF_UP), minus what earlier returns of the same
    sale already reversed, so splitting a return into parts never changes the total and a full
    return reverses exactly ``points``.
    """
    before = previously_returned or Money.zero(sale_amount.currency)
    if points < 0 or previously_reversed < 0:
        raise ValidationError("points and reversed points cannot be negative")
    if sale_amount.minor <= 0:
        return 0
    if returned_amount.minor < 0 or before.minor < 0:
        raise ValidationError("a returned amount cannot be negative")
    cumulative = before + returned_amount
    if cumulative > sale_amount:
        raise ValidationError(
            f"returns of {format_amount(cumulative)} exceed the sale's {format_amount(sale_amount)}"
        )
    target = (Decimal(points) * cumulative.minor / sale_amount.minor).to_integral_value(
        rounding=ROUND_HALF_UP
    )
    return max(min(int(target), points) - previously_reversed, 0)


# -- rewards ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RewardRule:
    id: str
    name: str
    points_required: int
    type: RewardType
    value: Money | None = None  # DISCOUNT / CASHBACK amount; None for FREE_SHIPPING / PRODUCT
    product_id: str | None = None  # PRODUCT rewards
    is_active: bool = True
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    usage_limit: int | None = None
    used_count: int = 0


def check_reward(reward: RewardRule, *, balance: int, now: datetime) -> None:
    """Refuse a reward the customer cannot take now."""
    if not reward.is_active:
        raise ValidationError(f"reward '{reward.name}' is not active")
    if reward.valid_from is not None and now < reward.valid_from:
        raise ValidationError(f"reward '{reward.name}' is not available yet")
    if reward.valid_to is not None and now > reward.valid_to:
        raise ValidationError(f"reward '{reward.name}' has ended")
    if reward.usage_limit is not None and reward.used_count >= reward.usage_limit:
        raise ValidationError(f"reward '{reward.name}' has been fully claimed")
    if balance < reward.points_required:
        raise ValidationError(
            f"reward '{reward.name}' needs {reward.points_required} points; the customer has "
            f"{max(balance, 0)}"
        )


def reward_discount(reward: RewardRule, order_total: Money) -> Money:
    """Money off the order for a DISCOUNT reward, never more than the order."""
    if reward.type is not RewardType.DISCOUNT or reward.value is None:
        return Money.zero(order_total.currency)
    if reward.value.currency != order_total.currency:
        raise ValidationError(f"reward '{reward.name}' is in {reward.value.currency}")
    return min(reward.value, order_total)
