"""The sync indicator and controller: states and texts from SyncStatus values, reports from the
worker's thread arrive on the UI thread, "Sync now" and sales ask the worker for a round."""

from __future__ import annotations

import threading
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from pos_desktop.services.context import Changes
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.sync_controller import (
    SyncController,
    find_controller,
    reload_login_after_first_sync,
)
from pos_desktop.ui.sync_indicator import SyncIndicator, age_text
from sync.client.status import Connection
from tests.support.terminal import Terminal
from tests.till.sell_helpers import open_till
from tests.ui.conftest import wait_idle
from tests.ui.sync_fakes import NOW, Workers, started_controller, status
from tests.ui.till_flows import login_screen, make_shell


def _indicator(qtbot: QtBot, ui: UiContext) -> SyncIndicator:
    indicator = SyncIndicator(ui, clock=lambda: NOW)
    qtbot.addWidget(indicator)
    return indicator


def test_texts_for_each_connection_state(qtbot: QtBot, ui: UiContext) -> None:
    started_controller(qtbot, ui, Workers())
    indicator = _indicator(qtbot, ui)
    assert indicator.text() == "online · up to date"  # the controller's first report

    indicator.set_sync_status(
        status(
            connection=Connection.OFFLINE,
            pending=3,
            oldest_pending_at=NOW - timedelta(hours=2, minutes=10),
            last_error="HQ at https://hq.example.lk cannot be reached (connection refused)",
            next_attempt_at=NOW + timedelta(seconds=40),
        )
    )
    assert indicator.text() == "offline · 3 pending · oldest 2 h"
    tip = indicator.toolTip()
    assert "Last error: HQ at https://hq.example.lk cannot be reached" in tip
    assert "Last successful sync:" in tip and "(5 min ago)" in tip
    assert "Next attempt at" in tip
    assert "3 changes wait for HQ." in tip

    indicator.set_sync_status(
        status(connection=Connection.ONLINE, pending=12, oldest_pending_at=NOW, syncing=True)
    )
    assert indicator.text() == "online · 12 pending"  # seconds old: no age shown
    assert "Syncing now…" in indicator.toolTip()

    indicator.set_sync_status(
        status(
            connection=Connection.BLOCKED,
            pending=4,
            oldest_pending_at=NOW - timedelta(days=3),
            last_error="This terminal was revoked at HQ.",
            quarantined=2,
        )
    )
    assert indicator.text() == "sync blocked · 4 pending · oldest 3 d · 2 refused"
    assert "This terminal was revoked at HQ." in indicator.toolTip()
    assert "2 changes were refused by HQ: see the sync inbox." in indicator.toolTip()

    indicator.set_sync_status(status(connection=Connection.ONLINE, clock_skew_ms=-26 * 60_000))
    assert "26 minutes off HQ's" in indicator.toolTip()

    indicator.set_sync_status(
        status(connection=Connection.NOT_ENROLLED, last_success_at=None, pending=40)
    )
    assert indicator.text() == "not enrolled"
    assert "not enrolled with HQ" in indicator.toolTip()


def test_ages_read_as_short_units() -> None:
    assert [age_text(s) for s in (5, 61, 3599, 3600, 47 * 3600, 49 * 3600)] == [
        "5 s",
        "1 min",
        "59 min",
        "1 h",
        "47 h",
        "2 d",
    ]


def test_not_enrolled_when_the_factory_builds_no_worker(qtbot: QtBot, ui: UiContext) -> None:
    controller = started_controller(qtbot, ui, Workers(enrolled=False))
    assert not controller.enrolled
    indicator = _indicator(qtbot, ui)
    assert indicator.text() == "not enrolled"
    assert controller.sync_now() is False  # says so instead of pretending


def test_reports_from_the_worker_thread_arrive_on_the_ui_thread(
    qtbot: QtBot, ui: UiContext
) -> None:
    workers = Workers()
    controller = started_controller(qtbot, ui, workers)
    worker = workers.worker
    assert worker.started
    assert worker.build_thread != threading.current_thread().name  # built off the UI thread
    indicator = _indicator(qtbot, ui)
    seen: list[str] = []
    controller.status_changed.connect(lambda _s: seen.append(threading.current_thread().name))
    with qtbot.waitSignal(controller.status_changed, timeout=5_000):
        worker.report_from_thread(status(connection=Connection.OFFLINE, pending=7))
    assert seen == [threading.main_thread().name]
    assert indicator.text() == "offline · 7 pending"

    controller.stop()
    assert worker.stopped_with == 5.0  # bounded wait at quit
    worker.report_from_thread(status(pending=99))  # a late report after stop is ignored
    QTest.qWait(50)
    assert indicator.text() == "offline · 7 pending"


def test_the_menu_syncs_now_and_offers_the_inbox_to_managers(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    workers = Workers()
    started_controller(qtbot, ui, workers)
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.manager)
    indicator = SyncIndicator(ui, shell)
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(indicator.menu_.isVisible, timeout=5_000)
    assert indicator.sync_now_action.isEnabled()
    assert indicator.inbox_action.isVisible()
    indicator.menu_.close()

    indicator.sync_now_action.trigger()
    assert workers.worker.rounds == 1
    indicator.inbox_action.trigger()
    assert shell.current_screen is shell.existing_screen("sync_inbox")
    wait_idle(qtbot, ui)

    ui.set_actor(terminal.cashier)
    indicator.show_menu()
    assert not indicator.inbox_action.isVisible()  # cashiers never see the inbox
    indicator.menu_.close()


def test_sync_now_from_the_shell_menu_and_its_key(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    workers = Workers()
    started_controller(qtbot, ui, workers)
    shell = make_shell(qtbot, ui)
    ui.set_actor(terminal.cashier)
    action = shell.findChild(QAction, "sync.now")
    assert action is not None and action.isVisible()
    assert action.shortcut().toString() == "Ctrl+F5"
    action.trigger()
    assert workers.worker.rounds == 1
    assert shell.findChild(QAction, "sync.inbox").isVisible() is False  # type: ignore[union-attr]


def test_a_completed_sale_nudges_one_round(qtbot: QtBot, ui: UiContext) -> None:
    workers = Workers()
    started_controller(qtbot, ui, workers, nudge_ms=30)
    for _ in range(3):  # a burst of sales makes one round
        ui.changed.emit(Changes.of("sales", "payments"))
    ui.changed.emit(Changes.of("customers"))  # not a sale
    qtbot.waitUntil(lambda: workers.worker.rounds == 1, timeout=5_000)
    QTest.qWait(100)
    assert workers.worker.rounds == 1


def test_the_sell_screen_shows_the_engine_status_and_a_sale_asks_for_a_round(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    workers = Workers(status(connection=Connection.OFFLINE, pending=5))
    controller = started_controller(qtbot, ui, workers, nudge_ms=10)
    assert find_controller(ui) is controller
    t = open_till(ui, qtbot, terminal)
    assert t.screen.sync.controller is controller
    t.wait(lambda: t.screen.sync.text().startswith("offline · "))
    t.scan(t.shop.soap.barcode or "")
    dialog = t.open_payment()
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    t.idle()
    t.wait(lambda: workers.worker.rounds >= 1)
    # Between reports the indicator counts the outbox itself: the sale shows at once.
    t.screen.sync.refresh()
    t.idle()
    assert t.screen.sync.pending is not None and t.screen.sync.pending > 5


def test_a_failing_factory_shows_why_sync_did_not_start(qtbot: QtBot, ui: UiContext) -> None:
    def broken(_on_status: object) -> None:
        raise RuntimeError("keyring locked")

    controller = SyncController(ui, broken)
    messages: list[tuple[str, str]] = []
    ui.message.connect(lambda level, text: messages.append((level, text)))
    controller.start()
    qtbot.waitUntil(lambda: controller.running, timeout=5_000)
    assert controller.status is not None
    assert controller.status.connection is Connection.OFFLINE
    assert "keyring locked" in (controller.status.last_error or "")
    assert any("Sync could not start" in text for _level, text in messages)


def test_the_login_list_fills_after_the_first_successful_round(qtbot: QtBot, ui: UiContext) -> None:
    """A newly enrolled terminal gets its staff from the first pull: the empty list reloads."""
    workers = Workers(status(connection=Connection.OFFLINE, last_success_at=None))
    controller = started_controller(qtbot, ui, workers)
    shell = make_shell(qtbot, ui)
    reload_login_after_first_sync(controller, shell)
    screen = login_screen(shell)
    assert screen.user_list.count() == 3
    screen.user_list.clear()  # as on a terminal whose users have not arrived yet
    with qtbot.waitSignal(controller.status_changed, timeout=5_000):
        workers.worker.report_from_thread(status(connection=Connection.ONLINE))
    wait_idle(qtbot, ui)
    assert screen.user_list.count() == 3
