"""Pull and snapshot: scope (other store, other organization never seen), tombstones and the
resnapshot horizon, keyset snapshot pages that resume anywhere."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from pos_desktop.core.ids import new_id
from sync.protocol import Change, ErrorCode, HelloRequest, SnapshotRequest
from sync.server import service
from sync.server.errors import HqError
from tests.hq.world import NOW, Dev, World, iso, later, movement, product, sale_entries


def _entities(changes: list[Change]) -> set[str]:
    return {c.entity for c in changes}


def _shift(dev: Dev) -> dict[str, Any]:
    return {
        "id": new_id(),
        "organization_id": dev.org,
        "store_id": dev.store,
        "device_id": dev.scope.device_id,
        "cashier_id": new_id(),
        "opened_at": iso(NOW),
        "opening_float_minor": 500000,
        "currency": "LKR",
        "opening_denominations": None,
        "created_at": iso(NOW),
    }


def test_store_rows_reach_only_their_store_and_nothing_crosses_organizations(
    world: World,
) -> None:
    a1, a2, a3, b1 = world.a1, world.a2, world.a3, world.b1
    p = product(a1)
    a1.push([a1.entry("products", p)])
    a1.push(sale_entries(a1, world.warehouse(a1), p["id"]))
    a1.push([a1.entry("shifts", _shift(a1))])
    bp = product(b1)
    b1.push([b1.entry("products", bp)])
    same_store, _ = a2.pull_all()
    other_store, _ = a3.pull_all()
    own, _ = a1.pull_all()
    other_org, _ = b1.pull_all()
    assert {"sales", "sale_lines", "payments", "stock_movements"} <= _entities(same_store)
    assert {"sales", "sale_lines", "payments", "stock_movements"}.isdisjoint(_entities(other_store))
    assert {"products", "stock_levels", "stores", "devices"} <= _entities(other_store)
    assert "sales" not in _entities(own)  # ledger rows never go back to their device
    assert {"products", "stock_levels"} <= _entities(own)
    for changes in (same_store, other_store, own):
        assert "shifts" not in _entities(changes)  # never pulled by anyone
        ids = {c.entity_id for c in changes}
        assert bp["id"] not in ids and world.org_b["id"] not in ids
        for c in changes:
            assert (
                c.row is None
                or c.row.get("organization_id", world.org_a["id"]) == (world.org_a["id"])
            )
    assert p["id"] not in {c.entity_id for c in other_org}
    assert all(
        c.row is None or c.row.get("organization_id", world.org_b["id"]) == world.org_b["id"]
        for c in other_org
    )


def test_hq_alerts_go_to_the_store_concerned(world: World) -> None:
    a1, a2, a3 = world.a1, world.a2, world.a3
    p = product(a1)
    a1.push([a1.entry("products", p)])
    a1.push([a1.entry("stock_movements", movement(a1, world.warehouse(a1), p["id"], -2000))])
    s1 = [c for c in a2.pull_all()[0] if c.entity == "notifications"]
    s2 = [c for c in a3.pull_all()[0] if c.entity == "notifications"]
    assert len(s1) == 1 and s1[0].row is not None and s1[0].row["type"] == "SYNC"
    assert s1[0].row["data"]["kind"] == "negative_stock"
    assert s2 == []
    mine = [c for c in a1.pull_all()[0] if c.entity == "notifications"]
    assert len(mine) == 1  # made by HQ, so the device that pushed the sale gets it too


def test_a_row_edited_many_times_is_pulled_once_at_its_last_version(world: World) -> None:
    a1, a3 = world.a1, world.a3
    p = product(a1)
    a1.push([a1.entry("products", p)])
    for price in (100, 200, 300):
        a1.push([a1.entry("products", {**p, "price_minor": price}, "update")])
    changes, _ = a3.pull_all()
    mine = [c for c in changes if c.entity_id == p["id"]]
    assert len(mine) == 1 and mine[0].row is not None and mine[0].row["price_minor"] == 300


def test_old_tombstones_are_purged_and_an_older_cursor_must_resnapshot(world: World) -> None:
    a1, a3 = world.a1, world.a3
    p = product(a1)
    a1.push([a1.entry("products", p)])
    _, early_cursor = a3.pull_all()
    a1.push([a1.entry("products", {**p, "updated_at": iso(later(1))}, "delete")], now=later(1))
    changes, cursor = a3.pull_all(early_cursor)
    assert [(c.entity_id, c.op) for c in changes] == [(p["id"], "delete")]
    with world.db.transaction() as s:
        assert service.purge_tombstones(s, NOW + timedelta(days=30)) == 0
        assert service.purge_tombstones(s, NOW + timedelta(days=91)) == 1
    with pytest.raises(HqError) as caught:
        a3.pull(early_cursor)
    assert caught.value.code == ErrorCode.RESNAPSHOT and caught.value.status == 410
    assert a3.pull(cursor).changes == []  # a cursor past the purged tombstone goes on
    with world.db.transaction(readonly=True) as s:
        hello = service.hello(s, a3.scope, HelloRequest(1, 1, "1.0.0"), NOW)
    assert hello.tombstone_horizon > early_cursor


def test_a_cursor_ahead_of_hq_means_hq_was_restored(world: World) -> None:
    _, cursor = world.a1.pull_all()
    with pytest.raises(HqError) as caught:
        world.a1.pull(cursor + 1000)
    assert caught.value.code == ErrorCode.RESNAPSHOT


def _catalog(world: World, n: int) -> list[dict[str, Any]]:
    a1 = world.a1
    rows = [product(a1, name=f"Item {i}") for i in range(n)]
    a1.push([a1.entry("products", r) for r in rows])
    return rows


def test_a_snapshot_is_complete_and_scoped(world: World) -> None:
    a1, a3, b1 = world.a1, world.a3, world.b1
    rows = _catalog(world, 23)
    a1.push(sale_entries(a1, world.warehouse(a1), rows[0]["id"]))
    b1.push([b1.entry("products", product(b1))])
    snap, at_version = a3.snapshot_all(limit=5)
    assert {r["id"] for r in snap["products"]} == {r["id"] for r in rows}
    assert {r["id"] for r in snap["stores"]} == {world.a_s1["id"], world.a_s2["id"]}
    assert [r["id"] for r in snap["organizations"]] == [world.org_a["id"]]
    assert len(snap["devices"]) == 3
    assert "sales" not in snap  # S01's sales are not S02's business
    assert len(snap["stock_levels"]) == 1
    same_store, _ = world.a2.snapshot_all(limit=5)
    assert len(same_store["sales"]) == 1
    for entity, found in snap.items():
        for r in found:
            assert r.get("organization_id", world.org_a["id"]) == world.org_a["id"], entity
    assert at_version > 0


def test_a_snapshot_resumes_from_any_saved_page(world: World) -> None:
    a3 = world.a3
    _catalog(world, 17)
    whole, _ = a3.snapshot_all(limit=4)
    # Interrupt after every page: the terminal saved (at_version, entity, after_id).
    got: dict[str, list[dict[str, Any]]] = {}
    req = SnapshotRequest(limit=4)
    pages = 0
    while True:
        with world.db.transaction(readonly=True) as s:
            page = service.snapshot(s, a3.scope, req)
        pages += 1
        if page.entity:
            got.setdefault(page.entity, []).extend(page.rows)
        if page.done:
            break
        saved = (page.at_version, page.next_entity, page.next_after_id)
        req = SnapshotRequest(*saved, limit=4)
    assert got == whole
    assert pages > 5


def test_changes_after_the_snapshot_version_come_through_pull(world: World) -> None:
    a1, a3 = world.a1, world.a3
    rows = _catalog(world, 3)
    with world.db.transaction(readonly=True) as s:
        first = service.snapshot(s, a3.scope, SnapshotRequest(limit=1000))
    a1.push([a1.entry("products", {**rows[0], "price_minor": 1}, "update")])
    _, at_version = a3.snapshot_all(limit=1000)
    assert at_version > first.at_version
    changes, _ = a3.pull_all(first.at_version)
    assert any(
        c.entity_id == rows[0]["id"] and c.row and c.row["price_minor"] == 1 for c in changes
    )


def test_a_snapshot_of_an_unknown_entity_is_refused(world: World) -> None:
    with world.db.transaction(readonly=True) as s, pytest.raises(HqError) as caught:
        service.snapshot(s, world.a1.scope, SnapshotRequest(0, "shifts", None, 10))
    assert caught.value.status == 400
