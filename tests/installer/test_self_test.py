"""``pos --self-test``: every check passes on a working installation (this source tree), in
process and as a subprocess, without touching the data directory; a broken piece fails it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pos_desktop import selftest
from pos_desktop.__main__ import bundle_argv
from pos_desktop.cli.main import main as pos_main
from pos_desktop.cli.self_test import alias_flag
from pos_desktop.selftest import CHECK_NAMES, CheckResult, run_self_test
from pos_desktop.ui import self_test_checks

ROOT = Path(__file__).resolve().parents[2]
# Checks that may only warn: the camera scanner's zbar is optional hardware; the .qm files are
# build output a bare checkout may not have yet.
MAY_WARN = {"barcode decoding", "translations"}


def check_lines(output: str) -> dict[str, str]:
    """check name -> status ("ok", "warn", "FAIL") from the self-test's one line per check."""
    found = {}
    for line in output.splitlines():
        status, _, rest = line.partition(" ")
        name, sep, _ = rest.strip().partition(": ")
        if status in {"ok", "warn", "FAIL"} and sep and name in CHECK_NAMES:
            found[name] = status
    return found


def assert_all_passed(output: str) -> None:
    lines = check_lines(output)
    assert set(lines) == set(CHECK_NAMES), output
    for name, status in lines.items():
        allowed = {"ok", "warn"} if name in MAY_WARN else {"ok"}
        assert status in allowed, f"{name}: {status}\n{output}"
    assert "self-test passed" in output.splitlines()[-1]


def test_self_test_passes_in_process(qtbot: QtBot, tmp_path: Path) -> None:
    out = io.StringIO()
    shot = tmp_path / "sell.png"
    assert run_self_test(out, screenshot=shot, work_dir=tmp_path) == 0, out.getvalue()
    assert_all_passed(out.getvalue())
    assert shot.stat().st_size > 10_000
    assert list(tmp_path.iterdir()) == [shot]  # its temporary data directory is gone


def test_a_failed_check_fails_the_self_test_and_names_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(self_test_checks, "load_bundled_fonts", lambda: [])
    out = io.StringIO()
    assert run_self_test(out, work_dir=tmp_path) == selftest.EXIT_FAILED
    lines = check_lines(out.getvalue())
    assert lines["fonts"] == "FAIL"
    assert lines["database"] == "ok"
    assert out.getvalue().splitlines()[-1].startswith("self-test FAILED: fonts")


def test_a_check_that_raises_is_a_failed_check(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> CheckResult:
        raise OSError("disk on fire")

    monkeypatch.setattr(selftest, "check_keyring", broken)
    out = io.StringIO()
    assert run_self_test(out, work_dir=tmp_path) == selftest.EXIT_FAILED
    assert "FAIL keyring: OSError: disk on fire" in out.getvalue()


def test_blank_image_is_refused(qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(1280, 800, QImage.Format.Format_ARGB32)
    image.fill(QColor("#efefef"))
    assert self_test_checks._looks_blank(image) is not None


def test_self_test_as_a_subprocess_from_the_source_tree(tmp_path: Path) -> None:
    """``python -m pos_desktop --self-test`` from another folder; POS_DATA_DIR points at a
    folder that must stay absent (the self-test never uses the real data directory)."""
    data = tmp_path / "real-data"
    env = {**os.environ, "POS_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "pos_desktop", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert_all_passed(result.stdout)
    assert "(source)" in result.stdout.splitlines()[0]
    assert not data.exists()


def test_self_test_command_spellings(capsys: pytest.CaptureFixture[str]) -> None:
    assert alias_flag(["--self-test"]) == ["self-test"]
    assert alias_flag(["--data-dir", "x", "--self-test", "--screenshot", "s.png"]) == [
        "--data-dir",
        "x",
        "self-test",
        "--screenshot",
        "s.png",
    ]
    assert pos_main(["self-test", "--help"]) == 0
    assert "--screenshot" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], ["run"]),
        (["--data-dir", "/srv/till"], ["--data-dir", "/srv/till", "run"]),
        (["--data-dir=/srv/till"], ["--data-dir=/srv/till", "run"]),
        (["--self-test"], ["--self-test"]),
        (["restore", "b.db"], ["restore", "b.db"]),
        (["--data-dir", "d", "doctor"], ["--data-dir", "d", "doctor"]),
        (["--help"], ["--help"]),
    ],
)
def test_the_bundle_executable_starts_the_app_without_a_command(
    argv: list[str], expected: list[str]
) -> None:
    assert bundle_argv(argv) == expected


def test_windowed_executable_gets_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    """pos-desktop.exe on Windows has no console (sys.std* are None); commands still run."""
    from pos_desktop import __main__ as entry

    for name in ("stdin", "stdout", "stderr"):
        monkeypatch.setattr(sys, name, None)
    entry._console_streams()
    print("goes nowhere")
    assert sys.stdin.read() == ""
    assert not sys.stdin.isatty()
