"""Cash in, cash out (or a payout) and no-sale: small dialogs with a reason, and a manager's
approval when the shift service asks for one (a cash out above the limit, any no-sale by someone
without OPEN_DRAWER). The service is always tried first; its "approval needed" answer opens the
approval dialog and the same request is sent again with the approver.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import ApprovalRequired, DomainError
from pos_desktop.core.money import format_amount
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import Actor
from pos_desktop.services.shifts import CashMovementResult, cash_in, cash_out, record_no_sale
from pos_desktop.ui.approval_dialog import ApprovalDialog, ask_approval
from pos_desktop.ui.cash_count import AmountEdit
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.print_hooks import queue_drawer_kick
from pos_desktop.ui.tasks import DB

BUTTON_HEIGHT = 48
Kind = Literal["in", "out", "no_sale"]


class CashDialog(QDialog):
    """One dialog for the three drawer actions; ``kind`` picks the fields and the service."""

    def __init__(self, ui: UiContext, parent: QWidget | None, kind: Kind) -> None:
        super().__init__(parent)
        self.ui = ui
        self.kind = kind
        self.approval: ApprovalDialog | None = None
        self.result_value: CashMovementResult | None = None
        self._busy = False
        self.setObjectName(f"cashDialog_{kind}")
        titles = {
            "in": self.tr("Cash in"),
            "out": self.tr("Cash out"),
            "no_sale": self.tr("No sale: open the drawer"),
        }
        self.setWindowTitle(titles[kind])
        self.setMinimumWidth(460)

        currency = ui.ctx.terminal.currency
        self.amount = AmountEdit(currency)
        self.amount.setObjectName("cashAmount")
        self.reason = QLineEdit()
        self.reason.setObjectName("cashReason")
        self.reason.setMaxLength(500)
        self.reason.setMinimumHeight(BUTTON_HEIGHT)
        self.payout = QCheckBox(self.tr("Payout (paid to someone, e.g. a supplier)"))
        self.payout.setObjectName("cashPayout")

        form = QFormLayout()
        if kind == "no_sale":
            self.reason.setPlaceholderText(self.tr("why the drawer is opened (optional)"))
            intro = QLabel(self.tr("Opens the cash drawer without a sale. It is recorded."))
            intro.setWordWrap(True)
            form.addRow(intro)
        else:
            self.reason.setPlaceholderText(
                self.tr("e.g. change from the safe")
                if kind == "in"
                else self.tr("e.g. drop to the safe")
            )
            form.addRow(self.tr("Amount ({})").format(currency), self.amount)
        form.addRow(self.tr("Reason"), self.reason)
        if kind == "out":
            form.addRow(self.payout)

        self.error = QLabel()
        self.error.setObjectName("cashError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("cashOk")
        self.ok_button.setText(self.tr("Open drawer") if kind == "no_sale" else self.tr("Record"))
        for button in buttons.buttons():
            button.setMinimumHeight(BUTTON_HEIGHT)
        buttons.accepted.connect(lambda: self.submit())
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.reason if kind == "no_sale" else self.amount).setFocus()

    def _call(self, approver: Actor | None) -> Callable[[], CashMovementResult] | None:
        actor = self.ui.actor
        if actor is None:
            return None
        ctx, reason = self.ui.ctx, self.reason.text()
        if self.kind == "no_sale":
            return lambda: record_no_sale(ctx, actor, approver, reason or None)
        amount = self.amount.amount()
        if amount is None or amount.minor == 0:
            self._show_error(self.tr("Enter the amount."))
            return None
        if not reason.strip():
            self._show_error(self.tr("Enter a reason."))
            return None
        if self.kind == "in":
            return lambda: cash_in(ctx, actor, amount, reason)
        payout = self.payout.isChecked()
        return lambda: cash_out(ctx, actor, amount, reason, approver, payout=payout)

    def submit(self, approver: Actor | None = None) -> None:
        if self._busy:
            return
        call = self._call(approver)
        if call is None:
            return
        self._busy = True
        self.ok_button.setEnabled(False)
        self.ui.run(call, self._done, self._failed, lane=DB)

    def _done(self, result: CashMovementResult) -> None:
        self._busy = False
        self.result_value = result
        if self.kind == "no_sale":
            queue_drawer_kick(self.ui, reason="no_sale")
            self.ui.message.emit("info", self.tr("No sale recorded; opening the drawer."))
        else:
            money = f"{result.amount.currency} {format_amount(result.amount)}"
            self.ui.message.emit(
                "info", self.tr("{} recorded: {}").format(self.windowTitle(), money)
            )
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        if isinstance(error, ApprovalRequired):
            permission = (
                Permission.OPEN_DRAWER if self.kind == "no_sale" else Permission.APPROVE_OVER_SHORT
            )
            self.approval = ask_approval(
                self.ui, self, permission, error.message, lambda a: self.submit(a)
            )
            return
        self._show_error(error.message if isinstance(error, DomainError) else str(error))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def reject(self) -> None:
        if not self._busy:
            super().reject()


def open_cash_dialog(ui: UiContext, parent: QWidget | None, kind: Kind) -> CashDialog:
    dialog = CashDialog(ui, parent, kind)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
