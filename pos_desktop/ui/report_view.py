"""Showing an X or Z report on screen: a read-only two-column table (label, amount) with a
shaded title row per section, the same rows the PDF prints (reports/shift_report_rows.py)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.reports.shift_report_rows import (
    ReportHeader,
    load_header,
    report_sections,
    title,
)
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.shift_reports import ShiftReport, read_report
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.print_hooks import queue_shift_report

BUTTON_HEIGHT = 48


@dataclass(frozen=True, slots=True)
class LoadedReport:
    report: ShiftReport
    header: ReportHeader


def load_report(ctx: ServiceContext, actor: Actor, kind: str) -> LoadedReport:
    """Worker side: the report (service rules apply) and the names it mentions."""
    report = read_report(ctx, actor, "Z" if kind == "Z" else "X")
    with ctx.db.read() as s:
        header = load_header(s, ctx, report)
    return LoadedReport(report, header)


def _tr(context: str, text: str) -> str:
    """Qt's installed catalogue as the reports' ``Translate`` (the user's language)."""
    return QCoreApplication.translate(context, text)


class ShiftReportView(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("shiftReportTable")
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.setShowGrid(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.loaded: LoadedReport | None = None

    def show_report(self, loaded: LoadedReport) -> None:
        self.loaded = loaded
        self.clearContents()
        sections = report_sections(loaded.report, loaded.header, _tr)
        rows = sum(1 + len(section.rows) for section in sections) + 1
        self.setRowCount(rows)
        bold = QFont(self.font())
        bold.setBold(True)
        shade = QBrush(QColor("#e8eef5"))
        banner = QTableWidgetItem(title(loaded.report, _tr))
        banner.setFont(bold)
        self.setItem(0, 0, banner)
        self.setSpan(0, 0, 1, 2)
        row = 1
        for section in sections:
            head = QTableWidgetItem(section.title)
            head.setFont(bold)
            head.setBackground(shade)
            self.setItem(row, 0, head)
            self.setSpan(row, 0, 1, 2)
            row += 1
            for line in section.rows:
                label = QTableWidgetItem("    " * line.indent + line.label)
                value = QTableWidgetItem(line.value)
                value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if line.strong:
                    label.setFont(bold)
                    value.setFont(bold)
                self.setItem(row, 0, label)
                self.setItem(row, 1, value)
                row += 1
        self.resizeRowsToContents()

    def text_rows(self) -> list[tuple[str, str]]:
        """(label, value) of every row as shown (for tests and accessibility)."""
        out = []
        for row in range(self.rowCount()):
            a, b = self.item(row, 0), self.item(row, 1)
            out.append((a.text().strip() if a else "", b.text() if b else ""))
        return out


class XReportDialog(QDialog):
    """The X report of the open shift, any time: read, refresh, print."""

    def __init__(self, ui: UiContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("xReportDialog")
        self.setWindowTitle(self.tr("X report"))
        self.resize(640, 720)
        self.view = ShiftReportView()
        self.error = QLabel()
        self.error.setObjectName("xReportError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("xReportPrint")
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            button.setMinimumHeight(BUTTON_HEIGHT)
        buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self._print)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        actor = self.ui.actor
        if actor is None:
            return
        ctx = self.ui.ctx
        self.ui.run(lambda: load_report(ctx, actor, "X"), self._loaded, self._failed, lane="read")

    def _loaded(self, loaded: LoadedReport) -> None:
        self.error.hide()
        self.view.show_report(loaded)

    def _failed(self, error: BaseException) -> None:
        self.error.setText(error.message if isinstance(error, DomainError) else str(error))
        self.error.show()

    def _print(self) -> None:
        if self.view.loaded is not None:
            queue_shift_report(self.ui, self.view.loaded.report)


def show_x_report(ui: UiContext, parent: QWidget | None) -> XReportDialog:
    dialog = XReportDialog(ui, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
