"""What the managers' sync inbox shows, and the counts the sync indicator and the sign-out
warning need. Qt-free queries over the terminal's own tables; nothing here talks to HQ.

The inbox gathers what sync cannot settle by itself:

- outbox entries HQ **quarantined** (business-invalid: kept whole at HQ, with the reason; the
  terminal keeps its copy marked ``ack_status = "quarantined"``);
- **alerts**: notifications of type SYNC (raised by the sync engine), NEGATIVE stock (two
  tills sold the last unit) and LOYALTY balances turned negative, unread first;
- customers whose **loyalty balance went negative** (points spent in two stores while offline),
  by this terminal's ledger cache or by the balance HQ sent down;
- **merge candidates**: live customers sharing a phone number (``duplicate_candidates``) or a
  loyalty card number written differently; a manager merges them through
  ``services.customers.merge_customers``.

Reading the inbox needs VIEW_REPORTS (managers and admins); a cashier is refused here as well
as by the hidden menu.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import Actor, ServiceContext, require
from pos_desktop.services.customers import CustomerView, duplicate_candidates
from pos_desktop.services.notifications_stock import STOCK_TYPE, StockAlert
from pos_desktop.store.database import Database
from pos_desktop.store.models import Notification
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.loyalty import CustomerLoyalty
from pos_desktop.store.models.sales import Sale
from pos_desktop.store.models.sync_views import LoyaltyBalance
from pos_desktop.store.outbox import OutboxEntry

SYNC_TYPE: Final = "SYNC"  # notifications the sync engine raises
LOYALTY_TYPE: Final = "LOYALTY"  # services.loyalty: a balance that turned negative
QUARANTINED: Final = "quarantined"  # OutboxEntry.ack_status of an entry HQ refused
MAX_ROWS: Final = 200  # per section: the inbox is a to-do list, not a report
INBOX_PERMISSION: Final = Permission.VIEW_REPORTS


@dataclass(frozen=True, slots=True)
class PendingSummary:
    """The outbox entries HQ has not acknowledged: how many, and since when."""

    count: int
    oldest_at: datetime | None


@dataclass(frozen=True, slots=True)
class QuarantinedEntry:
    op_id: str
    seq: int
    entity: str
    entity_id: str
    operation: str
    created_at: datetime  # when the terminal wrote it
    refused_at: datetime | None  # when HQ answered
    reason: str
    label: str  # a human hint about the row (a receipt number, a name), may be empty


@dataclass(frozen=True, slots=True)
class AlertView:
    id: str
    type: str
    kind: str | None  # data["kind"] (NEGATIVE for stock, the engine's own kinds for SYNC)
    title: str
    message: str
    created_at: datetime
    is_read: bool


@dataclass(frozen=True, slots=True)
class NegativeBalance:
    customer_id: str
    name: str
    phone: str | None
    local_points: int | None  # this terminal's cache of the ledger sum
    hq_points: int | None  # the balance HQ computed across stores


@dataclass(frozen=True, slots=True)
class MergeCandidate:
    reason: str  # "phone" or "card"
    key: str  # the shared phone (E.164) or card number
    customers: tuple[CustomerView, ...]  # oldest first: the usual survivor


@dataclass(frozen=True, slots=True)
class SyncInbox:
    quarantined: tuple[QuarantinedEntry, ...]
    alerts: tuple[AlertView, ...]
    negative_balances: tuple[NegativeBalance, ...]
    merge_candidates: tuple[MergeCandidate, ...]

    @property
    def is_empty(self) -> bool:
        return not (
            self.quarantined or self.alerts or self.negative_balances or self.merge_candidates
        )


# -- counts for the indicator and the sign-out warning -----------------------------------

_UNACKED_TXNS = select(OutboxEntry.txn_id).where(OutboxEntry.acked_at.is_(None))


def pending_summary(db: Database) -> PendingSummary:
    """Unacknowledged outbox entries and the creation time of the oldest (one index range)."""
    with db.read() as s:
        count, oldest = s.execute(
            select(func.count(), func.min(OutboxEntry.created_at)).where(
                OutboxEntry.acked_at.is_(None)
            )
        ).one()
    return PendingSummary(int(count), oldest)


def unsynced_sales_count(db: Database) -> int:
    """Sales (and returns, voids) made here that HQ has not fully acknowledged: a document
    counts until every outbox entry of its transaction (lines, payments...) is acknowledged.
    Sales pulled from other tills have no outbox entries here and never count; entries HQ
    quarantined were answered, so they show in the inbox instead."""
    with db.read() as s:
        return int(
            s.execute(
                select(func.count(func.distinct(OutboxEntry.entity_id)))
                .join(Sale, Sale.id == OutboxEntry.entity_id)
                .where(
                    OutboxEntry.entity == Sale.__tablename__,
                    OutboxEntry.txn_id.in_(_UNACKED_TXNS),
                )
            ).scalar_one()
        )


# -- the inbox ---------------------------------------------------------------------------


def load_inbox(ctx: ServiceContext, actor: Actor) -> SyncInbox:
    """Everything the managers' inbox lists (VIEW_REPORTS), newest first within a section."""
    require(actor, INBOX_PERMISSION)
    with ctx.db.read() as s:
        return SyncInbox(
            quarantined=tuple(quarantined_entries(s)),
            alerts=tuple(sync_alerts(s, ctx)),
            negative_balances=tuple(negative_balances(s)),
            merge_candidates=tuple(merge_candidates(s)),
        )


def quarantined_entries(session: Session, limit: int = MAX_ROWS) -> list[QuarantinedEntry]:
    rows = session.execute(
        select(OutboxEntry)
        .where(OutboxEntry.ack_status == QUARANTINED)
        .order_by(OutboxEntry.seq.desc())
        .limit(limit)
    ).scalars()
    return [
        QuarantinedEntry(
            op_id=e.id,
            seq=e.seq,
            entity=e.entity,
            entity_id=e.entity_id,
            operation=e.operation,
            created_at=e.created_at,
            refused_at=e.acked_at,
            reason=e.last_error or "refused by HQ (no reason given)",
            label=_label(e.payload),
        )
        for e in rows
    ]


def _label(payload: object) -> str:
    """What a person recognises a row by: its receipt number, name, SKU or code."""
    if not isinstance(payload, dict):
        return ""
    for key in ("receipt_number", "name", "sku", "code", "title"):
        value = payload.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def sync_alerts(session: Session, ctx: ServiceContext, limit: int = MAX_ROWS) -> list[AlertView]:
    """SYNC notifications, NEGATIVE stock and negative loyalty balance alerts of this store (or
    the whole organization), unread first, newest first."""
    ident = ctx.terminal
    kind = func.json_extract(Notification.data, "$.kind")
    negative_stock = and_(Notification.type == STOCK_TYPE, kind == StockAlert.NEGATIVE.value)
    negative_points = and_(
        Notification.type == LOYALTY_TYPE, func.json_extract(Notification.data, "$.balance") < 0
    )
    rows = session.execute(
        select(Notification, kind)
        .where(
            Notification.organization_id == ident.organization_id,
            or_(Notification.store_id == ident.store_id, Notification.store_id.is_(None)),
            or_(Notification.type == SYNC_TYPE, negative_stock, negative_points),
        )
        .order_by(Notification.is_read, Notification.created_at.desc(), Notification.id.desc())
        .limit(limit)
    ).all()
    return [
        AlertView(
            id=n.id,
            type=n.type,
            kind=str(k) if k is not None else None,
            title=n.title,
            message=n.message,
            created_at=n.created_at,
            is_read=bool(n.is_read),
        )
        for n, k in rows
    ]


def negative_balances(session: Session, limit: int = MAX_ROWS) -> list[NegativeBalance]:
    """Live customers whose points balance is below zero here or at HQ."""
    rows = session.execute(
        select(
            Customer.id,
            Customer.name,
            Customer.phone,
            CustomerLoyalty.points_balance,
            LoyaltyBalance.points_balance,
        )
        .outerjoin(CustomerLoyalty, CustomerLoyalty.customer_id == Customer.id)
        .outerjoin(LoyaltyBalance, LoyaltyBalance.customer_id == Customer.id)
        .where(
            Customer.deleted_at.is_(None),
            Customer.merged_into_id.is_(None),
            or_(CustomerLoyalty.points_balance < 0, LoyaltyBalance.points_balance < 0),
        )
        .order_by(Customer.name, Customer.id)
        .limit(limit)
    ).all()
    return [NegativeBalance(cid, name, phone, local, hq) for cid, name, phone, local, hq in rows]


def merge_candidates(session: Session, limit: int = MAX_ROWS) -> list[MergeCandidate]:
    """Groups of live customers sharing a phone (the customers service's own detection) or a
    card number that differs only in case or spaces (cards typed in by hand)."""
    groups: list[tuple[str, str, tuple[str, ...]]] = [
        ("phone", g.phone_normalized, g.customer_ids) for g in duplicate_candidates(session)
    ]
    groups += [("card", key, ids) for key, ids in _card_groups(session)]
    wanted = {cid for _r, _k, ids in groups[:limit] for cid in ids}
    views = {
        c.id: CustomerView.of(c)
        for c in session.execute(select(Customer).where(Customer.id.in_(wanted))).scalars()
    }
    return [
        MergeCandidate(reason, key, tuple(views[i] for i in ids if i in views))
        for reason, key, ids in groups[:limit]
    ]


def _card_groups(session: Session) -> list[tuple[str, tuple[str, ...]]]:
    norm = func.upper(func.replace(Customer.loyalty_card_number, " ", ""))
    live = and_(
        Customer.deleted_at.is_(None),
        Customer.merged_into_id.is_(None),
        Customer.loyalty_card_number.is_not(None),
    )
    shared = select(norm).where(live).group_by(norm).having(func.count() > 1)
    rows = session.execute(
        select(norm, Customer.id)
        .where(live, norm.in_(shared))
        .order_by(norm, Customer.created_at, Customer.id)
    ).all()
    found: dict[str, list[str]] = {}
    for key, cid in rows:
        found.setdefault(str(key), []).append(cid)
    return [(key, tuple(ids)) for key, ids in found.items()]
