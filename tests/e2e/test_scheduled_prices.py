"""A price change scheduled at one till applies at another till of another store, offline, at
its moment: the schedule travels T1 -> HQ -> T3 like any catalog row (kind "hq", down to the
whole organization), and T3 switches price when the clock passes ``effective_from`` with no
network and nothing written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pos_desktop.services import till_io
from pos_desktop.services.scheduled_prices import cancel_scheduled_price, schedule_price
from tests.e2e import shop
from tests.e2e.oracle import HqDatabase, TerminalFile
from tests.e2e.scenario import CATALOG_A
from tests.e2e.world import USERS, World, import_catalog, write_catalog
from tests.support.hq_process import setup_tenant

TEA_BARCODE = "4790000000037"  # TEA-100, 900.00 in CATALOG_A
MILK_BARCODE = "4790000000020"  # MILK-1L, 450.00


def test_a_change_scheduled_at_one_till_applies_at_another(
    start_world: Callable[[str], World], tmp_path: Path
) -> None:
    db_url = f"sqlite:///{tmp_path / 'hq-prices.db'}"
    tenant = setup_tenant(db_url, "Perera Stores", ("S01", "S02"), users=USERS)
    import_catalog(db_url, tenant, write_catalog(tmp_path / "catalog.csv", CATALOG_A))
    world = start_world(db_url)
    t1, t3 = world.enroll("T1", tenant, "S01"), world.enroll("T3", tenant, "S02")
    for till in world:
        assert till.sync().ok
    now = datetime.now(UTC)
    at = (now + timedelta(hours=2)).replace(microsecond=0)
    manager = t1.actor("manager")
    kept = schedule_price(
        t1.ctx, manager, shop.product(t1, "TEA-100").product_id, 990_00, at, note="new tea price"
    ).schedule
    dropped = schedule_price(
        t1.ctx, manager, shop.product(t1, "MILK-1L").product_id, 400_00, at
    ).schedule
    cancel_scheduled_price(t1.ctx, manager, dropped.id, "supplier kept the price")
    world.sync_until_quiescent()

    hq = HqDatabase(db_url)
    try:
        rows = hq.rows("SELECT id, price_minor, cancelled_at FROM scheduled_prices ORDER BY id")
    finally:
        hq.close()
    assert {(r["id"], r["price_minor"], r["cancelled_at"] is None) for r in rows} == {
        (kept.id, 990_00, True),
        (dropped.id, 400_00, False),
    }
    held = TerminalFile(t3.name, t3.path).rows(
        "SELECT id, cancelled_at FROM scheduled_prices ORDER BY id"
    )
    assert {(r["id"], r["cancelled_at"] is None) for r in held} == {
        (kept.id, True),
        (dropped.id, False),
    }

    world.go_offline()  # the moment comes with no network: T3 switches on its own
    for moment, tea, milk in (
        (at - timedelta(seconds=1), 900_00, 450_00),
        (at, 990_00, 450_00),
        (at + timedelta(days=1), 990_00, 450_00),
    ):
        ctx = replace(t3.ctx, clock=lambda moment=moment: moment)
        config = till_io.load_settings(ctx).barcode_config
        prices = [
            till_io.resolve(ctx, code, config).action.hit.price_minor  # type: ignore[union-attr]
            for code in (TEA_BARCODE, MILK_BARCODE)
        ]
        assert prices == [tea, milk], moment
