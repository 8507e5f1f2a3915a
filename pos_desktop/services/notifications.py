"""Staff notifications for this store: list, count unread, mark read, and add (for other slices).

A notification is a ledger fact (what happened, when) and syncs as one. Whether it has been read
is an annotation of this terminal's copy, not part of the fact: marking read updates ``is_read``
and ``read_at`` with a direct UPDATE that bypasses the ORM's ledger guard and the outbox, so the
fact itself stays immutable and reading alerts is not sync traffic. (Read state is therefore per
terminal; a shared read state would need its own ``notification_reads`` ledger.)

Listing shows the store's notifications, the organization-wide ones (``store_id`` NULL) and,
when ``user_id`` is given, those addressed to that user or to nobody in particular.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.services.context import Actor, Changes, ServiceContext
from pos_desktop.store.models import Notification

MAX_PAGE = 500


@dataclass(frozen=True, slots=True)
class NotificationView:
    id: str
    type: str
    title: str
    message: str
    data: dict[str, Any]
    is_read: bool
    read_at: datetime | None
    created_at: datetime
    user_id: str | None


@dataclass(frozen=True, slots=True)
class MarkReadResult:
    marked: int
    changes: Changes


def _visible(ctx: ServiceContext, user_id: str | None) -> ColumnElement[bool]:
    ident = ctx.terminal
    scope = and_(
        Notification.organization_id == ident.organization_id,
        or_(Notification.store_id == ident.store_id, Notification.store_id.is_(None)),
    )
    if user_id is None:
        return scope
    return and_(scope, or_(Notification.user_id == user_id, Notification.user_id.is_(None)))


def list_notifications(
    session: Session,
    ctx: ServiceContext,
    *,
    unread_only: bool = False,
    user_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[NotificationView]:
    """Newest first."""
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise ValidationError(f"page size is 1-{MAX_PAGE} and the offset is not negative")
    query = select(Notification).where(_visible(ctx, user_id))
    if unread_only:
        query = query.where(Notification.is_read.is_(False))
    rows = session.execute(
        query.order_by(Notification.created_at.desc(), Notification.id.desc())
        .limit(limit)
        .offset(offset)
    ).scalars()
    return [view_of(n) for n in rows]


def view_of(n: Notification) -> NotificationView:
    return NotificationView(
        n.id,
        n.type,
        n.title,
        n.message,
        dict(n.data or {}),
        bool(n.is_read),
        n.read_at,
        n.created_at,
        n.user_id,
    )


def count_unread(session: Session, ctx: ServiceContext, *, user_id: str | None = None) -> int:
    return int(
        session.execute(
            select(func.count(Notification.id)).where(
                _visible(ctx, user_id), Notification.is_read.is_(False)
            )
        ).scalar_one()
    )


def mark_read(ctx: ServiceContext, actor: Actor, notification_ids: Iterable[str]) -> MarkReadResult:
    """Any signed-in staff member may mark notifications read. Unknown ids are ignored."""
    ids = sorted(set(notification_ids))
    if not ids:
        return MarkReadResult(0, Changes())
    return _mark(ctx, Notification.id.in_(ids), actor)


def mark_all_read(ctx: ServiceContext, actor: Actor) -> MarkReadResult:
    return _mark(ctx, _visible(ctx, None), actor)


def _mark(ctx: ServiceContext, which: ColumnElement[bool], actor: Actor) -> MarkReadResult:
    del actor  # anyone signed in may; the parameter keeps the service signature uniform
    with ctx.db.uow() as uow:
        result = uow.session.execute(
            update(Notification)
            .where(which, _visible(ctx, None), Notification.is_read.is_(False))
            .values(is_read=True, read_at=ctx.clock())
            .execution_options(synchronize_session=False)
        )
        uow.commit()
    marked = int(getattr(result, "rowcount", 0) or 0)
    return MarkReadResult(marked, Changes.of("notifications") if marked else Changes())


def add_notification(
    session: Session,
    ctx: ServiceContext,
    type_: str,
    title: str,
    message: str,
    *,
    data: dict[str, Any] | None = None,
    user_id: str | None = None,
) -> Notification:
    """Record a notification in the caller's transaction (never commits)."""
    row = Notification(
        organization_id=ctx.terminal.organization_id,
        store_id=ctx.terminal.store_id,
        device_id=ctx.terminal.device_id,
        user_id=user_id,
        type=type_,
        title=title[:200],
        message=message[:1000],
        data=data or {},
        is_read=False,
        created_at=ctx.clock(),
    )
    session.add(row)
    return row
