"""Making backups: a consistent, checked copy; retention; change detection; failures."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pos_desktop.ops.backup import (
    RetentionPolicy,
    apply_retention,
    changed_since_last_backup,
    choose_kept,
    make_backup,
)
from pos_desktop.ops.backup_files import (
    BackupError,
    backup_name,
    list_backups,
    parse_backup_name,
    read_source,
)
from pos_desktop.ops.backup_settings import BackupPolicy, backup_policy
from pos_desktop.services.settings import set_setting
from pos_desktop.store.migrate import HEAD_REVISION
from pos_desktop.store.terminal import load_identity, open_database
from tests.ops.support import integrity, ledger_figures, query, revision
from tests.support.terminal import Terminal


def test_backup_is_a_checked_self_contained_copy_named_for_the_till(data_dir: Path) -> None:
    live = data_dir / "pos.db"
    seen: list[tuple[int, int]] = []
    result = make_backup(live, kind="manual", progress=lambda a, b: seen.append((a, b)))
    assert result.path.parent == data_dir / "backups"
    assert result.path.name.startswith("pos-S01-T01-") and result.path.name.endswith(
        f"-r{HEAD_REVISION}-manual.db"
    )
    assert integrity(result.path) == "ok"
    assert query(result.path, "PRAGMA journal_mode")[0][0] == "delete"
    assert ledger_figures(result.path) == ledger_figures(live)
    assert ledger_figures(live)["sales"], "the demo store has sales"
    assert seen and seen[-1][0] == seen[-1][1]  # progress reached every page
    db = open_database(live)
    identity = load_identity(db)
    db.dispose()
    source = read_source(result.path)  # from the backup's own tables, not its name
    assert (source.organization_id, source.store_id, source.device_id) == (
        identity.organization_id,
        identity.store_id,
        identity.device_id,
    )
    assert source.revision == HEAD_REVISION == revision(result.path)
    assert [b.path for b in list_backups(data_dir / "backups")] == [result.path]
    assert not list((data_dir / "backups").glob(".*.partial"))


def test_writes_during_a_backup_neither_wait_nor_tear_the_copy(data_dir: Path) -> None:
    live = data_dir / "pos.db"
    writer = sqlite3.connect(live, isolation_level=None)
    writer.execute("PRAGMA busy_timeout=100")  # a blocked writer would fail, not wait
    writer.execute("CREATE TABLE scratch (n INTEGER)")
    before = ledger_figures(live)
    steps = []

    def write_between_steps(done: int, total: int) -> None:
        steps.append(done)
        writer.execute("INSERT INTO scratch VALUES (?)", (done,))

    result = make_backup(live, progress=write_between_steps, step_pages=64)
    writer.close()
    assert len(steps) > 3 and steps == sorted(steps)  # never restarted from the top
    assert query(result.path, "SELECT count(*) FROM scratch") == [(0,)]  # one snapshot
    assert query(live, "SELECT count(*) FROM scratch") == [(len(steps),)]
    assert ledger_figures(result.path) == before
    assert integrity(result.path) == "ok"


def test_two_backups_in_one_second_get_two_names(data_dir: Path) -> None:
    moment = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    first = make_backup(data_dir / "pos.db", now=moment)
    second = make_backup(data_dir / "pos.db", now=moment)
    assert first.path != second.path and second.path.name.endswith("-manual-2.db")
    assert len(list_backups(data_dir / "backups")) == 2


def _fake(directory: Path, when: datetime, kind: str = "auto") -> Path:
    path = directory / backup_name("S01", "T01", when, "0003", kind)
    path.write_bytes(b"x")
    return path


def test_retention_keeps_the_newest_and_one_per_week(tmp_path: Path) -> None:
    now = datetime(2026, 3, 20, 18, 0, tzinfo=UTC)  # a Friday
    daily = [_fake(tmp_path, now - timedelta(hours=12 * n)) for n in range(60)]  # 30 days
    upgrades = [_fake(tmp_path, now - timedelta(days=40 + n), "pre-upgrade") for n in range(5)]
    backups = list_backups(tmp_path)
    kept = choose_kept(backups, RetentionPolicy(keep_last=14, keep_weeks=8), now)
    assert set(daily[:14]) <= kept
    weeks = {
        (b.created_at - timedelta(days=b.created_at.weekday())).date()
        for b in backups
        if b.path in kept and b.kind == "auto"
    }
    assert len(weeks) == 5  # this week and the four before it hold a backup each
    assert set(upgrades[:3]) <= kept and not set(upgrades[3:]) & kept
    removed = apply_retention(tmp_path, RetentionPolicy(14, 8), now=now)
    assert {p.name for p in removed} == {b.path.name for b in backups if b.path not in kept}
    assert all(p.exists() for p in kept)
    # The newest backup survives even a policy of one.
    assert choose_kept(list_backups(tmp_path), RetentionPolicy(1, 0), now) >= {daily[0]}


def test_retention_runs_after_a_backup(data_dir: Path) -> None:
    backups = data_dir / "backups"
    backups.mkdir()
    old = [_fake(backups, datetime(2020, 1, 1, tzinfo=UTC) + timedelta(days=n)) for n in range(3)]
    result = make_backup(data_dir / "pos.db", retention=RetentionPolicy(keep_last=2, keep_weeks=0))
    assert set(result.pruned) == set(old[:2])
    assert {b.path for b in list_backups(backups)} == {result.path, old[2]}


def test_a_scheduled_backup_is_needed_only_after_a_change(terminal: Terminal) -> None:
    live = terminal.db.path
    assert changed_since_last_backup(live)  # no backup yet
    make_backup(live, kind="auto")
    assert not changed_since_last_backup(live)
    set_setting(terminal.ctx, terminal.admin, "receipt.copies", 2)  # any synced write
    assert changed_since_last_backup(live)


def test_a_failed_backup_says_why_and_leaves_nothing(tmp_path: Path, data_dir: Path) -> None:
    with pytest.raises(BackupError, match="no database"):
        make_backup(tmp_path / "missing.db")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(BackupError, match="cannot create the backup folder"):
        make_backup(data_dir / "pos.db", blocked / "backups")
    stranger = tmp_path / "stranger.db"
    sqlite3.connect(stranger).close()
    with pytest.raises(BackupError, match="no point-of-sale schema"):
        make_backup(stranger, tmp_path / "b")
    assert list_backups(tmp_path / "b") == []
    assert not list((tmp_path / "b").glob(".*.partial"))


def test_names_that_are_not_backups_are_ignored(tmp_path: Path) -> None:
    for name in ("notes.txt", "pos.db", ".pos-S01-T01-20260101T000000Z-r0003-auto.db.partial"):
        (tmp_path / name).write_text("x")
    assert list_backups(tmp_path) == []
    assert parse_backup_name(tmp_path / "pos.db") is None


def test_backup_settings_have_shop_defaults_and_follow_the_settings(terminal: Terminal) -> None:
    assert backup_policy(terminal.ctx) == BackupPolicy()
    assert BackupPolicy().retention == RetentionPolicy(14, 8)
    set_setting(terminal.ctx, terminal.admin, "backup.keep_last", 30)
    set_setting(terminal.ctx, terminal.admin, "backup.interval_hours", 0)
    policy = backup_policy(terminal.ctx)
    assert policy.retention.keep_last == 30 and policy.interval_hours == 0
