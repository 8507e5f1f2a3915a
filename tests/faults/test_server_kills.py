"""HQ SIGKILLed in the middle of a push: before it committed, after it committed but before
the terminal heard the answer, and at a random instant of a busy round.

Before commit is made exact without guessing at timings: the test holds the organization's
change-counter row (``org_versions``, ``SELECT ... FOR UPDATE``), which a push updates as its
very last statement, so HQ's push transaction has written every row and waits there; HQ is
killed while it waits, and PostgreSQL rolls the transaction back. After commit: the proxy
throws the answer away (``DROP_RESPONSE``: it waits for HQ's first byte, so HQ has committed)
and HQ is killed before the terminal could do anything else.
"""

from __future__ import annotations

import random
import threading
import time

import pytest
from sqlalchemy import func, select, text

from sync.client.report import RoundReport
from sync.client.status import Connection
from sync.server.hq_models import ORG_VERSIONS
from sync.server.schema import table as hq_table
from tests.faults.invariants import check_all, hq_ops, outbox
from tests.faults.world import FaultWorld, Till
from tests.support.tcp_proxy import Fault

# One HQ process serves the package: keep its tests on one xdist worker.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("faults")]


def round_in_thread(till: Till) -> tuple[threading.Thread, list[RoundReport]]:
    reports: list[RoundReport] = []
    thread = threading.Thread(target=lambda: reports.append(till.round()), daemon=True)
    thread.start()
    return thread, reports


def wait_for(condition: object, what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def hq_sale_count(world: FaultWorld) -> int:
    sales = hq_table("sales")
    with world.hq.db.transaction(readonly=True) as s:
        return int(
            s.execute(
                select(func.count()).where(sales.c.organization_id == world.org.id)
            ).scalar_one()
        )


def test_killed_before_commit_nothing_of_the_batch_stays(world: FaultWorld) -> None:
    a = world.till("a")
    b = world.till("b", store="S02")
    b.sell_many(2)
    b.sync()
    a.sell_many(12)  # one batch of ~90 entries
    entries = len(outbox(a.db))
    engine = world.hq.db.engine

    def backends(condition: str) -> int:
        with engine.connect() as probe:
            return int(
                probe.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                        f"current_database() AND pid <> pg_backend_pid() AND {condition}"
                    )
                ).scalar_one()
            )

    with engine.connect() as lock:
        held = lock.begin()
        lock.execute(
            select(ORG_VERSIONS)
            .where(ORG_VERSIONS.c.organization_id == world.org.id)
            .with_for_update()
        )
        thread, reports = round_in_thread(a)
        # HQ's push has written its rows and waits at its last statement, the counter update.
        wait_for(
            lambda: (
                backends(
                    "wait_event_type = 'Lock' AND query ILIKE 'UPDATE org_versions%' "
                    "AND backend_xid IS NOT NULL"
                )
                > 0
            ),
            "HQ's push to wait on the change counter",
        )
        assert world.hq.proc.kill() == -9
        thread.join(30)
        held.rollback()
    (report,) = reports
    assert not report.ok and report.connection is Connection.OFFLINE
    # The dead HQ's transaction gets the row, finds its client gone and rolls back.
    wait_for(lambda: backends("state <> 'idle'") == 0, "the killed push's transaction to end")
    assert hq_ops(world.hq.db, world.org.id, a.device_id) == {}
    assert hq_sale_count(world) == 2
    assert a.pending() == entries
    world.hq.proc.start()
    again = a.sync()
    assert again.applied == entries and again.duplicates == 0
    check_all(world)


def test_killed_after_commit_before_the_terminal_heard(world: FaultWorld) -> None:
    a = world.till("a", push=20)
    b = world.till("b")
    a.sell_many(6)
    entries = len(outbox(a.db))
    with a.fault_on("push", Fault.DROP_RESPONSE, nth=2) as hit:
        report = a.round()
    assert hit and not report.ok
    assert world.hq.proc.kill() == -9  # before the terminal could mark anything
    acked = sum(1 for e in outbox(a.db) if e.acked_at is not None)
    committed = len(hq_ops(world.hq.db, world.org.id, a.device_id))
    assert 0 < acked < committed < entries  # batch 2 is at HQ, its answer was lost
    down = a.round()
    assert not down.ok and down.connection is Connection.OFFLINE
    world.hq.proc.start()
    again = a.sync()
    assert again.duplicates == committed - acked
    assert again.applied == entries - committed
    b.sell_many(2)
    check_all(world)


def test_killed_at_a_random_instant_of_a_busy_round(world: FaultWorld) -> None:
    rng = random.Random(20260105)
    tills = [world.till("a", push=40, pull=30), world.till("b", push=40, pull=30)]
    for till in tills:
        till.sell_many(8)
    for _ in range(2):
        threads = [round_in_thread(till)[0] for till in tills]
        time.sleep(rng.uniform(0.02, 0.25))
        world.hq.kill_and_restart()
        for thread in threads:
            thread.join(30)
        for till in tills:
            till.sell_many(2, start=rng.randrange(6))
    check_all(world)
