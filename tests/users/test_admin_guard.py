"""A manager given MANAGE_USERS can neither raise anyone to admin nor touch an admin account."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from pos_desktop.core.errors import PermissionDenied
from pos_desktop.core.permissions import Permission, Role
from pos_desktop.services.auth import login_with_pin
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.users import (
    change_role,
    disable_user,
    list_users,
    reset_password,
    reset_pin,
    set_extra_permissions,
    set_language,
    unlock_user,
)
from pos_desktop.store.models import AuditLog, User
from tests.support.terminal import MANAGER_PIN, Terminal


def _user_manager(terminal: Terminal) -> Actor:
    set_extra_permissions(
        terminal.ctx, terminal.admin, terminal.manager.user_id, [Permission.MANAGE_USERS]
    )
    return login_with_pin(terminal.ctx, "manager", MANAGER_PIN)


EDITS: dict[str, Callable[[ServiceContext, Actor, str], Any]] = {
    "disable": lambda c, a, uid: disable_user(c, a, uid),
    "reset_pin": lambda c, a, uid: reset_pin(c, a, uid, "4321"),
    "reset_password": lambda c, a, uid: reset_password(c, a, uid, "taken-over-1"),
    "unlock": lambda c, a, uid: unlock_user(c, a, uid),
    "demote": lambda c, a, uid: change_role(c, a, uid, Role.CASHIER),
    "grants": lambda c, a, uid: set_extra_permissions(c, a, uid, ["open_drawer"]),
    "language": lambda c, a, uid: set_language(c, a, uid, "si"),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_user_manager_cannot_edit_an_admin(terminal: Terminal, edit: str) -> None:
    manager = _user_manager(terminal)
    with terminal.db.read() as s:
        before = s.get(User, terminal.admin.user_id)
        assert before is not None
        snapshot = (before.pin_hash, before.password_hash, before.role, before.language)
        audits = s.execute(select(func.count(AuditLog.id))).scalar_one()
    with pytest.raises(PermissionDenied, match="administrator"):
        EDITS[edit](terminal.ctx, manager, terminal.admin.user_id)
    with terminal.db.read() as s:
        after = s.get(User, terminal.admin.user_id)
        assert after is not None
        assert (after.pin_hash, after.password_hash, after.role, after.language) == snapshot
        assert after.is_active
        assert s.execute(select(func.count(AuditLog.id))).scalar_one() == audits


def test_a_user_manager_cannot_raise_anyone_to_admin(terminal: Terminal) -> None:
    manager = _user_manager(terminal)
    with pytest.raises(PermissionDenied):
        change_role(terminal.ctx, manager, terminal.cashier.user_id, Role.ADMIN, password="x" * 9)
    with pytest.raises(PermissionDenied):
        change_role(terminal.ctx, manager, manager.user_id, Role.ADMIN, password="x" * 9)
    with pytest.raises(PermissionDenied):
        set_extra_permissions(terminal.ctx, manager, terminal.cashier.user_id, ["manage_settings"])
    # Within their powers: a cashier made manager, and unlocked.
    change_role(terminal.ctx, manager, terminal.cashier.user_id, Role.MANAGER)
    unlock_user(terminal.ctx, manager, terminal.cashier.user_id)


def test_the_list_shows_last_sign_in_and_mfa(terminal: Terminal) -> None:
    login_with_pin(terminal.ctx, "manager", MANAGER_PIN)
    with terminal.db.read() as s:
        users = {u.username: u for u in list_users(s, terminal.ctx)}
    assert users["manager"].last_login_at is not None
    assert users["cashier"].last_login_at is None
    assert not users["admin"].mfa_enabled
