"""Concurrency at HQ: the same batch at once, writers racing a reader, and merges that must
not lose each other's work. Real threads on real SQLite files and a real PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from sync.protocol import Change, PushResponse
from sync.server.hq_models import SYNC_CHANGES
from sync.server.pull import ORG_DOWN, STORE_DOWN
from tests.hq.world import Dev, World, count, customer, movement, product, row, sale_entries


def _together(*jobs: Callable[[], Any]) -> list[Any]:
    """Run the jobs on threads released at the same instant; re-raise the first failure."""
    barrier = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)
    errors: list[BaseException] = []

    def run(i: int, job: Callable[[], Any]) -> None:
        try:
            barrier.wait()
            results[i] = job()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, j)) for i, j in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    if errors:
        raise errors[0]
    return results


def test_the_same_batch_sent_twice_at_once_is_applied_once(world: World) -> None:
    a1 = world.a1
    p = product(a1)
    a1.push([a1.entry("products", p)])
    entries = []
    for _ in range(25):
        entries += sale_entries(a1, world.warehouse(a1), p["id"])
    first, second = _together(lambda: a1.push(entries), lambda: a1.push(entries))
    assert isinstance(first, PushResponse) and isinstance(second, PushResponse)
    seen = sorted([{r.status for r in first.results}, {r.status for r in second.results}], key=str)
    assert seen == [{"applied"}, {"duplicate"}]
    assert first.last_seq == second.last_seq == entries[-1].seq
    assert count(world.db, "sales") == 25
    assert count(world.db, "applied_ops", device_id=a1.scope.device_id) == 101
    levels = _levels(world)
    assert [lvl["on_hand_milli"] for lvl in levels] == [-25_000]


def _levels(world: World) -> list[dict[str, Any]]:
    from sync.server.schema import table

    t = table("stock_levels")
    with world.db.transaction(readonly=True) as s:
        return [dict(r) for r in s.execute(select(t)).mappings()]


def test_concurrent_movements_of_one_product_add_up(world: World) -> None:
    a1, a2 = world.a1, world.a2
    p = product(a1)
    a1.push([a1.entry("products", p)])
    wh = world.warehouse(a1)

    def pusher(dev: Dev, qty: int) -> None:
        for _ in range(10):
            dev.push([dev.entry("stock_movements", movement(dev, wh, p["id"], qty))])

    _together(lambda: pusher(a1, -1000), lambda: pusher(a2, 3000))
    assert [lvl["on_hand_milli"] for lvl in _levels(world)] == [20_000]


def test_concurrent_edits_of_one_customer_lose_nothing(world: World) -> None:
    a1, a3 = world.a1, world.a3
    c = customer(a1)
    a1.push([a1.entry("customers", c)])

    def editor(dev: Dev, field: str) -> None:
        for i in range(15):
            payload = {**c, field: f"{dev.name}-{i}", "_changed": [field]}
            dev.push([dev.entry("customers", payload, "update")])

    _together(lambda: editor(a1, "email"), lambda: editor(a3, "notes"))
    stored = row(world.db, "customers", c["id"])
    assert stored is not None
    assert stored["email"] == "a1-14" and stored["notes"] == "a3-14"


def _apply(state: dict[tuple[str, str], Any], changes: list[Change]) -> None:
    for ch in changes:
        state[(ch.entity, ch.entity_id)] = ch.row


def test_versions_only_grow_and_a_pull_racing_writers_misses_nothing(world: World) -> None:
    a1, a2, a3 = world.a1, world.a2, world.a3
    reader = a2  # store S01: sees org rows, S01 rows, and not its own ledger rows
    seen: dict[tuple[str, str], int] = {}
    done = threading.Event()
    cursor_box = [0]

    def writer(dev: Dev) -> None:
        p = product(dev)
        dev.push([dev.entry("products", p)])
        for i in range(12):
            entries = sale_entries(dev, world.warehouse(dev), p["id"])
            entries.append(dev.entry("customers", customer(dev, name=f"{dev.name}-{i}")))
            dev.push(entries)

    def read() -> None:
        last_version = 0
        while True:
            finished = done.is_set()
            page = reader.pull(cursor_box[0], limit=7)
            for ch in page.changes:
                assert ch.version > last_version, "versions must only grow"
                last_version = ch.version
                seen[(ch.entity, ch.entity_id)] = ch.version
            assert page.cursor >= cursor_box[0]
            cursor_box[0] = page.cursor
            if finished and not page.has_more:
                return

    def writers() -> None:
        try:
            _together(lambda: writer(a1), lambda: writer(a3))
        finally:
            done.set()

    _together(writers, read)
    with world.db.transaction(readonly=True) as s:
        c = SYNC_CHANGES.c
        expected = {
            (r.entity, r.entity_id): int(r.version)
            for r in s.execute(
                select(c.entity, c.entity_id, c.version, c.store_id, c.origin_device_id).where(
                    c.organization_id == reader.org
                )
            )
            if r.entity in ORG_DOWN
            or (r.entity in STORE_DOWN and r.store_id in (None, reader.store))
        }
    assert expected  # the writers wrote something visible to the reader
    assert seen == expected


def test_an_interrupted_pull_equals_an_uninterrupted_one(world: World) -> None:
    a1, a2, a3 = world.a1, world.a2, world.a3
    p = product(a1)
    a1.push([a1.entry("products", p)])
    for dev in (a1, a3, a1):
        dev.push(sale_entries(dev, world.warehouse(dev), p["id"]))
        c = customer(dev)
        dev.push([dev.entry("customers", c)])
        dev.push([dev.entry("customers", {**c, "notes": "x", "_changed": ["notes"]}, "update")])
    whole: dict[tuple[str, str], Any] = {}
    _apply(whole, a2.pull_all(0, limit=5000)[0])
    pieces: dict[tuple[str, str], Any] = {}
    cursor = 0
    while True:  # one change per page, as if the link dropped after every page
        page = a2.pull(cursor, limit=1)
        _apply(pieces, page.changes)
        cursor = page.cursor
        if not page.has_more:
            break
    assert pieces == whole
    assert len(whole) > 10
