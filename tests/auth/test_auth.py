"""Sign-in, lockout and counter approval on a real terminal database."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from pos_desktop.core.errors import AccountLocked, AuthenticationError, PermissionDenied
from pos_desktop.core.permissions import Permission
from pos_desktop.services.auth import (
    LockedOut,
    actor_from_user,
    approve,
    login_with_password,
    login_with_pin,
)
from pos_desktop.services.settings import LOCKOUT_ATTEMPTS, discount_limit_key, set_setting
from pos_desktop.services.users import disable_user, reset_password, reset_pin
from pos_desktop.store.models import AuditLog, OutboxEntry, User
from tests.auth.clock import START, MovableClock, with_clock
from tests.support.terminal import ADMIN_PASSWORD, ADMIN_PIN, CASHIER_PIN, MANAGER_PIN, Terminal


def _user(terminal: Terminal, username: str) -> User:
    with terminal.db.read() as s:
        return s.execute(select(User).where(User.username == username)).scalar_one()


def _actions(terminal: Terminal) -> list[str]:
    with terminal.db.read() as s:
        rows = s.execute(select(AuditLog.action).order_by(AuditLog.created_at, AuditLog.id))
        return [a for (a,) in rows if a.startswith("auth.")]


def test_cashier_signs_in_with_pin(terminal: Terminal) -> None:
    clock = MovableClock()
    ctx = with_clock(terminal.ctx, clock)
    actor = login_with_pin(ctx, "  Cashier ", CASHIER_PIN)
    assert actor == terminal.cashier
    assert actor.can(Permission.PROCESS_SALES) and not actor.can(Permission.VOID_SALE)
    user = _user(terminal, "cashier")
    assert user.last_login_at == START
    assert user.failed_attempts == 0
    assert _actions(terminal) == ["auth.login"]


def test_five_wrong_pins_lock_the_account_until_the_period_ends(terminal: Terminal) -> None:
    clock = MovableClock()
    ctx = with_clock(terminal.ctx, clock)
    for attempt in range(1, 5):
        with pytest.raises(AuthenticationError, match="Wrong username or PIN") as info:
            login_with_pin(ctx, "cashier", "0000")
        assert not isinstance(info.value, AccountLocked)
        # The failure was committed even though the login raised.
        assert _user(terminal, "cashier").failed_attempts == attempt
    with pytest.raises(LockedOut) as locked:
        login_with_pin(ctx, "cashier", "0000")
    assert locked.value.minutes_left == 15
    assert _user(terminal, "cashier").locked_until == START + timedelta(minutes=15)

    # The right PIN does not open a locked account; the message says how long is left.
    clock.advance(minutes=14, seconds=1)
    with pytest.raises(AccountLocked, match="1 minute") as again:
        login_with_pin(ctx, "cashier", CASHIER_PIN)
    assert isinstance(again.value, LockedOut) and again.value.minutes_left == 1

    clock.advance(seconds=59)  # exactly 15 minutes after the lock
    actor = login_with_pin(ctx, "cashier", CASHIER_PIN)
    assert actor.username == "cashier"
    user = _user(terminal, "cashier")
    assert (user.failed_attempts, user.locked_until) == (0, None)
    actions = _actions(terminal)
    assert actions.count("auth.login_failed") == 5
    assert actions.count("auth.account_locked") == 1
    assert actions.count("auth.login_refused") == 1
    assert actions[-1] == "auth.login"


def test_an_expired_lock_restarts_the_count(terminal: Terminal) -> None:
    clock = MovableClock()
    ctx = with_clock(terminal.ctx, clock)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            login_with_pin(ctx, "cashier", "0000")
    clock.advance(minutes=16)
    with pytest.raises(AuthenticationError) as info:
        login_with_pin(ctx, "cashier", "0000")
    assert not isinstance(info.value, AccountLocked)
    assert _user(terminal, "cashier").failed_attempts == 1


def test_success_resets_the_consecutive_count(terminal: Terminal) -> None:
    ctx = with_clock(terminal.ctx, MovableClock())
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            login_with_pin(ctx, "cashier", "0000")
    login_with_pin(ctx, "cashier", CASHIER_PIN)
    for _ in range(4):
        with pytest.raises(AuthenticationError) as info:
            login_with_pin(ctx, "cashier", "0000")
        assert not isinstance(info.value, AccountLocked)


def test_lockout_policy_comes_from_settings(terminal: Terminal) -> None:
    set_setting(terminal.ctx, terminal.admin, LOCKOUT_ATTEMPTS, 3)
    set_setting(terminal.ctx, terminal.admin, "auth.lockout_minutes", 2)
    ctx = with_clock(terminal.ctx, MovableClock())
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            login_with_pin(ctx, "manager", "0000")
    with pytest.raises(LockedOut) as info:
        login_with_pin(ctx, "manager", "0000")
    assert info.value.minutes_left == 2


def test_unknown_user_and_wrong_pin_look_the_same(terminal: Terminal) -> None:
    with pytest.raises(AuthenticationError) as unknown:
        login_with_pin(terminal.ctx, "nobody", CASHIER_PIN)
    with pytest.raises(AuthenticationError) as wrong:
        login_with_pin(terminal.ctx, "cashier", "0000")
    assert str(unknown.value) == str(wrong.value)
    assert type(unknown.value) is type(wrong.value)
    with pytest.raises(AuthenticationError) as unknown_pw:
        login_with_password(terminal.ctx, "nobody", "whatever-1")
    with pytest.raises(AuthenticationError) as wrong_pw:
        login_with_password(terminal.ctx, "admin", "whatever-1")
    assert str(unknown_pw.value) == str(wrong_pw.value) == "Wrong username or password."
    with terminal.db.read() as s:
        failed = s.execute(select(AuditLog).where(AuditLog.action == "auth.login_failed")).scalars()
        by_reason = {row.new_values["reason"] for row in failed if row.new_values}
    assert by_reason == {"unknown", "wrong_secret"}


def test_admin_must_use_password_and_pin_is_refused(terminal: Terminal) -> None:
    with pytest.raises(AuthenticationError, match="password"):
        login_with_pin(terminal.ctx, "admin", ADMIN_PIN)
    actor = login_with_password(terminal.ctx, "admin", ADMIN_PASSWORD)
    assert actor == terminal.admin
    assert _user(terminal, "admin").last_login_at is not None


def test_manager_may_use_a_password_once_one_is_set(terminal: Terminal) -> None:
    with pytest.raises(AuthenticationError):
        login_with_password(terminal.ctx, "manager", "office-pass-1")
    reset_password(terminal.ctx, terminal.admin, terminal.manager.user_id, "office-pass-1")
    assert login_with_password(terminal.ctx, "manager", "office-pass-1") == terminal.manager
    # The PIN still works at the till.
    assert login_with_pin(terminal.ctx, "manager", MANAGER_PIN) == terminal.manager


def test_disabled_user_is_refused_even_with_the_right_pin(terminal: Terminal) -> None:
    disable_user(terminal.ctx, terminal.admin, terminal.cashier.user_id)
    with pytest.raises(AuthenticationError, match="disabled"):
        login_with_pin(terminal.ctx, "cashier", CASHIER_PIN)
    with pytest.raises(AuthenticationError, match="Wrong username or PIN"):
        login_with_pin(terminal.ctx, "cashier", "0000")
    with pytest.raises(AuthenticationError, match="disabled"):
        approve(terminal.ctx, "cashier", CASHIER_PIN, Permission.PROCESS_SALES)


def test_soft_deleted_user_is_refused(terminal: Terminal) -> None:
    with terminal.db.uow() as uow:
        user = uow.session.get(User, terminal.cashier.user_id)
        assert user is not None
        user.deleted_at = START
        uow.commit()
    with pytest.raises(AuthenticationError, match="disabled"):
        login_with_pin(terminal.ctx, "cashier", CASHIER_PIN)


def test_manager_approval_at_the_counter(terminal: Terminal) -> None:
    approver = approve(terminal.ctx, "manager", MANAGER_PIN, Permission.VOID_SALE)
    assert approver == terminal.manager
    # Approval is not a sign-in.
    assert _user(terminal, "manager").last_login_at is None
    # The admin's PIN approves too (admins hold every permission).
    assert approve(terminal.ctx, "admin", ADMIN_PIN, Permission.VOID_SALE) == terminal.admin
    with pytest.raises(PermissionDenied, match="is not allowed to void a sale"):
        approve(terminal.ctx, "cashier", CASHIER_PIN, Permission.VOID_SALE)
    assert _actions(terminal) == ["auth.approval", "auth.approval", "auth.approval_refused"]


def test_wrong_approval_pins_lock_the_approver(terminal: Terminal) -> None:
    ctx = with_clock(terminal.ctx, MovableClock())
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="Wrong username or PIN"):
            approve(ctx, "manager", "0000", Permission.VOID_SALE)
    with pytest.raises(AccountLocked):
        approve(ctx, "manager", "0000", Permission.VOID_SALE)
    with pytest.raises(AccountLocked):
        login_with_pin(ctx, "manager", MANAGER_PIN)
    assert _actions(terminal).count("auth.approval_failed") == 5


def test_reset_pin_unlocks(terminal: Terminal) -> None:
    ctx = with_clock(terminal.ctx, MovableClock())
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            login_with_pin(ctx, "cashier", "0000")
    reset_pin(terminal.ctx, terminal.admin, terminal.cashier.user_id, "4321")
    assert login_with_pin(ctx, "cashier", "4321").username == "cashier"
    with pytest.raises(AuthenticationError):
        login_with_pin(ctx, "cashier", CASHIER_PIN)


def test_lockout_bookkeeping_is_not_sync_traffic_but_audit_is(terminal: Terminal) -> None:
    with terminal.db.read() as s:
        before = s.execute(select(OutboxEntry.entity)).scalars().all()
    with pytest.raises(AuthenticationError):
        login_with_pin(terminal.ctx, "cashier", "0000")
    login_with_pin(terminal.ctx, "cashier", CASHIER_PIN)
    with terminal.db.read() as s:
        after = s.execute(select(OutboxEntry.entity)).scalars().all()
    added = after[len(before) :]
    assert added == ["audit_logs", "audit_logs"]


def test_no_secret_reaches_the_audit_log(terminal: Terminal) -> None:
    with pytest.raises(AuthenticationError):
        login_with_pin(terminal.ctx, "cashier", "8642")
    with pytest.raises(AuthenticationError):
        login_with_password(terminal.ctx, "admin", "secret-guess-77")
    login_with_pin(terminal.ctx, "cashier", CASHIER_PIN)
    with terminal.db.read() as s:
        text = json.dumps(
            [(r.old_values, r.new_values, r.reason) for r in s.execute(select(AuditLog)).scalars()]
        )
    for secret in ("8642", "secret-guess-77", CASHIER_PIN, "argon2"):
        assert secret not in text


def test_absurdly_long_secret_is_refused_cheaply(terminal: Terminal) -> None:
    with pytest.raises(AuthenticationError):
        login_with_password(terminal.ctx, "admin", "x" * 100_000)
    assert _user(terminal, "admin").failed_attempts == 1


def test_discount_limit_from_user_else_settings_else_role_default(terminal: Terminal) -> None:
    assert login_with_pin(terminal.ctx, "cashier", CASHIER_PIN).discount_limit_percent == 10
    set_setting(terminal.ctx, terminal.admin, discount_limit_key("cashier"), 15)
    assert login_with_pin(terminal.ctx, "cashier", CASHIER_PIN).discount_limit_percent == 15
    with terminal.db.uow() as uow:
        user = uow.session.get(User, terminal.cashier.user_id)
        assert user is not None
        user.discount_limit_percent = 5
        user.permissions = [Permission.OPEN_DRAWER.value]
        uow.commit()
    actor = login_with_pin(terminal.ctx, "cashier", CASHIER_PIN)
    assert actor.discount_limit_percent == 5
    assert actor.can(Permission.OPEN_DRAWER)
    assert actor_from_user(_user(terminal, "cashier")).can(Permission.OPEN_DRAWER)
