"""Opening a database made by the previous schema revision (0002) with sales in it: a
pre-upgrade backup first, then the migration; every sale survives. A failed backup stops the
upgrade; a database from a newer app is refused with a sentence (CLI) or a message box (GUI)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pos_desktop.ops.backup import UpgradeBackupError
from pos_desktop.ops.backup_files import list_backups, read_source
from pos_desktop.store.migrate import HEAD_REVISION
from pos_desktop.store.terminal import load_identity, open_database
from tests.cli.helpers import run_cli
from tests.ops.support import copy_closed, integrity, ledger_figures, query, revision

DEMO_PASSWORD = "lankamart-admin"


@pytest.fixture
def old_dir(tmp_path: Path, old_template: Path) -> Path:
    directory = tmp_path / "data"
    copy_closed(old_template, directory / "pos.db")
    return directory


def test_the_old_file_really_is_at_0002_with_sales(old_dir: Path) -> None:
    live = old_dir / "pos.db"
    assert revision(live) == "0002"
    tables = {r[0] for r in query(live, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert "print_jobs" in tables  # 0002's table
    assert not {"loyalty_balances", "stock_levels"} & tables  # 0003's tables
    assert len(ledger_figures(live)["sales"]) > 20


def test_upgrade_backs_up_first_then_migrates_keeping_every_sale(
    old_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    live = old_dir / "pos.db"
    before = ledger_figures(live)
    db = open_database(live)  # what the app and every command do at start
    identity = load_identity(db)
    db.dispose()
    assert revision(live) == HEAD_REVISION
    assert ledger_figures(live) == before
    assert integrity(live) == "ok"
    [backup] = list_backups(old_dir / "backups")
    assert backup.kind == "pre-upgrade" and backup.revision == "0002"
    source = read_source(backup.path)  # the backup says what it is
    assert source.revision == "0002" and source.device_id == identity.device_id
    assert ledger_figures(backup.path) == before and integrity(backup.path) == "ok"
    # A second start has nothing to upgrade and takes no second copy.
    open_database(live).dispose()
    assert len(list_backups(old_dir / "backups")) == 1
    # The command line reports on the upgraded sales (the demo's closed shift, Z report).
    monkeypatch.setenv("POS_PASSWORD", DEMO_PASSWORD)
    report = run_cli(capsys, "--data-dir", str(old_dir), "report", "z", "--user", "admin")
    assert report.code == 0, report.err
    closed_sales = query(
        live,
        "SELECT count(*) FROM sales s JOIN shift_closings c ON c.shift_id = s.shift_id",
    )[0][0]
    assert str(closed_sales) in report.out


def test_upgrade_is_refused_when_the_backup_cannot_be_made(
    old_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    live = old_dir / "pos.db"
    before = ledger_figures(live)
    (old_dir / "backups").write_text("a file where the backups folder should be")
    with pytest.raises(UpgradeBackupError, match="was not changed"):
        open_database(live)
    assert revision(live) == "0002" and ledger_figures(live) == before
    result = run_cli(capsys, "--data-dir", str(old_dir), "run")
    assert result.code == 2
    assert "safety copy" in result.err and "Traceback" not in result.err
    assert revision(live) == "0002"


def _from_the_future(live: Path) -> None:
    conn = sqlite3.connect(live)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()


def test_pos_run_refuses_a_newer_database_in_one_sentence(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _from_the_future(data_dir / "pos.db")
    result = run_cli(capsys, "--data-dir", str(data_dir), "run")
    assert result.code == 2
    assert "newer than this app" in result.err and "install the newer version" in result.err
    assert "Traceback" not in result.err
    assert revision(data_dir / "pos.db") == "0099"
    assert not (data_dir / "backups").exists()  # nothing to back up: nothing was migrated


def test_the_gui_start_shows_a_message_box_for_a_newer_database(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from pos_desktop import app

    _from_the_future(data_dir / "pos.db")
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.objectName(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert app.main([], data_dir) == 2
    [(name, text)] = shown
    assert name == "startupError" and "newer than this app" in text
