"""The back office's view of customers: a paged list, a customer's file, merging a group.

Reading only, apart from ``merge_group``, which merges through ``customers.merge_customers``
(the same call the sync inbox makes). Balances and tiers in the list come from the
``customer_loyalty`` cache (kept by ``services.loyalty``); the detail recomputes them from
the ledger, and its points ledger shows every entry of the merge group with the balance
after it (a running SUM over the ledger, so the last row equals the balance).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import ColumnElement, func, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from pos_desktop.core.errors import ConflictError, ValidationError
from pos_desktop.core.loyalty import Tier
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.services import customers
from pos_desktop.services.context import Actor, Changes, ServiceContext, require
from pos_desktop.services.customers import CustomerView, get_customer, search_filter
from pos_desktop.services.loyalty import refresh_customer_loyalty
from pos_desktop.services.loyalty_queries import LoyaltySummary, loyalty_summary, member
from pos_desktop.store.models import User
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.loyalty import CustomerLoyalty, LoyaltyTransaction
from pos_desktop.store.models.sales import Sale

PAGE_SIZE: Final = 100
HISTORY_LIMIT: Final = 500  # most recent documents / ledger entries shown in a customer's file


@dataclass(frozen=True, slots=True)
class CustomerRow:
    id: str
    name: str
    phone: str | None
    card: str | None
    tier: str
    points: int
    total_spent: Money
    status: str


@dataclass(frozen=True, slots=True)
class CustomerPage:
    rows: tuple[CustomerRow, ...]
    next_after: tuple[str, str] | None  # keyset (name, id) of the next page; None: last page


@dataclass(frozen=True, slots=True)
class PurchaseRow:
    sale_id: str
    receipt_number: str
    kind: str  # SALE / RETURN / VOID
    original_receipt: str | None  # for returns and voids: the sale they undo
    created_at: datetime
    total: Money
    points_earned: int
    points_redeemed: int
    status: str


@dataclass(frozen=True, slots=True)
class LedgerRow:
    id: str
    created_at: datetime
    type: str
    points: int
    balance_after: int
    reason: str | None
    receipt_number: str | None
    customer_id: str  # the member of the merge group the entry was written for
    created_by: str | None
    expires_at: datetime | None


@dataclass(frozen=True, slots=True)
class CustomerFile:
    customer: CustomerView
    summary: LoyaltySummary
    merged_ids: tuple[str, ...]  # customers merged into this one
    purchases: tuple[PurchaseRow, ...]  # newest first
    ledger: tuple[LedgerRow, ...]  # newest first


@dataclass(frozen=True, slots=True)
class MergeGroupResult:
    survivor: CustomerView
    merged: int
    changes: Changes


def _live() -> ColumnElement[bool]:
    return (Customer.deleted_at.is_(None)) & (Customer.merged_into_id.is_(None))


def list_customers(
    session: Session,
    ctx: ServiceContext,
    text: str = "",
    *,
    after: tuple[str, str] | None = None,
    limit: int = PAGE_SIZE,
) -> CustomerPage:
    """One page of live customers by name (keyset on name, id), filtered like the till's
    search (name, phone digits, card, email)."""
    limit = max(1, min(limit, 500))
    query = (
        select(
            Customer.id,
            Customer.name,
            Customer.phone,
            Customer.loyalty_card_number,
            CustomerLoyalty.tier,
            CustomerLoyalty.points_balance,
            Customer.total_spent_minor,
            Customer.currency,
            Customer.status,
        )
        .outerjoin(CustomerLoyalty, CustomerLoyalty.customer_id == Customer.id)
        .where(Customer.organization_id == ctx.terminal.organization_id, _live())
        .order_by(Customer.name, Customer.id)
        .limit(limit + 1)
    )
    found = search_filter(text)
    if found is not None:
        query = query.where(found[0])
    if after is not None:
        query = query.where(tuple_(Customer.name, Customer.id) > tuple_(*after))
    rows = [
        CustomerRow(
            id=r[0],
            name=r[1],
            phone=r[2],
            card=r[3],
            tier=r[4] or Tier.BRONZE.value,
            points=r[5] or 0,
            total_spent=Money(r[6], r[7]),
            status=r[8],
        )
        for r in session.execute(query)
    ]
    more = len(rows) > limit
    rows = rows[:limit]
    return CustomerPage(tuple(rows), (rows[-1].name, rows[-1].id) if more else None)


def purchase_history(
    session: Session, ids: Sequence[str], limit: int = HISTORY_LIMIT
) -> list[PurchaseRow]:
    """Sales, returns and voids of a merge group, newest first."""
    original = aliased(Sale)
    rows = session.execute(
        select(Sale, original.receipt_number)
        .outerjoin(original, original.id == Sale.original_sale_id)
        .where(Sale.customer_id.in_(list(ids)))
        .order_by(Sale.created_at.desc(), Sale.id.desc())
        .limit(limit)
    ).all()
    return [
        PurchaseRow(
            sale_id=s.id,
            receipt_number=s.receipt_number,
            kind=s.kind,
            original_receipt=orig,
            created_at=s.created_at,
            total=Money(s.total_minor, s.currency),
            points_earned=s.loyalty_points_earned,
            points_redeemed=s.loyalty_points_redeemed,
            status=s.status,
        )
        for s, orig in rows
    ]


def points_ledger(
    session: Session, ids: Sequence[str], limit: int = HISTORY_LIMIT
) -> list[LedgerRow]:
    """Every loyalty entry of a merge group (newest ``limit``), with the balance after each:
    a running SUM in (created_at, id) order over the whole ledger, not only the rows shown."""
    L = LoyaltyTransaction
    running = (
        select(
            L.id.label("id"),
            func.sum(L.points)
            .over(order_by=(L.created_at, L.id), rows=(None, 0))
            .label("balance_after"),
        )
        .where(L.customer_id.in_(list(ids)))
        .subquery()
    )
    rows = session.execute(
        select(L, running.c.balance_after, Sale.receipt_number, User.name)
        .join(running, running.c.id == L.id)
        .outerjoin(Sale, Sale.id == L.sale_id)
        .outerjoin(User, User.id == L.created_by_id)
        .order_by(L.created_at.desc(), L.id.desc())
        .limit(limit)
    ).all()
    return [
        LedgerRow(
            id=e.id,
            created_at=e.created_at,
            type=e.type,
            points=e.points,
            balance_after=int(after),
            reason=e.reason,
            receipt_number=receipt,
            customer_id=e.customer_id,
            created_by=user,
            expires_at=e.expires_at,
        )
        for e, after, receipt, user in rows
    ]


def customer_file(session: Session, ctx: ServiceContext, customer_id: str) -> CustomerFile:
    """Everything the detail dialog shows, for the surviving customer of ``customer_id``."""
    who = member(session, customer_id)
    return CustomerFile(
        customer=get_customer(session, who.id),
        summary=loyalty_summary(session, ctx, who.id),
        merged_ids=tuple(who.ids[1:]),
        purchases=tuple(purchase_history(session, who.ids)),
        ledger=tuple(points_ledger(session, who.ids)),
    )


def load_customer_file(ctx: ServiceContext, actor: Actor, customer_id: str) -> CustomerFile:
    require(actor, Permission.MANAGE_CUSTOMERS)
    with ctx.db.read() as session:
        return customer_file(session, ctx, customer_id)


def load_customer_page(
    ctx: ServiceContext, text: str = "", after: tuple[str, str] | None = None
) -> CustomerPage:
    with ctx.db.read() as session:
        return list_customers(session, ctx, text, after=after)


def merge_group(
    ctx: ServiceContext, actor: Actor, survivor_id: str, others: Sequence[str], reason: str
) -> MergeGroupResult:
    """Merge each of ``others`` into ``survivor_id`` (MANAGE_CUSTOMERS, a reason, audited per
    merge by ``merge_customers``). Everything is checked before the first merge, so a bad pick
    merges nothing. Ledger rows never move: the survivor's balance is the sum over the group."""
    require(actor, Permission.MANAGE_CUSTOMERS)
    picked = list(dict.fromkeys(others))
    if not picked:
        raise ValidationError("pick at least one customer to merge into the one kept")
    if survivor_id in picked:
        raise ValidationError("the customer kept cannot also be merged away")
    if not reason.strip():
        raise ValidationError("say why these customers are the same person")
    with ctx.db.read() as s:
        survivor = customers.resolve_customer_id(s, survivor_id)
        for other in picked:
            row = s.get(Customer, other)
            if row is None or row.deleted_at is not None:
                raise ValidationError("one of the customers to merge no longer exists")
            if row.merged_into_id is not None:
                raise ConflictError(f"{row.name} was already merged")
            if customers.resolve_customer_id(s, other) == survivor:
                raise ValidationError(f"{row.name} is the customer kept")
    changes = Changes()
    view: CustomerView | None = None
    for other in picked:
        result = customers.merge_customers(ctx, actor, survivor, other, reason)
        changes = changes | result.changes
        view = result.customer
    assert view is not None
    # The survivor's cached balance and tier now cover the whole group (the cache is
    # device-local and recomputable, so its own short transaction is enough).
    with ctx.db.uow() as uow:
        refresh_customer_loyalty(uow.session, ctx, survivor, actor=actor)
        uow.commit()
    return MergeGroupResult(
        view, len(picked), changes | Changes.of("customer_loyalty", ids=(survivor,))
    )


def merge_candidates_for(session: Session, ctx: ServiceContext, customer_id: str) -> list[str]:
    """Live customers sharing the phone or e-mail of ``customer_id`` (merge suggestions)."""
    row = customers.resolve_customer(session, customer_id)
    same = [
        cond
        for cond in (
            Customer.phone_normalized == row.phone_normalized if row.phone_normalized else None,
            Customer.email == row.email if row.email else None,
        )
        if cond is not None
    ]
    if not same:
        return []
    return list(
        session.execute(
            select(Customer.id)
            .where(
                Customer.organization_id == ctx.terminal.organization_id,
                _live(),
                Customer.id != row.id,
                or_(*same),
            )
            .order_by(Customer.created_at, Customer.id)
        ).scalars()
    )
