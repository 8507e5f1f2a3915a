"""Sign-in with a PIN or a password, manager approval at the counter, and account lockout.

Rules:
- Cashiers and managers sign in at the till with their PIN. Administrators must use their
  password (a 4-digit PIN is too weak for the account that manages users and settings).
  Cashiers and managers MAY also sign in with a password when one has been set for them (the
  back-office PC); the PIN stays their counter credential.
- ``approve`` takes any active user's PIN (admins included) and refuses one whose role and
  grants lack the permission being approved.
- After ``auth.lockout_attempts`` (default 5) consecutive wrong secrets, by PIN or password,
  for login or approval, the account is locked for ``auth.lockout_minutes`` (default 15).
  A success resets the count; so does the lock running out.
- An unknown username and a wrong secret give the same message, and cost the same argon2 work.
  (A locked account does say so: the person at the till has to know to fetch a manager.)
- Every failure, lock and success is written to the audit log (never the secret itself).
- Two-factor (services/mfa.py): a login of a user with MFA on raises ``SecondFactorRequired``
  after a right PIN/password (approvals at the counter do not ask for a code); the sign-in ends
  in ``services.mfa_login.login_with_code``. With ``auth.require_mfa`` on, a manager or admin
  without MFA gets ``MfaEnrolmentRequired`` and enrols through ``mfa_login``.

The failure count must survive the refusal: the login commits its own transaction (count,
lock, audit row) and only then raises. Secrets are verified before that write transaction
begins, so argon2's deliberate slowness never holds the database write lock, and the count is
re-read inside the transaction so concurrent tries from two processes both count.

``failed_attempts``, ``locked_until`` and ``last_login_at`` are terminal-local bookkeeping, not
an edit of the user: they are written with a direct UPDATE that bypasses the sync outbox (a
pushed users row could race an HQ PIN reset, and every login would otherwise become sync
traffic). HQ learns of failures and locks through the synced audit rows.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from pos_desktop.core.errors import AccountLocked, AuthenticationError, PermissionDenied
from pos_desktop.core.permissions import (
    DEFAULT_DISCOUNT_LIMIT_PERCENT,
    Permission,
    Role,
    action_phrase,
)
from pos_desktop.core.permissions import permissions_for as role_permissions
from pos_desktop.services.context import Actor, AuditEntry, ServiceContext, audit
from pos_desktop.services.mfa import (
    MFA_ROLES,
    REQUIRE_MFA,
    MfaEnrolmentRequired,
    SecondFactorRequired,
    issue_challenge,
)
from pos_desktop.services.passwords import hash_secret, verify_secret
from pos_desktop.services.settings import (
    LOCKOUT_ATTEMPTS,
    LOCKOUT_MINUTES,
    discount_limit_key,
    get_int,
    get_setting,
)
from pos_desktop.store.models import User

Method = Literal["pin", "password"]
Purpose = Literal["login", "approval"]

MAX_SECRET_LENGTH = 256  # argon2 will hash anything; a megabyte "password" is an attack


class LockedOut(AccountLocked):
    """The account is locked; ``minutes_left`` is what the till shows."""

    def __init__(self, message: str, *, minutes_left: int, locked_until: datetime) -> None:
        super().__init__(message)
        self.minutes_left = minutes_left
        self.locked_until = locked_until


def actor_from_user(user: User, role_limits: Mapping[str, int] | None = None) -> Actor:
    """The Actor services see for a user: role permissions plus individual grants.

    The discount limit is the user's own, else ``role_limits[role]`` (the store's settings, when
    the caller read them), else the role default of core/permissions.py.
    """
    role = Role(user.role)
    if user.discount_limit_percent is not None:
        limit = user.discount_limit_percent
    elif role_limits is not None and role.value in role_limits:
        limit = role_limits[role.value]
    else:
        limit = DEFAULT_DISCOUNT_LIMIT_PERCENT[role]
    return Actor(
        user_id=user.id,
        username=user.username,
        name=user.name,
        role=role.value,
        permissions=role_permissions(role, {str(p) for p in user.permissions or []}),
        discount_limit_percent=limit,
    )


def login_with_pin(ctx: ServiceContext, username: str, pin: str) -> Actor:
    """Sign a cashier or manager in at the till."""
    return _authenticate(ctx, username, pin, "pin", "login", None)


def login_with_password(ctx: ServiceContext, username: str, password: str) -> Actor:
    """Sign in with a password (required for admins; allowed for anyone who has one)."""
    return _authenticate(ctx, username, password, "password", "login", None)


def approve(ctx: ServiceContext, username: str, pin: str, permission: Permission) -> Actor:
    """A manager approves an action at the counter with their PIN; returns them as the approver.

    Call it before opening the business transaction (it commits its own audit/lockout rows).
    """
    return _authenticate(ctx, username, pin, "pin", "approval", permission)


def normalize_username(username: str) -> str:
    return username.strip().lower()


@cache
def _dummy_hash() -> str:
    # Verified against for unknown users so their refusal costs the same time as a real one.
    return hash_secret("no such user: constant-time refusal")


@dataclass(frozen=True, slots=True)
class _Policy:
    attempts: int
    minutes: int
    role_limits: dict[str, int]
    require_mfa: bool = False


def _policy(session: Session, ctx: ServiceContext) -> _Policy:
    limits = {role.value: get_int(session, ctx, discount_limit_key(role)) for role in Role}
    return _Policy(
        get_int(session, ctx, LOCKOUT_ATTEMPTS),
        get_int(session, ctx, LOCKOUT_MINUTES),
        limits,
        bool(get_setting(session, ctx, REQUIRE_MFA)),
    )


def _find_user(session: Session, ctx: ServiceContext, username: str) -> User | None:
    return session.execute(
        select(User).where(
            User.organization_id == ctx.terminal.organization_id,
            User.username == username,
        )
    ).scalar_one_or_none()


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds() / 60))


def _locked(until: datetime, now: datetime) -> LockedOut:
    minutes = _minutes_left(until, now)
    unit = "minute" if minutes == 1 else "minutes"
    return LockedOut(
        f"This account is locked after too many wrong attempts. Try again in {minutes} {unit}, "
        "or ask a manager to reset the PIN.",
        minutes_left=minutes,
        locked_until=until,
    )


def _wrong(method: Method) -> AuthenticationError:
    return AuthenticationError(f"Wrong username or {'PIN' if method == 'pin' else 'password'}.")


def _verify(user: User | None, secret: str, method: Method) -> bool:
    stored = None if user is None else (user.pin_hash if method == "pin" else user.password_hash)
    if len(secret) > MAX_SECRET_LENGTH:
        return False
    # Always run argon2, even for an unknown user, so timing does not tell them apart.
    matched = verify_secret(stored or _dummy_hash(), secret)
    return matched and stored is not None


def _set_counters(session: Session, user_id: str, **values: Any) -> None:
    # Direct UPDATE: bypasses the outbox on purpose (see module docstring) and leaves
    # updated_at alone, since the user record itself did not change.
    session.execute(
        update(User)
        .where(User.id == user_id)
        .values(updated_at=User.updated_at, **values)
        .execution_options(synchronize_session=False)
    )


def _authenticate(
    ctx: ServiceContext,
    username: str,
    secret: str,
    method: Method,
    purpose: Purpose,
    permission: Permission | None,
) -> Actor:
    name = normalize_username(username)
    with ctx.db.read() as s:
        policy = _policy(s, ctx)
        found = _find_user(s, ctx, name) if name else None
    now = ctx.clock()
    detail: dict[str, Any] = {"username": name[:64], "method": method, "purpose": purpose}
    if permission is not None:
        detail["permission"] = permission.value
    locked_before = (
        found is not None and found.locked_until is not None and found.locked_until > now
    )
    # No argon2 work for a locked account: a locked door should be cheap to knock on.
    ok = False if locked_before else _verify(found, secret, method)

    error: Exception | None = None
    actor: Actor | None = None
    with ctx.db.uow() as uow:
        s = uow.session
        user = s.get(User, found.id) if found is not None else None
        if user is None:
            error = _wrong(method)
            _audit(s, ctx, None, f"auth.{purpose}_failed", None, {**detail, "reason": "unknown"})
        elif user.locked_until is not None and user.locked_until > now:
            error = _locked(user.locked_until, now)
            _audit(s, ctx, None, f"auth.{purpose}_refused", user.id, {**detail, "reason": "locked"})
        elif not (ok or (locked_before and _verify(user, secret, method))):
            error = _record_failure(s, ctx, user, policy, now, detail, method, purpose)
        elif not user.is_active or user.deleted_at is not None:
            error = AuthenticationError("This account is disabled. Ask a manager.")
            _audit(
                s, ctx, None, f"auth.{purpose}_refused", user.id, {**detail, "reason": "disabled"}
            )
        elif purpose == "login" and method == "pin" and user.role == Role.ADMIN.value:
            error = AuthenticationError("Administrators sign in with their password.")
            _audit(s, ctx, None, "auth.login_refused", user.id, {**detail, "reason": "admin_pin"})
        elif purpose == "login" and user.mfa_enabled and user.mfa_secret:
            # Right PIN/password, code still to come. The failure count is NOT reset here:
            # wrong codes keep counting toward the lockout (services/mfa_login.py), so knowing
            # the password does not buy unlimited guesses at the code.
            error = SecondFactorRequired(
                "Enter the 6-digit code from your authenticator app, or a backup code.",
                issue_challenge(user, now, enrol=False),
            )
            _audit(s, ctx, None, "auth.login_second_factor", user.id, detail)
        elif purpose == "login" and policy.require_mfa and user.role in MFA_ROLES:
            _set_counters(s, user.id, failed_attempts=0, locked_until=None)
            error = MfaEnrolmentRequired(
                "This store requires two-factor sign-in for managers and administrators. "
                "Set it up now to continue.",
                issue_challenge(user, now, enrol=True),
            )
            _audit(s, ctx, None, "auth.login_mfa_enrolment", user.id, detail)
        else:
            # The secret was right: the failure count starts again whatever happens next.
            values: dict[str, Any] = {"failed_attempts": 0, "locked_until": None}
            if purpose == "login":
                values["last_login_at"] = now
            _set_counters(s, user.id, **values)
            candidate = actor_from_user(user, policy.role_limits)
            if permission is not None and not candidate.can(permission):
                what = action_phrase(permission)
                error = PermissionDenied(f"{user.name} ({user.role}) is not allowed to {what}.")
                _audit(s, ctx, candidate, "auth.approval_refused", user.id, detail)
            else:
                actor = candidate
                _audit(s, ctx, candidate, f"auth.{purpose}", user.id, detail)
        uow.commit()
    if error is not None:
        raise error
    assert actor is not None
    return actor


def _record_failure(
    s: Session,
    ctx: ServiceContext,
    user: User,
    policy: _Policy,
    now: datetime,
    detail: dict[str, Any],
    method: Method,
    purpose: Purpose,
) -> Exception:
    # ``user`` was read inside this write transaction, so its count is current even when two
    # processes try at once. An expired lock wipes the slate: the count restarts from zero.
    expired = user.locked_until is not None and user.locked_until <= now
    attempts = (0 if expired else user.failed_attempts or 0) + 1
    detail = {**detail, "failed_attempts": attempts}
    _audit(s, ctx, None, f"auth.{purpose}_failed", user.id, {**detail, "reason": "wrong_secret"})
    if attempts >= policy.attempts:
        until = now + timedelta(minutes=policy.minutes)
        _set_counters(s, user.id, failed_attempts=attempts, locked_until=until)
        _audit(s, ctx, None, "auth.account_locked", user.id, {**detail, "minutes": policy.minutes})
        return _locked(until, now)
    _set_counters(s, user.id, failed_attempts=attempts, locked_until=None)
    return _wrong(method)


def _audit(
    s: Session,
    ctx: ServiceContext,
    actor: Actor | None,
    action: str,
    user_id: str | None,
    values: dict[str, Any],
) -> None:
    audit(
        s,
        ctx,
        actor,
        AuditEntry(action=action, resource="user", resource_id=user_id, new_values=values),
    )
