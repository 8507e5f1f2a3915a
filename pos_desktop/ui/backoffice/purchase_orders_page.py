"""Purchase orders: the list by status (open ones first), newest first, a page at a time as it
scrolls; new/open in the editor, order, receive a delivery, cancel (asked twice), close short,
and the PDF for the supplier."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_desktop.reports.purchase_order_pdf import PURCHASE_ORDERS_FOLDER, export_purchase_order_pdf
from pos_desktop.services import purchase_order_views as views
from pos_desktop.services import purchase_orders as orders
from pos_desktop.services.context import Changes
from pos_desktop.services.purchase_order_views import PoSummary, PoView
from pos_desktop.services.purchasing_rules import OPEN_STATUSES, may_transition
from pos_desktop.store.models.inventory import PurchaseOrderStatus as Status
from pos_desktop.ui.backoffice.formats import day, money, qty
from pos_desktop.ui.backoffice.po_editor import PoEditorDialog
from pos_desktop.ui.backoffice.purchasing_common import button, status_label
from pos_desktop.ui.backoffice.receive_dialog import ReceiveDialog
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
OPEN_FILTER = "open"
ALL_FILTER = "all"


class PurchaseOrdersPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.rows: dict[str, PoSummary] = {}
        self.next_after: tuple[datetime, str] | None = None
        self.generation = 0
        self.loading = False
        self.confirm_cancel: str | None = None
        self.editor: PoEditorDialog | None = None
        self.receiver: ReceiveDialog | None = None
        self.last_pdf: Path | None = None
        self.filter = QComboBox()
        self.filter.setObjectName("ordersFilter")
        self.filter.setMinimumHeight(MIN_HEIGHT)
        self.filter.addItem(self.tr("Open orders"), OPEN_FILTER)
        for status in Status:
            self.filter.addItem(status_label(status.value), status.value)
        self.filter.addItem(self.tr("All orders"), ALL_FILTER)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.search = QLineEdit()
        self.search.setObjectName("ordersSearch")
        self.search.setPlaceholderText(self.tr("Search by order number or supplier"))
        self.search.setMinimumHeight(MIN_HEIGHT)
        self.search.setClearButtonEnabled(True)
        self.debounce = debounced(self, self.search.textChanged, self.reload)
        self.table = make_table(
            "ordersTable",
            [
                self.tr("Order"),
                self.tr("Supplier"),
                self.tr("Status"),
                self.tr("Deliver to"),
                self.tr("Expected"),
                self.tr("Total"),
            ],
            stretch=1,
        )
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.new_button = button(self.tr("New order…"), "ordersNew", self.new_order)
        self.open_button = button(self.tr("Open…"), "ordersOpen", self.open_selected)
        self.order_button = button(self.tr("Mark ordered"), "ordersOrder", self.order_selected)
        self.receive_button = button(self.tr("Receive…"), "ordersReceive", self.receive_selected)
        self.cancel_button = button(self.tr("Cancel order"), "ordersCancel", self.cancel_selected)
        self.close_button = button(self.tr("Close short"), "ordersCloseShort", self.close_selected)
        self.pdf_button = button(self.tr("PDF"), "ordersPdf", self.pdf_selected)
        self.count = QLabel()
        self.count.setObjectName("ordersCount")
        self.status = QLabel()
        self.status.setObjectName("ordersStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.search, 1)
        actions = QHBoxLayout()
        for b in (
            self.new_button,
            self.open_button,
            self.order_button,
            self.receive_button,
            self.cancel_button,
            self.close_button,
            self.pdf_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Purchase orders")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self._selection_changed()

    # -- loading ----------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.touches("purchase_orders"):
            self.reload()

    def statuses(self) -> tuple[Status, ...]:
        chosen = self.filter.currentData()
        if chosen == OPEN_FILTER:
            return (Status.DRAFT, *sorted(OPEN_STATUSES))
        if chosen == ALL_FILTER:
            return ()
        return (Status(chosen),)

    def reload(self) -> None:
        self.generation += 1
        self.next_after = None
        self.confirm_cancel = None
        self.rows.clear()
        self.table.setRowCount(0)
        self._fetch()

    def _scrolled(self, value: int) -> None:
        if value >= self.table.verticalScrollBar().maximum() - 2 and self.next_after:
            self._fetch()

    def _fetch(self) -> None:
        if self.loading and self.next_after is not None:
            return
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        statuses, text = self.statuses(), self.search.text()
        after, generation = self.next_after, self.generation
        self.loading = True
        self.ui.run(
            lambda: views.list_purchase_orders(
                ctx,
                actor,
                statuses=statuses,
                search=text,
                after=after,
                limit=PAGE,
            ),
            lambda rows: self._loaded(rows, generation),
            self._failed,
            lane=READ,
        )

    def _loaded(self, rows: list[PoSummary], generation: int) -> None:
        if generation != self.generation:
            return
        self.loading = False
        keep = selected_id(self.table)
        for po in rows:
            self.rows[po.id] = po
            append_row(
                self.table,
                po.id,
                [
                    po.po_number,
                    po.supplier_name,
                    status_label(po.status.value),
                    po.warehouse_name,
                    day(po.expected_delivery),
                    money(po.total_minor, po.currency),
                ],
                right=(5,),
            )
        self.next_after = (rows[-1].created_at, rows[-1].id) if len(rows) == PAGE else None
        self.count.setText(self.tr("%n order(s)", "", self.table.rowCount()))
        if keep:
            select_id(self.table, keep)
        self._selection_changed()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.status.setText(error_text(error))

    # -- selection --------------------------------------------------------------------------
    def current(self) -> PoSummary | None:
        pid = selected_id(self.table)
        return self.rows.get(pid) if pid else None

    def _selection_changed(self) -> None:
        po = self.current()
        status = po.status if po is not None else None
        self.open_button.setEnabled(po is not None)
        self.pdf_button.setEnabled(po is not None)
        self.order_button.setEnabled(status is Status.DRAFT)
        self.receive_button.setEnabled(status in OPEN_STATUSES)
        self.cancel_button.setEnabled(
            status is not None and may_transition(status, Status.CANCELLED)
        )
        self.close_button.setEnabled(status is Status.PARTIALLY_RECEIVED)
        if po is None or po.id != self.confirm_cancel:
            self.confirm_cancel = None
            self.cancel_button.setText(self.tr("Cancel order"))

    def select(self, po_id: str) -> bool:
        return select_id(self.table, po_id)

    # -- actions ----------------------------------------------------------------------------
    def new_order(self) -> PoEditorDialog:
        return self._edit(None)

    def open_selected(self) -> PoEditorDialog | None:
        po = self.current()
        return self._edit(po.id) if po is not None else None

    def _edit(self, po_id: str | None) -> PoEditorDialog:
        self.editor = PoEditorDialog(self.ui, po_id, self)
        self.editor.open()
        return self.editor

    def order_selected(self) -> None:
        po = self.current()
        if po is None:
            return
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(
            lambda: orders.order_purchase_order(ctx, actor, po.id),
            lambda r: self._moved(r.po),
            self._failed,
        )

    def cancel_selected(self) -> None:
        po = self.current()
        if po is None:
            return
        if self.confirm_cancel != po.id:
            self.confirm_cancel = po.id
            self.cancel_button.setText(self.tr("Click again to cancel {}").format(po.po_number))
            return
        self.confirm_cancel = None
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(
            lambda: orders.cancel_purchase_order(ctx, actor, po.id),
            lambda r: self._moved(r.po),
            self._failed,
        )

    def close_selected(self) -> None:
        po = self.current()
        if po is None:
            return
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(
            lambda: orders.close_purchase_order(ctx, actor, po.id, "closed short"),
            lambda r: self._moved(r.po),
            self._failed,
        )

    def _moved(self, po: PoView) -> None:
        self.status.setText(
            self.tr("{number} is now {status}.").format(
                number=po.po_number, status=status_label(po.status.value)
            )
        )

    def receive_selected(self) -> None:
        po = self.current()
        if po is None:
            return
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(
            lambda: views.get_purchase_order(ctx, actor, po.id),
            lambda full: self._open_receive(full),
            self._failed,
            lane=READ,
        )

    def _open_receive(self, po: PoView) -> None:
        self.open_receive(po)

    def open_receive(self, po: PoView) -> ReceiveDialog:
        self.receiver = ReceiveDialog(self.ui, po, self)
        self.receiver.accepted.connect(self._received)
        self.receiver.open()
        return self.receiver

    def _received(self) -> None:
        if self.receiver is None or self.receiver.received is None:
            return
        result = self.receiver.received
        po = result.po
        parts = [
            self.tr("{number} is now {status}.").format(
                number=po.po_number, status=status_label(po.status.value)
            )
        ]
        for line in po.lines:
            parts.append(
                self.tr("{name}: {on_hand} on hand.").format(
                    name=line.name, on_hand=qty(line.on_hand_milli, line.weighed)
                )
            )
        for change in result.cost_changes:
            old = money(change.old_cost_minor) if change.old_cost_minor is not None else "-"
            parts.append(
                self.tr("Cost of {name}: {old} → {new}.").format(
                    name=change.name, old=old, new=money(change.new_cost_minor)
                )
            )
        self.status.setText(" ".join(parts))

    def pdf_selected(self) -> None:
        po = self.current()
        if po is None:
            return
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        folder = self.ui.services.paths.data_dir / PURCHASE_ORDERS_FOLDER
        self.ui.run(
            lambda: export_purchase_order_pdf(ctx, actor, po.id, folder),
            self._exported,
            self._failed,
            lane=READ,
        )

    def _exported(self, path: Path) -> None:
        self.last_pdf = path
        self.status.setText(self.tr("Saved {}").format(path))
