"""Shift history (the shifts of a period with their X/Z figures) and the audit log viewer.

Shift figures follow the X/Z report (``shift_reports``): net total is the sum over every
document of the shift, sales, returns and voids alike, so a listed shift's net equals its Z
report's. Expected cash is the closing's (what was signed off) or, for a shift still open, the
drawer's expected cash now.

The audit log is read a page at a time, newest first, with a keyset cursor on
(created_at, id): a page costs the same however deep the manager scrolls.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select

from pos_desktop.core.money import Money
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.reports_period import Period, require_reports
from pos_desktop.services.shift_reports import expected_cash_minor
from pos_desktop.store.models import AuditLog, User
from pos_desktop.store.models.sales import Sale, SaleKind
from pos_desktop.store.models.shifts import Shift, ShiftClosing

PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class ShiftRow:
    shift_id: str
    cashier: str
    opened_at: datetime
    closed_at: datetime | None
    z_report_number: int | None
    sales_count: int
    net_total: Money
    expected_cash: Money
    counted_cash: Money | None
    over_short: Money | None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True, slots=True)
class ShiftHistory:
    period: Period
    currency: str
    rows: tuple[ShiftRow, ...]  # newest first
    net_total: Money


def _names(session: Any, ids: set[str]) -> dict[str, str]:
    ids.discard("")
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.name).where(User.id.in_(list(ids)))).all())


def shift_history(ctx: ServiceContext, actor: Actor, period: Period) -> ShiftHistory:
    """This store's shifts opened in ``period``, newest first."""
    require_reports(actor)
    cur = ctx.terminal.currency
    with ctx.db.read() as s:
        found = s.execute(
            select(Shift, ShiftClosing)
            .outerjoin(ShiftClosing, ShiftClosing.shift_id == Shift.id)
            .where(
                Shift.store_id == ctx.terminal.store_id,
                Shift.opened_at >= period.start,
                Shift.opened_at < period.end,
            )
            .order_by(Shift.opened_at.desc(), Shift.id.desc())
        ).all()
        ids = [shift.id for shift, _ in found]
        totals = {
            sid: (int(n), int(total))
            for sid, n, total in s.execute(
                select(
                    Sale.shift_id,
                    func.sum(func.iif(Sale.kind == SaleKind.SALE.value, 1, 0)),
                    func.sum(Sale.total_minor),
                )
                .where(Sale.shift_id.in_(ids))
                .group_by(Sale.shift_id)
            )
        }
        names = _names(s, {shift.cashier_id for shift, _ in found})
        rows = []
        for shift, closing in found:
            count, net = totals.get(shift.id, (0, 0))
            expected = closing.expected_cash_minor if closing else expected_cash_minor(s, shift)
            rows.append(
                ShiftRow(
                    shift.id,
                    names.get(shift.cashier_id, shift.cashier_id),
                    shift.opened_at,
                    closing.closed_at if closing else None,
                    closing.z_report_number if closing else None,
                    count,
                    Money(net, cur),
                    Money(expected, cur),
                    Money(closing.counted_cash_minor, cur) if closing else None,
                    Money(closing.over_short_minor, cur) if closing else None,
                )
            )
    return ShiftHistory(period, cur, tuple(rows), Money(sum(r.net_total.minor for r in rows), cur))


# -- audit log ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditFilter:
    period: Period | None = None
    user_id: str | None = None
    action: str | None = None  # exact action, or a prefix ending in "." ("stock.")
    resource: str | None = None  # the entity: a table name ("products", "sales")


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: str
    created_at: datetime
    user: str
    approved_by: str | None
    action: str
    resource: str
    resource_id: str | None
    reason: str | None
    details: str  # old -> new values, compact JSON


@dataclass(frozen=True, slots=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    cursor: tuple[datetime, str] | None  # pass back for the next page; None: no more


@dataclass(frozen=True, slots=True)
class AuditChoices:
    users: tuple[tuple[str, str], ...]  # (id, name)
    actions: tuple[str, ...]
    resources: tuple[str, ...]


def _details(old: dict[str, Any] | None, new: dict[str, Any] | None) -> str:
    parts = []
    if old:
        parts.append(json.dumps(old, ensure_ascii=False, sort_keys=True, default=str))
    if new:
        parts.append(json.dumps(new, ensure_ascii=False, sort_keys=True, default=str))
    return " -> ".join(parts)


def audit_page(
    ctx: ServiceContext,
    actor: Actor,
    filters: AuditFilter,
    cursor: tuple[datetime, str] | None = None,
    limit: int = PAGE_SIZE,
) -> AuditPage:
    """One page of the organization's audit log, newest first."""
    require_reports(actor)
    limit = max(1, min(limit, 500))
    query = select(AuditLog).where(AuditLog.organization_id == ctx.terminal.organization_id)
    if filters.period is not None:
        query = query.where(
            AuditLog.created_at >= filters.period.start, AuditLog.created_at < filters.period.end
        )
    if filters.user_id:
        query = query.where(AuditLog.user_id == filters.user_id)
    if filters.action:
        if filters.action.endswith("."):
            query = query.where(AuditLog.action.startswith(filters.action, autoescape=True))
        else:
            query = query.where(AuditLog.action == filters.action)
    if filters.resource:
        query = query.where(AuditLog.resource == filters.resource)
    if cursor is not None:
        at, last_id = cursor
        query = query.where(
            or_(AuditLog.created_at < at, and_(AuditLog.created_at == at, AuditLog.id < last_id))
        )
    query = query.order_by(AuditLog.created_at.desc(), AuditLog.id.desc()).limit(limit + 1)
    with ctx.db.read() as s:
        found = list(s.execute(query).scalars())
        more = len(found) > limit
        found = found[:limit]
        names = _names(
            s,
            {r.user_id or "" for r in found} | {r.approved_by_id or "" for r in found},
        )
        rows = tuple(
            AuditRow(
                r.id,
                r.created_at,
                names.get(r.user_id or "", r.user_id or ""),
                names.get(r.approved_by_id, r.approved_by_id) if r.approved_by_id else None,
                r.action,
                r.resource,
                r.resource_id,
                r.reason,
                _details(r.old_values, r.new_values),
            )
            for r in found
        )
    last = rows[-1] if rows else None
    return AuditPage(rows, (last.created_at, last.id) if more and last else None)


def audit_choices(ctx: ServiceContext, actor: Actor) -> AuditChoices:
    """What the filters offer: users, and the actions and entities the log holds."""
    require_reports(actor)
    org = ctx.terminal.organization_id
    with ctx.db.read() as s:
        users = s.execute(
            select(User.id, User.name).where(User.organization_id == org).order_by(User.name)
        ).all()
        actions = s.execute(
            select(AuditLog.action).where(AuditLog.organization_id == org).distinct()
        ).scalars()
        resources = s.execute(
            select(AuditLog.resource).where(AuditLog.organization_id == org).distinct()
        ).scalars()
        return AuditChoices(
            tuple((uid, name) for uid, name in users),
            tuple(sorted(actions)),
            tuple(sorted(resources)),
        )
