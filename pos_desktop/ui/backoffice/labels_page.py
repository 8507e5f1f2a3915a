"""Barcode labels: find products, set how many labels of each, pick the sheet layout, then save
an A4 PDF or print them on the receipt/label printer. MANAGE_CATALOG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.services import labels as lab
from pos_desktop.services.catalog import ProductHit
from pos_desktop.services.print_queue import QueuedJobs
from pos_desktop.ui.backoffice.formats import money
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    append_row,
    button,
    debounced,
    error_text,
    make_table,
    page_title,
    selected_id,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell

HIT = Qt.ItemDataRole.UserRole


class LabelsPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.chosen: dict[str, ProductHit] = {}  # key: product id / variant id
        self.search = QLineEdit()
        self.search.setObjectName("labelsSearch")
        self.search.setPlaceholderText(self.tr("Product name, SKU or barcode"))
        self.search.setMinimumHeight(MIN_HEIGHT)
        self.debounce = debounced(self, self.search.textChanged, self.find_products)
        self.results = QListWidget()
        self.results.setObjectName("labelsResults")
        self.results.itemDoubleClicked.connect(lambda _i: self.add_selected())
        self.add_button = button(self.tr("Add"), "labelsAdd", self.add_selected)
        self.table = make_table(
            "labelsChosen",
            [self.tr("Product"), self.tr("SKU"), self.tr("Price"), self.tr("Labels")],
        )
        self.remove_button = button(self.tr("Remove"), "labelsRemove", self.remove_selected)
        self.layout_box = QComboBox()
        self.layout_box.setObjectName("labelsLayout")
        self.layout_box.setMinimumHeight(MIN_HEIGHT)
        for key, grid in lab.LAYOUTS.items():
            self.layout_box.addItem(
                self.tr("A4, {cols} x {rows} ({n} a page)").format(
                    cols=grid.columns, rows=grid.rows, n=grid.per_page
                ),
                key,
            )
        self.pdf_button = button(self.tr("Save PDF…"), "labelsPdf", self.choose_pdf)
        self.print_button = button(
            self.tr("Print on the receipt printer"), "labelsPrint", self.print_labels
        )
        self.status = QLabel()
        self.status.setObjectName("labelsStatus")
        self.status.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        left.addWidget(self.add_button)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addWidget(self.remove_button)
        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)
        out = QHBoxLayout()
        out.addWidget(QLabel(self.tr("Sheet:")))
        out.addWidget(self.layout_box)
        out.addStretch(1)
        out.addWidget(self.pdf_button)
        out.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Barcode labels")))
        layout.addLayout(middle, 1)
        layout.addLayout(out)
        layout.addWidget(self.status)

    # -- choosing ---------------------------------------------------------------------------
    def find_products(self) -> None:
        text, ctx = self.search.text(), self.ui.ctx
        if not text.strip():
            self.results.clear()
            return
        self.ui.run(lambda: lab.find_label_products(ctx, text), self._found, lane=READ)

    def _found(self, hits: list[ProductHit]) -> None:
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(
                f"{hit.name}  ·  {hit.sku}  ·  {money(hit.price_minor, hit.currency)}"
            )
            item.setData(HIT, hit)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)

    def add_selected(self) -> None:
        item = self.results.currentItem()
        hit = item.data(HIT) if item is not None else None
        if not isinstance(hit, ProductHit):
            return
        key = hit.variant_id or hit.product_id
        if key in self.chosen:
            for row in range(self.table.rowCount()):
                first = self.table.item(row, 0)
                if first is not None and first.data(HIT) == key:
                    spin = self.table.cellWidget(row, 3)
                    if isinstance(spin, QSpinBox):
                        spin.setValue(spin.value() + 1)
            return
        self.chosen[key] = hit
        row = append_row(
            self.table, key, [hit.name, hit.sku, money(hit.price_minor, hit.currency), ""], (2,)
        )
        spin = QSpinBox()
        spin.setObjectName("labelsCopies")
        spin.setRange(1, lab.MAX_COPIES)
        spin.setValue(1)
        spin.setMinimumHeight(MIN_HEIGHT - 8)
        self.table.setCellWidget(row, 3, spin)

    def remove_selected(self) -> None:
        key = selected_id(self.table)
        if key is None:
            return
        for row in range(self.table.rowCount()):
            first = self.table.item(row, 0)
            if first is not None and first.data(HIT) == key:
                self.table.removeRow(row)
                break
        self.chosen.pop(key, None)

    def items(self) -> list[lab.LabelItem]:
        out: list[lab.LabelItem] = []
        for row in range(self.table.rowCount()):
            first = self.table.item(row, 0)
            hit = self.chosen.get(str(first.data(HIT))) if first is not None else None
            spin = self.table.cellWidget(row, 3)
            if hit is not None and isinstance(spin, QSpinBox):
                out.append(lab.LabelItem(hit.product_id, hit.variant_id, spin.value()))
        return out

    # -- output -----------------------------------------------------------------------------
    def choose_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save labels"), "labels.pdf", self.tr("PDF (*.pdf)")
        )
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path) -> None:
        actor, ctx, items = self.ui.require_actor(), self.ui.ctx, self.items()
        layout = str(self.layout_box.currentData() or "3x8")
        self.ui.run(
            lambda: lab.label_sheet_pdf(ctx, actor, items, path, layout),
            lambda sheet: self.status.setText(
                self.tr("Saved {labels} labels on {pages} page(s) to {path}").format(
                    labels=sheet.labels, pages=sheet.pages, path=sheet.path
                )
            ),
            self._failed,
            lane=READ,
        )

    def print_labels(self) -> None:
        actor, ctx, items = self.ui.require_actor(), self.ui.ctx, self.items()
        self.ui.run(lambda: lab.enqueue_labels(ctx, actor, items), self._queued, self._failed)

    def _queued(self, _jobs: QueuedJobs) -> None:
        self.status.setText(self.tr("The labels are queued for the receipt printer."))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
