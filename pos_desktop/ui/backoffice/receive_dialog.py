"""Receive a delivery against an order: the outstanding lines with the quantity arriving now
(starting at what is outstanding) and the actual unit cost (starting at the ordered cost).
More than outstanding is refused once; ticking "Accept more than ordered" books it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.services.purchase_order_views import PoLineView, PoView
from pos_desktop.services.receiving import (
    OverReceipt,
    ReceiptLine,
    ReceiveResult,
    receive_purchase_order,
)
from pos_desktop.ui.backoffice.formats import money, parse_decimal, parse_minor, qty
from pos_desktop.ui.backoffice.purchasing_common import button, qty_input
from pos_desktop.ui.backoffice.widgets import MIN_HEIGHT, cell, error_text, make_table
from pos_desktop.ui.context import UiContext

COL_ITEM, COL_ORDERED, COL_RECEIVED, COL_OUTSTANDING, COL_NOW, COL_COST = range(6)


class ReceiveDialog(QDialog):
    def __init__(self, ui: UiContext, po: PoView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.po = po
        self.received: ReceiveResult | None = None
        self.lines: list[PoLineView] = list(po.outstanding_lines)
        self.setObjectName("receiveDialog")
        self.setWindowTitle(self.tr("Receive {}").format(po.po_number))
        self.resize(900, 520)
        heading = QLabel(
            self.tr("{supplier} · deliver to {warehouse}").format(
                supplier=po.supplier_name, warehouse=po.warehouse_name
            )
        )
        heading.setObjectName("receiveHeading")
        title = QLabel(self.tr("Receive a delivery for {}").format(po.po_number))
        title.setObjectName("receiveTitle")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        self.table = make_table(
            "receiveLines",
            [
                self.tr("Item"),
                self.tr("Ordered"),
                self.tr("Received"),
                self.tr("Outstanding"),
                self.tr("Receiving now"),
                self.tr("Unit cost"),
            ],
            stretch=0,
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        editable = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsEnabled
        for row, line in enumerate(self.lines):
            self.table.insertRow(row)
            values = [
                cell(line.name, row_id=line.id),
                cell(qty(line.ordered_milli, line.weighed), right=True),
                cell(qty(line.received_milli, line.weighed), right=True),
                cell(qty(line.outstanding_milli, line.weighed), right=True),
                cell(qty_input(line.outstanding_milli), right=True),
                cell(money(line.unit_cost_minor), right=True),
            ]
            for col, item in enumerate(values):
                if col in (COL_NOW, COL_COST):
                    item.setFlags(editable)
                else:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, item)
        self.note = QLineEdit()
        self.note.setObjectName("receiveNote")
        self.note.setPlaceholderText(self.tr("Supplier's delivery note or invoice number"))
        self.note.setMinimumHeight(MIN_HEIGHT)
        self.accept_over = QCheckBox(self.tr("Accept more than ordered"))
        self.accept_over.setObjectName("receiveAcceptOver")
        self.accept_over.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("receiveStatus")
        self.status.setWordWrap(True)
        self.apply_button = button(self.tr("Receive into stock"), "receiveApply", self.apply)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_over)
        buttons.addStretch(1)
        buttons.addWidget(button(self.tr("Cancel"), "receiveCancel", self.reject))
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def set_quantity(self, row: int, text: str) -> None:
        item = self.table.item(row, COL_NOW)
        if item is not None:
            item.setText(text)

    def set_cost(self, row: int, text: str) -> None:
        item = self.table.item(row, COL_COST)
        if item is not None:
            item.setText(text)

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""

    def receipt(self) -> list[ReceiptLine]:
        out = []
        for row, line in enumerate(self.lines):
            text = self._text(row, COL_NOW).strip() or "0"
            cost = parse_minor(self._text(row, COL_COST))
            out.append(ReceiptLine(line.id, parse_decimal(text), -1 if cost is None else cost))
        return out

    def apply(self) -> None:
        actor, ctx, po_id = self.ui.require_actor(), self.ui.ctx, self.po.id
        items, over, note = self.receipt(), self.accept_over.isChecked(), self.note.text().strip()
        self.apply_button.setEnabled(False)
        self.status.clear()
        self.ui.run(
            lambda: receive_purchase_order(
                ctx, actor, po_id, items, allow_over_receipt=over, note=note or None
            ),
            self._done,
            self._failed,
        )

    def _done(self, result: ReceiveResult) -> None:
        self.received = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.apply_button.setEnabled(True)
        self.status.setText(error_text(error))
        if isinstance(error, OverReceipt):
            self.accept_over.setVisible(True)
            self.status.setText(
                error_text(error) + "\n" + self.tr("Tick 'Accept more than ordered' to book it.")
            )
