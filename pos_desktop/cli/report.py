"""``pos report x|z``: print a shift report (data from services/shift_reports.py).

X reads this device's open shift (or ``--shift ID``) as it stands now; Z is the final report of
this device's last closed shift (or ``--shift ID``). Signing in is required and the reader needs
VIEW_REPORTS, as in the back office.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.cli.common import (
    CliEnv,
    add_login_options,
    login,
    open_existing,
    service_context,
)
from pos_desktop.core.errors import NotFoundError
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import ServiceContext, require
from pos_desktop.services.shift_reports import ShiftReport, x_report, z_report
from pos_desktop.services.shifts import current_shift
from pos_desktop.store.models import Organization, Store, User
from pos_desktop.store.models.shifts import ShiftClosing

WIDTH = 48


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="print the X (open shift) or Z (closed shift) report")
    p.add_argument("kind", choices=("x", "z"), type=str.lower, help="x: open shift, z: closed")
    p.add_argument("--shift", metavar="ID", help="a particular shift instead of the default")
    add_login_options(p)
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace, env: CliEnv) -> int:
    db = open_existing(env)
    try:
        ctx = service_context(db)
        actor = login(env, args, ctx)
        require(actor, Permission.VIEW_REPORTS)
        with db.read() as s:
            shift_id = args.shift or _default_shift(s, ctx, args.kind)
            report = x_report(s, ctx, shift_id) if args.kind == "x" else z_report(s, ctx, shift_id)
            env.say(format_report(s, ctx, report))
    finally:
        db.dispose()
    return 0


def _default_shift(s: Session, ctx: ServiceContext, kind: str) -> str:
    if kind == "x":
        shift = current_shift(s, ctx)
        if shift is None:
            raise NotFoundError(
                "no shift is open on this terminal; 'pos report z' prints the last closed one"
            )
        return shift.id
    last = s.execute(
        select(ShiftClosing.shift_id)
        .where(ShiftClosing.device_id == ctx.terminal.device_id)
        .order_by(ShiftClosing.z_report_number.desc())
        .limit(1)
    ).scalar_one_or_none()
    if last is None:
        raise NotFoundError("no shift has been closed on this terminal yet")
    return last


def _money(minor: int, currency: str) -> str:
    return str(Money(minor, currency))


def _row(label: str, value: str) -> str:
    return f"{label:<{WIDTH - len(value) - 1}} {value}"


def _local(moment: datetime | None, zone: ZoneInfo) -> str:
    return "-" if moment is None else moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _name(s: Session, user_id: str | None) -> str:
    if user_id is None:
        return "-"
    user = s.get(User, user_id)
    return user.name if user else user_id


def format_report(s: Session, ctx: ServiceContext, r: ShiftReport) -> str:
    """The report as plain text lines, times in the shop's time zone."""
    ident = ctx.terminal
    store = s.get(Store, ident.store_id)
    org = s.get(Organization, ident.organization_id)
    zone = ZoneInfo(org.timezone if org else "UTC")
    cur = r.currency
    title = f"Z REPORT No. {r.z_report_number}" if r.report == "Z" else "X REPORT (not final)"
    rule = "-" * WIDTH
    header = [store.name, store.address] if store else []
    if store and store.vat_registration_number:
        header.append(f"VAT reg. no. {store.vat_registration_number}")
    closed = _local(r.closed_at, zone)
    if r.closed_by_id:
        closed += f" by {_name(s, r.closed_by_id)}"
    lines = [
        *(line for line in header if line),
        rule,
        f"{title}   {ident.store_code}-{ident.device_code}",
        f"Shift {r.shift_id} ({r.status})",
        f"Cashier: {_name(s, r.cashier_id)}",
        f"Opened:  {_local(r.opened_at, zone)}",
        f"Closed:  {closed}",
        f"Printed: {_local(r.generated_at, zone)}",
        f"Receipts: {r.first_receipt_number or '-'} .. {r.last_receipt_number or '-'}",
        rule,
        _row(f"Sales ({r.sales_count})", _money(r.sales_total_minor, cur)),
        _row(f"Returns ({r.returns_count})", _money(r.returns_total_minor, cur)),
        _row(f"Voids ({r.voids_count})", _money(r.voids_total_minor, cur)),
        _row("NET TOTAL", _money(r.net_total_minor, cur)),
        _row("Discounts given", _money(r.discount_total_minor, cur)),
        _row("  of which coupons", _money(r.coupon_discount_minor, cur)),
        _row("Tax", _money(r.tax_total_minor, cur)),
        _row("Items sold", str(Decimal(r.items_sold_milli).scaleb(-3))),
        rule,
        "Tax by class",
    ]
    for t in r.tax_by_class:
        label = f"  {t.tax_class_code} {(t.tax_rate * 100).normalize():f}%"
        lines.append(_row(label, f"{_money(t.taxable_minor, cur)} / {_money(t.tax_minor, cur)}"))
    lines += [rule, "Payments"]
    for m in r.payments_by_method:
        lines.append(_row(f"  {m.method} ({m.count})", _money(m.amount_minor, cur)))
        if m.refunded_minor:
            lines.append(_row("    refunded", _money(-m.refunded_minor, cur)))
        if m.pending_minor:
            lines.append(_row("    pending verification", _money(m.pending_minor, cur)))
    lines += [
        rule,
        "Cash drawer",
        _row("  Opening float", _money(r.opening_float_minor, cur)),
        _row("  Cash sales", _money(r.cash_sales_minor, cur)),
        _row("  Cash refunds", _money(-r.cash_refunds_minor, cur)),
        _row("  Cash in", _money(r.cash_in_minor, cur)),
        _row("  Cash out", _money(-r.cash_out_minor, cur)),
        _row("  Payouts", _money(-r.payouts_minor, cur)),
        _row("  No-sale drawer opens", str(r.no_sale_count)),
        _row("  EXPECTED IN DRAWER", _money(r.expected_cash_minor, cur)),
    ]
    if r.counted_cash_minor is not None:
        lines.append(_row("  Counted", _money(r.counted_cash_minor, cur)))
        over = r.over_short_minor or 0
        word = "Over" if over > 0 else "Short" if over < 0 else "Over/short"
        lines.append(_row(f"  {word}", _money(over, cur)))
        counted = sorted((r.counted_denominations or {}).items(), key=lambda fc: -int(fc[0]))
        for face, count in counted:
            lines.append(_row(f"    {face} x {count}", str(Money.of(int(face) * count, cur))))
    if r.report == "X":
        lines.append(rule)
        lines.append("This is a reading; the shift stays open.")
    return "\n".join(lines)
