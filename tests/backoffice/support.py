"""Back-office test helpers: the app's shell with someone signed in, opened on the back office
the way a person opens it (Till > Back office…, Ctrl+B)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from pos_desktop.app import AppServices
from pos_desktop.core.clock import Clock, utc_now
from pos_desktop.demo.build import DemoOptions, build_demo
from pos_desktop.paths import resolve_data_paths
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.store.terminal import load_identity, open_database
from pos_desktop.ui.backoffice.screen import BackOfficeScreen
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.fonts import load_bundled_fonts
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import wait_idle
from tests.ui.till_flows import make_shell


def office_action(shell: Shell) -> QAction:
    action = shell.findChild(QAction, "office.open")
    assert action is not None
    return action


def open_back_office(qtbot: QtBot, ui: UiContext, actor: Actor) -> tuple[Shell, BackOfficeScreen]:
    """A shell with ``actor`` signed in, showing the back office (opened by its menu action)."""
    shell = make_shell(qtbot, ui)
    ui.set_actor(actor)
    action = office_action(shell)
    assert action.isVisible() and action.isEnabled(), "the back office is hidden from this role"
    action.trigger()
    wait_idle(qtbot, ui)
    screen = shell.current_screen
    assert isinstance(screen, BackOfficeScreen)
    return shell, screen


def open_page(qtbot: QtBot, ui: UiContext, screen: BackOfficeScreen, key: str) -> object:
    """Open a page by its key and wait for what it loads."""
    page = screen.open_page(key)
    assert page is not None, f"page {key!r} is not available to {ui.actor}"
    wait_idle(qtbot, ui)
    return page


def demo_ui_for(
    tmp_path: Path, qtbot: QtBot, options: DemoOptions, clock: Clock = utc_now
) -> Iterator[UiContext]:
    """A UiContext over a freshly built demo store (the screenshot tests' realistic data);
    use with ``yield from`` in a fixture."""
    path = tmp_path / "demo" / "pos.db"
    path.parent.mkdir()
    build_demo(path, options)
    db = open_database(path)
    ctx = ServiceContext(db=db, terminal=load_identity(db), clock=clock)
    load_bundled_fonts()
    runner = TaskRunner()
    ui = UiContext(AppServices(paths=resolve_data_paths(path.parent), db=db, ctx=ctx), runner)
    yield ui
    wait_idle(qtbot, ui)
    runner.shutdown()
    db.dispose()
