"""Who is at the till: where a sign-in lands and what signing out does.

``enter_till(ui, shell)``: the sell screen when this terminal already has an open shift (a
shift belongs to the drawer, not to a person), otherwise the shift-open dialog. Cancelling that
dialog signs the user out again: without an open shift there is nothing to do at the till.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from pos_desktop.services.shifts import current_shift
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.shift_open_dialog import SELL_SCREEN, ShiftOpenDialog

LOGIN_SCREEN = "login"


def enter_till(ui: UiContext, shell: Shell) -> None:
    """After sign-in: the sell screen if a shift is open here, else ask for the opening float."""
    ctx = ui.ctx

    def probe() -> str | None:
        with ctx.db.read() as s:
            shift = current_shift(s, ctx)
            return shift.id if shift is not None else None

    def route(shift_id: str | None) -> None:
        if ui.actor is None:  # signed out while we looked
            return
        if shift_id is not None:
            shell.show_screen(SELL_SCREEN)
        else:
            open_shift_dialog(ui, shell)

    ui.run(probe, route, lane="read")


def open_shift_dialog(ui: UiContext, shell: Shell) -> ShiftOpenDialog:
    dialog = ShiftOpenDialog(ui, shell)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.rejected.connect(lambda: sign_out(ui, shell))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def sign_out(ui: UiContext, shell: Shell) -> None:
    """Forget who is signed in and go back to the login screen."""
    ui.set_actor(None)
    shell.show_screen(LOGIN_SCREEN)
