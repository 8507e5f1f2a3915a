"""Owns the background sync worker for the Qt app: starts it, stops it, asks for rounds, and
turns its status reports into a signal on the UI thread.

The worker (``sync.client.worker.SyncWorker``) runs rounds on its own thread and calls
``on_status`` there; the controller re-emits each report through a queued signal, so widgets
only ever see ``status_changed`` on the UI thread. Building the worker (reading the keyring,
importing the engine) runs on the "sync" lane of the task runner, never on the UI thread.
Selling never waits for any of this: the outbox is written by the sale's own transaction and
the worker picks it up whenever it can.

After a completed sale (``UiContext.changed`` touching ``sales``) the controller asks for a
round, debounced, so a burst of sales makes one round and HQ hears of a sale within seconds
when it is reachable.

Widgets find the controller with ``find_controller(ui)`` (it is a child of the UiContext);
without one (tests, a build without sync) they fall back to counting the outbox themselves.
"""

from __future__ import annotations

import logging
from typing import Final

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from pos_desktop.app_sync import SyncWorkerLike, WorkerFactory
from pos_desktop.services.context import Changes
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell
from sync.client.status import Connection, SyncStatus

log = logging.getLogger(__name__)

SYNC_LANE: Final = "sync"  # building the worker: keyring and engine imports, off the UI thread
NUDGE_MS: Final = 1500  # a sale asks for a round this long after the last one of a burst
STOP_TIMEOUT_S: Final = 5.0
LOGIN_SCREEN: Final = "login"  # quitting waits at most this long for a round in flight

NOT_ENROLLED_STATUS: Final = SyncStatus(
    connection=Connection.NOT_ENROLLED,
    pending=0,
    oldest_pending_at=None,
    last_success_at=None,
    last_error=None,
)


class SyncController(QObject):
    status_changed = Signal(object)  # SyncStatus, always on the UI thread
    _reported = Signal(object)  # SyncStatus from the worker's thread (queued to the UI thread)

    def __init__(
        self,
        ui: UiContext,
        make_worker: WorkerFactory | None,
        *,
        nudge_ms: int = NUDGE_MS,
        stop_timeout: float = STOP_TIMEOUT_S,
    ) -> None:
        super().__init__(ui)
        self.setObjectName("syncController")
        self.ui = ui
        self._make_worker = make_worker
        self._stop_timeout = stop_timeout
        self.worker: SyncWorkerLike | None = None
        self.status: SyncStatus | None = None  # None until the worker (or its absence) is known
        self._state = "idle"  # idle -> starting -> running -> stopped
        self._round_wanted = False  # "sync now" asked while the worker was being built
        self._reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)
        self._nudge = QTimer(self)
        self._nudge.setSingleShot(True)
        self._nudge.setInterval(nudge_ms)
        self._nudge.timeout.connect(self._nudged)
        ui.changed.connect(self._on_changed)

    # -- life ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._state == "running"

    @property
    def enrolled(self) -> bool:
        """A worker exists: this terminal has an HQ to sync with."""
        return self.worker is not None

    def start(self) -> None:
        """Build the worker off the UI thread and start it. Once only; cheap to call again."""
        if self._state != "idle":
            return
        make_worker = self._make_worker
        if make_worker is None:
            self._state = "running"
            self._publish(NOT_ENROLLED_STATUS)
            return
        self._state = "starting"
        report = self._report_from_worker

        def build() -> tuple[SyncWorkerLike | None, SyncStatus | None]:
            worker = make_worker(report)
            return worker, (worker.status() if worker is not None else None)

        self.ui.run(build, self._built, self._build_failed, lane=SYNC_LANE)

    def _built(self, built: tuple[SyncWorkerLike | None, SyncStatus | None]) -> None:
        worker, status = built
        if self._state != "starting":  # stopped while it was being built: never start it
            return
        self._state = "running"
        if worker is None:
            self._publish(NOT_ENROLLED_STATUS)
            return
        self.worker = worker
        if status is not None:
            self._publish(status)
        worker.start()
        if self._round_wanted:
            self._round_wanted = False
            worker.sync_now()

    def _build_failed(self, error: BaseException) -> None:
        log.error("the sync worker could not start", exc_info=error)
        if self._state != "starting":
            return
        self._state = "running"
        self._publish(
            SyncStatus(
                connection=Connection.OFFLINE,
                pending=self.status.pending if self.status is not None else 0,
                oldest_pending_at=None,
                last_success_at=None,
                last_error=self.tr("Sync could not start: {}").format(error),
            )
        )
        self.ui.message.emit("error", self.tr("Sync could not start: {}").format(error))

    def stop(self) -> None:
        """Stop the worker, waiting at most the stop timeout for a round in flight (at quit).
        Whatever a cut round left unacknowledged is pushed again next time, idempotently."""
        self._nudge.stop()
        self._state = "stopped"
        worker, self.worker = self.worker, None
        if worker is not None:
            try:
                worker.stop(self._stop_timeout)
            except Exception:  # quitting must go on whatever the worker does
                log.exception("stopping the sync worker failed")

    # -- rounds ----------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Ask for a round now (returns at once). False when there is nothing to sync with."""
        if self.worker is not None:
            self.worker.sync_now()
            return True
        if self._state in ("idle", "starting") and self._make_worker is not None:
            self._round_wanted = True
            return True
        self.ui.message.emit(
            "warning", self.tr("This terminal is not enrolled with HQ: there is nothing to sync.")
        )
        return False

    def _on_changed(self, changes: Changes) -> None:
        if self.worker is not None and changes.touches("sales"):
            self._nudge.start()  # restarts: a burst of sales makes one round

    def _nudged(self) -> None:
        if self.worker is not None:
            self.worker.sync_now()

    # -- status ----------------------------------------------------------------------------
    def _report_from_worker(self, status: SyncStatus) -> None:
        """Called on the worker's thread: hand over to the UI thread, never touch widgets."""
        if shiboken6.isValid(self):
            self._reported.emit(status)

    def _on_reported(self, status: SyncStatus) -> None:
        if self._state == "stopped":
            return
        self._publish(status)

    def _publish(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)


def find_controller(ui: UiContext) -> SyncController | None:
    """The app's sync controller, if the launcher (or a test) made one."""
    found = ui.findChild(SyncController, "syncController")
    return found if isinstance(found, SyncController) else None


def reload_login_after_first_sync(controller: SyncController, shell: Shell) -> None:
    """A newly enrolled terminal has no staff until its first pull brings them from HQ: when a
    round succeeds while the login screen shows an empty list, load the list again."""

    def on_status(status: SyncStatus) -> None:
        if status.last_success_at is None:
            return
        screen = shell.existing_screen(LOGIN_SCREEN)
        if screen is None or shell.current_screen is not screen:
            return
        users = getattr(screen, "user_list", None)
        reload = getattr(screen, "on_shown", None)
        if users is not None and users.count() == 0 and callable(reload):
            reload()

    controller.status_changed.connect(on_status)
