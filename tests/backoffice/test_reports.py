"""Report pages: choose a report and a period, see the table and chart filled with the service's
figures, export PDF/CSV/XLSX into a folder; shift history opens a Z/X report; the audit log
filters and pages."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from pos_desktop.core.money import Money
from pos_desktop.services import reports_sales as rs
from pos_desktop.services.reports_period import Period
from pos_desktop.ui.backoffice.reports import ReportPage
from pos_desktop.ui.backoffice.reports_audit import AuditLogPage
from pos_desktop.ui.backoffice.reports_shifts import ShiftHistoryPage, ShiftReportDialog
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import money_text
from tests.backoffice.support import open_back_office, open_page
from tests.reports.scenario import build_scenario
from tests.reports.test_report_files import pdf_text
from tests.support.terminal import Terminal
from tests.ui.conftest import wait_idle

MARCH = Period(date(2025, 3, 1), date(2025, 3, 31), "Asia/Colombo")


def _sales_page(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> ReportPage:
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "reports.sales")
    assert isinstance(page, ReportPage)
    page.period.set_custom(MARCH.first, MARCH.last)
    wait_idle(qtbot, ui)
    return page


def test_sales_by_day_table_chart_and_exports(
    ui: UiContext, qtbot: QtBot, terminal: Terminal, tmp_path: Path
) -> None:
    build_scenario(terminal)
    page = _sales_page(qtbot, ui, terminal)
    page.choose("day")
    wait_idle(qtbot, ui)
    expected = rs.read_sales_report(terminal.ctx, terminal.manager, "day", MARCH)
    assert isinstance(expected, rs.FiguresReport)
    rows = page.model.text_rows()
    assert len(rows) == 31 + 1  # every day and the totals
    assert rows[0][0] == "2025-03-01" and rows[-1][5] == money_text(expected.total.net)
    assert page.chart.isVisible() or not page.isVisible()
    assert len(page.chart.points) == 31
    assert page.chart.chart().series()[0].count() == 1  # one bar set
    assert page.exports["pdf"].isEnabled()

    page.export_dir = tmp_path
    for kind in ("pdf", "csv", "xlsx"):
        page.export(kind)
        wait_idle(qtbot, ui)
    pdf, csv_file, xlsx = page.last_exports
    assert pdf.suffix == ".pdf" and csv_file.suffix == ".csv" and xlsx.suffix == ".xlsx"
    assert all(p.parent == tmp_path and p.stat().st_size > 0 for p in page.last_exports)
    net = f"{expected.total.net.amount:,.2f}"
    assert net in pdf_text(pdf) and "Sales by day" in pdf_text(pdf)
    lines = list(csv.reader(csv_file.read_text(encoding="utf-8-sig").splitlines()))
    assert lines[-1][5] == f"{expected.total.net.amount:.2f}"
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    assert any(row[0].value == "Total" for row in sheet.iter_rows())


def test_payment_pie_and_product_report(ui: UiContext, qtbot: QtBot, terminal: Terminal) -> None:
    build_scenario(terminal)
    page = _sales_page(qtbot, ui, terminal)
    page.choose("payment")
    wait_idle(qtbot, ui)
    assert [r[0] for r in page.model.text_rows()[:-1]] == ["Cash", "Card", "LankaQR"]
    assert type(page.chart.chart().series()[0]).__name__ == "QPieSeries"
    page.choose("product")
    wait_idle(qtbot, ui)
    names = [r[0] for r in page.model.text_rows()]
    assert {"Rice 5kg", "Soap bar", "Red dhal"} <= set(names)
    dhal = next(r for r in page.model.text_rows() if r[0] == "Red dhal")
    assert dhal[2] == "0.75"  # weighed: kilograms
    page.choose("tax")
    wait_idle(qtbot, ui)
    assert page.model.rowCount() == 3  # VAT, EXEMPT, total


def test_inventory_and_loyalty_pages(ui: UiContext, qtbot: QtBot, terminal: Terminal) -> None:
    build_scenario(terminal)
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    stock = open_page(qtbot, ui, screen, "reports.stock")
    assert isinstance(stock, ReportPage)
    rows = stock.model.text_rows()
    rice = next(r for r in rows if r[0] == "Rice 5kg")
    assert rice[4] == "97" and rice[6] == money_text(Money(97_000_00))
    assert "without a cost: 2" in stock.notes.text()
    stock.choose("stock_warehouse")
    wait_idle(qtbot, ui)
    assert stock.model.rowCount() == 2  # the default warehouse and the total
    loyalty = open_page(qtbot, ui, screen, "reports.loyalty")
    assert isinstance(loyalty, ReportPage)
    loyalty.period.set_custom(MARCH.first, MARCH.last)
    wait_idle(qtbot, ui)
    tiers = loyalty.model.text_rows()
    assert [r[0] for r in tiers] == ["Bronze", "Silver", "Gold", "Platinum", "Total"]
    assert tiers[0][2] == "12" and "issued 12" in loyalty.notes.text()


def test_shift_history_opens_the_z_report(ui: UiContext, qtbot: QtBot, terminal: Terminal) -> None:
    build_scenario(terminal)
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "reports.shifts")
    assert isinstance(page, ShiftHistoryPage)
    assert page.history is not None and len(page.history.rows) == 1
    assert page.table.item(0, 1).text() == "open"
    assert page.table.item(0, 4).text() == "6"  # six sales rung up (one later voided)
    page.open_selected()
    wait_idle(qtbot, ui)
    dialog = page.dialog
    assert isinstance(dialog, ShiftReportDialog)
    labels = [label for label, _ in dialog.view.text_rows()]
    assert any(label.startswith("X report") for label in labels)
    dialog.reject()


def test_audit_log_filters_and_fetches_more(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    build_scenario(terminal)
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "reports.audit")
    assert isinstance(page, AuditLogPage)
    page.period.set_custom(date(2025, 1, 1), date(2027, 12, 31))  # now and March 2025
    wait_idle(qtbot, ui)
    total = page.model.rowCount()
    assert total >= 3
    actions = [page.action.itemData(i) for i in range(1, page.action.count())]
    void_action = next(a for a in actions if "void" in a)
    page.action.setCurrentIndex(page.action.findData(void_action))
    wait_idle(qtbot, ui)
    assert page.model.rowCount() >= 1
    assert all(row.action == void_action for row in page.model.rows)
    # Paging: with pages of one row, the model fetches the rest one page at a time.
    page.action.setCurrentIndex(0)
    page.page_size = 1
    page.refresh()
    wait_idle(qtbot, ui)
    # The visible view asks for more by itself while it has room; the rest is scrolling.
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
        wait_idle(qtbot, ui)
    assert page.model.rowCount() == total
    assert page.pages_loaded == total  # one row per page, one page at a time
    assert len({r.id for r in page.model.rows}) == total


def test_a_cashier_sees_no_report_pages(ui: UiContext, qtbot: QtBot, terminal: Terminal) -> None:
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    assert screen.open_page("reports.sales") is not None
    ui.set_actor(terminal.cashier)
    assert screen.open_page("reports.sales") is None
