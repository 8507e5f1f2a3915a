"""Taking a delivery order: the customer (name and phone; a known phone links the customer),
the address, lines found by name, SKU or a scanned barcode, the delivery fee and how it is
paid. The service prices and checks everything on save; the total shown while typing is only
price x quantity + fee for the manager's eye."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.money import Money
from pos_desktop.services.catalog import ProductHit
from pos_desktop.services.delivery_orders import (
    Address,
    NewOrder,
    OrderLineInput,
    OrderResult,
    create_order,
)
from pos_desktop.services.delivery_queries import find_products
from pos_desktop.store.models.delivery import OrderPaymentMethod
from pos_desktop.ui.backoffice.delivery_common import amount, button, payment_label
from pos_desktop.ui.backoffice.formats import parse_decimal, parse_minor
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    append_row,
    debounced,
    error_text,
    make_table,
    selected_id,
)
from pos_desktop.ui.context import UiContext

HIT = Qt.ItemDataRole.UserRole


class OrderEditorDialog(QDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.lines: list[tuple[ProductHit, Decimal]] = []
        self.created: OrderResult | None = None
        self.setObjectName("deliveryOrderEditor")
        self.setWindowTitle(self.tr("New delivery order"))
        self.resize(980, 700)

        def field(name: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setMinimumHeight(MIN_HEIGHT)
            edit.setPlaceholderText(placeholder)
            return edit

        self.name = field("orderCustomerName")
        self.phone = field("orderCustomerPhone", "077 123 4567")
        self.line1 = field("orderAddress1", self.tr("House number and street"))
        self.line2 = field("orderAddress2")
        self.city = field("orderCity")
        self.district = field("orderDistrict")
        self.postal = field("orderPostalCode")
        self.fee = field("orderFee", "350.00")
        self.fee.textChanged.connect(lambda _t: self._show_total())
        self.method = QComboBox()
        self.method.setObjectName("orderPaymentMethod")
        self.method.setMinimumHeight(MIN_HEIGHT)
        for code in OrderPaymentMethod:
            self.method.addItem(payment_label(code.value), code.value)
        self.reference = field("orderPaymentReference", self.tr("Bank or gateway reference"))
        self.notes = field("orderNotes")
        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.line1)
        form.addRow("", self.line2)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("District"), self.district)
        form.addRow(self.tr("Postal code"), self.postal)
        form.addRow(self.tr("Delivery fee"), self.fee)
        form.addRow(self.tr("Payment"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Notes"), self.notes)

        self.search = field("orderProductSearch", self.tr("Product name, SKU or barcode"))
        self.search.returnPressed.connect(self.add_first_hit)
        self.quantity = field("orderQuantity", "1")
        self.quantity.setMaximumWidth(90)
        self.debounce = debounced(self, self.search.textChanged, self._find)
        self.hits = QListWidget()
        self.hits.setObjectName("orderProductHits")
        self.hits.setMaximumHeight(140)
        self.hits.itemDoubleClicked.connect(self._add_item)
        self.table = make_table(
            "orderLines",
            [self.tr("Item"), self.tr("Qty"), self.tr("Price"), self.tr("Amount")],
            stretch=0,
        )
        self.remove_button = button(self.tr("Remove line"), "orderRemoveLine", self.remove_line)
        self.total = QLabel()
        self.total.setObjectName("orderTotal")
        self.error = QLabel()
        self.error.setObjectName("orderError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.save_button = button(self.tr("Take order"), "orderSave", self.save)
        cancel = button(self.tr("Close"), "orderClose", self.reject)

        find = QHBoxLayout()
        find.addWidget(self.search, 1)
        find.addWidget(QLabel(self.tr("Qty")))
        find.addWidget(self.quantity)
        right = QVBoxLayout()
        right.addLayout(find)
        right.addWidget(self.hits)
        right.addWidget(self.table, 1)
        right.addWidget(self.remove_button)
        right.addWidget(self.total)
        body = QHBoxLayout()
        body.addLayout(form, 2)
        body.addLayout(right, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self._show_total()

    # -- lines ------------------------------------------------------------------------------
    def _find(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.hits.clear()
            return
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(lambda: find_products(ctx, actor, text), self._found, self._failed, lane=READ)

    def _found(self, hits: list[ProductHit]) -> None:
        self.hits.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.shown_name}  ·  {hit.sku}  ·  {amount(hit.price)}")
            item.setData(HIT, hit)
            self.hits.addItem(item)

    def add_first_hit(self) -> None:
        """Enter in the search box (a scanner ends with Enter) adds the first match."""
        if self.debounce.isActive():
            self.debounce.stop()
            actor, ctx, text = self.ui.require_actor(), self.ui.ctx, self.search.text().strip()
            self.ui.run(
                lambda: find_products(ctx, actor, text),
                lambda hits: self._found_then_add(hits),
                self._failed,
                lane=READ,
            )
            return
        if self.hits.count():
            self._add_item(self.hits.item(0))

    def _found_then_add(self, hits: list[ProductHit]) -> None:
        self._found(hits)
        if hits:
            self._add_item(self.hits.item(0))

    def _add_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT)
        if not isinstance(hit, ProductHit):
            return
        qty = parse_decimal(self.quantity.text() or "1")
        if not isinstance(qty, Decimal) or qty <= 0:
            self.error.setText(self.tr("Type a quantity such as 1 or 2.5"))
            return
        self.lines.append((hit, qty))
        self.search.clear()
        self.quantity.clear()
        self.hits.clear()
        self._refill()

    def remove_line(self) -> None:
        chosen = selected_id(self.table)
        if chosen is not None:
            del self.lines[int(chosen)]
            self._refill()

    def _refill(self) -> None:
        self.table.setRowCount(0)
        for n, (hit, qty) in enumerate(self.lines):
            append_row(
                self.table,
                str(n),
                [
                    hit.shown_name,
                    f"{qty.normalize():f}",
                    amount(hit.price),
                    amount(hit.price.times(qty)),
                ],
                right=(1, 2, 3),
            )
        self._show_total()

    def _show_total(self) -> None:
        goods = Money(
            sum(h.price.times(q).minor for h, q in self.lines), self.ui.ctx.terminal.currency
        )
        fee = Money(parse_minor(self.fee.text()) or 0, goods.currency)
        self.total.setText(
            self.tr("Goods {goods} + delivery {fee} = {total}").format(
                goods=amount(goods), fee=amount(fee), total=amount(goods + fee)
            )
        )

    # -- save -------------------------------------------------------------------------------
    def order(self) -> NewOrder:
        fee_text = self.fee.text().strip()
        fee = parse_minor(fee_text) if fee_text else 0
        return NewOrder(
            customer_name=self.name.text(),
            customer_phone=self.phone.text(),
            address=Address(
                line1=self.line1.text(),
                line2=self.line2.text(),
                city=self.city.text(),
                district=self.district.text(),
                postal_code=self.postal.text(),
            ),
            lines=[OrderLineInput(h.product_id, q, h.variant_id) for h, q in self.lines],
            delivery_fee_minor=-1 if fee is None else fee,
            payment_method=str(self.method.currentData()),
            payment_reference=self.reference.text() or None,
            notes=self.notes.text() or None,
        )

    def save(self) -> None:
        new = self.order()
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.save_button.setEnabled(False)
        self.ui.run(lambda: create_order(ctx, actor, new), self._saved, self._failed)

    def _saved(self, result: OrderResult) -> None:
        self.created = result
        self.save_button.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(error_text(error))
