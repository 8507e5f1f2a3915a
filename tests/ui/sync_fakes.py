"""A stand-in for ``sync.client.worker.SyncWorker`` with the same shape: the UI tests drive the
controller, the indicator and the inbox through it (the engine has its own tests)."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from pos_desktop.app_sync import StatusCallback
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.sync_controller import SyncController
from sync.client.status import Connection, SyncStatus

NOW = datetime(2024, 6, 1, 10, 0, tzinfo=UTC)

ONLINE = SyncStatus(
    connection=Connection.ONLINE,
    pending=0,
    oldest_pending_at=None,
    last_success_at=NOW - timedelta(minutes=5),
    last_error=None,
)


class FakeWorker:
    def __init__(self, on_status: StatusCallback, status: SyncStatus = ONLINE) -> None:
        self.on_status = on_status
        self.current = status
        self.started = False
        self.stopped_with: float | None = None
        self.rounds = 0
        self.build_thread = threading.current_thread().name

    def start(self) -> None:
        self.started = True

    def stop(self, timeout: float = 5.0) -> None:
        self.stopped_with = timeout

    def sync_now(self) -> None:
        self.rounds += 1

    def status(self) -> SyncStatus:
        return self.current

    def report_from_thread(self, status: SyncStatus) -> None:
        """Report as the real worker does: from its own thread."""
        self.current = status
        thread = threading.Thread(target=self.on_status, args=(status,), name="fake-sync")
        thread.start()
        thread.join()


class Workers:
    """The factory the app would get from ``AppServices.sync``; remembers what it built."""

    def __init__(self, status: SyncStatus = ONLINE, *, enrolled: bool = True) -> None:
        self.status = status
        self.enrolled = enrolled
        self.built: list[FakeWorker] = []

    def __call__(self, on_status: StatusCallback) -> FakeWorker | None:
        if not self.enrolled:
            return None
        worker = FakeWorker(on_status, self.status)
        self.built.append(worker)
        return worker

    @property
    def worker(self) -> FakeWorker:
        assert self.built, "no worker was built"
        return self.built[-1]


def started_controller(
    qtbot: QtBot, ui: UiContext, workers: Workers | None = None, *, nudge_ms: int = 20
) -> SyncController:
    """A controller as the launcher makes it, started and running (its worker built)."""
    controller = SyncController(ui, workers, nudge_ms=nudge_ms)
    controller.start()
    qtbot.waitUntil(lambda: controller.running, timeout=5_000)
    return controller


def status(**changes: object) -> SyncStatus:
    return replace(ONLINE, **changes)  # type: ignore[arg-type]
