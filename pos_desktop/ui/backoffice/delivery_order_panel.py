"""One delivery order in full, beside the list: customer and address, lines and totals, the
status with a button for each legal next step only (the service lists them), the history as a
timeline, the courier and tracking number, COD settlement, and the printable delivery note."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.reports.delivery_note_pdf import address_lines, save_delivery_note
from pos_desktop.services.delivery_couriers import CourierView, list_couriers
from pos_desktop.services.delivery_dispatch import (
    assign_delivery,
    settle_cod,
    update_delivery_status,
)
from pos_desktop.services.delivery_orders import change_order_status
from pos_desktop.services.delivery_queries import OrderDetail, order_detail
from pos_desktop.services.suppliers import phone_display
from pos_desktop.store.models.delivery import DeliveryStatus, OrderStatus
from pos_desktop.ui.backoffice.delivery_common import (
    amount,
    button,
    delivery_status_label,
    order_status_label,
    order_step_label,
    payment_label,
    when,
)
from pos_desktop.ui.backoffice.formats import parse_minor, qty
from pos_desktop.ui.backoffice.widgets import MIN_HEIGHT, READ, cell, error_text, make_table
from pos_desktop.ui.context import UiContext

FILES = "files"


class OrderPanel(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.detail: OrderDetail | None = None
        self.last_pdf: Path | None = None
        self.step_buttons: dict[OrderStatus, QPushButton] = {}
        self.delivery_buttons: dict[DeliveryStatus, QPushButton] = {}
        self.title = QLabel()
        self.title.setObjectName("orderTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.customer = QLabel()
        self.customer.setObjectName("orderCustomer")
        self.customer.setWordWrap(True)
        self.money = QLabel()
        self.money.setObjectName("orderMoney")
        self.money.setWordWrap(True)
        self.items = make_table(
            "orderItems", [self.tr("Item"), self.tr("Qty"), self.tr("Amount")], stretch=0
        )
        self.items.setMaximumHeight(130)
        self.note = QLineEdit()
        self.note.setObjectName("orderStepNote")
        self.note.setMinimumHeight(MIN_HEIGHT)
        self.note.setPlaceholderText(self.tr("Note or reason for the next step"))
        self.steps = QHBoxLayout()
        self.history = QListWidget()
        self.history.setObjectName("orderHistory")
        self.history.setMinimumHeight(150)
        self.history.setWordWrap(True)
        self.courier = QComboBox()
        self.courier.setObjectName("orderCourier")
        self.courier.setMinimumHeight(MIN_HEIGHT)
        self.assign_button = button(self.tr("Assign courier"), "orderAssign", self.assign)
        self.delivery = QLabel()
        self.delivery.setObjectName("orderDelivery")
        self.delivery.setWordWrap(True)
        self.delivery_steps = QHBoxLayout()
        self.cash = QLineEdit()
        self.cash.setObjectName("orderCashReceived")
        self.cash.setMinimumHeight(MIN_HEIGHT)
        self.settle_button = button(self.tr("Settle COD"), "orderSettle", self.settle)
        self.print_button = button(self.tr("Delivery note (PDF)"), "orderPrint", self.print_note)
        self.status = QLabel()
        self.status.setObjectName("orderPanelStatus")
        self.status.setWordWrap(True)

        courier_row = QHBoxLayout()
        courier_row.addWidget(self.courier, 1)
        courier_row.addWidget(self.assign_button)
        cod_row = QHBoxLayout()
        cod_row.addWidget(QLabel(self.tr("Cash received")))
        cod_row.addWidget(self.cash, 1)
        cod_row.addWidget(self.settle_button)
        cod_row.addWidget(self.print_button)
        grid = QGridLayout()
        grid.addWidget(self.customer, 0, 0)
        grid.addWidget(self.money, 0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.items)
        layout.addWidget(self.note)
        layout.addLayout(self.steps)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.delivery)
        layout.addLayout(courier_row)
        layout.addLayout(self.delivery_steps)
        layout.addLayout(cod_row)
        layout.addWidget(self.status)
        self.show_detail(None)

    # -- loading ----------------------------------------------------------------------------
    def load(self, order_id: str | None) -> None:
        if order_id is None:
            self.show_detail(None)
            return
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(
            lambda: (order_detail(ctx, actor, order_id), list_couriers(ctx, actor)),
            lambda loaded: self._loaded(*loaded),
            self._failed,
            lane=READ,
        )

    def _loaded(self, detail: OrderDetail, couriers: list[CourierView]) -> None:
        self.courier.clear()
        for c in couriers:
            self.courier.addItem(f"{c.name} ({c.vehicle_type or '-'})", c.id)
        self.show_detail(detail)

    def reload(self) -> None:
        if self.detail is not None:
            self.load(self.detail.id)

    def show_detail(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        for layout, buttons in (
            (self.steps, self.step_buttons),
            (self.delivery_steps, self.delivery_buttons),
        ):
            for b in buttons.values():
                layout.removeWidget(b)
                b.deleteLater()
            buttons.clear()
        self.setEnabled(detail is not None)
        if detail is None:
            for label in (self.title, self.customer, self.money, self.delivery):
                label.clear()
            self.items.setRowCount(0)
            self.history.clear()
            return
        self.title.setText(
            self.tr("Order {number} · {status}").format(
                number=detail.order_number, status=order_status_label(detail.status.value)
            )
        )
        self.customer.setText(
            "\n".join(
                [
                    detail.customer_name,
                    phone_display(detail.customer_phone),
                    *address_lines(detail.address),
                ]
            )
        )
        lines = [
            self.tr("Goods {}").format(amount(detail.subtotal)),
            self.tr("Delivery {}").format(amount(detail.delivery_fee)),
            self.tr("Total {}").format(amount(detail.total)),
            payment_label(detail.payment_method),
        ]
        if detail.cod_amount.minor:
            lines.append(self.tr("Collect {}").format(amount(detail.cod_amount)))
        if detail.concurrent:
            lines.append(self.tr("Changed on two tills at once: check the history"))
        self.money.setText("\n".join(lines))
        self.items.setRowCount(0)
        for item in detail.items:
            row = self.items.rowCount()
            self.items.insertRow(row)
            for col, text in enumerate((item.name, qty(item.quantity_milli), amount(item.total))):
                self.items.setItem(row, col, cell(text, right=col > 0))
        self.history.clear()
        for h in detail.history:
            text = f"{when(h.at)}  {order_status_label(h.new_status)}  · {h.by}"
            extra = "; ".join(x for x in (h.reason, h.notes) if x)
            self.history.addItem(text + (f" — {extra}" if extra else ""))
        for d in detail.deliveries:
            for h in d.history:
                self.history.addItem(
                    f"{when(h.at)}  {d.tracking_number}: {delivery_status_label(h.new_status)}"
                    + (f" — {h.reason}" if h.reason else "")
                )
        for step in detail.next_steps:
            b = button(order_step_label(step.value), f"orderStep_{step.value}", self._stepper(step))
            self.step_buttons[step] = b
            self.steps.addWidget(b)
        active = detail.active_delivery
        if active is not None:
            self.delivery.setText(
                self.tr("{tracking} with {courier} · {status}").format(
                    tracking=active.tracking_number,
                    courier=active.courier_name,
                    status=delivery_status_label(active.status.value),
                )
            )
            for dstep in active.next_steps:
                b = button(
                    self.tr("Delivery: {}").format(delivery_status_label(dstep.value)),
                    f"deliveryStep_{dstep.value}",
                    self._delivery_stepper(active.id, dstep),
                )
                self.delivery_buttons[dstep] = b
                self.delivery_steps.addWidget(b)
        elif detail.deliveries:
            last = detail.deliveries[-1]
            self.delivery.setText(
                f"{last.tracking_number} · {last.courier_name} · "
                f"{delivery_status_label(last.status.value)}"
            )
        else:
            self.delivery.setText(self.tr("No courier yet"))
        final = detail.status in (OrderStatus.DELIVERED, OrderStatus.CANCELLED)
        self.assign_button.setEnabled(active is None and not final and self.courier.count() > 0)
        cod_due = (
            detail.cod_amount.minor > 0
            and detail.status is OrderStatus.DELIVERED
            and not detail.settled
        )
        self.settle_button.setEnabled(cod_due)
        self.cash.setEnabled(cod_due)
        if cod_due:
            self.cash.setText(amount(detail.cod_amount))
        elif detail.settled:
            self.cash.setText(self.tr("Settled"))

    # -- actions ----------------------------------------------------------------------------
    def _stepper(self, step: OrderStatus) -> Callable[[], None]:
        return lambda: self.step(step)

    def _delivery_stepper(self, delivery_id: str, step: DeliveryStatus) -> Callable[[], None]:
        return lambda: self.delivery_step(delivery_id, step)

    def step(self, status: OrderStatus) -> None:
        detail = self.detail
        if detail is None:
            return
        note = self.note.text().strip() or None
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(
            lambda: change_order_status(
                ctx,
                actor,
                detail.id,
                status,
                reason=note if status is OrderStatus.CANCELLED else None,
                notes=None if status is OrderStatus.CANCELLED else note,
            ),
            lambda _r: self._done(
                self.tr("Order {} is now {}.").format(
                    detail.order_number, order_status_label(status.value)
                )
            ),
            self._failed,
        )

    def delivery_step(self, delivery_id: str, status: DeliveryStatus) -> None:
        note = self.note.text().strip() or None
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(
            lambda: update_delivery_status(ctx, actor, delivery_id, status, reason=note),
            lambda r: self._done(
                self.tr("{} is now {}.").format(
                    r.tracking_number, delivery_status_label(r.status.value)
                )
            ),
            self._failed,
        )

    def assign(self) -> None:
        detail, courier = self.detail, self.courier.currentData()
        if detail is None or not isinstance(courier, str):
            return
        note = self.note.text().strip() or None
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(
            lambda: assign_delivery(ctx, actor, detail.id, courier, special_instructions=note),
            lambda r: self._done(self.tr("Tracking number {}").format(r.tracking_number)),
            self._failed,
        )

    def settle(self) -> None:
        detail = self.detail
        if detail is None:
            return
        received = parse_minor(self.cash.text())
        if received is None:
            self.status.setText(self.tr("Type the amount received, such as 3490.00"))
            return
        note = self.note.text().strip() or None
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(
            lambda: settle_cod(ctx, actor, detail.id, received, note=note),
            lambda r: self._done(self.tr("Settled {}").format(amount(r.amount))),
            self._failed,
        )

    def print_note(self) -> None:
        detail = self.detail
        if detail is None:
            return
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        folder = self.ui.services.paths.data_dir
        self.ui.run(
            lambda: save_delivery_note(ctx, actor, detail.id, folder),
            self._printed,
            self._failed,
            lane=FILES,
        )

    def _printed(self, path: Path) -> None:
        self.last_pdf = path
        self.status.setText(self.tr("Saved {}").format(path))

    def _done(self, message: str) -> None:
        self.note.clear()
        self.status.setText(message)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
