"""Labels and small widget helpers of the delivery pages. No rules: which step is legal comes
from the services (``OrderDetail.next_steps``), labels only translate the codes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
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
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.ui.i18n import current_language, money_text, quantity_text_for

CONTEXT: Final = "Delivery"
MIN_HEIGHT: Final = 48
READ: Final = "read"
ROW_ID: Final = Qt.ItemDataRole.UserRole

ORDER_STATUS_LABELS: Final = {
    "PENDING": QT_TRANSLATE_NOOP("Delivery", "Pending"),
    "CONFIRMED": QT_TRANSLATE_NOOP("Delivery", "Confirmed"),
    "PROCESSING": QT_TRANSLATE_NOOP("Delivery", "Processing"),
    "PACKED": QT_TRANSLATE_NOOP("Delivery", "Packed"),
    "OUT_FOR_DELIVERY": QT_TRANSLATE_NOOP("Delivery", "Out for delivery"),
    "DELIVERED": QT_TRANSLATE_NOOP("Delivery", "Delivered"),
    "CANCELLED": QT_TRANSLATE_NOOP("Delivery", "Cancelled"),
}
# What the button that takes an order to a status says.
ORDER_STEP_LABELS: Final = {
    "CONFIRMED": QT_TRANSLATE_NOOP("Delivery", "Confirm"),
    "PROCESSING": QT_TRANSLATE_NOOP("Delivery", "Start processing"),
    "PACKED": QT_TRANSLATE_NOOP("Delivery", "Packed"),
    "OUT_FOR_DELIVERY": QT_TRANSLATE_NOOP("Delivery", "Out for delivery"),
    "DELIVERED": QT_TRANSLATE_NOOP("Delivery", "Delivered"),
    "CANCELLED": QT_TRANSLATE_NOOP("Delivery", "Cancel order"),
}
DELIVERY_STATUS_LABELS: Final = {
    "PENDING": QT_TRANSLATE_NOOP("Delivery", "Assigned"),
    "PROCESSING": QT_TRANSLATE_NOOP("Delivery", "Accepted by courier"),
    "DISPATCHED": QT_TRANSLATE_NOOP("Delivery", "Dispatched"),
    "DELIVERED": QT_TRANSLATE_NOOP("Delivery", "Delivered"),
    "RETURNED": QT_TRANSLATE_NOOP("Delivery", "Returned"),
}
COURIER_STATUS_LABELS: Final = {
    "AVAILABLE": QT_TRANSLATE_NOOP("Delivery", "Available"),
    "BUSY": QT_TRANSLATE_NOOP("Delivery", "Busy"),
    "OFFLINE": QT_TRANSLATE_NOOP("Delivery", "Offline"),
}
PAYMENT_LABELS: Final = {
    "COD": QT_TRANSLATE_NOOP("Delivery", "Cash on delivery"),
    "BANK_TRANSFER": QT_TRANSLATE_NOOP("Delivery", "Bank transfer"),
    "PAYHERE": QT_TRANSLATE_NOOP("Delivery", "PayHere"),
    "LANKAQR": QT_TRANSLATE_NOOP("Delivery", "LankaQR"),
    "CARD": QT_TRANSLATE_NOOP("Delivery", "Card"),
    "CASH": QT_TRANSLATE_NOOP("Delivery", "Cash at the counter"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _label(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    text = table.get(code)
    return tr(text) if text else code


def order_status_label(code: str | None) -> str:
    return _label(ORDER_STATUS_LABELS, code)


def order_step_label(code: str) -> str:
    return _label(ORDER_STEP_LABELS, code)


def delivery_status_label(code: str | None) -> str:
    return _label(DELIVERY_STATUS_LABELS, code)


def courier_status_label(code: str) -> str:
    return _label(COURIER_STATUS_LABELS, code)


def payment_label(code: str) -> str:
    return _label(PAYMENT_LABELS, code)


def amount(money: Money) -> str:
    return money_text(money)


def when(moment: datetime) -> str:
    """Local date and time for lists and the history."""
    local = moment.astimezone()
    return f"{format_date(local.date(), current_language())} {local:%H:%M}"


def qty(milli: int) -> str:
    return quantity_text_for(milli)


# -- widgets --------------------------------------------------------------------------------


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
    b.setAutoDefault(False)  # a scanner's Enter in a search box must not press a button
    b.clicked.connect(lambda _checked=False: slot())
    return b


def make_table(name: str, headers: Sequence[str], stretch: int) -> QTableWidget:
    """A read-only row table; column ``stretch`` takes the spare width, the others fit."""
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
    return QCoreApplication.translate("Delivery", "Unexpected error: {}").format(error)


def parse_minor(text: str) -> int | None:
    """A typed amount ("1,250.50") in minor units; None when it is not an amount."""
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
