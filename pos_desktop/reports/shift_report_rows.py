"""An X or Z report as titled sections of (label, value) rows: one layout for the screen table
and the PDF, so what the manager reads on the till is what the file and the printout say.

Qt-free. The words are marked (context "ShiftReport") and come out through the ``translate``
callable the caller passes: the screen gives Qt's translator for the user's language, the PDF
keeps English. Labels with numbers or names in them are translated whole, as templates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.core.money import Money, format_amount
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP, Translate, untranslated
from pos_desktop.i18n.payment_methods import method_label
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.shift_reports import ShiftReport
from pos_desktop.store.models import Organization, Store, User


@dataclass(frozen=True, slots=True)
class ReportHeader:
    """Who and where, read once: store header lines, terminal code, time zone, user names."""

    store_name: str
    store_lines: tuple[str, ...]  # address, VAT registration number...
    terminal: str  # "S01-T01"
    timezone: str
    names: dict[str, str] = field(default_factory=dict)  # user id -> display name

    def name(self, user_id: str | None) -> str:
        if user_id is None:
            return "-"
        return self.names.get(user_id, user_id)

    def local(self, moment: datetime | None) -> str:
        if moment is None:
            return "-"
        try:
            zone = ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = ZoneInfo("UTC")
        return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    value: str
    strong: bool = False  # totals the eye should land on
    indent: int = 0


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    rows: tuple[Row, ...]


def load_header(session: Session, ctx: ServiceContext, report: ShiftReport) -> ReportHeader:
    ident = ctx.terminal
    store = session.get(Store, ident.store_id)
    org = session.get(Organization, ident.organization_id)
    user_ids = {
        uid
        for uid in (
            report.cashier_id,
            report.closed_by_id,
            report.approved_by_id,
            *(m.user_id for m in report.movements),
            *(m.approved_by_id for m in report.movements),
        )
        if uid
    }
    names = {
        uid: name
        for uid, name in session.execute(select(User.id, User.name).where(User.id.in_(user_ids)))
    }
    lines: list[str] = []
    if store is not None and store.address:
        lines.append(store.address)
    if store is not None and store.vat_registration_number:
        lines.append(f"VAT reg. no. {store.vat_registration_number}")
    return ReportHeader(
        store_name=store.name if store is not None else ident.store_code,
        store_lines=tuple(lines),
        terminal=f"{ident.store_code}-{ident.device_code}",
        timezone=org.timezone if org is not None and org.timezone else "UTC",
        names=names,
    )


CONTEXT = "ShiftReport"


def title(report: ShiftReport, translate: Translate = untranslated) -> str:
    if report.report == "Z":
        z = translate(CONTEXT, QT_TRANSLATE_NOOP("ShiftReport", "Z report No. {number}"))
        return z.format(number=report.z_report_number)
    return translate(CONTEXT, QT_TRANSLATE_NOOP("ShiftReport", "X report (reading, not final)"))


def _m(minor: int, currency: str) -> str:
    return f"{currency} {format_amount(Money(minor, currency))}"


OVER: Final = QT_TRANSLATE_NOOP("ShiftReport", "Over")
SHORT: Final = QT_TRANSLATE_NOOP("ShiftReport", "Short")
OVER_SHORT: Final = QT_TRANSLATE_NOOP("ShiftReport", "Over/short")


def over_short_word(minor: int, translate: Translate = untranslated) -> str:
    return translate(CONTEXT, OVER if minor > 0 else SHORT if minor < 0 else OVER_SHORT)


def report_sections(
    report: ShiftReport, header: ReportHeader, translate: Translate = untranslated
) -> list[Section]:
    """The report's sections with their words in the language of ``translate``."""

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    def row(text: str, value: str, *, strong: bool = False, indent: int = 0) -> Row:
        return Row(tr(text), value, strong, indent)

    r, cur = report, report.currency
    closed = header.local(r.closed_at)
    if r.closed_by_id:
        by = tr(QT_TRANSLATE_NOOP("ShiftReport", "{when} by {name}"))
        closed = by.format(when=closed, name=header.name(r.closed_by_id))
    shift = [
        row(QT_TRANSLATE_NOOP("ShiftReport", "Terminal"), header.terminal),
        row(QT_TRANSLATE_NOOP("ShiftReport", "Cashier"), header.name(r.cashier_id)),
        row(QT_TRANSLATE_NOOP("ShiftReport", "Opened"), header.local(r.opened_at)),
        row(QT_TRANSLATE_NOOP("ShiftReport", "Closed"), closed),
        row(QT_TRANSLATE_NOOP("ShiftReport", "Printed"), header.local(r.generated_at)),
        row(
            QT_TRANSLATE_NOOP("ShiftReport", "Receipts"),
            f"{r.first_receipt_number or '-'} .. {r.last_receipt_number or '-'}",
        ),
    ]
    if r.approved_by_id:
        shift.append(
            row(QT_TRANSLATE_NOOP("ShiftReport", "Approved by"), header.name(r.approved_by_id))
        )
    # Counts go into whole translated templates: word order differs between languages.
    sales = tr(QT_TRANSLATE_NOOP("ShiftReport", "Sales ({count})"))
    returns = tr(QT_TRANSLATE_NOOP("ShiftReport", "Returns ({count})"))
    voids = tr(QT_TRANSLATE_NOOP("ShiftReport", "Voids ({count})"))
    totals = [
        Row(sales.format(count=r.sales_count), _m(r.sales_total_minor, cur)),
        Row(returns.format(count=r.returns_count), _m(r.returns_total_minor, cur)),
        Row(voids.format(count=r.voids_count), _m(r.voids_total_minor, cur)),
        row(QT_TRANSLATE_NOOP("ShiftReport", "Net total"), _m(r.net_total_minor, cur), strong=True),
        row(QT_TRANSLATE_NOOP("ShiftReport", "Discounts given"), _m(r.discount_total_minor, cur)),
        row(
            QT_TRANSLATE_NOOP("ShiftReport", "of which coupons"),
            _m(r.coupon_discount_minor, cur),
            indent=1,
        ),
        row(QT_TRANSLATE_NOOP("ShiftReport", "Tax"), _m(r.tax_total_minor, cur)),
        row(
            QT_TRANSLATE_NOOP("ShiftReport", "Items sold"),
            f"{Decimal(r.items_sold_milli).scaleb(-3).normalize():f}",
        ),
    ]
    taxed = tr(QT_TRANSLATE_NOOP("ShiftReport", "{taxable} / tax {tax}"))
    taxes = [
        Row(
            f"{t.tax_class_code} {(t.tax_rate * 100).normalize():f}%",
            taxed.format(taxable=_m(t.taxable_minor, cur), tax=_m(t.tax_minor, cur)),
        )
        for t in r.tax_by_class
    ]
    counted_method = tr(QT_TRANSLATE_NOOP("ShiftReport", "{method} ({count})"))
    payments: list[Row] = []
    for m in r.payments_by_method:
        name = method_label(m.method, None, translate)
        payments.append(
            Row(counted_method.format(method=name, count=m.count), _m(m.amount_minor, cur))
        )
        if m.refunded_minor:
            payments.append(
                row(
                    QT_TRANSLATE_NOOP("ShiftReport", "refunded"),
                    _m(-m.refunded_minor, cur),
                    indent=1,
                )
            )
        if m.pending_minor:
            payments.append(
                row(
                    QT_TRANSLATE_NOOP("ShiftReport", "pending verification"),
                    _m(m.pending_minor, cur),
                    indent=1,
                )
            )
    drawer = [
        row(QT_TRANSLATE_NOOP("ShiftReport", "Opening float"), _m(r.opening_float_minor, cur)),
        row(QT_TRANSLATE_NOOP("ShiftReport", "Cash sales"), _m(r.cash_sales_minor, cur)),
        row(QT_TRANSLATE_NOOP("ShiftReport", "Cash refunds"), _m(-r.cash_refunds_minor, cur)),
        row(QT_TRANSLATE_NOOP("ShiftReport", "Cash in"), _m(r.cash_in_minor, cur)),
        row(QT_TRANSLATE_NOOP("ShiftReport", "Cash out"), _m(-r.cash_out_minor, cur)),
        row(QT_TRANSLATE_NOOP("ShiftReport", "Payouts"), _m(-r.payouts_minor, cur)),
        row(QT_TRANSLATE_NOOP("ShiftReport", "No-sale drawer opens"), str(r.no_sale_count)),
        row(
            QT_TRANSLATE_NOOP("ShiftReport", "Expected in drawer"),
            _m(r.expected_cash_minor, cur),
            strong=True,
        ),
    ]
    if r.counted_cash_minor is not None:
        over = r.over_short_minor or 0
        drawer.append(
            row(
                QT_TRANSLATE_NOOP("ShiftReport", "Counted"),
                _m(r.counted_cash_minor, cur),
                strong=True,
            )
        )
        drawer.append(Row(over_short_word(over, translate), _m(over, cur), strong=True))
        counted = sorted((r.counted_denominations or {}).items(), key=lambda fc: -int(fc[0]))
        for face, count in counted:
            value = Money.of(int(face) * count, cur).minor
            drawer.append(Row(f"{face} x {count}", _m(value, cur), indent=1))
    return [
        Section(tr(QT_TRANSLATE_NOOP("ShiftReport", "Shift")), tuple(shift)),
        Section(tr(QT_TRANSLATE_NOOP("ShiftReport", "Takings")), tuple(totals)),
        Section(
            tr(QT_TRANSLATE_NOOP("ShiftReport", "Tax by class")),
            tuple(taxes) or (row(QT_TRANSLATE_NOOP("ShiftReport", "No taxed sales"), ""),),
        ),
        Section(
            tr(QT_TRANSLATE_NOOP("ShiftReport", "Payments")),
            tuple(payments) or (row(QT_TRANSLATE_NOOP("ShiftReport", "No payments"), ""),),
        ),
        Section(tr(QT_TRANSLATE_NOOP("ShiftReport", "Cash drawer")), tuple(drawer)),
    ]
