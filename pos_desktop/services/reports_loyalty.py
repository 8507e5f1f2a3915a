"""Loyalty liability: what the points customers hold now would cost if redeemed, by tier, and the
points issued, redeemed, expired, adjusted and reversed during a period.

Outstanding points are the ledger's sum (``loyalty_transactions``) per customer, with merged
customers counted under the customer they were merged into (as ``loyalty_queries`` does). The
tier is the one the ledger gives now (``tier_for`` the lifetime points earned, net of returns).
Liability = outstanding points x the policy's point value; a negative balance (possible only
through a correction) counts as zero liability. Points past their expiry date but not yet
written off by an EXPIRED row are still outstanding: the ledger has not expired them.

Loyalty is organization-wide (points earned in one store are spent in another), so both parts
cover every ledger row this terminal holds, not just this store's. Period activity by type:
issued = EARNED; redeemed = REDEEMED (shown positive); expired = EXPIRED (positive); adjusted
and reversed are net signed sums (a return takes earned points back: negative; gives spent
points back: positive).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select

from pos_desktop.core.loyalty import LoyaltyTxnType, Tier, tier_for
from pos_desktop.core.money import Money
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.loyalty_policy import policy
from pos_desktop.services.reports_period import Period, require_reports
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.loyalty import LoyaltyTransaction as L

T = LoyaltyTxnType


@dataclass(frozen=True, slots=True)
class TierRow:
    tier: str
    customers: int  # members holding points (balance > 0)
    points: int
    liability: Money


@dataclass(frozen=True, slots=True)
class LoyaltyActivity:
    issued: int
    redeemed: int
    expired: int
    adjusted: int
    reversed: int


@dataclass(frozen=True, slots=True)
class LiabilityReport:
    period: Period
    as_of: datetime
    currency: str
    point_value: Money
    rows: tuple[TierRow, ...]  # BRONZE..PLATINUM, every tier of the policy
    points: int
    liability: Money
    activity: LoyaltyActivity


def _survivor(merged: dict[str, str | None], cid: str) -> str:
    seen = {cid}
    while (nxt := merged.get(cid)) is not None and nxt not in seen:
        seen.add(nxt)
        cid = nxt
    return cid


def loyalty_liability(ctx: ServiceContext, actor: Actor, period: Period) -> LiabilityReport:
    require_reports(actor)
    org = ctx.terminal.organization_id
    earned_part = case(
        (L.type.in_([T.EARNED.value, T.ADJUSTED.value]), L.points),
        ((L.type == T.REVERSED.value) & (L.points < 0), L.points),
        else_=0,
    )
    with ctx.db.read() as s:
        pol = policy(s, ctx)
        ledger = s.execute(
            select(L.customer_id, func.sum(L.points), func.sum(earned_part))
            .where(L.organization_id == org)
            .group_by(L.customer_id)
        ).all()
        merged: dict[str, str | None] = dict(
            s.execute(
                select(Customer.id, Customer.merged_into_id).where(
                    Customer.merged_into_id.is_not(None)
                )
            ).all()
        )
        by_type = {
            (kind, bool(positive)): int(total)
            for kind, positive, total in s.execute(
                select(L.type, L.points > 0, func.sum(L.points))
                .where(
                    L.organization_id == org,
                    L.created_at >= period.start,
                    L.created_at < period.end,
                )
                .group_by(L.type, L.points > 0)
            )
        }
    members: dict[str, tuple[int, int]] = {}
    for cid, points, earned in ledger:
        key = _survivor(merged, cid)
        bal, lifetime = members.get(key, (0, 0))
        members[key] = (bal + int(points), lifetime + int(earned))
    tiers: dict[Tier, tuple[int, int]] = {rule.tier: (0, 0) for rule in pol.tiers}
    for bal, lifetime in members.values():
        if bal <= 0:
            continue
        tier = tier_for(lifetime, pol)
        n, pts = tiers.get(tier, (0, 0))
        tiers[tier] = (n + 1, pts + bal)
    cur = pol.currency
    rows = tuple(
        TierRow(tier.value, n, pts, Money(pts * pol.point_value_minor, cur))
        for tier, (n, pts) in tiers.items()
    )

    def s_(kind: T) -> int:
        return by_type.get((kind.value, True), 0) + by_type.get((kind.value, False), 0)

    total_points = sum(r.points for r in rows)
    return LiabilityReport(
        period=period,
        as_of=ctx.clock(),
        currency=cur,
        point_value=Money(pol.point_value_minor, cur),
        rows=rows,
        points=total_points,
        liability=Money(total_points * pol.point_value_minor, cur),
        activity=LoyaltyActivity(
            issued=s_(T.EARNED),
            redeemed=-s_(T.REDEEMED),
            expired=-s_(T.EXPIRED),
            adjusted=s_(T.ADJUSTED),
            reversed=s_(T.REVERSED),
        ),
    )
