"""The cart table: a QAbstractTableModel over a TillSession's lines.

A scan must reach the screen in a few milliseconds whatever the length of the sale, so the model
is told exactly what changed (``apply(LineChange)``): one inserted row, one changed row or one
removed row, never a reset. Every figure a row shows belongs to that line alone (quantity, unit
price, its own discount, gross less that discount); order-level discounts and the coupon are
spread over all lines by pricing, so they are shown in the totals panel instead of rewriting
every row after each scan.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from pos_desktop.core.cart import CartLine
from pos_desktop.core.discounts import PercentDiscount, applied_amount
from pos_desktop.services.till import LineChange, TillSession
from pos_desktop.ui.i18n import money_text

Index = QModelIndex | QPersistentModelIndex

COL_NO, COL_NAME, COL_QTY, COL_PRICE, COL_DISCOUNT, COL_TOTAL = range(6)
COLUMNS: Final = 6
LINE_ID_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def quantity_text(line: CartLine) -> str:
    """'2' for pieces, '0.375 kg' for a weighed line (always 3 decimals: it is a weight)."""
    if line.weighed:
        return f"{line.quantity.quantize(Decimal('0.001'))} kg"
    return str(int(line.quantity))


def discount_text(line: CartLine) -> str:
    if line.discount is None:
        return ""
    amount = applied_amount(line.discount, line.gross)
    if isinstance(line.discount, PercentDiscount):
        return f"-{money_text(amount)} ({line.discount.percent.normalize():f}%)"
    return f"-{money_text(amount)}"


def line_total(line: CartLine) -> str:
    return money_text(line.gross - applied_amount(line.discount, line.gross))


class CartTableModel(QAbstractTableModel):
    """Rows are ``till.lines`` in order; call ``apply`` after each TillSession change."""

    def __init__(self, till: TillSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.till = till
        # The row count the views were told about: the TillSession changes first, then the
        # model announces it, so rowCount must follow the announcements, not the cart.
        self._rows = len(till.cart.lines)
        self._headers = (
            self.tr("#"),
            self.tr("Item"),
            self.tr("Qty"),
            self.tr("Price"),
            self.tr("Discount"),
            self.tr("Total"),
        )

    # -- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section == COL_NAME else _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        lines = self.till.cart.lines
        row, col = index.row(), index.column()
        if row >= min(len(lines), self._rows):
            return None
        line = lines[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col, line)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if col == COL_NAME else _RIGHT
        if role == LINE_ID_ROLE:
            return line.line_id
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME:
            return f"{self.till.display_name(line)}\n{line.sku or ''} {line.barcode or ''}".strip()
        return None

    def _text(self, row: int, col: int, line: CartLine) -> str:
        if col == COL_NO:
            return str(row + 1)
        if col == COL_NAME:
            return self.till.display_name(line)
        if col == COL_QTY:
            return quantity_text(line)
        if col == COL_PRICE:
            return money_text(line.unit_price)
        if col == COL_DISCOUNT:
            return discount_text(line)
        return line_total(line)

    # -- updates -----------------------------------------------------------------------
    def apply(self, change: LineChange) -> None:
        """Tell the view about one TillSession change (already made)."""
        if change.kind == "added":
            # The line is in the cart already; the view learns of it now.
            self.beginInsertRows(QModelIndex(), change.row, change.row)
            self._rows += 1
            self.endInsertRows()
        elif change.kind == "removed":
            self.beginRemoveRows(QModelIndex(), change.row, change.row)
            self._rows -= 1
            self.endRemoveRows()
            if change.row < len(self.till.cart.lines):  # line numbers below shift up
                self.dataChanged.emit(
                    self.index(change.row, COL_NO),
                    self.index(len(self.till.cart.lines) - 1, COL_NO),
                )
        else:
            self.dataChanged.emit(self.index(change.row, 0), self.index(change.row, COLUMNS - 1))

    def reload(self) -> None:
        """The whole cart was replaced (a sale completed, a ticket held or recalled)."""
        self.beginResetModel()
        self._rows = len(self.till.cart.lines)
        self.endResetModel()

    def line_id_at(self, row: int) -> str | None:
        lines = self.till.cart.lines
        return lines[row].line_id if 0 <= row < len(lines) else None
