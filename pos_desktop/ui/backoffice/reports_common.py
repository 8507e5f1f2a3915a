"""Widgets the report pages share: the period picker, a table model over a ``ReportTable`` and
its QtCharts chart (bars, or a pie for payment methods). No figures are computed here: they come
from the report services through ``reports/report_tables.py``."""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from pos_desktop.core.money import Money
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.reports.report_tables import Cell, Kind, ReportTable, cell_text
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.reports_period import Period, Preset, make_period
from pos_desktop.ui.i18n import money_text

CONTEXT: Final = "Reports"
READ: Final = "read"
MIN_HEIGHT: Final = 48
PRESETS: Final = (
    (Preset.TODAY, QT_TRANSLATE_NOOP("Reports", "Today")),
    (Preset.YESTERDAY, QT_TRANSLATE_NOOP("Reports", "Yesterday")),
    (Preset.THIS_WEEK, QT_TRANSLATE_NOOP("Reports", "This week")),
    (Preset.THIS_MONTH, QT_TRANSLATE_NOOP("Reports", "This month")),
    (Preset.LAST_MONTH, QT_TRANSLATE_NOOP("Reports", "Last month")),
    (Preset.CUSTOM, QT_TRANSLATE_NOOP("Reports", "Custom")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translate(context: str, text: str) -> str:
    """Qt's installed catalogue as the report tables' ``Translate``."""
    return QCoreApplication.translate(context, text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PeriodPicker(QWidget):
    """Range presets and, for "Custom", first and last day. ``changed`` fires on any change."""

    changed = Signal()

    def __init__(self, default: Preset = Preset.THIS_MONTH) -> None:
        super().__init__()
        self.preset = QComboBox()
        self.preset.setObjectName("reportPeriod")
        self.preset.setMinimumHeight(MIN_HEIGHT)
        for value, label in PRESETS:
            self.preset.addItem(tr(label), value.value)
        self.preset.setCurrentIndex(self.preset.findData(default.value))
        today = QDate.currentDate()
        self.first = QDateEdit(today.addDays(1 - today.day()))
        self.first.setObjectName("reportFirstDay")
        self.last = QDateEdit(today)
        self.last.setObjectName("reportLastDay")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumHeight(MIN_HEIGHT)
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.preset.currentIndexChanged.connect(self._preset_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(QCoreApplication.translate("Reports", "Period")))
        layout.addWidget(self.preset)
        layout.addWidget(self.first)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.last)
        self._preset_changed()

    def _preset_changed(self, _index: int = 0) -> None:
        custom = self.preset.currentData() == Preset.CUSTOM.value
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        self.changed.emit()

    def set_custom(self, first: date, last: date) -> None:
        self.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(Preset.CUSTOM.value))
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))
        self.blockSignals(False)
        self.changed.emit()

    def period(self, ctx: ServiceContext) -> Period:
        """Worker side is fine too: reads the widgets' values only (call on the UI thread)."""
        chosen = Preset(self.preset.currentData())
        first = self.first.date().toPython()
        last = self.last.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return make_period(ctx, chosen, first, last)

    def choice(self) -> tuple[Preset, date, date]:
        first = self.first.date().toPython()
        last = self.last.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return Preset(self.preset.currentData()), first, last


def display(cell: Cell, kind: Kind) -> str:
    """A cell as the screen shows it (money in the user's language)."""
    if isinstance(cell, Money):
        return money_text(cell)
    return cell_text(cell, kind)


class ReportTableModel(QAbstractTableModel):
    """Read-only rows of a ``ReportTable``, its totals as the last, bold row."""

    def __init__(self) -> None:
        super().__init__()
        self.table: ReportTable | None = None

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def _rows(self) -> int:
        if self.table is None:
            return 0
        return len(self.table.rows) + (1 if self.table.totals is not None else 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.table.columns[section].title
        return None

    def row(self, index: int) -> tuple[Cell, ...]:
        assert self.table is not None
        if index < len(self.table.rows):
            return self.table.rows[index]
        assert self.table.totals is not None
        return self.table.totals

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.table is None or not index.isValid():
            return None
        column = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(self.row(index.row())[index.column()], column.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind is not Kind.TEXT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() >= len(self.table.rows):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text_rows(self) -> list[list[str]]:
        """Every row as shown (tests, accessibility)."""
        return [
            [str(self.data(self.index(r, c))) for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]


class ReportChart(QChartView):
    """The table's chart: bars (vertical for days and hours, horizontal for named groups) or a
    pie. Values are plotted in major units; the figures themselves stay in the table."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("reportChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.points: list[tuple[str, int]] = []
        self.setChart(QChart())

    def show_table(self, table: ReportTable | None) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.points = table.chart_points() if table is not None else []
        if table is not None and table.chart is not None and self.points:
            chart.setTitle(table.title)
            if table.chart.kind == "pie":
                self._pie(chart)
            else:
                self._bars(chart, vertical=table.key in ("day", "hour"), title=table.title)
        self.setChart(chart)
        self.setVisible(table is not None and table.chart is not None)

    def _pie(self, chart: QChart) -> None:
        series = QPieSeries()
        for label, value in self.points:
            if value > 0:
                piece = series.append(f"{label} {money_text(Money(value))}", value / 100)
                piece.setLabelVisible(True)
        chart.addSeries(series)
        chart.legend().show()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)

    def _bars(self, chart: QChart, *, vertical: bool, title: str) -> None:
        points = self.points if vertical else list(reversed(self.points))
        bars = QBarSet(title)
        for _label, value in points:
            bars.append(value / 100)
        series = QBarSeries() if vertical else QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        labels = QBarCategoryAxis()
        labels.append([label[-5:] if vertical else label[:30] for label, _ in points])
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        low = min([0.0, *(v / 100 for _, v in points)])
        high = max([0.0, *(v / 100 for _, v in points)])
        values.setRange(low, high * 1.05 or 1.0)
        values.applyNiceNumbers()
        if vertical:
            chart.addAxis(labels, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        else:
            chart.addAxis(labels, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(labels)
        series.attachAxis(values)
