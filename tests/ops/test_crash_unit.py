"""The crash reporter in-process: hooks installed and put back, report names, retention, the
per-run cap, expected errors passing through ``guard_startup``."""

from __future__ import annotations

import io
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pos_desktop.core.errors import ValidationError
from pos_desktop.ops import crash
from pos_desktop.ops.crash import (
    EXIT_CRASH,
    KEEP_REPORTS,
    MAX_REPORTS_PER_RUN,
    CrashReporter,
    ExcInfo,
    guard_startup,
    list_reports,
)


def _info(message: str = "boom") -> ExcInfo:
    try:
        raise ValueError(message)
    except ValueError as exc:
        return type(exc), exc, exc.__traceback__


def test_install_and_uninstall_put_the_previous_hooks_back(tmp_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    hooks = CrashReporter(tmp_path / "crash").install()
    try:
        assert sys.excepthook == hooks.reporter.excepthook
        assert threading.excepthook == hooks.reporter.thread_excepthook
        assert (tmp_path / "crash" / crash.FAULTS_FILE).exists()
    finally:
        hooks.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_reports_are_named_by_utc_time_and_never_overwritten(tmp_path: Path) -> None:
    at = datetime(2025, 3, 1, 10, 20, 30, 123456, tzinfo=UTC)
    reporter = CrashReporter(tmp_path, clock=lambda: at, version="9.9")
    first = reporter.write_report(_info(), thread="t", where="test")
    second = reporter.write_report(_info(), thread="t", where="test")
    assert first.name == "crash-20250301T102030.123456Z.txt"
    assert second.name == "crash-20250301T102030.123456Z-1.txt"
    assert "app version: 9.9" in first.read_text(encoding="utf-8")


def test_old_reports_are_pruned(tmp_path: Path) -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    ticks = iter(range(10_000))
    reporter = CrashReporter(tmp_path, clock=lambda: start + timedelta(seconds=next(ticks)))
    for _ in range(KEEP_REPORTS + 5):
        reporter.write_report(_info(), thread="t", where="test")
    reports = list_reports(tmp_path)
    assert len(reports) == KEEP_REPORTS
    assert reports[0].name > "crash-20250101T000004"  # the five oldest went


def test_a_crash_loop_writes_a_bounded_number_of_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reporter = CrashReporter(tmp_path)
    for _ in range(MAX_REPORTS_PER_RUN + 10):
        reporter.handle(_info(), thread="MainThread", where="paint")
    assert len(list_reports(tmp_path)) == MAX_REPORTS_PER_RUN
    assert "crash report saved to" in capsys.readouterr().err


def test_the_gui_is_told_instead_of_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    told: list[Path] = []
    reporter = CrashReporter(tmp_path, notify=told.append)
    path = reporter.handle(_info(), thread="MainThread", where="slot")
    assert told == [path]
    assert capsys.readouterr().err == ""


def test_secrets_in_the_exception_are_masked(tmp_path: Path) -> None:
    reporter = CrashReporter(tmp_path)
    path = reporter.write_report(
        _info("Authorization: Bearer abc.def pin=1234"), thread="t", where="x"
    )
    text = path.read_text(encoding="utf-8")
    assert "abc.def" not in text and "1234" not in text


def test_guard_startup(tmp_path: Path) -> None:
    reporter = CrashReporter(tmp_path)
    assert guard_startup(reporter, lambda: 0) == 0
    assert list_reports(tmp_path) == []

    def refused() -> int:
        raise ValidationError("a clear refusal")

    with pytest.raises(ValidationError):
        guard_startup(reporter, refused, expected=(ValidationError,))
    assert list_reports(tmp_path) == []

    def broken() -> int:
        raise KeyError("bug")

    err = io.StringIO()
    assert guard_startup(reporter, broken, err=err) == EXIT_CRASH
    (report,) = list_reports(tmp_path)
    assert f"crash report: {report}" in err.getvalue()
