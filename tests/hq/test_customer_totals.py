"""Customers' purchase totals at HQ: counted from the sales ledger, never taken from a terminal.

Each test runs on SQLite and PostgreSQL (``hq_db``). The expected figures are the terminal's
rule written out here apart: a SALE is +1 order, a VOID -1, a RETURN 0; every document adds its
``total_minor`` to the amount spent.
"""

from __future__ import annotations

from typing import Any

from pos_desktop.core.ids import new_id
from sync.protocol import PushEntry
from tests.hq.world import NOW, Dev, World, customer, iso, movement, row, statuses


def sale(
    dev: Dev,
    customer_id: str | None,
    total_minor: int,
    *,
    kind: str = "SALE",
    original_sale_id: str | None = None,
) -> dict[str, Any]:
    """A ``sales`` row in the terminal's wire format."""
    sale_id = new_id()
    return {
        "id": sale_id,
        "organization_id": dev.org,
        "store_id": dev.store,
        "device_id": dev.scope.device_id,
        "receipt_number": f"{dev.name}-{sale_id[-12:]}",
        "kind": kind,
        "original_sale_id": original_sale_id,
        "shift_id": None,
        "cashier_id": new_id(),
        "approved_by_id": None,
        "customer_id": customer_id,
        "currency": "LKR",
        "subtotal_minor": total_minor,
        "discount_minor": 0,
        "tax_minor": 0,
        "total_minor": total_minor,
        "tax_inclusive": True,
        "coupon_id": None,
        "coupon_code": None,
        "coupon_discount_minor": 0,
        "loyalty_points_earned": 0,
        "loyalty_points_redeemed": 0,
        "status": "COMPLETED",
        "reason": None,
        "notes": None,
        "created_at": iso(NOW),
    }


def sell(dev: Dev, customer_id: str | None, total_minor: int, **kw: Any) -> dict[str, Any]:
    row_ = sale(dev, customer_id, total_minor, **kw)
    assert statuses(dev.push([dev.entry("sales", row_)])) == ["applied"]
    return row_


def new_customer(dev: Dev, **over: Any) -> dict[str, Any]:
    c = customer(dev, **over)
    assert statuses(dev.push([dev.entry("customers", c)])) == ["applied"]
    return c


def merge(dev: Dev, duplicate: dict[str, Any], survivor_id: str) -> PushEntry:
    """The update a terminal's ``merge_customers`` pushes for the duplicate."""
    return dev.entry(
        "customers",
        {**duplicate, "merged_into_id": survivor_id, "_changed": ["merged_into_id"]},
        "update",
    )


def totals(world: World, customer_id: str) -> tuple[int, int]:
    stored = row(world.db, "customers", customer_id)
    assert stored is not None
    return int(stored["total_orders"]), int(stored["total_spent_minor"])


def pulled_totals(dev: Dev, customer_id: str) -> tuple[int, int] | None:
    """The figures of the newest copy of the customer ``dev`` pulls."""
    changes, _ = dev.pull_all()
    mine = [ch for ch in changes if ch.entity == "customers" and ch.entity_id == customer_id]
    if not mine or mine[-1].row is None:
        return None
    latest = mine[-1].row
    return int(latest["total_orders"]), int(latest["total_spent_minor"])


def test_sales_in_two_stores_are_counted_once_each_and_go_down_to_every_till(
    world: World,
) -> None:
    a1, a2, a3 = world.a1, world.a2, world.a3
    c = new_customer(a1)
    sell(a1, c["id"], 450_00)  # store S01
    sell(a3, c["id"], 1250_00)  # store S02, offline the same day
    sell(a1, None, 99_00)  # an anonymous sale counts for nobody
    assert totals(world, c["id"]) == (2, 1700_00)
    for dev in (a1, a2, a3):
        assert pulled_totals(dev, c["id"]) == (2, 1700_00), dev.name


def test_a_resent_or_repeated_sale_is_not_counted_twice(world: World) -> None:
    a1, a2 = world.a1, world.a2
    c = new_customer(a1)
    first = sale(a1, c["id"], 300_00)
    batch = [a1.entry("sales", first)]
    a1.push(batch)
    assert statuses(a1.push(batch)) == ["duplicate"]  # the response was lost: sent again
    # Another till of the store pushes the very same row (it had pulled it): a harmless repeat.
    assert statuses(a2.push([a2.entry("sales", first)])) == ["applied"]
    assert totals(world, c["id"]) == (1, 300_00)


def test_a_void_takes_the_order_back_and_a_return_only_the_amount(world: World) -> None:
    a1, a3 = world.a1, world.a3
    c = new_customer(a1)
    voided = sell(a1, c["id"], 500_00)
    kept = sell(a3, c["id"], 800_00)
    sell(a1, c["id"], -500_00, kind="VOID", original_sale_id=voided["id"])
    assert totals(world, c["id"]) == (1, 800_00)
    sell(a3, c["id"], -300_00, kind="RETURN", original_sale_id=kept["id"])
    assert totals(world, c["id"]) == (1, 500_00)
    assert pulled_totals(world.a2, c["id"]) == (1, 500_00)


def test_totals_pushed_by_a_terminal_are_ignored_on_insert_and_update(world: World) -> None:
    a1, a3 = world.a1, world.a3
    c = new_customer(a1, total_orders=7, total_spent_minor=9999_00)
    assert totals(world, c["id"]) == (0, 0)
    sell(a3, c["id"], 200_00)
    # An older terminal still pushing its local count as an edit (with a real edit beside it).
    edit = {
        **c,
        "name": "Nimal K. Perera",
        "total_orders": 1,
        "total_spent_minor": 50_00,
        "_changed": ["name", "total_orders", "total_spent_minor"],
    }
    assert statuses(a1.push([a1.entry("customers", edit, "update")])) == ["applied"]
    stored = row(world.db, "customers", c["id"])
    assert stored is not None and stored["name"] == "Nimal K. Perera"
    assert totals(world, c["id"]) == (1, 200_00)
    # Only the counts in an edit: nothing to merge, nothing changes.
    only_counts = {**c, "total_orders": 40, "total_spent_minor": 1, "_changed": ["total_orders"]}
    a3.push([a3.entry("customers", only_counts, "update")])
    assert totals(world, c["id"]) == (1, 200_00)


def test_a_merged_customers_sales_count_for_the_survivor(world: World) -> None:
    a1, a2, a3 = world.a1, world.a2, world.a3
    keep = new_customer(a1)
    dup = new_customer(a3, name="N. Perera")
    sell(a1, keep["id"], 100_00)
    sell(a3, dup["id"], 250_00)
    assert totals(world, dup["id"]) == (1, 250_00)
    assert statuses(a1.push([merge(a1, dup, keep["id"])])) == ["applied"]
    assert totals(world, keep["id"]) == (2, 350_00)
    assert totals(world, dup["id"]) == (0, 0)
    # A till that has not heard of the merge yet sells to the old id: the survivor counts it.
    sell(a3, dup["id"], 40_00)
    assert totals(world, keep["id"]) == (3, 390_00)
    assert totals(world, dup["id"]) == (0, 0)
    assert pulled_totals(a2, keep["id"]) == (3, 390_00)
    assert pulled_totals(a2, dup["id"]) == (0, 0)
    # A chain (dup -> keep -> top) counts on the last survivor.
    top = new_customer(a2, name="Nimal Perera (card)")
    a2.push([merge(a2, keep, top["id"])])
    assert [totals(world, c["id"]) for c in (top, keep, dup)] == [(3, 390_00), (0, 0), (0, 0)]
    sell(a1, dup["id"], 10_00)
    assert totals(world, top["id"]) == (4, 400_00)


def test_two_tills_merging_each_into_the_other_count_on_the_smallest_id(world: World) -> None:
    a1, a3 = world.a1, world.a3
    x, y = new_customer(a1), new_customer(a3)
    sell(a1, x["id"], 100_00)
    sell(a3, y["id"], 200_00)
    a1.push([merge(a1, x, y["id"])])
    a3.push([merge(a3, y, x["id"])])  # offline, the other way round
    low, high = sorted((x["id"], y["id"]))
    assert totals(world, low) == (2, 300_00)
    assert totals(world, high) == (0, 0)
    sell(a1, high, 5_00)
    assert totals(world, low) == (3, 305_00)


def test_a_sale_pushed_before_its_customer_is_counted_when_the_customer_arrives(
    world: World,
) -> None:
    a1, a2, a3 = world.a1, world.a2, world.a3
    c = customer(a1)
    # HQ lost the customer (restored from a backup): S02's sale reaches HQ before a1 pushes the
    # customer again.
    sell(a3, c["id"], 700_00)
    assert row(world.db, "customers", c["id"]) is None
    a1.push([a1.entry("customers", c), a1.entry("sales", sale(a1, c["id"], 300_00))])
    assert totals(world, c["id"]) == (2, 1000_00)  # the early sale once, the batch's once
    assert pulled_totals(a2, c["id"]) == (2, 1000_00)
    # A duplicate merged into a survivor HQ does not know yet: counted when the survivor lands.
    keep = customer(a2)
    dup = customer(a2, name="N. Perera")
    a2.push([a2.entry("customers", dup), a2.entry("sales", sale(a2, dup["id"], 50_00))])
    a2.push([merge(a2, dup, keep["id"])])
    assert totals(world, dup["id"]) == (0, 0)
    a2.push([a2.entry("customers", keep)])
    assert totals(world, keep["id"]) == (1, 50_00)


def test_a_sale_and_a_merge_applied_one_by_one_are_counted_once(world: World) -> None:
    """A data error in the batch makes HQ apply it entry by entry, in push order: the sale
    lands before the merge that recounts the group, and must not be added again."""
    a1 = world.a1
    keep, dup = new_customer(a1), new_customer(a1, name="N. Perera")
    refused = movement(a1, world.warehouse(a1), new_id(), 0)  # the database refuses it
    resp = a1.push(
        [
            a1.entry("sales", sale(a1, dup["id"], 120_00)),
            merge(a1, dup, keep["id"]),
            a1.entry("stock_movements", refused),
            a1.entry("sales", sale(a1, keep["id"], 30_00)),
        ]
    )
    assert statuses(resp) == ["applied", "applied", "quarantined", "applied"]
    assert totals(world, keep["id"]) == (2, 150_00)
    assert totals(world, dup["id"]) == (0, 0)


def test_a_sale_naming_another_organizations_customer_counts_for_nobody(world: World) -> None:
    a1, b1 = world.a1, world.b1
    theirs = new_customer(b1)
    sell(b1, theirs["id"], 100_00)
    sell(a1, theirs["id"], 999_00)  # a forged or colliding id from organization A
    assert totals(world, theirs["id"]) == (1, 100_00)
