"""Shift history: the shifts of a period with their X/Z figures; "Open report" shows the shift's
X report (open shift) or Z report (closed) in the till's own report view."""

from __future__ import annotations

from typing import Final
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.reports.shift_report_rows import load_header
from pos_desktop.services.context import Actor, Changes, ServiceContext
from pos_desktop.services.reports_history import ShiftHistory, shift_history
from pos_desktop.services.reports_period import Preset, store_zone
from pos_desktop.services.shift_reports import read_report
from pos_desktop.ui.backoffice.reports_common import MIN_HEIGHT, READ, PeriodPicker
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import money_text
from pos_desktop.ui.report_view import LoadedReport, ShiftReportView
from pos_desktop.ui.shell import Shell

SHIFT_ID: Final = Qt.ItemDataRole.UserRole


def load_shift_report(
    ctx: ServiceContext, actor: Actor, shift_id: str, closed: bool
) -> LoadedReport:
    report = read_report(ctx, actor, "Z" if closed else "X", shift_id)
    with ctx.db.read() as s:
        return LoadedReport(report, load_header(s, ctx, report))


class ShiftReportDialog(QDialog):
    def __init__(self, loaded: LoadedReport, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftReportDialog")
        self.setWindowTitle(QCoreApplication.translate("Reports", "Shift report"))
        self.resize(640, 720)
        self.view = ShiftReportView()
        self.view.show_report(loaded)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)


class ShiftHistoryPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.history: ShiftHistory | None = None
        self.dialog: ShiftReportDialog | None = None
        self.zone = ZoneInfo("UTC")
        self.period = PeriodPicker(Preset.THIS_WEEK)
        self.open_button = QPushButton(QCoreApplication.translate("Reports", "Open report"))
        self.open_button.setObjectName("shiftOpenReport")
        self.open_button.setMinimumHeight(MIN_HEIGHT)
        self.open_button.setAutoDefault(False)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("shiftHistoryTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Reports", "Opened"),
                QCoreApplication.translate("Reports", "Closed"),
                QCoreApplication.translate("Reports", "Cashier"),
                QCoreApplication.translate("Reports", "Z No."),
                QCoreApplication.translate("Reports", "Sales"),
                QCoreApplication.translate("Reports", "Net total"),
                QCoreApplication.translate("Reports", "Expected cash"),
                QCoreApplication.translate("Reports", "Over/short"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.status = QLabel()
        self.status.setObjectName("shiftHistoryStatus")
        bar = QHBoxLayout()
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.period.changed.connect(self.refresh)
        self.open_button.clicked.connect(self.open_selected)

    def on_shown(self) -> None:
        self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.entities & {"shifts", "shift_closings", "sales"}:
            self.refresh()

    def refresh(self) -> None:
        actor = self.ui.actor
        if actor is None:
            return
        ctx = self.ui.ctx
        try:
            period = self.period.period(ctx)
        except DomainError as error:
            self.status.setText(error.message)
            return

        def load() -> tuple[ShiftHistory, ZoneInfo]:
            return shift_history(ctx, actor, period), store_zone(ctx)

        self.ui.run(load, self._show, self._failed, lane=READ)

    def _show(self, loaded: tuple[ShiftHistory, ZoneInfo]) -> None:
        self.history, self.zone = loaded
        rows = self.history.rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [
                r.opened_at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M"),
                r.closed_at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")
                if r.closed_at
                else QCoreApplication.translate("Reports", "open"),
                r.cashier,
                str(r.z_report_number or ""),
                str(r.sales_count),
                money_text(r.net_total),
                money_text(r.expected_cash),
                money_text(r.over_short) if r.over_short is not None else "",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setData(SHIFT_ID, r.shift_id)
                self.table.setItem(i, c, item)
        if rows:
            self.table.selectRow(0)
        count = QCoreApplication.translate("Reports", "{n} shifts, net total {total}").format(
            n=len(rows), total=money_text(self.history.net_total)
        )
        self.status.setText(count)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error.message if isinstance(error, DomainError) else str(error))

    def open_selected(self) -> None:
        actor, history = self.ui.actor, self.history
        row = self.table.currentRow()
        if actor is None or history is None or not 0 <= row < len(history.rows):
            return
        shift = history.rows[row]
        ctx = self.ui.ctx
        self.ui.run(
            lambda: load_shift_report(ctx, actor, shift.shift_id, not shift.is_open),
            self._open,
            self._failed,
            lane=READ,
        )

    def _open(self, loaded: LoadedReport) -> None:
        self.dialog = ShiftReportDialog(loaded, self)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
