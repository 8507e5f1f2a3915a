"""Create or edit a supplier: name, contact, phone (any Sri Lankan spelling), e-mail, address,
payment terms, tax number, notes. The service checks and cleans everything."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.services import suppliers
from pos_desktop.services.suppliers import SupplierDraft, SupplierResult, SupplierView
from pos_desktop.ui.backoffice.purchasing_common import button, tr
from pos_desktop.ui.backoffice.widgets import MIN_HEIGHT, error_text
from pos_desktop.ui.context import UiContext

TERMS = (
    QT_TRANSLATE_NOOP("Purchasing", "Cash on delivery"),
    QT_TRANSLATE_NOOP("Purchasing", "7 days credit"),
    QT_TRANSLATE_NOOP("Purchasing", "14 days credit"),
    QT_TRANSLATE_NOOP("Purchasing", "30 days credit"),
    QT_TRANSLATE_NOOP("Purchasing", "Advance payment"),
)


class SupplierDialog(QDialog):
    def __init__(
        self, ui: UiContext, supplier: SupplierView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.supplier = supplier
        self.saved: SupplierView | None = None
        self.setObjectName("supplierDialog")
        self.setWindowTitle(self.tr("New supplier") if supplier is None else supplier.name)
        self.setMinimumWidth(520)
        self.name = self._line("supplierName")
        self.contact = self._line("supplierContact")
        self.phone = self._line("supplierPhone")
        self.phone.setPlaceholderText("077 123 4567")
        self.email = self._line("supplierEmail")
        self.address = QPlainTextEdit()
        self.address.setObjectName("supplierAddress")
        self.address.setFixedHeight(72)
        self.terms = QComboBox()
        self.terms.setObjectName("supplierTerms")
        self.terms.setEditable(True)
        self.terms.setMinimumHeight(MIN_HEIGHT)
        self.terms.addItem("")
        self.terms.addItems([tr(t) for t in TERMS])
        self.tax = self._line("supplierTaxNumber")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("supplierNotes")
        self.notes.setFixedHeight(72)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Contact person"), self.contact)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Payment terms"), self.terms)
        form.addRow(self.tr("Tax number"), self.tax)
        form.addRow(self.tr("Notes"), self.notes)
        self.status = QLabel()
        self.status.setObjectName("supplierStatus")
        self.status.setWordWrap(True)
        self.save_button = button(self.tr("Save"), "supplierSave", self.save)
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(button(self.tr("Cancel"), "supplierCancel", self.reject))
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        if supplier is not None:
            self._fill(supplier)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMinimumHeight(MIN_HEIGHT)
        return edit

    def _fill(self, s: SupplierView) -> None:
        self.name.setText(s.name)
        self.contact.setText(s.contact_person or "")
        self.phone.setText(suppliers.phone_display(s.phone))
        self.email.setText(s.email or "")
        self.address.setPlainText(s.address or "")
        self.terms.setCurrentText(s.payment_terms or "")
        self.tax.setText(s.tax_number or "")
        self.notes.setPlainText(s.notes or "")

    def draft(self) -> SupplierDraft:
        return SupplierDraft(
            name=self.name.text(),
            contact_person=self.contact.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            payment_terms=self.terms.currentText(),
            tax_number=self.tax.text(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        actor, draft, ctx = self.ui.require_actor(), self.draft(), self.ui.ctx
        current = self.supplier
        self.save_button.setEnabled(False)
        self.status.clear()
        if current is None:
            self.ui.run(
                lambda: suppliers.create_supplier(ctx, actor, draft), self._saved, self._failed
            )
        else:
            self.ui.run(
                lambda: suppliers.update_supplier(ctx, actor, current.id, draft),
                self._saved,
                self._failed,
            )

    def _saved(self, result: SupplierResult) -> None:
        self.saved = result.supplier
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(error_text(error))
