"""Report pages: a report chooser, a period, the table and its chart, and PDF/CSV/XLSX export.

One page per family (sales, inventory valuation, loyalty liability); each family lists its
reports in the chooser. Reports are read on the "read" lane and exports written on a worker, into
the data directory's ``reports/`` folder (``export_dir``), the same place the till saves Z reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.reports.report_export import (
    ReportMeta,
    export_name,
    load_meta,
    write_csv,
    write_xlsx,
)
from pos_desktop.reports.report_pdf import write_report_pdf
from pos_desktop.reports.report_tables import (
    LOYALTY_KEYS,
    NEEDS_PERIOD,
    SALES_KEYS,
    STOCK_KEYS,
    TITLES,
    ReportTable,
    build_table,
)
from pos_desktop.services.context import Changes, ServiceContext
from pos_desktop.services.reports_period import Period
from pos_desktop.ui.backoffice.reports_common import (
    MIN_HEIGHT,
    READ,
    PeriodPicker,
    ReportChart,
    ReportTableModel,
    tr,
    translate,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import qt_translate
from pos_desktop.ui.shell import Shell

REPORTS_FOLDER: Final = "reports"
# A sale, a return or a stock movement changes what these pages show.
WATCHED: Final = frozenset({"sales", "payments", "stock_movements", "loyalty_transactions"})


@dataclass(frozen=True, slots=True)
class Loaded:
    table: ReportTable
    meta: ReportMeta


class ReportPage(QWidget):
    KEYS: tuple[str, ...] = SALES_KEYS

    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.export_dir = ui.services.paths.data_dir / REPORTS_FOLDER
        self.loaded: Loaded | None = None
        self.last_exports: list[Path] = []
        self.generation = 0  # results of an older refresh are dropped
        self.chooser = QComboBox()
        self.chooser.setObjectName("reportChooser")
        self.chooser.setMinimumHeight(MIN_HEIGHT)
        for key in self.KEYS:
            self.chooser.addItem(tr(TITLES[key]), key)
        self.period = PeriodPicker()
        self.period.setVisible(any(k in NEEDS_PERIOD for k in self.KEYS))
        self.refresh_button = QPushButton(QCoreApplication.translate("Reports", "Refresh"))
        self.refresh_button.setObjectName("reportRefresh")
        self.exports = {}
        bar = QHBoxLayout()
        bar.addWidget(self.chooser, 1)
        bar.addWidget(self.period)
        bar.addWidget(self.refresh_button)
        for kind, label in (("pdf", "PDF"), ("csv", "CSV"), ("xlsx", "Excel")):
            button = QPushButton(
                QCoreApplication.translate("Reports", "Export {kind}").format(kind=label)
            )
            button.setObjectName(f"reportExport_{kind}")
            button.setMinimumHeight(MIN_HEIGHT)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, k=kind: self.export(k))
            self.exports[kind] = button
        for button in (self.refresh_button,):
            button.setMinimumHeight(MIN_HEIGHT)
            button.setAutoDefault(False)
        self.model = ReportTableModel()
        self.view = QTableView()
        self.view.setObjectName("reportTable")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.chart = ReportChart()
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("reportNotes")
        self.notes.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        exports = QHBoxLayout()
        exports.addWidget(self.status, 1)
        for button in self.exports.values():
            exports.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.notes)
        layout.addLayout(exports)
        self.chooser.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period.changed.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self._set_exports_enabled(False)

    # -- reading -----------------------------------------------------------------------------
    def current_key(self) -> str:
        key = self.chooser.currentData()
        return key if isinstance(key, str) else self.KEYS[0]

    def choose(self, key: str) -> None:
        self.chooser.setCurrentIndex(self.chooser.findData(key))

    def on_shown(self) -> None:
        if self.loaded is None:
            self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and WATCHED & set(changes.entities):
            self.refresh()

    def refresh(self) -> None:
        actor = self.ui.actor
        if actor is None:
            return
        ctx, key = self.ui.ctx, self.current_key()
        try:
            period: Period | None = self.period.period(ctx) if key in NEEDS_PERIOD else None
        except DomainError as error:
            self.status.setText(error.message)
            return
        self.status.setText(QCoreApplication.translate("Reports", "Reading…"))

        def load() -> Loaded:
            table = build_table(ctx, actor, key, period, translate)
            return Loaded(table, load_meta(ctx, _period_text(ctx, period)))

        self.generation += 1
        gen = self.generation
        self.ui.run(load, lambda loaded: self._show(loaded, gen), self._failed, lane=READ)

    def _show(self, loaded: Loaded, generation: int) -> None:
        if generation != self.generation:
            return  # a newer choice is on its way
        self.loaded = loaded
        self.model.set_table(loaded.table)
        self.chart.show_table(loaded.table)
        self.notes.setText("\n".join(loaded.table.notes))
        self.notes.setVisible(bool(loaded.table.notes))
        self.status.setText(loaded.meta.period)
        self._set_exports_enabled(True)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error.message if isinstance(error, DomainError) else str(error))

    def _set_exports_enabled(self, enabled: bool) -> None:
        for button in self.exports.values():
            button.setEnabled(enabled)

    # -- exporting ---------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        folder, now = self.export_dir, self.ui.ctx.clock()
        target = folder / export_name(loaded.table, loaded.meta.period, kind, now)

        def write() -> Path:
            if kind == "pdf":
                return write_report_pdf(loaded.table, loaded.meta, target)
            if kind == "csv":
                return write_csv(loaded.table, target)
            return write_xlsx(loaded.table, loaded.meta, target)

        self.status.setText(QCoreApplication.translate("Reports", "Exporting…"))
        self.ui.run(write, self._exported, self._failed, lane=READ)

    def _exported(self, path: Path) -> None:
        self.last_exports.append(path)
        self.status.setText(
            QCoreApplication.translate("Reports", "Saved {path}").format(path=str(path))
        )


def _period_text(ctx: ServiceContext, period: Period | None) -> str:
    if period is not None:
        return period.label(qt_translate)
    return QCoreApplication.translate("Reports", "As of {moment}").format(
        moment=ctx.clock().strftime("%Y-%m-%d %H:%M UTC")
    )


class SalesReportsPage(ReportPage):
    KEYS = SALES_KEYS


class StockValuationPage(ReportPage):
    KEYS = STOCK_KEYS


class LoyaltyLiabilityPage(ReportPage):
    KEYS = LOYALTY_KEYS
