"""Delivery orders: the list by status (with counts) and search by order number, phone or
tracking number, newest first and a page at a time as it scrolls; the selected order in full
beside it (delivery_order_panel.py); a new order in the editor dialog."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.services.context import Changes
from pos_desktop.services.delivery_queries import OrderPage, OrderRow, list_orders, status_counts
from pos_desktop.store.models.delivery import OrderStatus
from pos_desktop.ui.backoffice.delivery_common import amount, button, order_status_label, when
from pos_desktop.ui.backoffice.delivery_order_editor import OrderEditorDialog
from pos_desktop.ui.backoffice.delivery_order_panel import OrderPanel
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    append_row,
    debounced,
    error_text,
    make_table,
    page_title,
    select_id,
    selected_id,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell

PAGE = 100
ALL = ""
WATCHED = ("orders", "order_status_history", "deliveries", "order_payments")


class DeliveryOrdersPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.rows: dict[str, OrderRow] = {}
        self.next_after: tuple[datetime, str] | None = None
        self.generation = 0
        self.editor: OrderEditorDialog | None = None
        self.pending_select: str | None = None
        self.filter = QComboBox()
        self.filter.setObjectName("deliveryStatusFilter")
        self.filter.setMinimumHeight(MIN_HEIGHT)
        self.filter.addItem(self.tr("All orders"), ALL)
        for status in OrderStatus:
            self.filter.addItem(order_status_label(status.value), status.value)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.search = QLineEdit()
        self.search.setObjectName("deliverySearch")
        self.search.setPlaceholderText(self.tr("Order number, phone or tracking number"))
        self.search.setMinimumHeight(MIN_HEIGHT)
        self.search.setClearButtonEnabled(True)
        self.debounce = debounced(self, self.search.textChanged, self.reload)
        self.new_button = button(self.tr("New order…"), "deliveryNew", self.new_order)
        self.table = make_table(
            "deliveryOrders",
            [
                self.tr("Order"),
                self.tr("Status"),
                self.tr("Customer"),
                self.tr("City"),
                self.tr("Total"),
                self.tr("Tracking"),
                self.tr("Taken"),
            ],
            stretch=2,
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.panel = OrderPanel(ui, self)
        self.count = QLabel()
        self.count.setObjectName("deliveryCount")
        self.status = QLabel()
        self.status.setObjectName("deliveryStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([880, 470])
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Delivery orders")))
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    # -- loading ----------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and any(changes.touches(e) for e in WATCHED):
            self.reload()

    def reload(self) -> None:
        self.generation += 1
        self.next_after = None
        self.table.setRowCount(0)
        self.rows.clear()
        self._fetch()
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(lambda: status_counts(ctx, actor), self._counted, self._failed, lane=READ)

    def _counted(self, counts: dict[OrderStatus, int]) -> None:
        total = sum(counts.values())
        self.filter.setItemText(0, self.tr("All orders ({})").format(total))
        for i, status in enumerate(OrderStatus, start=1):
            self.filter.setItemText(
                i, f"{order_status_label(status.value)} ({counts.get(status, 0)})"
            )

    def _scrolled(self, value: int) -> None:
        if value >= self.table.verticalScrollBar().maximum() - 2 and self.next_after:
            self._fetch()

    def _fetch(self) -> None:
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        status = self.filter.currentData() or None
        text, after, generation = self.search.text(), self.next_after, self.generation
        self.next_after = None
        self.ui.run(
            lambda: list_orders(ctx, actor, status=status, text=text, after=after, limit=PAGE),
            lambda page: self._loaded(page, generation),
            self._failed,
            lane=READ,
        )

    def _loaded(self, page: OrderPage, generation: int) -> None:
        if generation != self.generation:
            return
        keep = (
            self.pending_select
            or selected_id(self.table)
            or (self.panel.detail.id if self.panel.detail else None)
        )
        for row in page.rows:
            self.rows[row.id] = row
            append_row(
                self.table,
                row.id,
                [
                    row.order_number,
                    order_status_label(row.status.value),
                    row.customer_name,
                    row.city,
                    amount(row.total),
                    row.tracking_number or "",
                    when(row.created_at),
                ],
                right=(4,),
            )
        self.next_after = page.next_cursor
        self.count.setText(self.tr("%n order(s)", "", self.table.rowCount()))
        if keep and select_id(self.table, keep):
            self.pending_select = None
            self.panel.load(keep)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    # -- selection and actions ----------------------------------------------------------------
    def _selection_changed(self) -> None:
        chosen = selected_id(self.table)
        if chosen is not None and (self.panel.detail is None or self.panel.detail.id != chosen):
            self.panel.load(chosen)

    def select(self, order_id: str) -> bool:
        return select_id(self.table, order_id)

    def new_order(self) -> OrderEditorDialog:
        self.editor = OrderEditorDialog(self.ui, self)
        self.editor.accepted.connect(self._created)
        self.editor.open()
        return self.editor

    def _created(self) -> None:
        made = self.editor.created if self.editor is not None else None
        if made is None:
            return
        self.status.setText(
            self.tr("Order {number} taken: {total}, collect {cod}.").format(
                number=made.order_number, total=amount(made.total), cod=amount(made.cod_amount)
            )
        )
        self.pending_select = made.order_id
        self.search.clear()
        self.filter.setCurrentIndex(0)
        self.reload()
