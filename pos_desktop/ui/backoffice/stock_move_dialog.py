"""Receive, adjust or transfer one product's stock (Inventory > Stock). The dialog gathers the
input, runs the service on the write lane and stays open showing the service's refusal (no
reason, a bad quantity...) until the manager fixes it or cancels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

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

from pos_desktop.services import stock, stock_adjust, stock_transfers
from pos_desktop.services.stock_list import StockRow
from pos_desktop.services.stock_transfers import StoreChoice
from pos_desktop.services.warehouses import WarehouseView
from pos_desktop.ui.backoffice.formats import money, parse_decimal, parse_minor
from pos_desktop.ui.backoffice.inventory_common import ADJUST_REASON_LABELS, DB, label_of, qty
from pos_desktop.ui.backoffice.widgets import error_text
from pos_desktop.ui.context import UiContext


class MoveKind(StrEnum):
    RECEIVE = "receive"
    ADJUST = "adjust"
    TRANSFER = "transfer"


class StockMoveDialog(QDialog):
    def __init__(
        self,
        ui: UiContext,
        kind: MoveKind,
        row: StockRow,
        warehouse: WarehouseView,
        *,
        warehouses: Sequence[WarehouseView] = (),
        stores: Sequence[StoreChoice] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.kind = kind
        self.row = row
        self.warehouse = warehouse
        self.result_value: Any = None
        self.setObjectName(f"stockMoveDialog_{kind.value}")
        titles = {
            MoveKind.RECEIVE: self.tr("Receive stock"),
            MoveKind.ADJUST: self.tr("Adjust stock"),
            MoveKind.TRANSFER: self.tr("Transfer stock"),
        }
        self.setWindowTitle(titles[kind])
        self.setMinimumWidth(480)
        heading = QLabel(
            self.tr("{name} ({sku}) · {warehouse}: {on_hand} on hand").format(
                name=row.name,
                sku=row.sku,
                warehouse=warehouse.name,
                on_hand=qty(row.on_hand_milli, row.unit),
            )
        )
        heading.setObjectName("stockMoveHeading")
        heading.setWordWrap(True)
        self.quantity = QLineEdit()
        self.quantity.setObjectName("stockMoveQuantity")
        self.cost = QLineEdit()
        self.cost.setObjectName("stockMoveCost")
        self.direction = QComboBox()
        self.direction.setObjectName("stockMoveDirection")
        self.direction.addItem(self.tr("Remove from stock"), -1)
        self.direction.addItem(self.tr("Add to stock"), 1)
        self.reason = QComboBox()
        self.reason.setObjectName("stockMoveReason")
        self.reason.addItem(self.tr("Choose a reason…"), "")
        for code in ADJUST_REASON_LABELS:
            self.reason.addItem(label_of(ADJUST_REASON_LABELS, code), code)
        self.destination = QComboBox()
        self.destination.setObjectName("stockMoveDestination")
        for w in warehouses:
            if w.id != warehouse.id:
                self.destination.addItem(self.tr("Warehouse {}").format(w.name), f"wh:{w.id}")
        for s in stores:
            self.destination.addItem(
                self.tr("Store {code} {name}").format(code=s.code, name=s.name), f"store:{s.id}"
            )
        self.note = QLineEdit()
        self.note.setObjectName("stockMoveNote")
        self.error = QLabel()
        self.error.setObjectName("stockMoveError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Quantity"), self.quantity)
        if kind is MoveKind.RECEIVE:
            form.addRow(self.tr("Unit cost"), self.cost)
            if row.cost_minor is not None:
                self.cost.setPlaceholderText(money(row.cost_minor))
        elif kind is MoveKind.ADJUST:
            form.addRow(self.tr("Direction"), self.direction)
            form.addRow(self.tr("Reason"), self.reason)
        else:
            form.addRow(self.tr("To"), self.destination)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("stockMoveButtons")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _work(self) -> Callable[[], Any]:
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        pid, wid = self.row.product_id, self.warehouse.id
        amount = parse_decimal(self.quantity.text())
        note = self.note.text()
        if self.kind is MoveKind.RECEIVE:
            cost = parse_minor(self.cost.text())
            if self.cost.text().strip() and cost is None:
                raise ValueError(self.tr("The unit cost is not an amount."))
            if cost is None:
                cost = self.row.cost_minor  # blank: the product's cost
            return lambda: stock.receive_stock(
                ctx, actor, pid, amount, warehouse_id=wid, unit_cost_minor=cost, note=note or None
            )
        if self.kind is MoveKind.ADJUST:
            sign = int(self.direction.currentData())
            delta = amount if isinstance(amount, str) or sign > 0 else -amount
            reason = str(self.reason.currentData() or "")
            return lambda: stock_adjust.adjust_with_reason(
                ctx, actor, pid, delta, reason, note=note, warehouse_id=wid
            )
        target = self.destination.currentData()
        if not target:
            raise ValueError(self.tr("There is nowhere to transfer to: add a warehouse first."))
        where, _, target_id = str(target).partition(":")
        if where == "wh":
            return lambda: stock.transfer_stock(
                ctx,
                actor,
                pid,
                amount,
                from_warehouse_id=wid,
                to_warehouse_id=target_id,
                note=note or None,
            )
        return lambda: stock_transfers.send_to_store(
            ctx, actor, pid, amount, to_store_id=target_id, from_warehouse_id=wid, note=note
        )

    def submit(self) -> None:
        try:
            work = self._work()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.buttons.setEnabled(False)
        self.error.clear()
        self.ui.run(work, self._done, self._failed, lane=DB)

    def _done(self, result: Any) -> None:
        self.result_value = result
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(error))
