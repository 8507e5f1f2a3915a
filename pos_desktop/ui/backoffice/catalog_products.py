"""Catalog > Products: the whole catalog in a table that never loads all of it.

``ProductTableModel`` holds only the pages the view has scrolled through: a filter change asks
the service for the first page and a capped count (``catalog_list.list_products``) on the
"read" lane; when the view nears the end Qt calls ``fetchMore`` and the next page is read after
the last row's sort key. Every request carries the model's generation number, and an answer
for an older filter (the manager typed on) is dropped, as in ui/search_panel.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.money import Money
from pos_desktop.services import catalog_list
from pos_desktop.services.catalog_admin import EditorData, load_editor
from pos_desktop.services.catalog_list import (
    PageKey,
    ProductFilter,
    ProductListing,
    ProductPage,
    ProductRow,
)
from pos_desktop.services.context import Changes
from pos_desktop.store.models.catalog import ProductStatus
from pos_desktop.ui.backoffice.widgets import debounced
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import money_text
from pos_desktop.ui.shell import Shell

READ: Final = "read"
DEBOUNCE_MS: Final = 150
ROW_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1
COLUMNS: Final = ("sku", "name", "barcode", "price", "cost", "status")
SORTABLE: Final = {0: "sku", 1: "name", 3: "price"}
AnyIndex = QModelIndex | QPersistentModelIndex


class ProductTableModel(QAbstractTableModel):
    loaded = Signal()  # a listing (first page and count) arrived
    exact_total = Signal(int)

    def __init__(self, ui: UiContext) -> None:
        super().__init__()
        self.ui = ui
        self.filter = ProductFilter()
        self.rows: list[ProductRow] = []
        self.total = 0
        self.exact = True
        self._next: PageKey | None = None
        self._generation = 0
        self._fetching = False
        self._few = False
        self._headers = (
            self.tr("SKU"),
            self.tr("Name"),
            self.tr("Barcode"),
            self.tr("Price"),
            self.tr("Cost"),
            self.tr("Status"),
        )

    # -- loading ------------------------------------------------------------------------
    def set_filter(self, f: ProductFilter) -> None:
        """Ask for the first page of ``f``; older answers still on their way are dropped."""
        self.filter = f
        self._generation += 1
        self._fetching = True
        gen, ctx = self._generation, self.ui.ctx
        self.ui.run(
            lambda: catalog_list.list_products(ctx, f),
            lambda listing: self._listed(gen, listing),
            lambda error: self._failed(gen, error),
            lane=READ,
        )

    def reload(self) -> None:
        self.set_filter(self.filter)

    def _listed(self, gen: int, listing: ProductListing) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self.rows = list(listing.page.rows)
        self._next = listing.page.next_after
        self.total, self.exact = listing.total, listing.exact
        self._few = listing.exact  # at most COUNT_CAP matches: pages sort, not walk an index
        self._fetching = False
        self.endResetModel()
        self.loaded.emit()
        if not listing.exact:
            f, ctx = self.filter, self.ui.ctx
            self.ui.run(
                lambda: catalog_list.exact_count(ctx, f),
                lambda n: self._counted(gen, n),
                lambda error: self._failed(gen, error),
                lane=READ,
            )

    def _counted(self, gen: int, total: int) -> None:
        if gen == self._generation:
            self.total, self.exact = total, True
            self.exact_total.emit(total)

    def _failed(self, gen: int, error: BaseException) -> None:
        if gen == self._generation:
            self._fetching = False
            message = getattr(error, "message", None) or str(error)
            self.ui.message.emit("error", message)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next is not None and not self._fetching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._next is not None
        self._fetching = True
        gen, ctx, f, after = self._generation, self.ui.ctx, self.filter, self._next
        few = self._few
        self.ui.run(
            lambda: catalog_list.next_products(ctx, f, after, few=few),
            lambda page: self._more(gen, page),
            lambda error: self._failed(gen, error),
            lane=READ,
        )

    def _more(self, gen: int, page: ProductPage) -> None:
        if gen != self._generation:
            return
        self._fetching = False
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self._next = page.next_after

    @property
    def has_more(self) -> bool:
        return self._next is not None

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

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("price", "cost"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "price":
            return money_text(Money(row.price_minor, row.currency))
        if column == "cost":
            return "" if row.cost_minor is None else money_text(Money(row.cost_minor, row.currency))
        if column == "status":
            return status_label(row.status)
        return getattr(row, column) or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORTABLE.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_filter(replace(self.filter, sort=key, descending=descending))  # type: ignore[arg-type]


def status_label(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        ProductStatus.ACTIVE.value: QCoreApplication.translate("ProductsPage", "Active"),
        ProductStatus.INACTIVE.value: QCoreApplication.translate("ProductsPage", "Inactive"),
        ProductStatus.DRAFT.value: QCoreApplication.translate("ProductsPage", "Draft"),
    }
    return labels.get(status, status)


class ProductsPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.model = ProductTableModel(ui)
        self.search = QLineEdit()
        self.search.setObjectName("productsSearch")
        self.search.setPlaceholderText(self.tr("Filter by name, SKU or barcode"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(40)
        self.category = QComboBox()
        self.category.setObjectName("productsCategory")
        self.status = QComboBox()
        self.status.setObjectName("productsStatus")
        self.status.addItem(self.tr("Any status"), None)
        for value in ProductStatus:
            self.status.addItem(status_label(value.value), value.value)
        self.tax = QComboBox()
        self.tax.setObjectName("productsTax")
        self.no_barcode = QCheckBox(self.tr("No barcode"))
        self.no_barcode.setObjectName("productsNoBarcode")
        self.count = QLabel()
        self.count.setObjectName("productsCount")
        self.new_button = QPushButton(self.tr("New product…"))
        self.new_button.setObjectName("productsNew")
        self.new_button.setMinimumHeight(48)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("productsEdit")
        self.edit_button.setMinimumHeight(48)
        self.table = QTableView()
        self.table.setObjectName("productsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2):  # SKU and barcode are read whole (an ellided code is useless)
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setAlternatingRowColors(True)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.category, 2)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.tax, 1)
        filters.addWidget(self.no_barcode)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self._timer = debounced(self, self.search.textEdited, self.apply_filter, DEBOUNCE_MS)
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.category, self.status, self.tax):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.no_barcode.toggled.connect(lambda _on: self.apply_filter())
        self.model.loaded.connect(self._show_count)
        self.model.exact_total.connect(lambda _n: self._show_count())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self._refs_loaded = False

    # -- hooks --------------------------------------------------------------------------
    def on_shown(self) -> None:
        if not self._refs_loaded:
            self._load_refs()
        self.apply_filter()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("categories") or changes.touches("tax_classes"):
            self._load_refs()
        if changes.touches("products") or changes.touches("product_variants"):
            self.model.reload()

    def _load_refs(self) -> None:
        ctx = self.ui.ctx
        self.ui.run(lambda: load_editor(ctx, None), self._refs, lane=READ)

    def _refs(self, data: EditorData) -> None:
        self._refs_loaded = True
        for combo in (self.category, self.tax):
            combo.blockSignals(True)
        current_cat, current_tax = self.category.currentData(), self.tax.currentData()
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        depth: dict[str, int] = {}
        for node in data.categories:
            level = depth.get(node.parent_id or "", -1) + 1 if node.parent_id else 0
            depth[node.id] = level
            self.category.addItem("    " * level + node.name, node.id)
        self.tax.clear()
        self.tax.addItem(self.tr("Any tax class"), None)
        for tax in data.tax_classes:
            self.tax.addItem(tax.name, tax.id)
        for combo, value in ((self.category, current_cat), (self.tax, current_tax)):
            found = combo.findData(value)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    # -- filtering ----------------------------------------------------------------------
    def current_filter(self) -> ProductFilter:
        return replace(
            self.model.filter,
            text=self.search.text().strip(),
            category_id=self.category.currentData(),
            status=self.status.currentData(),
            tax_class_id=self.tax.currentData(),
            no_barcode=self.no_barcode.isChecked(),
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())

    def _show_count(self) -> None:
        n = self.model.total
        if self.model.exact:
            self.count.setText(self.tr("%n product(s)", "", n))
        else:
            self.count.setText(self.tr("More than %n products", "", n))

    # -- editing ------------------------------------------------------------------------
    def selected_row(self) -> ProductRow | None:
        index = self.table.currentIndex()
        row = self.model.data(index, ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, ProductRow) else None

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_editor(row.id)

    def open_editor(self, product_id: str | None) -> None:
        from pos_desktop.ui.backoffice.product_editor import ProductEditorDialog

        dialog = ProductEditorDialog(self.ui, product_id, self)
        dialog.setObjectName("productEditor")
        self.editor = dialog  # tests reach the open dialog here
        dialog.open()
