"""User management: create, disable/enable, reset PIN or password, role, grants, language.

Rules beyond MANAGE_USERS:
- usernames are unique per organization (lower-cased), 3-64 of ``a-z 0-9 . _ -``;
- every user has a PIN of 4-8 digits (the counter credential, also used for approvals);
  admins also need a password of at least 8 characters (they must sign in with it);
- only an admin may create an admin, promote or demote one, or change an admin's secrets or
  status, and nobody may grant a permission they do not hold: a manager given MANAGE_USERS
  cannot make themself more powerful;
- the last active admin of the organization can be neither disabled nor demoted (by anyone,
  themself included), so the shop can never lock itself out of its own back office;
- anyone may set their own language; setting another user's needs MANAGE_USERS (and an
  admin's, an admin); unlocking an admin needs an admin too (otherwise a manager could keep
  lifting the lockout while guessing an administrator's password).
Every change is audited; audit values never contain a PIN, a password or a hash.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from pos_desktop.core.permissions import Permission, Role
from pos_desktop.services.auth import normalize_username
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
    require,
)
from pos_desktop.services.passwords import hash_secret
from pos_desktop.services.setup import validate_password, validate_pin
from pos_desktop.store.models import User

LANGUAGES: Final = ("en", "si", "ta")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")


@dataclass(frozen=True, slots=True)
class NewUser:
    username: str
    name: str
    role: Role | str
    pin: str
    password: str | None = None
    email: str | None = None
    store_id: str | None = None  # None: the user may work in every store of the organization
    language: str = "en"
    discount_limit_percent: int | None = None  # None: the role's limit from settings
    permissions: frozenset[str] = field(default_factory=frozenset)  # grants beyond the role


@dataclass(frozen=True, slots=True)
class UserResult:
    user_id: str
    username: str
    changes: Changes


def _role(value: Role | str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError(f"role must be one of {', '.join(r.value for r in Role)}") from None


def _language(value: str) -> str:
    if value not in LANGUAGES:
        raise ValidationError(f"language must be one of {', '.join(LANGUAGES)}")
    return value


def _grants(actor: Actor, permissions: Iterable[str]) -> list[str]:
    grants: set[str] = set()
    for raw in permissions:
        try:
            grants.add(Permission(raw).value)
        except ValueError:
            raise ValidationError(f"unknown permission {raw!r}") from None
    missing = sorted(p for p in grants if p not in actor.permissions)
    if missing:
        raise PermissionDenied(f"{actor.name} cannot grant permissions they do not hold: {missing}")
    return sorted(grants)


def _require_admin_for(actor: Actor, what: str) -> None:
    if actor.role != Role.ADMIN.value:
        raise PermissionDenied(f"only an administrator can {what}")


def _load(session: Session, ctx: ServiceContext, user_id: str) -> User:
    user = session.get(User, user_id)
    if user is None or user.organization_id != ctx.terminal.organization_id or user.deleted_at:
        raise NotFoundError("no such user")
    return user


def _active_admins(session: Session, ctx: ServiceContext) -> int:
    return int(
        session.execute(
            select(func.count(User.id)).where(
                User.organization_id == ctx.terminal.organization_id,
                User.role == Role.ADMIN.value,
                User.is_active.is_(True),
                User.deleted_at.is_(None),
            )
        ).scalar_one()
    )


def _guard_last_admin(session: Session, ctx: ServiceContext, user: User, what: str) -> None:
    if user.role == Role.ADMIN.value and user.is_active and _active_admins(session, ctx) <= 1:
        raise ConflictError(f"cannot {what} the last active administrator; create another first")


def _result(user: User) -> UserResult:
    return UserResult(user.id, user.username, Changes.of("users", ids=(user.id,)))


def _log(
    s: Session,
    ctx: ServiceContext,
    actor: Actor,
    action: str,
    user: User,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    reason: str | None = None,
) -> None:
    entry = AuditEntry(action, "user", user.id, old_values=old, new_values=new, reason=reason)
    audit(s, ctx, actor, entry)


def create_user(ctx: ServiceContext, actor: Actor, spec: NewUser) -> UserResult:
    require(actor, Permission.MANAGE_USERS)
    username = normalize_username(spec.username)
    if not _USERNAME.match(username):
        raise ValidationError(
            "a username is 3-64 letters, digits, dots, dashes or underscores, starting with "
            "a letter or digit"
        )
    name = spec.name.strip()
    if not name or len(name) > 200:
        raise ValidationError("a name of 1-200 characters is required")
    role = _role(spec.role)
    validate_pin(spec.pin)
    if role is Role.ADMIN:
        _require_admin_for(actor, "create an administrator")
        if spec.password is None:
            raise ValidationError("an administrator needs a password of at least 8 characters")
    if spec.password is not None:
        validate_password(spec.password)
    language = _language(spec.language)
    if spec.discount_limit_percent is not None and not 0 <= spec.discount_limit_percent <= 100:
        raise ValidationError("a discount limit is 0 to 100 percent")
    grants = _grants(actor, spec.permissions)
    with ctx.db.uow() as uow:
        s = uow.session
        taken = s.execute(
            select(User.id).where(
                User.organization_id == ctx.terminal.organization_id, User.username == username
            )
        ).first()
        if taken is not None:
            raise ConflictError(f"the username {username!r} is already taken")
        user = User(
            organization_id=ctx.terminal.organization_id,
            store_id=spec.store_id,
            username=username,
            name=name,
            email=spec.email,
            role=role.value,
            permissions=grants,
            pin_hash=hash_secret(spec.pin),
            password_hash=hash_secret(spec.password) if spec.password is not None else None,
            language=language,
            discount_limit_percent=spec.discount_limit_percent,
            is_active=True,
            failed_attempts=0,
        )
        s.add(user)
        s.flush()
        new = {
            "username": username,
            "name": name,
            "role": role.value,
            "store_id": spec.store_id,
            "language": language,
            "permissions": grants,
            "discount_limit_percent": spec.discount_limit_percent,
            "has_password": spec.password is not None,
        }
        _log(s, ctx, actor, "user.create", user, new=new)
        uow.commit()
    return _result(user)


def disable_user(
    ctx: ServiceContext, actor: Actor, user_id: str, reason: str | None = None
) -> UserResult:
    require(actor, Permission.MANAGE_USERS)
    with ctx.db.uow() as uow:
        s = uow.session
        user = _load(s, ctx, user_id)
        if user.role == Role.ADMIN.value:
            _require_admin_for(actor, "disable an administrator")
        if not user.is_active:
            raise ConflictError(f"{user.username} is already disabled")
        _guard_last_admin(s, ctx, user, "disable")
        user.is_active = False
        _log(s, ctx, actor, "user.disable", user, {"is_active": True}, {"is_active": False}, reason)
        uow.commit()
    return _result(user)


def enable_user(ctx: ServiceContext, actor: Actor, user_id: str) -> UserResult:
    require(actor, Permission.MANAGE_USERS)
    with ctx.db.uow() as uow:
        s = uow.session
        user = _load(s, ctx, user_id)
        if user.role == Role.ADMIN.value:
            _require_admin_for(actor, "enable an administrator")
        if user.is_active:
            raise ConflictError(f"{user.username} is already enabled")
        user.is_active = True
        _log(s, ctx, actor, "user.enable", user, {"is_active": False}, {"is_active": True})
        uow.commit()
    return _result(user)


def reset_pin(ctx: ServiceContext, actor: Actor, user_id: str, new_pin: str) -> UserResult:
    """Set a new PIN; also lifts a lockout (this is how a manager unlocks a cashier)."""
    require(actor, Permission.MANAGE_USERS)
    validate_pin(new_pin)
    with ctx.db.uow() as uow:
        s = uow.session
        user = _load(s, ctx, user_id)
        if user.role == Role.ADMIN.value and user.id != actor.user_id:
            _require_admin_for(actor, "reset an administrator's PIN")
        user.pin_hash = hash_secret(new_pin)
        user.failed_attempts = 0
        user.locked_until = None
        _log(s, ctx, actor, "user.reset_pin", user, new={"pin": "changed", "unlocked": True})
        uow.commit()
    return _result(user)


def reset_password(
    ctx: ServiceContext, actor: Actor, user_id: str, new_password: str
) -> UserResult:
    """Set a new password (any role may have one; admins must); also lifts a lockout."""
    require(actor, Permission.MANAGE_USERS)
    validate_password(new_password)
    with ctx.db.uow() as uow:
        s = uow.session
        user = _load(s, ctx, user_id)
        if user.role == Role.ADMIN.value and user.id != actor.user_id:
            _require_admin_for(actor, "reset an administrator's password")
        user.password_hash = hash_secret(new_password)
        user.failed_attempts = 0
        user.locked_until = None
        _log(s, ctx, actor, "user.reset_password", user, new={"password": "changed"})
        uow.commit()
    return _result(user)


def unlock_user(ctx: ServiceContext, actor: Actor, user_id: str) -> UserResult:
    """Lift a lockout without changing the secret (the user remembered their PIN)."""
    require(actor, Permission.MANAGE_USERS)
    with ctx.db.uow() as uow:
        s = uow.session
        user = _load(s, ctx, user_id)
        if user.role == Role.ADMIN.value and user.id != actor.user_id:
            _require_admin_for(actor, "unlock an administrator")
        until = user.locked_until
        old = {
            "failed_attempts": user.failed_attempts,
            "locked_until": until.isoformat() if until else None,
        }
        user.failed_attempts = 0
        user.locked_until = None
        _log(s, ctx, actor, "user.unlock", user, old, {"failed_attempts": 0})
        uow.commit()
    return _result(user)


def change_role(
    ctx: ServiceContext,
    actor: Actor,
    user_id: str,
    role: Role | str,
    *,
    password: str | None = None,
) -> UserResult:
    """Change a user's role. Promoting to admin needs a password unless the user has one."""
    require(actor, Permission.MANAGE_USERS)
    new_role = _role(role)
    if password is not None:
        validate_password(password)
    with ctx.db.uow() as uow:
        s = uow.session
        user = _load(s, ctx, user_id)
        old_role = Role(user.role)
        if new_role is old_role:
            raise ConflictError(f"{user.username} is already {new_role.value}")
        if Role.ADMIN in (new_role, old_role):
            _require_admin_for(actor, "promote or demote an administrator")
        if old_role is Role.ADMIN:
            _guard_last_admin(s, ctx, user, "demote")
        if new_role is Role.ADMIN and password is None and not user.password_hash:
            raise ValidationError("an administrator needs a password of at least 8 characters")
        user.role = new_role.value
        if password is not None:
            user.password_hash = hash_secret(password)
        new = {"role": new_role.value, **({"password": "changed"} if password else {})}
        _log(s, ctx, actor, "user.change_role", user, {"role": old_role.value}, new)
        uow.commit()
    return _result(user)


def set_extra_permissions(
    ctx: ServiceContext, actor: Actor, user_id: str, permissions: Iterable[str]
) -> UserResult:
    """Replace a user's individual grants (beyond their role) with ``permissions``."""
    require(actor, Permission.MANAGE_USERS)
    grants = _grants(actor, permissions)
    with ctx.db.uow() as uow:
        s = uow.session
        user = _load(s, ctx, user_id)
        if user.role == Role.ADMIN.value:
            _require_admin_for(actor, "change an administrator's permissions")
        old = sorted(user.permissions or [])
        user.permissions = grants
        _log(
            s,
            ctx,
            actor,
            "user.set_permissions",
            user,
            {"permissions": old},
            {"permissions": grants},
        )
        uow.commit()
    return _result(user)


def set_language(ctx: ServiceContext, actor: Actor, user_id: str, language: str) -> UserResult:
    if user_id != actor.user_id:
        require(actor, Permission.MANAGE_USERS)
    language = _language(language)
    with ctx.db.uow() as uow:
        s = uow.session
        user = _load(s, ctx, user_id)
        if user.role == Role.ADMIN.value and user.id != actor.user_id:
            _require_admin_for(actor, "change an administrator's language")
        old = user.language
        user.language = language
        _log(s, ctx, actor, "user.set_language", user, {"language": old}, {"language": language})
        uow.commit()
    return _result(user)


@dataclass(frozen=True, slots=True)
class UserSummary:
    user_id: str
    username: str
    name: str
    role: str
    is_active: bool
    language: str
    store_id: str | None
    locked: bool
    last_login_at: datetime | None = None
    mfa_enabled: bool = False
    extra_permissions: tuple[str, ...] = ()  # grants beyond the role


def list_users(
    session: Session, ctx: ServiceContext, *, include_disabled: bool = True
) -> list[UserSummary]:
    """Users of this organization who may work in this store (no secrets, no hashes)."""
    now = ctx.clock()
    query = select(User).where(
        User.organization_id == ctx.terminal.organization_id,
        User.deleted_at.is_(None),
        (User.store_id.is_(None)) | (User.store_id == ctx.terminal.store_id),
    )
    if not include_disabled:
        query = query.where(User.is_active.is_(True))
    rows = session.execute(query.order_by(User.username)).scalars()
    return [
        UserSummary(
            u.id,
            u.username,
            u.name,
            u.role,
            u.is_active,
            u.language,
            u.store_id,
            u.locked_until is not None and u.locked_until > now,
            u.last_login_at,
            bool(u.mfa_enabled),
            tuple(sorted(str(p) for p in u.permissions or [])),
        )
        for u in rows
    ]
