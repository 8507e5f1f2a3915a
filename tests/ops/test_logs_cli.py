"""The command line and the log/crash directories: data-changing commands write the log file
(without the secrets they were given), read-only ones create nothing, and ``pos doctor``
checks the directories and counts crash reports."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from pos_desktop.ops.crash import FAULTS_FILE
from pos_desktop.ops.logs import LOG_FILE
from tests.cli.helpers import ADMIN_PASSWORD, ADMIN_PIN, init_store, run_cli


def test_init_logs_its_run_without_the_secrets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    handlers = list(logging.getLogger().handlers)
    assert init_store(capsys, tmp_path).code == 0
    assert logging.getLogger().handlers == handlers  # the command took its handler off again
    text = (tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "pos init started, version " in text and str(tmp_path) in text
    assert "pos init finished with exit code 0" in text
    assert ADMIN_PASSWORD not in text and ADMIN_PIN not in text


def test_a_refused_command_is_logged_as_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert init_store(capsys, tmp_path).code == 0
    again = init_store(capsys, tmp_path)
    assert again.code == 2
    text = (tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "WARNING [MainThread] pos_desktop.cli: pos init refused: " in text


def test_read_only_commands_create_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere"
    for argv in (["doctor"], ["paths"]):
        run_cli(capsys, "--data-dir", str(missing), *argv)
    assert not missing.exists()


def test_doctor_checks_logs_and_crash_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert init_store(capsys, tmp_path).code == 0
    done = run_cli(capsys, "--data-dir", str(tmp_path), "doctor")
    assert f"OK    logs: {tmp_path / 'logs'} is writable" in done.out
    assert f"OK    crash dir: {tmp_path / 'crash'} (created by the first 'pos run')" in done.out
    assert "OK    crash reports: none" in done.out

    crash = tmp_path / "crash"
    crash.mkdir()
    for stamp in ("20250101T000000.000000Z", "20250102T000000.000000Z"):
        (crash / f"crash-{stamp}.txt").write_text("POS crash report\n", encoding="utf-8")
    (crash / FAULTS_FILE).write_text("", encoding="utf-8")  # empty: no hard crash
    done = run_cli(capsys, "--data-dir", str(tmp_path), "doctor")
    assert "WARN  crash reports: 2 in " in done.out
    assert "newest crash-20250102T000000.000000Z.txt" in done.out
    assert "hard-crash" not in done.out
    (crash / FAULTS_FILE).write_text("Fatal Python error: Segmentation fault\n", encoding="utf-8")
    assert "hard-crash traces in" in run_cli(capsys, "--data-dir", str(tmp_path), "doctor").out


def test_doctor_fails_on_a_read_only_logs_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert init_store(capsys, tmp_path).code == 0
    logs = tmp_path / "logs"
    real_access = os.access

    # chmod does not stop root (CI runs as root here): answer as the OS would for a user.
    def access(path: str | os.PathLike[str], mode: int) -> bool:
        return False if Path(path) == logs else real_access(path, mode)

    monkeypatch.setattr(os, "access", access)
    done = run_cli(capsys, "--data-dir", str(tmp_path), "doctor")
    assert done.code == 1
    assert f"FAIL  logs: {logs} is not writable: 'pos run' cannot start" in done.out


def test_doctor_fails_when_the_crash_dir_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert init_store(capsys, tmp_path).code == 0
    (tmp_path / "crash").write_text("not a directory", encoding="utf-8")
    done = run_cli(capsys, "--data-dir", str(tmp_path), "doctor")
    assert done.code == 1
    assert f"FAIL  crash dir: {tmp_path / 'crash'} is not a directory" in done.out
