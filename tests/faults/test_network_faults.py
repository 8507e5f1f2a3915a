"""Network faults through the TCP proxy, on every request of a round.

- A connection dropped before the request reached HQ: HQ changed nothing, the round fails as
  offline, the next one does everything once.
- The answer lost after HQ committed (``DROP_RESPONSE``): for a push HQ holds the batch while
  the terminal still has it pending; the resend is answered ``duplicate`` and nothing counts
  twice. For pull and snapshot the page is asked again and the terminal ends exactly like one
  that never lost an answer (I4).
"""

from __future__ import annotations

import pytest

from sync.client.status import Connection
from tests.faults.invariants import check_all, dump, hq_ops, outbox
from tests.faults.world import FaultWorld, Till
from tests.support.tcp_proxy import Fault

# One HQ process serves the package: keep its tests on one xdist worker.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("faults")]

REQUESTS = ("hello", "push", "pull", "snapshot")


def busy(world: FaultWorld, method: str) -> tuple[Till, Till]:
    """A till with work on every request of its next round (three push batches, several pull
    pages) and a witness in the same store that made the sales to pull and never meets a
    fault. For ``snapshot`` the target is a till that has not synced yet (small pages)."""
    a = world.till("a", push=8, pull=5)
    witness = world.till("witness")
    witness.sell_many(3)
    witness.sync()
    a.sell_many(3)
    if method == "snapshot":
        return world.till("fresh", snapshot=4, first_sync=False), witness
    return a, witness


def acked(till: Till) -> int:
    return sum(1 for e in outbox(till.db) if e.acked_at is not None)


def nth_for(method: str) -> int:
    """Hit a request in the middle of the round where there are several (batches, pages)."""
    return 1 if method == "hello" else 2


@pytest.mark.parametrize("method", REQUESTS)
def test_connection_dropped_before_the_request(world: FaultWorld, method: str) -> None:
    target, witness = busy(world, method)
    with target.fault_on(method, Fault.DROP_BEFORE_REQUEST, nth=nth_for(method)) as hit:
        report = target.round()
    assert hit, f"the round made no {nth_for(method)}th {method} request"
    assert world.proxy.faults_applied == [Fault.DROP_BEFORE_REQUEST]
    assert not report.ok and report.connection is Connection.OFFLINE
    assert report.error and "HQ" in report.error
    # HQ holds exactly what the terminal was told: nothing of the dropped request.
    assert len(hq_ops(world.hq.db, world.org.id, target.device_id)) == acked(target)
    again = target.round()
    assert again.ok and again.duplicates == 0, again
    check_all(world)
    assert dump(target.db) == dump(witness.db)


@pytest.mark.parametrize("method", REQUESTS)
def test_answer_lost_after_hq_committed(world: FaultWorld, method: str) -> None:
    target, witness = busy(world, method)
    with target.fault_on(method, Fault.DROP_RESPONSE, nth=nth_for(method)) as hit:
        report = target.round()
    assert hit and not report.ok and report.connection is Connection.OFFLINE
    held = len(hq_ops(world.hq.db, world.org.id, target.device_id))
    if method == "push":
        # HQ applied the second batch; the terminal cannot know and still has it pending.
        unknown = held - acked(target)
        assert unknown > 0
        again = target.round()
        assert again.ok and again.duplicates == unknown, again
        assert len(hq_ops(world.hq.db, world.org.id, target.device_id)) == len(outbox(target.db))
    else:
        assert held == acked(target)
        assert target.round().ok
    check_all(world)
    assert dump(target.db) == dump(witness.db)
