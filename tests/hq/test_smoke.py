from __future__ import annotations

from tests.hq.world import World, product, sale_entries


def test_world_push_pull(world: World) -> None:
    p = product(world.a1)
    resp = world.a1.push([world.a1.entry("products", p)])
    assert [r.status for r in resp.results] == ["applied"], resp
    entries = sale_entries(world.a1, world.warehouse(world.a1), p["id"])
    resp = world.a1.push(entries)
    assert {r.status for r in resp.results} == {"applied"}, resp
    changes, cursor = world.a2.pull_all()
    assert cursor > 0
    kinds = {c.entity for c in changes}
    assert {"products", "sales", "stock_levels"} <= kinds, kinds
