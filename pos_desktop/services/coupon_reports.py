"""Coupon administration lists and the usage report (uses, discount given, by day, by cashier).

Uses are the ``coupon_usages`` ledger rows this terminal holds. Beside them the report shows
HQ's count (``coupons.used_count`` as of ``used_count_as_of``) and the local uses HQ's count
cannot include yet (``services.coupons.local_used_count``), whose sum is what the till checks
a usage limit against. Days are the shop's local days.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final

from sqlalchemy import select

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money, format_amount
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import Actor, ServiceContext, require
from pos_desktop.services.coupons import CouponView, coupon_view, local_used_count
from pos_desktop.services.loyalty_policy import local_zone
from pos_desktop.store.models import User
from pos_desktop.store.models.loyalty import Coupon, CouponUsage
from pos_desktop.store.models.sales import Sale

UNKNOWN_CASHIER: Final = "?"


@dataclass(frozen=True, slots=True)
class CouponLine:
    coupon: CouponView
    valid_from: datetime | None
    valid_to: datetime | None
    hq_used: int  # HQ's count ...
    hq_counted_at: datetime | None  # ... as of this moment (None: HQ has not counted yet)
    local_uncounted: int  # local uses HQ's count cannot include yet
    uses: int  # uses within the report's dates (this terminal's ledger)
    discount: Money  # discount given by those uses

    @property
    def known_uses(self) -> int:
        """What the till counts against the usage limit."""
        return self.hq_used + self.local_uncounted


@dataclass(frozen=True, slots=True)
class UsageBucket:
    key: str  # a local date (YYYY-MM-DD) or a cashier's name
    uses: int
    discount: Money


@dataclass(frozen=True, slots=True)
class CouponUsageReport:
    start: date | None
    end: date | None  # inclusive
    currency: str
    coupons: tuple[CouponLine, ...]
    by_day: tuple[UsageBucket, ...]
    by_cashier: tuple[UsageBucket, ...]

    @property
    def uses(self) -> int:
        return sum(c.uses for c in self.coupons)

    @property
    def discount(self) -> Money:
        return Money(sum(c.discount.minor for c in self.coupons), self.currency)


def coupon_usage_report(
    ctx: ServiceContext,
    actor: Actor,
    start: date | None = None,
    end: date | None = None,
    *,
    include_inactive: bool = True,
) -> CouponUsageReport:
    """Every coupon with its uses and discount between the local dates ``start`` and ``end``
    (inclusive; None: open), with the uses by day and by cashier (MANAGE_COUPONS)."""
    require(actor, Permission.MANAGE_COUPONS)
    if start is not None and end is not None and end < start:
        raise ValidationError("the report's end date is before its start date")
    currency = ctx.terminal.currency
    with ctx.db.read() as s:
        zone = local_zone(s, ctx)
        query = (
            select(
                CouponUsage.coupon_id,
                CouponUsage.used_at,
                CouponUsage.discount_minor,
                CouponUsage.created_by_id,
                Sale.cashier_id,
            )
            .outerjoin(Sale, Sale.id == CouponUsage.sale_id)
            .where(CouponUsage.organization_id == ctx.terminal.organization_id)
        )
        if start is not None:
            query = query.where(
                CouponUsage.used_at >= datetime.combine(start, time(0), zone).astimezone(UTC)
            )
        if end is not None:
            until = datetime.combine(end + timedelta(days=1), time(0), zone).astimezone(UTC)
            query = query.where(CouponUsage.used_at < until)
        usages = s.execute(query).all()
        users = {
            uid: name
            for uid, name in s.execute(
                select(User.id, User.name).where(
                    User.organization_id == ctx.terminal.organization_id
                )
            )
        }
        coupon_query = select(Coupon).where(Coupon.organization_id == ctx.terminal.organization_id)
        if not include_inactive:
            coupon_query = coupon_query.where(Coupon.is_active.is_(True))
        coupons = list(s.execute(coupon_query.order_by(Coupon.code_normalized)).scalars())
        per_coupon: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        per_day: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        per_cashier: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for coupon_id, used_at, discount, made_by, cashier in usages:
            day = _aware(used_at).astimezone(zone).date().isoformat()
            who = users.get(made_by or cashier or "", UNKNOWN_CASHIER)
            for bucket in (per_coupon[coupon_id], per_day[day], per_cashier[who]):
                bucket[0] += 1
                bucket[1] += discount
        lines = tuple(
            CouponLine(
                coupon=coupon_view(c),
                valid_from=c.valid_from,
                valid_to=c.valid_to,
                hq_used=c.used_count,
                hq_counted_at=c.used_count_as_of,
                local_uncounted=local_used_count(s, c),
                uses=per_coupon[c.id][0] if c.id in per_coupon else 0,
                discount=Money(per_coupon[c.id][1] if c.id in per_coupon else 0, c.currency),
            )
            for c in coupons
        )
    return CouponUsageReport(
        start=start,
        end=end,
        currency=currency,
        coupons=lines,
        by_day=tuple(
            UsageBucket(k, v[0], Money(v[1], currency)) for k, v in sorted(per_day.items())
        ),
        by_cashier=tuple(
            UsageBucket(k, v[0], Money(v[1], currency))
            for k, v in sorted(per_cashier.items(), key=lambda kv: (-kv[1][1], kv[0]))
        ),
    )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def report_csv(report: CouponUsageReport) -> str:
    """The report as CSV: one section per table, amounts as plain decimals (no grouping)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["Coupon usage", report.start or "", report.end or ""])
    w.writerow([])
    w.writerow(
        [
            "code",
            "name",
            "type",
            "active",
            "usage_limit",
            "uses",
            "discount",
            "hq_counted_uses",
            "hq_counted_at",
            "local_uses_not_counted_by_hq",
        ]
    )
    for line in report.coupons:
        w.writerow(
            [
                line.coupon.code,
                line.coupon.name or "",
                line.coupon.type.value,
                "yes" if line.coupon.is_active else "no",
                line.coupon.rule.usage_limit if line.coupon.rule.usage_limit is not None else "",
                line.uses,
                _plain(line.discount),
                line.hq_used,
                line.hq_counted_at.isoformat() if line.hq_counted_at else "",
                line.local_uncounted,
            ]
        )
    w.writerow(["TOTAL", "", "", "", "", report.uses, _plain(report.discount), "", "", ""])
    w.writerow([])
    w.writerow(["date", "uses", "discount"])
    for bucket in report.by_day:
        w.writerow([bucket.key, bucket.uses, _plain(bucket.discount)])
    w.writerow([])
    w.writerow(["cashier", "uses", "discount"])
    for bucket in report.by_cashier:
        w.writerow([bucket.key, bucket.uses, _plain(bucket.discount)])
    return out.getvalue()


def _plain(money: Money) -> str:
    return format_amount(money).replace(",", "")
