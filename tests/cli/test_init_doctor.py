"""``pos init``, ``pos doctor``, ``pos paths``, ``pos run`` and the data directory rules."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import fail
from sqlalchemy import select

from pos_desktop.cli.common import CliEnv
from pos_desktop.cli.doctor import PRINTER_SETTING, SCANNER_SETTING, check_keyring, run_checks
from pos_desktop.paths import DATABASE_FILE, ENV_DATA_DIR, resolve_data_paths
from pos_desktop.services.auth import login_with_password
from pos_desktop.services.context import ServiceContext
from pos_desktop.store.models import Setting, Store, User
from pos_desktop.store.terminal import load_identity, open_database
from tests.cli.helpers import ADMIN_PASSWORD, init_store, run_cli

ROOT = Path(__file__).resolve().parents[2]


def test_init_creates_a_store_whose_admin_can_sign_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = init_store(capsys, tmp_path, "--vat", "100200300-7000", "--store-code", "s07")
    assert run.code == 0, run.err
    assert str(tmp_path / DATABASE_FILE) in run.out
    db = open_database(tmp_path / DATABASE_FILE)
    try:
        identity = load_identity(db)
        assert identity.store_code == "S07"
        with db.read() as s:
            store = s.get(Store, identity.store_id)
            assert store is not None and store.vat_registration_number == "100200300-7000"
        actor = login_with_password(ServiceContext(db, identity), "owner", ADMIN_PASSWORD)
        assert actor.role == "admin"
    finally:
        db.dispose()


def test_init_then_doctor_is_ok(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert init_store(capsys, tmp_path).code == 0
    run = run_cli(capsys, "--data-dir", str(tmp_path), "doctor")
    assert run.code == 0, run.out
    assert "FAIL" not in run.out
    assert "OK    integrity: PRAGMA integrity_check: ok" in run.out
    assert "OK    identity: store S01, device T01" in run.out
    assert "printer: not configured" in run.out
    assert "scanner: not configured" in run.out


def test_init_twice_is_refused_and_leaves_the_store_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert init_store(capsys, tmp_path).code == 0
    again = init_store(capsys, tmp_path)
    assert again.code == 2
    assert "already set up" in again.err
    assert "Traceback" not in again.err
    db = open_database(tmp_path / DATABASE_FILE)
    try:
        with db.read() as s:
            assert len(s.execute(select(User.id)).all()) == 1
            assert len(s.execute(select(Store.id)).all()) == 1
    finally:
        db.dispose()


def test_init_with_a_bad_pin_writes_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "shop"
    run = run_cli(
        capsys,
        "--data-dir",
        str(data),
        "init",
        "--org",
        "X",
        "--store",
        "Y",
        "--admin-username",
        "owner",
        "--admin-password",
        ADMIN_PASSWORD,
        "--admin-pin",
        "12",
    )
    assert run.code == 2
    assert "PIN is 4 to 8 digits" in run.err
    assert not (data / DATABASE_FILE).exists()


def test_init_takes_secrets_from_the_environment_or_refuses_without_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ("init", "--org", "X", "--store", "Y", "--admin-username", "owner")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    refused = run_cli(capsys, "--data-dir", str(tmp_path / "a"), *args)
    assert refused.code == 2
    assert "POS_ADMIN_PASSWORD" in refused.err
    monkeypatch.setenv("POS_ADMIN_PASSWORD", "from-env-123")
    monkeypatch.setenv("POS_ADMIN_PIN", "5678")
    assert run_cli(capsys, "--data-dir", str(tmp_path / "b"), *args).code == 0


def test_init_prompts_for_secrets_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["typed-pass-1", "typed-pass-1", "2468", "2468"])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("pos_desktop.cli.common.getpass.getpass", lambda prompt: next(answers))
    monkeypatch.delenv("POS_ADMIN_PASSWORD", raising=False)
    monkeypatch.delenv("POS_ADMIN_PIN", raising=False)
    args = ("init", "--org", "X", "--store", "Y", "--admin-username", "owner")
    assert run_cli(capsys, "--data-dir", str(tmp_path), *args).code == 0
    db = open_database(tmp_path / DATABASE_FILE)
    try:
        identity = load_identity(db)
        assert login_with_password(ServiceContext(db, identity), "owner", "typed-pass-1")
    finally:
        db.dispose()


def test_data_dir_option_beats_environment_which_beats_platform_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from_env = tmp_path / "env"
    from_flag = tmp_path / "flag"
    monkeypatch.setenv(ENV_DATA_DIR, str(from_env))
    assert resolve_data_paths(None).data_dir == from_env.resolve()
    assert resolve_data_paths(str(from_flag)).data_dir == from_flag.resolve()
    assert resolve_data_paths(None, environ={}).source == "platform default"
    assert resolve_data_paths(None, environ={}).data_dir.name == "pos-desktop"

    # POS_DATA_DIR alone: init writes there.
    assert run_cli(capsys, *_init_args()).code == 0
    assert (from_env / DATABASE_FILE).exists()
    # --data-dir wins over POS_DATA_DIR.
    assert run_cli(capsys, "--data-dir", str(from_flag), *_init_args()).code == 0
    assert (from_flag / DATABASE_FILE).exists()
    paths = run_cli(capsys, "paths")
    assert f"{from_env.resolve()}  (from POS_DATA_DIR)" in paths.out


def _init_args() -> tuple[str, ...]:
    return (
        "init",
        "--org",
        "X",
        "--store",
        "Y",
        "--admin-username",
        "owner",
        "--admin-password",
        ADMIN_PASSWORD,
        "--admin-pin",
        "1357",
    )


def test_doctor_fails_on_a_missing_or_corrupt_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = run_cli(capsys, "--data-dir", str(tmp_path / "nowhere"), "doctor")
    assert missing.code == 1
    assert "FAIL  data directory" in missing.out
    (tmp_path / DATABASE_FILE).write_bytes(b"this is not a database" * 100)
    corrupt = run_cli(capsys, "--data-dir", str(tmp_path), "doctor")
    assert corrupt.code == 1
    assert "FAIL  database opens" in corrupt.out
    assert "Traceback" not in corrupt.out + corrupt.err


def test_doctor_checks_printer_and_scanner_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert init_store(capsys, tmp_path).code == 0
    db = open_database(tmp_path / DATABASE_FILE)
    identity = load_identity(db)
    with db.uow() as uow:
        uow.session.add_all(
            [
                Setting(
                    organization_id=identity.organization_id,
                    device_id=identity.device_id,
                    key=PRINTER_SETTING,
                    value={"kind": "network", "host": "192.168.1.50"},
                ),
                Setting(
                    organization_id=identity.organization_id,
                    key=SCANNER_SETTING,
                    value={"kind": "serial"},  # a serial scanner needs its port
                ),
            ]
        )
        uow.commit()
    db.dispose()
    env = CliEnv(paths=resolve_data_paths(tmp_path), environ={})
    checks = {c.name: c for c in run_checks(env)}
    assert checks["printer"].status == "OK"
    assert "host=192.168.1.50" in checks["printer"].detail
    assert checks["scanner"].status == "FAIL"
    assert "serial needs port" in checks["scanner"].detail
    assert run_cli(capsys, "--data-dir", str(tmp_path), "doctor").code == 1


def test_doctor_says_clearly_when_no_keyring_can_store_secrets() -> None:
    check = check_keyring(lambda: fail.Keyring())
    assert check.status == "WARN"
    assert "cannot be stored" in check.detail
    assert check_keyring().status == "OK"  # the tests' in-memory keyring


def test_run_and_paths_report_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The real app in its own process (an in-process app.exec()/quit() would end the test
    # process's Qt event loop for every later test).
    def start() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "pos_desktop.cli.main",
                "--data-dir",
                str(tmp_path),
                "run",
                "--exit-when-ready",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )

    # No terminal here yet: the app offers enrollment with HQ (and says how to go without).
    missing = start()
    assert missing.returncode == 0, missing.stderr[-2000:]
    assert "ready: enrollDialog" in missing.stdout
    assert "pos init" in missing.stdout
    assert not (tmp_path / DATABASE_FILE).exists()  # nothing created until enrolled
    assert init_store(capsys, tmp_path).code == 0
    started = start()
    assert started.returncode == 0, started.stderr[-2000:]
    assert str(tmp_path / DATABASE_FILE) in started.stdout
    assert "ready: screen_login" in started.stdout  # the real window came up on sign-in


def test_usage_errors_exit_2_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    run = run_cli(capsys, "frobnicate")
    assert run.code == 2
    assert "invalid choice" in run.err


def test_real_pos_executable_runs_init_and_doctor(tmp_path: Path) -> None:
    pos = Path(sys.executable).parent / "pos"
    exe = [str(pos)] if pos.exists() else [sys.executable, "-m", "pos_desktop.cli.main"]
    env = {**os.environ, ENV_DATA_DIR: str(tmp_path), "POS_ADMIN_PASSWORD": ADMIN_PASSWORD}
    env["POS_ADMIN_PIN"] = "8642"
    args = ["init", "--org", "Sub Org", "--store", "Sub Store", "--admin-username", "boss"]
    done = subprocess.run(
        [*exe, *args], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    again = subprocess.run(
        [*exe, *args], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert again.returncode == 2
    assert again.stderr.startswith("error: ") and "Traceback" not in again.stderr
    doctor = subprocess.run(
        [*exe, "doctor"], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    # The subprocess has no in-memory keyring; doctor may WARN about it but must not FAIL.
    assert doctor.returncode == 0, doctor.stdout
    assert "OK    integrity" in doctor.stdout
