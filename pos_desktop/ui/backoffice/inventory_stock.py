"""Inventory > Stock: stock per warehouse, a page at a time, with the reorder level and maximum
edited in place and the rows that need attention coloured (low, negative, over the maximum).

``StockTableModel`` holds only the pages the view scrolled through (``stock_list.list_stock``,
keyset on SKU, "read" lane); a filter change starts a new generation and drops older answers.
Editing the reorder level or maximum cell runs ``set_stock_levels`` on the write lane; a
refusal (maximum below the reorder level...) shows in the status line and the row reloads.
Receive (F2), Adjust (F3), Transfer (F4) and History (F5) act on the selected product.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.permissions import Permission
from pos_desktop.core.quantity import from_milli
from pos_desktop.services import stock_list, stock_transfers, warehouses
from pos_desktop.services.context import Changes
from pos_desktop.services.stock_list import StockPage as Page
from pos_desktop.services.stock_list import StockRow, StockStatus
from pos_desktop.services.stock_transfers import StoreChoice
from pos_desktop.services.warehouses import WarehouseView
from pos_desktop.ui.backoffice.formats import money
from pos_desktop.ui.backoffice.inventory_common import (
    DB,
    STATUS_LABELS,
    label_of,
    qty,
    status_colour,
)
from pos_desktop.ui.backoffice.stock_history_dialog import StockHistoryDialog
from pos_desktop.ui.backoffice.stock_inbound_dialog import InboundTransfersDialog
from pos_desktop.ui.backoffice.stock_move_dialog import MoveKind, StockMoveDialog
from pos_desktop.ui.backoffice.widgets import READ, button, debounced, error_text, page_title
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell

PAGE: Final = 100
DEBOUNCE_MS: Final = 200
COLUMNS: Final = ("sku", "name", "on_hand", "reorder", "maximum", "status", "value")
EDITABLE: Final = {3: "reorder", 4: "maximum"}
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class StockFilter:
    warehouse_id: str = ""
    text: str = ""
    category_id: str | None = None
    status: StockStatus | None = None


class StockTableModel(QAbstractTableModel):
    def __init__(self, ui: UiContext, on_error: Any) -> None:
        super().__init__()
        self.ui = ui
        self.on_error = on_error
        self.filter = StockFilter()
        self.rows: list[StockRow] = []
        self._next: str | None = None
        self._generation = 0
        self._fetching = False
        self.currency = ui.ctx.terminal.currency
        self._headers = (
            self.tr("SKU"),
            self.tr("Name"),
            self.tr("On hand"),
            self.tr("Reorder level"),
            self.tr("Maximum"),
            self.tr("Status"),
            self.tr("Value at cost"),
        )

    # -- loading ------------------------------------------------------------------------
    def _page(self, f: StockFilter, after: str | None) -> Any:
        ctx = self.ui.ctx

        def load() -> Page:
            with ctx.db.read() as s:
                return stock_list.list_stock(
                    s,
                    ctx,
                    f.warehouse_id,
                    text=f.text,
                    category_id=f.category_id,
                    status=f.status,
                    after=after,
                    limit=PAGE,
                )

        return load

    def set_filter(self, f: StockFilter) -> None:
        self.filter = f
        self._generation += 1
        if not f.warehouse_id:
            return
        self._fetching = True
        gen = self._generation
        self.ui.run(
            self._page(f, None),
            lambda page: self._first(gen, page),
            lambda e: self._failed(gen, e),
            lane=READ,
        )

    def reload(self) -> None:
        self.set_filter(self.filter)

    def _first(self, gen: int, page: Page) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self.rows = list(page.rows)
        self._next = page.next_after
        self._fetching = False
        self.endResetModel()

    def _failed(self, gen: int, error: BaseException) -> None:
        if gen == self._generation:
            self._fetching = False
            self.on_error(error)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next is not None and not self._fetching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        gen = self._generation
        self.ui.run(
            self._page(self.filter, self._next),
            lambda page: self._more(gen, page),
            lambda e: self._failed(gen, e),
            lane=READ,
        )

    def _more(self, gen: int, page: Page) -> None:
        if gen != self._generation:
            return
        self._fetching = False
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self._next = page.next_after

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if (
            index.isValid()
            and index.column() in EDITABLE
            and self.ui.can(Permission.MANAGE_INVENTORY)
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return status_colour(row.status.value)
        if role == Qt.ItemDataRole.ForegroundRole and status_colour(row.status.value):
            return Qt.GlobalColor.black
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3, 4, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.EditRole:
            value = row.reorder_level_milli if column == "reorder" else row.max_level_milli
            return "" if value is None else str(from_milli(value))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "on_hand":
            return qty(row.on_hand_milli, row.unit)
        if column == "reorder":
            text = qty(row.reorder_level_milli, row.unit)
            return text if row.level_is_own or not text else f"({text})"
        if column == "maximum":
            return qty(row.max_level_milli, row.unit)
        if column == "status":
            return label_of(STATUS_LABELS, row.status.value)
        if column == "value":
            if row.cost_minor is None:
                return ""
            return money(row.cost_minor * row.on_hand_milli // 1000, self.currency)
        return str(getattr(row, column))

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        row = self.rows[index.row()]
        text = str(value).strip()
        reorder: str | None = (
            text if index.column() == 3 else _plain(row.reorder_level_milli, row.level_is_own)
        )
        maximum: str | None = text if index.column() == 4 else _plain(row.max_level_milli, True)
        ctx, actor, wid = self.ui.ctx, self.ui.require_actor(), self.filter.warehouse_id
        self.ui.run(
            lambda: stock_list.set_stock_levels(
                ctx, actor, row.product_id, wid, reorder_level=reorder, max_level=maximum
            ),
            lambda _r: self._refresh_row(row.product_id),
            lambda e: self._refused(e, row.product_id),
            lane=DB,
        )
        return True

    def _refused(self, error: BaseException, product_id: str) -> None:
        self.on_error(error)
        self._refresh_row(product_id)

    def _refresh_row(self, product_id: str) -> None:
        """Read the row again (same SKU) and put it in place."""
        n = next((i for i, r in enumerate(self.rows) if r.product_id == product_id), None)
        if n is None:
            return
        before = self.rows[n - 1].sku if n else None
        f = replace(self.filter, status=None, text="", category_id=None)
        gen = self._generation

        def put(page: Page) -> None:
            if gen != self._generation or n >= len(self.rows):
                return
            fresh = next((r for r in page.rows if r.product_id == product_id), None)
            if fresh is not None and self.rows[n].product_id == product_id:
                self.rows[n] = fresh
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(COLUMNS) - 1))

        self.ui.run(self._page(f, before), put, lambda e: self.on_error(e), lane=READ)


def _plain(milli: int | None, own: bool) -> str | None:
    """A level as the service takes it back; an inherited (product) threshold stays unset."""
    return None if milli is None or not own else str(from_milli(milli))


class StockPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.warehouses: list[WarehouseView] = []
        self.stores: list[StoreChoice] = []
        self.status = QLabel()
        self.status.setObjectName("stockStatus")
        self.status.setWordWrap(True)
        self.model = StockTableModel(ui, self._error)
        self.view = QTableView()
        self.view.setObjectName("stockTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self._size_columns()
        self.model.modelReset.connect(self._size_columns)
        self.view.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        self.warehouse = QComboBox()
        self.warehouse.setObjectName("stockWarehouse")
        self.warehouse.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.warehouse.currentIndexChanged.connect(lambda _i: self._filter_now())
        self.search = QLineEdit()
        self.search.setObjectName("stockSearch")
        self.search.setPlaceholderText(self.tr("Search name, SKU or barcode"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.setObjectName("stockCategory")
        self.category.addItem(self.tr("All categories"), None)
        self.state = QComboBox()
        self.state.setObjectName("stockState")
        self.state.addItem(self.tr("Any status"), None)
        for code in ("LOW", "NEGATIVE", "OVER", "OK"):
            self.state.addItem(label_of(STATUS_LABELS, code), code)
        self.debounce = debounced(self, self.search.textChanged, self._filter_now, DEBOUNCE_MS)
        self.category.currentIndexChanged.connect(lambda _i: self._filter_now())
        self.state.currentIndexChanged.connect(lambda _i: self._filter_now())
        self.inbound = button(self.tr("Inbound transfers…"), "stockInbound", self.open_inbound)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Warehouse")))
        filters.addWidget(self.warehouse)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.category)
        filters.addWidget(self.state)
        actions = QHBoxLayout()
        for text, name, slot, key in (
            (self.tr("Receive (F2)"), "stockReceive", self.receive, "F2"),
            (self.tr("Adjust (F3)"), "stockAdjust", self.adjust, "F3"),
            (self.tr("Transfer (F4)"), "stockTransfer", self.transfer, "F4"),
            (self.tr("History (F5)"), "stockHistory", self.history, "F5"),
        ):
            actions.addWidget(button(text, name, slot))
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        actions.addStretch(1)
        actions.addWidget(self.inbound)
        hint = QLabel(
            self.tr(
                "Double-click a reorder level or maximum to change it. A level in brackets is "
                "the product's own threshold, used where the warehouse sets none."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Stock")))
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        self._loaded_refs = False
        self.dialog: QDialog | None = None

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    # -- hooks ----------------------------------------------------------------------------
    def on_shown(self) -> None:
        if not self._loaded_refs:
            self._load_refs()
        else:
            self.model.reload()
            self._count_inbound()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("warehouses"):
            self._load_refs()
        elif self.isVisible() and (
            changes.touches("stock_movements") or changes.touches("warehouse_inventory")
        ):
            self.model.reload()
            self._count_inbound()

    def _load_refs(self) -> None:
        ctx = self.ui.ctx

        def load() -> tuple[list[WarehouseView], list[tuple[str, str]], list[StoreChoice]]:
            with ctx.db.read() as s:
                return (
                    warehouses.list_warehouses(s, ctx),
                    stock_list.category_choices(s, ctx),
                    stock_transfers.other_stores(s, ctx),
                )

        self.ui.run(load, self._refs, self._error, lane=READ)

    def _refs(
        self, refs: tuple[list[WarehouseView], list[tuple[str, str]], list[StoreChoice]]
    ) -> None:
        self.warehouses, categories, self.stores = refs
        self._loaded_refs = True
        current = self.warehouse.currentData()
        for combo in (self.warehouse, self.category):
            combo.blockSignals(True)
        self.warehouse.clear()
        for w in self.warehouses:
            self.warehouse.addItem(f"{w.name} ({w.code})", w.id)
        n = self.warehouse.findData(current)
        self.warehouse.setCurrentIndex(max(n, 0))
        while self.category.count() > 1:
            self.category.removeItem(1)
        for cid, name in categories:
            self.category.addItem(name, cid)
        for combo in (self.warehouse, self.category):
            combo.blockSignals(False)
        self._filter_now()
        self._count_inbound()

    def _count_inbound(self) -> None:
        ctx = self.ui.ctx

        def load() -> int:
            with ctx.db.read() as s:
                return len(stock_transfers.pending_inbound_transfers(s, ctx))

        self.ui.run(load, self._show_inbound, self._error, lane=READ)

    def _show_inbound(self, n: int) -> None:
        self.inbound.setText(self.tr("Inbound transfers (%n)…", "", n))

    # -- filtering --------------------------------------------------------------------------
    def _filter_now(self) -> None:
        self.debounce.stop()
        status = self.state.currentData()
        self.model.set_filter(
            StockFilter(
                warehouse_id=self.warehouse.currentData() or "",
                text=self.search.text(),
                category_id=self.category.currentData(),
                status=StockStatus(status) if status else None,
            )
        )

    def _error(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    # -- actions ----------------------------------------------------------------------------
    def selected_row(self) -> StockRow | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.status.setText(self.tr("Choose a product in the list first."))
            return None
        return self.model.rows[rows[0].row()]

    def current_warehouse(self) -> WarehouseView | None:
        wid = self.warehouse.currentData()
        return next((w for w in self.warehouses if w.id == wid), None)

    def _move(self, kind: MoveKind) -> StockMoveDialog | None:
        """Open the dialog (window-modal, not blocking: tests and the event loop go on)."""
        row, wh = self.selected_row(), self.current_warehouse()
        if row is None or wh is None:
            return None
        dialog = StockMoveDialog(
            self.ui, kind, row, wh, warehouses=self.warehouses, stores=self.stores, parent=self
        )
        dialog.accepted.connect(lambda: self._moved(dialog, row))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _moved(self, dialog: StockMoveDialog, row: StockRow) -> None:
        self.status.setText(
            self.tr("Done: {name} now has {quantity} here.").format(
                name=row.name, quantity=qty(_on_hand_of(dialog.result_value, row), row.unit)
            )
        )

    def receive(self) -> None:
        self._move(MoveKind.RECEIVE)

    def adjust(self) -> None:
        self._move(MoveKind.ADJUST)

    def transfer(self) -> None:
        self._move(MoveKind.TRANSFER)

    def history(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open(StockHistoryDialog(self.ui, row, parent=self))

    def open_inbound(self) -> None:
        dialog = InboundTransfersDialog(self.ui, self.warehouses, self)
        dialog.finished.connect(lambda _r: self._count_inbound())
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog


def _on_hand_of(result: Any, row: StockRow) -> int:
    on_hand = getattr(result, "on_hand", None)
    return int(on_hand * 1000) if on_hand is not None else row.on_hand_milli
