"""The product editor: every field a manager edits, variants, images and a generated barcode.

The dialog only gathers input: parsing of money and tags, validation, uniqueness, audit and
writing are services (catalog_edit, catalog_admin) run on the "db" lane; the product and the
lists it needs load on the "read" lane. A refusal is shown in the dialog and nothing is saved.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Final

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.core.money import Money
from pos_desktop.services import catalog_admin, catalog_edit
from pos_desktop.services import product_rules as rules
from pos_desktop.services.catalog_admin import EditorData
from pos_desktop.services.catalog_edit import ProductDetails, ProductDraft, ProductResult
from pos_desktop.services.catalog_refs import DEFAULT_TAX_CLASS
from pos_desktop.store.models.catalog import ProductStatus
from pos_desktop.ui.backoffice.catalog_products import status_label
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import money_text

READ: Final = "read"
ID_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1
THUMB: Final = 96


def money_field(minor: int | None, currency: str) -> str:
    return "" if minor is None else rules.format_price(minor, currency)


class ProductEditorDialog(QDialog):
    def __init__(self, ui: UiContext, product_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.product_id = product_id
        self.details: ProductDetails | None = None
        self.currency = ui.ctx.terminal.currency
        self.images: list[str] = []
        self.setWindowTitle(self.tr("New product") if product_id is None else self.tr("Product"))
        self.setMinimumWidth(760)

        self.name = self._line("editorName", 200)
        self.sku = self._line("editorSku", 64)
        self.barcode = self._line("editorBarcode", 14)
        self.generate = QPushButton(self.tr("Generate EAN-13"))
        self.generate.setObjectName("editorGenerateBarcode")
        self.category = QTreeWidget()
        self.category.setObjectName("editorCategory")
        self.category.setHeaderHidden(True)
        self.category.setMaximumHeight(150)
        self.tax = QComboBox()
        self.tax.setObjectName("editorTax")
        self.cost = self._line("editorCost", 20)
        self.price = self._line("editorPrice", 20)
        self.price_warning = QLabel()
        self.price_warning.setObjectName("editorPriceWarning")
        self.price_warning.setStyleSheet("color: #a15c00;")
        self.status = QComboBox()
        self.status.setObjectName("editorStatus")
        for value in ProductStatus:
            self.status.addItem(status_label(value.value), value.value)
        self.tags = self._line("editorTags", 500)
        self.tags.setPlaceholderText(self.tr("comma separated, e.g. organic, local"))
        self.weighed = QCheckBox(self.tr("Sold by weight (kg)"))
        self.weighed.setObjectName("editorWeighed")
        self.description = QPlainTextEdit()
        self.description.setObjectName("editorDescription")
        self.description.setMaximumHeight(70)
        self.image_list = QListWidget()
        self.image_list.setObjectName("editorImages")
        self.image_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.image_list.setIconSize(self.image_list.iconSize().expandedTo(self._thumb_size()))
        self.image_list.setMaximumHeight(THUMB + 30)
        self.add_image = QPushButton(self.tr("Add image…"))
        self.add_image.setObjectName("editorAddImage")
        self.remove_image = QPushButton(self.tr("Remove image"))
        self.remove_image.setObjectName("editorRemoveImage")
        self.variants = QTableWidget(0, 5)
        self.variants.setObjectName("editorVariants")
        self.variants.setHorizontalHeaderLabels(
            [
                self.tr("Option"),
                self.tr("Value"),
                self.tr("SKU"),
                self.tr("Barcode"),
                self.tr("Price"),
            ]
        )
        self.variants.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.variants.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.variants.horizontalHeader().setStretchLastSection(True)
        self.variants.setMaximumHeight(130)
        self.add_variant = QPushButton(self.tr("Add variant…"))
        self.add_variant.setObjectName("editorAddVariant")
        self.edit_variant = QPushButton(self.tr("Edit variant…"))
        self.edit_variant.setObjectName("editorEditVariant")
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("editorButtons")

        barcode_row = QHBoxLayout()
        barcode_row.addWidget(self.barcode, 1)
        barcode_row.addWidget(self.generate)
        money_row = QHBoxLayout()
        money_row.addWidget(QLabel(self.tr("Cost")))
        money_row.addWidget(self.cost)
        money_row.addWidget(QLabel(self.tr("Price")))
        money_row.addWidget(self.price)
        image_buttons = QVBoxLayout()
        image_buttons.addWidget(self.add_image)
        image_buttons.addWidget(self.remove_image)
        image_buttons.addStretch(1)
        image_row = QHBoxLayout()
        image_row.addWidget(self.image_list, 1)
        image_row.addLayout(image_buttons)
        variant_buttons = QHBoxLayout()
        variant_buttons.addWidget(self.add_variant)
        variant_buttons.addWidget(self.edit_variant)
        variant_buttons.addStretch(1)

        left = QFormLayout()
        left.addRow(self.tr("Name"), self.name)
        left.addRow(self.tr("SKU"), self.sku)
        left.addRow(self.tr("Barcode"), barcode_row)
        left.addRow(self.tr("Category"), self.category)
        left.addRow(self.tr("Tax class"), self.tax)
        left.addRow(self.tr("Money ({})").format(self.currency), money_row)
        left.addRow("", self.price_warning)
        right = QFormLayout()
        right.addRow(self.tr("Status"), self.status)
        right.addRow(self.tr("Tags"), self.tags)
        right.addRow("", self.weighed)
        right.addRow(self.tr("Description"), self.description)
        right.addRow(self.tr("Images"), image_row)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(QLabel(self.tr("Variants")))
        layout.addWidget(self.variants)
        layout.addLayout(variant_buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.generate.clicked.connect(self.generate_barcode)
        self.price.textChanged.connect(lambda _t: self._check_prices())
        self.cost.textChanged.connect(lambda _t: self._check_prices())
        self.add_image.clicked.connect(self.pick_image)
        self.remove_image.clicked.connect(self._remove_image)
        self.add_variant.clicked.connect(lambda: self.open_variant(None))
        self.edit_variant.clicked.connect(self._edit_selected_variant)
        self.variants.doubleClicked.connect(lambda _i: self._edit_selected_variant())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._set_variant_buttons()
        ctx = ui.ctx
        ui.run(
            lambda: catalog_admin.load_editor(ctx, product_id),
            self._loaded,
            self._failed,
            lane=READ,
        )

    def _line(self, name: str, length: int) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setMaxLength(length)
        field.setMinimumHeight(36)
        return field

    def _thumb_size(self) -> QSize:
        return QSize(THUMB, THUMB)

    # -- loading --------------------------------------------------------------------------
    def _loaded(self, data: EditorData) -> None:
        self.currency = data.currency
        items: dict[str, QTreeWidgetItem] = {}
        none = QTreeWidgetItem([self.tr("(no category)")])
        none.setData(0, ID_ROLE, None)
        self.category.addTopLevelItem(none)
        current = data.product.category_id if data.product else None
        for node in data.categories:
            if not node.is_active and node.id != current:
                continue  # an inactive category is not offered (the current one stays visible)
            item = QTreeWidgetItem([node.name])
            item.setData(0, ID_ROLE, node.id)
            parent = items.get(node.parent_id or "")
            if parent is not None:
                parent.addChild(item)
            else:
                self.category.addTopLevelItem(item)
            items[node.id] = item
        self.category.expandAll()
        self.category.setCurrentItem(items.get(current or "", none))
        for tax in data.tax_classes:
            self.tax.addItem(tax.name, tax.code)
        if data.product is not None:
            self._show_product(data.product)
        else:
            self.tax.setCurrentIndex(max(self.tax.findData(DEFAULT_TAX_CLASS), 0))
            self.status.setCurrentIndex(self.status.findData(ProductStatus.ACTIVE.value))

    def _show_product(self, p: ProductDetails) -> None:
        self.details = p
        self.product_id = p.id
        self.name.setText(p.name)
        self.sku.setText(p.sku)
        self.barcode.setText(p.barcode or "")
        self.tax.setCurrentIndex(max(self.tax.findData(p.tax_class_code), 0))
        self.cost.setText(money_field(p.cost_minor, p.currency))
        self.price.setText(money_field(p.price_minor, p.currency))
        self.status.setCurrentIndex(max(self.status.findData(p.status), 0))
        self.tags.setText(", ".join(p.tags))
        self.weighed.setChecked(p.is_weighed)
        self.description.setPlainText(p.description or "")
        self.images = list(p.images)
        self._show_images()
        self._show_variants(p)

    def _show_variants(self, p: ProductDetails) -> None:
        self.variants.setRowCount(0)
        for v in p.variants:
            row = self.variants.rowCount()
            self.variants.insertRow(row)
            price = "" if v.price_minor is None else money_text(Money(v.price_minor, p.currency))
            for col, value in enumerate((v.name, v.value, v.sku or "", v.barcode or "", price)):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, v.id)
                self.variants.setItem(row, col, item)
        self._set_variant_buttons()

    def _set_variant_buttons(self) -> None:
        saved = self.product_id is not None
        self.add_variant.setEnabled(saved)
        self.edit_variant.setEnabled(saved and self.variants.rowCount() > 0)
        self.add_variant.setToolTip("" if saved else self.tr("Save the product first"))

    def _failed(self, error: BaseException) -> None:
        message = error.message if isinstance(error, DomainError) else str(error)
        self.error.setText(message)

    # -- fields ---------------------------------------------------------------------------
    def _check_prices(self) -> None:
        try:
            price = rules.parse_price("price", self.price.text() or "0", self.currency)
            cost_text = self.cost.text().strip()
            cost = rules.parse_price("cost", cost_text, self.currency) if cost_text else None
        except DomainError as exc:
            self.price_warning.setText(exc.message)
            return
        warnings = catalog_admin.price_warnings(price, cost)
        self.price_warning.setText("; ".join(self.tr(w) for w in warnings))

    def generate_barcode(self) -> None:
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self.ui.run(
            lambda: catalog_admin.generate_barcode(ctx, actor),
            self.barcode.setText,
            self._failed,
            lane=READ,
        )

    def pick_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an image"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"),
        )
        if path:
            self.add_image_file(Path(path))

    def add_image_file(self, path: Path) -> None:
        data_dir = self.ui.services.paths.data_dir
        self.ui.run(
            lambda: catalog_admin.import_image(data_dir, path), self._image_added, self._failed
        )

    def _image_added(self, stored: str) -> None:
        self.error.clear()
        if stored not in self.images:
            self.images.append(stored)
        self._show_images()

    def _remove_image(self) -> None:
        row = self.image_list.currentRow()
        if 0 <= row < len(self.images):
            del self.images[row]
            self._show_images()

    def _show_images(self) -> None:
        self.image_list.clear()
        data_dir = self.ui.services.paths.data_dir
        for stored in self.images:
            item = QListWidgetItem(Path(stored).name[:8])
            pixmap = QPixmap(str(catalog_admin.image_file(data_dir, stored)))
            if not pixmap.isNull():
                item.setIcon(
                    pixmap.scaled(
                        THUMB,
                        THUMB,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            self.image_list.addItem(item)

    # -- saving ---------------------------------------------------------------------------
    def draft(self) -> ProductDraft:
        """The draft from the fields (raises DomainError for money or tags it cannot read)."""
        cost_text = self.cost.text().strip()
        current = self.category.currentItem()
        category = current.data(0, ID_ROLE) if current is not None else None
        base = catalog_edit.draft_of(self.details) if self.details else None
        fields = {
            "sku": self.sku.text(),
            "name": self.name.text(),
            "price_minor": rules.parse_price("price", self.price.text() or "", self.currency),
            "barcode": self.barcode.text().strip() or None,
            "cost_minor": rules.parse_price("cost", cost_text, self.currency)
            if cost_text
            else None,
            "category_id": category,
            "tax_class_code": self.tax.currentData() or DEFAULT_TAX_CLASS,
            "is_weighed": self.weighed.isChecked(),
            "unit": None,
            "status": self.status.currentData(),
            "description": self.description.toPlainText().strip() or None,
            "tags": catalog_admin.parse_tags(self.tags.text()),
            "images": tuple(self.images),
        }
        if base is not None:
            return replace(base, **fields)
        return ProductDraft(**fields)

    def save(self) -> None:
        try:
            draft = self.draft()
        except DomainError as exc:
            self.error.setText(exc.message)
            return
        self.error.clear()
        ctx, actor, pid = self.ui.ctx, self.ui.require_actor(), self.product_id
        if pid is None:
            work = lambda: catalog_edit.create_product(ctx, actor, draft)  # noqa: E731
        else:
            work = lambda: catalog_edit.update_product(ctx, actor, pid, draft)  # noqa: E731
        self.ui.run(work, self._saved, self._failed)

    def _saved(self, result: ProductResult) -> None:
        self.saved = result.product
        self.accept()

    # -- variants -------------------------------------------------------------------------
    def _edit_selected_variant(self) -> None:
        row = self.variants.currentRow()
        item = self.variants.item(row, 0) if row >= 0 else None
        if item is not None:
            self.open_variant(item.data(ID_ROLE))

    def open_variant(self, variant_id: str | None) -> None:
        from pos_desktop.ui.backoffice.variant_editor import VariantDialog

        if self.details is None:
            return
        existing = next((v for v in self.details.variants if v.id == variant_id), None)
        dialog = VariantDialog(self.ui, self.details, existing, self)
        dialog.setObjectName("variantEditor")
        dialog.saved.connect(self._show_product)
        self.variant_dialog = dialog  # tests reach the open dialog here
        dialog.open()
