"""Attach a customer to the sale: search by phone, name or loyalty card as you type, or create
one on the spot (name and phone, optionally the card number). Scanning the customer's loyalty
card while this is open works too: the sell screen attaches them and closes the dialog.

``chosen(CustomerView)`` is emitted with the customer to attach; the dialog then closes.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.core.permissions import Permission
from pos_desktop.services.customers import CustomerInput, CustomerResult, CustomerView
from pos_desktop.services.customers import create_customer as create_customer_service
from pos_desktop.services.till import find_customers
from pos_desktop.ui.context import UiContext

READ: Final = "read"
DEBOUNCE_MS: Final = 150
MIN_HEIGHT: Final = 48
CUSTOMER_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1


def customer_text(c: CustomerView) -> str:
    parts = [c.name, c.phone or "", c.loyalty_card_number or ""]
    return "   ·   ".join(p for p in parts if p)


class CustomerDialog(QDialog):
    chosen = Signal(object)  # CustomerView

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("customerDialog")
        self.setWindowTitle(self.tr("Customer"))
        self.setMinimumSize(560, 520)
        self._sent = 0

        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Phone, name or loyalty card"))
        self.search.setMinimumHeight(MIN_HEIGHT)
        self.results = QListWidget()
        self.results.setObjectName("customerResults")
        self.results.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.attach_button = QPushButton(self.tr("Attach"))
        self.attach_button.setObjectName("customerAttach")
        self.attach_button.setMinimumHeight(MIN_HEIGHT)
        self.attach_button.setEnabled(False)

        self.new_name = QLineEdit()
        self.new_name.setObjectName("customerNewName")
        self.new_phone = QLineEdit()
        self.new_phone.setObjectName("customerNewPhone")
        self.new_card = QLineEdit()
        self.new_card.setObjectName("customerNewCard")
        for field in (self.new_name, self.new_phone, self.new_card):
            field.setMinimumHeight(MIN_HEIGHT)
        self.create_button = QPushButton(self.tr("Create and attach"))
        self.create_button.setObjectName("customerCreate")
        self.create_button.setMinimumHeight(MIN_HEIGHT)
        self.create_button.setEnabled(ui.can(Permission.CREATE_CUSTOMER))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.new_name)
        form.addRow(self.tr("Phone"), self.new_phone)
        form.addRow(self.tr("Loyalty card"), self.new_card)
        form.addRow("", self.create_button)
        create_box = QGroupBox(self.tr("New customer"))
        create_box.setLayout(form)

        self.error = QLabel()
        self.error.setObjectName("customerError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        close.rejected.connect(self.reject)
        for button in close.buttons():
            button.setMinimumHeight(MIN_HEIGHT)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.attach_button)
        layout.addWidget(create_box)
        layout.addWidget(self.error)
        layout.addWidget(close)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._enter)
        self.results.itemActivated.connect(lambda _i: self.attach_selected())
        self.results.itemDoubleClicked.connect(lambda _i: self.attach_selected())
        self.results.currentItemChanged.connect(
            lambda cur, _prev: self.attach_button.setEnabled(cur is not None)
        )
        self.attach_button.clicked.connect(self.attach_selected)
        self.create_button.clicked.connect(self.create_customer)
        self.search.setFocus()

    # -- search --------------------------------------------------------------------------
    def run_search(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self._sent += 1
        if not text:
            self.results.clear()
            return
        seq, ctx = self._sent, self.ui.ctx
        self.ui.run(
            lambda: find_customers(ctx, text),
            lambda found: self._show(seq, found),
            self._failed,
            lane=READ,
        )

    def _show(self, seq: int, found: list[CustomerView]) -> None:
        if seq != self._sent:
            return
        self.results.clear()
        for customer in found:
            item = QListWidgetItem(customer_text(customer))
            item.setData(CUSTOMER_ROLE, customer)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
            self.error.hide()
        else:
            self._show_error(self.tr("No customer found. Create one below."))

    def _enter(self) -> None:
        if self._timer.isActive():
            self.run_search()
            return
        self.attach_selected()

    def attach_selected(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self._attach(item.data(CUSTOMER_ROLE))

    def _attach(self, customer: CustomerView) -> None:
        self.chosen.emit(customer)
        self.accept()

    # -- quick create ----------------------------------------------------------------------
    def create_customer(self) -> None:
        actor = self.ui.actor
        if actor is None:
            return
        data = CustomerInput(
            name=self.new_name.text(),
            phone=self.new_phone.text() or None,
            loyalty_card_number=self.new_card.text() or None,
        )
        ctx = self.ui.ctx
        self.create_button.setEnabled(False)
        self.ui.run(
            lambda: create_customer_service(ctx, actor, data), self._created, self._create_failed
        )

    def _created(self, result: CustomerResult) -> None:
        self._attach(result.customer)

    def _create_failed(self, error: BaseException) -> None:
        self.create_button.setEnabled(True)
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        self._show_error(error.message if isinstance(error, DomainError) else str(error))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
