"""An X or Z report (``ShiftReport.to_dict()``) as text lines for a receipt printer.

Works on the stored JSON form so a queued report prints the same after a restart.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pos_desktop.core.money import Money, exponent, format_amount
from pos_desktop.hardware.printing.layout import columns


def _when(value: Any, zone: ZoneInfo) -> str:
    if not value:
        return "-"
    return datetime.fromisoformat(str(value)).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def shift_report_title(report: Mapping[str, Any]) -> str:
    if report.get("report") == "Z":
        number = report.get("z_report_number")
        return f"Z REPORT {number}" if number else "Z REPORT"
    return "X REPORT"


def shift_report_lines(
    report: Mapping[str, Any],
    chars: int,
    *,
    store_name: str = "",
    names: Mapping[str, str] | None = None,
    time_zone: str = "Asia/Colombo",
) -> list[str]:
    names = names or {}
    currency = str(report.get("currency") or "LKR")
    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("Asia/Colombo")

    def amount(key_or_value: Any) -> str:
        value = report.get(key_or_value) if isinstance(key_or_value, str) else key_or_value
        return format_amount(Money(int(value or 0), currency))

    def pair(left: str, right: str) -> list[str]:
        return columns(left, right, chars)

    out: list[str] = []
    if store_name:
        out.append(store_name)
    cashier = report.get("cashier_id") or ""
    out += pair("Cashier", names.get(cashier, cashier[:8]))
    out += pair("Opened", _when(report.get("opened_at"), zone))
    out += pair("Closed", _when(report.get("closed_at"), zone))
    out += pair("Printed", _when(report.get("generated_at"), zone))
    first, last = report.get("first_receipt_number"), report.get("last_receipt_number")
    if first:
        out += pair("Receipts", f"{first} .. {last}")
    out.append("-" * chars)
    out += pair(f"Sales ({report.get('sales_count', 0)})", amount("sales_total_minor"))
    out += pair(f"Returns ({report.get('returns_count', 0)})", amount("returns_total_minor"))
    out += pair(f"Voids ({report.get('voids_count', 0)})", amount("voids_total_minor"))
    out += pair("NET TOTAL", amount("net_total_minor"))
    out += pair("Discounts", amount("discount_total_minor"))
    out += pair("  of which coupons", amount("coupon_discount_minor"))
    for tax in report.get("tax_by_class") or []:
        rate = tax.get("tax_rate", "0")
        out += pair(f"Tax {tax.get('tax_class_code')} {rate}", amount(tax.get("tax_minor")))
    out += pair("Tax total", amount("tax_total_minor"))
    out.append("-" * chars)
    out.append("Payments")
    for method in report.get("payments_by_method") or []:
        label = f"  {method.get('method')} ({method.get('count', 0)})"
        out += pair(label, amount(method.get("amount_minor")))
    if report.get("pending_verification_minor"):
        out += pair("  pending verification", amount("pending_verification_minor"))
    out.append("-" * chars)
    out.append("Cash drawer")
    out += pair("  Opening float", amount("opening_float_minor"))
    out += pair("  Cash sales", amount("cash_sales_minor"))
    out += pair("  Cash refunds", "-" + amount("cash_refunds_minor"))
    out += pair("  Cash in", amount("cash_in_minor"))
    out += pair("  Cash out", "-" + amount("cash_out_minor"))
    out += pair("  Payouts", "-" + amount("payouts_minor"))
    out += pair("  No-sale opens", str(report.get("no_sale_count", 0)))
    out += pair("EXPECTED CASH", amount("expected_cash_minor"))
    if report.get("counted_cash_minor") is not None:
        out += pair("COUNTED CASH", amount("counted_cash_minor"))
        over = int(report.get("over_short_minor") or 0)
        label = "OVER" if over > 0 else "SHORT" if over < 0 else "OVER/SHORT"
        out += pair(label, amount(abs(over)))
        for denomination, count in sorted(
            (report.get("counted_denominations") or {}).items(),
            key=lambda kv: -int(kv[0]) if str(kv[0]).isdigit() else 0,
        ):
            value = int(denomination) * int(count) * 10 ** exponent(currency)
            out += pair(f"  {denomination} x {count}", amount(value))
    approver = report.get("approved_by_id")
    if approver:
        out += pair("Approved by", names.get(approver, approver[:8]))
    if report.get("final"):
        out.append("")
        out.append("FINAL - shift closed")
    return out
