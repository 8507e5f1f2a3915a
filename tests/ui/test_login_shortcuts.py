"""The keyboard map: one table, no clashes, every shell key bound to its action, F1 overlay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from pos_desktop.ui.context import UiContext
from pos_desktop.ui.help_overlay import ShortcutHelp
from pos_desktop.ui.shortcuts import ANYWHERE, SHORTCUTS, clashes, key_for
from tests.support.terminal import Terminal
from tests.ui.till_flows import make_shell, shot


def test_no_two_actions_share_a_key() -> None:
    assert clashes() == []
    assert len({s.id for s in SHORTCUTS}) == len(SHORTCUTS)
    assert key_for("sell.pay") == "F12"
    assert all(not QKeySequence(s.key).isEmpty() for s in SHORTCUTS)
    assert "F10" not in {s.key for s in SHORTCUTS}  # Windows: activates the menu bar


def test_every_shell_shortcut_is_bound(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.manager)
    for shortcut in SHORTCUTS:
        if shortcut.scope != ANYWHERE:
            continue
        action = shell.findChild(QAction, shortcut.id)
        assert action is not None, shortcut.id
        assert action.shortcut() == QKeySequence(shortcut.key), shortcut.id
        assert action.isVisible(), shortcut.id


def test_f1_shows_the_whole_table(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.cashier)
    shell.activateWindow()
    with qtbot.waitActive(shell):
        pass
    qtbot.keyClick(shell.focusWidget() or shell, Qt.Key.Key_F1)
    overlay = shell.findChild(ShortcutHelp)
    assert overlay is not None and overlay.isVisible()
    rows = overlay.rows()
    labels = [label for _key, label in rows]
    for shortcut in SHORTCUTS:
        assert shortcut.label in labels
    assert ("F12", "Pay") in rows
    assert ("Anywhere", "") in rows and ("On the sell screen", "") in rows
    shot(overlay, "shortcuts")
