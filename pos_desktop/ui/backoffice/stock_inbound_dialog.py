"""Transfers other stores sent here, waiting to be confirmed (Inventory > Stock > Inbound).
Confirming one books what actually arrived into a warehouse of this store."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.services import stock_transfers
from pos_desktop.services.stock_transfers import InboundTransfer
from pos_desktop.services.warehouses import WarehouseView
from pos_desktop.ui.backoffice.formats import parse_decimal, when_text
from pos_desktop.ui.backoffice.inventory_common import DB, qty
from pos_desktop.ui.backoffice.widgets import (
    READ,
    button,
    error_text,
    fill_table,
    make_table,
    selected_id,
)
from pos_desktop.ui.context import UiContext


class InboundTransfersDialog(QDialog):
    def __init__(
        self, ui: UiContext, warehouses: Sequence[WarehouseView], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.items: list[InboundTransfer] = []
        self.setObjectName("inboundDialog")
        self.setWindowTitle(self.tr("Transfers on their way here"))
        self.resize(900, 480)
        self.table = make_table(
            "inboundTable",
            [
                self.tr("Sent"),
                self.tr("From"),
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("Quantity"),
                self.tr("Note"),
            ],
        )
        self.warehouse = QComboBox()
        self.warehouse.setObjectName("inboundWarehouse")
        for w in warehouses:
            self.warehouse.addItem(w.name, w.id)
        self.received = QLineEdit()
        self.received.setObjectName("inboundReceived")
        self.received.setPlaceholderText(self.tr("All that was sent"))
        self.note = QLineEdit()
        self.note.setObjectName("inboundNote")
        self.status = QLabel()
        self.status.setObjectName("inboundStatus")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Into warehouse"), self.warehouse)
        form.addRow(self.tr("Quantity received"), self.received)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(button(self.tr("Confirm received"), "inboundReceive", self.receive))
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        ctx = self.ui.ctx

        def load() -> list[InboundTransfer]:
            with ctx.db.read() as s:
                return stock_transfers.pending_inbound_transfers(s, ctx)

        self.ui.run(load, self._show, lambda e: self.status.setText(error_text(e)), lane=READ)

    def _show(self, items: list[InboundTransfer]) -> None:
        self.items = items
        fill_table(
            self.table,
            [
                (
                    t.transfer_id,
                    [
                        when_text(t.sent_at),
                        t.from_store_name,
                        t.sku,
                        t.name,
                        qty(t.quantity_milli),
                        t.note or "",
                    ],
                )
                for t in items
            ],
            right=(4,),
            selection="clear",
        )
        if items:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("Nothing is on its way to this store."))

    def receive(self) -> None:
        tid = selected_id(self.table)
        if tid is None:
            self.status.setText(self.tr("Choose a transfer in the list first."))
            return
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        wid = self.warehouse.currentData()
        text = self.received.text().strip()
        amount = parse_decimal(text) if text else None
        note = self.note.text()

        def work() -> object:
            return stock_transfers.receive_from_store(
                ctx, actor, tid, warehouse_id=wid, received=amount, note=note
            )

        def done(_r: object) -> None:
            self.status.setText(self.tr("Received."))
            self.received.clear()
            self.note.clear()
            self.reload()

        self.ui.run(work, done, lambda e: self.status.setText(error_text(e)), lane=DB)
