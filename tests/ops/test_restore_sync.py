"""A till restored from its own backup syncs with a real HQ process without duplicating
anything: sell, sync, back up, sell more, sync, restore, sell more, sync. HQ holds every sale
exactly once (by id and by receipt number), quarantines none, the outbox drains, and a further
round changes nothing. Twice: with the live file still there (``pos restore`` keeps it and
moves the receipt counter past it) and after a lost disk (the counter moves when HQ sends the
till's own later sales back in the snapshot)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from pos_desktop.ops.backup import make_backup
from pos_desktop.ops.backup_restore import restore_backup
from pos_desktop.paths import database_files
from pos_desktop.store.terminal import open_database
from sync.server.schema import table as hq_table
from tests.faults.conftest import new_world, start_hq, stop_hq
from tests.faults.invariants import hq_quarantine
from tests.faults.world import FaultWorld, Till

pytestmark = [pytest.mark.slow]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[FaultWorld]:
    template = tmp_path / "empty" / "pos.db"
    open_database(template).dispose()
    hq = start_hq(f"sqlite:///{tmp_path / 'hq.db'}", tmp_path / "hq")
    w = new_world(hq, tmp_path, template)
    yield w
    w.close()
    w.proxy.close()
    stop_hq(hq)


def hq_sales(world: FaultWorld) -> list[tuple[str, str]]:
    t = hq_table("sales")
    with world.hq.db.transaction(readonly=True) as s:
        rows = s.execute(
            select(t.c.id, t.c.receipt_number).where(t.c.organization_id == world.org.id)
        ).all()
    return [(str(r[0]), str(r[1])) for r in rows]


def local_sales(till: Till) -> set[str]:
    from pos_desktop.store.models.sales import Sale

    with till.db.read() as s:
        return set(s.execute(select(Sale.id)).scalars())


def _restore(world: FaultWorld, till: Till, backup: Path, *, disk_lost: bool) -> Till:
    """The shop puts the backup back in the same place; the app starts again on it."""
    till.close()
    world.tills.remove(till)
    if disk_lost:
        for path in database_files(till.path):
            path.unlink(missing_ok=True)
    result = restore_backup(backup, till.path)
    assert result.resnapshot  # an enrolled till fetches its own later sales back
    assert (result.receipt_counter is None) == disk_lost
    again = world.adopt(till.name, till.store, till.path, till.limits, till.timeout)
    again.sales, again.sold_milli = till.sales, till.sold_milli
    return again


@pytest.mark.parametrize("disk_lost", [False, True], ids=["live-file-kept", "disk-lost"])
def test_restore_then_sync_duplicates_nothing(world: FaultWorld, disk_lost: bool) -> None:
    till = world.till("a")
    till.sell_many(3)
    till.sync()
    backup = make_backup(till.path, world.tmp / "usb").path
    lost = till.sell_many(2, start=3)  # after the backup; HQ gets them
    till.sync()
    till = _restore(world, till, backup, disk_lost=disk_lost)
    if disk_lost:
        # Nothing local says which numbers were used after the backup: the first sync (the
        # snapshot brings this till's sales back) must come before selling.
        till.sync()
    fresh = till.sell_many(2, start=1)
    till.sync()

    sales = hq_sales(world)
    ids = [sale_id for sale_id, _ in sales]
    numbers = [number for _, number in sales]
    assert sorted(ids) == sorted(till.sales)  # every sale, once
    assert len(set(numbers)) == len(numbers) == 7  # no receipt number twice
    assert not {s.receipt_number for s in fresh} & {s.receipt_number for s in lost}
    assert hq_quarantine(world.hq.db, world.org.id, till.device_id) == {}
    assert till.pending() == 0
    assert local_sales(till) == set(till.sales)  # the lost sales came back to the till
    # Quiet: another round pushes and pulls nothing, HQ is unchanged.
    report = till.round()
    assert report.ok and report.pushed == 0 and report.pulled == 0
    assert sorted(hq_sales(world)) == sorted(sales)
