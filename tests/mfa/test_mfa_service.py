"""Two-factor sign-in: enrolment, codes, replay, backup codes, lockout, disabling, requirement."""

from __future__ import annotations

import dataclasses
import json

import pytest
from sqlalchemy import select

from pos_desktop.core import totp
from pos_desktop.core.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from pos_desktop.core.permissions import Permission
from pos_desktop.services.auth import LockedOut, approve, login_with_password, login_with_pin
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.mfa import (
    REQUIRE_MFA,
    MfaChallenge,
    MfaEnrolmentRequired,
    SecondFactorRequired,
    confirm_enrolment,
    disable_mfa,
    regenerate_backup_codes,
    start_enrolment,
)
from pos_desktop.services.mfa_login import (
    enrolment_for_login,
    finish_enrolment_at_login,
    login_with_code,
)
from pos_desktop.services.settings import set_setting
from pos_desktop.store.models import AuditLog, OutboxEntry, User
from tests.auth.clock import MovableClock, with_clock
from tests.support.terminal import ADMIN_PASSWORD, CASHIER_PIN, MANAGER_PIN, Terminal


def _user(terminal: Terminal, username: str) -> User:
    with terminal.db.read() as s:
        return s.execute(select(User).where(User.username == username)).scalar_one()


def _code(secret: str, clock: MovableClock, steps: int = 0) -> str:
    return (
        totp.totp(totp.decode_secret(secret), clock.now)
        if not steps
        else totp.hotp(totp.decode_secret(secret), totp.time_step(clock.now) + steps)
    )


def _enrol_admin(
    terminal: Terminal, ctx: ServiceContext, clock: MovableClock
) -> tuple[str, tuple[str, ...]]:
    enrolment = start_enrolment(ctx, terminal.admin)
    result = confirm_enrolment(
        ctx, terminal.admin, enrolment.secret, _code(enrolment.secret, clock)
    )
    clock.advance(seconds=30)  # the confirming code's step is spent
    return enrolment.secret, result.backup_codes


def _challenge(ctx: ServiceContext) -> MfaChallenge:
    with pytest.raises(SecondFactorRequired) as info:
        login_with_password(ctx, "admin", ADMIN_PASSWORD)
    return info.value.challenge


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


def test_enrolment_needs_a_first_code_and_stores_only_digests(
    terminal: Terminal, clock: MovableClock
) -> None:
    ctx = with_clock(terminal.ctx, clock)
    enrolment = start_enrolment(ctx, terminal.admin)
    assert enrolment.uri.startswith("otpauth://totp/Test%20Org%20POS:admin?secret=")
    assert not _user(terminal, "admin").mfa_enabled  # nothing written before confirming
    with pytest.raises(ValidationError, match="does not match"):
        confirm_enrolment(ctx, terminal.admin, enrolment.secret, "000000")
    assert not _user(terminal, "admin").mfa_enabled

    result = confirm_enrolment(
        ctx, terminal.admin, enrolment.secret, _code(enrolment.secret, clock)
    )
    assert len(result.backup_codes) == 10 and len(set(result.backup_codes)) == 10
    user = _user(terminal, "admin")
    assert user.mfa_enabled and user.mfa_secret == enrolment.secret
    stored = json.dumps(user.mfa_backup_codes)
    assert all(
        code not in stored and code.replace("-", "") not in stored for code in result.backup_codes
    )
    with terminal.db.read() as s:
        logged = json.dumps([r.new_values for r in s.execute(select(AuditLog)).scalars()])
        outbox = [
            e.payload
            for e in s.execute(select(OutboxEntry).where(OutboxEntry.entity == "users")).scalars()
        ]
    assert enrolment.secret not in logged  # the secret never reaches the audit log
    # The secret syncs with the user, so every till can check codes offline.
    assert any(p.get("mfa_secret") == enrolment.secret for p in outbox)
    with pytest.raises(ConflictError):
        start_enrolment(ctx, terminal.admin)


def test_only_managers_and_admins_enrol_and_only_themselves(
    terminal: Terminal, clock: MovableClock
) -> None:
    ctx = with_clock(terminal.ctx, clock)
    with pytest.raises(ValidationError, match="managers and administrators"):
        start_enrolment(ctx, terminal.cashier)
    with pytest.raises(PermissionDenied):
        start_enrolment(ctx, terminal.admin, terminal.manager.user_id)
    assert start_enrolment(ctx, terminal.manager).username == "manager"


def test_sign_in_asks_for_the_code_and_refuses_a_replay(
    terminal: Terminal, clock: MovableClock
) -> None:
    ctx = with_clock(terminal.ctx, clock)
    secret, _ = _enrol_admin(terminal, ctx, clock)
    challenge = _challenge(ctx)
    assert _user(terminal, "admin").last_login_at is None
    code = _code(secret, clock)
    actor = login_with_code(ctx, challenge, code)
    assert actor.user_id == terminal.admin.user_id and actor.can(Permission.MANAGE_USERS)
    assert _user(terminal, "admin").last_login_at == clock.now

    # The same code again, within its window, from a fresh password: refused and counted.
    clock.advance(seconds=10)
    with pytest.raises(AuthenticationError, match="not valid"):
        login_with_code(ctx, _challenge(ctx), code)
    assert _user(terminal, "admin").failed_attempts == 1
    # An older step than the one used is refused too; the next step works.
    with pytest.raises(AuthenticationError):
        login_with_code(ctx, _challenge(ctx), _code(secret, clock, steps=-1))
    clock.advance(seconds=30)
    assert login_with_code(ctx, _challenge(ctx), _code(secret, clock)).username == "admin"
    assert _user(terminal, "admin").failed_attempts == 0


def test_backup_codes_work_once_each(terminal: Terminal, clock: MovableClock) -> None:
    ctx = with_clock(terminal.ctx, clock)
    _secret, backups = _enrol_admin(terminal, ctx, clock)
    assert login_with_code(ctx, _challenge(ctx), backups[3].upper()).username == "admin"
    assert len(_user(terminal, "admin").mfa_backup_codes) == 9
    with pytest.raises(AuthenticationError):
        login_with_code(ctx, _challenge(ctx), backups[3])
    assert login_with_code(ctx, _challenge(ctx), backups[4].replace("-", " ")).username == "admin"
    assert len(_user(terminal, "admin").mfa_backup_codes) == 8


def test_wrong_codes_lock_the_account_and_the_password_does_not_reset_the_count(
    terminal: Terminal, clock: MovableClock
) -> None:
    ctx = with_clock(terminal.ctx, clock)
    secret, _ = _enrol_admin(terminal, ctx, clock)
    for attempt in range(1, 5):
        # A fresh right password each time: it must not wipe the count of wrong codes.
        with pytest.raises(AuthenticationError, match="not valid"):
            login_with_code(ctx, _challenge(ctx), "123456" if attempt % 2 else "abcde-fghjk")
        assert _user(terminal, "admin").failed_attempts == attempt
    challenge = _challenge(ctx)
    with pytest.raises(LockedOut):
        login_with_code(ctx, challenge, "000000")
    # Locked: the right code and the right password are both refused until the time is up.
    with pytest.raises(LockedOut):
        login_with_code(ctx, challenge, _code(secret, clock))
    with pytest.raises(LockedOut):
        login_with_password(ctx, "admin", ADMIN_PASSWORD)
    clock.advance(minutes=16)
    assert login_with_code(ctx, _challenge(ctx), _code(secret, clock)).username == "admin"
    with terminal.db.read() as s:
        actions = [a for (a,) in s.execute(select(AuditLog.action)) if a.startswith("auth.")]
    assert "auth.account_locked" in actions and "auth.login" in actions


def test_expired_or_forged_challenges_are_refused(terminal: Terminal, clock: MovableClock) -> None:
    ctx = with_clock(terminal.ctx, clock)
    secret, _ = _enrol_admin(terminal, ctx, clock)
    challenge = _challenge(ctx)
    forged = dataclasses.replace(challenge, user_id=terminal.manager.user_id)
    with pytest.raises(AuthenticationError, match="too long"):
        login_with_code(ctx, forged, _code(secret, clock))
    clock.advance(minutes=6)
    with pytest.raises(AuthenticationError, match="too long"):
        login_with_code(ctx, challenge, _code(secret, clock))
    assert _user(terminal, "admin").failed_attempts == 0


def test_counter_approval_does_not_ask_for_a_code(terminal: Terminal, clock: MovableClock) -> None:
    ctx = with_clock(terminal.ctx, clock)
    enrolment = start_enrolment(ctx, terminal.manager)
    confirm_enrolment(ctx, terminal.manager, enrolment.secret, _code(enrolment.secret, clock))
    approver = approve(ctx, "manager", MANAGER_PIN, Permission.VOID_SALE)
    assert approver.username == "manager"
    with pytest.raises(SecondFactorRequired):
        login_with_pin(ctx, "manager", MANAGER_PIN)
    assert login_with_pin(ctx, "cashier", CASHIER_PIN).username == "cashier"


def test_disabling_needs_a_code_or_an_admin(terminal: Terminal, clock: MovableClock) -> None:
    ctx = with_clock(terminal.ctx, clock)
    secret, _ = _enrol_admin(terminal, ctx, clock)
    enrolment = start_enrolment(ctx, terminal.manager)
    confirm_enrolment(ctx, terminal.manager, enrolment.secret, _code(enrolment.secret, clock))

    with pytest.raises(PermissionDenied):
        disable_mfa(ctx, terminal.admin, terminal.admin.user_id)  # own, without a code
    with pytest.raises(PermissionDenied):
        disable_mfa(ctx, terminal.manager, terminal.admin.user_id)
    with pytest.raises(AuthenticationError):
        disable_mfa(ctx, terminal.admin, terminal.admin.user_id, "000000")
    assert _user(terminal, "admin").mfa_enabled
    disable_mfa(ctx, terminal.admin, terminal.admin.user_id, _code(secret, clock))
    user = _user(terminal, "admin")
    assert not user.mfa_enabled and user.mfa_secret is None and user.mfa_backup_codes == []
    # An admin turns off a manager's (a lost phone) without the manager's code.
    disable_mfa(ctx, terminal.admin, terminal.manager.user_id)
    assert not _user(terminal, "manager").mfa_enabled
    assert login_with_pin(ctx, "manager", MANAGER_PIN).username == "manager"
    with pytest.raises(ConflictError):
        disable_mfa(ctx, terminal.admin, terminal.manager.user_id)


def test_new_backup_codes_replace_the_old_ones(terminal: Terminal, clock: MovableClock) -> None:
    ctx = with_clock(terminal.ctx, clock)
    secret, old = _enrol_admin(terminal, ctx, clock)
    with pytest.raises(AuthenticationError):
        regenerate_backup_codes(ctx, terminal.admin, "111111")
    new = regenerate_backup_codes(ctx, terminal.admin, _code(secret, clock)).backup_codes
    assert len(new) == 10 and not set(new) & set(old)
    with pytest.raises(AuthenticationError):
        login_with_code(ctx, _challenge(ctx), old[0])
    assert login_with_code(ctx, _challenge(ctx), new[0]).username == "admin"


def test_required_mfa_makes_managers_enrol_at_sign_in(
    terminal: Terminal, clock: MovableClock
) -> None:
    ctx = with_clock(terminal.ctx, clock)
    set_setting(ctx, terminal.admin, REQUIRE_MFA, True)
    assert login_with_pin(ctx, "cashier", CASHIER_PIN).username == "cashier"  # not for cashiers
    with pytest.raises(MfaEnrolmentRequired) as info:
        login_with_pin(ctx, "manager", MANAGER_PIN)
    challenge = info.value.challenge
    with pytest.raises(AuthenticationError):
        login_with_code(ctx, challenge, "123456")  # nothing to check a code against yet
    enrolment = enrolment_for_login(ctx, challenge)
    with pytest.raises(ValidationError):
        finish_enrolment_at_login(ctx, challenge, enrolment.secret, "000000")
    assert not _user(terminal, "manager").mfa_enabled
    signed = finish_enrolment_at_login(
        ctx, challenge, enrolment.secret, _code(enrolment.secret, clock)
    )
    assert signed.actor.username == "manager" and len(signed.backup_codes) == 10
    clock.advance(seconds=30)
    with pytest.raises(SecondFactorRequired) as again:
        login_with_pin(ctx, "manager", MANAGER_PIN)
    code = _code(enrolment.secret, clock)
    assert login_with_code(ctx, again.value.challenge, code).username == "manager"
    # A plain second-factor challenge cannot be used to enrol a new secret.
    with pytest.raises(AuthenticationError):
        enrolment_for_login(ctx, again.value.challenge)
