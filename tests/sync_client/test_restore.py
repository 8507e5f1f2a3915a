"""Restores and clones: HQ restored from a backup, a terminal restored from its own backup,
a sequence gap, a copied database file, tombstones purged past a terminal's cursor."""

from __future__ import annotations

import shutil

from pos_desktop.store.models.catalog import Product, TaxClass
from pos_desktop.store.terminal import open_database
from sync.client.build import build_sync
from sync.client.credentials import CredentialStore
from sync.client.state import load_cursor
from sync.client.status import Connection
from tests.sync_client import rows
from tests.sync_client.conftest import APP_VERSION, World
from tests.sync_client.helpers import count, open_shift, pending, sell


def receipts(world: World) -> list[str]:
    return sorted(r["receipt_number"] for r in world.hq.rows(world.org, "sales").values())


def ledger_ids(world: World, entity: str) -> list[str]:
    return sorted(world.hq.rows(world.org, entity))


def test_hq_restored_from_a_backup_gets_the_lost_entries_again(world: World) -> None:
    till = world.till()
    assert till.engine.run_round().ok
    open_shift(till.db)
    before = sell(till.db, "SKU-0000001")
    assert till.engine.run_round().ok
    backup = world.hq.backup()
    lost = [sell(till.db, "SKU-0000002"), sell(till.db, "SKU-0000000")]
    assert till.engine.run_round().ok and pending(till.db) == 0
    lines_before_restore = ledger_ids(world, "sale_lines")
    world.hq.restore(backup)  # HQ lost the last two sales (and gets a new epoch)
    assert receipts(world) == [before.receipt_number]
    report = till.engine.run_round()
    assert report.ok and report.restored and report.reopened > 0
    assert report.snapshot_pages > 0  # reference data again
    assert receipts(world) == sorted([before.receipt_number, *(s.receipt_number for s in lost)])
    assert ledger_ids(world, "sale_lines") == lines_before_restore
    assert pending(till.db) == 0
    assert till.engine.run_round().ok and not till.engine.run_round().restored


def test_hq_restored_mid_round_is_noticed_on_the_next_one(world: World) -> None:
    till = world.till()
    assert till.engine.run_round().ok
    open_shift(till.db)
    backup = world.hq.backup()
    sell(till.db, "SKU-0000001")

    def restore_before_pull(path: str, _body: object) -> None:
        if path == "/v1/pull":
            world.hq.before_apply = None
            world.hq.restore(backup)

    world.hq.before_apply = restore_before_pull
    report = till.engine.run_round()
    assert not report.ok and report.error_code == "epoch_changed"
    assert till.engine.run_round().ok
    assert len(receipts(world)) == 1 and pending(till.db) == 0


def test_terminal_restored_from_its_own_backup_renumbers_and_loses_nothing(world: World) -> None:
    till = world.till()
    assert till.engine.run_round().ok
    open_shift(till.db)
    kept = sell(till.db, "SKU-0000001")
    assert till.engine.run_round().ok
    till.engine.close()
    till.db.dispose()
    backup = till.path.with_suffix(".bak")
    shutil.copyfile(till.path, backup)
    till.reopen()
    after_backup = sell(till.db, "SKU-0000002")
    assert till.engine.run_round().ok
    # The disk dies; the shop restores last night's copy in the same place.
    till.engine.close()
    till.db.dispose()
    shutil.copyfile(backup, till.path)
    for leftover in (till.path.with_name("pos.db-wal"), till.path.with_name("pos.db-shm")):
        leftover.unlink(missing_ok=True)
    till.reopen()
    fresh = sell(till.db, "SKU-0000000")
    report = till.engine.run_round()
    assert report.ok and report.renumbered > 0
    assert pending(till.db) == 0
    sales = world.hq.rows(world.org, "sales")
    assert kept.sale_id in sales and after_backup.sale_id in sales and fresh.sale_id in sales
    assert len(sales) == 3
    # Every op HQ holds from this device is there once, and the seqs never collided.
    device = till.identity.device_id
    held = [op for (dev, op) in world.hq.state.applied if dev == device]
    assert len(held) == len(set(held))
    assert till.engine.run_round().ok


def test_seq_gap_resends_what_hq_lost(world: World) -> None:
    till = world.till()
    assert till.engine.run_round().ok
    open_shift(till.db)
    sell(till.db, "SKU-0000001")
    assert till.engine.run_round().ok
    device = till.identity.device_id
    top = world.hq.state.last_seq[device]
    sell(till.db, "SKU-0000002")

    def forget_last_two(path: str, _body: object) -> None:
        # HQ loses its last two entries from this device after the hello (no new epoch).
        if path == "/v1/push":
            world.hq.before_apply = None
            st = world.hq.state
            for key, (seq, _status, _reason) in list(st.applied.items()):
                if key[0] == device and seq > top - 2:
                    del st.applied[key]
            st.last_seq[device] = top - 2

    world.hq.before_apply = forget_last_two
    report = till.engine.run_round()
    assert report.ok and report.reopened == 2
    assert world.hq.state.last_seq[device] == top + report.applied - 2
    assert pending(till.db) == 0


def test_a_cloned_database_is_blocked_and_the_original_goes_on(world: World) -> None:
    till = world.till()
    assert till.engine.run_round().ok
    open_shift(till.db)
    till.engine.close()
    till.db.dispose()
    clone_path = world.tmp / "clone" / "pos.db"
    clone_path.parent.mkdir()
    shutil.copyfile(till.path, clone_path)
    till.reopen()
    clone_db = open_database(clone_path)
    clone = build_sync(
        clone_db,
        credentials=CredentialStore(),
        app_version=APP_VERSION,
        transport=world.hq.transport,
    )
    assert clone is not None
    try:
        sell(clone_db, "SKU-0000001")
        report = clone.run_round()
        assert not report.ok and report.error_code == "instance_mismatch"
        assert report.connection is Connection.BLOCKED
        assert clone.status().last_error is not None
        assert "moved or cloned" in (clone.status().last_error or "")
    finally:
        clone.close()
        clone_db.dispose()
    assert world.hq.rows(world.org, "sales") == {}
    sale = sell(till.db, "SKU-0000002")
    assert till.engine.run_round().ok
    assert receipts(world) == [sale.receipt_number]


def test_purged_tombstones_make_the_terminal_resnapshot(world: World) -> None:
    till = world.till()
    assert till.engine.run_round().ok
    gone = rows.tax_class(world.org, "GONE", "0.02")
    world.hq.put(world.org, "tax_classes", gone)
    assert till.engine.run_round().ok
    assert count(till.db, TaxClass, TaxClass.code == "GONE") == 1
    world.hq.delete(world.org, "tax_classes", gone["id"])
    world.hq.put(world.org, "products", rows.product(world.org, 99))
    world.hq.purge_tombstones(world.org)  # the terminal never saw the tombstone
    report = till.engine.run_round()
    assert report.ok and report.snapshot_pages > 0
    assert count(till.db, TaxClass, TaxClass.code == "GONE") == 0  # pruned by the snapshot
    assert count(till.db, Product) == 4
    with till.db.read() as s:
        assert load_cursor(s).cursor == world.hq.state.versions[world.org]
