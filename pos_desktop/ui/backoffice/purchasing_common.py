"""Widget helpers of the purchasing pages (suppliers, orders, receiving, suggestions): status
labels, tables, buttons, and turning typed text into minor units and thousandths. No rules."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
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
from pos_desktop.core.locale_format import format_date
from pos_desktop.core.money import Money
from pos_desktop.core.quantity import from_milli
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.ui.i18n import current_language, money_text, quantity_text_for

MIN_HEIGHT: Final = 48
ROW_ID: Final = Qt.ItemDataRole.UserRole
READ: Final = "read"
CONTEXT: Final = "Purchasing"

STATUS_LABELS: Final = {
    "DRAFT": QT_TRANSLATE_NOOP("Purchasing", "Draft"),
    "ORDERED": QT_TRANSLATE_NOOP("Purchasing", "Ordered"),
    "PARTIALLY_RECEIVED": QT_TRANSLATE_NOOP("Purchasing", "Partly received"),
    "RECEIVED": QT_TRANSLATE_NOOP("Purchasing", "Received"),
    "CANCELLED": QT_TRANSLATE_NOOP("Purchasing", "Cancelled"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(code: str) -> str:
    text = STATUS_LABELS.get(code)
    return tr(text) if text else code


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
    # Enter in a search box or a table cell must never press a button of the dialog (a scanner
    # ends every code with Enter); dialogs that want a default button set one explicitly.
    b.setAutoDefault(False)
    b.clicked.connect(lambda _checked=False: slot())
    return b


def make_table(name: str, headers: Sequence[str], stretch: int = 0) -> QTableWidget:
    """A read-only row table; column ``stretch`` (the names) takes the spare width."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setAlternatingRowColors(True)
    return table


def cell(text: str, *, right: bool = False, row_id: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if row_id is not None:
        item.setData(ROW_ID, row_id)
    return item


def append_row(
    table: QTableWidget, row_id: str, values: Sequence[str], right: Sequence[int] = ()
) -> int:
    row = table.rowCount()
    table.insertRow(row)
    for col, text in enumerate(values):
        table.setItem(row, col, cell(text, right=col in right, row_id=row_id if col == 0 else None))
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
    return QCoreApplication.translate("Purchasing", "Unexpected error: {}").format(error)


def money(minor: int, currency: str = "LKR") -> str:
    return money_text(Money(minor, currency))


def qty(milli: int, weighed: bool = False) -> str:
    return quantity_text_for(milli, weighed=weighed)


def qty_input(milli: int) -> str:
    """A quantity as typed back into an edit box (no grouping: "1250.5")."""
    return str(from_milli(milli))


def day(value: date | None) -> str:
    return format_date(value, current_language()) if value is not None else ""


def parse_minor(text: str) -> int | None:
    """Typed amount ("1,250.50") in minor units; None when it is not an amount. The service
    refuses what is out of range; this only reads the number."""
    try:
        return Money.of(text.strip() or "x").minor
    except (ValueError, InvalidOperation):
        return None


def parse_decimal(text: str) -> Decimal | str:
    """A typed quantity as a Decimal, or the text itself so the service says what is wrong."""
    try:
        return Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        return text
