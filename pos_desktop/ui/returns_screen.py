"""Returns: find the sale, choose what comes back and how much, restock or write off each line,
pick the refund method, get a manager's approval, refund, print the refund receipt.

Finding: a receipt number typed or scanned (the scanner's OpenReturn action calls
``shell.show_screen("returns")`` then ``open_sale(receipt_number)``), or the sales of a customer
(searched by name, phone or card) and/or of a day. Amounts are the returns service's: this
screen shows what was sold and what is left, and the service computes the refund.
"""

from __future__ import annotations

from datetime import tzinfo
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import ApprovalRequired, DomainError
from pos_desktop.core.money import Money, format_amount
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import Actor, Changes
from pos_desktop.services.payments import MethodRule, accepted_methods
from pos_desktop.services.receipts import SaleView, load_sale
from pos_desktop.services.returns import ORIGINAL, ReturnLine, ReturnResult, return_items
from pos_desktop.services.sale_lookup import shop_zone
from pos_desktop.store.models.sales import PaymentMethodCode
from pos_desktop.ui.approval_dialog import ApprovalDialog, ask_approval
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.print_hooks import queue_receipt
from pos_desktop.ui.returns_find import SaleFinder
from pos_desktop.ui.returns_lines import ReturnLinesTable
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.shortcuts import key_for
from pos_desktop.ui.tasks import DB

BUTTON_HEIGHT = 48
READ = "read"


def _money(minor: int, currency: str) -> str:
    return f"{currency} {format_amount(Money(minor, currency))}"


class ReturnsScreen(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.sale: SaleView | None = None
        self.approval: ApprovalDialog | None = None
        self.last_result: ReturnResult | None = None
        self.zone: tzinfo | None = None  # the shop's time zone, loaded when first shown
        self._busy = False

        self.finder = SaleFinder(ui)
        self.finder.sale_chosen.connect(self.open_sale)

        self.sale_header = QLabel(self.tr("Scan or type a receipt number to start a return."))
        self.sale_header.setObjectName("returnSaleHeader")
        self.sale_header.setWordWrap(True)
        font = self.sale_header.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.sale_header.setFont(font)
        self.lines = ReturnLinesTable()

        self.method = QComboBox()
        self.method.setObjectName("refundMethod")
        self.method.setMinimumHeight(BUTTON_HEIGHT)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.reference = QLineEdit()
        self.reference.setObjectName("refundReference")
        self.reference.setPlaceholderText(self.tr("card refund slip or transaction reference"))
        self.reference.setMinimumHeight(BUTTON_HEIGHT)
        self.reference.setMaxLength(128)
        self.reason = QLineEdit()
        self.reason.setObjectName("returnReason")
        self.reason.setPlaceholderText(self.tr("why it comes back, e.g. damaged, wrong size"))
        self.reason.setMinimumHeight(BUTTON_HEIGHT)
        self.reason.setMaxLength(500)
        refund_form = QFormLayout()
        refund_form.addRow(self.tr("Refund by"), self.method)
        refund_form.addRow(self.tr("Reference"), self.reference)
        refund_form.addRow(self.tr("Reason"), self.reason)

        self.refund_button = QPushButton(self.tr("Refund chosen items"))
        self.refund_button.setObjectName("refundButton")
        self.refund_button.setMinimumHeight(BUTTON_HEIGHT)
        self.refund_button.clicked.connect(lambda: self.refund())
        self.message = QLabel()
        self.message.setObjectName("returnMessage")
        self.message.setWordWrap(True)

        sale_box = QGroupBox(self.tr("Sale"))
        sale_layout = QVBoxLayout(sale_box)
        sale_layout.addWidget(self.sale_header)
        sale_layout.addWidget(self.lines, 1)
        refund_row = QHBoxLayout()
        refund_row.addLayout(refund_form, 1)
        refund_row.addWidget(self.refund_button, 0, Qt.AlignmentFlag.AlignBottom)
        sale_layout.addLayout(refund_row)
        sale_layout.addWidget(self.message)

        layout = QHBoxLayout(self)
        layout.addWidget(self.finder, 2)
        layout.addWidget(sale_box, 3)

        find = QShortcut(QKeySequence(key_for("returns.find")), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.finder.focus_receipt)
        go = QShortcut(QKeySequence(key_for("returns.refund")), self)
        go.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        go.activated.connect(lambda: self.refund())
        self._methods_loaded = False
        self._show_sale(None)

    # -- screen life -----------------------------------------------------------------------
    def on_shown(self) -> None:
        if not self._methods_loaded:
            ctx = self.ui.ctx

            def load() -> tuple[dict[str, MethodRule], tzinfo]:
                with ctx.db.read() as s:
                    return accepted_methods(s, ctx.terminal.organization_id), shop_zone(s, ctx)

            self.ui.run(load, self._fill_methods, lane=READ)
        self.finder.focus_receipt()

    def on_changed(self, changes: Changes) -> None:
        if self.sale is not None and self.sale.id in changes.ids and not self._busy:
            self.open_sale(self.sale.id)

    def _fill_methods(self, loaded: tuple[dict[str, MethodRule], tzinfo]) -> None:
        rules, self.zone = loaded
        self.finder.zone = self.zone
        self._methods_loaded = True
        self.method.clear()
        self.method.addItem(self.tr("Cash"), PaymentMethodCode.CASH.value)
        self.method.addItem(self.tr("Original payment method(s)"), ORIGINAL)
        for code, rule in sorted(rules.items()):
            if code not in (PaymentMethodCode.CASH.value, PaymentMethodCode.LOYALTY_POINTS.value):
                self.method.addItem(rule.name, code)
        self._method_changed()

    def _method_changed(self) -> None:
        code = self.method.currentData()
        self.reference.setEnabled(code not in (PaymentMethodCode.CASH.value, None))

    # -- the sale --------------------------------------------------------------------------
    def open_sale(self, receipt_number: str) -> None:
        """Load a sale by receipt number (as scanned or typed) or id and show its lines."""
        self.message.clear()
        ctx = self.ui.ctx

        def load() -> SaleView:
            with ctx.db.read() as s:
                return load_sale(s, receipt_number)

        self.finder.set_receipt_text(receipt_number)
        self.ui.run(load, self._show_sale, self._load_failed, lane=READ)

    def _load_failed(self, error: BaseException) -> None:
        self._show_sale(None)
        self._error(error)

    def _show_sale(self, sale: SaleView | None) -> None:
        self.sale = sale
        self.lines.show_sale(sale)
        returnable = sale is not None and sale.kind == "SALE" and sale.status != "VOIDED"
        self.refund_button.setEnabled(returnable)
        if sale is None:
            self.sale_header.setText(self.tr("Scan or type a receipt number to start a return."))
            return
        when = sale.created_at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")
        statuses = {
            "COMPLETED": self.tr("completed"),
            "VOIDED": self.tr("voided"),
            "PARTIALLY_RETURNED": self.tr("partially returned"),
            "RETURNED": self.tr("returned"),
        }
        status = statuses.get(sale.status, sale.status)
        self.sale_header.setText(
            self.tr("Receipt {number} · {when} · total {total} · {status}").format(
                number=sale.receipt_number,
                when=when,
                total=_money(sale.total_minor, sale.currency),
                status=status,
            )
        )
        if not returnable:
            self.message.setText(self.tr("This document cannot be returned against."))

    # -- refunding -------------------------------------------------------------------------
    def chosen_lines(self) -> list[ReturnLine]:
        return [
            ReturnLine(line_id, Decimal(quantity), restock)
            for line_id, quantity, restock in self.lines.chosen()
        ]

    def refund(self, approver: Actor | None = None) -> None:
        actor, sale = self.ui.actor, self.sale
        if actor is None or sale is None or self._busy:
            return
        lines = self.chosen_lines()
        if not lines:
            self.message.setText(self.tr("Choose a quantity to return on at least one line."))
            return
        reason = self.reason.text().strip()
        if not reason:
            self.message.setText(self.tr("Enter the reason for the return."))
            self.reason.setFocus()
            return
        if approver is None and not actor.can(Permission.APPROVE_REFUND):
            self._ask_approval()  # the service would refuse; ask before sending it
            return
        method = str(self.method.currentData() or PaymentMethodCode.CASH.value)
        reference = self.reference.text().strip() or None
        ctx, number = self.ui.ctx, sale.receipt_number
        self._busy = True
        self.refund_button.setEnabled(False)
        self.ui.run(
            lambda: return_items(
                ctx,
                actor,
                number,
                lines,
                method,
                approver=approver,
                reason=reason,
                reference=reference,
            ),
            self._refunded,
            lambda error: self._refund_failed(error, approver),
            lane=DB,
        )

    def _refunded(self, result: ReturnResult) -> None:
        self._busy = False
        self.approval = None
        self.last_result = result
        queue_receipt(self.ui, result.return_id)
        cur = result.currency
        text = self.tr("Refunded {total} on return {number}.").format(
            total=_money(result.refund_minor, cur), number=result.return_receipt_number
        )
        if result.cash_out_minor:
            text += " " + self.tr("Give the customer {} in cash.").format(
                _money(result.cash_out_minor, cur)
            )
        if result.points_restored:
            text += " " + self.tr("{} points given back.").format(result.points_restored)
        self.reason.clear()
        self.reference.clear()
        self.open_sale(result.original_sale_id)
        self.message.setText(text)
        self.ui.message.emit("info", text)

    def _refund_failed(self, error: BaseException, approver: Actor | None) -> None:
        self._busy = False
        self.refund_button.setEnabled(self.sale is not None)
        if isinstance(error, ApprovalRequired) and approver is None:
            self._ask_approval()
            return
        self._error(error)

    def _ask_approval(self) -> None:
        sale = self.sale
        if sale is None:
            return
        self.approval = ask_approval(
            self.ui,
            self,
            Permission.APPROVE_REFUND,
            self.tr("Refund on receipt {}: a manager must approve.").format(sale.receipt_number),
            lambda a: self.refund(a),
        )

    def _error(self, error: BaseException) -> None:
        self.message.setText(error.message if isinstance(error, DomainError) else str(error))
