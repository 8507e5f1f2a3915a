"""A customer's purchase totals after an offline day in two stores.

``customers.total_orders`` and ``total_spent_minor`` are sums of the sales ledger, like stock and
points (DESIGN.md section 3): HQ counts them from the sales it inserts (on the customer's
survivor) and never takes a terminal's copy, and a terminal writes them as a device-local cache
that never travels (its own sales added to HQ's last count). After the day below the customer has
two sales, one per store, and HQ and every till hold 2 orders, not one till's local count.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.e2e import shop
from tests.e2e.oracle import HqDatabase, TerminalFile
from tests.e2e.scenario import CATALOG_A
from tests.e2e.world import USERS, World, import_catalog, write_catalog
from tests.support.hq_process import setup_tenant


def test_purchase_totals_count_the_sales_of_every_store(
    start_world: Callable[[str], World], tmp_path: Path
) -> None:
    db_url = f"sqlite:///{tmp_path / 'hq-totals.db'}"
    tenant = setup_tenant(db_url, "Perera Stores", ("S01", "S02"), users=USERS)
    import_catalog(db_url, tenant, write_catalog(tmp_path / "catalog.csv", CATALOG_A))
    world = start_world(db_url)
    t1, t3 = world.enroll("T1", tenant, "S01"), world.enroll("T3", tenant, "S02")
    for till in world:
        assert till.sync().ok
    nimal = shop.new_customer(t1, "Nimal Perera", "0771234567")
    world.sync_until_quiescent()

    world.go_offline()
    for till, sku in ((t1, "TEA-100"), (t3, "RICE-5KG")):
        shop.open_shift(till)
        shop.sell(till, [(sku, 1)], customer_id=nimal)
    world.sync_until_quiescent()

    hq = HqDatabase(db_url)
    try:
        ledger = hq.rows(
            "SELECT count(*) AS orders, sum(total_minor) AS spent FROM sales "
            "WHERE customer_id = :c",
            c=nimal,
        )[0]
        assert ledger["orders"] == 2
        expected = (2, int(ledger["spent"]))
        row = hq.rows("SELECT * FROM customers WHERE id = :c", c=nimal)[0]
        assert (row["total_orders"], row["total_spent_minor"]) == expected
        for till in world:
            held = TerminalFile(till.name, till.path).rows(
                "SELECT total_orders, total_spent_minor FROM customers WHERE id = ?", nimal
            )[0]
            assert (held["total_orders"], held["total_spent_minor"]) == expected, till.name
        # The figures never travel as customer edits: the only customers entry is the creation.
        entries = TerminalFile(t1.name, t1.path).rows(
            "SELECT operation FROM sync_outbox WHERE entity = 'customers'"
        )
        assert [e["operation"] for e in entries] == ["insert"]
    finally:
        hq.close()
