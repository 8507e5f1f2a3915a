"""Opening a shift: the opening float, typed or counted by denomination.

Opened by ``ui/session.py::enter_till`` when the signed-in user's terminal has no open shift.
On success the sell screen is shown; cancelling ("Sign out") is wired by the session module.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.core.money import Money, format_amount
from pos_desktop.services.shifts import ShiftResult, open_shift
from pos_desktop.ui.cash_count import AmountEdit, DenominationCount
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.tasks import DB

BUTTON_HEIGHT = 48
SELL_SCREEN = "sell"


class ShiftOpenDialog(QDialog):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__(shell)
        self.ui = ui
        self.shell = shell
        self._busy = False
        currency = ui.ctx.terminal.currency
        self.setObjectName("shiftOpenDialog")
        self.setWindowTitle(self.tr("Open shift"))

        intro = QLabel(
            self.tr(
                "No shift is open on this till. Count the cash in the drawer and enter the "
                "opening float to start selling."
            )
        )
        intro.setWordWrap(True)

        self.float_edit = AmountEdit(currency)
        self.float_edit.setObjectName("openingFloat")
        self.float_edit.returnPressed.connect(self.submit)

        self.by_denomination = QCheckBox(self.tr("Count the float by note and coin"))
        self.by_denomination.setObjectName("floatByDenomination")
        self.count = DenominationCount(currency)
        self.count.hide()
        self.by_denomination.toggled.connect(self._toggle_count)
        self.count.total_changed.connect(self._count_changed)

        self.error = QLabel()
        self.error.setObjectName("shiftOpenError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Opening float ({})").format(currency), self.float_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Open shift"))
        self.ok_button.setObjectName("shiftOpenOk")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Sign out"))
        for button in self.buttons.buttons():
            button.setMinimumHeight(BUTTON_HEIGHT)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.by_denomination)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.float_edit.setFocus()

    def _toggle_count(self, on: bool) -> None:
        self.count.setVisible(on)
        self.float_edit.setReadOnly(on)
        if on:
            self._count_changed(self.count.total())
            self.count.first_field().setFocus()
        self.adjustSize()

    def _count_changed(self, total: Money) -> None:
        if self.by_denomination.isChecked():
            self.float_edit.setText(format_amount(total).replace(",", ""))

    def submit(self) -> None:
        if self._busy:
            return
        actor = self.ui.actor
        if actor is None:
            self.reject()
            return
        amount = self.float_edit.amount()
        if amount is None:
            self._show_error(self.tr("Enter the opening float (0 if the drawer is empty)."))
            return
        counts = self.count.counts() if self.by_denomination.isChecked() else None
        ctx = self.ui.ctx
        self._busy = True
        self.ok_button.setEnabled(False)
        self.ui.run(
            lambda: open_shift(ctx, actor, amount, denominations=counts),
            self._opened,
            self._failed,
            lane=DB,
        )

    def _opened(self, _result: ShiftResult) -> None:
        self._busy = False
        self.accept()
        self.shell.show_screen(SELL_SCREEN)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        message = error.message if isinstance(error, DomainError) else str(error)
        self._show_error(message)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
