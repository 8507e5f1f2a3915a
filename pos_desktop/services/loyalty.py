"""Loyalty ledger services: earn, redeem, reverse, adjust, expire, and the per-customer cache.

The balance is always the SUM of ``loyalty_transactions`` over the customer's merge group (the
customer and everyone merged into them), never a stored number. ``customer_loyalty`` is a
device-local cache of that sum, the totals and the tier, refreshed by every function here that
writes the ledger (and by sync after it applies pulled ledger rows).

In-transaction functions (``session, ctx, ...``; they never commit) are for checkout and
returns: ``compute_earn``, ``earn_for_sale``, ``record_earn``, ``record_redemption``,
``record_reversal``, ``reverse_for_return``, ``record_redemption_refund``,
``refresh_customer_loyalty``. Public services open their own unit of work: ``adjust_points``,
``expire_points``.

The in-transaction functions take a customer id or a ``Member`` (``member(session, id)``: the
surviving customer's row and merge group). Checkout looks the member up once and passes it, so
the customer row and the merge group are read once per sale instead of once per call; it also
passes ``refresh=False`` when writing and refreshes the cache once at the end.

Reading (``balance``, ``loyalty_summary``, ``redeemed_today``, ``active_campaigns``) lives in
``loyalty_queries`` and settings (``policy``) in ``loyalty_policy``; both are re-exported here
so callers import everything loyalty from this module.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, case, func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.core.ids import new_id
from pos_desktop.core.loyalty import (
    CustomerFacts,
    EarnResult,
    LoyaltyTxnType,
    Tier,
    points_to_earn,
    redemption_value,
    reversal_points,
    validate_redemption,
)
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
from pos_desktop.services.customers import merge_group_ids, resolve_customer_id
from pos_desktop.services.loyalty_policy import (
    local_day,
    local_zone,
    policy,
    update_loyalty_policy,
)
from pos_desktop.services.loyalty_queries import (
    LoyaltySummary,
    Member,
    active_campaigns,
    available_rewards,
    balance,
    ledger_sum,
    loyalty_summary,
    member,
    redeemed_on_day,
    redeemed_today,
    sale_points,
    summarize,
)
from pos_desktop.store.models import Notification
from pos_desktop.store.models.customers import CustomerStatus
from pos_desktop.store.models.loyalty import CustomerLoyalty, LoyaltyTransaction

__all__ = [
    "ExpireResult",
    "LoyaltyResult",
    "LoyaltySummary",
    "Member",
    "Redemption",
    "active_campaigns",
    "adjust_points",
    "available_rewards",
    "balance",
    "compute_earn",
    "earn_for_sale",
    "expire_points",
    "expiry_due",
    "ledger_sum",
    "local_day",
    "loyalty_summary",
    "member",
    "policy",
    "record_earn",
    "record_redemption",
    "record_redemption_refund",
    "record_reversal",
    "redeemed_today",
    "refresh_customer_loyalty",
    "reverse_for_return",
    "update_loyalty_policy",
]

T = LoyaltyTxnType

# Built once: checkout refreshes the cache on every customer's sale.
_CACHE_ROW = select(CustomerLoyalty).where(CustomerLoyalty.customer_id == bindparam("customer"))


@dataclass(frozen=True, slots=True)
class Redemption:
    entry_id: str
    points: int
    value: Money


@dataclass(frozen=True, slots=True)
class LoyaltyResult:
    summary: LoyaltySummary
    entry_id: str
    changes: Changes


@dataclass(frozen=True, slots=True)
class ExpireResult:
    entries: int
    points: int
    customer_ids: tuple[str, ...]
    changes: Changes


# -- writing the ledger (in the caller's transaction) -------------------------------------


def _member(session: Session, customer: str | Member) -> Member:
    return customer if isinstance(customer, Member) else member(session, customer)


def _for_points(session: Session, customer: str | Member) -> Member:
    who = _member(session, customer)
    if who.row.status == CustomerStatus.BLOCKED.value:
        raise ValidationError(f"{who.row.name} is blocked from the loyalty programme")
    return who


def _whole(points: object, what: str) -> int:
    if isinstance(points, bool) or not isinstance(points, int) or points < 0:
        raise ValidationError(f"{what} must be a whole number, not negative")
    return points


def _add(
    session: Session, ctx: ServiceContext, customer_id: str, kind: T, points: int, **fields: Any
) -> str:
    entry = LoyaltyTransaction(
        id=new_id(),  # known now, so no flush is needed to return it
        organization_id=ctx.terminal.organization_id,
        store_id=ctx.terminal.store_id,
        device_id=ctx.terminal.device_id,
        customer_id=customer_id,
        type=kind.value,
        points=points,
        created_at=ctx.clock(),
        **fields,
    )
    session.add(entry)
    return entry.id


def _compute(
    session: Session, ctx: ServiceContext, who: Member, net_amount: Money, paid: Money | None
) -> EarnResult:
    pol = policy(session, ctx)
    now = ctx.clock()
    today, _, _ = local_day(session, ctx, now)
    member_since = who.row.created_at.astimezone(local_zone(session, ctx)).date()
    return points_to_earn(
        net_amount,
        pol,
        summarize(session, ctx, who, pol).tier,
        paid_with_points=paid,
        campaigns=active_campaigns(session, ctx, now),
        now=now,
        customer=CustomerFacts(today=today, birthday=who.row.birthday, member_since=member_since),
    )


def compute_earn(
    session: Session,
    ctx: ServiceContext,
    customer: str | Member,
    net_amount: Money,
    *,
    paid_with_points: Money | None = None,
) -> EarnResult:
    """Points a sale would earn: the customer's tier, active campaigns, birthday, anniversary."""
    return _compute(session, ctx, _for_points(session, customer), net_amount, paid_with_points)


def _record_earn(
    session: Session,
    ctx: ServiceContext,
    who: Member,
    points: int,
    sale_id: str,
    campaign_id: str | None,
    created_by_id: str | None,
    refresh: bool = True,
) -> str | None:
    if points == 0:
        return None
    entry_id = _add(
        session,
        ctx,
        who.id,
        T.EARNED,
        points,
        sale_id=sale_id,
        campaign_id=campaign_id,
        expires_at=policy(session, ctx).expiry_for(ctx.clock()),
        created_by_id=created_by_id,
    )
    if refresh:
        _refresh(session, ctx, who, None)
    return entry_id


def record_earn(
    session: Session,
    ctx: ServiceContext,
    customer: str | Member,
    points: int,
    sale_id: str,
    campaign_id: str | None = None,
    *,
    created_by_id: str | None = None,
    refresh: bool = True,
) -> str | None:
    """Append an EARNED entry (expiring per policy) and refresh the cache (unless the caller
    will: ``refresh=False``). 0 points: nothing."""
    _whole(points, "earned points")
    if points == 0:
        return None
    who = _for_points(session, customer)
    return _record_earn(session, ctx, who, points, sale_id, campaign_id, created_by_id, refresh)


def earn_for_sale(
    session: Session,
    ctx: ServiceContext,
    customer_id: str,
    sale_id: str,
    net_amount: Money,
    *,
    paid_with_points: Money | None = None,
    created_by_id: str | None = None,
) -> EarnResult:
    """``compute_earn`` then ``record_earn``: what checkout calls for a customer's sale."""
    who = _for_points(session, customer_id)
    result = _compute(session, ctx, who, net_amount, paid_with_points)
    _record_earn(session, ctx, who, result.points, sale_id, result.campaign_id, created_by_id)
    return result


def record_redemption(
    session: Session,
    ctx: ServiceContext,
    customer: str | Member,
    points: int,
    sale_id: str,
    *,
    order_total: Money | None = None,
    reward_id: str | None = None,
    created_by_id: str | None = None,
    refresh: bool = True,
) -> Redemption:
    """Spend points on a sale. Refuses more than the balance, under the minimum, over the
    order total (when given) and over the per-day cap counted from today's ledger.
    ``refresh=False``: the caller refreshes the cache itself."""
    pol = policy(session, ctx)
    who = _for_points(session, customer)
    total = order_total if order_total is not None else redemption_value(max(points, 0), pol)
    value = validate_redemption(
        points,
        balance=ledger_sum(session, who.ids),
        order_total=total,
        policy=pol,
        redeemed_today=redeemed_on_day(session, ctx, who.ids),
    )
    entry_id = _add(
        session,
        ctx,
        who.id,
        T.REDEEMED,
        -points,
        sale_id=sale_id,
        reward_id=reward_id,
        created_by_id=created_by_id,
    )
    if refresh:
        _refresh(session, ctx, who, None)
    return Redemption(entry_id, points, value)


def _check_reason(reason: str) -> str:
    cleaned = " ".join(reason.split())
    if not cleaned:
        raise ValidationError("a reason is required")
    return cleaned[:500]


def _reverse(
    session: Session,
    ctx: ServiceContext,
    who: Member,
    points: int,
    sale_id: str,
    reason: str,
    return_id: str | None,
    created_by_id: str | None,
) -> str | None:
    if points == 0:
        return None
    earned, reversed_ = sale_points(session, who.ids, sale_id, T.EARNED)
    if points > earned - reversed_:
        raise ValidationError(
            f"this sale earned {earned} points and {reversed_} were already taken back; "
            f"cannot take back {points}"
        )
    entry_id = _add(
        session,
        ctx,
        who.id,
        T.REVERSED,
        -points,
        sale_id=sale_id,
        return_id=return_id,
        reason=reason,
        created_by_id=created_by_id,
    )
    _refresh(session, ctx, who, None)
    return entry_id


def record_reversal(
    session: Session,
    ctx: ServiceContext,
    customer_id: str,
    points: int,
    sale_id: str,
    reason: str,
    *,
    return_id: str | None = None,
    created_by_id: str | None = None,
) -> str | None:
    """Take back ``points`` earned on ``sale_id`` (a return). Never more than the sale earned
    minus earlier reversals. The balance may go negative (points already spent): allowed,
    flagged to managers, never silently fixed. Blocked customers are reversed too."""
    _whole(points, "points to reverse")
    reason = _check_reason(reason)
    if points == 0:
        return None
    who = member(session, customer_id)
    return _reverse(session, ctx, who, points, sale_id, reason, return_id, created_by_id)


def reverse_for_return(
    session: Session,
    ctx: ServiceContext,
    customer_id: str,
    sale_id: str,
    *,
    sale_amount: Money,
    returned_amount: Money,
    previously_returned: Money | None = None,
    reason: str = "return",
    return_id: str | None = None,
    created_by_id: str | None = None,
) -> int:
    """Take back the earned points proportional to the amount returned (cumulative, so a full
    return in any number of parts takes back exactly what was earned). Returns the points."""
    reason = _check_reason(reason)
    who = member(session, customer_id)
    earned, reversed_ = sale_points(session, who.ids, sale_id, T.EARNED)
    points = reversal_points(
        earned,
        sale_amount,
        returned_amount,
        previously_returned=previously_returned,
        previously_reversed=reversed_,
    )
    _reverse(session, ctx, who, points, sale_id, reason, return_id, created_by_id)
    return points


def record_redemption_refund(
    session: Session,
    ctx: ServiceContext,
    customer_id: str,
    points: int,
    sale_id: str,
    reason: str,
    *,
    return_id: str | None = None,
    created_by_id: str | None = None,
) -> str | None:
    """Give back points that paid for returned goods (the refund method 'points')."""
    _whole(points, "points to give back")
    reason = _check_reason(reason)
    if points == 0:
        return None
    who = member(session, customer_id)
    redeemed, refunded = sale_points(session, who.ids, sale_id, T.REDEEMED)
    if points > redeemed - refunded:
        raise ValidationError(
            f"this sale used {redeemed} points and {refunded} were already given back; "
            f"cannot give back {points}"
        )
    entry_id = _add(
        session,
        ctx,
        who.id,
        T.REVERSED,
        points,
        sale_id=sale_id,
        return_id=return_id,
        reason=reason,
        created_by_id=created_by_id,
    )
    _refresh(session, ctx, who, None)
    return entry_id


def refresh_customer_loyalty(
    session: Session, ctx: ServiceContext, customer: str | Member, *, actor: Actor | None = None
) -> LoyaltySummary:
    """Recompute the cached balance, totals and tier from the ledger. A tier change is
    audited; a balance turning negative raises a notification for managers. Sync calls this
    for each customer whose ledger rows it applied."""
    return _refresh(session, ctx, _member(session, customer), actor)


def _refresh(
    session: Session, ctx: ServiceContext, who: Member, actor: Actor | None
) -> LoyaltySummary:
    summary = summarize(session, ctx, who, policy(session, ctx))
    cache = session.execute(_CACHE_ROW, {"customer": summary.customer_id}).scalar_one_or_none()
    if cache is None:
        cache = CustomerLoyalty(
            organization_id=ctx.terminal.organization_id,
            customer_id=summary.customer_id,
            tier=Tier.BRONZE.value,
            points_balance=0,
        )
        session.add(cache)
    old_tier, old_balance = cache.tier, cache.points_balance
    cache.tier = summary.tier.value
    cache.points_balance = summary.balance
    cache.total_earned = summary.total_earned
    cache.total_redeemed = summary.total_redeemed
    cache.total_expired = summary.total_expired
    cache.last_activity_at = summary.last_activity_at
    cache.expires_at = summary.next_expiry_at
    cache.updated_at = ctx.clock()
    if old_tier != summary.tier.value:
        audit(
            session,
            ctx,
            actor,
            AuditEntry(
                action="loyalty.tier_changed",
                resource="customer",
                resource_id=summary.customer_id,
                old_values={"tier": old_tier},
                new_values={"tier": summary.tier.value, "total_earned": summary.total_earned},
            ),
        )
    if summary.balance < 0 <= old_balance:
        session.add(
            Notification(
                organization_id=ctx.terminal.organization_id,
                store_id=ctx.terminal.store_id,
                device_id=ctx.terminal.device_id,
                type="LOYALTY",
                title="Negative loyalty balance",
                message=f"A customer's points balance is {summary.balance}; review before "
                "their next redemption.",
                data={"customer_id": summary.customer_id, "balance": summary.balance},
                created_at=ctx.clock(),
            )
        )
    return summary


# -- public services ----------------------------------------------------------------------


def adjust_points(
    ctx: ServiceContext,
    actor: Actor,
    customer_id: str,
    points: int,
    reason: str,
    *,
    allow_negative: bool = False,
) -> LoyaltyResult:
    """Add (positive) or remove (negative) points by hand (MANAGE_LOYALTY, reason, audited).
    Removing more than the balance is refused unless ``allow_negative`` (a manager's explicit
    choice, e.g. taking back points spent before a fraud was found; recorded in the audit)."""
    require(actor, Permission.MANAGE_LOYALTY)
    if isinstance(points, bool) or not isinstance(points, int) or points == 0:
        raise ValidationError("an adjustment is a non-zero whole number of points")
    if abs(points) > 10_000_000:
        raise ValidationError("that adjustment is implausibly large")
    reason = _check_reason(reason)
    with ctx.db.uow() as uow:
        s = uow.session
        who = member(s, customer_id)
        survivor = who.id
        before = ledger_sum(s, who.ids)
        if before + points < 0 and not allow_negative:
            raise ValidationError(f"cannot remove {-points} points; the balance is {before}")
        entry_id = _add(
            s, ctx, survivor, T.ADJUSTED, points, reason=reason, created_by_id=actor.user_id
        )
        summary = _refresh(s, ctx, who, actor)
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                action="loyalty.adjust",
                resource="customer",
                resource_id=survivor,
                old_values={"balance": before},
                new_values={"points": points, "balance": summary.balance, "entry_id": entry_id},
                reason=reason,
                extra={"allowed_negative": True} if summary.balance < 0 else {},
            ),
        )
        uow.commit()
    return LoyaltyResult(
        summary, entry_id, Changes.of("loyalty_transactions", "customer_loyalty", ids=(survivor,))
    )


def _expiry_groups(session: Session, now: datetime) -> dict[str, list[str]]:
    """Survivor id -> merge group, for customers holding credits that expired by ``now``."""
    L = LoyaltyTransaction
    holders = session.execute(
        select(L.customer_id).where(L.points > 0, L.expires_at <= now).distinct()
    ).scalars()
    groups: dict[str, list[str]] = {}
    for holder in holders:
        try:
            survivor = resolve_customer_id(session, holder)
        except NotFoundError:  # customer not held on this terminal: its own group
            survivor = holder
        if survivor not in groups:
            groups[survivor] = merge_group_ids(session, survivor)
    return groups


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def expiry_due(session: Session, moment: datetime) -> list[tuple[str, int]]:
    """(surviving customer id, points) that ``expire_points`` would expire at ``moment``.

    Spending is taken from the oldest-expiring points first, so the points that expire are
    max(0, credits expired by ``moment`` - every debit so far, earlier expiries included).
    That is at most the balance, so expiry never makes a balance negative."""
    L = LoyaltyTransaction
    due_rows: list[tuple[str, int]] = []
    for survivor, ids in _expiry_groups(session, moment).items():
        due, debits = 0, 0
        for part in _chunks(ids):
            row = session.execute(
                select(
                    func.coalesce(
                        func.sum(
                            case(((L.points > 0) & (L.expires_at <= moment), L.points), else_=0)
                        ),
                        0,
                    ),
                    func.coalesce(func.sum(case((L.points < 0, -L.points), else_=0)), 0),
                ).where(L.customer_id.in_(part))
            ).one()
            due, debits = due + int(row[0]), debits + int(row[1])
        if due - debits > 0:
            due_rows.append((survivor, due - debits))
    return due_rows


def expire_points(
    ctx: ServiceContext, now: datetime | None = None, *, actor: Actor | None = None
) -> ExpireResult:
    """Write EXPIRED entries for points past their ``expires_at`` that were not spent
    (``expiry_due``). Running it twice expires nothing more. Run it on one device per
    organization (the back office or HQ): two devices expiring the same points offline would
    both write an entry. ``actor``: a person ran it (MANAGE_LOYALTY, named in the audit);
    None: the scheduler did.
    """
    if actor is not None:
        require(actor, Permission.MANAGE_LOYALTY)
    moment = now or ctx.clock()
    written: list[tuple[str, int]] = []
    with ctx.db.uow() as uow:
        s = uow.session
        for survivor, points in expiry_due(s, moment):
            if points > 0:
                _add(
                    s,
                    ctx,
                    survivor,
                    T.EXPIRED,
                    -points,
                    reason=f"points expired by {moment:%Y-%m-%d}",
                )
                with contextlib.suppress(NotFoundError):  # no cache for customers not held here
                    refresh_customer_loyalty(s, ctx, survivor)
                written.append((survivor, points))
        if written:
            audit(
                s,
                ctx,
                actor,
                AuditEntry(
                    action="loyalty.expire",
                    resource="loyalty_transactions",
                    new_values={"customers": len(written), "points": sum(p for _, p in written)},
                ),
            )
        uow.commit()
    touched = tuple(c for c, _ in written)
    return ExpireResult(
        entries=len(written),
        points=sum(p for _, p in written),
        customer_ids=touched,
        changes=Changes.of("loyalty_transactions", "customer_loyalty", ids=touched)
        if touched
        else Changes(),
    )
