"""Inventory > Stock take: start a count of a warehouse (optionally one category), count by
scanning (the scanner types the code and Enter into the scan box) or by typing a code and a
quantity, then review the variance report, export it as CSV, and complete or cancel.

Blind count: the Count tab shows only what was counted; expected quantities appear only in the
Variance tab, which loads when the manager opens it. Completing asks for a second click in an
inline confirmation (no blocking message box), then writes the count corrections.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.services import stock_list, stock_take, warehouses
from pos_desktop.services.context import Changes
from pos_desktop.services.stock_take import CountLine, CountMode, StockTakeView
from pos_desktop.services.stock_take_report import VarianceReport, variance_csv, variance_report
from pos_desktop.services.warehouses import WarehouseView
from pos_desktop.ui.backoffice.formats import money, parse_decimal, when_text
from pos_desktop.ui.backoffice.inventory_common import DB, label_of, qty
from pos_desktop.ui.backoffice.widgets import (
    READ,
    button,
    error_text,
    fill_table,
    make_table,
    page_title,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell

IO = "files"
TAKE_STATUS = {
    "OPEN": QT_TRANSLATE_NOOP("Inventory", "open"),
    "COMPLETED": QT_TRANSLATE_NOOP("Inventory", "completed"),
    "CANCELLED": QT_TRANSLATE_NOOP("Inventory", "cancelled"),
}
SHORT, OVER = "#ffd6d6", "#dbe9ff"


class StockTakePage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.takes: list[StockTakeView] = []
        self.warehouses: list[WarehouseView] = []
        self.report: VarianceReport | None = None
        # -- choose or start ------------------------------------------------------------------
        self.take = QComboBox()
        self.take.setObjectName("stockTakeChoice")
        self.take.currentIndexChanged.connect(lambda _i: self._take_chosen())
        self.new_warehouse = QComboBox()
        self.new_warehouse.setObjectName("stockTakeWarehouse")
        self.new_category = QComboBox()
        self.new_category.setObjectName("stockTakeCategory")
        self.new_category.addItem(self.tr("Whole warehouse"), None)
        start_row = QHBoxLayout()
        start_row.addWidget(QLabel(self.tr("Count")))
        start_row.addWidget(self.new_warehouse)
        start_row.addWidget(self.new_category)
        start_row.addWidget(button(self.tr("Start stock take"), "stockTakeStart", self.start))
        start_row.addStretch(1)
        choose_row = QHBoxLayout()
        choose_row.addWidget(QLabel(self.tr("Stock take")))
        choose_row.addWidget(self.take, 1)
        # -- counting -------------------------------------------------------------------------
        self.scan = QLineEdit()
        self.scan.setObjectName("stockTakeScan")
        self.scan.setPlaceholderText(self.tr("Scan or type a barcode or SKU, then Enter"))
        self.scan.returnPressed.connect(self.count)
        self.quantity = QLineEdit("1")
        self.quantity.setObjectName("stockTakeQuantity")
        self.quantity.setMaximumWidth(120)
        self.replace = QCheckBox(self.tr("Quantity is the total (recount)"))
        self.replace.setObjectName("stockTakeReplace")
        self.last = QLabel()
        self.last.setObjectName("stockTakeLast")
        self.last.setWordWrap(True)
        self.counted = make_table(
            "stockTakeCounted",
            [self.tr("SKU"), self.tr("Name"), self.tr("Counted"), self.tr("Counted at")],
        )
        entry = QFormLayout()
        entry.addRow(self.tr("Code"), self.scan)
        qty_row = QHBoxLayout()
        qty_row.addWidget(self.quantity)
        qty_row.addWidget(self.replace)
        qty_row.addStretch(1)
        entry.addRow(self.tr("Quantity"), qty_row)
        count_tab = QWidget()
        count_layout = QVBoxLayout(count_tab)
        count_layout.addLayout(entry)
        count_layout.addWidget(self.last)
        count_layout.addWidget(self.counted, 1)
        # -- variance -------------------------------------------------------------------------
        self.variance = make_table(
            "stockTakeVariance",
            [
                self.tr("SKU"),
                self.tr("Name"),
                self.tr("Expected"),
                self.tr("Counted"),
                self.tr("Difference"),
                self.tr("Unit cost"),
                self.tr("Difference value"),
            ],
        )
        self.totals = QLabel()
        self.totals.setObjectName("stockTakeTotals")
        self.totals.setWordWrap(True)
        variance_tab = QWidget()
        variance_layout = QVBoxLayout(variance_tab)
        variance_layout.addWidget(self.variance, 1)
        variance_layout.addWidget(self.totals)
        export_row = QHBoxLayout()
        export_row.addWidget(button(self.tr("Export CSV…"), "stockTakeExport", self.export))
        export_row.addStretch(1)
        variance_layout.addLayout(export_row)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("stockTakeTabs")
        self.tabs.addTab(count_tab, self.tr("Count"))
        self.tabs.addTab(variance_tab, self.tr("Variance"))
        self.tabs.currentChanged.connect(lambda i: self.load_variance() if i == 1 else None)
        # -- finish ---------------------------------------------------------------------------
        self.zero_uncounted = QCheckBox(self.tr("Products not counted are at zero"))
        self.zero_uncounted.setObjectName("stockTakeZeroUncounted")
        self.complete_button = button(self.tr("Complete…"), "stockTakeComplete", self.ask_complete)
        self.cancel_button = button(self.tr("Cancel stock take"), "stockTakeCancel", self.cancel)
        self.confirm = QWidget()
        self.confirm.setObjectName("stockTakeConfirm")
        confirm_row = QHBoxLayout(self.confirm)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        confirm_row.addWidget(self.confirm_text, 1)
        confirm_row.addWidget(button(self.tr("Complete now"), "stockTakeConfirmYes", self.complete))
        confirm_row.addWidget(button(self.tr("Back"), "stockTakeConfirmNo", self.confirm.hide))
        self.confirm.hide()
        finish_row = QHBoxLayout()
        finish_row.addWidget(self.zero_uncounted)
        finish_row.addStretch(1)
        finish_row.addWidget(self.cancel_button)
        finish_row.addWidget(self.complete_button)
        self.status = QLabel()
        self.status.setObjectName("stockTakeStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Stock take")))
        layout.addLayout(start_row)
        layout.addLayout(choose_row)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(finish_row)
        layout.addWidget(self.confirm)
        layout.addWidget(self.status)
        shortcut = QShortcut(QKeySequence("F6"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.tabs.setCurrentIndex(1))
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("warehouses") or changes.touches("stock_takes"):
            self.reload()

    def reload(self, select: str | None = None) -> None:
        ctx = self.ui.ctx

        def load() -> tuple[list[StockTakeView], list[WarehouseView], list[tuple[str, str]]]:
            with ctx.db.read() as s:
                return (
                    stock_take.list_stock_takes(s, ctx),
                    warehouses.list_warehouses(s, ctx),
                    stock_list.category_choices(s, ctx),
                )

        self.ui.run(load, lambda r: self._loaded(r, select), self._error, lane=READ)

    def _loaded(self, refs: Any, select: str | None) -> None:
        self.takes, self.warehouses, categories = refs
        names = {w.id: w.name for w in self.warehouses}
        keep = select or self.take.currentData()
        self.take.blockSignals(True)
        self.take.clear()
        for t in self.takes:
            label = self.tr("{ref} · {warehouse} · {status} · %n line(s) · {started}", "", t.lines)
            self.take.addItem(
                label.format(
                    ref=t.reference,
                    warehouse=names.get(t.warehouse_id, "?"),
                    status=label_of(TAKE_STATUS, t.status),
                    started=when_text(t.started_at),
                ),
                t.id,
            )
        n = self.take.findData(keep)
        self.take.setCurrentIndex(n if n >= 0 else 0)
        self.take.blockSignals(False)
        for combo, items in (
            (self.new_warehouse, [(w.id, w.name) for w in self.warehouses]),
            (self.new_category, categories),
        ):
            current = combo.currentData()
            first = 1 if combo is self.new_category else 0
            while combo.count() > first:
                combo.removeItem(first)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self._take_chosen()

    def current(self) -> StockTakeView | None:
        tid = self.take.currentData()
        return next((t for t in self.takes if t.id == tid), None)

    def _take_chosen(self) -> None:
        self.confirm.hide()
        self._update_buttons()
        take = self.current()
        if take is None:
            fill_table(self.counted, [], selection="clear")
            return
        self.load_counted()
        if self.tabs.currentIndex() == 1:
            self.load_variance()

    def _update_buttons(self) -> None:
        take = self.current()
        is_open = take is not None and take.status == "OPEN"
        for w in (self.scan, self.quantity, self.replace, self.zero_uncounted):
            w.setEnabled(is_open)
        self.complete_button.setEnabled(is_open)
        self.cancel_button.setEnabled(is_open)
        if is_open:
            self.scan.setFocus()

    def load_counted(self) -> None:
        take = self.current()
        if take is None:
            return
        ctx, tid = self.ui.ctx, take.id

        def load() -> list[CountLine]:
            with ctx.db.read() as s:
                return stock_take.counted_lines(s, ctx, tid)

        self.ui.run(load, self._show_counted, self._error, lane=READ)

    def _show_counted(self, lines: list[CountLine]) -> None:
        fill_table(
            self.counted,
            [
                (
                    ln.product_id,
                    [ln.sku, ln.name, qty(ln.counted_milli, ln.unit), when_text(ln.counted_at)],
                )
                for ln in lines
            ],
            right=(2,),
            selection="clear",
        )

    def load_variance(self) -> None:
        take = self.current()
        if take is None:
            return
        ctx, tid = self.ui.ctx, take.id

        def load() -> VarianceReport:
            with ctx.db.read() as s:
                return variance_report(s, ctx, tid)

        self.ui.run(load, self._show_variance, self._error, lane=READ)

    def _show_variance(self, report: VarianceReport) -> None:
        self.report = report
        cur = report.currency
        rows: list[tuple[str, list[str]]] = []
        colours: list[QColor | None] = []
        for ln in report.lines:
            counted = ln.counted_milli is not None
            rows.append(
                (
                    ln.product_id,
                    [
                        ln.sku,
                        ln.name,
                        qty(ln.expected_milli, ln.unit),
                        qty(ln.counted_milli, ln.unit) if counted else self.tr("not counted"),
                        qty(ln.difference_milli, ln.unit) if counted else "",
                        money(ln.unit_cost_minor, cur),
                        money(ln.difference_value_minor, cur) if counted else "",
                    ],
                )
            )
            diff = ln.difference_milli if counted else 0
            colours.append(None if not diff else QColor(SHORT if diff < 0 else OVER))
        fill_table(self.variance, rows, right=(2, 3, 4, 5, 6), colours=colours, selection="clear")
        self.totals.setText(
            self.tr(
                "{counted} counted, {varied} with a difference, {missing} not counted. "
                "Expected {expected}, counted {value}: difference {difference} "
                "(short {short}, over {over})."
            ).format(
                counted=len(report.counted),
                varied=report.lines_with_variance,
                missing=len(report.not_counted),
                expected=money(report.expected_value_minor, cur),
                value=money(report.counted_value_minor, cur),
                difference=money(report.difference_value_minor, cur),
                short=money(report.shortage_value_minor, cur),
                over=money(report.surplus_value_minor, cur),
            )
        )

    # -- actions ----------------------------------------------------------------------------
    def start(self) -> None:
        wid = self.new_warehouse.currentData()
        if not wid:
            self.status.setText(self.tr("Choose the warehouse to count."))
            return
        ctx, actor, cid = self.ui.ctx, self.ui.require_actor(), self.new_category.currentData()

        def done(result: stock_take.StockTakeResult) -> None:
            self.status.setText(self.tr("Stock take started: scan or type what you count."))
            self.tabs.setCurrentIndex(0)
            self.reload(select=result.stock_take_id)

        self.ui.run(
            lambda: stock_take.start_stock_take(ctx, actor, wid, category_id=cid),
            done,
            self._error,
            lane=DB,
        )

    def count(self) -> None:
        take = self.current()
        code = self.scan.text().strip()
        if take is None or not code:
            return
        ctx, actor, tid = self.ui.ctx, self.ui.require_actor(), take.id
        mode = CountMode.SET if self.replace.isChecked() else CountMode.ADD
        amount = parse_decimal(self.quantity.text() or "1")
        self.scan.clear()

        def done(result: stock_take.CountResult) -> None:
            ln = result.line
            self.last.setText(
                self.tr("{name} ({sku}): {quantity} counted").format(
                    name=ln.name, sku=ln.sku, quantity=qty(ln.counted_milli, ln.unit)
                )
            )
            self.status.clear()
            self.quantity.setText("1")
            self.replace.setChecked(False)
            self.load_counted()

        def failed(error: BaseException) -> None:
            self.last.setText(error_text(error))
            self.scan.setText(code)
            self.scan.selectAll()

        self.ui.run(
            lambda: stock_take.count_item(ctx, actor, tid, code=code, quantity=amount, mode=mode),
            done,
            failed,
            lane=DB,
        )

    def ask_complete(self) -> None:
        take = self.current()
        if take is None:
            return
        text = self.tr(
            "Complete {ref}? The differences are written to the stock ledger and cannot be "
            "undone (a later count corrects them)."
        ).format(ref=take.reference)
        if self.zero_uncounted.isChecked():
            text += " " + self.tr("Products not counted are set to zero.")
        self.confirm_text.setText(text)
        self.confirm.show()

    def complete(self) -> None:
        take = self.current()
        self.confirm.hide()
        if take is None:
            return
        ctx, actor, tid = self.ui.ctx, self.ui.require_actor(), take.id
        zero = self.zero_uncounted.isChecked()

        def done(result: stock_take.CompleteResult) -> None:
            self.status.setText(
                self.tr(
                    "Stock take completed: %n correction(s) written.", "", len(result.movement_ids)
                )
            )
            self.reload(select=tid)

        self.ui.run(
            lambda: stock_take.complete_stock_take(ctx, actor, tid, zero_uncounted=zero),
            done,
            self._error,
            lane=DB,
        )

    def cancel(self) -> None:
        take = self.current()
        if take is None:
            return
        ctx, actor, tid = self.ui.ctx, self.ui.require_actor(), take.id

        def done(_r: object) -> None:
            self.status.setText(self.tr("Stock take cancelled; stock is unchanged."))
            self.reload(select=tid)

        self.ui.run(
            lambda: stock_take.cancel_stock_take(ctx, actor, tid), done, self._error, lane=DB
        )

    def export(self, path: Path | None = None) -> None:
        """Write the variance report as CSV (asks where unless ``path`` is given)."""
        report = self.report
        if report is None:
            self.status.setText(self.tr("Open the variance report first."))
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export variance report"),
                f"{report.take.reference}.csv",
                self.tr("CSV files (*.csv)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        text, target = variance_csv(report), path

        def write() -> Path:
            target.write_text(text, encoding="utf-8-sig")  # the BOM lets Excel read UTF-8
            return target

        self.ui.run(
            write,
            lambda p: self.status.setText(self.tr("Saved {}").format(p)),
            self._error,
            lane=IO,
        )

    def _error(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
