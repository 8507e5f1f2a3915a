"""What every service call needs: who is acting, where, on which database, and what changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from pos_desktop.core.clock import Clock, utc_now
from pos_desktop.core.errors import ApprovalRequired, PermissionDenied
from pos_desktop.core.permissions import Permission, action_phrase
from pos_desktop.store.database import Database, TerminalIdentity
from pos_desktop.store.models import AuditLog


@dataclass(frozen=True, slots=True)
class Actor:
    """An authenticated user as services see them (made by the auth service, never by the UI)."""

    user_id: str
    username: str
    name: str
    role: str
    permissions: frozenset[str]
    discount_limit_percent: int

    def can(self, permission: Permission) -> bool:
        return permission.value in self.permissions


@dataclass(frozen=True, slots=True)
class ServiceContext:
    """Built once by the composition root and passed to services. No globals."""

    db: Database
    terminal: TerminalIdentity
    clock: Clock = utc_now


@dataclass(frozen=True, slots=True)
class Changes:
    """The small 'what changed' value a service returns so views refresh only what they show."""

    entities: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()

    @staticmethod
    def of(*entities: str, ids: tuple[str, ...] = ()) -> Changes:
        return Changes(frozenset(entities), frozenset(ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entities | other.entities, self.ids | other.ids)

    def touches(self, entity: str) -> bool:
        return entity in self.entities


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(
            f"{actor.name} ({actor.role}) is not allowed to {action_phrase(permission)}"
        )


def require_or_approval(actor: Actor, permission: Permission, approver: Actor | None) -> Actor:
    """The actor may do it, or a present approver (manager who entered their PIN) may approve.

    Returns whoever authorised the action, for the audit log.
    """
    if actor.can(permission):
        return actor
    if approver is None:
        raise ApprovalRequired(f"manager approval needed to {action_phrase(permission)}")
    if not approver.can(permission):
        raise PermissionDenied(
            f"{approver.name} ({approver.role}) is not allowed to {action_phrase(permission)}"
        )
    return approver


@dataclass(slots=True)
class AuditEntry:
    action: str
    resource: str
    resource_id: str | None = None
    old_values: dict[str, Any] | None = None
    new_values: dict[str, Any] | None = None
    reason: str | None = None
    approved_by: Actor | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def audit(session: Session, ctx: ServiceContext, actor: Actor | None, entry: AuditEntry) -> None:
    """Append an audit row in the caller's transaction (so it commits or rolls back with it)."""
    approved_by = entry.approved_by.user_id if entry.approved_by is not None else None
    if entry.approved_by is not None and actor is not None and entry.approved_by == actor:
        approved_by = None
    session.add(
        AuditLog(
            organization_id=ctx.terminal.organization_id,
            store_id=ctx.terminal.store_id,
            device_id=ctx.terminal.device_id,
            user_id=actor.user_id if actor else None,
            approved_by_id=approved_by,
            action=entry.action,
            resource=entry.resource,
            resource_id=entry.resource_id,
            old_values=entry.old_values,
            new_values={**(entry.new_values or {}), **entry.extra} or None,
            reason=entry.reason,
            created_at=ctx.clock(),
        )
    )
