"""Manager approval at the counter: the manager types their username and PIN over the cashier's
session; ``services.auth.approve`` checks them (and counts wrong PINs towards the lockout) and
returns the manager as the approver Actor the business service wants.

Two ways in:
- ``request_approval(ui, parent, permission, reason) -> Actor | None``: modal, returns when the
  dialog closes (the check itself still runs off the UI thread: the dialog's own event loop
  keeps the window alive while argon2 works). For code that wants an answer inline.
- ``ask_approval(ui, parent, permission, reason, on_approved, on_cancelled=None)``: opens the
  dialog window-modal and returns at once; ``on_approved(approver)`` runs on success. Screens
  use this one; tests drive the dialog it returns.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.core.permissions import Permission
from pos_desktop.services.auth import approve
from pos_desktop.services.context import Actor
from pos_desktop.ui.context import UiContext

MIN_BUTTON_HEIGHT = 48


class ApprovalDialog(QDialog):
    """Username + PIN of an approving manager. ``approver`` is set when accepted."""

    approved = Signal(object)  # Actor

    def __init__(
        self, ui: UiContext, parent: QWidget | None, permission: Permission, reason: str
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.permission = permission
        self.approver: Actor | None = None
        self._busy = False  # a check is running: closing now would drop its answer
        self.setObjectName("approvalDialog")
        self.setWindowTitle(self.tr("Manager approval"))
        self.setMinimumWidth(420)

        why = QLabel(reason)
        why.setObjectName("approvalReason")
        why.setWordWrap(True)
        font = why.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        why.setFont(font)

        self.username = QLineEdit()
        self.username.setObjectName("approvalUsername")
        self.username.setPlaceholderText(self.tr("manager's username"))
        self.pin = QLineEdit()
        self.pin.setObjectName("approvalPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setMaxLength(64)
        for field in (self.username, self.pin):
            field.setMinimumHeight(MIN_BUTTON_HEIGHT)

        self.error = QLabel()
        self.error.setObjectName("approvalError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Manager"), self.username)
        form.addRow(self.tr("PIN"), self.pin)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Approve"))
        self.ok_button.setObjectName("approvalOk")
        for button in self.buttons.buttons():
            button.setMinimumHeight(MIN_BUTTON_HEIGHT)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.username.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)

        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def submit(self) -> None:
        username, pin = self.username.text().strip(), self.pin.text()
        if not username or not pin:
            self._show_error(self.tr("Enter the manager's username and PIN."))
            return
        self.ok_button.setEnabled(False)
        self._busy = True
        ctx, permission = self.ui.ctx, self.permission
        self.ui.run(lambda: approve(ctx, username, pin, permission), self._done, self._failed)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def _done(self, actor: Actor) -> None:
        self._busy = False
        self.approver = actor
        self.approved.emit(actor)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        if isinstance(error, DomainError):
            # Wrong PIN, not allowed to approve, or locked (the service's text has the minutes).
            self._show_error(error.message)
        else:
            self._show_error(self.tr("Approval failed: {}").format(error))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def request_approval(
    ui: UiContext, parent: QWidget | None, permission: Permission, reason: str
) -> Actor | None:
    """Ask a manager to approve ``permission``; the approving Actor, or None if cancelled."""
    dialog = ApprovalDialog(ui, parent, permission, reason)
    try:
        dialog.exec()
        return dialog.approver
    finally:
        dialog.deleteLater()


def ask_approval(
    ui: UiContext,
    parent: QWidget | None,
    permission: Permission,
    reason: str,
    on_approved: Callable[[Actor], None],
    on_cancelled: Callable[[], None] | None = None,
) -> ApprovalDialog:
    """Open the approval dialog without blocking; ``on_approved(approver)`` on success."""
    dialog = ApprovalDialog(ui, parent, permission, reason)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.approved.connect(on_approved)
    if on_cancelled is not None:
        dialog.rejected.connect(on_cancelled)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
