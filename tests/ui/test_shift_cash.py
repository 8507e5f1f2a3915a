"""Cash in, cash out above the approval limit, no-sale with a manager's approval, and the X
report dialog, each opened from the shell's menu actions as a cashier would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.services import shifts
from pos_desktop.store.models.printing import PrintJob
from pos_desktop.store.models.shifts import CashMovement
from pos_desktop.ui.approval_dialog import ApprovalDialog, request_approval
from pos_desktop.ui.cash_dialogs import CashDialog
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.report_view import XReportDialog
from pos_desktop.ui.shell import Shell
from tests.support.terminal import MANAGER_PIN, Terminal
from tests.ui.conftest import wait_idle
from tests.ui.till_flows import make_shell, shot


def _till(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> Shell:
    shifts.open_shift(terminal.ctx, terminal.cashier, Money(10_000_00))
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.cashier)
    shell.show_screen("sell")
    return shell


def _trigger(shell: Shell, action_id: str) -> None:
    action = shell.findChild(QAction, action_id)
    assert action is not None and action.isEnabled(), action_id
    action.trigger()


def _dialog(shell: Shell) -> CashDialog:
    dialog = shell.findChild(CashDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _approve(qtbot: QtBot, ui: UiContext, dialog: ApprovalDialog | None) -> None:
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.username, "manager")
    qtbot.keyClicks(dialog.pin, MANAGER_PIN)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)


def _movements(terminal: Terminal) -> list[CashMovement]:
    with terminal.db.read() as s:
        return list(s.execute(select(CashMovement).where(CashMovement.type != "FLOAT")).scalars())


def test_cash_in_from_the_menu(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    shell = _till(qtbot, ui, terminal)
    _trigger(shell, "till.cash_in")
    dialog = _dialog(shell)
    dialog.submit()
    assert dialog.error.text() == "Enter the amount."
    qtbot.keyClicks(dialog.amount, "750.50")
    dialog.submit()
    assert dialog.error.text() == "Enter a reason."
    qtbot.keyClicks(dialog.reason, "change from the safe")
    shot(dialog, "cash_in")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    [row] = _movements(terminal)
    assert (row.type, row.amount_minor, row.reason) == ("CASH_IN", 750_50, "change from the safe")
    assert row.user_id == terminal.cashier.user_id and row.approved_by_id is None


def test_cash_out_above_the_limit_needs_approval(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shell = _till(qtbot, ui, terminal)
    _trigger(shell, "till.cash_out")
    dialog = _dialog(shell)
    qtbot.keyClicks(dialog.amount, "6000")
    qtbot.keyClicks(dialog.reason, "drop to the safe")
    dialog.submit()
    wait_idle(qtbot, ui)
    assert _movements(terminal) == []
    _approve(qtbot, ui, dialog.approval)
    [row] = _movements(terminal)
    assert (row.type, row.amount_minor) == ("CASH_OUT", 6000_00)
    assert row.approved_by_id == terminal.manager.user_id


def test_payout_within_the_limit(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    shell = _till(qtbot, ui, terminal)
    _trigger(shell, "till.cash_out")
    dialog = _dialog(shell)
    qtbot.keyClicks(dialog.amount, "1200")
    qtbot.keyClicks(dialog.reason, "milk supplier")
    dialog.payout.setChecked(True)
    dialog.submit()
    wait_idle(qtbot, ui)
    assert dialog.approval is None
    [row] = _movements(terminal)
    assert (row.type, row.amount_minor, row.approved_by_id) == ("PAYOUT", 1200_00, None)


def test_no_sale_needs_a_manager_and_is_recorded(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shell = _till(qtbot, ui, terminal)
    messages: list[tuple[str, str]] = []
    ui.message.connect(lambda level, text: messages.append((level, text)))
    _trigger(shell, "till.no_sale")
    dialog = _dialog(shell)
    qtbot.keyClicks(dialog.reason, "customer needs change")
    shot(dialog, "no_sale")
    dialog.submit()
    wait_idle(qtbot, ui)
    assert _movements(terminal) == []
    _approve(qtbot, ui, dialog.approval)
    wait_idle(qtbot, ui)
    [row] = _movements(terminal)
    assert (row.type, row.amount_minor, row.reason) == ("NO_SALE", 0, "customer needs change")
    assert row.approved_by_id == terminal.manager.user_id
    # The drawer kick is handed to the print queue (the print worker fires it).
    with terminal.db.read() as s:
        jobs = list(s.execute(select(PrintJob)).scalars())
    assert [(j.kind, j.payload["reason"]) for j in jobs] == [("DRAWER_KICK", "no_sale")]
    assert messages[-1] == ("info", "No sale recorded; opening the drawer.")


def test_x_report_from_the_menu(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    shell = _till(qtbot, ui, terminal)
    shifts.cash_in(terminal.ctx, terminal.cashier, Money(100_00), "coins")
    _trigger(shell, "shift.x_report")
    wait_idle(qtbot, ui)
    dialog = shell.findChild(XReportDialog)
    assert dialog is not None
    rows = dict(dialog.view.text_rows())
    assert rows["Expected in drawer"] == "LKR 10,100.00"
    assert rows["Cashier"] == "Kasun Cashier"
    shot(dialog, "x_report")


def test_request_approval_blocks_until_a_manager_answers(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shell = _till(qtbot, ui, terminal)
    answered: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ApprovalDialog):  # not open yet
            qtbot.wait(10)
            return fill()
        answered.append(dialog.windowTitle())
        dialog.username.setText("manager")
        dialog.pin.setText(MANAGER_PIN)
        dialog.submit()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, fill)
    approver = request_approval(ui, shell, Permission.VOID_SALE, "Void sale S01-T01-000001?")
    assert answered == ["Manager approval"]
    assert approver is not None and approver.user_id == terminal.manager.user_id

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ApprovalDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert request_approval(ui, shell, Permission.VOID_SALE, "again") is None
