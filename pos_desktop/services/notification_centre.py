"""The notifications centre: this user's notifications, unread first, by type; their toggles.

Built on services/notifications.py (listing, mark read). What is added here:
- ``centre_page``: unread before read, newest first within each, optionally one type only, and
  only the types this user has not switched off;
- the per-user toggles of ``notification_settings`` (one row per user, created on first save):
  which types they want to see in the centre (stock, orders, payments, deliveries, system,
  promotions). A type switched off is hidden from the centre and its unread count; the facts
  stay in the ledger. The email/SMS/push columns exist for HQ and are left as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
)
from pos_desktop.services.notifications import MAX_PAGE, NotificationView, _visible, view_of
from pos_desktop.store.models import Notification, NotificationSetting

# Notification type -> the notification_settings column that switches it.
TYPE_COLUMNS: Final = {
    "STOCK": "stock_notifications",
    "ORDER": "order_notifications",
    "PAYMENT": "payment_notifications",
    "DELIVERY": "delivery_notifications",
    "SYSTEM": "system_notifications",
    "PROMOTION": "promotion_notifications",
}
# Defaults of a user without a row (the model's column defaults).
DEFAULTS: Final = {t: t != "PROMOTION" for t in TYPE_COLUMNS}


@dataclass(frozen=True, slots=True)
class NotificationPrefs:
    enabled: dict[str, bool]  # type -> shown in the centre

    def hidden(self) -> list[str]:
        return sorted(t for t, on in self.enabled.items() if not on)


@dataclass(frozen=True, slots=True)
class CentrePage:
    items: list[NotificationView]
    unread: int
    types: list[str]  # every type present for this user (for the filter), sorted


@dataclass(frozen=True, slots=True)
class PrefsResult:
    prefs: NotificationPrefs
    changes: Changes


def _row(session: Session, ctx: ServiceContext, user_id: str) -> NotificationSetting | None:
    return session.execute(
        select(NotificationSetting).where(
            NotificationSetting.organization_id == ctx.terminal.organization_id,
            NotificationSetting.user_id == user_id,
        )
    ).scalar_one_or_none()


def get_prefs(session: Session, ctx: ServiceContext, user_id: str) -> NotificationPrefs:
    row = _row(session, ctx, user_id)
    if row is None:
        return NotificationPrefs(dict(DEFAULTS))
    return NotificationPrefs({t: bool(getattr(row, col)) for t, col in TYPE_COLUMNS.items()})


def save_prefs(ctx: ServiceContext, actor: Actor, enabled: dict[str, bool]) -> PrefsResult:
    """The signed-in user's own toggles (anyone signed in may set their own)."""
    unknown = sorted(set(enabled) - set(TYPE_COLUMNS))
    if unknown:
        raise ValidationError(f"unknown notification types: {', '.join(unknown)}")
    with ctx.db.uow() as uow:
        s = uow.session
        row = _row(s, ctx, actor.user_id)
        if row is None:
            row = NotificationSetting(
                organization_id=ctx.terminal.organization_id, user_id=actor.user_id
            )
            for kind, col in TYPE_COLUMNS.items():
                setattr(row, col, DEFAULTS[kind])
            s.add(row)
        old = {t: bool(getattr(row, col)) for t, col in TYPE_COLUMNS.items()}
        for kind, on in enabled.items():
            setattr(row, TYPE_COLUMNS[kind], bool(on))
        new = {t: bool(getattr(row, col)) for t, col in TYPE_COLUMNS.items()}
        s.flush()
        entry = AuditEntry("notification_settings.update", "notification_setting", row.id, old, new)
        audit(s, ctx, actor, entry)
        uow.commit()
    return PrefsResult(NotificationPrefs(new), Changes.of("notification_settings", "notifications"))


def centre_page(
    session: Session,
    ctx: ServiceContext,
    user_id: str,
    *,
    type_: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> CentrePage:
    """Unread first, then newest first; hidden types left out."""
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise ValidationError(f"page size is 1-{MAX_PAGE} and the offset is not negative")
    hidden = get_prefs(session, ctx, user_id).hidden()
    where = [_visible(ctx, user_id)]
    if hidden:
        where.append(Notification.type.not_in(hidden))
    types = sorted(session.execute(select(Notification.type).where(*where).distinct()).scalars())
    if type_:
        where.append(Notification.type == type_)
    unread = int(
        session.execute(
            select(func.count(Notification.id)).where(*where, Notification.is_read.is_(False))
        ).scalar_one()
    )
    rows = session.execute(
        select(Notification)
        .where(*where)
        .order_by(
            case((Notification.is_read.is_(False), 0), else_=1),
            Notification.created_at.desc(),
            Notification.id.desc(),
        )
        .limit(limit)
        .offset(offset)
    ).scalars()
    items = [view_of(n) for n in rows]
    return CentrePage(items, unread, types)
