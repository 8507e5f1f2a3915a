"""Small widget helpers shared by the customers, loyalty and coupon pages (no rules here)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Final

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP

MIN_HEIGHT: Final = 48
ROW_ID: Final = Qt.ItemDataRole.UserRole
READ: Final = "read"
CONTEXT: Final = "LoyaltyLabels"

# Labels of stored codes, translated where shown.
LABELS: Final = {
    "BRONZE": QT_TRANSLATE_NOOP("LoyaltyLabels", "Bronze"),
    "SILVER": QT_TRANSLATE_NOOP("LoyaltyLabels", "Silver"),
    "GOLD": QT_TRANSLATE_NOOP("LoyaltyLabels", "Gold"),
    "PLATINUM": QT_TRANSLATE_NOOP("LoyaltyLabels", "Platinum"),
    "EARNED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Earned"),
    "REDEEMED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Redeemed"),
    "EXPIRED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Expired"),
    "ADJUSTED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Adjusted"),
    "REVERSED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Reversed"),
    "SALE": QT_TRANSLATE_NOOP("LoyaltyLabels", "Sale"),
    "RETURN": QT_TRANSLATE_NOOP("LoyaltyLabels", "Return"),
    "VOID": QT_TRANSLATE_NOOP("LoyaltyLabels", "Void"),
    "ACTIVE": QT_TRANSLATE_NOOP("LoyaltyLabels", "Active"),
    "INACTIVE": QT_TRANSLATE_NOOP("LoyaltyLabels", "Inactive"),
    "BLOCKED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Blocked"),
    "BIRTHDAY": QT_TRANSLATE_NOOP("LoyaltyLabels", "Birthday"),
    "ANNIVERSARY": QT_TRANSLATE_NOOP("LoyaltyLabels", "Anniversary"),
    "PURCHASE": QT_TRANSLATE_NOOP("LoyaltyLabels", "Purchase"),
    "REFERRAL": QT_TRANSLATE_NOOP("LoyaltyLabels", "Referral"),
    "DISCOUNT": QT_TRANSLATE_NOOP("LoyaltyLabels", "Discount"),
    "CASHBACK": QT_TRANSLATE_NOOP("LoyaltyLabels", "Cashback"),
    "PRODUCT": QT_TRANSLATE_NOOP("LoyaltyLabels", "Free product"),
    "FREE_SHIPPING": QT_TRANSLATE_NOOP("LoyaltyLabels", "Free shipping"),
    "PERCENTAGE": QT_TRANSLATE_NOOP("LoyaltyLabels", "Percentage"),
    "FIXED_AMOUNT": QT_TRANSLATE_NOOP("LoyaltyLabels", "Fixed amount"),
    "COMPLETED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Completed"),
    "VOIDED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Voided"),
    "PARTIALLY_RETURNED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Partly returned"),
    "RETURNED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Returned"),
}


def label(code: str) -> str:
    text = LABELS.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code


def make_table(name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def fill_table(
    table: QTableWidget,
    rows: Sequence[tuple[str, Sequence[str]]],
    *,
    append: bool = False,
    right: Sequence[int] = (),
) -> None:
    """Rows of (id, cells); the id rides on every cell. ``right``: numeric columns."""
    start = table.rowCount() if append else 0
    table.setRowCount(start + len(rows))
    for r, (row_id, cells) in enumerate(rows, start):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ROW_ID, row_id)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def selected_ids(table: QTableWidget) -> list[str]:
    ids: list[str] = []
    for index in table.selectionModel().selectedRows():
        item = table.item(index.row(), 0)
        value = item.data(ROW_ID) if item is not None else None
        if isinstance(value, str) and value not in ids:
            ids.append(value)
    return ids


def button(text: str, name: str, handler: Callable[[], object]) -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.setMinimumHeight(MIN_HEIGHT)
    widget.clicked.connect(lambda: handler())
    return widget


def when_text(moment: datetime | None, *, time: bool = True) -> str:
    if moment is None:
        return ""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return local.strftime("%Y-%m-%d %H:%M" if time else "%Y-%m-%d")


def qdate_to_utc(day: QDate, *, end_of_day: bool = False) -> datetime:
    """A picked local date as an aware UTC moment (its start, or its last second)."""
    moment = datetime(day.year(), day.month(), day.day(), 23 if end_of_day else 0)
    if end_of_day:
        moment = moment.replace(minute=59, second=59)
    return moment.astimezone().astimezone(UTC)


def error_text(error: BaseException) -> str:
    if isinstance(error, DomainError):
        return error.message
    return QCoreApplication.translate("LoyaltyLabels", "Unexpected error: {}").format(error)
