"""Administration pages: users (create, reset PIN, disable, role, two-factor) and permissions."""

from __future__ import annotations

from datetime import UTC, datetime

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.core import totp
from pos_desktop.core.permissions import Permission
from pos_desktop.services.auth import login_with_pin
from pos_desktop.services.users import set_extra_permissions
from pos_desktop.store.models import User
from pos_desktop.ui.backoffice.admin_common import PromptDialog
from pos_desktop.ui.backoffice.roles_page import RolesPage
from pos_desktop.ui.backoffice.user_dialog import NewUserDialog
from pos_desktop.ui.backoffice.users_page import UsersPage
from pos_desktop.ui.backoffice.widgets import select_id
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.mfa_enrol_dialog import MfaEnrolDialog
from tests.backoffice.support import open_back_office, open_page
from tests.support.terminal import MANAGER_PIN, Terminal
from tests.ui.conftest import wait_idle


def _user(terminal: Terminal, username: str) -> User:
    with terminal.db.read() as s:
        return s.execute(select(User).where(User.username == username)).scalar_one()


def _users_page(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> UsersPage:
    _shell, screen = open_back_office(qtbot, ui, terminal.admin)
    page = open_page(qtbot, ui, screen, "admin.users")
    assert isinstance(page, UsersPage)
    return page


def _click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _answer(qtbot: QtBot, ui: UiContext, dialog: object, value: str | None = None) -> None:
    assert isinstance(dialog, PromptDialog)
    if value is not None:
        assert dialog.field is not None
        qtbot.keyClicks(dialog.field, value)
    _click(qtbot, dialog.ok)
    wait_idle(qtbot, ui)


def test_admin_lists_creates_resets_disables_and_changes_roles(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    page = _users_page(qtbot, ui, terminal)
    names = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    assert names == ["admin", "cashier", "manager"]
    assert page.table.item(0, 5).text() == "Off" and page.table.item(1, 3).text() == "Active"

    _click(qtbot, page.new_button)
    dialog = page.dialog
    assert isinstance(dialog, NewUserDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.username, "nimal")
    qtbot.keyClicks(dialog.name, "Nimal Perera")
    qtbot.keyClicks(dialog.pin, "12")  # too short: refused, the dialog stays open
    _click(qtbot, dialog.save)
    wait_idle(qtbot, ui)
    assert "PIN" in dialog.error.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.pin, "3456")
    _click(qtbot, dialog.save)
    wait_idle(qtbot, ui)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and deleted)
    assert _user(terminal, "nimal").role == "cashier"
    assert page.status.text() == "User created."
    assert any(page.table.item(r, 1).text() == "nimal" for r in range(page.table.rowCount()))

    nimal = _user(terminal, "nimal")
    assert select_id(page.table, nimal.id)
    _click(qtbot, page.pin_button)
    _answer(qtbot, ui, page.dialog, "8642")
    assert login_with_pin(terminal.ctx, "nimal", "8642").username == "nimal"

    _click(qtbot, page.role_button)
    role_dialog = page.dialog
    assert isinstance(role_dialog, PromptDialog) and role_dialog.choice is not None
    role_dialog.choice.setCurrentIndex(role_dialog.choice.findData("manager"))
    _answer(qtbot, ui, role_dialog)
    assert _user(terminal, "nimal").role == "manager"

    select_id(page.table, nimal.id)
    assert page.toggle_button.text() == "Disable"
    _click(qtbot, page.toggle_button)
    wait_idle(qtbot, ui)
    assert not _user(terminal, "nimal").is_active
    select_id(page.table, nimal.id)
    assert page.toggle_button.text() == "Enable"


def test_a_user_manager_cannot_touch_an_admin(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    set_extra_permissions(
        terminal.ctx, terminal.admin, terminal.manager.user_id, [Permission.MANAGE_USERS]
    )
    manager = login_with_pin(terminal.ctx, "manager", MANAGER_PIN)
    _shell, screen = open_back_office(qtbot, ui, manager)
    page = open_page(qtbot, ui, screen, "admin.users")
    assert isinstance(page, UsersPage)
    select_id(page.table, terminal.admin.user_id)
    for widget in (page.pin_button, page.password_button, page.role_button, page.toggle_button):
        assert not widget.isEnabled()
    select_id(page.table, terminal.cashier.user_id)
    _click(qtbot, page.role_button)
    dialog = page.dialog
    assert isinstance(dialog, PromptDialog) and dialog.choice is not None
    assert dialog.choice.findData("admin") == -1  # not offered; the service refuses anyway
    assert not page.mfa_off_button.isVisible()


def test_admin_sets_up_own_two_factor_from_the_users_page(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    page = _users_page(qtbot, ui, terminal)
    _click(qtbot, page.my_mfa_button)
    wait_idle(qtbot, ui)
    dialog = page.dialog
    assert isinstance(dialog, MfaEnrolDialog) and dialog.isVisible()
    code = totp.totp(totp.decode_secret(dialog.enrolment.secret), datetime.now(UTC))
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    assert len(dialog.codes.text().split("\n")) == 10
    _click(qtbot, dialog.done_button)
    wait_idle(qtbot, ui)
    assert _user(terminal, "admin").mfa_enabled
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 1).text() == "admin")
    assert page.table.item(row, 5).text() == "On"


def test_require_mfa_checkbox_saves_the_setting(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    from pos_desktop.services.mfa import REQUIRE_MFA
    from pos_desktop.services.settings import get_setting

    page = _users_page(qtbot, ui, terminal)
    assert page.require_mfa.isVisible() and not page.require_mfa.isChecked()
    _click(qtbot, page.require_mfa)
    wait_idle(qtbot, ui)
    with terminal.db.read() as s:
        assert get_setting(s, terminal.ctx, REQUIRE_MFA) is True


def test_permissions_matrix_and_individual_grants(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    _shell, screen = open_back_office(qtbot, ui, terminal.admin)
    page = open_page(qtbot, ui, screen, "admin.roles")
    assert isinstance(page, RolesPage)
    assert page.matrix.rowCount() == len(Permission)
    row = list(Permission).index(Permission.VOID_SALE)
    assert [page.matrix.item(row, c).text() for c in (1, 2, 3)] == ["—", "✔", "✔"]

    page.user.setCurrentIndex(page.user.findData(terminal.cashier.user_id))
    sell = page.boxes[Permission.PROCESS_SALES]
    assert sell.isChecked() and not sell.isEnabled()  # the role's own: fixed
    drawer = page.boxes[Permission.OPEN_DRAWER]
    assert not drawer.isChecked() and drawer.isEnabled()
    drawer.setChecked(True)
    _click(qtbot, page.save)
    wait_idle(qtbot, ui)
    assert page.status.text() == "Grants saved."
    assert _user(terminal, "cashier").permissions == ["open_drawer"]
