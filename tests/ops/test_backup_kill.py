"""SIGKILL during a backup: the live database and the last good backup are intact, and the
half-written copy is never taken for a backup (ignored by the listing, removed next time)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pos_desktop.ops.backup import make_backup
from pos_desktop.ops.backup_files import list_backups
from tests.cli.helpers import run_cli
from tests.ops.support import integrity, ledger_figures, sha256

ROOT = Path(__file__).resolve().parents[2]
FILLER_MB = 40


def _grow(database: Path) -> None:
    """Tens of MB of extra pages (the demo store holds ~10 MB) so the copy takes many steps."""
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS ballast (data BLOB)")
    conn.execute("BEGIN")
    for _ in range(FILLER_MB * 16):
        conn.execute("INSERT INTO ballast VALUES (randomblob(65536))")
    conn.execute("COMMIT")
    conn.close()


def test_sigkill_mid_backup_keeps_live_and_last_backup(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    live = data_dir / "pos.db"
    _grow(live)
    assert live.stat().st_size > FILLER_MB * 1_048_576
    good = make_backup(live, kind="auto")
    good_hash = sha256(good.path)
    figures = ledger_figures(live)

    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("backup_child.py")), str(live)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.startswith("COPYING"), line
    _, done, total = line.split()
    assert 0 < int(done) < int(total)  # mid-copy
    partials = list((data_dir / "backups").glob(".*.partial"))
    assert len(partials) == 1  # the copy in progress, half written
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=10) == -signal.SIGKILL
    child.stdout.close()
    assert child.stdin is not None
    child.stdin.close()

    # The live database: sound, every sale there.
    assert integrity(live) == "ok"
    assert ledger_figures(live) == figures
    # The last good backup: untouched and sound.
    assert sha256(good.path) == good_hash and integrity(good.path) == "ok"
    # The half-written copy is no backup.
    assert [b.path for b in list_backups(data_dir / "backups")] == [good.path]
    listed = run_cli(capsys, "--data-dir", str(data_dir), "backups")
    assert listed.code == 0 and "backups in" in listed.out and ": 1" in listed.out
    assert ".partial" not in listed.out
    assert not list((data_dir / "backups").glob(".*.partial"))  # cleaned by the listing

    # A killed child that left its partial file is also cleaned by the next backup.
    partials[0].write_bytes(b"half a copy")
    time.sleep(1)  # a new second: the next backup's name differs from the good one
    again = make_backup(live, kind="auto")
    assert not partials[0].exists()
    assert {b.path for b in list_backups(data_dir / "backups")} == {good.path, again.path}
    assert ledger_figures(again.path) == figures and integrity(again.path) == "ok"
