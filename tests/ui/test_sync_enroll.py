"""The enrollment dialog: each refusal shown as a sentence (bad address, HQ unreachable, a used
code, no keyring, another organization's database), retry after an error, and on success the
terminal identity written and the dialog accepted. ``run_first_start`` in its own process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import keyring
import pytest
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from pos_desktop.app_sync import enroll_with_hq
from pos_desktop.core.errors import DomainError
from pos_desktop.services.setup import StoreSetup, initialize_terminal
from pos_desktop.store.database import TerminalIdentity
from pos_desktop.store.terminal import open_database, try_load_identity
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.enroll_dialog import EnrollDialog, check_hq_url

URL = "https://hq.lankamart.lk"


class FakeEnroll:
    """Stands in for ``sync.client.enrollment.enroll``: raises the planned error, else writes a
    terminal identity into the database as the real one does."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error
        self.calls: list[tuple[Path, str, str, str]] = []

    def __call__(
        self, db_path: Path, hq_url: str, code: str, device_name: str, credentials: Any
    ) -> TerminalIdentity:
        self.calls.append((db_path, hq_url, code, device_name))
        if self.error is not None:
            raise self.error
        db = open_database(db_path)
        try:
            return initialize_terminal(
                db,
                StoreSetup(
                    organization_name="Lanka Mart",
                    store_name="Kandy",
                    admin_username="admin",
                    admin_password="admin-pass-1",
                    admin_pin="9999",
                ),
            )
        finally:
            db.dispose()


def _dialog(
    qtbot: QtBot, ui: UiContext, tmp_path: Path, enroll: Callable[..., TerminalIdentity]
) -> EnrollDialog:
    dialog = EnrollDialog(
        ui.run, enroll, tmp_path / "new" / "pos.db", lambda: object(), device_name="Till 1"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _submit(qtbot: QtBot, dialog: EnrollDialog, url: str = URL, code: str = "K7Q2-9XPM") -> None:
    dialog.url.setText(url)
    dialog.code.setText(code)
    qtbot.keyClick(dialog.code, "\r")  # Enter in a field submits
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("", "Enter HQ's address"),
        ("hq.lankamart.lk", "is not an HQ address"),
        ("ftp://hq.lankamart.lk", "is not an HQ address"),
        ("https://", "is not an HQ address"),
        ("http://10.0.0.5:99999", "is not an HQ address"),
    ],
)
def test_a_bad_address_is_refused_before_anything_is_sent(
    qtbot: QtBot, ui: UiContext, tmp_path: Path, url: str, shown: str
) -> None:
    enroll = FakeEnroll()
    dialog = _dialog(qtbot, ui, tmp_path, enroll)
    _submit(qtbot, dialog, url=url)
    assert shown in dialog.error.text()
    assert enroll.calls == []
    assert dialog.isVisible()


def test_addresses_are_normalised() -> None:
    assert check_hq_url("  https://hq.lankamart.lk/ ") == "https://hq.lankamart.lk"
    assert check_hq_url("http://192.168.1.10:8000/pos") == "http://192.168.1.10:8000/pos"


def test_code_and_name_are_required(qtbot: QtBot, ui: UiContext, tmp_path: Path) -> None:
    enroll = FakeEnroll()
    dialog = _dialog(qtbot, ui, tmp_path, enroll)
    _submit(qtbot, dialog, code="  ")
    assert "Enter the enrollment code" in dialog.error.text()
    dialog.device.clear()
    _submit(qtbot, dialog)
    assert "Give this terminal a name" in dialog.error.text()
    assert enroll.calls == []


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        (
            httpx.ConnectError("[Errno 111] Connection refused"),
            f"HQ at {URL} cannot be reached ([Errno 111] Connection refused)",
        ),
        (
            DomainError("HQ refused the enrollment: this enrollment code was already used"),
            "HQ refused the enrollment: this enrollment code was already used",
        ),
        (
            DomainError(
                "this database belongs to another organization than the enrollment code; "
                "the code is used up: ask HQ for a new one and enroll a new, empty database"
            ),
            "This database belongs to another organization than the enrollment code",
        ),
    ],
)
def test_each_refusal_is_shown_and_the_dialog_stays_open(
    qtbot: QtBot, ui: UiContext, tmp_path: Path, error: BaseException, shown: str
) -> None:
    enroll = FakeEnroll(error)
    dialog = _dialog(qtbot, ui, tmp_path, enroll)
    _submit(qtbot, dialog)
    assert shown in dialog.error.text()
    assert dialog.isVisible() and dialog.identity is None
    assert dialog.submit_button.isEnabled()  # correct and retry
    assert enroll.calls == [(tmp_path / "new" / "pos.db", URL, "K7Q2-9XPM", "Till 1")]


def test_no_keyring_backend_shows_the_keyring_message(
    qtbot: QtBot, ui: UiContext, tmp_path: Path
) -> None:
    from sync.client.credentials import INSTALL_HINT, CredentialStore

    keyring.set_keyring(fail.Keyring())  # a headless box: the autouse fixture restores it
    dialog = EnrollDialog(ui.run, enroll_with_hq, tmp_path / "pos.db", CredentialStore)
    qtbot.addWidget(dialog)
    dialog.show()
    _submit(qtbot, dialog)
    assert INSTALL_HINT in dialog.error.text()
    assert "Secret Service" in dialog.error.text()
    assert dialog.identity is None


def test_success_writes_the_identity_and_accepts(
    qtbot: QtBot, ui: UiContext, tmp_path: Path
) -> None:
    enroll = FakeEnroll(httpx.ConnectError("Connection refused"))
    dialog = _dialog(qtbot, ui, tmp_path, enroll)
    _submit(qtbot, dialog)
    assert "cannot be reached" in dialog.error.text()
    enroll.error = None  # HQ is back: the same dialog retries
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _submit(qtbot, dialog)
    assert dialog.identity is not None
    assert dialog.error.text() == ""
    db = open_database(tmp_path / "new" / "pos.db")
    try:
        stored = try_load_identity(db)
    finally:
        db.dispose()
    assert stored == dialog.identity


def test_first_start_enrolls_then_opens_the_login_screen(tmp_path: Path) -> None:
    """``pos run`` on an empty data folder: the dialog, then the app on the new terminal (in
    its own process: the dialog and the app run event loops)."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from pos_desktop import app
        from pos_desktop.ui import launcher
        from pos_desktop.ui.enroll_dialog import EnrollDialog
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from tests.ui.test_sync_enroll import FakeEnroll

        def fill():
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, EnrollDialog) and widget.isVisible():
                    widget.url.setText("https://hq.example.lk")
                    widget.code.setText("ABCD-1234")
                    widget.submit()
                    return
            QTimer.singleShot(20, fill)

        real = launcher.run_first_start
        def first_start(paths, argv, *, exit_when_ready=False):
            QApplication.instance() or QApplication([sys.argv[0]])
            QTimer.singleShot(0, fill)
            return real(paths, argv, enroll=FakeEnroll(), credentials=lambda: None)
        launcher.run_first_start = first_start
        sys.exit(app.main([], Path({str(tmp_path)!r}), exit_when_ready=True))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ready: screen_login" in done.stdout
    db = open_database(tmp_path / "pos.db")
    try:
        assert try_load_identity(db) is not None
    finally:
        db.dispose()
