"""Derived views at HQ against sums computed independently from what was pushed."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import select

from pos_desktop.core.ids import new_id
from sync.server.schema import table
from sync.server.views import loyalty_deltas, stock_level_id
from tests.hq.world import Dev, World, coupon, coupon_usage, loyalty, movement, product


def _all(world: World, name: str) -> list[dict[str, Any]]:
    t = table(name)
    with world.db.transaction(readonly=True) as s:
        return [dict(r) for r in s.execute(select(t)).mappings()]


def test_stock_and_loyalty_views_equal_an_independent_sum(world: World) -> None:
    rnd = random.Random(4)
    devices = [world.a1, world.a2, world.a3]
    products = [product(world.a1) for _ in range(4)]
    world.a1.push([world.a1.entry("products", p) for p in products])
    customers = [new_id() for _ in range(3)]
    stock: Counter[tuple[str, str, str]] = Counter()
    points: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for _ in range(30):
        dev: Dev = rnd.choice(devices)
        batch = []
        for _ in range(rnd.randint(1, 12)):
            if rnd.random() < 0.6:
                p = rnd.choice(products)["id"]
                qty = rnd.choice([-3000, -1000, -250, 1000, 5000])
                batch.append(
                    dev.entry("stock_movements", movement(dev, world.warehouse(dev), p, qty))
                )
                stock[(dev.store, world.warehouse(dev), p)] += qty
            else:
                c = rnd.choice(customers)
                kind = rnd.choice(["EARNED", "REDEEMED", "ADJUSTED", "EXPIRED", "REVERSED"])
                pts = {
                    "EARNED": 50,
                    "REDEEMED": -30,
                    "ADJUSTED": rnd.choice([-5, 5]),
                    "EXPIRED": -10,
                }.get(kind, rnd.choice([-20, 20]))
                batch.append(dev.entry("loyalty_transactions", loyalty(dev, c, kind, pts)))
                points[c].append((kind, pts))
        dev.push(batch)
        if rnd.random() < 0.3:
            dev.push(batch)  # a resend: nothing may count twice
    levels = {r["id"]: r["on_hand_milli"] for r in _all(world, "stock_levels")}
    expected = {
        stock_level_id(world.org_a["id"], store, wh, p, None): qty
        for (store, wh, p), qty in stock.items()
    }
    assert levels == expected
    balances = {r["customer_id"]: r for r in _all(world, "loyalty_balances")}
    assert set(balances) == set(points)
    for c, rows in points.items():
        # The terminal's definitions (services/loyalty_queries.summarize), summed here apart.
        earned = sum(
            p for k, p in rows if k in ("EARNED", "ADJUSTED") or (k == "REVERSED" and p < 0)
        )
        redeemed = -sum(p for k, p in rows if k == "REDEEMED" or (k == "REVERSED" and p > 0))
        assert balances[c]["points_balance"] == sum(p for _, p in rows)
        assert balances[c]["total_earned"] == earned
        assert balances[c]["total_redeemed"] == redeemed
        assert balances[c]["id"] == c


def test_loyalty_split_matches_the_terminal() -> None:
    assert loyalty_deltas("EARNED", 40) == (40, 0)
    assert loyalty_deltas("REDEEMED", -25) == (0, 25)
    assert loyalty_deltas("REVERSED", -40) == (-40, 0)  # an earning taken back
    assert loyalty_deltas("REVERSED", 25) == (0, -25)  # a redemption given back
    assert loyalty_deltas("EXPIRED", -10) == (0, 0)


def _notes(world: World, kind: str) -> list[dict[str, Any]]:
    return [n for n in _all(world, "notifications") if n["data"].get("kind") == kind]


def test_negative_stock_is_flagged_once_when_it_crosses_zero(world: World) -> None:
    a1, a3 = world.a1, world.a3
    p = product(a1)
    a1.push([a1.entry("products", p)])
    wh = world.warehouse(a1)
    a1.push([a1.entry("stock_movements", movement(a1, wh, p["id"], 1000))])
    # The last unit sold on two tills of the store while offline.
    world.a2.push([world.a2.entry("stock_movements", movement(world.a2, wh, p["id"], -1000))])
    assert _notes(world, "negative_stock") == []
    a1.push([a1.entry("stock_movements", movement(a1, wh, p["id"], -1000))])
    a1.push([a1.entry("stock_movements", movement(a1, wh, p["id"], -1000))])  # deeper: no new
    notes = _notes(world, "negative_stock")
    assert len(notes) == 1
    assert notes[0]["store_id"] == a1.store and notes[0]["data"]["on_hand_milli"] == -1000
    assert notes[0]["type"] == "SYNC"
    # Another store's stock is its own level.
    a3.push([a3.entry("stock_movements", movement(a3, world.warehouse(a3), p["id"], 4000))])
    on_hand = sorted(r["on_hand_milli"] for r in _all(world, "stock_levels"))
    assert on_hand == [-2000, 4000]


def test_loyalty_spent_in_two_stores_past_the_balance_is_flagged(world: World) -> None:
    a1, a3 = world.a1, world.a3
    c = new_id()
    a1.push([a1.entry("loyalty_transactions", loyalty(a1, c, "EARNED", 100))])
    a1.push([a1.entry("loyalty_transactions", loyalty(a1, c, "REDEEMED", -80))])
    a3.push([a3.entry("loyalty_transactions", loyalty(a3, c, "REDEEMED", -80))])
    balance = _all(world, "loyalty_balances")[0]
    assert balance["points_balance"] == -60
    notes = _notes(world, "negative_loyalty")
    assert len(notes) == 1 and notes[0]["store_id"] == a3.store


def test_coupon_uses_are_counted_and_an_over_use_is_flagged(world: World) -> None:
    a1, a3 = world.a1, world.a3
    cp = coupon(a1, "ONCE", usage_limit=1)
    a1.push([a1.entry("coupons", cp)])
    a1.push([a1.entry("coupon_usages", coupon_usage(a1, cp["id"]))])
    assert _notes(world, "coupon_overuse") == []
    a3.push([a3.entry("coupon_usages", coupon_usage(a3, cp["id"]))])
    stored = next(r for r in _all(world, "coupons") if r["id"] == cp["id"])
    assert stored["used_count"] == 2 and stored["used_count_as_of"] is not None
    notes = _notes(world, "coupon_overuse")
    assert len(notes) == 1 and notes[0]["store_id"] == a3.store
    # The count travels down to every till.
    changes, _ = world.a2.pull_all()
    latest = [ch for ch in changes if ch.entity_id == cp["id"]][-1]
    assert latest.row is not None and latest.row["used_count"] == 2


def test_a_view_row_of_another_organization_is_never_touched(world: World) -> None:
    a1, b1 = world.a1, world.b1
    c = new_id()
    b1.push([b1.entry("loyalty_transactions", loyalty(b1, c, "EARNED", 100))])
    # Organization A's till names the same customer id (forged or colliding).
    a1.push([a1.entry("loyalty_transactions", loyalty(a1, c, "REDEEMED", -100))])
    balances = _all(world, "loyalty_balances")
    assert [(b["organization_id"], b["points_balance"]) for b in balances] == [
        (world.org_b["id"], 100)
    ]
