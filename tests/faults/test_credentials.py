"""A credential revoked in the middle of a run, and a terminal file cloned onto a second
machine: HQ refuses, the terminal says so (BLOCKED, a sentence a manager can act on), nothing
made locally is lost, and nothing from the refused copy reaches HQ."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from pos_desktop.services.sync_inbox import quarantined_entries, unsynced_sales_count
from pos_desktop.store.models.sales import Sale
from sync.client.status import Connection
from sync.protocol import ErrorCode, PushResponse
from tests.faults.invariants import (
    check_all,
    check_converged,
    check_device,
    check_org,
    check_stock,
    hq_ops,
    hq_quarantine,
    hq_sales,
    outbox,
)
from tests.faults.world import FaultWorld, Till
from tests.support.tcp_proxy import Fault
from tests.support.terminal import copy_database

# One HQ process serves the package: keep its tests on one xdist worker.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("faults")]


def local_sales(till: Till) -> int:
    with till.db.read() as s:
        return int(s.execute(select(func.count()).select_from(Sale)).scalar_one())


def sales_at_hq_of(world: FaultWorld, till: Till) -> set[str]:
    return set(hq_sales(world.hq.db, world.org.id)) & set(till.sales)


def acked_sales(till: Till) -> set[str]:
    return {e.entity_id for e in outbox(till.db) if e.entity == "sales" and e.acked_at}


def test_token_revoked_mid_run(world: FaultWorld) -> None:
    a = world.till("a", push=8)
    b = world.till("b")
    a.sell_many(4)
    made = len(outbox(a.db))
    real_push = a.engine.client.push
    revoked: list[Any] = []

    def push_then_revoke(request: Any) -> PushResponse:
        answer = real_push(request)
        if not revoked:  # a manager revokes the till while its round is between two batches
            revoked.append(world.hq.cli("device", "revoke", a.device_id))
        return answer

    a.engine.client.push = push_then_revoke  # type: ignore[method-assign,assignment]
    report = a.round()
    assert revoked and revoked[0]["revoked"] is True
    assert not report.ok and report.error_code == ErrorCode.REVOKED
    assert report.connection is Connection.BLOCKED
    assert report.error is not None and "revoked" in report.error and "enroll" in report.error
    status = a.engine.status()
    assert status.connection is Connection.BLOCKED and status.last_error == report.error
    # Batch 1 went up before the revocation; the rest stays, pending, on the terminal.
    first_batch = len(hq_ops(world.hq.db, world.org.id, a.device_id))
    assert 0 < first_batch < made
    assert status.pending == made - first_batch == a.pending()

    # Later rounds stay blocked at hello and change nothing; selling goes on.
    a.engine.client.push = real_push  # type: ignore[method-assign]
    a.sell_many(1, start=3)
    for _ in range(2):
        again = a.round()
        assert not again.ok and again.connection is Connection.BLOCKED
        assert again.error_code == ErrorCode.REVOKED and again.pushed == 0
    assert len(hq_ops(world.hq.db, world.org.id, a.device_id)) == first_batch
    assert local_sales(a) == 5
    assert unsynced_sales_count(a.db) == 5 - len(acked_sales(a)) > 0
    assert sales_at_hq_of(world, a) == acked_sales(a)
    check_device(world.hq.db, world.org.id, a, drained=False)

    # The rest of the store is not affected.
    b.sell_many(2)
    b.sync()
    check_device(world.hq.db, world.org.id, b)
    assert sales_at_hq_of(world, b) == set(b.sales)

    # A manager enrolls the till again, as the status says: the kept sales go up, once.
    renewed = world.enroll_again(a, "a again")
    assert renewed.sync().ok
    check_all(world)


def test_cloned_database_file_is_refused_and_the_original_keeps_syncing(
    world: FaultWorld,
) -> None:
    a = world.till("a")
    other = world.till("other")
    a.sell_many(2)
    a.sync()
    a.sell_many(1)  # pending in the original and in the copy
    # The file is copied to another place (another machine, another directory).
    a.close()
    clone_path = world.tmp / "clone" / "pos.db"
    clone_path.parent.mkdir()
    copy_database(a.path, clone_path)
    a.reopen()
    clone = world.adopt("clone", a.store, clone_path, a.limits)
    assert clone.device_id == a.device_id  # same device, same credential, another file
    clone_sales = clone.sell_many(2, start=4)  # reuses the original's next seqs and receipts

    refused = clone.round()
    assert not refused.ok and refused.error_code == ErrorCode.INSTANCE_MISMATCH
    assert refused.connection is Connection.BLOCKED
    assert refused.error is not None and "cloned" in refused.error
    assert clone.engine.status().connection is Connection.BLOCKED

    # The original goes on: its pending sale and new ones go up, nothing of the clone's.
    a_after_copy = a.sell((1, 1))
    assert a.sync().ok
    assert not clone.round().ok
    other.sync()
    at_hq = set(hq_sales(world.hq.db, world.org.id))
    assert at_hq == set(a.sales) | set(other.sales)
    assert not at_hq & set(clone.sales)
    # Nothing interleaved: HQ's record of the device is exactly the original's outbox.
    check_device(world.hq.db, world.org.id, a)
    assert set(hq_ops(world.hq.db, world.org.id, a.device_id)) == {e.id for e in outbox(a.db)}
    # The clone keeps its own sales, unsent, for a person to deal with.
    assert clone.pending() > 0 and local_sales(clone) == 5
    world.quiesce([a, other])
    check_stock(world, [a, other])
    check_converged(world, [a, other])

    # Enrolled as a terminal of its own, the copy's sales go up too; the sale that was pending
    # in both copies is at HQ once.
    clone = world.enroll_again(clone, "clone enrolled")
    assert clone.sync().ok and clone.pending() == 0
    # The copy's first sale reused the receipt number of the original's sale made after the
    # copy: HQ cannot take both, so it keeps the copy's whole in its quarantine for the
    # managers (never dropped), and the copy's inbox shows it. The other one went up.
    collided = next(r for r in clone_sales if r.receipt_number == a_after_copy.receipt_number)
    kept = hq_quarantine(world.hq.db, world.org.id, clone.device_id).values()
    assert {q["entity_id"] for q in kept if q["entity"] == "sales"} == {collided.sale_id}
    assert all("receipt_number" in q["reason"] for q in kept if q["entity"] == "sales")
    with clone.db.read() as s:
        shown = {(q.entity, q.entity_id) for q in quarantined_entries(s)}
    assert ("sales", collided.sale_id) in shown
    at_hq = set(hq_sales(world.hq.db, world.org.id))
    assert at_hq == set(a.sales) | set(other.sales) | (set(clone.sales) - {collided.sale_id})
    world.quiesce()
    for till in (a, other, clone):
        check_device(world.hq.db, world.org.id, till)
    check_org(world, [a, other, clone])
    check_converged(world, [a, other])


def test_enrollment_answer_lost_then_asked_again(world: FaultWorld) -> None:
    """HQ spent the one-time code and made the device, but its answer never arrived: the
    terminal asks again with the same request and gets a working token, not a dead code."""
    world.proxy.fail_next(Fault.DROP_RESPONSE)
    a = world.till("a")  # enroll() inside, through the proxy
    assert Fault.DROP_RESPONSE in world.proxy.faults_applied
    a.sell_many(2)
    a.sync()
    check_all(world)
