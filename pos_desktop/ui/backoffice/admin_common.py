"""Widget helpers for the Administration and Settings pages (no rules here): tables, buttons,
status lines and a small non-blocking prompt dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Final, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.tasks import DB

MIN_HEIGHT: Final = 48
ROW_ID: Final = Qt.ItemDataRole.UserRole
READ: Final = "read"
CONTEXT: Final = "AdminPages"

W = TypeVar("W", bound=QWidget)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


def make_table(name: str, headers: Sequence[str]) -> QTableWidget:
    table = named(QTableWidget(0, len(headers)), name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def fill_table(table: QTableWidget, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Rows of (id, cells); the id rides on every cell. Keeps the selected id selected."""
    keep = selected_id(table)
    table.setRowCount(len(rows))
    for r, (row_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ROW_ID, row_id)
            table.setItem(r, c, item)
        if row_id == keep:
            table.selectRow(r)


def selected_id(table: QTableWidget) -> str | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    value = item.data(ROW_ID) if item is not None else None
    return value if isinstance(value, str) else None


def select_id(table: QTableWidget, row_id: str) -> bool:
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if item is not None and item.data(ROW_ID) == row_id:
            table.selectRow(r)
            return True
    return False


def button(text: str, name: str, handler: Callable[[], object]) -> QPushButton:
    widget = named(QPushButton(text), name)
    widget.setMinimumHeight(MIN_HEIGHT)
    widget.clicked.connect(lambda: handler())
    return widget


def status_label(name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setWordWrap(True)
    return label


def show_error(label: QLabel, error: BaseException) -> None:
    label.setStyleSheet("color: #b00020;")
    label.setText(
        error.message
        if isinstance(error, DomainError)
        else QCoreApplication.translate("AdminPages", "Unexpected error: {}").format(error)
    )


def show_ok(label: QLabel, text: str) -> None:
    label.setStyleSheet("color: #1b5e20;")
    label.setText(text)


def when_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return local.strftime("%Y-%m-%d %H:%M")


class PromptDialog(QDialog):
    """One field (text, secret or a choice) and OK; ``action(value)`` runs on the DB lane and
    the dialog closes when it succeeds, or shows the service's refusal and stays open."""

    def __init__(
        self,
        ui: UiContext,
        title: str,
        prompt: str,
        action: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        secret: bool = False,
        choices: Sequence[tuple[str, str]] = (),
        initial: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self._action = action
        self.setObjectName("adminPrompt")
        self.setWindowTitle(title)
        self.field: QLineEdit | None = None
        self.choice: QComboBox | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        if choices:
            self.choice = named(QComboBox(), "promptChoice")
            for value, label in choices:
                self.choice.addItem(label, value)
            self.choice.setCurrentIndex(max(0, self.choice.findData(initial)))
            self.choice.setMinimumHeight(MIN_HEIGHT)
            layout.addWidget(self.choice)
        else:
            self.field = named(QLineEdit(initial), "promptField")
            self.field.setMinimumHeight(MIN_HEIGHT)
            if secret:
                self.field.setEchoMode(QLineEdit.EchoMode.Password)
            layout.addWidget(self.field)
        self.error = status_label("promptError")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = button(
            QCoreApplication.translate("AdminPages", "Cancel"), "promptCancel", self.reject
        )
        cancel.setAutoDefault(False)  # Enter submits (the OK button is the default)
        row.addWidget(cancel)
        self.ok = button(QCoreApplication.translate("AdminPages", "OK"), "promptOk", self.submit)
        self.ok.setDefault(True)
        row.addWidget(self.ok)
        layout.addLayout(row)

    def value(self) -> str:
        if self.choice is not None:
            return str(self.choice.currentData())
        assert self.field is not None
        return self.field.text()

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return  # already submitted
        value = self.value()
        action = self._action
        self.ok.setEnabled(False)
        self.ui.run(lambda: action(value), self._done, self._refused, lane=DB)

    def _done(self, _result: object) -> None:
        self.ok.setEnabled(True)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        show_error(self.error, error)


def open_prompt(dialog: PromptDialog) -> PromptDialog:
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
