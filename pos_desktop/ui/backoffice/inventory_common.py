"""Small pieces the Inventory pages and dialogs share: labels for stock statuses and movement
reasons, colours, quantities and amounts as text, buttons and tables built alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
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
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.ui.i18n import money_text, quantity_text_for

CONTEXT: Final = "Inventory"
READ: Final = "read"
DB: Final = "db"
MIN_HEIGHT: Final = 48
ROW_ID: Final = int(Qt.ItemDataRole.UserRole) + 7

STATUS_LABELS: Final = {
    "OK": QT_TRANSLATE_NOOP("Inventory", "OK"),
    "LOW": QT_TRANSLATE_NOOP("Inventory", "Low"),
    "NEGATIVE": QT_TRANSLATE_NOOP("Inventory", "Negative"),
    "OVER": QT_TRANSLATE_NOOP("Inventory", "Over max"),
}
# Pale backgrounds that keep black text readable.
STATUS_COLOURS: Final = {"LOW": "#fff1c2", "NEGATIVE": "#ffd6d6", "OVER": "#dbe9ff"}
REASON_LABELS: Final = {
    "sale": QT_TRANSLATE_NOOP("Inventory", "Sale"),
    "return": QT_TRANSLATE_NOOP("Inventory", "Return"),
    "restock": QT_TRANSLATE_NOOP("Inventory", "Received"),
    "purchase": QT_TRANSLATE_NOOP("Inventory", "Purchase order"),
    "opening": QT_TRANSLATE_NOOP("Inventory", "Opening stock"),
    "writeoff": QT_TRANSLATE_NOOP("Inventory", "Write-off"),
    "damage": QT_TRANSLATE_NOOP("Inventory", "Damaged"),
    "count": QT_TRANSLATE_NOOP("Inventory", "Stock take"),
    "adjustment": QT_TRANSLATE_NOOP("Inventory", "Adjustment"),
    "transfer_in": QT_TRANSLATE_NOOP("Inventory", "Transfer in"),
    "transfer_out": QT_TRANSLATE_NOOP("Inventory", "Transfer out"),
    "return_to_supplier": QT_TRANSLATE_NOOP("Inventory", "Returned to supplier"),
}
ADJUST_REASON_LABELS: Final = {
    "damaged": QT_TRANSLATE_NOOP("Inventory", "Damaged"),
    "expired": QT_TRANSLATE_NOOP("Inventory", "Expired"),
    "theft": QT_TRANSLATE_NOOP("Inventory", "Theft or loss"),
    "sample": QT_TRANSLATE_NOOP("Inventory", "Sample or tasting"),
    "found": QT_TRANSLATE_NOOP("Inventory", "Found"),
    "correction": QT_TRANSLATE_NOOP("Inventory", "Correction"),
    "other": QT_TRANSLATE_NOOP("Inventory", "Other (say why)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label_of(labels: dict[str, str], code: str) -> str:
    text = labels.get(code)
    return tr(text) if text else code


def status_colour(code: str) -> QColor | None:
    colour = STATUS_COLOURS.get(code)
    return QColor(colour) if colour else None


def qty(milli: int | None, unit: str = "pcs") -> str:
    if milli is None:
        return ""
    return quantity_text_for(milli, weighed=unit == "kg")


def money(minor: int | None, currency: str = "LKR") -> str:
    return "" if minor is None else money_text(Money(minor, currency))


def when(moment: datetime) -> str:
    """A time for a list, in the PC's local time."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def parse_decimal(text: str) -> Decimal | str:
    """A typed quantity as a Decimal, or the text itself so the service says what is wrong."""
    try:
        return Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        return text


def parse_minor(text: str) -> int | None:
    """A typed amount in minor units; None when empty or not an amount."""
    if not text.strip():
        return None
    try:
        return Money.of(text.strip().replace(",", "")).minor
    except (ValueError, InvalidOperation):
        return None


def error_text(error: BaseException) -> str:
    if isinstance(error, DomainError):
        return error.message
    return QCoreApplication.translate("Inventory", "Unexpected error: {}").format(error)


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


def fill_table(
    table: QTableWidget,
    rows: Sequence[tuple[str, Sequence[str]]],
    *,
    right: Sequence[int] = (),
    colours: Sequence[QColor | None] = (),
) -> None:
    """Replace the rows: (row id, cell texts); ``right`` columns right-aligned."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, (row_id, values) in enumerate(rows):
        colour = colours[r] if r < len(colours) else None
        for c, text in enumerate(values):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0:
                item.setData(ROW_ID, row_id)
            if colour is not None:
                item.setBackground(colour)
                item.setForeground(QColor("#000000"))
            table.setItem(r, c, item)


def selected_id(table: QTableWidget) -> str | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    value = item.data(ROW_ID) if item is not None else None
    return value if isinstance(value, str) else None
