"""An X or Z report (``ShiftReport.to_dict()``) for a receipt printer, in the user's language.

Works on the stored JSON form so a queued report prints the same after a restart. The words
are the on-screen report's (context "ShiftReport", reports/shift_report_rows.py), translated
through the injected ``Translate`` for the language stored with the job. ``shift_report_blocks``
is what the printer gets: a label in a script the printer cannot print becomes an image beside
its amount (layout.pair_blocks); ``shift_report_lines`` is the same report as plain text.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pos_desktop.core.money import Money, exponent, format_amount
from pos_desktop.hardware.printing.layout import Block, Cut, Feed, Text, columns, pair_blocks
from pos_desktop.hardware.printing.profiles import PaperProfile
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP, Translate, untranslated
from pos_desktop.i18n.payment_methods import method_label

CONTEXT: Final = "ShiftReport"

Row = tuple[str, str] | str | None
"""(label, amount) on one line, a line of its own, or None for a rule."""


def _when(value: Any, zone: ZoneInfo) -> str:
    if not value:
        return "-"
    return datetime.fromisoformat(str(value)).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def shift_report_title(report: Mapping[str, Any], translate: Translate = untranslated) -> str:
    if report.get("report") == "Z":
        number = report.get("z_report_number")
        if number:
            z = translate(CONTEXT, QT_TRANSLATE_NOOP("ShiftReport", "Z report No. {number}"))
            return z.format(number=number)
        return translate(CONTEXT, QT_TRANSLATE_NOOP("ShiftReport", "Z report"))
    return translate(CONTEXT, QT_TRANSLATE_NOOP("ShiftReport", "X report (reading, not final)"))


def shift_report_rows(
    report: Mapping[str, Any],
    *,
    store_name: str = "",
    names: Mapping[str, str] | None = None,
    time_zone: str = "Asia/Colombo",
    translate: Translate = untranslated,
) -> list[Row]:
    names = names or {}
    currency = str(report.get("currency") or "LKR")
    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("Asia/Colombo")

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    def amount(key_or_value: Any) -> str:
        value = report.get(key_or_value) if isinstance(key_or_value, str) else key_or_value
        return format_amount(Money(int(value or 0), currency))

    out: list[Row] = []
    if store_name:
        out.append(store_name)
    cashier = report.get("cashier_id") or ""
    out.append((tr(QT_TRANSLATE_NOOP("ShiftReport", "Cashier")), names.get(cashier, cashier[:8])))
    out.append(
        (tr(QT_TRANSLATE_NOOP("ShiftReport", "Opened")), _when(report.get("opened_at"), zone))
    )
    out.append(
        (tr(QT_TRANSLATE_NOOP("ShiftReport", "Closed")), _when(report.get("closed_at"), zone))
    )
    printed = _when(report.get("generated_at"), zone)
    out.append((tr(QT_TRANSLATE_NOOP("ShiftReport", "Printed")), printed))
    first, last = report.get("first_receipt_number"), report.get("last_receipt_number")
    if first:
        out.append((tr(QT_TRANSLATE_NOOP("ShiftReport", "Receipts")), f"{first} .. {last}"))
    out.append(None)
    # Counts go into whole translated templates: word order differs between languages.
    sales = tr(QT_TRANSLATE_NOOP("ShiftReport", "Sales ({count})"))
    returns = tr(QT_TRANSLATE_NOOP("ShiftReport", "Returns ({count})"))
    voids = tr(QT_TRANSLATE_NOOP("ShiftReport", "Voids ({count})"))
    out += [
        (sales.format(count=report.get("sales_count", 0)), amount("sales_total_minor")),
        (returns.format(count=report.get("returns_count", 0)), amount("returns_total_minor")),
        (voids.format(count=report.get("voids_count", 0)), amount("voids_total_minor")),
        (tr(QT_TRANSLATE_NOOP("ShiftReport", "Net total")), amount("net_total_minor")),
        (tr(QT_TRANSLATE_NOOP("ShiftReport", "Discounts given")), amount("discount_total_minor")),
        (
            "  " + tr(QT_TRANSLATE_NOOP("ShiftReport", "of which coupons")),
            amount("coupon_discount_minor"),
        ),
    ]
    for tax in report.get("tax_by_class") or []:
        label = f"{tr(QT_TRANSLATE_NOOP('ShiftReport', 'Tax'))} {tax.get('tax_class_code')}"
        out.append((f"{label} {tax.get('tax_rate', '0')}", amount(tax.get("tax_minor"))))
    out.append((tr(QT_TRANSLATE_NOOP("ShiftReport", "Tax total")), amount("tax_total_minor")))
    out.append(None)
    out.append(tr(QT_TRANSLATE_NOOP("ShiftReport", "Payments")))
    counted_method = tr(QT_TRANSLATE_NOOP("ShiftReport", "{method} ({count})"))
    for method in report.get("payments_by_method") or []:
        name = method_label(str(method.get("method")), None, translate)
        label = counted_method.format(method=name, count=method.get("count", 0))
        out.append(("  " + label, amount(method.get("amount_minor"))))
    if report.get("pending_verification_minor"):
        pending = tr(QT_TRANSLATE_NOOP("ShiftReport", "pending verification"))
        out.append(("  " + pending, amount("pending_verification_minor")))
    out.append(None)
    out.append(tr(QT_TRANSLATE_NOOP("ShiftReport", "Cash drawer")))
    drawer = [
        (QT_TRANSLATE_NOOP("ShiftReport", "Opening float"), amount("opening_float_minor")),
        (QT_TRANSLATE_NOOP("ShiftReport", "Cash sales"), amount("cash_sales_minor")),
        (QT_TRANSLATE_NOOP("ShiftReport", "Cash refunds"), "-" + amount("cash_refunds_minor")),
        (QT_TRANSLATE_NOOP("ShiftReport", "Cash in"), amount("cash_in_minor")),
        (QT_TRANSLATE_NOOP("ShiftReport", "Cash out"), "-" + amount("cash_out_minor")),
        (QT_TRANSLATE_NOOP("ShiftReport", "Payouts"), "-" + amount("payouts_minor")),
        (
            QT_TRANSLATE_NOOP("ShiftReport", "No-sale drawer opens"),
            str(report.get("no_sale_count", 0)),
        ),
    ]
    out += [("  " + tr(label), value) for label, value in drawer]
    expected = tr(QT_TRANSLATE_NOOP("ShiftReport", "Expected in drawer"))
    out.append((expected, amount("expected_cash_minor")))
    if report.get("counted_cash_minor") is not None:
        out.append((tr(QT_TRANSLATE_NOOP("ShiftReport", "Counted")), amount("counted_cash_minor")))
        over = int(report.get("over_short_minor") or 0)
        word = (
            QT_TRANSLATE_NOOP("ShiftReport", "Over")
            if over > 0
            else QT_TRANSLATE_NOOP("ShiftReport", "Short")
            if over < 0
            else QT_TRANSLATE_NOOP("ShiftReport", "Over/short")
        )
        out.append((tr(word), amount(abs(over))))
        for denomination, count in sorted(
            (report.get("counted_denominations") or {}).items(),
            key=lambda kv: -int(kv[0]) if str(kv[0]).isdigit() else 0,
        ):
            value = int(denomination) * int(count) * 10 ** exponent(currency)
            out.append((f"  {denomination} x {count}", amount(value)))
    approver = report.get("approved_by_id")
    if approver:
        by = tr(QT_TRANSLATE_NOOP("ShiftReport", "Approved by"))
        out.append((by, names.get(approver, approver[:8])))
    if report.get("final"):
        out.append("")
        out.append(tr(QT_TRANSLATE_NOOP("ShiftReport", "FINAL - shift closed")))
    return out


def shift_report_lines(
    report: Mapping[str, Any],
    chars: int,
    *,
    store_name: str = "",
    names: Mapping[str, str] | None = None,
    time_zone: str = "Asia/Colombo",
    translate: Translate = untranslated,
) -> list[str]:
    """The report as plain text lines of ``chars`` (labels and amounts in columns)."""
    rows = shift_report_rows(
        report, store_name=store_name, names=names, time_zone=time_zone, translate=translate
    )
    out: list[str] = []
    for row in rows:
        if row is None:
            out.append("-" * chars)
        elif isinstance(row, str):
            out.append(row)
        else:
            out += columns(row[0], row[1], chars)
    return out


def shift_report_blocks(
    report: Mapping[str, Any],
    paper: PaperProfile,
    *,
    store_name: str = "",
    names: Mapping[str, str] | None = None,
    time_zone: str = "Asia/Colombo",
    translate: Translate = untranslated,
) -> list[Block]:
    """The report as printer blocks under its bold title, ending with a cut."""
    width = paper.chars_per_line
    title = shift_report_title(report, translate)
    out: list[Block] = [Text(title, bold=True, double=True, align="center"), Feed()]
    rows = shift_report_rows(
        report, store_name=store_name, names=names, time_zone=time_zone, translate=translate
    )
    for row in rows:
        if row is None:
            out.append(Text("-" * width))
        elif isinstance(row, str):
            out.append(Text(row))
        else:
            out += pair_blocks([row], width)
    out.append(Cut())
    return out
