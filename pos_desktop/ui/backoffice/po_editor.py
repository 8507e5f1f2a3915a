"""The purchase-order editor: supplier, warehouse, expected delivery, notes and lines (found by
name, SKU or a scanned barcode; quantity and unit cost typed, the cost starting at the
product's). A draft is edited and saved or ordered; any other order is shown read-only with
what was received. Totals are computed by the service on save; the figure shown while typing
uses the same rounding (purchasing_rules.line_total_minor)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.reports.purchase_order_pdf import PURCHASE_ORDERS_FOLDER, export_purchase_order_pdf
from pos_desktop.services import purchase_order_views as views
from pos_desktop.services import purchase_orders as orders
from pos_desktop.services.purchase_order_views import EditorChoices, PoView, PurchasableHit
from pos_desktop.services.purchasing_rules import line_total_minor
from pos_desktop.store.models.inventory import PurchaseOrderStatus as Status
from pos_desktop.ui.backoffice.formats import money, parse_decimal, parse_minor, qty
from pos_desktop.ui.backoffice.purchasing_common import button, qty_input, status_label
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    cell,
    debounced,
    error_text,
    make_table,
)
from pos_desktop.ui.context import UiContext

HIT = Qt.ItemDataRole.UserRole
COL_ITEM, COL_SKU, COL_ON_HAND, COL_QTY, COL_COST, COL_AMOUNT, COL_RECEIVED = range(7)


@dataclass(slots=True)
class EditLine:
    product_id: str
    variant_id: str | None
    name: str
    sku: str
    weighed: bool
    on_hand_milli: int
    received_milli: int = 0


class PoEditorDialog(QDialog):
    def __init__(self, ui: UiContext, po_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.po: PoView | None = None
        self.lines: list[EditLine] = []
        self.hits: list[PurchasableHit] = []
        self.filling = False
        self.setObjectName("poEditor")
        self.setWindowTitle(self.tr("New purchase order"))
        self.resize(1000, 680)
        self.supplier = QComboBox()
        self.supplier.setObjectName("poSupplier")
        self.supplier.setMinimumHeight(MIN_HEIGHT)
        self.warehouse = QComboBox()
        self.warehouse.setObjectName("poWarehouse")
        self.warehouse.setMinimumHeight(MIN_HEIGHT)
        self.has_date = QCheckBox(self.tr("Expected delivery"))
        self.has_date.setObjectName("poHasDelivery")
        self.delivery = QDateEdit()
        self.delivery.setObjectName("poDelivery")
        self.delivery.setCalendarPopup(True)
        self.delivery.setDisplayFormat("yyyy-MM-dd")
        self.delivery.setMinimumHeight(MIN_HEIGHT)
        self.delivery.setDate(QDate.currentDate().addDays(7))
        self.delivery.setEnabled(False)
        self.has_date.toggled.connect(self.delivery.setEnabled)
        self.notes = QLineEdit()
        self.notes.setObjectName("poNotes")
        self.notes.setMinimumHeight(MIN_HEIGHT)
        self.state = QLabel()
        self.state.setObjectName("poState")
        self.heading = QLabel(self.tr("New purchase order"))
        self.heading.setObjectName("poHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        form = QFormLayout()
        form.addRow(self.tr("Supplier"), self.supplier)
        form.addRow(self.tr("Deliver to"), self.warehouse)
        when = QHBoxLayout()
        when.addWidget(self.has_date)
        when.addWidget(self.delivery, 1)
        form.addRow(self.tr("Delivery"), when)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Status"), self.state)

        self.search = QLineEdit()
        self.search.setObjectName("poProductSearch")
        self.search.setPlaceholderText(self.tr("Add a product: type a name or SKU, or scan it"))
        self.search.setMinimumHeight(MIN_HEIGHT)
        self.search.returnPressed.connect(lambda: self._search_now(add_first=True))
        self.debounce = debounced(
            self, self.search.textEdited, lambda: self._search_now(add_first=False)
        )
        self.results = QListWidget()
        self.results.setObjectName("poProductResults")
        self.results.setMaximumHeight(130)
        self.results.setVisible(False)  # shown while there are matches
        self.results.itemActivated.connect(self._add_hit_item)
        self.last_pdf: Path | None = None

        self.table = make_table(
            "poLines",
            [
                self.tr("Item"),
                self.tr("SKU"),
                self.tr("On hand"),
                self.tr("Quantity"),
                self.tr("Unit cost"),
                self.tr("Amount"),
                self.tr("Received"),
            ],
            stretch=0,
        )
        self.table.itemChanged.connect(self._cell_changed)
        self.remove_button = button(self.tr("Remove line"), "poRemoveLine", self.remove_line)
        self.total = QLabel()
        self.total.setObjectName("poTotal")
        font = self.total.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.total.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("poStatus")
        self.status.setWordWrap(True)
        self.save_button = button(self.tr("Save draft"), "poSave", self.save)
        self.order_button = button(self.tr("Save and order"), "poOrder", self.save_and_order)
        self.pdf_button = button(self.tr("PDF for supplier"), "poPdf", self.export_pdf)
        close = button(self.tr("Close"), "poClose", self.accept)
        under = QHBoxLayout()
        under.addWidget(self.remove_button)
        under.addStretch(1)
        under.addWidget(self.total)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.order_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.table, 1)
        layout.addLayout(under)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._set_editable(True)
        self._refresh_total()
        self.pdf_button.setEnabled(False)
        actor, ctx = ui.require_actor(), ui.ctx

        def load() -> tuple[EditorChoices, PoView | None]:
            choices = views.editor_choices(ctx, actor)
            return choices, views.get_purchase_order(ctx, actor, po_id) if po_id else None

        self.ui.run(load, self._loaded, self._failed, lane=READ)

    # -- loading ----------------------------------------------------------------------------
    def _loaded(self, loaded: tuple[EditorChoices, PoView | None]) -> None:
        choices, po = loaded
        for combo, items in (
            (self.supplier, choices.suppliers),
            (self.warehouse, choices.warehouses),
        ):
            combo.clear()
            for choice in items:
                combo.addItem(choice.name, choice.id)
        if po is not None:
            self.show_po(po)

    def show_po(self, po: PoView) -> None:
        self.po = po
        self.setWindowTitle(self.tr("Purchase order {}").format(po.po_number))
        self.heading.setText(self.windowTitle())
        if self.supplier.findData(po.supplier_id) < 0 and po.supplier_id:
            self.supplier.addItem(po.supplier_name, po.supplier_id)  # deactivated since
        self.supplier.setCurrentIndex(max(0, self.supplier.findData(po.supplier_id)))
        if self.warehouse.findData(po.warehouse_id) < 0 and po.warehouse_id:
            self.warehouse.addItem(po.warehouse_name, po.warehouse_id)
        self.warehouse.setCurrentIndex(max(0, self.warehouse.findData(po.warehouse_id)))
        self.has_date.setChecked(po.expected_delivery is not None)
        if po.expected_delivery is not None:
            d = po.expected_delivery
            self.delivery.setDate(QDate(d.year, d.month, d.day))
        self.notes.setText(po.notes or "")
        self.state.setText(f"{po.po_number} · {status_label(po.status.value)}")
        self.lines = [
            EditLine(
                x.product_id,
                x.variant_id,
                x.name,
                x.sku,
                x.weighed,
                x.on_hand_milli,
                x.received_milli,
            )
            for x in po.lines
        ]
        self._fill_lines([(qty_input(x.ordered_milli), x.unit_cost_minor) for x in po.lines])
        self._set_editable(po.status is Status.DRAFT)
        self.pdf_button.setEnabled(True)

    def _fill_lines(self, values: list[tuple[str, int]]) -> None:
        self.filling = True
        self.table.setRowCount(0)
        for line, (quantity, cost) in zip(self.lines, values, strict=True):
            self._append(line, quantity, cost)
        self.filling = False
        self._refresh_total()

    def _append(self, line: EditLine, quantity: str, cost_minor: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, COL_ITEM, cell(line.name, row_id=line.product_id))
        self.table.setItem(row, COL_SKU, cell(line.sku))
        self.table.setItem(
            row, COL_ON_HAND, cell(qty(line.on_hand_milli, line.weighed), right=True)
        )
        self.table.setItem(row, COL_QTY, cell(quantity, right=True))
        self.table.setItem(row, COL_COST, cell(money(cost_minor), right=True))
        self.table.setItem(row, COL_AMOUNT, cell("", right=True))
        self.table.setItem(
            row, COL_RECEIVED, cell(qty(line.received_milli, line.weighed), right=True)
        )
        editable = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsEnabled
        for col in (COL_QTY, COL_COST):
            item = self.table.item(row, col)
            if item is not None:
                item.setFlags(item.flags() | editable)

    def _set_editable(self, editable: bool) -> None:
        triggers = (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.table.setEditTriggers(triggers)
        fields: tuple[QWidget, ...] = (self.supplier, self.warehouse, self.has_date, self.notes)
        for field in fields:
            field.setEnabled(editable)
        self.results.setVisible(editable and self.results.count() > 0)
        for widget in (
            self.search,
            self.remove_button,
            self.save_button,
            self.order_button,
        ):
            widget.setVisible(editable)
            widget.setEnabled(editable)
        self.delivery.setEnabled(editable and self.has_date.isChecked())
        self.table.setColumnHidden(COL_RECEIVED, editable)

    # -- adding lines -----------------------------------------------------------------------
    def _search_now(self, *, add_first: bool) -> None:
        self.debounce.stop()
        text = self.search.text().strip()
        if not text:
            self.results.clear()
            self.results.setVisible(False)
            return
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        wid = self.warehouse.currentData()
        self.ui.run(
            lambda: views.search_purchasable(ctx, actor, text, wid),
            lambda hits: self._found(hits, add_first),
            self._failed,
            lane=READ,
        )

    def _found(self, hits: list[PurchasableHit], add_first: bool) -> None:
        self.hits = hits
        self.results.clear()
        for i, h in enumerate(hits):
            cost = money(h.cost_minor) if h.cost_minor is not None else "-"
            item = QListWidgetItem(f"{h.name}  ·  {h.sku}  ·  {cost}")
            item.setData(HIT, i)
            self.results.addItem(item)
        self.results.setVisible(bool(hits))
        if not hits:
            self.status.setText(self.tr("No product matches {}.").format(self.search.text()))
        elif add_first and len(hits) == 1:  # Enter (or a scanner's Enter) on one match
            self.add_hit(hits[0])

    def _add_hit_item(self, item: QListWidgetItem) -> None:
        index = item.data(HIT)
        if isinstance(index, int) and 0 <= index < len(self.hits):
            self.add_hit(self.hits[index])

    def add_hit(self, hit: PurchasableHit) -> None:
        """Add the product (or one more of it when it is on the order already)."""
        for row, line in enumerate(self.lines):
            if (line.product_id, line.variant_id) == (hit.product_id, hit.variant_id):
                current = parse_decimal(self._text(row, COL_QTY))
                if not isinstance(current, str):
                    self._set(row, COL_QTY, str(current + 1))
                self.table.selectRow(row)
                break
        else:
            line = EditLine(
                hit.product_id, hit.variant_id, hit.name, hit.sku, hit.weighed, hit.on_hand_milli
            )
            self.lines.append(line)
            self.filling = True
            self._append(line, "1", hit.cost_minor or 0)
            self.filling = False
            self.table.selectRow(len(self.lines) - 1)
        self.search.clear()
        self.results.clear()
        self.results.setVisible(False)
        self.status.clear()
        self._refresh_total()

    def remove_line(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        del self.lines[row]
        self.table.removeRow(row)
        self._refresh_total()

    # -- totals -----------------------------------------------------------------------------
    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if not self.filling and item.column() in (COL_QTY, COL_COST):
            self._refresh_total()

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""

    def _set(self, row: int, col: int, text: str) -> None:
        item = self.table.item(row, col)
        if item is not None:
            item.setText(text)

    def _line_values(self, row: int) -> tuple[Decimal | str, int | None]:
        quantity = parse_decimal(self._text(row, COL_QTY))
        return quantity, parse_minor(self._text(row, COL_COST))

    def _refresh_total(self) -> None:
        self.filling = True
        total = 0
        for row in range(self.table.rowCount()):
            quantity, cost = self._line_values(row)
            amount = ""
            if not isinstance(quantity, str) and cost is not None and quantity >= 0:
                minor = line_total_minor(int(quantity * 1000), cost)
                total += minor
                amount = money(minor)
            self._set(row, COL_AMOUNT, amount)
        self.filling = False
        self.total.setText(self.tr("Total LKR {}").format(money(total)))

    # -- saving -----------------------------------------------------------------------------
    def draft(self) -> orders.PoDraft:
        lines = []
        for row, line in enumerate(self.lines):
            quantity = parse_decimal(self._text(row, COL_QTY))
            cost = parse_minor(self._text(row, COL_COST))
            if cost is None:
                cost = -1  # the service refuses it with the product's name
            lines.append(orders.PoLineDraft(line.product_id, quantity, cost, line.variant_id))
        when: date | None = None
        if self.has_date.isChecked():
            picked = self.delivery.date()
            when = date(picked.year(), picked.month(), picked.day())
        return orders.PoDraft(
            supplier_id=self.supplier.currentData() or "",
            lines=tuple(lines),
            warehouse_id=self.warehouse.currentData(),
            expected_delivery=when,
            notes=self.notes.text(),
        )

    def save(self, *, then_order: bool = False) -> None:
        actor, ctx, draft = self.ui.require_actor(), self.ui.ctx, self.draft()
        po_id = self.po.id if self.po is not None else None

        def write() -> orders.PoResult:
            if po_id is None:
                result = orders.create_purchase_order(ctx, actor, draft)
            else:
                result = orders.update_purchase_order(ctx, actor, po_id, draft)
            if then_order:
                ordered = orders.order_purchase_order(ctx, actor, result.po.id)
                return orders.PoResult(ordered.po, result.changes | ordered.changes)
            return result

        self.save_button.setEnabled(False)
        self.order_button.setEnabled(False)
        self.status.clear()
        self.ui.run(write, self._saved, self._save_failed)

    def save_and_order(self) -> None:
        self.save(then_order=True)

    def _saved(self, result: orders.PoResult) -> None:
        self.show_po(result.po)
        if result.po.status is Status.DRAFT:
            self.status.setText(self.tr("Draft {} saved.").format(result.po.po_number))
        else:
            self.status.setText(
                self.tr("{} is ordered: send the PDF to the supplier.").format(result.po.po_number)
            )

    def _save_failed(self, error: BaseException) -> None:
        editable = self.po is None or self.po.status is Status.DRAFT
        self.save_button.setEnabled(editable)
        self.order_button.setEnabled(editable)
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def export_pdf(self) -> None:
        if self.po is None:
            return
        actor, ctx, po_id = self.ui.require_actor(), self.ui.ctx, self.po.id
        folder = self.ui.services.paths.data_dir / PURCHASE_ORDERS_FOLDER
        self.ui.run(
            lambda: export_purchase_order_pdf(ctx, actor, po_id, folder),
            self._exported,
            self._failed,
            lane=READ,
        )

    def _exported(self, path: Path) -> None:
        self.last_pdf = path
        self.status.setText(self.tr("Saved {}").format(path))
