"""Two-factor sign-in (TOTP, RFC 6238) for managers and administrators: enrolment, codes, backups.

How it works:
- Enrolment (``start_enrolment`` then ``confirm_enrolment``): a fresh base32 secret is shown as
  an ``otpauth://`` QR code and as text; nothing is written until the person types a first code
  from their app, which proves the app holds the same secret. Confirming enables MFA and returns
  10 one-time backup codes, shown once and stored only as salted SHA-256 digests (each code has
  50 random bits, so a fast hash is enough; argon2 is for the low-entropy PIN/password).
- Sign-in (services/auth.py, services/mfa_login.py): after a right PIN or password, a user with
  MFA on must give a current code or a backup code; wrong codes count toward the ordinary
  lockout. A code is accepted for its 30-second step +-1, and a step already used is refused:
  the step of every accepted code is written into the audit row of that event
  (``new_values["mfa_step"]``), and ``last_used_step`` reads it back. (The users table has no
  column for it; the audit log is append-only, committed with the sign-in, and syncs to HQ, so
  replay is refused on this till at once and elsewhere once the row has travelled.)
- Disabling needs a current code for the account (the person themself) or an administrator
  acting on another user (a lost phone); administrators' own MFA needs their code.
- The setting ``auth.require_mfa`` (off by default): when on, a manager or admin without MFA
  is asked to enrol at sign-in before they get in.

How the secret is protected, honestly: the TOTP secret must be readable by every till for
offline sign-in, so it is stored as base32 text in ``users.mfa_secret`` and syncs from HQ like
the sources' ``mfaSecret``. It is NOT encrypted at rest: anyone who can read the terminal's
database file (or a backup of it) can compute codes. Its protection is the file's permissions
and the disk's encryption, and it is only a second factor: the argon2-hashed PIN/password is
still needed. It is never written to the audit log, a log file or a keyring, and there is no
plain-text fallback anywhere else. Backup codes are stored only as digests.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.core import totp
from pos_desktop.core.errors import (
    AuthenticationError,
    ConflictError,
    DomainError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from pos_desktop.core.permissions import Role
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit
from pos_desktop.services.settings import SettingSpec, register_setting
from pos_desktop.store.models import AuditLog, Organization, User

REQUIRE_MFA: Final = "auth.require_mfa"
MFA_ROLES: Final = frozenset({Role.ADMIN.value, Role.MANAGER.value})
BACKUP_CODE_COUNT: Final = 10
_BACKUP_ALPHABET: Final = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to misread
_BACKUP_LENGTH: Final = 10  # 10 characters of a 31-letter alphabet: ~49.5 bits
_REPLAY_LOOKBACK: Final = timedelta(minutes=5)  # longer than the +-1 step window

register_setting(
    SettingSpec(
        REQUIRE_MFA, bool, False, description="managers and admins must use two-factor sign-in"
    )
)

CodeKind = Literal["totp", "backup"]


@dataclass(frozen=True, slots=True)
class CodeMatch:
    kind: CodeKind
    step: int | None  # the TOTP step, for replay refusal
    remaining_backups: list[str]  # the stored digests left after this use


@dataclass(frozen=True, slots=True)
class Enrolment:
    user_id: str
    username: str
    secret: str  # base32, shown to the person and never stored until confirmed
    uri: str  # otpauth://totp/... for the QR code


@dataclass(frozen=True, slots=True)
class MfaEnabled:
    user_id: str
    backup_codes: tuple[str, ...]  # shown once, "abcde-fghjk"
    changes: Changes


@dataclass(frozen=True, slots=True)
class MfaDisabled:
    user_id: str
    changes: Changes


# -- pieces: secrets, backup codes, matching ---------------------------------------------------
def new_backup_codes(count: int = BACKUP_CODE_COUNT) -> tuple[str, ...]:
    codes = []
    for _ in range(count):
        raw = "".join(secrets.choice(_BACKUP_ALPHABET) for _ in range(_BACKUP_LENGTH))
        codes.append(f"{raw[:5]}-{raw[5:]}")
    return tuple(codes)


def _normalize_backup(code: str) -> str:
    return "".join(ch for ch in code.lower() if ch.isalnum())


def hash_backup_code(code: str) -> str:
    salt = secrets.token_hex(16)
    digest = hashlib.sha256(f"{salt}:{_normalize_backup(code)}".encode()).hexdigest()
    return f"sha256${salt}${digest}"


def _backup_matches(stored: str, code: str) -> bool:
    parts = stored.split("$")
    if len(parts) != 3 or parts[0] != "sha256":
        return False
    digest = hashlib.sha256(f"{parts[1]}:{code}".encode()).hexdigest()
    return hmac.compare_digest(digest, parts[2])


def last_used_step(session: Session, ctx: ServiceContext, user_id: str, now: datetime) -> int:
    """The newest TOTP step accepted for this user recently (-1 when none)."""
    rows = session.execute(
        select(AuditLog.new_values).where(
            AuditLog.resource == "user",
            AuditLog.resource_id == user_id,
            AuditLog.organization_id == ctx.terminal.organization_id,
            AuditLog.created_at >= now - _REPLAY_LOOKBACK,
        )
    ).scalars()
    steps = [v.get("mfa_step") for v in rows if isinstance(v, dict)]
    return max((s for s in steps if isinstance(s, int) and not isinstance(s, bool)), default=-1)


def match_code(
    session: Session, ctx: ServiceContext, user: User, code: str, now: datetime
) -> CodeMatch | None:
    """Check a 6-digit TOTP code or a backup code for ``user``; None when it is not valid now
    (wrong, from a step already used, or a backup code already spent)."""
    text = "".join(code.split())
    if len(text) > 32 or not user.mfa_enabled or not user.mfa_secret:
        return None
    stored = [str(c) for c in (user.mfa_backup_codes or [])]
    if text.isdigit():
        step = totp.match_totp(totp.decode_secret(user.mfa_secret), text, now)
        if step is None or step <= last_used_step(session, ctx, user.id, now):
            return None
        return CodeMatch("totp", step, stored)
    wanted = _normalize_backup(text)
    if len(wanted) != _BACKUP_LENGTH:
        return None
    hits = [i for i, digest in enumerate(stored) if _backup_matches(digest, wanted)]
    if not hits:
        return None
    return CodeMatch("backup", None, [d for i, d in enumerate(stored) if i != hits[0]])


def use_code(user: User, match: CodeMatch) -> dict[str, Any]:
    """Spend a matched code (a backup code leaves the list; the change syncs like any user
    edit) and return the audit values that record it (the TOTP step, for replay refusal)."""
    if match.kind == "backup":
        user.mfa_backup_codes = list(match.remaining_backups)
        return {"mfa": "backup", "backup_codes_left": len(match.remaining_backups)}
    return {"mfa": "totp", "mfa_step": match.step}


def _issuer(session: Session, ctx: ServiceContext) -> str:
    org = session.get(Organization, ctx.terminal.organization_id)
    name = (org.name if org is not None else "").replace(":", " ").strip()
    return f"{name} POS" if name else "POS"


def new_enrolment(session: Session, ctx: ServiceContext, user: User) -> Enrolment:
    if user.role not in MFA_ROLES:
        raise ValidationError("two-factor sign-in is for managers and administrators")
    if user.mfa_enabled:
        raise ConflictError(f"{user.username} already uses two-factor sign-in")
    secret = totp.new_secret()
    return Enrolment(
        user.id,
        user.username,
        secret,
        totp.otpauth_uri(secret, user.username, _issuer(session, ctx)),
    )


def enable(
    session: Session, ctx: ServiceContext, actor: Actor | None, user: User, secret: str, code: str
) -> tuple[str, ...]:
    """Check the first code against the new secret and switch MFA on (caller commits)."""
    if user.mfa_enabled:
        raise ConflictError(f"{user.username} already uses two-factor sign-in")
    if user.role not in MFA_ROLES:
        raise ValidationError("two-factor sign-in is for managers and administrators")
    try:
        key = totp.decode_secret(secret)
    except ValueError:
        raise ValidationError("the two-factor secret is damaged; start again") from None
    if len(key) < 16:
        raise ValidationError("the two-factor secret is too short; start again")
    now = ctx.clock()
    step = totp.match_totp(key, "".join(code.split()), now)
    if step is None:
        raise ValidationError(
            "That code does not match. Check the phone's time and type the code shown now."
        )
    codes = new_backup_codes()
    user.mfa_secret = "".join(secret.split()).upper().rstrip("=")
    user.mfa_enabled = True
    user.mfa_backup_codes = [hash_backup_code(c) for c in codes]
    entry = AuditEntry(
        "user.mfa_enable",
        "user",
        user.id,
        new_values={"mfa_enabled": True, "backup_codes": len(codes), "mfa_step": step},
    )
    audit(session, ctx, actor, entry)
    return codes


# -- services ----------------------------------------------------------------------------------
def _own_user(session: Session, ctx: ServiceContext, actor: Actor, user_id: str | None) -> User:
    target = user_id or actor.user_id
    if target != actor.user_id:
        raise PermissionDenied("only the person themself can set up their two-factor sign-in")
    return _load(session, ctx, target)


def _load(session: Session, ctx: ServiceContext, user_id: str) -> User:
    user = session.get(User, user_id)
    if user is None or user.organization_id != ctx.terminal.organization_id or user.deleted_at:
        raise NotFoundError("no such user")
    return user


def start_enrolment(ctx: ServiceContext, actor: Actor, user_id: str | None = None) -> Enrolment:
    """A new secret and its otpauth URI for the signed-in user (nothing is written yet)."""
    with ctx.db.read() as s:
        return new_enrolment(s, ctx, _own_user(s, ctx, actor, user_id))


def confirm_enrolment(ctx: ServiceContext, actor: Actor, secret: str, code: str) -> MfaEnabled:
    """Switch MFA on for the signed-in user once ``code`` proves their app holds ``secret``."""
    with ctx.db.uow() as uow:
        user = _own_user(uow.session, ctx, actor, None)
        codes = enable(uow.session, ctx, actor, user, secret, code)
        uow.commit()
    return MfaEnabled(user.id, codes, Changes.of("users", ids=(user.id,)))


def _checked_code(s: Session, ctx: ServiceContext, user: User, code: str) -> dict[str, Any]:
    match = match_code(s, ctx, user, code, ctx.clock())
    if match is None:
        raise AuthenticationError("That code is not valid (wrong, expired or already used).")
    return use_code(user, match)


def disable_mfa(
    ctx: ServiceContext, actor: Actor, user_id: str, code: str | None = None
) -> MfaDisabled:
    """Turn MFA off: the person with a current code, or an admin for another user."""
    with ctx.db.uow() as uow:
        s = uow.session
        user = _load(s, ctx, user_id)
        if not user.mfa_enabled:
            raise ConflictError(f"{user.username} does not use two-factor sign-in")
        values: dict[str, Any] = {"mfa_enabled": False}
        if code:
            if user.id != actor.user_id:
                raise PermissionDenied("only the person themself can use their code")
            values |= _checked_code(s, ctx, user, code)
        elif actor.role != Role.ADMIN.value or user.id == actor.user_id:
            raise PermissionDenied(
                "turning two-factor sign-in off needs a current code, or an administrator "
                "acting for another user"
            )
        user.mfa_enabled = False
        user.mfa_secret = None
        user.mfa_backup_codes = []
        audit(s, ctx, actor, AuditEntry("user.mfa_disable", "user", user.id, new_values=values))
        uow.commit()
    return MfaDisabled(user.id, Changes.of("users", ids=(user.id,)))


def regenerate_backup_codes(ctx: ServiceContext, actor: Actor, code: str) -> MfaEnabled:
    """Replace the signed-in user's backup codes (needs a current code); shown once."""
    with ctx.db.uow() as uow:
        s = uow.session
        user = _own_user(s, ctx, actor, None)
        if not user.mfa_enabled:
            raise ConflictError(f"{user.username} does not use two-factor sign-in")
        values = _checked_code(s, ctx, user, code)
        codes = new_backup_codes()
        user.mfa_backup_codes = [hash_backup_code(c) for c in codes]
        entry = AuditEntry("user.mfa_backup_codes", "user", user.id, new_values=values)
        audit(s, ctx, actor, entry)
        uow.commit()
    return MfaEnabled(user.id, codes, Changes.of("users", ids=(user.id,)))


def mfa_users(session: Session, ctx: ServiceContext, user_ids: Iterable[str]) -> set[str]:
    """Which of these users have MFA on (for lists)."""
    ids = list(user_ids)
    if not ids:
        return set()
    rows = session.execute(select(User.id).where(User.id.in_(ids), User.mfa_enabled.is_(True)))
    return set(rows.scalars())


# -- the sign-in challenge between the first factor and the code --------------------------------
CHALLENGE_TTL: Final = timedelta(minutes=5)
# Per process: a challenge is only ever answered by the app that issued it. The tag keeps a
# challenge from being made up or edited by code that did not get it from a right PIN/password.
_CHALLENGE_KEY: Final = secrets.token_bytes(32)


@dataclass(frozen=True, slots=True)
class MfaChallenge:
    user_id: str
    username: str
    name: str
    issued_at: datetime
    enrol: bool  # True: the user must set up MFA before signing in
    tag: str

    def _payload(self) -> bytes:
        return f"{self.user_id}|{self.issued_at.isoformat()}|{self.enrol}".encode()

    def valid(self, now: datetime) -> bool:
        expected = hmac.new(_CHALLENGE_KEY, self._payload(), hashlib.sha256).hexdigest()
        fresh = self.issued_at <= now <= self.issued_at + CHALLENGE_TTL
        return hmac.compare_digest(expected, self.tag) and fresh


def issue_challenge(user: User, now: datetime, *, enrol: bool) -> MfaChallenge:
    unsigned = MfaChallenge(user.id, user.username, user.name, now, enrol, "")
    tag = hmac.new(_CHALLENGE_KEY, unsigned._payload(), hashlib.sha256).hexdigest()
    return MfaChallenge(user.id, user.username, user.name, now, enrol, tag)


class SecondFactorNeeded(DomainError):
    """The PIN or password was right, but signing in needs one more step (see mfa_login)."""

    def __init__(self, message: str, challenge: MfaChallenge) -> None:
        super().__init__(message)
        self.challenge = challenge


class SecondFactorRequired(SecondFactorNeeded):
    """Ask for the 6-digit code (or a backup code), then call ``mfa_login.login_with_code``."""

    code = "second_factor_required"


class MfaEnrolmentRequired(SecondFactorNeeded):
    """The store requires MFA and this manager/admin has none: enrol, then sign in."""

    code = "mfa_enrolment_required"
