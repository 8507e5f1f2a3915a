"""``pos restore``: refusals that change nothing on disk, and a restore that keeps the live
file aside, puts the backup in place and never lets receipt numbers be issued twice."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pos_desktop.ops.backup import make_backup
from pos_desktop.ops.backup_files import app_lock
from pos_desktop.ops.backup_restore import RestoreRefused, restore_backup
from pos_desktop.services.context import ServiceContext
from pos_desktop.store.migrate import HEAD_REVISION
from pos_desktop.store.terminal import load_identity, open_database
from tests.cli.helpers import run_cli
from tests.ops.support import copy_closed, integrity, ledger_figures, query, revision, tree


def _sell_more(live: Path, n: int) -> list[str]:
    """Sales through checkout on the demo till (its manager, today's open shift)."""
    from pos_desktop.core.cart import Cart
    from pos_desktop.services import catalog
    from pos_desktop.services.auth import actor_from_user
    from pos_desktop.services.checkout import PaymentRequest, checkout
    from pos_desktop.store.models import User

    db = open_database(live)
    try:
        ctx = ServiceContext(db=db, terminal=load_identity(db))
        with db.read() as s:
            actor = actor_from_user(s.query(User).filter_by(username="manager").one())
            hit = next(iter(catalog.search_products(s, "rice")))
        numbers = []
        for _ in range(n):
            cart = Cart(ctx.terminal.currency)
            cart.add_item(
                product_id=hit.product_id,
                name=hit.name,
                unit_price=hit.price,
                tax_class=hit.tax_class(),
                quantity=1,
                sku=hit.sku,
            )
            paid = checkout(ctx, actor, cart, [PaymentRequest("CASH", 10_000_000)])
            numbers.append(paid.receipt_number)
        return numbers
    finally:
        db.dispose()


def _refused(data_dir: Path, backup: Path, match: str) -> None:
    before = tree(data_dir)
    with pytest.raises(RestoreRefused, match=match):
        restore_backup(backup, data_dir / "pos.db")
    assert tree(data_dir) == before  # nothing changed on disk


def test_a_backup_of_another_organization_is_refused(
    data_dir: Path, tmp_path: Path, terminal_template: Path
) -> None:
    other = copy_closed(terminal_template, tmp_path / "other" / "pos.db")
    foreign = make_backup(other, tmp_path / "other-backups").path
    _refused(data_dir, foreign, "belongs to organization 'Test Org'.*'Lanka Mart")


def test_a_backup_of_another_store_is_refused_naming_both(data_dir: Path, tmp_path: Path) -> None:
    copy = copy_closed(data_dir / "pos.db", tmp_path / "galle" / "pos.db")
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE stores SET id='store-galle', code='S02', name='Lanka Mart - Galle'")
    conn.execute("UPDATE devices SET store_id='store-galle'")
    conn.commit()
    conn.close()
    backup = make_backup(copy, tmp_path / "galle-backups").path
    _refused(data_dir, backup, "from store S02 'Lanka Mart - Galle'.*is store S01 'Lanka Mart")


def test_a_backup_of_a_newer_schema_is_refused(data_dir: Path, tmp_path: Path) -> None:
    backup = make_backup(data_dir / "pos.db", tmp_path / "b").path
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE alembic_version SET version_num='0099'")
    conn.commit()
    conn.close()
    _refused(data_dir, backup, "newer version of the app \\(schema 0099\\)")


def test_a_damaged_or_foreign_file_is_refused(data_dir: Path, tmp_path: Path) -> None:
    backup = make_backup(data_dir / "pos.db", tmp_path / "b").path
    damaged = tmp_path / "damaged.db"
    data = bytearray(backup.read_bytes())
    for offset in range(8192, len(data), 4096):  # every page header after the first two
        data[offset : offset + 16] = b"\xff" * 16
    damaged.write_bytes(bytes(data))
    _refused(data_dir, damaged, "damaged|not a usable backup")
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    _refused(data_dir, garbage, "not a usable backup|not a readable")
    _refused(data_dir, tmp_path / "missing.db", "does not exist")
    _refused(data_dir, data_dir / "pos.db", "live database itself")


def test_restore_is_refused_while_the_app_runs(data_dir: Path) -> None:
    backup = make_backup(data_dir / "pos.db").path
    lock = app_lock(data_dir)
    assert lock.acquire(blocking=False)
    try:
        _refused(data_dir, backup, "point of sale is running")
    finally:
        lock.release()


def test_restore_keeps_the_live_file_and_moves_receipt_numbers_past_it(data_dir: Path) -> None:
    live = data_dir / "pos.db"
    backup = make_backup(live).path
    at_backup = ledger_figures(live)
    later = _sell_more(live, 3)  # sales after the backup, in the live file only
    after_sales = ledger_figures(live)
    result = restore_backup(backup, live)
    [kept] = [p for p in result.kept_as if not p.name.endswith(("-wal", "-shm"))]
    assert kept.name.startswith("pos.db.before-restore-")
    assert ledger_figures(kept) == after_sales and integrity(kept) == "ok"
    assert ledger_figures(live) == at_backup and integrity(live) == "ok"
    assert not Path(str(live) + ".restoring").exists()
    # The next sale continues after the numbers the live file had issued.
    [fresh] = _sell_more(live, 1)
    top = max(int(n.rsplit("-", 1)[1]) for n in later)
    assert int(fresh.rsplit("-", 1)[1]) == top + 1
    assert result.receipt_counter == top + 1


def test_restore_onto_an_empty_data_dir_after_a_lost_disk(data_dir: Path, tmp_path: Path) -> None:
    backup = make_backup(data_dir / "pos.db", tmp_path / "usb").path
    fresh_dir = tmp_path / "new-machine"
    fresh_dir.mkdir()
    result = restore_backup(backup, fresh_dir / "pos.db")
    assert result.kept_as == () and result.receipt_counter is None
    assert ledger_figures(fresh_dir / "pos.db") == ledger_figures(backup)


def test_an_old_schema_backup_is_restored_and_upgraded_on_open(
    data_dir: Path, old_template: Path, tmp_path: Path
) -> None:
    old = copy_closed(old_template, tmp_path / "old" / "pos.db")
    # The demo template and its downgraded copy are the same store and till.
    backup = make_backup(old, tmp_path / "old-backups").path
    restore_backup(backup, data_dir / "pos.db")
    assert revision(data_dir / "pos.db") == "0002"
    open_database(data_dir / "pos.db").dispose()
    assert revision(data_dir / "pos.db") != "0002"
    assert ledger_figures(data_dir / "pos.db") == ledger_figures(backup)


def test_cli_backup_list_and_restore(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = str(data_dir)
    made = run_cli(capsys, "--data-dir", d, "backup")
    assert made.code == 0 and f"store S01, device T01, schema {HEAD_REVISION}" in made.out
    path = Path(made.out.split("backup: ", 1)[1].splitlines()[0])
    assert path.parent == data_dir / "backups" and path.exists()
    listed = run_cli(capsys, "--data-dir", d, "backups")
    assert listed.code == 0 and path.name in listed.out and "S01-T01" in listed.out
    assert "manual" in listed.out and "MB" in listed.out
    elsewhere = run_cli(capsys, "--data-dir", d, "backup", "--to", str(data_dir / "usb"))
    assert elsewhere.code == 0 and str(data_dir / "usb") in elsewhere.out
    sales_then = ledger_figures(data_dir / "pos.db")
    _sell_more(data_dir / "pos.db", 2)
    unconfirmed = run_cli(capsys, "--data-dir", d, "restore", str(path))
    assert unconfirmed.code == 2 and "--yes" in unconfirmed.err
    restored = run_cli(capsys, "--data-dir", d, "restore", str(path), "--yes")
    assert restored.code == 0, restored.err
    assert "previous file kept as" in restored.out and "receipt numbers continue" in restored.out
    assert ledger_figures(data_dir / "pos.db") == sales_then
    refused = run_cli(capsys, "--data-dir", d, "restore", str(data_dir / "nothing.db"), "--yes")
    assert refused.code == 2 and "does not exist" in refused.err
    assert query(data_dir / "pos.db", "PRAGMA integrity_check") == [("ok",)]
