"""Reading the loyalty ledger: balances, summaries, today's redemptions, active campaigns.

A balance is the SUM of ``loyalty_transactions`` over the customer's merge group (the customer
and everyone merged into them, see ``services.customers.merge_group_ids``).

Totals: earned = EARNED + ADJUSTED + REVERSED(negative: earnings taken back on a return);
redeemed = REDEEMED + REVERSED(positive: points given back on a return); expired = EXPIRED.
So balance = earned - redeemed - expired, and tiers follow lifetime earned net of returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, case, func, or_, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.loyalty import (
    CampaignRule,
    LoyaltyPolicy,
    LoyaltyTxnType,
    RewardRule,
    RewardType,
    Tier,
    campaign_from_conditions,
    check_reward,
    redemption_value,
    tier_for,
)
from pos_desktop.core.money import Money
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.customers import (
    merge_group_ids,
    resolve_customer,
    resolve_customer_id,
)
from pos_desktop.services.loyalty_policy import local_day, policy
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.loyalty import LoyaltyCampaign, LoyaltyReward, LoyaltyTransaction

T = LoyaltyTxnType
L = LoyaltyTransaction

# The statements every checkout with a customer runs, built once (building a select costs
# about as much as running it). ``ids`` is the customer's merge group.
_LEDGER_SUM = select(func.coalesce(func.sum(L.points), 0)).where(
    L.customer_id.in_(bindparam("ids", expanding=True))
)
# One indexed pass over the customer's rows: sums per (type, sign), last activity and the
# next expiry of unexpired credits.
_SUMMARY = (
    select(
        L.type,
        L.points > 0,
        func.sum(L.points),
        func.max(L.created_at),
        func.min(case(((L.points > 0) & (L.expires_at > bindparam("now")), L.expires_at))),
    )
    .where(L.customer_id.in_(bindparam("ids", expanding=True)))
    .group_by(L.type, L.points > 0)
)
_ACTIVE_CAMPAIGNS = (
    select(LoyaltyCampaign)
    .where(
        LoyaltyCampaign.organization_id == bindparam("organization_id"),
        LoyaltyCampaign.is_active.is_(True),
        LoyaltyCampaign.deleted_at.is_(None),
        or_(LoyaltyCampaign.valid_from.is_(None), LoyaltyCampaign.valid_from <= bindparam("now")),
        or_(LoyaltyCampaign.valid_to.is_(None), LoyaltyCampaign.valid_to >= bindparam("now")),
    )
    .order_by(LoyaltyCampaign.created_at, LoyaltyCampaign.id)
)


@dataclass(frozen=True, slots=True)
class LoyaltySummary:
    customer_id: str  # the surviving customer
    balance: int
    tier: Tier
    total_earned: int
    total_redeemed: int
    total_expired: int
    last_activity_at: datetime | None
    next_expiry_at: datetime | None
    next_tier: Tier | None
    points_to_next_tier: int | None
    balance_value: Money  # what the balance is worth when redeemed


# -- reading the ledger -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Member:
    """A surviving customer and the ids of their merge group, looked up once per call.

    Holding ``row`` keeps it in the session's (weak) identity map, so later gets are free.
    """

    row: Customer
    ids: list[str]

    @property
    def id(self) -> str:
        return self.row.id


def member(session: Session, customer_id: str) -> Member:
    row = resolve_customer(session, customer_id)
    return Member(row, merge_group_ids(session, row.id))


def ledger_sum(session: Session, ids: list[str]) -> int:
    return int(session.execute(_LEDGER_SUM, {"ids": ids}).scalar_one())


def balance(session: Session, customer_id: str) -> int:
    """Points available: the SUM of the ledger over the customer's merge group."""
    survivor = resolve_customer_id(session, customer_id)
    return ledger_sum(session, merge_group_ids(session, survivor))


def sale_points(session: Session, ids: list[str], sale_id: str, kind: T) -> tuple[int, int]:
    """(points of ``kind`` on the sale, REVERSED points of the matching sign on it)."""
    sign = -1 if kind is T.EARNED else 1  # reversals of earnings are negative
    rows = session.execute(
        select(LoyaltyTransaction.type, LoyaltyTransaction.points).where(
            LoyaltyTransaction.customer_id.in_(ids), LoyaltyTransaction.sale_id == sale_id
        )
    ).all()
    original = sum(abs(p) for t, p in rows if t == kind.value)
    reversed_ = sum(abs(p) for t, p in rows if t == T.REVERSED.value and p * sign > 0)
    return original, reversed_


def summarize(
    session: Session, ctx: ServiceContext, who: Member, pol: LoyaltyPolicy
) -> LoyaltySummary:
    rows = session.execute(_SUMMARY, {"ids": who.ids, "now": ctx.clock()}).all()
    sums: dict[tuple[str, bool], int] = {}
    last: datetime | None = None
    next_expiry: datetime | None = None
    for kind, positive, total, latest, expiry in rows:
        sums[(kind, bool(positive))] = int(total)
        last = latest if last is None or (latest and latest > last) else last
        if expiry is not None and (next_expiry is None or expiry < next_expiry):
            next_expiry = expiry

    def s(kind: T, positive: bool | None = None) -> int:
        if positive is None:
            return sums.get((kind.value, True), 0) + sums.get((kind.value, False), 0)
        return sums.get((kind.value, positive), 0)

    earned = s(T.EARNED) + s(T.ADJUSTED) + s(T.REVERSED, False)
    redeemed = -s(T.REDEEMED) - s(T.REVERSED, True)
    expired = -s(T.EXPIRED)
    bal = earned - redeemed - expired
    tier = tier_for(earned, pol)
    higher = [t for t in pol.tiers if t.threshold > earned]
    return LoyaltySummary(
        customer_id=who.id,
        balance=bal,
        tier=tier,
        total_earned=earned,
        total_redeemed=redeemed,
        total_expired=expired,
        last_activity_at=last,
        next_expiry_at=next_expiry,
        next_tier=higher[0].tier if higher else None,
        points_to_next_tier=higher[0].threshold - earned if higher else None,
        balance_value=redemption_value(max(bal, 0), pol),
    )


def loyalty_summary(session: Session, ctx: ServiceContext, customer_id: str) -> LoyaltySummary:
    """Balance, tier and totals computed from the ledger (not from the cache)."""
    return summarize(session, ctx, member(session, customer_id), policy(session, ctx))


def redeemed_today(session: Session, ctx: ServiceContext, customer_id: str) -> int:
    """Points the customer redeemed during the shop's current local day (on rows known here)."""
    return redeemed_on_day(session, ctx, member(session, customer_id).ids)


def redeemed_on_day(session: Session, ctx: ServiceContext, ids: list[str]) -> int:
    _, start, end = local_day(session, ctx, ctx.clock())
    total = session.execute(
        select(func.coalesce(func.sum(LoyaltyTransaction.points), 0)).where(
            LoyaltyTransaction.customer_id.in_(ids),
            LoyaltyTransaction.type == T.REDEEMED.value,
            LoyaltyTransaction.created_at >= start,
            LoyaltyTransaction.created_at < end,
        )
    ).scalar_one()
    return -int(total)


def active_campaigns(session: Session, ctx: ServiceContext, now: datetime) -> list[CampaignRule]:
    """Campaigns switched on and within their dates at ``now``."""
    rows = session.execute(
        _ACTIVE_CAMPAIGNS, {"organization_id": ctx.terminal.organization_id, "now": now}
    ).scalars()
    rules = []
    for c in rows:
        try:
            rules.append(
                campaign_from_conditions(
                    id=c.id,
                    type=c.type,
                    multiplier=c.points_multiplier,
                    bonus_points=c.bonus_points,
                    is_active=c.is_active,
                    valid_from=c.valid_from,
                    valid_to=c.valid_to,
                    usage_limit=c.usage_limit,
                    used_count=c.used_count,
                    conditions=c.conditions,
                    currency=ctx.terminal.currency,
                )
            )
        except (ValidationError, ValueError, TypeError):
            continue  # a campaign this version cannot read never blocks a sale
    return rules


def available_rewards(
    session: Session, ctx: ServiceContext, customer_id: str, now: datetime
) -> list[RewardRule]:
    """Rewards the customer could take now: active, in their dates, not used up, and within
    the customer's balance (cheapest first). Taking one is a ``record_redemption`` of its
    ``points_required`` with ``reward_id`` set."""
    R = LoyaltyReward
    points = balance(session, customer_id)
    rows = session.execute(
        select(R)
        .where(
            R.organization_id == ctx.terminal.organization_id,
            R.is_active.is_(True),
            R.deleted_at.is_(None),
            R.points_required <= points,
        )
        .order_by(R.points_required, R.name)
    ).scalars()
    rewards = []
    for r in rows:
        try:
            rule = RewardRule(
                id=r.id,
                name=r.name,
                points_required=r.points_required,
                type=RewardType(r.type),
                value=Money(r.value_minor, r.currency) if r.value_minor is not None else None,
                product_id=r.product_id,
                is_active=r.is_active,
                valid_from=r.valid_from,
                valid_to=r.valid_to,
                usage_limit=r.usage_limit,
                used_count=r.used_count,
            )
            check_reward(rule, balance=points, now=now)
        except (ValidationError, ValueError):
            continue
        rewards.append(rule)
    return rewards
