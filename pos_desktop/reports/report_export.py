"""A report table (report_tables.py) as CSV or XLSX, and the header every export carries.

CSV: UTF-8 with a byte-order mark so Excel opens Sinhala and Tamil names correctly; amounts as
plain numbers ("1250.00", no thousands separator) so a spreadsheet reads them as numbers. A text
cell starting with = + - @ (or a tab or carriage return) gets a leading apostrophe, so a product
named "=HYPERLINK(...)" stays text in a spreadsheet (CSV formula injection).

XLSX (openpyxl): the title, store, period and generation time on top, then the table; amounts
are numbers with a two-decimal format, quantities numbers with up to three decimals, rates
percentages. Text is always written as text (never a formula), whatever it starts with.

Files are written beside their final name and renamed into place.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Final

from openpyxl import Workbook
from openpyxl.styles import Font

from pos_desktop.core.money import Money, exponent
from pos_desktop.reports.report_tables import Cell, Kind, ReportTable
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.loyalty_policy import local_zone
from pos_desktop.store.models import Store

DANGEROUS: Final = ("=", "+", "-", "@", "\t", "\r")
MONEY_FORMAT: Final = "#,##0.00"
QUANTITY_FORMAT: Final = "#,##0.###"
COUNT_FORMAT: Final = "#,##0"
PERCENT_FORMAT: Final = "0.00%"


@dataclass(frozen=True, slots=True)
class ReportMeta:
    store_name: str
    store_lines: tuple[str, ...]
    period: str  # "2025-03-01 to 2025-03-31", or "as of ..." for stock
    generated: str  # local time, "2025-03-31 18:05"


def load_meta(ctx: ServiceContext, period_label: str) -> ReportMeta:
    with ctx.db.read() as s:
        store = s.get(Store, ctx.terminal.store_id)
        zone = local_zone(s, ctx)
    lines = []
    if store is not None and store.address:
        lines.append(store.address)
    if store is not None and store.vat_registration_number:
        lines.append(f"VAT reg. no. {store.vat_registration_number}")
    return ReportMeta(
        store.name if store is not None else ctx.terminal.store_code,
        tuple(lines),
        period_label,
        ctx.clock().astimezone(zone).strftime("%Y-%m-%d %H:%M %Z").strip(),
    )


def _replace(partial: Path, path: Path) -> Path:
    os.replace(partial, path)
    return path


def safe_text(text: str) -> str:
    return "'" + text if text.startswith(DANGEROUS) else text


def csv_value(cell: Cell, kind: Kind) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Money):
        return f"{cell.amount:.{exponent(cell.currency)}f}"
    if isinstance(cell, Decimal):
        if kind is Kind.PERCENT:
            return f"{(cell * 100).normalize():f}"
        return f"{cell.normalize():f}"
    if isinstance(cell, int):
        return str(cell)
    return safe_text(str(cell))


def write_csv(table: ReportTable, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    kinds = [c.kind for c in table.columns]
    with partial.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow([safe_text(c.title) for c in table.columns])
        for row in table.rows:
            out.writerow([csv_value(cell, kind) for cell, kind in zip(row, kinds, strict=True)])
        if table.totals is not None:
            out.writerow(
                [csv_value(cell, kind) for cell, kind in zip(table.totals, kinds, strict=True)]
            )
    return _replace(partial, path)


def _xlsx_value(cell: Cell, kind: Kind) -> tuple[object, str | None]:
    if isinstance(cell, Money):
        return cell.amount, MONEY_FORMAT
    if isinstance(cell, Decimal):
        return cell, PERCENT_FORMAT if kind is Kind.PERCENT else QUANTITY_FORMAT
    if isinstance(cell, int):
        return cell, COUNT_FORMAT
    return cell, None


def _sheet_title(title: str) -> str:
    cleaned = "".join(ch for ch in title if ch not in "[]:*?/\\")
    return cleaned[:31] or "Report"


def write_xlsx(table: ReportTable, meta: ReportMeta, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = _sheet_title(table.title)
    bold = Font(bold=True)
    sheet.append([table.title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([meta.store_name])
    sheet.append([meta.period])
    sheet.append([meta.generated])
    for note in table.notes:
        sheet.append([note])
    sheet.append([])

    def put(row: tuple[Cell, ...], strong: bool) -> None:
        r = sheet.max_row + 1
        for col, (cell, column) in enumerate(zip(row, table.columns, strict=True), start=1):
            value, number_format = _xlsx_value(cell, column.kind)
            target = sheet.cell(row=r, column=col)
            if isinstance(value, str):
                target.value = value
                target.data_type = "s"  # text stays text, even "=1+1"
            else:
                target.value = value
            if number_format:
                target.number_format = number_format
            if strong:
                target.font = bold

    header = sheet.max_row + 1
    for col, column in enumerate(table.columns, start=1):
        c = sheet.cell(row=header, column=col, value=column.title)
        c.data_type = "s"
        c.font = bold
    for row in table.rows:
        put(row, False)
    if table.totals is not None:
        put(table.totals, True)
    sheet.freeze_panes = sheet.cell(row=header + 1, column=1)
    for col, column in enumerate(table.columns, start=1):
        width = max([len(column.title), *(len(str(r[col - 1] or "")) for r in table.rows[:200])])
        sheet.column_dimensions[sheet.cell(row=header, column=col).column_letter].width = min(
            max(10, width + 2), 60
        )
    partial = path.with_name(path.name + ".part")
    book.save(partial)
    return _replace(partial, path)


def export_name(table: ReportTable, period_label: str, suffix: str, now: datetime) -> str:
    """``sales-by-day_2025-03-01_to_2025-03-31.pdf``: safe on every file system."""
    stem = "".join(ch if ch.isalnum() else "-" for ch in table.key).strip("-")
    period = "".join(ch if ch.isalnum() or ch == "-" else "_" for ch in period_label)
    return f"{stem}_{period or now.strftime('%Y%m%d')}.{suffix}"
