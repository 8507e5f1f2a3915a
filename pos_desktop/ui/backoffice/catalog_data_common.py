"""Widget helpers of the catalog data pages (price changes, import, labels): titles, tables,
buttons, error text. No rules: those are in the services."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.core.money import Money
from pos_desktop.ui.i18n import money_text

MIN_HEIGHT: Final = 48
ROW_ID: Final = Qt.ItemDataRole.UserRole
READ: Final = "read"
CONTEXT: Final = "CatalogData"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def page_title(text: str) -> QLabel:
    title = QLabel(text)
    title.setObjectName("pageTitle")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    title.setFont(font)
    return title


def button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setMinimumHeight(MIN_HEIGHT)
    b.clicked.connect(lambda _checked=False: slot())
    return b


def make_table(name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def append_row(
    table: QTableWidget, row_id: str, values: Sequence[str], right: Sequence[int] = ()
) -> int:
    row = table.rowCount()
    table.insertRow(row)
    for col, text in enumerate(values):
        item = QTableWidgetItem(text)
        if col in right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if col == 0:
            item.setData(ROW_ID, row_id)
        table.setItem(row, col, item)
    return row


def selected_id(table: QTableWidget) -> str | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    value = item.data(ROW_ID) if item is not None else None
    return value if isinstance(value, str) else None


def select_id(table: QTableWidget, row_id: str) -> bool:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(ROW_ID) == row_id:
            table.selectRow(row)
            return True
    return False


def error_text(error: BaseException) -> str:
    if isinstance(error, DomainError):
        return error.message
    return QCoreApplication.translate("CatalogData", "Unexpected error: {}").format(error)


def money(minor: int, currency: str = "LKR") -> str:
    return money_text(Money(minor, currency))
