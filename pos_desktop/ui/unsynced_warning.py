"""Before signing out or closing a shift on an enrolled terminal: say how many sales have not
reached HQ yet, that they are safe here, and let the person go on or stay.

Nothing is lost either way (the outbox keeps the sales until HQ acknowledges them); the warning
exists so nobody switches the till off believing HQ already has the day. A terminal that is not
enrolled has no HQ to wait for and is never warned. The count runs on the "read" lane; the
question is a window-modal QMessageBox opened without a nested event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.services.sync_inbox import unsynced_sales_count
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.sync_controller import find_controller

log = logging.getLogger(__name__)

READ: Final = "read"
WARNING_NAME: Final = "unsyncedSalesWarning"
_CHECKING: Final = "unsyncedCheckRunning"  # dynamic property: one question at a time

SIGN_OUT: Final = "sign_out"
CLOSE_SHIFT: Final = "close_shift"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("UnsyncedWarning", text, None, n)


def warning_text(count: int) -> str:
    if count == 1:
        return _tr(
            QT_TRANSLATE_NOOP(
                "UnsyncedWarning",
                "1 sale has not reached HQ yet; it is safe on this terminal and will sync when HQ "
                "is reachable. Continue?",
            )
        )
    return _tr(
        QT_TRANSLATE_NOOP(
            "UnsyncedWarning",
            "{n} sales have not reached HQ yet; they are safe on this terminal and will sync when "
            "HQ is reachable. Continue?",
        )
    ).format(n=count)


def _title(action: str) -> str:
    return (
        _tr(QT_TRANSLATE_NOOP("UnsyncedWarning", "Close shift"))
        if action == CLOSE_SHIFT
        else _tr(QT_TRANSLATE_NOOP("UnsyncedWarning", "Sign out"))
    )


def confirm_unsynced_sales(
    ui: UiContext, parent: QWidget, proceed: Callable[[], None], *, action: str = SIGN_OUT
) -> None:
    """Call ``proceed`` now when there is nothing to warn about, else after "Continue"; never
    after "Cancel"."""
    controller = find_controller(ui)
    if controller is None or not controller.enrolled:
        proceed()
        return
    if parent.property(_CHECKING):
        return  # a second press while the first question is being prepared or shown
    parent.setProperty(_CHECKING, True)
    db = ui.ctx.db

    def counted(count: int) -> None:
        if count == 0:
            parent.setProperty(_CHECKING, False)
            proceed()
            return
        _ask(parent, count, action, proceed)

    def failed(error: BaseException) -> None:
        # Counting is a courtesy: a failed read must not keep anyone from signing out.
        log.warning("could not count the unsynced sales: %s", error)
        parent.setProperty(_CHECKING, False)
        proceed()

    ui.run(lambda: unsynced_sales_count(db), counted, failed, lane=READ)


def _ask(parent: QWidget, count: int, action: str, proceed: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(WARNING_NAME)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_title(action))
    box.setText(warning_text(count))
    go_on = box.addButton(
        _tr(QT_TRANSLATE_NOOP("UnsyncedWarning", "Continue")), QMessageBox.ButtonRole.AcceptRole
    )
    go_on.setObjectName("unsyncedContinue")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("unsyncedCancel")
    for button in (go_on, cancel):
        button.setMinimumHeight(48)
    box.setDefaultButton(go_on)
    box.setEscapeButton(cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def finished(_result: int) -> None:
        parent.setProperty(_CHECKING, False)
        chosen = box.clickedButton()
        box.deleteLater()
        if chosen is go_on:
            proceed()

    box.finished.connect(finished)
    box.open()
    return box
