"""What the log file records: committed sales, sync rounds, sign-in/out, Qt's own messages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pos_desktop.ops.logs import LOG_FILE, LoggingSetup, configure_logging
from pos_desktop.ui.ops_hooks import install_qt_message_handler, log_actor
from sync.client.report import RoundReport
from sync.client.worker import _log_round
from tests.ops.test_crash_reports import _sell_one
from tests.support.terminal import CASHIER_PIN, Terminal


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    setup: LoggingSetup = configure_logging(tmp_path / "logs", environ={})
    yield tmp_path / "logs" / LOG_FILE
    setup.undo()


def test_a_committed_sale_is_logged(terminal: Terminal, log_file: Path) -> None:
    receipt = _sell_one(terminal)
    text = log_file.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if "sale committed" in x)
    assert f"receipt {receipt}, total 2,500.00 LKR, user {terminal.cashier.user_id}" in line
    assert "Nimal" not in text and "0771234567" not in text  # the customer stays out


def test_sign_in_and_out_carry_the_user_id_only(terminal: Terminal, log_file: Path) -> None:
    log_actor(terminal.cashier)
    log_actor(None)
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert lines[0].endswith(f"signed in: user {terminal.cashier.user_id} (cashier)")
    assert lines[1].endswith("signed out")
    assert CASHIER_PIN not in "".join(lines)


def test_sync_rounds_are_summarised(log_file: Path) -> None:
    started = datetime(2025, 1, 1, tzinfo=UTC)
    _log_round(RoundReport(started_at=started, ok=True, applied=3, pulled=7, duration_s=0.5))
    _log_round(RoundReport(started_at=started, ok=True))  # nothing moved: DEBUG, not in file
    _log_round(
        RoundReport(started_at=started, ok=False, error_code="unauthorized", error="Re-enroll.")
    )
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert (
        "sync round ok in 0.50 s: pushed 3 (applied 3, duplicates 0, quarantined 0), " in lines[0]
    )
    assert "pulled 7" in lines[0]
    assert "sync round failed (unauthorized)" in lines[1] and lines[1].endswith(": Re-enroll.")


def test_qt_messages_go_to_the_log(qtbot: QtBot, log_file: Path) -> None:
    from PySide6.QtCore import qWarning

    undo = install_qt_message_handler()
    try:
        qWarning("QFont: a test warning from Qt")
    finally:
        undo()
    qWarning("after undo: not in the file")
    text = log_file.read_text(encoding="utf-8")
    assert "WARNING [MainThread] qt: [default] QFont: a test warning from Qt" in text
    assert "after undo" not in text
