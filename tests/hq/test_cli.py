"""``pos-hq`` admin commands: as a separate process (exit codes, stdout/stderr), and in-process
where a prompt or many commands are needed."""

from __future__ import annotations

import io
import json
import os
import socket
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pos_desktop.core.ids import new_id
from sync.protocol import EnrollRequest, PushEntry, PushRequest
from sync.server import service
from sync.server.changes import ChangeSet, record
from sync.server.cli import main
from sync.server.cli_common import HqCliEnv
from sync.server.service import HqDatabase
from tests.support.hq_process import ROOT, hq_cli
from tests.support.pg import fresh_database


@dataclass
class Run:
    code: int
    out: str
    err: str


def pos_hq(db_url: str | None, *argv: str, env: dict[str, str] | None = None) -> Run:
    cmd = [sys.executable, "-m", "sync.server.cli"]
    cmd += ["--db", db_url] if db_url else []
    done = subprocess.run(
        [*cmd, *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    hq_cli(url, "migrate")
    return url


def test_admin_flow_prints_parseable_ids(db_url: str) -> None:
    org = pos_hq(db_url, "org", "create", "Perera Stores", "--currency", "LKR")
    assert org.code == 0, org.err
    org_id = org.out.strip()
    assert len(org_id) == 36 and "\n" not in org_id

    store = pos_hq(db_url, "store", "create", "--org", "Perera Stores", "S01", "Kandy")
    assert store.code == 0, store.err
    store_id = store.out.strip()

    user = pos_hq(
        db_url,
        "--json",
        "user",
        "create",
        "--org",
        org_id,
        "nimal",
        "--name",
        "Nimal Perera",
        "--role",
        "manager",
        "--store",
        "S01",
        "--password",
        "manager-pass-1",
        "--pin",
        "2468",
    )
    assert user.code == 0, user.err
    made = json.loads(user.out)
    assert made["username"] == "nimal"
    assert not [k for k in made if "hash" in k]  # secrets never printed

    code = pos_hq(db_url, "enroll-code", "--org", org_id, "--store", store_id, "--hours", "2")
    assert code.code == 0, code.err
    assert code.out.strip() and len(code.out.strip().splitlines()) == 1

    key = pos_hq(db_url, "api-key", "create", "--org", org_id, "integration", "--json")
    assert key.code == 0, key.err
    parsed = json.loads(key.out)
    assert parsed["token"].startswith(f"key.{parsed['key_id']}.")
    assert "cannot be shown again" in key.err

    listing = pos_hq(db_url, "device", "list", "--org", org_id)
    assert listing.code == 0, listing.err
    assert listing.out.splitlines()[0].split("\t")[0] == "id"

    revoked = pos_hq(db_url, "api-key", "revoke", parsed["key_id"])
    assert revoked.code == 0, revoked.err


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("store", "create", "--org", "No Such Org", "S01", "X"), "No Such Org"),
        (("enroll-code", "--org", "Acme", "--store", "S99"), "S99"),
        (("enroll-code", "--org", "Acme", "--store", "S01", "--hours", "0"), "--hours"),
        (("device", "revoke", "0190abcd-0000-7000-8000-000000000000"), "device"),
        (("catalog", "import", "--org", "Acme", "/no/such/file.csv"), "no such file"),
        (("backup", "/tmp/x.db", "--db", "postgresql://pos:pos@127.0.0.1:1/none"), "SQLite"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(db_url: str, argv: tuple[str, ...], words: str) -> None:
    assert hq_cli(db_url, "org", "create", "Acme")["id"]
    assert hq_cli(db_url, "store", "create", "--org", "Acme", "S01", "Main")["id"]
    run = pos_hq(db_url, *argv)
    assert run.code == 2, (run.out, run.err)
    assert run.out == ""
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), run.err
    assert words.lower() in lines[0].lower()
    assert "Traceback" not in run.err


def test_usage_errors_exit_2(db_url: str) -> None:
    run = pos_hq(db_url, "user", "create", "--org", "x", "u", "--name", "U", "--role", "boss")
    assert run.code == 2 and "invalid choice" in run.err


def test_database_problems_are_one_line(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    run = pos_hq(f"sqlite:///{garbage}", "org", "create", "Acme")
    assert run.code == 2 and run.err.startswith("error: database")
    assert "Traceback" not in run.err
    unmigrated = pos_hq(f"sqlite:///{tmp_path / 'empty.db'}", "org", "create", "Acme")
    assert unmigrated.code == 2 and "pos-hq migrate" in unmigrated.err
    bad_url = pos_hq("nosuchdriver://x", "org", "create", "Acme")
    assert bad_url.code == 2 and bad_url.err.startswith("error:")


def test_database_url_from_the_environment(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    run = pos_hq(None, "migrate", env={"POS_HQ_DATABASE_URL": url})
    assert run.code == 0, run.err
    assert (tmp_path / "env.db").is_file()


def test_backup_restore_keeps_the_old_file_and_rotates_the_epoch(
    db_url: str, tmp_path: Path
) -> None:
    first = hq_cli(db_url, "org", "create", "Before Backup")["id"]
    epoch = hq_cli(db_url, "migrate")["server_epoch"]
    backup = tmp_path / "backup.db"
    run = pos_hq(db_url, "backup", str(backup))
    assert run.code == 0, run.err
    assert pos_hq(db_url, "backup", str(backup)).code == 2  # no silent overwrite
    later = hq_cli(db_url, "org", "create", "After Backup")["id"]

    restored = pos_hq(db_url, "--json", "restore", str(backup))
    assert restored.code == 0, restored.err
    answer = json.loads(restored.out)
    assert answer["server_epoch"] != epoch
    assert hq_cli(db_url, "migrate")["server_epoch"] == answer["server_epoch"]
    names = _org_ids(Path(db_url.removeprefix("sqlite:///")))
    assert first in names and later not in names
    aside = Path(answer["previous"])
    assert aside.is_file() and later in _org_ids(aside)


def test_restore_refuses_what_is_not_a_backup(db_url: str, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    run = pos_hq(db_url, "restore", str(other))
    assert run.code == 2 and "not a pos-hq database" in run.err
    run = pos_hq(db_url, "restore", str(tmp_path / "missing.db"))
    assert run.code == 2 and "no such file" in run.err


def _org_ids(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT id FROM organizations")}
    finally:
        con.close()


def _in_process(
    db_url: str, *argv: str, answers: list[str], interactive: bool = True
) -> tuple[int, str, str, list[str]]:
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return answers.pop(0)

    out, err = io.StringIO(), io.StringIO()
    env = HqCliEnv(environ={}, out=out, err=err, ask_secret=ask, interactive=interactive)
    code = main(["--db", db_url, *argv], env=env)
    return code, out.getvalue(), err.getvalue(), asked


def test_user_create_prompts_for_secrets_on_a_terminal(db_url: str) -> None:
    hq_cli(db_url, "org", "create", "Acme")
    argv = ("user", "create", "--org", "Acme", "owner", "--name", "Owner", "--role", "admin")
    code, out, err, asked = _in_process(
        db_url, *argv, answers=["owner-pass-1", "owner-pass-1", "1357", "1357"]
    )
    assert code == 0, err
    assert len(asked) == 4 and "Password for owner" in asked[0]
    assert len(out.strip()) == 36

    argv = ("user", "create", "--org", "Acme", "owner2", "--name", "Owner", "--role", "admin")
    code, _, err, _ = _in_process(db_url, *argv, answers=["pass-one-1", "pass-two-2"])
    assert code == 2 and "differ" in err


def test_epoch_rotate_and_device_list_json(db_url: str) -> None:
    before = hq_cli(db_url, "migrate")["server_epoch"]
    after = hq_cli(db_url, "epoch", "rotate")["server_epoch"]
    assert after != before
    assert hq_cli(db_url, "device", "list") == []


def test_device_commands(db_url: str) -> None:
    org_id = hq_cli(db_url, "org", "create", "Acme")["id"]
    hq_cli(db_url, "store", "create", "--org", org_id, "S01", "Main")
    code = hq_cli(db_url, "enroll-code", "--org", org_id, "--store", "S01")["code"]
    db = HqDatabase(db_url)
    try:
        with db.transaction() as session:
            request = EnrollRequest(code, new_id(), new_id(), "Till 1", "0.1.0", 1)
            device_id = service.enroll(session, request, datetime.now(UTC)).device_id
    finally:
        db.dispose()

    listing = pos_hq(db_url, "device", "list", "--org", "Acme")
    assert listing.code == 0, listing.err
    header, row = listing.out.splitlines()
    cells = dict(zip(header.split("\t"), row.split("\t"), strict=True))
    assert cells["id"] == device_id and cells["revoked_at"] == "-"

    assert pos_hq(db_url, "device", "reset-instance", device_id).out.strip() == device_id
    revoke = pos_hq(db_url, "device", "revoke", device_id)
    assert revoke.code == 0 and revoke.out.strip() == device_id, revoke.err
    (device,) = hq_cli(db_url, "device", "list")
    assert device["revoked_at"] is not None


def test_catalog_import(db_url: str, tmp_path: Path) -> None:
    hq_cli(db_url, "org", "create", "Acme")
    good = tmp_path / "products.csv"
    good.write_text("sku,name,price\nTEA1,Tea 100g,450.00\nRICE1,Rice 1kg,320.00\n")
    run = pos_hq(db_url, "catalog", "import", "--org", "Acme", str(good))
    assert run.code == 0, run.err
    assert run.out.strip() == "2"
    bad = tmp_path / "bad.csv"
    bad.write_text("sku,name\nTEA1,Tea\n")
    run = pos_hq(db_url, "catalog", "import", "--org", "Acme", str(bad))
    assert run.code == 2 and run.err.startswith("error: ") and "price" in run.err


def test_user_needs_a_secret_when_nobody_can_be_asked(db_url: str) -> None:
    hq_cli(db_url, "org", "create", "Acme")
    argv = ("user", "create", "--org", "Acme", "ann", "--name", "Ann", "--role", "cashier")
    code, _, err, asked = _in_process(db_url, *argv, answers=[], interactive=False)
    assert code == 2 and "password, a PIN or both" in err and asked == []
    code, out, err, _ = _in_process(db_url, *argv, "--pin", "2580", answers=[], interactive=False)
    assert code == 0 and len(out.strip()) == 36, err


def test_admin_commands_on_postgresql() -> None:
    with fresh_database("hqcli") as url:
        assert pos_hq(url, "migrate").code == 0
        org = pos_hq(url, "org", "create", "Acme")
        assert org.code == 0, org.err
        store = pos_hq(url, "store", "create", "--org", org.out.strip(), "S01", "Main")
        assert store.code == 0, store.err
        code = pos_hq(url, "enroll-code", "--org", "Acme", "--store", "S01")
        assert code.code == 0 and code.out.strip(), code.err
        dup = pos_hq(url, "store", "create", "--org", "Acme", "S01", "Again")
        assert dup.code == 2 and "already exists" in dup.err


def test_default_database_is_in_the_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "sync.server.cli_common.platformdirs.user_data_dir", lambda *a, **k: str(tmp_path / "d")
    )
    code, err = _in_process_env(["migrate"])
    assert code == 0, err
    assert (tmp_path / "d" / "hq.db").is_file()


def _in_process_env(argv: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    code = main(argv, env=HqCliEnv(environ={}, out=io.StringIO(), err=err, interactive=False))
    return code, err.getvalue()


def test_serve_refuses_a_busy_port_and_bad_limits(db_url: str) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        code, err = _in_process_env(["--db", db_url, "serve", "--port", port])
    assert code == 2 and err.startswith("error: cannot listen on 127.0.0.1:"), err
    run = pos_hq(db_url, "serve", "--port", "0", env={"POS_HQ_RATE_LIMIT": "lots"})
    assert run.code == 2 and "POS_HQ_RATE_LIMIT" in run.err, run.err


def test_quarantine_list_and_tombstone_purge(db_url: str) -> None:
    org_id = hq_cli(db_url, "org", "create", "Acme")["id"]
    hq_cli(db_url, "store", "create", "--org", org_id, "S01", "Main")
    code = hq_cli(db_url, "enroll-code", "--org", org_id, "--store", "S01")["code"]
    now = datetime.now(UTC)
    db = HqDatabase(db_url)
    try:
        with db.transaction() as session:
            request = EnrollRequest(code, new_id(), new_id(), "Till 1", "0.1.0", 1)
            answer = service.enroll(session, request, now)
        scope = service.DeviceScope(org_id, answer.store["id"], answer.device_id)
        poison = PushEntry(
            op_id=new_id(),
            seq=1,
            txn_id=new_id(),
            entity="no_such_table",
            entity_id=new_id(),
            operation="insert",
            payload={"id": "x"},
            hlc=f"{int(now.timestamp() * 1000):015d}:00000:{answer.device_id}",
            schema_version=1,
        )
        with db.transaction() as session:
            pushed = service.push(session, scope, PushRequest(new_id(), [poison]), now)
        assert [r.status for r in pushed.results] == ["quarantined"]
    finally:
        db.dispose()

    listing = pos_hq(db_url, "quarantine", "list", "--org", "Acme")
    assert listing.code == 0, listing.err
    header, row = listing.out.splitlines()
    cells = dict(zip(header.split("\t"), row.split("\t"), strict=True))
    assert cells["entity"] == "no_such_table" and cells["device_id"] == answer.device_id
    assert cells["reason"] != "-"
    (entry,) = hq_cli(db_url, "quarantine", "list", "--org", org_id)
    assert entry["op_id"] == poison.op_id

    # A product deleted at HQ leaves a tombstone; it stays within the retention, then goes,
    # and the organization's horizon moves up so an older cursor must snapshot again.
    db = HqDatabase(db_url)
    try:
        with db.transaction() as session:
            gone = ChangeSet(org_id)
            gone.touch("products", new_id(), deleted=True)
            top = record(session, gone, now - timedelta(days=1))
    finally:
        db.dispose()
    assert hq_cli(db_url, "tombstones", "purge")["purged"] == 0  # 1 day < 90 days
    purge = pos_hq(db_url, "tombstones", "purge", "--days", "0")
    assert purge.code == 0 and purge.out.strip() == "1", purge.err
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as conn:
        (horizon,) = conn.execute(
            "SELECT tombstone_horizon FROM org_versions WHERE organization_id = ?", (org_id,)
        ).fetchone()
    assert horizon == top
    assert pos_hq(db_url, "quarantine", "list", "--org", "Nobody").code == 2
