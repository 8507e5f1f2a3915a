"""Push rules at HQ, per entity kind: ledger insert-if-new, lww per field, hq row-level;
duplicates, gaps, conflicts, and quarantine that never wedges the queue."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from pos_desktop.core.ids import HlcStamp, new_id
from sync.protocol import ErrorCode, PushEntry
from sync.server.errors import HqError
from sync.server.hq_models import APPLIED_OPS, DEVICE_CREDENTIALS, QUARANTINE
from tests.hq.world import (
    NOW,
    World,
    count,
    coupon,
    coupon_usage,
    customer,
    iso,
    later,
    movement,
    product,
    row,
    sale_entries,
    statuses,
)


def _last_seq(world: World, device_id: str) -> int:
    with world.db.transaction(readonly=True) as s:
        return int(
            s.execute(
                select(DEVICE_CREDENTIALS.c.last_seq).where(
                    DEVICE_CREDENTIALS.c.device_id == device_id
                )
            ).scalar_one()
        )


def test_a_sale_is_applied_once_and_a_resent_batch_answers_duplicate(world: World) -> None:
    a1 = world.a1
    p = product(a1)
    entries = [a1.entry("products", p), *sale_entries(a1, world.warehouse(a1), p["id"])]
    first = a1.push(entries)
    assert statuses(first) == ["applied"] * 5
    assert first.last_seq == 5
    again = a1.push(entries)  # the response was lost; the terminal sends the same batch
    assert statuses(again) == ["duplicate"] * 5
    assert again.last_seq == 5
    assert count(world.db, "sales") == 1
    assert count(world.db, "stock_movements") == 1
    assert count(world.db, "applied_ops") == 5


def test_the_same_ledger_row_under_a_new_op_id_is_not_counted_twice(world: World) -> None:
    a1 = world.a1
    p = product(a1)
    sale = sale_entries(a1, world.warehouse(a1), p["id"])
    a1.push(sale)
    # After an HQ restore the terminal re-pushes the same rows as new outbox entries.
    copies = [a1.entry(e.entity, e.payload) for e in sale]
    resp = a1.push(copies)
    assert statuses(resp) == ["applied"] * 4
    assert count(world.db, "sales") == 1
    level = next(iter(_stock_levels(world)))
    assert level["on_hand_milli"] == -1000  # not -2000


def _stock_levels(world: World) -> list[dict[str, object]]:
    from sync.server.schema import table

    t = table("stock_levels")
    with world.db.transaction(readonly=True) as s:
        return [dict(r) for r in s.execute(select(t)).mappings()]


def test_a_ledger_id_reused_with_other_content_is_quarantined_and_the_batch_goes_on(
    world: World,
) -> None:
    a1 = world.a1
    p = product(a1)
    wh = world.warehouse(a1)
    m = movement(a1, wh, p["id"], 5000)
    a1.push([a1.entry("stock_movements", m)])
    forged = {**m, "quantity_milli": 99000}
    other = movement(a1, wh, p["id"], 2000)
    resp = a1.push([a1.entry("stock_movements", forged), a1.entry("stock_movements", other)])
    assert statuses(resp) == ["quarantined", "applied"]
    assert "already exists with other content" in (resp.results[0].reason or "")
    stored = row(world.db, "stock_movements", m["id"])
    assert stored is not None and stored["quantity_milli"] == 5000
    assert _stock_levels(world)[0]["on_hand_milli"] == 7000


@pytest.mark.parametrize("operation", ["update", "delete"])
def test_ledger_rows_are_never_updated_or_deleted(world: World, operation: str) -> None:
    a1 = world.a1
    m = movement(a1, world.warehouse(a1), new_id(), 1000)
    a1.push([a1.entry("stock_movements", m)])
    resp = a1.push([a1.entry("stock_movements", {**m, "quantity_milli": 3}, operation)])
    assert statuses(resp) == ["quarantined"]
    assert "append-only" in (resp.results[0].reason or "")
    assert row(world.db, "stock_movements", m["id"])["quantity_milli"] == 1000  # type: ignore[index]


def _bad_entries(world: World) -> list[tuple[PushEntry, str]]:
    a1 = world.a1
    wh = world.warehouse(a1)
    p = product(a1)
    other_org = {**movement(a1, wh, p["id"], 1000), "organization_id": world.org_b["id"]}
    other_store = {**movement(a1, wh, p["id"], 1000), "store_id": world.a_s2["id"]}
    wrong_type = {**movement(a1, wh, p["id"], 1000), "quantity_milli": "lots"}
    unknown_field = {**movement(a1, wh, p["id"], 1000), "colour": "red"}
    bool_for_int = {**movement(a1, wh, p["id"], 1000), "quantity_milli": True}
    naive_time = {**movement(a1, wh, p["id"], 1000), "created_at": "2026-11-02T09:30:00"}
    orphan_line = {
        "id": new_id(),
        "organization_id": a1.org,
        "store_id": a1.store,
        "sale_id": new_id(),  # no such sale: the foreign key refuses it
        "line_no": 1,
        "product_id": p["id"],
        "variant_id": None,
        "name": "x",
        "sku": None,
        "barcode": None,
        "quantity_milli": 1000,
        "unit_price_minor": 100,
        "list_price_minor": None,
        "unit_cost_minor": None,
        "gross_minor": 100,
        "discount_minor": 0,
        "order_discount_minor": 0,
        "coupon_discount_minor": 0,
        "tax_class_code": None,
        "tax_rate": "0",
        "tax_minor": 0,
        "total_minor": 100,
        "weighed": False,
        "original_line_id": None,
        "restock": None,
    }
    zero_qty = movement(a1, wh, p["id"], 0)  # the check constraint refuses it
    view_row = {"id": new_id(), "organization_id": a1.org}
    return [
        (a1.entry("gizmos", {"id": new_id()}), "unknown entity"),
        (a1.entry("stock_movements", other_org), "another organization"),
        (a1.entry("stock_movements", other_store), "another store"),
        (a1.entry("stock_movements", wrong_type), "whole number"),
        (a1.entry("stock_movements", unknown_field), "no field 'colour'"),
        (a1.entry("stock_movements", bool_for_int), "whole number"),
        (a1.entry("stock_movements", naive_time), "no UTC offset"),
        (a1.entry("sale_lines", orphan_line), "refers to a row HQ does not hold"),
        (a1.entry("stock_movements", zero_qty), "breaks a rule of the table"),
        (a1.entry("stock_levels", view_row), "may not change"),
        (a1.entry("devices", {"id": a1.scope.device_id}, "update"), "may not change"),
        (a1.entry("stores", {"id": world.a_s2["id"]}, "update"), "stores"),
        (a1.entry("stock_movements", movement(a1, wh, p["id"], 1), hlc="not-a-clock"), "hlc"),
    ]


def test_bad_entries_mid_batch_are_quarantined_whole_and_the_rest_applies(world: World) -> None:
    a1 = world.a1
    p = product(a1)
    good_before = a1.entry("products", p)
    bad = _bad_entries(world)
    good_after = sale_entries(a1, world.warehouse(a1), p["id"])
    entries = [good_before, *[e for e, _ in bad], *good_after]
    resp = a1.push(entries)
    got = statuses(resp)
    assert got[0] == "applied" and got[-4:] == ["applied"] * 4
    for result, (_, expected) in zip(resp.results[1:-4], bad, strict=True):
        assert result.status == "quarantined", (expected, result)
        assert expected in (result.reason or ""), (expected, result.reason)
    assert resp.last_seq == entries[-1].seq  # quarantined entries use up their seq
    assert count(world.db, "quarantine") == len(bad)
    assert count(world.db, "sales") == 1
    with world.db.transaction(readonly=True) as s:
        kept = s.execute(select(QUARANTINE).where(QUARANTINE.c.entity == "gizmos")).one()
        ops = {r.op_id: r for r in s.execute(select(APPLIED_OPS))}
    assert kept.payload == bad[0][0].payload and kept.device_id == a1.scope.device_id
    for entry, _ in bad:
        assert ops[entry.op_id].status == "quarantined"
    # A resend answers the stored result: duplicate, with the quarantine reason.
    again = a1.push(entries)
    assert statuses(again) == ["duplicate"] * len(entries)
    assert (again.results[1].reason or "").startswith("quarantined: unknown entity")
    assert count(world.db, "quarantine") == len(bad)


def test_a_receipt_number_used_twice_is_quarantined_with_a_sentence(world: World) -> None:
    a1, a2 = world.a1, world.a2
    p = product(a1)
    a1.push([a1.entry("products", p)])
    a1.push(sale_entries(a1, world.warehouse(a1), p["id"], receipt="S01-T01-000007"))
    clash = sale_entries(a2, world.warehouse(a2), p["id"], receipt="S01-T01-000007")
    resp = a2.push(clash[:1])
    assert statuses(resp) == ["quarantined"]
    reason = resp.results[0].reason or ""
    assert reason.startswith("another sales already has the same receipt_number"), reason
    assert "(database: " in reason  # the database's own words stay for an administrator


def test_a_gap_is_refused_and_changes_nothing(world: World) -> None:
    a1 = world.a1
    a1.push([a1.entry("products", product(a1))])
    a1.seq += 3  # entries 2-4 never arrive
    late = a1.entry("products", product(a1))
    with pytest.raises(HqError) as caught:
        a1.push([late])
    assert caught.value.code == ErrorCode.SEQ_GAP and caught.value.status == 409
    assert caught.value.details == {"last_seq": 1}
    assert count(world.db, "products") == 1
    assert _last_seq(world, a1.scope.device_id) == 1


def test_a_seq_held_under_another_op_is_a_conflict(world: World) -> None:
    a1 = world.a1
    a1.push([a1.entry("products", product(a1)), a1.entry("products", product(a1))])
    # A terminal restored from its own backup numbers new work from seq 2 again.
    reused = a1.entry("products", product(a1), seq=2)
    with pytest.raises(HqError) as caught:
        a1.push([reused])
    assert caught.value.code == ErrorCode.SEQ_CONFLICT
    assert caught.value.details == {"last_seq": 2}
    assert count(world.db, "products") == 2
    # It renumbers after HQ's last_seq and goes on.
    renumbered = PushEntry(**{**reused.to_json(), "seq": 3})
    assert statuses(a1.push([renumbered])) == ["applied"]


def test_a_known_op_renumbered_after_a_conflict_is_a_duplicate(world: World) -> None:
    a1 = world.a1
    first = a1.entry("products", product(a1))
    a1.push([first, a1.entry("products", product(a1))])
    moved = PushEntry(**{**first.to_json(), "seq": 3})
    fresh = a1.entry("products", product(a1), seq=4)
    resp = a1.push([moved, fresh])
    assert statuses(resp) == ["duplicate", "applied"]
    assert resp.last_seq == 4
    assert count(world.db, "products") == 3


def test_a_batch_overlapping_what_hq_holds_applies_only_the_new_part(world: World) -> None:
    a1 = world.a1
    entries = [a1.entry("products", product(a1)) for _ in range(4)]
    a1.push(entries[:2])
    resp = a1.push(entries)
    assert statuses(resp) == ["duplicate", "duplicate", "applied", "applied"]
    assert count(world.db, "products") == 4


def test_an_unsupported_schema_version_is_refused_whole(world: World) -> None:
    a1 = world.a1
    entry = a1.entry("products", product(a1))
    newer = PushEntry(**{**entry.to_json(), "schema_version": 99})
    with pytest.raises(HqError) as caught:
        a1.push([newer])
    assert caught.value.code == ErrorCode.SCHEMA_UNSUPPORTED
    assert count(world.db, "applied_ops") == 0


# --- lww: customers -----------------------------------------------------------------------


def test_customer_edits_of_different_fields_on_two_tills_both_survive(world: World) -> None:
    a1, a3 = world.a1, world.a3
    c = customer(a1)
    a1.push([a1.entry("customers", c)])
    e1 = a1.entry("customers", {**c, "email": "nimal@example.lk", "_changed": ["email"]}, "update")
    e3 = a3.entry("customers", {**c, "phone": "0711111111", "_changed": ["phone"]}, "update")
    a3.push([e3])
    a1.push([e1])
    stored = row(world.db, "customers", c["id"])
    assert stored is not None
    assert stored["email"] == "nimal@example.lk" and stored["phone"] == "0711111111"


def test_the_same_customer_field_goes_to_the_highest_clock_whatever_the_order(
    world: World,
) -> None:
    a1, a3 = world.a1, world.a3
    c = customer(a1)
    a1.push([a1.entry("customers", c)])
    older = a1.entry(
        "customers", {**c, "name": "Old", "_changed": ["name"]}, "update", hlc=a1.hlc(1000)
    )
    newer = a3.entry(
        "customers", {**c, "name": "New", "_changed": ["name"]}, "update", hlc=a3.hlc(2000)
    )
    a3.push([newer])
    a1.push([older])  # arrives last, but was made first
    assert row(world.db, "customers", c["id"])["name"] == "New"  # type: ignore[index]
    # The losing till gets HQ's row back on its next pull.
    changes, _ = a1.pull_all()
    mine = [ch for ch in changes if ch.entity_id == c["id"]]
    assert mine and mine[-1].row and mine[-1].row["name"] == "New"


def test_a_clock_a_day_fast_cannot_win_every_edit(world: World) -> None:
    a1, a3 = world.a1, world.a3
    c = customer(a1)
    a1.push([a1.entry("customers", c)])
    fast = a1.entry(
        "customers",
        {**c, "name": "From the future", "_changed": ["name"]},
        "update",
        hlc=a1.hlc(int(timedelta(days=1).total_seconds() * 1000)),
    )
    a1.push([fast])
    # Ten minutes later (real time) another till edits the name: it must win.
    a3.wall_ms += 10 * 60 * 1000
    honest = a3.entry("customers", {**c, "name": "Today", "_changed": ["name"]}, "update")
    a3.push([honest], now=later(10))
    assert row(world.db, "customers", c["id"])["name"] == "Today"  # type: ignore[index]


def test_edits_clamped_in_one_batch_keep_the_fast_devices_order(world: World) -> None:
    a1 = world.a1
    c = customer(a1)
    a1.push([a1.entry("customers", c)])
    day = int(timedelta(days=1).total_seconds() * 1000)
    # A real HLC: the counter starts again at 0 when the wall clock moves on.
    node = a1.scope.device_id
    early = HlcStamp(a1.wall_ms + day, 7, node).encode()
    late = HlcStamp(a1.wall_ms + day + 1_000, 0, node).encode()
    first = a1.entry("customers", {**c, "name": "First", "_changed": ["name"]}, "update", hlc=early)
    second = a1.entry(
        "customers", {**c, "name": "Second", "_changed": ["name"]}, "update", hlc=late
    )
    assert statuses(a1.push([first, second])) == ["applied", "applied"]
    # Both stamps were clamped to the same instant; the later edit still wins.
    assert row(world.db, "customers", c["id"])["name"] == "Second"  # type: ignore[index]


def test_a_customer_from_another_organization_cannot_be_overwritten(world: World) -> None:
    b1, a1 = world.b1, world.a1
    c = customer(b1)
    b1.push([b1.entry("customers", c)])
    hijack = {**c, "organization_id": a1.org, "name": "Mine now", "_changed": ["name"]}
    resp = a1.push([a1.entry("customers", hijack, "update")])
    assert statuses(resp) == ["quarantined"]
    assert row(world.db, "customers", c["id"])["name"] == c["name"]  # type: ignore[index]


# --- hq: reference data -------------------------------------------------------------------


def test_a_product_edit_wins_by_clock_and_an_older_proposal_is_re_broadcast(world: World) -> None:
    a1, a2 = world.a1, world.a2
    p = product(a1)
    a1.push([a1.entry("products", p)])
    _, cursor = a2.pull_all()
    stale = a2.entry("products", {**p, "price_minor": 40000}, "update", hlc=a2.hlc(-60_000))
    fresh = a1.entry("products", {**p, "price_minor": 50000}, "update", hlc=a1.hlc(5_000))
    a1.push([fresh])
    resp = a2.push([stale])
    assert statuses(resp) == ["applied"]  # accepted as a proposal, lost the merge
    assert row(world.db, "products", p["id"])["price_minor"] == 50000  # type: ignore[index]
    changes, _ = a2.pull_all(cursor)
    latest = [c for c in changes if c.entity_id == p["id"]][-1]
    assert latest.row is not None and latest.row["price_minor"] == 50000


def test_a_terminal_never_overwrites_the_coupon_use_count_hq_keeps(world: World) -> None:
    a1 = world.a1
    cp = coupon(a1, "SAVE10", usage_limit=10)
    a1.push([a1.entry("coupons", cp)])
    a1.push([a1.entry("coupon_usages", coupon_usage(a1, cp["id"])) for _ in range(3)])
    edit = {**cp, "name": "Ten off", "used_count": 0, "updated_at": iso(later(1))}
    a1.push([a1.entry("coupons", edit, "update")], now=later(1))
    stored = row(world.db, "coupons", cp["id"])
    assert stored is not None and stored["name"] == "Ten off" and stored["used_count"] == 3


def test_uses_pushed_before_their_coupon_are_counted_when_it_arrives(world: World) -> None:
    a1 = world.a1
    cp = coupon(a1, "EARLY", usage_limit=None)
    a1.push([a1.entry("coupon_usages", coupon_usage(a1, cp["id"])) for _ in range(2)])
    a1.push([a1.entry("coupons", cp)])
    assert row(world.db, "coupons", cp["id"])["used_count"] == 2  # type: ignore[index]


def test_rows_without_a_clock_merge_by_updated_at(world: World) -> None:
    a1, a2 = world.a1, world.a2
    wh = row(world.db, "warehouses", world.warehouse(a1))
    assert wh is not None
    base = {k: (iso(v) if hasattr(v, "isoformat") else v) for k, v in wh.items()}
    newer = {**base, "name": "Shop floor", "updated_at": iso(later(5))}
    older = {**base, "name": "Old name", "updated_at": iso(later(2))}
    a1.push([a1.entry("warehouses", newer, "update")], now=later(6))
    a2.push([a2.entry("warehouses", older, "update")], now=later(6))
    assert row(world.db, "warehouses", wh["id"])["name"] == "Shop floor"  # type: ignore[index]


def test_a_deleted_variant_leaves_a_tombstone(world: World) -> None:
    a1, a3 = world.a1, world.a3
    p = product(a1)
    variant = {
        "id": new_id(),
        "organization_id": a1.org,
        "product_id": p["id"],
        "name": "Size",
        "value": "1 kg",
        "sku": None,
        "barcode": None,
        "price_minor": None,
        "images": [],
        "sort_order": 0,
        "is_active": True,
        "created_at": iso(NOW),
        "updated_at": iso(NOW),
    }
    a1.push([a1.entry("products", p), a1.entry("product_variants", variant)])
    _, cursor = a3.pull_all()
    later_variant = {**variant, "updated_at": iso(later(1))}
    a1.push([a1.entry("product_variants", later_variant, "delete")], now=later(1))
    assert row(world.db, "product_variants", variant["id"]) is None
    changes, _ = a3.pull_all(cursor)
    assert [(c.entity, c.op) for c in changes] == [("product_variants", "delete")]
