"""Backoff with full jitter, and the worker thread the UI drives."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from sync.client.backoff import Backoff
from sync.client.status import Connection, SyncStatus
from sync.client.worker import SyncWorker
from tests.sync_client.conftest import World
from tests.sync_client.helpers import open_shift, pending, sell


def test_backoff_doubles_to_the_cap_with_full_jitter() -> None:
    slept: list[float] = []
    backoff = Backoff(random=lambda: 1.0, sleep=slept.append)
    ceilings = [backoff.next_delay() for _ in range(12)]
    assert ceilings[:5] == [1.0, 2.0, 4.0, 8.0, 16.0]
    assert ceilings[-1] == 300.0 and max(ceilings) == 300.0
    backoff.reset()
    assert backoff.next_delay() == 1.0
    half = Backoff(random=lambda: 0.5, sleep=slept.append)
    assert [half.wait() for _ in range(3)] == [0.5, 1.0, 2.0] and slept == [0.5, 1.0, 2.0]
    zero = Backoff(random=lambda: 0.0)
    assert zero.next_delay() == 0.0  # full jitter: anywhere from nothing to the ceiling
    many = Backoff(random=lambda: 1.0)
    many.failures = 10_000
    assert many.next_delay() == 300.0  # no overflow after days offline


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.01)


class Seen:
    def __init__(self) -> None:
        self.statuses: list[SyncStatus] = []
        self.lock = threading.Lock()
        self.threads: set[str] = set()

    def __call__(self, status: SyncStatus) -> None:
        with self.lock:
            self.statuses.append(status)
            self.threads.add(threading.current_thread().name)

    def last(self) -> SyncStatus | None:
        with self.lock:
            return self.statuses[-1] if self.statuses else None


def test_worker_runs_rounds_on_start_and_on_sync_now(world: World) -> None:
    till = world.till()
    seen = Seen()
    worker = SyncWorker(till.engine, on_status=seen, interval_s=3600, status_every_s=0.05)
    worker.start()
    try:
        wait_for(lambda: worker.rounds >= 1 and not worker.status().syncing)
        assert worker.last_report is not None and worker.last_report.ok
        assert any(s.syncing for s in seen.statuses)  # "syncing" shown while it ran
        assert seen.threads == {"pos-sync"}
        open_shift(till.db)
        sell(till.db, "SKU-0000001")
        # The idle worker notices the new pending entries without a round...
        wait_for(lambda: (seen.last() or worker.status()).pending > 0)
        # ...and "Sync now" sends them right away.
        worker.sync_now()
        wait_for(lambda: worker.rounds >= 2 and pending(till.db) == 0)
        wait_for(lambda: worker.status().pending == 0 and not worker.status().syncing)
        status = worker.status()
        assert status.connection is Connection.ONLINE and status.next_attempt_at is not None
    finally:
        assert worker.stop(timeout=5.0)
    assert not worker.running


def test_worker_backs_off_after_failures_and_never_raises(world: World) -> None:
    till = world.till()
    delays: list[float] = []

    class Recording(Backoff):
        def next_delay(self) -> float:
            delay = super().next_delay()
            delays.append(delay)
            return delay

    world.hq.fail_next("*", "drop", times=3)
    seen = Seen()
    worker = SyncWorker(
        till.engine,
        on_status=seen,
        interval_s=3600,
        backoff=Recording(base_s=0.01, cap_s=0.05, random=lambda: 1.0),
        status_every_s=0.02,
    )
    worker.start()
    try:
        wait_for(lambda: worker.last_report is not None and worker.last_report.ok)
        assert delays == [0.01, 0.02, 0.04]
        assert worker.backoff.failures == 0  # reset by the success
        offline = [s for s in seen.statuses if s.connection is Connection.OFFLINE and s.last_error]
        assert offline and "cannot reach HQ" in (offline[0].last_error or "")
        assert offline[0].next_attempt_at is not None
    finally:
        assert worker.stop()


def test_a_listener_that_raises_and_an_engine_that_raises_do_not_kill_the_worker(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    till = world.till()
    calls = {"n": 0}
    real = till.engine.run_round

    def flaky() -> object:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("bug in a round")
        return real()

    monkeypatch.setattr(till.engine, "run_round", flaky)

    def angry(_status: SyncStatus) -> None:
        raise ValueError("listener bug")

    worker = SyncWorker(
        till.engine,
        on_status=angry,
        interval_s=3600,
        backoff=Backoff(base_s=0.01, random=lambda: 1.0),
        status_every_s=0.02,
    )
    worker.start()
    try:
        wait_for(lambda: calls["n"] >= 2 and worker.last_report is not None)
        assert worker.running
    finally:
        assert worker.stop()


def test_blocked_terminal_waits_long_but_sync_now_retries(world: World) -> None:
    till = world.till()
    world.hq.revoke(till.identity.device_id)
    worker = SyncWorker(till.engine, on_status=Seen(), interval_s=3600, status_every_s=0.02)
    worker.start()
    try:
        wait_for(lambda: worker.rounds >= 1 and not worker.status().syncing)
        assert worker.status().connection is Connection.BLOCKED
        world.hq.state.devices[till.identity.device_id].revoked = False  # HQ fixed it
        worker.sync_now()
        wait_for(lambda: worker.rounds >= 2 and not worker.status().syncing)
        assert worker.status().connection is Connection.ONLINE
    finally:
        assert worker.stop()


def test_not_enrolled_factory_and_stop_without_start() -> None:
    seen = Seen()
    worker = SyncWorker(lambda: None, on_status=seen, status_every_s=0.02)
    assert worker.stop()  # never started: nothing to do
    assert worker.status().connection is Connection.NOT_ENROLLED
    worker.start()
    try:
        wait_for(lambda: bool(seen.statuses))
        assert seen.statuses[0].connection is Connection.NOT_ENROLLED
    finally:
        assert worker.stop()


def test_stop_cuts_a_round_stuck_on_the_network(world: World) -> None:
    till = world.till()
    entered = threading.Event()
    release = threading.Event()

    def stuck(path: str, _body: object) -> None:
        if path == "/v1/hello":
            entered.set()
            release.wait(20)

    world.hq.before_apply = stuck
    worker = SyncWorker(till.engine, on_status=Seen(), interval_s=3600)
    worker.start()
    try:
        assert entered.wait(5)
        started = time.monotonic()
        stopped = worker.stop(timeout=0.2)
        assert time.monotonic() - started < 3
    finally:
        release.set()
        world.hq.before_apply = None
    if not stopped:  # a MockTransport cannot be interrupted; a real socket closes at once
        assert worker.stop(timeout=5)
