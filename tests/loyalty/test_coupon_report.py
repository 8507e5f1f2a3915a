"""The coupon usage report: its figures equal an independent SQL count over coupon_usages."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from pos_desktop.core.coupons import CouponType
from pos_desktop.core.errors import PermissionDenied, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.services import coupon_reports as reports
from pos_desktop.services.coupons import CouponInput, create_coupon, record_usage
from pos_desktop.store.models.loyalty import Coupon
from tests.loyalty.support import Clock, clocked, customer
from tests.support.terminal import Terminal


def lkr(rupees: int) -> Money:
    return Money(rupees * 100, "LKR")


def use(terminal: Terminal, coupon_id: str, rupees: int, by: str, cid: str | None = None) -> None:
    with terminal.db.uow() as uow:
        record_usage(
            uow.session, terminal.ctx, coupon_id, f"sale-{datetime.now(UTC).timestamp()}",
            cid, lkr(rupees), created_by_id=by,
        )  # fmt: skip
        uow.commit()


@pytest.fixture
def usages(terminal: Terminal) -> tuple[Terminal, Clock, dict[str, str]]:
    clock = Clock(datetime(2025, 6, 14, 20, 0, tzinfo=UTC))  # 01:30 on 15 June in Colombo
    ctx = clocked(terminal, clock)
    ids = {
        code: create_coupon(ctx, terminal.admin, data).coupon.id
        for code, data in {
            "TEN": CouponInput("TEN", CouponType.PERCENTAGE, Decimal(10), usage_limit=100),
            "FIFTY": CouponInput("FIFTY", CouponType.FIXED_AMOUNT, lkr(50)),
            "SHIP": CouponInput("SHIP", CouponType.FREE_SHIPPING),
        }.items()
    }
    cid = customer(terminal)
    cashier, manager = terminal.cashier.user_id, terminal.manager.user_id
    use(terminal, ids["TEN"], 120, cashier, cid)
    use(terminal, ids["FIFTY"], 50, cashier)
    clock.advance(hours=1)
    use(terminal, ids["TEN"], 80, manager)
    clock.advance(days=1)
    use(terminal, ids["TEN"], 300, cashier)
    use(terminal, ids["FIFTY"], 50, manager)
    clock.advance(days=1)
    use(terminal, ids["SHIP"], 0, cashier)
    return terminal, clock, ids


def sql(terminal: Terminal, query: str, **params: object) -> list[tuple[object, ...]]:
    with terminal.db.read() as s:
        return [tuple(r) for r in s.execute(text(query), params)]


def test_report_equals_an_independent_sql_computation(
    usages: tuple[Terminal, Clock, dict[str, str]],
) -> None:
    terminal, _clock, _ids = usages
    report = reports.coupon_usage_report(terminal.ctx, terminal.manager)
    expected = {
        code: (int(n), int(total))
        for code, n, total in sql(
            terminal,
            "SELECT c.code, COUNT(u.id), COALESCE(SUM(u.discount_minor), 0) FROM coupons c "
            "LEFT JOIN coupon_usages u ON u.coupon_id = c.id GROUP BY c.code",
        )
    }
    got = {line.coupon.code: (line.uses, line.discount.minor) for line in report.coupons}
    assert got == expected == {"FIFTY": (2, 10_000), "SHIP": (1, 0), "TEN": (3, 50_000)}
    assert report.discount == lkr(600) and report.uses == 6
    by_cashier = {
        name: (int(n), int(total))
        for name, n, total in sql(
            terminal,
            "SELECT us.name, COUNT(*), SUM(u.discount_minor) FROM coupon_usages u "
            "JOIN users us ON us.id = u.created_by_id GROUP BY us.name",
        )
    }
    assert {b.key: (b.uses, b.discount.minor) for b in report.by_cashier} == by_cashier
    # Days are Colombo days (UTC+05:30): the first three uses fall on 15 June.
    by_day = {
        day: (int(n), int(total))
        for day, n, total in sql(
            terminal,
            "SELECT date(used_at, '+5 hours', '+30 minutes'), COUNT(*), SUM(discount_minor) "
            "FROM coupon_usages GROUP BY 1",
        )
    }
    assert {b.key: (b.uses, b.discount.minor) for b in report.by_day} == by_day
    assert [b.key for b in report.by_day] == ["2025-06-15", "2025-06-16", "2025-06-17"]


def test_report_dates_hq_counts_and_csv(usages: tuple[Terminal, Clock, dict[str, str]]) -> None:
    terminal, clock, ids = usages
    one_day = reports.coupon_usage_report(
        terminal.ctx, terminal.manager, date(2025, 6, 16), date(2025, 6, 16)
    )
    assert {c.coupon.code: c.uses for c in one_day.coupons} == {"FIFTY": 1, "SHIP": 0, "TEN": 1}
    assert one_day.discount == lkr(350)
    # HQ counted TEN's uses up to just after the second one (as a pull would bring).
    with terminal.db.uow() as uow:
        row = uow.session.get(Coupon, ids["TEN"])
        assert row is not None
        row.used_count, row.used_count_as_of = 2, datetime(2025, 6, 14, 21, 30, tzinfo=UTC)
        uow.commit()
    report = reports.coupon_usage_report(terminal.ctx, terminal.manager)
    ten = next(c for c in report.coupons if c.coupon.code == "TEN")
    # Unsent uses still count locally (they may be older than HQ's count: HQ has not seen them).
    assert (ten.hq_used, ten.local_uncounted, ten.known_uses) == (2, 3, 5)
    rows = list(csv.reader(io.StringIO(reports.report_csv(report))))
    header = rows[2]
    ten_row = dict(zip(header, next(r for r in rows if r and r[0] == "TEN"), strict=True))
    assert ten_row["uses"] == "3" and ten_row["discount"] == "500.00"
    assert ten_row["hq_counted_uses"] == "2" and ten_row["usage_limit"] == "100"
    assert next(r for r in rows if r and r[0] == "TOTAL")[6] == "600.00"
    assert ["2025-06-15", "3", "250.00"] in rows
    with pytest.raises(ValidationError, match="before its start"):
        reports.coupon_usage_report(
            terminal.ctx, terminal.manager, date(2025, 6, 16), date(2025, 6, 15)
        )
    with pytest.raises(PermissionDenied):
        reports.coupon_usage_report(terminal.ctx, terminal.cashier)
    assert clock.now > datetime(2025, 6, 14, tzinfo=UTC) + timedelta(days=2)
