"""Backups in the Qt app: after a shift close (through the real screen), a failure that only
warns, "Back up now" for managers, and the schedule skipping when nothing changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.core.money import Money
from pos_desktop.ops.backup_files import list_backups
from pos_desktop.services import shifts
from pos_desktop.store.models.shifts import ShiftClosing
from pos_desktop.ui.backup_controller import BackupController, install_backup_action
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shift_close_screen import ShiftCloseScreen
from tests.ops.support import integrity, query
from tests.support.terminal import Terminal
from tests.ui.conftest import wait_idle
from tests.ui.till_flows import make_shell


def _close_shift(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    ui.message.connect(lambda level, text: messages.append((level, text)))
    shifts.open_shift(terminal.ctx, terminal.cashier, Money(1000_00))
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.cashier)
    screen = shell.show_screen("shift_close")
    assert isinstance(screen, ShiftCloseScreen)
    wait_idle(qtbot, ui)
    field = screen.count.spin(1000)
    field.selectAll()
    qtbot.keyClicks(field, "1")
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    wait_idle(qtbot, ui)  # the backup starts once the close has come back
    return messages


def test_closing_a_shift_backs_up_the_closed_shift(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    messages = _close_shift(qtbot, ui, terminal)
    with terminal.db.read() as s:
        closing = s.execute(select(ShiftClosing)).scalar_one()
    [backup] = list_backups(terminal.db.path.parent / "backups")
    assert backup.kind == "shift" and integrity(backup.path) == "ok"
    # The Z report was committed before the copy: the backup holds it.
    assert query(backup.path, "SELECT id FROM shift_closings") == [(closing.id,)]
    assert any(level == "info" and backup.path.name in text for level, text in messages)


def test_a_failed_backup_at_shift_close_warns_and_keeps_the_close(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    (terminal.db.path.parent / "backups").write_text("not a folder")
    messages = _close_shift(qtbot, ui, terminal)
    with terminal.db.read() as s:
        assert s.execute(select(ShiftClosing)).scalar_one() is not None
    assert ui.actor is None  # signed out as after any close
    warnings = [text for level, text in messages if level == "warning"]
    assert len(warnings) == 1 and "backup failed" in warnings[0]
    outcome = BackupController.of(ui).last
    assert outcome is not None and outcome.kind == "shift" and outcome.result is None


def test_back_up_now_for_managers_shows_the_result(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    shell = make_shell(qtbot, ui)
    action = install_backup_action(shell)
    assert action is not None and action.objectName() == "backup.now"
    ui.set_actor(terminal.cashier)
    assert not action.isEnabled() or not action.isVisible()  # cashiers do not back up
    ui.set_actor(terminal.manager)
    assert action.isEnabled() and action.isVisible()
    action.trigger()
    wait_idle(qtbot, ui)
    [backup] = list_backups(terminal.db.path.parent / "backups")
    assert backup.kind == "manual"
    box = shell.findChild(QMessageBox, "backupResult")
    assert box is not None and backup.path.name in box.text()
    box.close()


def test_the_schedule_skips_when_nothing_changed(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    controller = BackupController.of(ui)
    assert BackupController.of(ui) is controller  # one per app
    controller.start()
    wait_idle(qtbot, ui)
    assert controller.timer.isActive() and controller.timer.interval() == 4 * 3600 * 1000
    assert controller.lock is not None and controller.lock.held
    controller.scheduled()
    wait_idle(qtbot, ui)
    assert controller.last is not None and controller.last.result is not None
    controller.scheduled()
    wait_idle(qtbot, ui)
    assert controller.last is not None and controller.last.skipped
    assert len(list_backups(Path(terminal.db.path.parent) / "backups")) == 1
    controller.stop()
    assert controller.lock is None and not controller.timer.isActive()
