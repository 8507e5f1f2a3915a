"""Keeps the database, the network and printers off the UI thread.

Work runs on plain ``concurrent.futures`` executors ("lanes"): one single-worker lane for
database writes (SQLite has one writer), one for the network, one per printer. The result comes
back to the UI thread through a queued Qt signal, where ``on_done`` / ``on_error`` run. The UI
thread never waits on the disk, the network or a printer.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")

DB = "db"
NETWORK = "network"


def _call_if_alive(callback: Callable[[Any], None], value: Any) -> None:
    """Deliver a result, unless the widget that asked for it was destroyed meanwhile (a screen
    closed while its query ran): then the result has nobody to show it and is dropped."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject) and not shiboken6.isValid(owner):
        log.debug("dropped a result for a deleted %s", type(owner).__name__)
        return
    try:
        callback(value)
    except RuntimeError as exc:
        # A closure over a deleted widget fails the same way; anything else is a real error.
        if "already deleted" not in str(exc):
            raise
        log.debug("dropped a result for a deleted widget: %s", exc)


class TaskRunner(QObject):
    """Runs callables on named lanes and delivers results on the UI thread."""

    _delivered = Signal(object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes: dict[str, ThreadPoolExecutor] = {}
        self._pending = 0
        self._lock = threading.Lock()
        self._delivered.connect(self._deliver)  # queued: emitted from worker threads

    def lane(self, name: str) -> ThreadPoolExecutor:
        if name not in self._lanes:
            self._lanes[name] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"pos-{name}")
        return self._lanes[name]

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        lane: str = DB,
    ) -> Future[T]:
        with self._lock:
            self._pending += 1
        future = self.lane(lane).submit(fn)

        def finished(f: Future[T]) -> None:
            self._delivered.emit((f, on_done, on_error))

        future.add_done_callback(finished)
        return future

    @Slot(object)
    def _deliver(self, packet: tuple[Future[Any], Any, Any]) -> None:
        future, on_done, on_error = packet
        try:
            error = future.exception()
            if error is not None:
                if on_error is not None:
                    _call_if_alive(on_error, error)
                else:
                    log.error("background task failed", exc_info=error)
            elif on_done is not None:
                _call_if_alive(on_done, future.result())
        finally:
            with self._lock:
                self._pending -= 1
                now_idle = self._pending == 0
            if now_idle:
                self.idle.emit()

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    def shutdown(self) -> None:
        for executor in self._lanes.values():
            executor.shutdown(wait=True, cancel_futures=False)
        self._lanes.clear()
