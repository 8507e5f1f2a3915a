"""Every back-office report as one generic table: titled columns of typed cells, a totals row and
the chart to draw. The page's table and chart, the PDF, the CSV and the XLSX all read this one
shape, so the screen and the files always say the same thing.

Qt-free. Cells are ``str``, ``int`` (counts, points), ``Money`` or ``Decimal`` quantities (exact,
from thousandths): never floats. Words are marked (context "Reports") and come out through the
``translate`` callable the caller passes (the page gives Qt's translator; files may too).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Final

from pos_desktop.core.money import Money
from pos_desktop.core.quantity import from_milli
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP, Translate, untranslated
from pos_desktop.i18n.payment_methods import method_label
from pos_desktop.services import reports_sales as rs
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.reports_loyalty import loyalty_liability
from pos_desktop.services.reports_period import Period
from pos_desktop.services.reports_stock import inventory_valuation

CONTEXT: Final = "Reports"
Cell = str | int | Money | Decimal | None


class Kind(StrEnum):
    TEXT = "text"
    MONEY = "money"
    QUANTITY = "quantity"
    COUNT = "count"
    PERCENT = "percent"  # a Decimal fraction, 0.18 is 18 %


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    kind: Kind


@dataclass(frozen=True, slots=True)
class Chart:
    kind: str  # "bar" or "pie"
    label_column: int
    value_column: int
    limit: int = 0  # draw only the first rows (0: all)


@dataclass(frozen=True, slots=True)
class ReportTable:
    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    totals: tuple[Cell, ...] | None
    chart: Chart | None
    currency: str
    notes: tuple[str, ...] = ()

    def chart_points(self) -> list[tuple[str, int]]:
        """(label, value in minor units or count) of the rows the chart draws."""
        if self.chart is None:
            return []
        rows = self.rows[: self.chart.limit] if self.chart.limit else self.rows
        out = []
        for row in rows:
            value = row[self.chart.value_column]
            number = value.minor if isinstance(value, Money) else int(value or 0)
            out.append((str(row[self.chart.label_column] or ""), number))
        return out


def cell_text(cell: Cell, kind: Kind) -> str:
    """Plain text of a cell (PDF, CSV and tests; the screen formats money by language)."""
    from pos_desktop.core.money import format_amount

    if cell is None:
        return ""
    if isinstance(cell, Money):
        return format_amount(cell)
    if kind is Kind.PERCENT and isinstance(cell, Decimal):
        return f"{(cell * 100).normalize():f} %"
    if isinstance(cell, Decimal):
        return f"{cell.normalize():f}" if cell == cell.to_integral() else f"{cell:f}"
    if isinstance(cell, int):
        return f"{cell:,}"
    return str(cell)


def _qty(milli: int) -> Decimal:
    return from_milli(milli)


# -- titles ---------------------------------------------------------------------------------

TITLES: Final = {
    "day": QT_TRANSLATE_NOOP("Reports", "Sales by day"),
    "hour": QT_TRANSLATE_NOOP("Reports", "Sales by hour of day"),
    "product": QT_TRANSLATE_NOOP("Reports", "Sales by product"),
    "category": QT_TRANSLATE_NOOP("Reports", "Sales by category"),
    "cashier": QT_TRANSLATE_NOOP("Reports", "Sales by cashier"),
    "payment": QT_TRANSLATE_NOOP("Reports", "Sales by payment method"),
    "tax": QT_TRANSLATE_NOOP("Reports", "Tax report"),
    "stock_product": QT_TRANSLATE_NOOP("Reports", "Inventory valuation by product"),
    "stock_category": QT_TRANSLATE_NOOP("Reports", "Inventory valuation by category"),
    "stock_warehouse": QT_TRANSLATE_NOOP("Reports", "Inventory valuation by warehouse"),
    "loyalty": QT_TRANSLATE_NOOP("Reports", "Loyalty liability"),
}
# One literal (lupdate does not join adjacent strings), hence the long line.
LOYALTY_ACTIVITY: Final = QT_TRANSLATE_NOOP(
    "Reports",
    "In the period: issued {issued}, redeemed {redeemed}, expired {expired}, adjusted {adjusted}, reversed by returns {reversed}.",  # noqa: E501
)
SALES_KEYS: Final = ("day", "hour", "product", "category", "cashier", "payment", "tax")
STOCK_KEYS: Final = ("stock_product", "stock_category", "stock_warehouse")
LOYALTY_KEYS: Final = ("loyalty",)
NEEDS_PERIOD: Final = frozenset(SALES_KEYS + LOYALTY_KEYS)
TIER_NAMES: Final = {  # the receipt's words for the tiers (context "Receipt")
    "BRONZE": QT_TRANSLATE_NOOP("Receipt", "Bronze"),
    "SILVER": QT_TRANSLATE_NOOP("Receipt", "Silver"),
    "GOLD": QT_TRANSLATE_NOOP("Receipt", "Gold"),
    "PLATINUM": QT_TRANSLATE_NOOP("Receipt", "Platinum"),
}
NO_CATEGORY: Final = QT_TRANSLATE_NOOP("Reports", "(no category)")


def _figure_columns(first: str, tr: Callable[[str], str]) -> tuple[Column, ...]:
    return (
        Column(tr(first), Kind.TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Sales")), Kind.COUNT),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Returns")), Kind.COUNT),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Gross sales")), Kind.MONEY),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Refunds")), Kind.MONEY),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Net sales")), Kind.MONEY),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Tax")), Kind.MONEY),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Discounts")), Kind.MONEY),
    )


def _figures(label: str, f: rs.SalesFigures) -> tuple[Cell, ...]:
    return (label, f.sales_count, f.returns_count, f.sales, f.returns, f.net, f.tax, f.discount)


def _items_columns(first: str, tr: Callable[[str], str], sku: bool) -> tuple[Column, ...]:
    head: list[Column] = [Column(tr(first), Kind.TEXT)]
    if sku:
        head.append(Column(tr(QT_TRANSLATE_NOOP("Reports", "SKU")), Kind.TEXT))
    return (
        *head,
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Quantity")), Kind.QUANTITY),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Net sales")), Kind.MONEY),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Tax")), Kind.MONEY),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Discounts")), Kind.MONEY),
    )


def sales_table(
    report: rs.SalesReport, key: str, translate: Translate = untranslated
) -> ReportTable:
    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    title, cur = tr(TITLES[key]), report.currency
    if isinstance(report, rs.FiguresReport):
        first = {
            "day": QT_TRANSLATE_NOOP("Reports", "Day"),
            "hour": QT_TRANSLATE_NOOP("Reports", "Hour"),
        }.get(key, QT_TRANSLATE_NOOP("Reports", "Cashier"))
        rows: list[tuple[Cell, ...]] = []
        for r in report.rows:
            if isinstance(r, rs.DayRow):
                label = r.day.isoformat()
            elif isinstance(r, rs.HourRow):
                label = f"{r.hour:02d}:00"
            else:
                label = r.name
            rows.append(_figures(label, r.figures))
        totals = _figures(tr(QT_TRANSLATE_NOOP("Reports", "Total")), report.total)
        value_col = 5
        chart = Chart("bar", 0, value_col)
        return ReportTable(key, title, _figure_columns(first, tr), tuple(rows), totals, chart, cur)
    if isinstance(report, rs.ItemsReport):
        is_product = key == "product"
        first = (
            QT_TRANSLATE_NOOP("Reports", "Product")
            if is_product
            else QT_TRANSLATE_NOOP("Reports", "Category")
        )
        rows = []
        for item in report.rows:
            name = item.name or tr(NO_CATEGORY)
            head: tuple[Cell, ...] = (name, item.sku) if is_product else (name,)
            rows.append((*head, _qty(item.quantity_milli), item.sales, item.tax, item.discount))
        pad: tuple[Cell, ...] = (None,) if is_product else ()
        totals = (
            tr(QT_TRANSLATE_NOOP("Reports", "Total")),
            *pad,
            None,
            report.total_sales,
            report.total_tax,
            None,
        )
        value = 3 if is_product else 2
        chart = Chart("bar", 0, value, limit=10 if is_product else 12)
        return ReportTable(
            key, title, _items_columns(first, tr, is_product), tuple(rows), totals, chart, cur
        )
    if isinstance(report, rs.PaymentsReport):
        columns: tuple[Column, ...] = (
            Column(tr(QT_TRANSLATE_NOOP("Reports", "Payment method")), Kind.TEXT),
            Column(tr(QT_TRANSLATE_NOOP("Reports", "Payments")), Kind.COUNT),
            Column(tr(QT_TRANSLATE_NOOP("Reports", "Taken")), Kind.MONEY),
            Column(tr(QT_TRANSLATE_NOOP("Reports", "Refunded")), Kind.MONEY),
            Column(tr(QT_TRANSLATE_NOOP("Reports", "Net")), Kind.MONEY),
            Column(tr(QT_TRANSLATE_NOOP("Reports", "Pending verification")), Kind.MONEY),
        )
        rows = [
            (
                method_label(p.method, p.name, translate),
                p.count,
                p.taken,
                p.refunded,
                p.net,
                p.pending,
            )
            for p in report.rows
        ]
        totals = (tr(QT_TRANSLATE_NOOP("Reports", "Total")), None, None, None, report.total, None)
        return ReportTable(key, title, columns, tuple(rows), totals, Chart("pie", 0, 4), cur)
    columns = (
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Tax class")), Kind.TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Rate")), Kind.PERCENT),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Taxable amount")), Kind.MONEY),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Tax")), Kind.MONEY),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Gross")), Kind.MONEY),
    )
    rows = [
        (
            f"{t.code} {t.name}" if t.name and t.name != t.code else t.code,
            t.rate,
            t.taxable,
            t.tax,
            t.gross,
        )
        for t in report.rows
    ]
    gross = Money(report.taxable.minor + report.tax.minor, cur)
    totals = (tr(QT_TRANSLATE_NOOP("Reports", "Total")), None, report.taxable, report.tax, gross)
    return ReportTable(key, title, columns, tuple(rows), totals, Chart("bar", 0, 3), cur)


def stock_table(ctx: ServiceContext, actor: Actor, key: str, translate: Translate) -> ReportTable:
    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    report = inventory_valuation(ctx, actor)
    cur = report.currency
    notes = (
        tr(QT_TRANSLATE_NOOP("Reports", "Value = stock on hand x the product's current cost.")),
        tr(QT_TRANSLATE_NOOP("Reports", "Products without a cost: {n}")).format(
            n=report.without_cost
        ),
        tr(QT_TRANSLATE_NOOP("Reports", "Rows with negative stock: {n}")).format(
            n=report.negative_rows
        ),
    )
    total_label = tr(QT_TRANSLATE_NOOP("Reports", "Total"))
    columns: tuple[Column, ...]
    if key == "stock_product":
        columns = (
            Column(tr(QT_TRANSLATE_NOOP("Reports", "Product")), Kind.TEXT),
            Column(tr(QT_TRANSLATE_NOOP("Reports", "SKU")), Kind.TEXT),
            Column(tr(QT_TRANSLATE_NOOP("Reports", "Category")), Kind.TEXT),
            Column(tr(QT_TRANSLATE_NOOP("Reports", "Warehouse")), Kind.TEXT),
            Column(tr(QT_TRANSLATE_NOOP("Reports", "On hand")), Kind.QUANTITY),
            Column(tr(QT_TRANSLATE_NOOP("Reports", "Unit cost")), Kind.MONEY),
            Column(tr(QT_TRANSLATE_NOOP("Reports", "Value")), Kind.MONEY),
        )
        rows: list[tuple[Cell, ...]] = [
            (r.name, r.sku, r.category or tr(NO_CATEGORY), r.warehouse, _qty(r.on_hand_milli),
             r.unit_cost, r.value)
            for r in report.rows
        ]  # fmt: skip
        totals: tuple[Cell, ...] = (total_label, None, None, None, None, None, report.total)
        return ReportTable(key, tr(TITLES[key]), columns, tuple(rows), totals, None, cur, notes)
    groups = report.by_category if key == "stock_category" else report.by_warehouse
    first = (
        QT_TRANSLATE_NOOP("Reports", "Category")
        if key == "stock_category"
        else QT_TRANSLATE_NOOP("Reports", "Warehouse")
    )
    columns = (
        Column(tr(first), Kind.TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Products")), Kind.COUNT),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "On hand")), Kind.QUANTITY),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Value")), Kind.MONEY),
    )
    rows = [(g.name or tr(NO_CATEGORY), g.rows, _qty(g.on_hand_milli), g.value) for g in groups]
    totals = (total_label, len(report.rows), None, report.total)
    chart = Chart("bar", 0, 3, limit=12)
    return ReportTable(key, tr(TITLES[key]), columns, tuple(rows), totals, chart, cur, notes)


def loyalty_table(
    ctx: ServiceContext, actor: Actor, period: Period, translate: Translate
) -> ReportTable:
    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    report = loyalty_liability(ctx, actor, period)
    columns = (
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Tier")), Kind.TEXT),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Members with points")), Kind.COUNT),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Points outstanding")), Kind.COUNT),
        Column(tr(QT_TRANSLATE_NOOP("Reports", "Liability")), Kind.MONEY),
    )
    rows = tuple(
        (
            translate("Receipt", TIER_NAMES.get(r.tier, r.tier.title())),
            r.customers,
            r.points,
            r.liability,
        )
        for r in report.rows
    )
    totals: tuple[Cell, ...] = (
        tr(QT_TRANSLATE_NOOP("Reports", "Total")),
        sum(r.customers for r in report.rows),
        report.points,
        report.liability,
    )
    a = report.activity
    notes = (
        tr(QT_TRANSLATE_NOOP("Reports", "One point is worth {value}.")).format(
            value=f"{report.currency} {cell_text(report.point_value, Kind.MONEY)}"
        ),
        tr(LOYALTY_ACTIVITY).format(
            issued=a.issued, redeemed=a.redeemed, expired=a.expired, adjusted=a.adjusted,
            reversed=a.reversed,
        ),
    )  # fmt: skip
    return ReportTable(
        "loyalty", tr(TITLES["loyalty"]), columns, rows, totals, Chart("bar", 0, 3),
        report.currency, notes,
    )  # fmt: skip


def build_table(
    ctx: ServiceContext,
    actor: Actor,
    key: str,
    period: Period | None,
    translate: Translate = untranslated,
) -> ReportTable:
    """Worker side: read report ``key`` (the services check VIEW_REPORTS) as a table."""
    if key in SALES_KEYS:
        assert period is not None
        return sales_table(rs.read_sales_report(ctx, actor, key, period), key, translate)
    if key in STOCK_KEYS:
        return stock_table(ctx, actor, key, translate)
    if key in LOYALTY_KEYS:
        assert period is not None
        return loyalty_table(ctx, actor, period, translate)
    raise KeyError(key)


def today_label(day: date) -> str:
    return day.isoformat()
