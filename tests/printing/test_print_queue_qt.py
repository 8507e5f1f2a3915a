"""The visible print queue: a failed receipt is listed with the printer's error and reprinted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.services import print_queue as pq
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.print_queue_view import open_print_queue
from tests.support.terminal import Terminal
from tests.ui.conftest import ui, wait_idle

__all__ = ["ui"]  # the UiContext fixture


def _failed_test_page(terminal: Terminal, error: str) -> str:
    (job_id,) = pq.enqueue_test_page(terminal.ctx, None).job_ids
    claimed = pq.claim_next(terminal.ctx)
    assert claimed is not None and claimed.id == job_id
    pq.mark_failed(terminal.ctx, job_id, error)
    return job_id


def test_failed_job_is_listed_and_reprinted(
    ui: UiContext, terminal: Terminal, qtbot: QtBot
) -> None:
    ui.set_actor(terminal.cashier)
    failed_id = _failed_test_page(terminal, "the printer at 10.0.0.5:9100 refused the connection")
    pq.enqueue_test_page(terminal.ctx, None)  # and one still waiting
    dialog = open_print_queue(ui, None)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ui)
    table = dialog.table
    assert table.rowCount() == 2 and not dialog.empty.isVisible()
    assert [table.item(r, 1).text() for r in range(2)] == ["Failed", "Waiting"]
    assert "refused the connection" in table.item(0, 3).text()
    assert not dialog.reprint_button.isEnabled()  # nothing selected yet
    table.selectRow(0)
    qtbot.waitUntil(dialog.reprint_button.isEnabled)
    qtbot.mouseClick(dialog.reprint_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)  # the reprint, then the refresh its "changed" broadcast asked for
    assert pq.failed_jobs(terminal.ctx) == ()
    assert [table.item(r, 1).text() for r in range(2)] == ["Waiting", "Waiting"]
    assert pq.job_view(terminal.ctx, failed_id).status == "QUEUED"


def test_cancel_takes_a_job_off_the_list(ui: UiContext, terminal: Terminal, qtbot: QtBot) -> None:
    ui.set_actor(terminal.cashier)
    job_id = _failed_test_page(terminal, "out of paper")
    dialog = open_print_queue(ui, None)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ui)
    dialog.table.selectRow(0)
    qtbot.waitUntil(dialog.cancel_button.isEnabled)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    assert pq.job_view(terminal.ctx, job_id).status == "CANCELLED"
