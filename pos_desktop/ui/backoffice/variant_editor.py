"""Add or edit one variant of a product: option name and value, SKU, barcode, price override."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.services import catalog_admin, catalog_edit
from pos_desktop.services import product_rules as rules
from pos_desktop.services.catalog_edit import (
    ProductDetails,
    ProductResult,
    VariantDraft,
    VariantView,
)
from pos_desktop.ui.context import UiContext

READ = "read"


class VariantDialog(QDialog):
    saved = Signal(object)  # ProductDetails after the write

    def __init__(
        self,
        ui: UiContext,
        product: ProductDetails,
        variant: VariantView | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.product = product
        self.variant = variant
        self.setWindowTitle(self.tr("Variant of {}").format(product.name))
        self.option = QLineEdit(variant.name if variant else self.tr("Size"))
        self.option.setObjectName("variantOption")
        self.value = QLineEdit(variant.value if variant else "")
        self.value.setObjectName("variantValue")
        self.sku = QLineEdit(variant.sku or "" if variant else "")
        self.sku.setObjectName("variantSku")
        self.barcode = QLineEdit(variant.barcode or "" if variant else "")
        self.barcode.setObjectName("variantBarcode")
        self.generate = QPushButton(self.tr("Generate EAN-13"))
        self.generate.setObjectName("variantGenerateBarcode")
        price = variant.price_minor if variant else None
        self.price = QLineEdit("" if price is None else rules.format_price(price, product.currency))
        self.price.setObjectName("variantPrice")
        self.price.setPlaceholderText(self.tr("blank: the product's price"))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setObjectName("variantActive")
        self.active.setChecked(variant.is_active if variant else True)
        self.error = QLabel()
        self.error.setObjectName("variantError")
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons = buttons
        form = QFormLayout(self)
        form.addRow(self.tr("Option"), self.option)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("SKU"), self.sku)
        form.addRow(self.tr("Barcode"), self.barcode)
        form.addRow("", self.generate)
        form.addRow(self.tr("Price ({})").format(product.currency), self.price)
        form.addRow("", self.active)
        form.addRow(self.error)
        form.addRow(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.generate.clicked.connect(self._generate)

    def _generate(self) -> None:
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self.ui.run(
            lambda: catalog_admin.generate_barcode(ctx, actor),
            self.barcode.setText,
            self._failed,
            lane=READ,
        )

    def save(self) -> None:
        try:
            text = self.price.text().strip()
            price = rules.parse_price("price", text, self.product.currency) if text else None
        except DomainError as exc:
            self.error.setText(exc.message)
            return
        draft = VariantDraft(
            self.option.text(),
            self.value.text(),
            self.sku.text().strip() or None,
            self.barcode.text().strip() or None,
            price,
        )
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        pid, variant, active = self.product.id, self.variant, self.active.isChecked()
        if variant is None:
            work = lambda: catalog_edit.add_variant(ctx, actor, pid, draft)  # noqa: E731
        else:
            work = lambda: catalog_admin.update_variant(  # noqa: E731
                ctx, actor, variant.id, draft, is_active=active
            )
        self.ui.run(work, self._saved, self._failed)

    def _saved(self, result: ProductResult) -> None:
        self.saved.emit(result.product)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.error.setText(error.message if isinstance(error, DomainError) else str(error))
