"""The second step of signing in: the TOTP or backup code, or enrolment when the store requires it.

``services.auth.login_with_pin``/``login_with_password`` check the first factor and, for a user
with MFA on, raise ``SecondFactorRequired`` carrying an ``MfaChallenge`` (valid 5 minutes, only
in this process). The login screen then asks for the code and calls ``login_with_code``:
- a right code signs in (failure count cleared, ``last_login_at`` set, ``auth.login`` audited
  with the step used, so the same code cannot be used again);
- a wrong, expired or replayed code is a failed attempt like a wrong PIN: it counts toward the
  lockout and, at the limit, locks the account;
- a backup code is spent (removed from the user's list).

With ``auth.require_mfa`` on, a manager/admin without MFA gets ``MfaEnrolmentRequired``:
``enrolment_for_login`` makes a secret to show, ``finish_enrolment_at_login`` checks the first
code, switches MFA on and signs them in, returning the backup codes to show once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from pos_desktop.core.errors import AuthenticationError, DomainError
from pos_desktop.services.auth import (
    _audit,
    _locked,
    _Policy,
    _policy,
    _record_failure,
    _set_counters,
    actor_from_user,
)
from pos_desktop.services.context import Actor, Changes, ServiceContext
from pos_desktop.services.mfa import (
    Enrolment,
    MfaChallenge,
    enable,
    match_code,
    new_enrolment,
    use_code,
)
from pos_desktop.store.models import User

MAX_CODE_LENGTH = 32
CHALLENGE_EXPIRED = "mfa_challenge_expired"  # the error code: start the sign-in again


@dataclass(frozen=True, slots=True)
class SignedIn:
    actor: Actor
    backup_codes: tuple[str, ...]
    changes: Changes


def _expired() -> AuthenticationError:
    return AuthenticationError(
        "Signing in took too long. Enter your PIN or password again.", code=CHALLENGE_EXPIRED
    )


def _usable_user(s: Session, challenge: MfaChallenge) -> User:
    user = s.get(User, challenge.user_id)
    if user is None or not user.is_active or user.deleted_at is not None:
        raise AuthenticationError("This account is disabled. Ask a manager.")
    return user


def login_with_code(ctx: ServiceContext, challenge: MfaChallenge, code: str) -> Actor:
    """Finish a sign-in with the 6-digit code or a backup code."""
    now = ctx.clock()
    if not challenge.valid(now):
        raise _expired()
    with ctx.db.read() as s:
        policy = _policy(s, ctx)
    error: DomainError | None = None
    actor: Actor | None = None
    detail: dict[str, Any] = {
        "username": challenge.username,
        "method": "code",
        "purpose": "login",
    }
    with ctx.db.uow() as uow:
        s = uow.session
        user = _usable_user(s, challenge)
        if user.locked_until is not None and user.locked_until > now:
            error = _locked(user.locked_until, now)
            _audit(s, ctx, None, "auth.login_refused", user.id, {**detail, "reason": "locked"})
        elif not user.mfa_enabled:
            error = _expired()
        else:
            match = match_code(s, ctx, user, code[:MAX_CODE_LENGTH], now)
            if match is None:
                error = _code_failure(s, ctx, user, policy, detail)
            else:
                actor = _sign_in(s, ctx, user, policy, {**detail, **use_code(user, match)})
        uow.commit()
    if error is not None:
        raise error
    assert actor is not None
    return actor


def _code_failure(
    s: Session, ctx: ServiceContext, user: User, policy: _Policy, detail: dict[str, Any]
) -> DomainError:
    error = _record_failure(s, ctx, user, policy, ctx.clock(), detail, "password", "login")
    if isinstance(error, AuthenticationError) and error.code != "account_locked":
        return AuthenticationError("That code is not valid (wrong, expired or already used).")
    return error if isinstance(error, DomainError) else AuthenticationError(str(error))


def _sign_in(
    s: Session, ctx: ServiceContext, user: User, policy: _Policy, detail: dict[str, Any]
) -> Actor:
    s.flush()  # ORM edits (a spent backup code) before the direct counter UPDATE
    _set_counters(s, user.id, failed_attempts=0, locked_until=None, last_login_at=ctx.clock())
    actor = actor_from_user(user, policy.role_limits)
    _audit(s, ctx, actor, "auth.login", user.id, detail)
    return actor


def enrolment_for_login(ctx: ServiceContext, challenge: MfaChallenge) -> Enrolment:
    """A secret to show a manager/admin who must set up MFA before signing in."""
    if not challenge.enrol or not challenge.valid(ctx.clock()):
        raise _expired()
    with ctx.db.read() as s:
        return new_enrolment(s, ctx, _usable_user(s, challenge))


def finish_enrolment_at_login(
    ctx: ServiceContext, challenge: MfaChallenge, secret: str, code: str
) -> SignedIn:
    """Check the first code, switch MFA on and sign in; the backup codes are shown once."""
    if not challenge.enrol or not challenge.valid(ctx.clock()):
        raise _expired()
    with ctx.db.read() as s:
        policy = _policy(s, ctx)
    with ctx.db.uow() as uow:
        s = uow.session
        user = _usable_user(s, challenge)
        codes = enable(s, ctx, None, user, secret, code)
        detail = {"username": user.username, "method": "code", "purpose": "login", "mfa": "new"}
        actor = _sign_in(s, ctx, user, policy, detail)
        uow.commit()
    return SignedIn(actor, codes, Changes.of("users", ids=(user.id,)))
