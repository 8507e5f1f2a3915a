"""Login screen: PIN and password sign-in, refusals that do not reveal users, lockout minutes,
routing to the shift-open dialog or the sell screen, role-aware menus, sign out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.core.money import Money
from pos_desktop.services import shifts
from pos_desktop.store.models.shifts import Shift
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shift_open_dialog import ShiftOpenDialog
from tests.support.terminal import ADMIN_PASSWORD, CASHIER_PIN, MANAGER_PIN, Terminal
from tests.ui.conftest import wait_idle
from tests.ui.till_flows import login_screen, make_shell, shot, sign_in


def test_login_screen_lists_users_and_asks_admins_for_a_password(
    qtbot: QtBot, ui: UiContext
) -> None:
    shell = make_shell(qtbot, ui)
    screen = login_screen(shell)
    names = [screen.user_list.item(i).text() for i in range(screen.user_list.count())]
    assert any("Kasun Cashier" in n for n in names)
    assert any("Mala Manager" in n for n in names)
    shot(shell, "login")

    qtbot.keyClicks(screen.username, "admin")
    assert screen.password_mode()
    assert screen.secret_label.text() == "Password"
    assert screen.use_password.isHidden()

    screen.username.clear()
    qtbot.keyClicks(screen.username, "cashier")
    assert not screen.password_mode()
    assert screen.secret_label.text() == "PIN"

    screen.user_list.setCurrentRow(next(i for i, n in enumerate(names) if "Mala" in n))
    assert screen.username.text() == "manager"
    assert screen.secret_label.text() == "PIN"


def test_cashier_signs_in_opens_shift_and_reaches_the_sell_screen(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shell = make_shell(qtbot, ui)
    sign_in(qtbot, ui, shell, "cashier", CASHIER_PIN)
    assert ui.actor is not None and ui.actor.username == "cashier"

    dialog = shell.findChild(ShiftOpenDialog)
    assert dialog is not None and dialog.isVisible()
    shot(dialog, "shift_open")
    qtbot.keyClicks(dialog.float_edit, "2500")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)

    assert shell.current_screen is shell.screen_widget("sell")
    with terminal.db.read() as s:
        rows = s.execute(select(Shift)).scalars().all()
    assert [(r.cashier_id, r.opening_float_minor) for r in rows] == [
        (terminal.cashier.user_id, 2500_00)
    ]


def test_shift_open_by_denomination_counts_the_float(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shell = make_shell(qtbot, ui)
    sign_in(qtbot, ui, shell, "manager", MANAGER_PIN)
    dialog = shell.findChild(ShiftOpenDialog)
    assert dialog is not None
    dialog.by_denomination.setChecked(True)
    dialog.count.spin(1000).setValue(2)
    dialog.count.spin(100).setValue(5)
    dialog.count.spin(5).setValue(3)
    assert dialog.float_edit.text() == "2515.00"
    shot(dialog, "shift_open_counted")
    dialog.submit()
    wait_idle(qtbot, ui)
    with terminal.db.read() as s:
        shift = s.execute(select(Shift)).scalar_one()
    assert shift.opening_float_minor == 2515_00
    assert shift.opening_denominations == {"1000": 2, "100": 5, "5": 3}


def test_cancelling_the_shift_open_signs_out(qtbot: QtBot, ui: UiContext) -> None:
    shell = make_shell(qtbot, ui)
    sign_in(qtbot, ui, shell, "cashier", CASHIER_PIN)
    dialog = shell.findChild(ShiftOpenDialog)
    assert dialog is not None
    dialog.reject()
    assert ui.actor is None
    assert shell.current_screen is login_screen(shell)


def test_open_shift_goes_straight_to_the_sell_screen(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shifts.open_shift(terminal.ctx, terminal.manager, Money(1000_00))
    shell = make_shell(qtbot, ui)
    sign_in(qtbot, ui, shell, "cashier", CASHIER_PIN)
    assert shell.findChild(ShiftOpenDialog) is None
    assert shell.current_screen is shell.screen_widget("sell")


def test_wrong_pin_and_unknown_user_get_the_same_message(qtbot: QtBot, ui: UiContext) -> None:
    shell = make_shell(qtbot, ui)
    screen = sign_in(qtbot, ui, shell, "cashier", "0000")
    wrong = screen.error.text()
    assert wrong == "Wrong username or PIN."
    assert ui.actor is None
    assert screen.secret.text() == ""

    sign_in(qtbot, ui, shell, "nobody-here", "1234")
    assert screen.error.text() == wrong
    assert ui.actor is None


def test_lockout_message_says_how_many_minutes(qtbot: QtBot, ui: UiContext) -> None:
    shell = make_shell(qtbot, ui)
    screen = login_screen(shell)
    for _ in range(5):  # auth.lockout_attempts defaults to 5
        sign_in(qtbot, ui, shell, "cashier", "0000")
    assert "locked" in screen.error.text()
    assert "Try again in 15 minutes" in screen.error.text()
    shot(shell, "login_locked")
    # Even the right PIN is refused while locked, with the minutes left.
    sign_in(qtbot, ui, shell, "cashier", CASHIER_PIN)
    assert ui.actor is None
    assert "minute" in screen.error.text()


def test_admin_signs_in_with_password(qtbot: QtBot, ui: UiContext) -> None:
    shell = make_shell(qtbot, ui)
    sign_in(qtbot, ui, shell, "admin", ADMIN_PASSWORD)
    assert ui.actor is not None and ui.actor.role == "admin"


def _visible(shell: QMainWindow, action_id: str) -> bool:
    action = shell.findChild(QAction, action_id)
    assert action is not None, action_id
    return action.isVisible() and action.isEnabled()


def test_menus_follow_the_role(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    shifts.open_shift(terminal.ctx, terminal.manager, Money(0))
    shell = make_shell(qtbot, ui)
    assert not _visible(shell, "till.sell")  # nobody signed in: no actions at all
    assert shell.menuBar().actions() and not any(a.isVisible() for a in shell.menuBar().actions())

    sign_in(qtbot, ui, shell, "cashier", CASHIER_PIN)
    for action_id in ("till.sell", "till.returns", "till.cash_in", "shift.close", "help.shortcuts"):
        assert _visible(shell, action_id), action_id
    for action_id in ("settings.printer", "settings.customer_display"):
        assert not _visible(shell, action_id), action_id
    titles = [a.text() for a in shell.menuBar().actions() if a.isVisible()]
    assert "S&ettings" not in titles
    shot(shell, "sell_placeholder_cashier")

    shell.findChild(QAction, "session.sign_out").trigger()
    assert ui.actor is None
    assert shell.current_screen is login_screen(shell)

    sign_in(qtbot, ui, shell, "admin", ADMIN_PASSWORD)
    assert _visible(shell, "settings.printer")
    assert "S&ettings" in [a.text() for a in shell.menuBar().actions() if a.isVisible()]
