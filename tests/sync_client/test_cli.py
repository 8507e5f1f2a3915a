"""``pos enroll`` and ``pos sync`` against the fake HQ (the transport swapped in-process)."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from pos_desktop.cli import sync_commands
from tests.cli.helpers import run_cli
from tests.sync_client.conftest import HQ_URL, World, empty_database
from tests.sync_client.helpers import open_shift, sell


@pytest.fixture
def cli_hq(world: World, monkeypatch: pytest.MonkeyPatch) -> World:
    transport: httpx.BaseTransport = world.hq.transport
    monkeypatch.setattr(sync_commands, "make_transport", lambda: transport)
    return world


def test_enroll_then_sync_status_and_once(
    cli_hq: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "till"
    code = cli_hq.hq.enroll_code(cli_hq.org, cli_hq.store)
    run = run_cli(capsys, "--data-dir", str(data), "enroll", HQ_URL, code, "--name", "Front")
    assert run.code == 0, run.err
    assert "Enrolled as store S01, device T01 (Front)" in run.out
    assert "round done" in run.out and "snapshot:" in run.out
    assert "sync: online, 0 pending" in run.out

    from pos_desktop.store.terminal import open_database

    db = open_database(data / "pos.db")
    try:
        open_shift(db)
        sell(db, "SKU-0000001")
    finally:
        db.dispose()
    status = run_cli(capsys, "--data-dir", str(data), "sync", "--status")
    assert status.code == 0 and re.search(r"sync: online, [1-9]\d* pending", status.out)
    once = run_cli(capsys, "--data-dir", str(data), "sync", "--once")
    assert once.code == 0, once.out
    assert "applied" in once.out and "sync: online, 0 pending" in once.out
    assert len(cli_hq.hq.rows(cli_hq.org, "sales")) == 1

    cli_hq.hq.fail_next("/v1/hello", "drop")
    failed = run_cli(capsys, "--data-dir", str(data), "sync", "--once")
    assert failed.code == 1 and "round FAILED" in failed.out and "cannot reach HQ" in failed.out


def test_enroll_with_a_used_code_is_a_clear_error(
    cli_hq: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = run_cli(capsys, "--data-dir", str(tmp_path), "enroll", HQ_URL, "nope")
    assert run.code == 2
    assert "HQ refused the enrollment" in run.err and "Traceback" not in run.err
    assert not (tmp_path / "pos.db").exists()


def test_sync_on_a_standalone_or_missing_database(
    cli_hq: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = run_cli(capsys, "--data-dir", str(tmp_path / "none"), "sync", "--once")
    assert missing.code == 2 and "no database" in missing.err
    (tmp_path / "solo").mkdir()
    (tmp_path / "solo" / "pos.db").write_bytes(empty_database().read_bytes())
    status = run_cli(capsys, "--data-dir", str(tmp_path / "solo"), "sync", "--status")
    assert status.code == 0 and "not enrolled" in status.out
    once = run_cli(capsys, "--data-dir", str(tmp_path / "solo"), "sync", "--once")
    assert once.code == 2 and "pos enroll URL CODE" in once.err
