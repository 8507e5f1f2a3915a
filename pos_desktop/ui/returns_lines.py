"""The lines of a sale on the returns screen: sold, already returned, still returnable, and per
line how many come back now and whether they go back on the shelf or are written off."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pos_desktop.core.quantity import from_milli
from pos_desktop.services.receipts import SaleLineView, SaleView

ROW_HEIGHT = 48
ITEM, SOLD, RETURNED, REMAINING, RETURN_NOW, RESTOCK = range(6)


def _qty(milli: int) -> str:
    return f"{from_milli(milli).normalize():f}"


class ReturnLinesTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("returnLines")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Sold"),
                self.tr("Returned"),
                self.tr("Left"),
                self.tr("Return now"),
                self.tr("Goes"),
            ]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (SOLD, RETURNED, REMAINING, RETURN_NOW, RESTOCK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        # Touch: the spin boxes' +/- halves wide enough for a finger.
        self.setStyleSheet(
            "QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { width: 32px; }"
        )
        self._lines: list[SaleLineView] = []
        self._quantities: list[QSpinBox | QDoubleSpinBox] = []
        self._restock: list[QComboBox] = []

    def show_sale(self, sale: SaleView | None) -> None:
        self.clearContents()
        self._lines = list(sale.lines) if sale is not None else []
        self._quantities, self._restock = [], []
        self.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            self._fill_row(row, line)
        self.resizeRowsToContents()

    def _fill_row(self, row: int, line: SaleLineView) -> None:
        name = QTableWidgetItem(line.name + (f"\n{line.sku}" if line.sku else ""))
        self.setItem(row, ITEM, name)
        for column, milli in (
            (SOLD, line.quantity_milli),
            (RETURNED, line.returned_milli),
            (REMAINING, line.remaining_milli),
        ):
            item = QTableWidgetItem(_qty(milli))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, column, item)
        left = max(line.remaining_milli, 0)
        spin: QSpinBox | QDoubleSpinBox
        if line.weighed:
            dspin = QDoubleSpinBox()
            dspin.setDecimals(3)
            dspin.setSingleStep(0.1)
            dspin.setRange(0.0, float(from_milli(left)))
            spin = dspin
        else:
            ispin = QSpinBox()
            ispin.setRange(0, left // 1000)
            spin = ispin
        spin.setObjectName(f"returnQty_{row}")
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumHeight(ROW_HEIGHT - 8)
        spin.setMinimumWidth(90)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
        spin.setEnabled(left > 0)
        restock = QComboBox()
        restock.setObjectName(f"returnRestock_{row}")
        restock.addItem(self.tr("Back to stock"), True)
        restock.addItem(self.tr("Write off"), False)
        restock.setMinimumHeight(ROW_HEIGHT - 8)
        restock.setEnabled(left > 0)
        self.setCellWidget(row, RETURN_NOW, spin)
        self.setCellWidget(row, RESTOCK, restock)
        self._quantities.append(spin)
        self._restock.append(restock)

    # -- reading the choice ----------------------------------------------------------------
    def chosen(self) -> list[tuple[str, str, bool]]:
        """(original line id, quantity as text, restock) for every line with a quantity."""
        out = []
        for line, spin, restock in zip(self._lines, self._quantities, self._restock, strict=True):
            if isinstance(spin, QDoubleSpinBox):
                # The spin box holds a float; three decimals is its exact resolution.
                quantity = Decimal(f"{spin.value():.3f}")
            else:
                quantity = Decimal(spin.value())
            if quantity > 0:
                out.append((line.id, str(quantity), bool(restock.currentData())))
        return out

    def set_quantity(self, row: int, quantity: int | float) -> None:
        spin = self._quantities[row]
        if isinstance(spin, QDoubleSpinBox):
            spin.setValue(float(quantity))
        else:
            spin.setValue(int(quantity))

    def set_restock(self, row: int, restock: bool) -> None:
        self._restock[row].setCurrentIndex(0 if restock else 1)

    def row_of(self, name: str) -> int:
        return next(i for i, line in enumerate(self._lines) if line.name == name)

    def row_texts(self, row: int) -> tuple[str, str, str, str]:
        def text(column: int) -> str:
            item = self.item(row, column)
            return item.text() if item is not None else ""

        return (text(ITEM), text(SOLD), text(RETURNED), text(REMAINING))
