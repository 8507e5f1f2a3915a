"""The login screen with two-factor sign-in: an admin types the password, then a code computed
by the TOTP function at a fixed clock; a wrong code; enrolment at sign-in when it is required."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.app import AppServices
from pos_desktop.core import totp
from pos_desktop.paths import resolve_data_paths
from pos_desktop.services.mfa import REQUIRE_MFA, confirm_enrolment, start_enrolment
from pos_desktop.services.settings import set_setting
from pos_desktop.store.models import User
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.fonts import load_bundled_fonts
from pos_desktop.ui.mfa_enrol_dialog import MfaEnrolDialog
from pos_desktop.ui.tasks import TaskRunner
from tests.auth.clock import MovableClock, with_clock
from tests.support.terminal import ADMIN_PASSWORD, MANAGER_PIN, Terminal
from tests.ui.conftest import wait_idle
from tests.ui.till_flows import login_screen, make_shell, sign_in


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def clocked_ui(terminal: Terminal, qtbot: QtBot, clock: MovableClock) -> Iterator[UiContext]:
    load_bundled_fonts()
    ctx = with_clock(terminal.ctx, clock)
    services = AppServices(
        paths=resolve_data_paths(terminal.db.path.parent), db=terminal.db, ctx=ctx
    )
    runner = TaskRunner()
    context = UiContext(services, runner)
    yield context
    wait_idle(qtbot, context)
    runner.shutdown()


def _code(secret: str, clock: MovableClock) -> str:
    return totp.totp(totp.decode_secret(secret), clock.now)


def test_admin_with_mfa_signs_in_with_a_code(
    qtbot: QtBot, clocked_ui: UiContext, terminal: Terminal, clock: MovableClock
) -> None:
    ui = clocked_ui
    ctx = ui.ctx
    enrolment = start_enrolment(ctx, terminal.admin)
    confirm_enrolment(ctx, terminal.admin, enrolment.secret, _code(enrolment.secret, clock))
    clock.advance(seconds=30)

    shell = make_shell(qtbot, ui)
    screen = sign_in(qtbot, ui, shell, "admin", ADMIN_PASSWORD)
    assert ui.actor is None and screen.in_code_step()
    assert screen.secret_label.text() == "Two-factor code"
    assert screen.back.isVisible() and not screen.username.isEnabled()

    qtbot.keyClicks(screen.secret, "000000")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    assert ui.actor is None and "not valid" in screen.error.text()
    assert screen.in_code_step()

    qtbot.keyClicks(screen.secret, _code(enrolment.secret, clock))
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    assert ui.actor is not None and ui.actor.username == "admin"
    assert not screen.in_code_step()
    with terminal.db.read() as s:
        admin = s.execute(select(User).where(User.username == "admin")).scalar_one()
    assert admin.failed_attempts == 0 and admin.last_login_at == clock.now


def test_back_leaves_the_code_step(
    qtbot: QtBot, clocked_ui: UiContext, terminal: Terminal, clock: MovableClock
) -> None:
    ui = clocked_ui
    enrolment = start_enrolment(ui.ctx, terminal.admin)
    confirm_enrolment(ui.ctx, terminal.admin, enrolment.secret, _code(enrolment.secret, clock))
    shell = make_shell(qtbot, ui)
    screen = sign_in(qtbot, ui, shell, "admin", ADMIN_PASSWORD)
    assert screen.in_code_step()
    qtbot.mouseClick(screen.back, Qt.MouseButton.LeftButton)
    assert not screen.in_code_step() and screen.username.isEnabled()
    assert screen.secret_label.text() == "Password"


def test_required_mfa_enrols_a_manager_at_sign_in(
    qtbot: QtBot, clocked_ui: UiContext, terminal: Terminal, clock: MovableClock
) -> None:
    ui = clocked_ui
    set_setting(ui.ctx, terminal.admin, REQUIRE_MFA, True)
    shell = make_shell(qtbot, ui)
    screen = sign_in(qtbot, ui, shell, "manager", MANAGER_PIN)
    wait_idle(qtbot, ui)
    dialog = screen.findChild(MfaEnrolDialog)
    assert dialog is not None and dialog.isVisible() and ui.actor is None
    qr = dialog.findChild(QLabel, "mfaQr")
    assert qr is not None and qr.pixmap().width() >= 150
    secret = dialog.enrolment.secret
    assert dialog.key.text().replace(" ", "") == secret
    qtbot.keyClicks(dialog.code, _code(secret, clock))
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    codes = dialog.codes.text().split("\n")
    assert len(codes) == 10 and all(len(c) == 11 for c in codes)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    assert ui.actor is not None and ui.actor.username == "manager"
    with terminal.db.read() as s:
        manager = s.execute(select(User).where(User.username == "manager")).scalar_one()
    assert manager.mfa_enabled and manager.mfa_secret == secret
    assert login_screen(shell) is screen
    assert dataclasses.is_dataclass(dialog.outcome)
