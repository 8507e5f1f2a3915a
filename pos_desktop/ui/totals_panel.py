"""Totals of the sale in progress: subtotal, discounts, coupon, the tax breakdown per class,
item count and the grand total in large type. It shows what ``core.pricing.compute_totals``
computed and computes nothing itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from pos_desktop.core.money import Money
from pos_desktop.core.pricing import CartTotals
from pos_desktop.core.tax import TaxAmount
from pos_desktop.ui.i18n import money_text as amount_text
from pos_desktop.ui.i18n import money_with_symbol

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def money_text(money: Money) -> str:
    return money_with_symbol(money)


class TotalsPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(0, 1)
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}
        self._tax_keys: list[str] = []
        for key, title in (
            ("subtotal", self.tr("Subtotal")),
            ("discount", self.tr("Discounts")),
            ("coupon", self.tr("Coupon")),
            ("items", self.tr("Items")),
        ):
            self._row(key, title)
        self.grand_title = QLabel(self.tr("TOTAL"))
        self.grand = QLabel()
        self.grand.setObjectName("totalsGrand")
        self.grand.setAlignment(_RIGHT)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.0)
        big.setBold(True)
        self.grand.setFont(big)
        self.grand_title.setFont(big)
        self._grand_row = 100  # below any number of tax rows
        self._grid.addWidget(self.grand_title, self._grand_row, 0)
        self._grid.addWidget(self.grand, self._grand_row, 1)
        self.show_totals(None)

    def _row(self, key: str, title: str) -> tuple[QLabel, QLabel]:
        row = len(self._rows)
        name, value = QLabel(title), QLabel()
        value.setObjectName(f"totals_{key}")
        value.setAlignment(_RIGHT)
        self._grid.addWidget(name, row, 0)
        self._grid.addWidget(value, row, 1)
        self._rows[key] = (name, value)
        return name, value

    def value(self, key: str) -> str:
        return self._rows[key][1].text()

    def _set(self, key: str, text: str, visible: bool = True) -> None:
        name, value = self._rows[key]
        value.setText(text)
        name.setVisible(visible)
        value.setVisible(visible)

    def _tax_title(self, row: TaxAmount, inclusive: bool) -> str:
        # Class names carry their rate already ("VAT 18%"); exempt classes say so.
        if inclusive and row.tax_class.rate:
            return self.tr("{name} (included)").format(name=row.tax_class.name)
        return row.tax_class.name

    def show_totals(self, totals: CartTotals | None, coupon_code: str | None = None) -> None:
        if totals is None:
            zero = Money.zero()
            self._set("subtotal", money_text(zero))
            self._set("discount", "", visible=False)
            self._set("coupon", "", visible=False)
            self._set("items", "0")
            self._show_taxes([], True)
            self.grand.setText(money_text(zero))
            return
        self._set("subtotal", money_text(totals.subtotal))
        other = totals.line_discount + totals.order_discount
        self._set("discount", f"-{amount_text(other)}", visible=not other.is_zero())
        name = self._rows["coupon"][0]
        name.setText(self.tr("Coupon {}").format(coupon_code) if coupon_code else self.tr("Coupon"))
        self._set(
            "coupon",
            f"-{amount_text(totals.coupon_discount)}",
            visible=not totals.coupon_discount.is_zero(),
        )
        self._set("items", str(totals.item_count))
        self._show_taxes(list(totals.taxes), totals.tax_inclusive)
        self.grand.setText(money_text(totals.grand_total))

    def _show_taxes(self, taxes: list[TaxAmount], inclusive: bool) -> None:
        keys = [f"tax_{row.code}_{row.rate}" for row in taxes]
        if keys != self._tax_keys:  # rebuild the rows only when the set of classes changes
            for key in self._tax_keys:
                name, value = self._rows.pop(key)
                for label in (name, value):
                    self._grid.removeWidget(label)
                    label.deleteLater()
            self._tax_keys = []
            for row in taxes:
                key = f"tax_{row.code}_{row.rate}"
                name, value = QLabel(), QLabel()
                value.setObjectName(f"totals_tax_{row.code}")
                value.setAlignment(_RIGHT)
                at = 10 + len(self._tax_keys)
                self._grid.addWidget(name, at, 0)
                self._grid.addWidget(value, at, 1)
                self._rows[key] = (name, value)
                self._tax_keys.append(key)
        for key, row in zip(self._tax_keys, taxes, strict=True):
            name, value = self._rows[key]
            name.setText(self._tax_title(row, inclusive))
            value.setText(amount_text(row.tax))
