"""The task runner: work runs off the UI thread; results reach the UI thread; a result for a
widget destroyed meanwhile is dropped instead of raising in the event loop."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from pos_desktop.ui.tasks import TaskRunner


def test_work_runs_off_the_ui_thread_and_results_come_back_on_it(qtbot: QtBot) -> None:
    runner = TaskRunner()
    ui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["delivered"] = threading.get_ident()
        seen["value"] = value

    runner.run(work, done)
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert seen["worker"] != ui_thread
    assert (seen["delivered"], seen["value"]) == (ui_thread, 42)
    runner.shutdown()


def test_result_for_a_deleted_widget_is_dropped(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gate = threading.Event()
    label = QLabel()
    label_for_closure = label
    runner.run(lambda: gate.wait(5) and "bound", label.setText)
    runner.run(lambda: gate.wait(5) and "closure", lambda text: label_for_closure.setText(text))
    shiboken6.delete(label)  # the screen closes while both tasks are still running
    gate.set()
    with qtbot.captureExceptions() as raised:
        qtbot.waitUntil(lambda: runner.pending == 0)
    assert raised == []
    runner.shutdown()
