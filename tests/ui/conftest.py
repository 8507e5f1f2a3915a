"""Qt test fixtures: a real UiContext on a real terminal database, driven by pytest-qt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from pos_desktop.app import AppServices
from pos_desktop.paths import resolve_data_paths
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.fonts import load_bundled_fonts
from pos_desktop.ui.tasks import TaskRunner
from tests.support.terminal import Terminal


@pytest.fixture
def ui(terminal: Terminal, qtbot: QtBot) -> Iterator[UiContext]:
    """UiContext over the test terminal; nobody signed in yet."""
    load_bundled_fonts()
    services = AppServices(
        paths=resolve_data_paths(terminal.db.path.parent),
        db=terminal.db,
        ctx=terminal.ctx,
    )
    runner = TaskRunner()
    context = UiContext(services, runner)
    yield context
    wait_idle(qtbot, context)
    runner.shutdown()


def wait_idle(qtbot: QtBot, ui: UiContext, timeout: int = 10_000) -> None:
    """Wait until every background task has finished and delivered its result."""
    qtbot.waitUntil(lambda: ui.runner.pending == 0, timeout=timeout)
