"""Shift close screen: X report shown, live expected/counted/over-short, the close written with
its count, the beyond-limit case approved by a manager, the Z report saved as PDF, sign-out."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.core.money import Money
from pos_desktop.services import shifts
from pos_desktop.store.models.printing import PrintJob
from pos_desktop.store.models.shifts import ShiftClosing
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shift_close_screen import ShiftCloseScreen
from tests.support.terminal import CASHIER_PIN, MANAGER_PIN, Terminal
from tests.ui.conftest import wait_idle
from tests.ui.till_flows import make_shell, shot


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode()


def _screen(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> ShiftCloseScreen:
    """A cashier's open shift: float 1,000.00 plus 500.00 cash in, so 1,500.00 expected."""
    shifts.open_shift(terminal.ctx, terminal.cashier, Money(1000_00))
    shifts.cash_in(terminal.ctx, terminal.cashier, Money(500_00), "change from the safe")
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.cashier)
    screen = shell.show_screen("shift_close")
    assert isinstance(screen, ShiftCloseScreen)
    wait_idle(qtbot, ui)
    return screen


def _count(qtbot: QtBot, screen: ShiftCloseScreen, counts: dict[int, int]) -> None:
    for face, count in counts.items():
        field = screen.count.spin(face)
        field.selectAll()
        qtbot.keyClicks(field, str(count))


def test_x_report_and_live_over_short(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    screen = _screen(qtbot, ui, terminal)
    rows = dict(screen.report_view.text_rows())
    assert rows["Opening float"] == "LKR 1,000.00"
    assert rows["Cash in"] == "LKR 500.00"
    assert rows["Expected in drawer"] == "LKR 1,500.00"
    assert screen.expected_label.text() == "LKR 1,500.00"

    _count(qtbot, screen, {1000: 1, 500: 1, 10: 3})
    assert screen.counted_label.text() == "LKR 1,530.00"
    assert screen.over_short_name.text() == "Over"
    assert screen.over_short_label.text() == "LKR 30.00"
    assert screen.approval_hint.text() == ""

    _count(qtbot, screen, {500: 0, 10: 0, 100: 2})
    assert screen.over_short_name.text() == "Short"
    assert screen.over_short_label.text() == "LKR -300.00"

    _count(qtbot, screen, {100: 0})
    assert screen.over_short_label.text() == "LKR -500.00"
    assert screen.approval_hint.text() == ""  # exactly at the limit is allowed
    _count(qtbot, screen, {1000: 0, 500: 1, 100: 4})
    assert screen.over_short_label.text() == "LKR -600.00"
    assert "manager must approve" in screen.approval_hint.text()


def test_close_within_limit_saves_pdf_and_signs_out(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    screen = _screen(qtbot, ui, terminal)
    _count(qtbot, screen, {1000: 1, 100: 4, 20: 2, 5: 2})  # 1,450.00: short 50.00
    qtbot.keyClicks(screen.note, "coins miscounted at lunch")
    shot(screen.window(), "shift_close")
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)

    with terminal.db.read() as s:
        closing = s.execute(select(ShiftClosing)).scalar_one()
    assert closing.counted_cash_minor == 1450_00
    assert closing.expected_cash_minor == 1500_00
    assert closing.over_short_minor == -50_00
    assert closing.counted_denominations == {"1000": 1, "100": 4, "20": 2, "5": 2}
    assert closing.approved_by_id is None
    assert closing.note == "coins miscounted at lunch"

    assert ui.actor is None
    assert screen.shell.current_screen is screen.shell.screen_widget("login")
    with terminal.db.read() as s:
        [job] = s.execute(select(PrintJob)).scalars().all()
    assert (job.kind, job.shift_id) == ("SHIFT_REPORT", closing.shift_id)
    assert job.payload["report"]["z_report_number"] == 1
    assert screen.last_pdf is not None
    assert screen.last_pdf.parent == terminal.db.path.parent / "reports"
    text = _pdf_text(screen.last_pdf)
    assert "Z report No. 1" in text
    assert "Test Store" in text
    assert "Kasun Cashier" in text
    assert "Expected in drawer" in text and "LKR 1,500.00" in text
    assert "Counted" in text and "LKR 1,450.00" in text
    assert "Short" in text and "LKR -50.00" in text
    assert "1000 x 1" in text


def test_beyond_limit_needs_a_manager(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    screen = _screen(qtbot, ui, terminal)
    _count(qtbot, screen, {500: 1, 100: 4})  # 900.00: short 600.00, beyond LKR 500.00
    screen.close_shift()
    wait_idle(qtbot, ui)
    dialog = screen.approval
    assert dialog is not None and dialog.isVisible()
    with terminal.db.read() as s:
        assert s.execute(select(ShiftClosing)).first() is None  # nothing written yet

    # The cashier cannot approve their own shortage.
    qtbot.keyClicks(dialog.username, "cashier")
    qtbot.keyClicks(dialog.pin, CASHIER_PIN)
    dialog.submit()
    wait_idle(qtbot, ui)
    assert dialog.isVisible()
    assert "is not allowed to accept a cash difference" in dialog.error.text()
    shot(dialog, "approval_refused")

    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "manager")
    qtbot.keyClicks(dialog.pin, MANAGER_PIN)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)

    with terminal.db.read() as s:
        closing = s.execute(select(ShiftClosing)).scalar_one()
    assert closing.over_short_minor == -600_00
    assert closing.approved_by_id == terminal.manager.user_id
    assert ui.actor is None
    assert screen.last_pdf is not None
    text = _pdf_text(screen.last_pdf)
    assert "Approved by" in text and "Mala Manager" in text
    assert "LKR -600.00" in text


def test_cancelled_approval_leaves_the_shift_open(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    screen = _screen(qtbot, ui, terminal)
    _count(qtbot, screen, {5000: 1})  # over 3,500.00
    screen.close_shift()
    wait_idle(qtbot, ui)
    assert screen.approval is not None
    screen.approval.reject()
    assert "Not closed" in screen.error.text()
    assert ui.actor is not None
    with terminal.db.read() as s:
        assert s.execute(select(ShiftClosing)).first() is None
        assert shifts.current_shift(s, terminal.ctx) is not None
