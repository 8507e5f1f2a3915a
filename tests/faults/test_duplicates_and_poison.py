"""The same batch sent twice at the same moment is applied once; a poison entry in the middle
of a batch is quarantined while the rest of the batch applies and the queue drains."""

from __future__ import annotations

import sqlite3
import threading

import httpx
import pytest

from pos_desktop.core.ids import new_id
from pos_desktop.services.sync_inbox import load_inbox, quarantined_entries
from pos_desktop.store.models import OutboxEntry
from sync.client.credentials import CredentialStore
from sync.client.instance import ensure_instance
from sync.client.outbox_io import read_pending
from sync.client.transport import HqClient
from sync.protocol import PushRequest, PushResponse
from sync.server import service
from tests.faults.invariants import check_all, hq_ops, hq_quarantine, hq_sales, outbox
from tests.faults.world import FaultWorld, Till, no_keepalive, now_utc

# One HQ process serves the package: keep its tests on one xdist worker.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("faults")]


def push_twice_at_once(world: FaultWorld, till: Till) -> tuple[PushResponse, PushResponse]:
    """Two HQ clients with the till's credential send one identical batch at the same time."""
    batch = read_pending(till.db, 500)
    request = PushRequest(batch_id=new_id(), entries=[e.to_push() for e in batch])
    token = CredentialStore().get(till.device_id)
    instance = ensure_instance(till.db).db_instance_id
    clients = [
        HqClient(world.hq.proc.url, lambda: token, instance, no_keepalive()) for _ in range(2)
    ]
    start = threading.Barrier(2)
    answers: list[PushResponse | BaseException] = [RuntimeError("no answer")] * 2

    def send(i: int) -> None:
        start.wait()
        try:
            answers[i] = clients[i].push(request)
        except BaseException as exc:  # reported below
            answers[i] = exc

    threads = [threading.Thread(target=send, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    for client in clients:
        client.close()
    first, second = answers
    assert isinstance(first, PushResponse), first
    assert isinstance(second, PushResponse), second
    return first, second


def test_the_same_batch_twice_at_once_is_applied_once(world: FaultWorld) -> None:
    a = world.till("a")
    world.till("b")
    for sales in (2, 9):
        a.sell_many(sales)
        pending = a.pending()
        one, two = push_twice_at_once(world, a)
        # One copy applied everything; the other waited for it and found every op recorded.
        statuses = sorted(
            [sorted({r.status for r in one.results}), sorted({r.status for r in two.results})]
        )
        assert statuses == [["applied"], ["duplicate"]], statuses
        assert len(one.results) == len(two.results) == pending
        assert one.last_seq == two.last_seq == len(outbox(a.db))
        assert len(hq_ops(world.hq.db, world.org.id, a.device_id)) == len(outbox(a.db))
        # The terminal heard neither answer: its next round is all duplicates.
        again = a.sync()
        assert again.duplicates == pending and again.applied == 0
    assert len(hq_sales(world.hq.db, world.org.id)) == 11
    check_all(world)


def corrupt(till: Till, op_id: str, how: str, other_org: str) -> None:
    """Change one outbox row's payload in the terminal file, behind the app's back."""
    change = {
        "unknown_column": "json_set(payload, '$.no_such_column', 1)",
        "other_org": "json_set(payload, '$.organization_id', ?)",
        "wrong_type": "json_set(payload, '$.quantity', 'lots')",
    }[how]
    params: tuple[str, ...] = (other_org, op_id) if how == "other_org" else (op_id,)
    with sqlite3.connect(till.path) as con:
        updated = con.execute(
            f"UPDATE {OutboxEntry.__tablename__} SET payload = {change} WHERE id = ?", params
        ).rowcount
    assert updated == 1


@pytest.mark.parametrize(
    ("how", "entity"),
    [("unknown_column", "sale_lines"), ("other_org", "payments"), ("wrong_type", "sale_lines")],
)
def test_poison_entry_mid_batch_is_quarantined_and_the_rest_applies(
    world: FaultWorld, how: str, entity: str
) -> None:
    a = world.till("a", push=100)
    witness = world.till("witness")
    with world.hq.db.transaction() as s:
        other_org = str(service.create_org(s, f"Other {new_id()[-6:]}", now=now_utc())["id"])
    sales = a.sell_many(5)
    middle = sales[2].sale_id
    entries = outbox(a.db)
    with a.db.read() as s:
        poisoned = next(
            e.id
            for e in entries
            if e.entity == entity
            and (s.get(OutboxEntry, e.id).payload or {}).get("sale_id") == middle  # type: ignore[union-attr]
        )
    corrupt(a, poisoned, how, other_org)
    report = a.round()
    assert report.ok, report
    assert report.quarantined == 1 and report.applied == len(entries) - 1
    assert a.pending() == 0  # the queue drained past the bad record

    # HQ: the entry is in the quarantine whole, with a reason; everything else applied.
    (kept,) = hq_quarantine(world.hq.db, world.org.id, a.device_id).values()
    assert kept["op_id"] == poisoned and kept["entity"] == entity and kept["reason"]
    ops = hq_ops(world.hq.db, world.org.id, a.device_id)
    assert [op for op, (_, status) in ops.items() if status == "quarantined"] == [poisoned]
    assert set(hq_sales(world.hq.db, world.org.id)) == {s.sale_id for s in sales}
    listed = httpx.get(
        f"{world.hq.proc.url}/v1/org/quarantine",
        headers={"Authorization": f"Bearer {world.org.api_key}"},
        timeout=10,
    )
    assert listed.status_code == 200, listed.text
    (row,) = listed.json()["rows"]
    assert row["op_id"] == poisoned and row["reason"] == kept["reason"]

    # The terminal: the managers' inbox shows it with HQ's reason; the status counts it.
    with a.db.read() as s:
        (shown,) = quarantined_entries(s)
    assert shown.op_id == poisoned and shown.entity == entity and shown.reason == kept["reason"]
    assert load_inbox(a.ctx, a.ready_to_sell()).quarantined == (shown,)
    assert a.engine.status().quarantined == 1

    # The queue is not wedged: later sales go up, and nothing is counted twice.
    a.sell_many(2)
    a.sync()
    assert a.engine.status().quarantined == 1
    check_all(world)
    assert witness.pending() == 0
