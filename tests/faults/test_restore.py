"""HQ's database restored from a backup (SQLite: ``pos-hq backup``, later ``pos-hq restore``,
which gives the database a new epoch). Terminals notice the new epoch, push again what HQ
lost (sales, a customer edit), snapshot reference data again, and in the end HQ holds every
sale once, its derived stock is right, and every terminal agrees with it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from sync.client.status import Connection
from sync.protocol import ErrorCode
from sync.server import service
from sync.server.schema import table
from tests.faults.conftest import new_world, start_hq, stop_hq
from tests.faults.invariants import check_all, hq_sales
from tests.faults.world import FaultWorld

# One HQ process serves the package: keep its tests on one xdist worker.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("faults")]


@pytest.fixture
def sqlite_world(tmp_path: Path, empty_terminal: Path) -> Iterator[FaultWorld]:
    hq = start_hq(f"sqlite:///{tmp_path / 'hq.db'}", tmp_path / "hq")
    world = new_world(hq, tmp_path, empty_terminal)
    yield world
    world.close()
    world.proxy.close()
    stop_hq(hq)


def test_hq_restored_from_a_backup(sqlite_world: FaultWorld, tmp_path: Path) -> None:
    world = sqlite_world
    a, b = world.till("a"), world.till("b")
    c = world.till("c", store="S02")
    for till in (a, b, c):
        till.sell_many(2)
    customer = a.new_customer("Nimal Perera", "0771234561")
    world.quiesce()
    backup = tmp_path / "backup.db"
    assert world.hq.cli("backup", str(backup))["backup"] == str(backup)
    before_backup = set(hq_sales(world.hq.db, world.org.id))

    # After the backup: a new till is enrolled, more sales and a customer edit reach HQ and
    # every terminal.
    late = world.till("late")
    late.sell_many(2, start=2)
    a.sell_many(2, start=1)
    b.sell_many(1, start=2)
    c.sell_many(2, start=3)
    b.edit_customer(customer, notes="asked for a receipt by e-mail")
    world.quiesce()
    a.sell_many(1, start=5)  # and one sale not yet sent when HQ goes down

    # HQ's disk dies; the backup goes back in.
    with world.hq.db.transaction(readonly=True) as s:
        old_epoch = service.server_epoch(s)
    world.hq.proc.stop()
    world.hq.db.dispose()
    restored = world.hq.cli("restore", str(backup))
    assert restored["server_epoch"] != old_epoch
    world.hq.proc.start()
    assert set(hq_sales(world.hq.db, world.org.id)) == before_backup

    # The till enrolled after the backup is unknown to the restored HQ: blocked, until a
    # manager enrolls it again; then its sales go up under its new device.
    forgotten = late.round()
    assert not forgotten.ok and forgotten.connection is Connection.BLOCKED
    assert forgotten.error_code == ErrorCode.UNAUTHORIZED
    late = world.enroll_again(late, "late again")

    reports = {till.name: till.round() for till in (a, b, c)}
    for name, report in reports.items():
        assert report.ok, (name, report)
        assert report.restored, name  # the new epoch was noticed
        assert report.snapshot_pages > 0, name  # reference data snapshotted again
    # What HQ lost went up again; what it kept came back as duplicates, never twice.
    assert reports["a"].reopened > 0 and reports["b"].reopened > 0 and reports["c"].reopened > 0
    check_all(world)
    customers = table("customers")
    with world.hq.db.transaction(readonly=True) as s:
        notes = s.execute(select(customers.c.notes).where(customers.c.id == customer)).scalar()
    assert notes == "asked for a receipt by e-mail"
