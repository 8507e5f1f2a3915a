"""Every report's figures against an independent computation: plain Python over the raw rows
read with sqlite3 (not the ORM, not the report queries), and against the shift's Z report."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from typing import Any

import pytest

from pos_desktop.core.errors import PermissionDenied, ValidationError
from pos_desktop.services import reports_sales as rs
from pos_desktop.services.reports_history import (
    AuditFilter,
    audit_choices,
    audit_page,
    shift_history,
)
from pos_desktop.services.reports_loyalty import loyalty_liability
from pos_desktop.services.reports_period import Period, Preset, make_period
from pos_desktop.services.reports_stock import inventory_valuation
from pos_desktop.services.shifts import close_shift
from tests.reports.scenario import COLOMBO, Scenario, at, build_scenario, local
from tests.support.terminal import Terminal

MARCH = Period(date(2025, 3, 1), date(2025, 3, 31), "Asia/Colombo")


def _rows(term: Terminal, sql: str) -> list[dict[str, Any]]:
    conn = sqlite3.connect(term.db.path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def _local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).astimezone(COLOMBO)


class Books:
    """The independent computation: which documents count, by plain Python."""

    def __init__(self, term: Terminal, first: date, last: date) -> None:
        sales = _rows(term, "SELECT * FROM sales")
        voided = {s["original_sale_id"] for s in sales if s["kind"] == "VOID"}
        self.docs = {
            s["id"]: s
            for s in sales
            if first <= _local(s["created_at"]).date() <= last
            and (s["kind"] == "RETURN" or (s["kind"] == "SALE" and s["id"] not in voided))
        }
        self.lines = [
            r for r in _rows(term, "SELECT * FROM sale_lines") if r["sale_id"] in self.docs
        ]
        self.pays = [r for r in _rows(term, "SELECT * FROM payments") if r["sale_id"] in self.docs]
        self.taxes = [
            r for r in _rows(term, "SELECT * FROM sale_taxes") if r["sale_id"] in self.docs
        ]

    def net(self) -> int:
        return sum(s["total_minor"] for s in self.docs.values())

    def net_by(self, key: Any) -> dict[Any, int]:
        out: dict[Any, int] = defaultdict(int)
        for s in self.docs.values():
            out[key(s)] += s["total_minor"]
        return dict(out)


@pytest.fixture
def sc(terminal: Terminal) -> Scenario:
    return build_scenario(terminal)


def test_sales_reports_equal_the_independent_computation(sc: Scenario, terminal: Terminal) -> None:
    ctx, manager = terminal.ctx, terminal.manager
    books = Books(terminal, MARCH.first, MARCH.last)
    # 6 sales made, one voided; 1 return.
    assert sorted(s["kind"] for s in books.docs.values()) == ["RETURN"] + ["SALE"] * 5
    assert sc.voided not in books.docs and sc.returned in books.docs

    days = rs.read_sales_report(ctx, manager, "day", MARCH)
    assert isinstance(days, rs.FiguresReport) and len(days.rows) == 31
    expected = books.net_by(lambda s: _local(s["created_at"]).date())
    got = {
        r.day: r.figures.net.minor
        for r in days.rows
        if r.figures.net.minor or r.figures.returns_count
    }  # type: ignore[union-attr]
    assert got == expected
    assert set(expected) == {date(2025, 3, 1), date(2025, 3, 2), date(2025, 3, 3)}
    assert days.total.net.minor == books.net()
    assert days.total.sales_count == 5 and days.total.returns_count == 1
    assert days.total.returns.minor == -sum(
        s["total_minor"] for s in books.docs.values() if s["kind"] == "RETURN"
    )
    assert days.total.tax.minor == sum(s["tax_minor"] for s in books.docs.values())
    assert days.total.discount.minor == sum(s["discount_minor"] for s in books.docs.values())

    hours = rs.read_sales_report(ctx, manager, "hour", MARCH)
    assert isinstance(hours, rs.FiguresReport)
    expected_h = books.net_by(lambda s: _local(s["created_at"]).hour)
    assert {r.hour: r.figures.net.minor for r in hours.rows if r.figures.net.minor} == {  # type: ignore[union-attr]
        h: v for h, v in expected_h.items() if v
    }
    assert {0, 9, 10, 11, 12, 23} <= set(expected_h)

    cashiers = rs.read_sales_report(ctx, manager, "cashier", MARCH)
    assert isinstance(cashiers, rs.FiguresReport)
    by_cashier = books.net_by(lambda s: s["cashier_id"])
    assert {r.cashier_id: r.figures.net.minor for r in cashiers.rows} == by_cashier  # type: ignore[union-attr]
    assert {r.name for r in cashiers.rows} == {"Kasun Cashier", "Mala Manager"}  # type: ignore[union-attr]

    products = rs.read_sales_report(ctx, manager, "product", MARCH)
    assert isinstance(products, rs.ItemsReport)
    qty: dict[str, int] = defaultdict(int)
    amount: dict[str, int] = defaultdict(int)
    for line in books.lines:
        qty[line["product_id"]] += line["quantity_milli"]
        amount[line["product_id"]] += line["total_minor"]
    assert {r.key: (r.quantity_milli, r.sales.minor) for r in products.rows} == {
        k: (qty[k], amount[k]) for k in qty
    }
    dhal = next(r for r in products.rows if r.name == "Red dhal")
    assert dhal.weighed and dhal.quantity_milli == 750 and dhal.sales.minor == 360_00
    rice = next(r for r in products.rows if r.name == "Rice 5kg")
    assert rice.quantity_milli == (2 + 1 + 1 - 1) * 1000  # the return subtracts, the void is out
    assert products.total_sales.minor == books.net()  # lines add up to the documents

    categories = rs.read_sales_report(ctx, manager, "category", MARCH)
    assert isinstance(categories, rs.ItemsReport)
    assert categories.total_sales.minor == books.net()
    assert sum(r.quantity_milli for r in categories.rows) == sum(qty.values())

    pays = rs.read_sales_report(ctx, manager, "payment", MARCH)
    assert isinstance(pays, rs.PaymentsReport)
    by_method: dict[str, int] = defaultdict(int)
    for p in books.pays:
        by_method[p["method"]] += p["amount_minor"]
    assert {r.method: r.net.minor for r in pays.rows} == dict(by_method)
    assert [r.method for r in pays.rows] == ["CASH", "CARD", "LANKAQR"]
    qr = next(r for r in pays.rows if r.method == "LANKAQR")
    assert qr.pending.minor == 95_50
    cash = next(r for r in pays.rows if r.method == "CASH")
    assert cash.refunded.minor == 1250_00  # the returned rice, paid back in cash
    assert pays.total.minor == books.net()

    tax = rs.read_sales_report(ctx, manager, "tax", MARCH)
    assert isinstance(tax, rs.TaxReport)
    by_class: dict[tuple[str, Decimal], list[int]] = defaultdict(lambda: [0, 0])
    for t in books.taxes:
        key = (t["tax_class_code"], Decimal(t["tax_rate"]))
        by_class[key][0] += t["taxable_minor"]
        by_class[key][1] += t["tax_minor"]
    assert {(r.code, r.rate): [r.taxable.minor, r.tax.minor] for r in tax.rows} == dict(by_class)
    assert len(tax.rows) == 2  # VAT and EXEMPT
    assert tax.tax.minor == days.total.tax.minor


def test_a_day_is_the_local_day_and_reports_agree_with_the_z_report(
    sc: Scenario, terminal: Terminal
) -> None:
    ctx, manager = terminal.ctx, terminal.manager
    # 3 March 00:20 in Colombo is 2 March 18:50 UTC: it is a 3 March sale.
    third = Period(date(2025, 3, 3), date(2025, 3, 3), "Asia/Colombo")
    day3 = rs.read_sales_report(ctx, manager, "day", third)
    assert isinstance(day3, rs.FiguresReport)
    assert day3.total.sales_count == 1 and day3.total.net.minor == 191_00

    z = close_shift(
        at(sc.shop, local(3, 9, 0)), terminal.cashier, {5000: 2}, approver=manager
    ).report
    pack = rs.monthly_report(ctx, manager, MARCH)
    assert pack.by_day.total.net.minor == z.net_total_minor
    assert pack.by_day.total.tax.minor == z.tax_total_minor
    assert pack.tax.tax.minor == z.tax_total_minor
    assert {(t.code, t.rate): t.tax.minor for t in pack.tax.rows} == {
        (t.tax_class_code, t.tax_rate): t.tax_minor for t in z.tax_by_class
    }
    assert {r.method: r.net.minor for r in pack.by_payment.rows} == {
        m.method: m.amount_minor for m in z.payments_by_method
    }
    history = shift_history(ctx, manager, MARCH)
    # The shift was opened "now" by the fixture; list it with a period covering today.
    today = make_period(ctx, Preset.THIS_MONTH)
    listed = shift_history(ctx, manager, today).rows
    assert history.rows == () or history.rows[0].net_total.minor == z.net_total_minor
    assert listed and listed[0].net_total.minor == z.net_total_minor
    assert listed[0].z_report_number == z.z_report_number
    assert listed[0].sales_count == z.sales_count


def test_inventory_valuation_equals_on_hand_times_cost(sc: Scenario, terminal: Terminal) -> None:
    report = inventory_valuation(terminal.ctx, terminal.manager)
    on_hand = {
        r["product_id"]: r["q"]
        for r in _rows(
            terminal,
            "SELECT product_id, SUM(quantity_milli) AS q FROM stock_movements GROUP BY product_id",
        )
    }
    costs = {
        r["id"]: r["cost_minor"] for r in _rows(terminal, "SELECT id, cost_minor FROM products")
    }
    expected = sum(
        int((Decimal(q) * (costs[p] or 0) / 1000).quantize(Decimal(1), ROUND_HALF_UP))
        for p, q in on_hand.items()
    )
    assert report.total.minor == expected
    rice = next(r for r in report.rows if r.sku == "RICE5")
    assert rice.on_hand_milli == (100 - 4 + 1) * 1000  # 4 sold (one voided: back), 1 returned
    assert rice.value.minor == rice.on_hand_milli * 1000_00 // 1000
    assert report.without_cost == 2  # soap and dhal have no cost
    assert sum(g.value.minor for g in report.by_category) == report.total.minor
    assert sum(g.value.minor for g in report.by_warehouse) == report.total.minor


def test_loyalty_liability_is_the_ledger_times_the_point_value(
    sc: Scenario, terminal: Terminal
) -> None:
    report = loyalty_liability(terminal.ctx, terminal.manager, MARCH)
    ledger = _rows(terminal, "SELECT type, points, created_at FROM loyalty_transactions")
    outstanding = sum(r["points"] for r in ledger)
    assert outstanding == 12  # 1 point per LKR 100 on the 1,250.00 rice
    assert report.points == outstanding
    assert report.liability.minor == outstanding * report.point_value.minor
    assert [r.tier for r in report.rows] == ["BRONZE", "SILVER", "GOLD", "PLATINUM"]
    assert report.rows[0].customers == 1 and report.rows[0].points == 12
    assert report.activity.issued == sum(r["points"] for r in ledger if r["type"] == "EARNED")
    before = Period(date(2025, 2, 1), date(2025, 2, 28), "Asia/Colombo")
    assert loyalty_liability(terminal.ctx, terminal.manager, before).activity.issued == 0


def test_audit_log_filters_and_pages(sc: Scenario, terminal: Terminal) -> None:
    ctx, manager = terminal.ctx, terminal.manager
    choices = audit_choices(ctx, manager)
    assert {"sales"} <= set(choices.resources)
    everything = audit_page(ctx, manager, AuditFilter(), limit=500).rows
    assert len(everything) >= 3
    # Paging by one walks the same rows in the same order, newest first.
    walked, cursor = [], None
    while True:
        page = audit_page(ctx, manager, AuditFilter(), cursor, limit=1)
        walked.extend(page.rows)
        cursor = page.cursor
        if cursor is None:
            break
    assert [r.id for r in walked] == [r.id for r in everything]
    assert all(a.created_at >= b.created_at for a, b in pairwise(walked))
    void_action = next(r.action for r in everything if "void" in r.action)
    voids = audit_page(ctx, manager, AuditFilter(action=void_action)).rows
    assert voids and all(r.action == void_action for r in voids)
    assert any(r.reason == "rang up twice" for r in voids)
    mine = audit_page(ctx, manager, AuditFilter(user_id=manager.user_id)).rows
    assert mine and all(r.user == "Mala Manager" for r in mine)
    in_feb = AuditFilter(period=Period(date(2025, 2, 1), date(2025, 2, 2), "Asia/Colombo"))
    assert audit_page(ctx, manager, in_feb).rows == ()


def test_reports_need_view_reports_and_sane_periods(terminal: Terminal) -> None:
    with pytest.raises(PermissionDenied):
        rs.read_sales_report(terminal.ctx, terminal.cashier, "day", MARCH)
    with pytest.raises(PermissionDenied):
        inventory_valuation(terminal.ctx, terminal.cashier)
    with pytest.raises(PermissionDenied):
        audit_page(terminal.ctx, terminal.cashier, AuditFilter())
    with pytest.raises(ValidationError):
        Period(date(2025, 3, 2), date(2025, 3, 1), "Asia/Colombo")
    with pytest.raises(ValidationError):
        make_period(terminal.ctx, Preset.CUSTOM)


@pytest.mark.parametrize(
    ("preset", "first", "last"),
    [
        (Preset.TODAY, date(2025, 3, 12), date(2025, 3, 12)),
        (Preset.YESTERDAY, date(2025, 3, 11), date(2025, 3, 11)),
        (Preset.THIS_WEEK, date(2025, 3, 10), date(2025, 3, 12)),  # Monday 10 March
        (Preset.THIS_MONTH, date(2025, 3, 1), date(2025, 3, 12)),
        (Preset.LAST_MONTH, date(2025, 2, 1), date(2025, 2, 28)),
    ],
)
def test_presets_are_local_days(
    terminal: Terminal, preset: Preset, first: date, last: date
) -> None:
    # 11 March 20:00 UTC is already 12 March 01:30 in Colombo.
    from pos_desktop.core.clock import fixed_clock
    from pos_desktop.services.context import ServiceContext

    ctx = ServiceContext(
        db=terminal.db,
        terminal=terminal.ctx.terminal,
        clock=fixed_clock(datetime(2025, 3, 11, 20, 0, tzinfo=UTC)),
    )
    period = make_period(ctx, preset)
    assert (period.first, period.last) == (first, last)
    assert period.start == datetime(first.year, first.month, first.day, tzinfo=COLOMBO).astimezone(
        UTC
    )
