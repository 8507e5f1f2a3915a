"""X/Z report figures against an independent computation over the sales that were written."""

from __future__ import annotations

import random
import time
from collections import defaultdict
from decimal import Decimal

import pytest

from pos_desktop.core.errors import ConflictError, NotFoundError, PermissionDenied
from pos_desktop.core.money import Money
from pos_desktop.services.context import Actor
from pos_desktop.services.shift_reports import (
    ShiftReport,
    read_report,
    recent_shifts,
    x_report,
    z_report,
)
from pos_desktop.services.shifts import cash_in, cash_out, close_shift, open_shift
from tests.shifts.sales_factory import LineSpec, PaySpec, SaleSpec, receipt, write_sales
from tests.support.terminal import Terminal

METHODS = ["CASH", "CARD", "BANK_TRANSFER", "COD", "PAYHERE", "LANKAQR", "LOYALTY_POINTS"]
PENDING = {"BANK_TRANSFER", "COD", "PAYHERE", "LANKAQR"}
CLASSES = [("VAT", Decimal("0.18")), ("EXEMPT", Decimal("0")), ("SSCL", Decimal("0.025"))]


def random_sales(rng: random.Random, n: int, first_counter: int = 1) -> list[SaleSpec]:
    specs = []
    for i in range(n):
        kind = rng.choices(["SALE", "RETURN", "VOID"], weights=[90, 7, 3])[0]
        sign = 1 if kind == "SALE" else -1
        lines = []
        for _ in range(rng.randint(1, 4)):
            code, rate = rng.choice(CLASSES)
            total = rng.randint(1, 500_000)
            tax = int(total * rate / (1 + rate))
            discount = rng.choice([0, 0, 0, rng.randint(1, 5_000)])
            lines.append(
                LineSpec(
                    sign * rng.randint(1, 5_000),
                    sign * total,
                    code,
                    rate,
                    sign * tax,
                    sign * discount,
                )
            )
        total = sum(line.total_minor for line in lines)
        # Split the total over one or two methods; cash may carry change.
        methods = rng.sample(METHODS, rng.choice([1, 1, 2]))
        parts = [total] if len(methods) == 1 else [total // 2, total - total // 2]
        payments = []
        for method, part in zip(methods, parts, strict=True):
            change = rng.randint(0, 10_000) if method == "CASH" and sign > 0 else 0
            status = "PENDING_VERIFICATION" if method in PENDING else "COMPLETED"
            payments.append(PaySpec(method, part, change, status))
        coupon = sign * rng.choice([0, 0, 100_00])
        specs.append(
            SaleSpec(
                kind, first_counter + i, tuple(lines), tuple(payments), coupon_discount_minor=coupon
            )
        )
    return specs


def expected_figures(specs: list[SaleSpec]) -> dict[str, object]:
    """Computed from the specs alone (no SQL), the way an auditor would add them up."""
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    taxes: dict[tuple[str, Decimal], list[int]] = defaultdict(lambda: [0, 0])
    methods: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    items = discount = coupon = tax = 0
    for spec in specs:
        by_kind[spec.kind][0] += 1
        by_kind[spec.kind][1] += spec.total_minor
        discount += spec.discount_minor
        coupon += spec.coupon_discount_minor
        tax += spec.tax_minor
        for line in spec.lines:
            items += line.quantity_milli
            taxes[(line.tax_class, line.tax_rate)][0] += line.total_minor - line.tax_minor
            taxes[(line.tax_class, line.tax_rate)][1] += line.tax_minor
        for p in spec.payments:
            m = methods[p.method]
            m[0] += 1
            m[1] += p.amount_minor
            m[2] += max(p.amount_minor, 0)
            m[3] += max(-p.amount_minor, 0)
            m[4] += p.amount_minor if p.status == "PENDING_VERIFICATION" else 0
    return {
        "by_kind": {k: tuple(v) for k, v in by_kind.items()},
        "taxes": {k: tuple(v) for k, v in taxes.items()},
        "methods": {k: tuple(v) for k, v in methods.items()},
        "items": items,
        "discount": discount,
        "coupon": coupon,
        "tax": tax,
        "net": sum(s.total_minor for s in specs),
    }


def assert_report_matches(
    report: ShiftReport, specs: list[SaleSpec], ident_receipts: tuple[str, str]
) -> None:
    exp = expected_figures(specs)
    by_kind = exp["by_kind"]
    assert isinstance(by_kind, dict)
    assert (report.sales_count, report.sales_total_minor) == by_kind.get("SALE", (0, 0))
    assert (report.returns_count, report.returns_total_minor) == by_kind.get("RETURN", (0, 0))
    assert (report.voids_count, report.voids_total_minor) == by_kind.get("VOID", (0, 0))
    assert report.net_total_minor == exp["net"]
    assert report.discount_total_minor == exp["discount"]
    assert report.coupon_discount_minor == exp["coupon"]
    assert report.tax_total_minor == exp["tax"]
    assert report.items_sold_milli == exp["items"]
    assert {
        (t.tax_class_code, t.tax_rate): (t.taxable_minor, t.tax_minor) for t in report.tax_by_class
    } == exp["taxes"]
    assert {
        m.method: (m.count, m.amount_minor, m.taken_minor, m.refunded_minor, m.pending_minor)
        for m in report.payments_by_method
    } == exp["methods"]
    methods = exp["methods"]
    assert isinstance(methods, dict)
    assert report.pending_verification_minor == sum(v[4] for v in methods.values())
    cash = methods.get("CASH", (0, 0, 0, 0, 0))
    assert (report.cash_sales_minor, report.cash_refunds_minor) == (cash[2], cash[3])
    assert (report.first_receipt_number, report.last_receipt_number) == ident_receipts


def test_x_report_equals_an_independent_computation(terminal: Terminal) -> None:
    ctx = terminal.ctx
    ident = ctx.terminal
    shift_id = open_shift(ctx, terminal.cashier, Money(10_000_00)).shift_id
    rng = random.Random(20250301)
    specs = random_sales(rng, 400)
    write_sales(terminal.db, ident, shift_id, terminal.cashier.user_id, specs, ctx.clock())
    # Noise that must not be counted: a sale of another shift and one with no shift.
    write_sales(
        terminal.db,
        ident,
        "other-shift",
        terminal.cashier.user_id,
        random_sales(rng, 3, 9000),
        ctx.clock(),
    )
    cash_in(ctx, terminal.cashier, Money(1_000_00), "float top-up")
    with terminal.db.read() as s:
        report = x_report(s, ctx, shift_id)
    assert report.report == "X" and not report.final and report.status == "OPEN"
    assert_report_matches(report, specs, (receipt(ident, 1), receipt(ident, 400)))
    cash = expected_figures(specs)["methods"]["CASH"]  # type: ignore[index]
    expected_cash = 10_000_00 + cash[2] - cash[3] + 1_000_00
    assert report.expected_cash_minor == expected_cash
    assert report.counted_cash_minor is None and report.over_short_minor is None
    # Payment methods come in the printed order.
    order = [m.method for m in report.payments_by_method]
    assert order == [m for m in METHODS if m in order]
    assert report.to_dict()["tax_by_class"][0]["tax_rate"] in {"0", "0.18", "0.025"}


def test_z_report_is_final_and_equals_the_x_figures(terminal: Terminal) -> None:
    ctx = terminal.ctx
    ident = ctx.terminal
    shift_id = open_shift(ctx, terminal.manager, Money(0)).shift_id
    specs = [
        SaleSpec(
            "SALE",
            1,
            (LineSpec(2000, 1180_00, tax_minor=180_00),),
            (PaySpec("CASH", 1180_00, 20_00),),
        ),
        SaleSpec("SALE", 2, (LineSpec(1000, 500_00),), (PaySpec("CARD", 500_00),)),
        SaleSpec(
            "SALE",
            3,
            (LineSpec(1000, 300_00),),
            (PaySpec("LANKAQR", 300_00, status="PENDING_VERIFICATION"),),
        ),
        SaleSpec(
            "RETURN", 4, (LineSpec(-1000, -118_00, tax_minor=-18_00),), (PaySpec("CASH", -118_00),)
        ),
    ]
    write_sales(terminal.db, ident, shift_id, terminal.manager.user_id, specs, ctx.clock())
    cash_out(ctx, terminal.manager, Money(62_00), "milk", payout=True)
    with pytest.raises(ConflictError, match="still open"), terminal.db.read() as s:
        z_report(s, ctx, shift_id)
    with terminal.db.read() as s:
        x = x_report(s, ctx, shift_id)
    assert x.expected_cash_minor == 1180_00 - 118_00 - 62_00 == 1000_00
    assert x.pending_verification_minor == 300_00
    result = close_shift(ctx, terminal.manager, {1000: 1})
    z = result.report
    assert z.final and z.z_report_number == 1 and z.over_short_minor == 0
    assert_report_matches(z, specs, (receipt(ident, 1), receipt(ident, 4)))
    assert z.payouts_minor == 62_00 and z.cash_refunds_minor == 118_00
    same = {
        k: v
        for k, v in x.to_dict().items()
        if k
        not in {
            "report",
            "final",
            "status",
            "generated_at",
            "closed_at",
            "closed_by_id",
            "z_report_number",
            "counted_cash_minor",
            "counted_denominations",
            "over_short_minor",
        }
    }
    assert same == {k: v for k, v in z.to_dict().items() if k in same}
    with terminal.db.read() as s, pytest.raises(NotFoundError):
        x_report(s, ctx, "no-such-shift")


def test_receipt_bounds_survive_the_counter_widening(terminal: Terminal) -> None:
    ctx = terminal.ctx
    ident = ctx.terminal
    shift_id = open_shift(ctx, terminal.cashier, Money(0)).shift_id
    specs = [
        SaleSpec("SALE", counter, (LineSpec(1000, 100_00),), (PaySpec("CARD", 100_00),))
        for counter in (999_998, 999_999, 1_000_000, 1_000_001)
    ]
    write_sales(terminal.db, ident, shift_id, terminal.cashier.user_id, specs, ctx.clock())
    with terminal.db.read() as s:
        report = x_report(s, ctx, shift_id)
    assert report.first_receipt_number == receipt(ident, 999_998)
    assert report.last_receipt_number == receipt(ident, 1_000_001)


def test_a_shift_of_5000_sales(terminal: Terminal) -> None:
    """Correct at the scale of the benchmark target (timing is reported, not asserted)."""
    ctx = terminal.ctx
    ident = ctx.terminal
    shift_id = open_shift(ctx, terminal.cashier, Money(5_000_00)).shift_id
    specs = random_sales(random.Random(5000), 5000)
    write_sales(terminal.db, ident, shift_id, terminal.cashier.user_id, specs, ctx.clock())
    started = time.perf_counter()
    with terminal.db.read() as s:
        report = x_report(s, ctx, shift_id)
    elapsed = time.perf_counter() - started
    print(f"X report over 5,000 sales: {elapsed * 1000:.1f} ms")
    assert_report_matches(report, specs, (receipt(ident, 1), receipt(ident, 5000)))


def test_read_report_and_recent_shifts(terminal: Terminal) -> None:
    ctx = terminal.ctx
    with pytest.raises(NotFoundError, match="no open shift"):
        read_report(ctx, terminal.cashier, "X")
    with pytest.raises(NotFoundError, match="no closed shift"):
        read_report(ctx, terminal.manager, "Z")
    first = open_shift(ctx, terminal.cashier, Money(100_00)).shift_id
    assert read_report(ctx, terminal.cashier, "X").shift_id == first
    close_shift(ctx, terminal.cashier, {100: 1})
    second = open_shift(ctx, terminal.cashier, Money(0)).shift_id
    z = read_report(ctx, terminal.manager, "Z")
    assert (z.shift_id, z.z_report_number, z.final) == (first, 1, True)
    assert read_report(ctx, terminal.cashier, "X").shift_id == second
    assert read_report(ctx, terminal.admin, "X", first).report == "Z"  # a closed shift reads final
    nobody = Actor("x", "x", "Visitor", "cashier", frozenset(), 0)
    with pytest.raises(PermissionDenied):
        read_report(ctx, nobody, "X")
    with terminal.db.read() as s:
        listed = recent_shifts(s, ctx)
    assert [(r.shift_id, r.z_report_number) for r in listed] == [(second, None), (first, 1)]
