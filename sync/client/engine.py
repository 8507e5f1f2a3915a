"""The sync engine: one round is hello -> push -> snapshot (when needed) -> pull.

Qt-free and thread-compatible (``run_round`` takes a lock, so a "sync now" from the UI and the
worker's timer never run two rounds at once). No step holds a SQLite write transaction while it
waits for HQ. The outcome (last success, last error as a sentence, connection) is saved in
``sync_meta`` so the indicator shows it after a restart too.

Restore detection (docs/sync-protocol.md, "Restore, epochs and clones"): a new ``server_epoch``
or an HQ ``last_seq`` below the highest one HQ confirmed earlier means HQ lost data. The
acknowledged entries after HQ's ``last_seq`` are marked pending again (pushed again; ledgers
are insert-if-new at HQ, so nothing counts twice) and reference data is snapshotted again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy.exc
from sqlalchemy.orm import Session

from pos_desktop.core.clock import utc_now
from pos_desktop.core.ids import HlcStamp, HybridLogicalClock
from pos_desktop.services.context import ServiceContext
from pos_desktop.store.database import Database, TerminalIdentity
from pos_desktop.store.outbox import SCHEMA_VERSION
from pos_desktop.store.terminal import load_identity
from sync.client.apply import Applier
from sync.client.credentials import KeyringUnavailable
from sync.client.instance import ensure_instance
from sync.client.outbox_io import (
    hq_last_seq_seen,
    note_hq_last_seq,
    pending_stats,
    prune_acked,
    reopen_after,
)
from sync.client.pulling import pull_pages, request_resnapshot, run_snapshot
from sync.client.pushing import EpochChanged, NoProgress, push_pending
from sync.client.report import (
    IDENTITY_MISMATCH,
    KEYRING,
    RoundReport,
    connection_for,
    sentence_for,
)
from sync.client.state import (
    CLOCK_SKEW_KEY,
    CONNECTION_KEY,
    HLC_SEEN_KEY,
    LAST_ERROR_CODE_KEY,
    LAST_ERROR_KEY,
    LAST_SUCCESS_KEY,
    SNAP_NEEDED,
    load_cursor,
    meta,
    meta_time,
    put_meta,
    save_cursor,
)
from sync.client.status import Connection, SyncStatus
from sync.client.transport import HqBadResponse, HqClient, HqRejected, HqUnavailable
from sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    MAX_PUSH_ENTRIES,
    PROTOCOL_VERSION,
    ErrorCode,
    HelloRequest,
    HelloResponse,
)

log = logging.getLogger(__name__)

PRUNE_EVERY_S = 24 * 3600.0
OUTCOME_REFRESH_S = 60.0


class _Refused(Exception):
    """A refusal found by the terminal itself (HQ answered for someone else)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class SyncEngine:
    """Runs sync rounds for one enrolled terminal database against one HQ client."""

    def __init__(
        self,
        db: Database,
        client: HqClient,
        *,
        clock: Callable[[], datetime] = utc_now,
        app_version: str,
        hlc: HybridLogicalClock | None = None,
        identity: TerminalIdentity | None = None,
        push_limit: int = MAX_PUSH_ENTRIES,
        pull_limit: int = DEFAULT_PULL_LIMIT,
        snapshot_limit: int = MAX_PULL_LIMIT,
    ) -> None:
        self.db = db
        self.client = client
        self.clock = clock
        self.app_version = app_version
        self.identity = identity or load_identity(db)
        if hlc is None:
            if db.hlc is None:
                db.set_device_clock(self.identity.device_id)
            hlc = db.hlc
        assert hlc is not None
        self.hlc = hlc
        self.ctx = ServiceContext(db=db, terminal=self.identity, clock=clock)
        self.applier = Applier(self.identity)
        self.push_limit = push_limit
        self.pull_limit = pull_limit
        self.snapshot_limit = snapshot_limit
        self._lock = threading.Lock()
        self._syncing = False
        self._next_prune = 0.0  # the first successful round prunes, then once a day
        self._last_success: datetime | None = None
        self._skew: int | None = None
        self._saved_key: tuple[object, ...] | None = None
        self._saved_until = 0.0
        self._restore_clock()

    def _restore_clock(self) -> None:
        """A clock that caught up with HQ (or with newer edits) stays caught up after a
        restart: later local edits must not sort before what this terminal already saw."""
        with self.db.read() as session:
            seen = meta(session, HLC_SEEN_KEY)
        if seen:
            self._observe(seen)

    # -- a round ------------------------------------------------------------------------------

    def run_round(self) -> RoundReport:
        """One full round. HQ and network failures end up in the report (``ok`` False);
        unexpected errors (a bug, a full disk) are recorded in the status and raised."""
        with self._lock:
            self._syncing = True
            report = RoundReport(started_at=self.clock())
            started = time.monotonic()
            try:
                self._round(report)
                report.ok = True
                report.connection = Connection.ONLINE
            except HqUnavailable as exc:
                self._failed(report, None, str(exc), reached=False)
            except HqBadResponse as exc:
                self._failed(report, "bad_response", str(exc), reached=False)
            except HqRejected as exc:
                self._failed(report, exc.code, sentence_for(exc.code, exc.message), reached=True)
                report.retry_after_s = exc.retry_after_s
            except _Refused as exc:
                self._failed(report, exc.code, sentence_for(exc.code, str(exc)), reached=True)
            except KeyringUnavailable as exc:  # from the token provider: a person must act
                self._failed(report, KEYRING, exc.message, reached=False)
            except EpochChanged as exc:
                self._failed(report, "epoch_changed", f"{exc}; syncing again.", reached=True)
                report.retry_after_s = 0.0
            except NoProgress as exc:
                self._failed(report, "no_progress", f"Sync stopped: {exc}.", reached=True)
            except sqlalchemy.exc.OperationalError as exc:  # "database is locked" and kin
                log.warning("sync round stopped by the database: %s", exc)
                sentence = "The terminal's database was busy; sync will try again shortly."
                self._failed(report, "db_busy", sentence, reached=False)
                if self._saved_key is not None:  # says nothing about HQ: keep what was known
                    report.connection = Connection(str(self._saved_key[3]))
            except Exception as exc:
                log.exception("sync round failed")
                self._failed(report, "internal", f"Sync failed unexpectedly: {exc}", reached=False)
                raise
            finally:
                report.duration_s = time.monotonic() - started
                self._syncing = False
                self._save_outcome(report)
            return report

    def _round(self, report: RoundReport) -> None:
        instance = ensure_instance(self.db)
        self.client.db_instance_id = instance.db_instance_id
        if instance.changed:
            report.notes.append("this database file was moved or copied: new instance id")
        hello = self._hello(report)
        push_pending(
            self.db,
            self.client,
            epoch=hello.server_epoch,
            last_seq=hello.last_seq,
            report=report,
            clock=self.clock,
            batch_limit=self.push_limit,
        )
        self._snapshot_if_needed(hello, report)
        try:
            self._pull(hello, report)
        except HqRejected as exc:
            if exc.code != ErrorCode.RESNAPSHOT:
                raise
            request_resnapshot(self.db, "pull answered resnapshot")
            self._snapshot_if_needed(hello, report)
            self._pull(hello, report)
        if time.monotonic() >= self._next_prune:
            with self.db.uow() as uow:
                uow.session.info["sync_apply"] = True
                prune_acked(uow.session, self.clock())
                uow.commit()
            self._next_prune = time.monotonic() + PRUNE_EVERY_S

    def _pull(self, hello: HelloResponse, report: RoundReport) -> None:
        pull_pages(
            self.db,
            self.client,
            self.applier,
            self.ctx,
            epoch=hello.server_epoch,
            report=report,
            limit=self.pull_limit,
            observe_hlc=self._observe,
        )

    def _snapshot_if_needed(self, hello: HelloResponse, report: RoundReport) -> None:
        with self.db.read() as session:
            needed = load_cursor(session).needs_snapshot
        if not needed:
            return
        try:
            run_snapshot(
                self.db,
                self.client,
                self.applier,
                self.ctx,
                epoch=hello.server_epoch,
                report=report,
                limit=self.snapshot_limit,
            )
        except HqRejected as exc:
            if exc.code != ErrorCode.RESNAPSHOT:
                raise
            # The snapshot's version fell behind HQ's horizon: start it again from the top.
            request_resnapshot(self.db, "snapshot answered resnapshot")
            run_snapshot(
                self.db,
                self.client,
                self.applier,
                self.ctx,
                epoch=hello.server_epoch,
                report=report,
                limit=self.snapshot_limit,
            )

    def _observe(self, stamp: str) -> None:
        try:
            self.hlc.observe(HlcStamp.decode(stamp))
        except ValueError:
            log.debug("unreadable HLC from HQ: %r", stamp)

    def _hello(self, report: RoundReport) -> HelloResponse:
        before = self.clock()
        hello = self.client.hello(
            HelloRequest(
                protocol_version=PROTOCOL_VERSION,
                schema_version=SCHEMA_VERSION,
                app_version=self.app_version,
                hlc=self.hlc.now().encode(),
            )
        )
        after = self.clock()
        ident = self.identity
        if hello.device_id != ident.device_id or hello.organization_id != ident.organization_id:
            raise _Refused(IDENTITY_MISMATCH, "HQ answered for another device")
        if not hello.min_schema_version <= SCHEMA_VERSION <= hello.max_schema_version:
            raise _Refused(ErrorCode.SCHEMA_UNSUPPORTED, "schema version outside HQ's range")
        midpoint = before + (after - before) / 2
        report.clock_skew_ms = int(midpoint.timestamp() * 1000) - hello.server_time_ms
        self.hlc.observe(HlcStamp(hello.server_time_ms, 0, "hq"))
        with self.db.read() as s:
            changed = self._hello_news(s, hello)
        if changed:  # the common round writes nothing here (one fsync less per round)
            with self.db.uow() as uow:
                uow.session.info["sync_apply"] = True
                self._detect_restore(uow.session, hello, report)
                uow.commit()
        return hello

    @staticmethod
    def _hello_news(s: Session, hello: HelloResponse) -> bool:
        """Whether the hello changes anything the terminal keeps (read-only check)."""
        cursor = load_cursor(s)
        seen = hq_last_seq_seen(s)
        return (
            cursor.server_epoch != hello.server_epoch
            or hello.last_seq != seen
            or (not cursor.needs_snapshot and cursor.cursor < hello.tombstone_horizon)
        )

    def _detect_restore(self, s: Session, hello: HelloResponse, report: RoundReport) -> None:
        cursor = load_cursor(s)
        new_epoch = cursor.server_epoch is not None and cursor.server_epoch != hello.server_epoch
        lost_entries = hello.last_seq < hq_last_seq_seen(s)
        if new_epoch or lost_entries:
            report.restored = True
            report.reopened += reopen_after(s, hello.last_seq)
            reason = "HQ epoch changed" if new_epoch else "HQ lost acknowledged entries"
            log.warning("%s: %s entries to push again, resnapshot", reason, report.reopened)
            save_cursor(
                s,
                server_epoch=hello.server_epoch,
                snapshot={"status": SNAP_NEEDED, "reason": reason},
            )
            return
        if cursor.server_epoch is None:
            save_cursor(s, server_epoch=hello.server_epoch)
        note_hq_last_seq(s, hello.last_seq)
        if not cursor.needs_snapshot and cursor.cursor < hello.tombstone_horizon:
            save_cursor(s, snapshot={"status": SNAP_NEEDED, "reason": "cursor below horizon"})

    # -- outcome and status -------------------------------------------------------------------

    def _failed(
        self, report: RoundReport, code: str | None, sentence: str, *, reached: bool
    ) -> None:
        report.ok = False
        report.error = sentence
        report.error_code = code
        report.connection = connection_for(code, reached)
        log.info("sync round failed (%s): %s", code, sentence)

    def _save_outcome(self, report: RoundReport) -> None:
        """Persist the outcome for the indicator after a restart. An unchanged outcome is
        written at most once a minute: a no-op round then commits nothing (fsync is most of
        its cost on a till's disk)."""
        if report.ok:
            self._last_success = self.clock()
        if report.clock_skew_ms is not None:
            self._skew = report.clock_skew_ms
        key = (report.ok, report.error, report.error_code, report.connection.value)
        if key == self._saved_key and time.monotonic() < self._saved_until:
            return
        try:
            with self.db.uow() as uow:
                s = uow.session
                s.info["sync_apply"] = True
                if report.ok:
                    put_meta(s, LAST_SUCCESS_KEY, self.clock().astimezone(UTC).isoformat())
                    put_meta(s, LAST_ERROR_KEY, None)
                    put_meta(s, LAST_ERROR_CODE_KEY, None)
                else:
                    put_meta(s, LAST_ERROR_KEY, report.error)
                    put_meta(s, LAST_ERROR_CODE_KEY, report.error_code)
                put_meta(s, CONNECTION_KEY, report.connection.value)
                put_meta(s, HLC_SEEN_KEY, self.hlc.now().encode())
                if report.clock_skew_ms is not None:
                    put_meta(s, CLOCK_SKEW_KEY, str(report.clock_skew_ms))
                uow.commit()
            self._saved_key = key
            self._saved_until = time.monotonic() + OUTCOME_REFRESH_S
        except Exception:  # the status is a convenience; never let it hide the real outcome
            log.exception("could not save the sync outcome")

    def status(self) -> SyncStatus:
        with self.db.read() as s:
            stats = pending_stats(s)
            last_success = meta_time(s, LAST_SUCCESS_KEY)
            last_error = meta(s, LAST_ERROR_KEY)
            saved = meta(s, CONNECTION_KEY)
            skew = meta(s, CLOCK_SKEW_KEY)
        try:
            connection = Connection(saved) if saved else Connection.OFFLINE
        except ValueError:
            connection = Connection.OFFLINE
        if self._last_success is not None and (
            last_success is None or self._last_success > last_success
        ):
            last_success = self._last_success
        skew_ms = self._skew
        if skew_ms is None and skew and skew.lstrip("-").isdigit():
            skew_ms = int(skew)
        return SyncStatus(
            connection=connection,
            pending=stats.count,
            oldest_pending_at=stats.oldest_at,
            last_success_at=last_success,
            last_error=last_error,
            quarantined=stats.quarantined,
            syncing=self._syncing,
            clock_skew_ms=skew_ms,
        )

    def close(self) -> None:
        self.client.close()
