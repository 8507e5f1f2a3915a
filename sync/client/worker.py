"""The background sync worker: one thread running engine rounds on a timer, on "Sync now" and
after failures with backoff. Qt-free; the UI wraps it (``on_status`` is called on the worker's
thread, so a Qt layer re-emits it as a queued signal).

Guarantees the UI relies on:
- ``start``, ``stop``, ``sync_now`` and ``status`` return at once (``stop`` waits at most its
  timeout) and never raise;
- a round never holds a SQLite write transaction while waiting on HQ (see the engine), so
  selling is never blocked by sync;
- ``on_status`` gets a fresh ``SyncStatus`` when a round starts and ends, and whenever the
  pending count changes while idle (checked every ``status_every_s``).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from pos_desktop.core.clock import utc_now
from sync.client.backoff import Backoff
from sync.client.engine import SyncEngine
from sync.client.report import RoundReport
from sync.client.status import Connection, SyncStatus

log = logging.getLogger(__name__)

EngineSource = SyncEngine | Callable[[], SyncEngine | None]

NOT_ENROLLED = SyncStatus(
    connection=Connection.NOT_ENROLLED,
    pending=0,
    oldest_pending_at=None,
    last_success_at=None,
    last_error=None,
)


class SyncWorker:
    def __init__(
        self,
        engine: EngineSource,
        *,
        on_status: Callable[[SyncStatus], None],
        interval_s: float = 30.0,
        backoff: Backoff | None = None,
        status_every_s: float = 5.0,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._source = engine
        self._engine: SyncEngine | None = engine if isinstance(engine, SyncEngine) else None
        self._on_status = on_status
        self.interval_s = interval_s
        self.backoff = backoff or Backoff()
        self.status_every_s = status_every_s
        self._clock = clock
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._status_lock = threading.Lock()
        self._status: SyncStatus | None = None
        self._next_attempt: datetime | None = None
        self.last_report: RoundReport | None = None
        self.rounds = 0

    # -- the API the UI uses ------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()
        self._wake.set()  # first round right away
        self._thread = threading.Thread(target=self._run, name="pos-sync", daemon=False)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> bool:
        """Ask the thread to finish and wait up to ``timeout``; True when it has stopped. A
        round stuck on the network is cut short by closing its HTTP client."""
        thread = self._thread
        self._stopping.set()
        self._wake.set()
        if thread is None:
            return True
        thread.join(timeout)
        if thread.is_alive() and self._engine is not None:
            try:
                self._engine.client.close()
            except Exception:
                log.debug("closing the HTTP client to stop sync failed", exc_info=True)
            thread.join(1.0)
        stopped = not thread.is_alive()
        if stopped:
            self._thread = None
        return stopped

    def sync_now(self) -> None:
        """Run a round as soon as possible (right away when idle, else after the current one)."""
        self._wake.set()

    def status(self) -> SyncStatus:
        with self._status_lock:
            if self._status is not None:
                return self._status
        return self._read_status(syncing=False) or NOT_ENROLLED

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- the thread ---------------------------------------------------------------------------

    def _get_engine(self) -> SyncEngine | None:
        if self._engine is None and not isinstance(self._source, SyncEngine):
            try:
                self._engine = self._source()
            except Exception:
                log.exception("building the sync engine failed")
                self._engine = None
        return self._engine

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                self._wait_for_work()
                if self._stopping.is_set():
                    break
                self._wake.clear()
                engine = self._get_engine()
                if engine is None:
                    self._publish(NOT_ENROLLED)
                    continue
                delay = self._one_round(engine)
                self._next_attempt = self._clock() + timedelta(seconds=delay)
                self._publish(self._read_status(syncing=False))
                self._sleep_until_due(delay)
        except Exception:  # pragma: no cover - a last guard: the thread must not die silently
            log.exception("sync worker stopped by an unexpected error")

    def _wait_for_work(self) -> None:
        while not self._wake.is_set() and not self._stopping.is_set():
            self._wake.wait(self.status_every_s)
            self._publish_if_changed()

    def _sleep_until_due(self, delay: float) -> None:
        deadline = time.monotonic() + delay
        while not self._stopping.is_set() and not self._wake.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                self._wake.set()
                return
            self._wake.wait(min(left, self.status_every_s))
            self._publish_if_changed()

    def _one_round(self, engine: SyncEngine) -> float:
        """Run a round and return how long to wait before the next one."""
        self._publish(self._read_status(syncing=True))
        report: RoundReport | None
        try:
            report = engine.run_round()
        except Exception:
            log.exception("sync round raised")
            report = None
        self.rounds += 1
        self.last_report = report
        if report is not None:
            _log_round(report)
        if report is not None and report.ok:
            self.backoff.reset()
            return self.interval_s
        if report is not None and report.connection is Connection.BLOCKED:
            # A person must act (re-enroll, update): knock rarely, in case they did at HQ.
            self.backoff.failures += 1
            return self.backoff.cap_s
        delay = self.backoff.next_delay()
        if report is not None and report.retry_after_s is not None:
            delay = max(delay, report.retry_after_s)
        return delay

    # -- status ---------------------------------------------------------------------------------

    def _read_status(self, *, syncing: bool) -> SyncStatus | None:
        engine = self._engine
        if engine is None:
            return None
        try:
            status = engine.status()
        except Exception:
            log.exception("reading the sync status failed")
            return None
        return dataclasses.replace(status, syncing=syncing, next_attempt_at=self._next_attempt)

    def _publish_if_changed(self) -> None:
        status = self._read_status(syncing=False)
        if status is None:
            return
        with self._status_lock:
            changed = status != self._status
        if changed:
            self._publish(status)

    def _publish(self, status: SyncStatus | None) -> None:
        if status is None:
            return
        with self._status_lock:
            self._status = status
        try:
            self._on_status(status)
        except Exception:
            log.exception("the sync status listener raised")


def _log_round(report: RoundReport) -> None:
    """One line per round: INFO when something moved or failed, DEBUG for a quiet round (a
    till syncing every few seconds would otherwise fill its log with nothing)."""
    moved = report.pushed or report.pulled or report.snapshot_rows or report.deleted
    level = logging.INFO if moved or not report.ok else logging.DEBUG
    log.log(
        level,
        "sync round %s in %.2f s: pushed %d (applied %d, duplicates %d, quarantined %d), "
        "pulled %d, snapshot rows %d, deleted %d, skipped %d%s",
        "ok" if report.ok else f"failed ({report.error_code})",
        report.duration_s,
        report.pushed,
        report.applied,
        report.duplicates,
        report.quarantined,
        report.pulled,
        report.snapshot_rows,
        report.deleted,
        report.skipped,
        f": {report.error}" if report.error else "",
    )
