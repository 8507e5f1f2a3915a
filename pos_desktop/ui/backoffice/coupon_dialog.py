"""Create a coupon: code, type and value, minimum spend, dates, usage limits."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.coupons import CouponType
from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money
from pos_desktop.services import coupons
from pos_desktop.ui.backoffice.loyalty_common import label, qdate_to_utc
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    button,
    error_text,
    form_rows,
    status_label,
)
from pos_desktop.ui.context import UiContext


def _date_edit(name: str, day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumHeight(MIN_HEIGHT)
    return edit


def _limit(name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, 10_000_000)
    spin.setMinimumHeight(MIN_HEIGHT)
    return spin


class CouponDialog(QDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("couponDialog")
        self.setWindowTitle(self.tr("New coupon"))
        self.code = QLineEdit()
        self.code.setObjectName("couponCode")
        self.code.setMaxLength(32)
        self.name = QLineEdit()
        self.name.setObjectName("couponName")
        self.type = QComboBox()
        self.type.setObjectName("couponType")
        for kind in CouponType:
            self.type.addItem(label(kind.value), kind.value)
        self.value = QLineEdit()
        self.value.setObjectName("couponValue")
        self.value.setPlaceholderText(self.tr("Percent, or LKR for a fixed amount"))
        self.min_spend = QLineEdit()
        self.min_spend.setObjectName("couponMinSpend")
        self.min_spend.setPlaceholderText(self.tr("No minimum"))
        self.max_discount = QLineEdit()
        self.max_discount.setObjectName("couponMaxDiscount")
        self.max_discount.setPlaceholderText(self.tr("No cap"))
        self.usage_limit = _limit("couponUsageLimit")
        self.usage_limit.setSpecialValueText(self.tr("Unlimited"))
        self.per_customer = _limit("couponPerCustomer")
        self.per_customer.setSpecialValueText(self.tr("Unlimited"))
        today = QDate.currentDate()
        self.dated = QCheckBox(self.tr("Only between these dates"))
        self.dated.setObjectName("couponDated")
        self.start = _date_edit("couponStart", today)
        self.end = _date_edit("couponEnd", today.addDays(30))
        dates = QHBoxLayout()
        dates.addWidget(self.dated)
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end)
        form = form_rows(
            (
                (self.tr("Code"), self.code),
                (self.tr("Name"), self.name),
                (self.tr("Type"), self.type),
                (self.tr("Value"), self.value),
                (self.tr("Minimum spend (LKR)"), self.min_spend),
                (self.tr("Largest discount (LKR)"), self.max_discount),
                (self.tr("Uses in total"), self.usage_limit),
                (self.tr("Uses per customer"), self.per_customer),
            )
        )
        form.addRow(self.tr("Valid"), dates)
        self.error = status_label("couponError")
        buttons = QDialogButtonBox()
        self.save_button = button(self.tr("Create"), "couponCreate", self.save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _money(self, edit: QLineEdit, what: str) -> Money | None:
        text = edit.text().replace(",", "").strip()
        if not text:
            return None
        try:
            return Money.of(text, self.ui.ctx.terminal.currency)
        except (ValueError, ArithmeticError, ValidationError):
            raise ValidationError(self.tr("{} is not an amount.").format(what)) from None

    def data(self) -> coupons.CouponInput:
        kind = CouponType(self.type.currentData())
        value: Decimal | Money | None = None
        if kind is CouponType.PERCENTAGE:
            try:
                value = Decimal(self.value.text().replace("%", "").strip())
            except InvalidOperation:
                raise ValidationError(self.tr("The percentage is not a number.")) from None
        elif kind is CouponType.FIXED_AMOUNT:
            value = self._money(self.value, self.tr("The value"))
        dated = self.dated.isChecked()
        return coupons.CouponInput(
            code=self.code.text(),
            type=kind,
            value=value,
            name=self.name.text(),
            min_order_amount=self._money(self.min_spend, self.tr("The minimum spend")),
            max_discount_amount=self._money(self.max_discount, self.tr("The largest discount")),
            usage_limit=self.usage_limit.value() or None,
            per_customer_limit=self.per_customer.value() or None,
            valid_from=qdate_to_utc(self.start.date()) if dated else None,
            valid_to=qdate_to_utc(self.end.date(), end_of_day=True) if dated else None,
        )

    def save(self) -> None:
        try:
            data = self.data()
        except ValidationError as exc:
            self.error.setText(exc.message)
            return
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self.ui.run(
            lambda: coupons.create_coupon(ctx, actor, data),
            lambda _r: self.accept(),
            lambda error: self.error.setText(error_text(error)),
        )
