"""Customers: create, edit, find, search, duplicates and merges.

Customers are last-writer-wins per field across terminals: ``update_customer`` assigns only the
fields that really change, so the outbox entry lists exactly those (``_changed``) and HQ merges
them field by field. Duplicates by phone are refused at creation unless the caller insists
(``allow_duplicate``); duplicates that slip in (two offline terminals) show up in
``duplicate_candidates`` and are resolved with ``merge_customers``, which leaves a
``merged_into_id`` tombstone: nothing is ever dropped, and loyalty rows of the merged customer
keep counting for the survivor (see ``merge_group_ids``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final, cast

from sqlalchemy import Table, bindparam, case, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.core.phone import normalize_phone, phone_search_digits
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
    require,
)
from pos_desktop.store.models.customers import Customer, CustomerStatus
from pos_desktop.store.models.sales import Sale, SaleKind
from pos_desktop.store.outbox import SyncMeta
from pos_desktop.store.terminal import HQ_URL_KEY

_EMAIL_RE: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_CARD_RE: Final = re.compile(r"^[A-Z0-9]{4,32}$")
CONTACT_FIELDS: Final = frozenset(
    {"name", "phone", "email", "address", "birthday", "notes", "loyalty_card_number"}
)
MANAGED_FIELDS: Final = frozenset({"status", "home_store_id"})
MAX_SEARCH_LIMIT: Final = 200
ORDER_DELTAS: Final[Mapping[str, int]] = {SaleKind.SALE.value: 1, SaleKind.VOID.value: -1}
"""How a sales document changes its customer's order count (a return changes only the amount
spent; every kind adds its ``total_minor``, negative for voids and returns). HQ counts with the
same table (``sync.server.views``)."""


def order_delta(kind: str) -> int:
    return ORDER_DELTAS.get(kind, 0)


class DuplicateCustomer(ConflictError):
    """A customer with the same phone number exists; carries their ids so the UI can offer them."""

    code = "duplicate_customer"

    def __init__(self, message: str, existing_ids: tuple[str, ...]) -> None:
        super().__init__(message)
        self.existing_ids = existing_ids


@dataclass(frozen=True, slots=True)
class CustomerInput:
    name: str
    phone: str | None = None
    email: str | None = None
    address: dict[str, Any] | None = None
    loyalty_card_number: str | None = None
    birthday: date | None = None
    notes: str | None = None
    home_store_id: str | None = None  # None: this terminal's store


@dataclass(frozen=True, slots=True)
class CustomerView:
    id: str
    name: str
    phone: str | None
    phone_normalized: str | None
    email: str | None
    address: dict[str, Any] | None
    loyalty_card_number: str | None
    status: str
    birthday: date | None
    notes: str | None
    merged_into_id: str | None
    home_store_id: str | None
    total_orders: int
    total_spent: Money
    created_at: datetime

    @staticmethod
    def of(row: Customer) -> CustomerView:
        return CustomerView(
            id=row.id,
            name=row.name,
            phone=row.phone,
            phone_normalized=row.phone_normalized,
            email=row.email,
            address=row.address,
            loyalty_card_number=row.loyalty_card_number,
            status=row.status,
            birthday=row.birthday,
            notes=row.notes,
            merged_into_id=row.merged_into_id,
            home_store_id=row.home_store_id,
            total_orders=row.total_orders,
            total_spent=Money(row.total_spent_minor, row.currency),
            created_at=row.created_at,
        )


@dataclass(frozen=True, slots=True)
class CustomerResult:
    customer: CustomerView
    changed_fields: tuple[str, ...]
    changes: Changes


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    phone_normalized: str
    customer_ids: tuple[str, ...]  # oldest first: the usual survivor


# -- validation ---------------------------------------------------------------------------


def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("a customer needs a name")
    if len(cleaned) > 200:
        raise ValidationError("a customer name has at most 200 characters")
    return cleaned


def clean_email(email: str | None) -> str | None:
    if email is None or not email.strip():
        return None
    cleaned = email.strip().lower()
    if len(cleaned) > 200 or not _EMAIL_RE.match(cleaned):
        raise ValidationError(f"{email.strip()!r} is not an email address")
    return cleaned


def clean_card(card: str | None) -> str | None:
    if card is None or not card.strip():
        return None
    cleaned = "".join(card.split()).upper()
    if not _CARD_RE.match(cleaned):
        raise ValidationError("a loyalty card number is 4 to 32 letters or digits")
    return cleaned


def _clean_text(value: Any, label: str, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(f"{label} must be text")
    cleaned = value.strip()
    if len(cleaned) > limit:
        raise ValidationError(f"{label} has at most {limit} characters")
    return cleaned or None


def _clean_field(field: str, value: Any) -> Any:
    """Validate one field; returns the stored form (phone returns (as entered, normalized))."""
    if field == "name":
        if not isinstance(value, str):
            raise ValidationError("a customer needs a name")
        return clean_name(value)
    if field == "phone":
        if value is None or (isinstance(value, str) and not value.strip()):
            return (None, None)
        if not isinstance(value, str):
            raise ValidationError("a phone number must be text")
        return (value.strip()[:32], normalize_phone(value))
    if field == "email":
        return clean_email(_clean_text(value, "email", 200))
    if field == "loyalty_card_number":
        return clean_card(_clean_text(value, "loyalty card number", 64))
    if field == "notes":
        return _clean_text(value, "notes", 2000)
    if field == "address":
        if value is not None and not isinstance(value, dict):
            raise ValidationError("an address is a set of named lines (street, city, ...)")
        return value or None
    if field == "birthday":
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            raise ValidationError("a birthday is a date")
        return value
    if field == "status":
        try:
            return CustomerStatus(value).value
        except ValueError:
            raise ValidationError(
                f"customer status is one of {', '.join(CustomerStatus)}"
            ) from None
    if field == "home_store_id":
        return _clean_text(value, "home store", 36)
    raise ValidationError(f"customers have no field {field!r}")


# -- lookups (in-transaction, usable by any slice) ---------------------------------------


# Statements checkout runs for every customer's sale, built once (building a select costs about
# as much as running it).
_MERGED_INTO = select(Customer.id).where(
    Customer.merged_into_id.in_(bindparam("ids", expanding=True))
)
# The totals cache is written with Core statements on the tables: they bypass the ORM flush, so
# the outbox never sees them (the figures are derived and device-local, see
# ``refresh_customer_totals``).
_CUSTOMERS = cast(Table, Customer.__table__)
_SALES = cast(Table, Sale.__table__)
_META = cast(Table, SyncMeta.__table__)
_OF_GROUP = (
    _SALES.c.customer_id.in_(bindparam("b_ids", expanding=True)),
    _SALES.c.organization_id == bindparam("b_organization_id"),
)
_LOCAL_ORDERS = (
    select(
        func.coalesce(
            func.sum(case(*((_SALES.c.kind == k, d) for k, d in ORDER_DELTAS.items()), else_=0)),
            0,
        )
    )
    .where(*_OF_GROUP)
    .scalar_subquery()
)
_LOCAL_SPENT = (
    select(func.coalesce(func.sum(_SALES.c.total_minor), 0)).where(*_OF_GROUP).scalar_subquery()
)
_ENROLLED = select(_META.c.id).where(_META.c.key == HQ_URL_KEY).exists()
# One statement for both kinds of terminal (no look-up of its own on checkout's path): enrolled,
# add the document's share to the stored figure; standalone, sum the sales held here.
_REFRESH_TOTALS = (
    update(_CUSTOMERS)
    .where(_CUSTOMERS.c.id == bindparam("b_id"))
    .values(
        total_orders=case(
            (_ENROLLED, _CUSTOMERS.c.total_orders + bindparam("b_orders")), else_=_LOCAL_ORDERS
        ),
        total_spent_minor=case(
            (_ENROLLED, _CUSTOMERS.c.total_spent_minor + bindparam("b_spent")), else_=_LOCAL_SPENT
        ),
    )
    .returning(_CUSTOMERS.c.total_orders, _CUSTOMERS.c.total_spent_minor)
)
_SET_TOTALS = (
    update(_CUSTOMERS)
    .where(_CUSTOMERS.c.id == bindparam("b_id"))
    .values(total_orders=bindparam("b_orders"), total_spent_minor=bindparam("b_spent"))
)


def _live() -> Any:
    return (Customer.deleted_at.is_(None)) & (Customer.merged_into_id.is_(None))


def _load(session: Session, customer_id: str) -> Customer:
    row = session.get(Customer, customer_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("customer not found")
    return row


def resolve_customer(session: Session, customer_id: str) -> Customer:
    """Follow ``merged_into_id`` to the surviving customer's row (cycle-safe: two offline
    terminals could merge A into B and B into A; the smallest id of the cycle then survives).
    NotFoundError for an unknown or deleted customer."""
    seen: list[str] = []
    row = _load(session, customer_id)
    while row.merged_into_id is not None:
        seen.append(row.id)
        if row.merged_into_id in seen:
            return _load(session, min(seen))
        row = _load(session, row.merged_into_id)
    return row


def resolve_customer_id(session: Session, customer_id: str) -> str:
    """The surviving customer's id (see ``resolve_customer``)."""
    return resolve_customer(session, customer_id).id


def merge_group_ids(session: Session, survivor_id: str) -> list[str]:
    """The survivor and every customer merged into it, directly or through a chain."""
    group = [survivor_id]
    frontier = [survivor_id]
    while frontier:
        children = session.execute(_MERGED_INTO, {"ids": frontier}).scalars()
        frontier = [c for c in children if c not in group]
        group.extend(frontier)
    return group


def get_customer(session: Session, customer_id: str) -> CustomerView:
    return CustomerView.of(_load(session, customer_id))


def find_by_phone(session: Session, phone: str) -> list[CustomerView]:
    """Live customers with this phone in any written form, oldest first."""
    normalized = normalize_phone(phone)
    rows = session.execute(
        select(Customer)
        .where(Customer.phone_normalized == normalized, _live())
        .order_by(Customer.created_at, Customer.id)
    ).scalars()
    return [CustomerView.of(r) for r in rows]


def find_by_card(session: Session, card_number: str) -> CustomerView | None:
    """The customer holding the card (the survivor, if the holder was merged)."""
    try:
        card = clean_card(card_number)
    except ValidationError:
        return None
    if card is None:
        return None
    row = session.execute(
        select(Customer).where(Customer.loyalty_card_number == card, Customer.deleted_at.is_(None))
    ).scalar_one_or_none()
    if row is None:
        return None
    return get_customer(session, resolve_customer_id(session, row.id))


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_filter(text: str) -> tuple[Any, Any] | None:
    """(WHERE condition, exact-match-first ORDER BY key) for a search text, None when empty:
    name (contains), phone digits (contains), card and email (prefix). The back office's paged
    list uses the same matching as ``search_customers``."""
    query = " ".join(text.split())
    if not query:
        return None
    pattern = _like(query)
    card = "".join(query.split()).upper()
    conditions = [
        Customer.name.like(f"%{pattern}%", escape="\\"),
        Customer.loyalty_card_number.like(f"{_like(card)}%", escape="\\"),
        Customer.email.like(f"{pattern}%", escape="\\"),
    ]
    digits = phone_search_digits(query)
    exact_phone = None
    if digits is not None and len(digits) >= 3:
        conditions.append(Customer.phone_normalized.like(f"%{digits}%"))
        try:
            exact_phone = normalize_phone(query)
        except ValidationError:
            exact_phone = None
    exact = case(
        (Customer.loyalty_card_number == card, 0),
        (Customer.phone_normalized == (exact_phone or ""), 0),
        else_=1,
    )
    return or_(*conditions), exact


def search_customers(session: Session, text: str, limit: int = 20) -> list[CustomerView]:
    """Search as you type (``search_filter``). Exact card or phone matches come first."""
    found = search_filter(text)
    if found is None:
        return []
    condition, exact = found
    limit = max(1, min(limit, MAX_SEARCH_LIMIT))
    rows = session.execute(
        select(Customer)
        .where(_live(), condition)
        .order_by(exact, Customer.name, Customer.id)
        .limit(limit)
    ).scalars()
    return [CustomerView.of(r) for r in rows]


def duplicate_candidates(session: Session) -> list[DuplicateGroup]:
    """Groups of live customers sharing a normalized phone (candidates for a merge)."""
    phones = (
        select(Customer.phone_normalized)
        .where(_live(), Customer.phone_normalized.is_not(None))
        .group_by(Customer.phone_normalized)
        .having(func.count() > 1)
    )
    rows = session.execute(
        select(Customer.phone_normalized, Customer.id)
        .where(_live(), Customer.phone_normalized.in_(phones))
        .order_by(Customer.phone_normalized, Customer.created_at, Customer.id)
    ).all()
    groups: dict[str, list[str]] = {}
    for phone, customer_id in rows:
        if phone is not None:
            groups.setdefault(phone, []).append(customer_id)
    return [DuplicateGroup(phone, tuple(ids)) for phone, ids in groups.items()]


def _check_unique(
    session: Session,
    ctx: ServiceContext,
    *,
    phone_normalized: str | None,
    card: str | None,
    exclude_id: str | None,
    allow_duplicate: bool,
) -> None:
    org = ctx.terminal.organization_id
    if card is not None:
        holder = session.execute(
            select(Customer.id, Customer.name).where(
                Customer.organization_id == org,
                Customer.loyalty_card_number == card,
                Customer.id != (exclude_id or ""),
            )
        ).first()
        if holder is not None:
            raise ConflictError(f"loyalty card {card} already belongs to {holder.name}")
    if phone_normalized is not None and not allow_duplicate:
        existing = tuple(
            session.execute(
                select(Customer.id)
                .where(
                    Customer.organization_id == org,
                    Customer.phone_normalized == phone_normalized,
                    Customer.id != (exclude_id or ""),
                    _live(),
                )
                .order_by(Customer.created_at, Customer.id)
            ).scalars()
        )
        if existing:
            raise DuplicateCustomer(
                f"a customer with phone {phone_normalized} already exists", existing
            )


# -- services -----------------------------------------------------------------------------


def create_customer(
    ctx: ServiceContext, actor: Actor, data: CustomerInput, *, allow_duplicate: bool = False
) -> CustomerResult:
    """Add a customer (CREATE_CUSTOMER). Same phone in any format -> DuplicateCustomer."""
    require(actor, Permission.CREATE_CUSTOMER)
    name = _clean_field("name", data.name)
    phone, phone_normalized = _clean_field("phone", data.phone)
    email = _clean_field("email", data.email)
    card = _clean_field("loyalty_card_number", data.loyalty_card_number)
    notes = _clean_field("notes", data.notes)
    address = _clean_field("address", data.address)
    birthday = _clean_field("birthday", data.birthday)
    if birthday is not None and birthday > ctx.clock().date():
        raise ValidationError("a birthday cannot be in the future")
    with ctx.db.uow() as uow:
        s = uow.session
        _check_unique(
            s,
            ctx,
            phone_normalized=phone_normalized,
            card=card,
            exclude_id=None,
            allow_duplicate=allow_duplicate,
        )
        now = ctx.clock()
        row = Customer(
            organization_id=ctx.terminal.organization_id,
            name=name,
            phone=phone,
            phone_normalized=phone_normalized,
            email=email,
            address=address,
            loyalty_card_number=card,
            birthday=birthday,
            notes=notes,
            status=CustomerStatus.ACTIVE.value,
            home_store_id=data.home_store_id or ctx.terminal.store_id,
            currency=ctx.terminal.currency,
            total_orders=0,
            total_spent_minor=0,
            created_at=now,
            updated_at=now,
        )
        s.add(row)
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                action="customer.create",
                resource="customer",
                resource_id=row.id,
                new_values={"name": name, "phone": phone_normalized, "card": card},
                extra={"allowed_duplicate": True} if allow_duplicate else {},
            ),
        )
        uow.commit()
        view = CustomerView.of(row)
    written = tuple(
        sorted(f for f in (*CONTACT_FIELDS, *MANAGED_FIELDS) if getattr(view, f) is not None)
    )
    return CustomerResult(view, written, Changes.of("customers", ids=(view.id,)))


def update_customer(
    ctx: ServiceContext,
    actor: Actor,
    customer_id: str,
    changes: Mapping[str, Any],
    *,
    allow_duplicate: bool = False,
) -> CustomerResult:
    """Change some fields. Contact fields need CREATE_CUSTOMER; status, home store and
    replacing an existing loyalty card need MANAGE_CUSTOMERS. Only fields whose value really
    changes are written, so sync merges them one by one (last writer wins per field)."""
    require(actor, Permission.CREATE_CUSTOMER)
    unknown = set(changes) - CONTACT_FIELDS - MANAGED_FIELDS
    if unknown:
        raise ValidationError(f"customers have no field(s) {', '.join(sorted(unknown))}")
    cleaned = {field: _clean_field(field, value) for field, value in changes.items()}
    if MANAGED_FIELDS & set(cleaned):
        require(actor, Permission.MANAGE_CUSTOMERS)
    birthday = cleaned.get("birthday")
    if birthday is not None and birthday > ctx.clock().date():
        raise ValidationError("a birthday cannot be in the future")
    with ctx.db.uow() as uow:
        s = uow.session
        row = _load(s, customer_id)
        if row.merged_into_id is not None:
            raise ConflictError("this customer was merged into another; edit that one instead")
        new_values: dict[str, Any] = {}
        for field, value in cleaned.items():
            if field == "phone":
                phone, normalized = value
                if normalized != row.phone_normalized:
                    new_values["phone_normalized"] = normalized
                if phone != row.phone:
                    new_values["phone"] = phone
            elif getattr(row, field) != value:
                new_values[field] = value
        if "loyalty_card_number" in new_values and row.loyalty_card_number is not None:
            require(actor, Permission.MANAGE_CUSTOMERS)  # replacing a card moves the points
        _check_unique(
            s,
            ctx,
            phone_normalized=new_values.get("phone_normalized"),
            card=new_values.get("loyalty_card_number"),
            exclude_id=row.id,
            allow_duplicate=allow_duplicate,
        )
        if new_values:
            old_values = {k: _jsonable(getattr(row, k)) for k in new_values}
            for key, value in new_values.items():
                setattr(row, key, value)
            row.updated_at = ctx.clock()
            s.flush()
            audit(
                s,
                ctx,
                actor,
                AuditEntry(
                    action="customer.update",
                    resource="customer",
                    resource_id=row.id,
                    old_values=old_values,
                    new_values={k: _jsonable(v) for k, v in new_values.items()},
                ),
            )
        uow.commit()
        view = CustomerView.of(row)
    changed = tuple(sorted(new_values))
    return CustomerResult(
        view, changed, Changes.of("customers", ids=(view.id,)) if changed else Changes()
    )


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def merge_customers(
    ctx: ServiceContext, actor: Actor, survivor_id: str, duplicate_id: str, reason: str
) -> CustomerResult:
    """Merge ``duplicate_id`` into ``survivor_id`` (MANAGE_CUSTOMERS, audited).

    The duplicate becomes a tombstone pointing at the survivor; the survivor takes the
    duplicate's card, email, birthday and address where it has none. No ledger row moves:
    loyalty sums over the merge group, so points earned on the old id offline still count.
    """
    require(actor, Permission.MANAGE_CUSTOMERS)
    if not reason.strip():
        raise ValidationError("say why these customers are the same person")
    with ctx.db.uow() as uow:
        s = uow.session
        survivor = _load(s, resolve_customer_id(s, survivor_id))
        duplicate = _load(s, duplicate_id)
        if duplicate.merged_into_id is not None:
            raise ConflictError("that customer was already merged")
        if survivor.id == duplicate.id:
            raise ValidationError("a customer cannot be merged into themselves")
        taken: dict[str, Any] = {}
        for field in ("email", "birthday", "address", "phone", "phone_normalized", "notes"):
            if getattr(survivor, field) is None and getattr(duplicate, field) is not None:
                taken[field] = getattr(duplicate, field)
        card = duplicate.loyalty_card_number
        duplicate.merged_into_id = survivor.id
        duplicate.updated_at = ctx.clock()
        if card is not None and survivor.loyalty_card_number is None:
            duplicate.loyalty_card_number = None
            s.flush()  # free the unique card number before the survivor takes it
            taken["loyalty_card_number"] = card
        for field, value in taken.items():
            setattr(survivor, field, value)
        # Cached aggregates move with the person (and leave the tombstone, so sums stay right);
        # HQ does the same when the merge reaches it.
        orders = survivor.total_orders + duplicate.total_orders
        spent = survivor.total_spent_minor + duplicate.total_spent_minor
        _store_totals(s, survivor, orders, spent)
        _store_totals(s, duplicate, 0, 0)
        survivor.updated_at = ctx.clock()
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                action="customer.merge",
                resource="customer",
                resource_id=survivor.id,
                old_values={"duplicate_id": duplicate.id, "duplicate_name": duplicate.name},
                new_values={k: _jsonable(v) for k, v in taken.items()},
                reason=reason.strip(),
            ),
        )
        uow.commit()
        view = CustomerView.of(survivor)
    return CustomerResult(
        view, tuple(sorted(taken)), Changes.of("customers", ids=(survivor.id, duplicate_id))
    )


def _store_totals(session: Session, row: Customer, orders: int, spent: int) -> None:
    """Write the cache without an outbox entry, and keep the loaded row in step."""
    session.execute(_SET_TOTALS, {"b_id": row.id, "b_orders": orders, "b_spent": spent})
    set_committed_value(row, "total_orders", orders)
    set_committed_value(row, "total_spent_minor", spent)


def refresh_customer_totals(
    session: Session,
    ctx: ServiceContext,
    customer_id: str,
    *,
    document: Sale | None = None,
    merge_group: Sequence[str] | None = None,
) -> None:
    """Bring the cached ``total_orders``/``total_spent_minor`` of the customer's survivor up to
    date after ``document`` (a sale, void or return of theirs, recorded in this transaction).

    The figures are derived and device-local: written with a Core UPDATE, so they never make an
    outbox entry and never travel as customer edits.

    - Standalone terminal (no HQ): recomputed from the sales this terminal holds (net of
      returns and voids), over the whole merge group.
    - Enrolled terminal: this till holds only its own store's sales, so the stored figure is
      HQ's count across every store (from the last pull) and ``document``'s share is added to
      it (``ORDER_DELTAS``; nothing without a document). The next pull brings HQ's count,
      which by then includes the document.

    For checkout to call in its transaction (one statement; the enrolled check is part of it).
    ``merge_group``: the survivor's ``merge_group_ids`` (survivor first) when the caller already
    read them in this transaction."""
    survivor = resolve_customer_id(session, customer_id)
    if merge_group and merge_group[0] == survivor:
        ids = list(merge_group)
    else:
        ids = merge_group_ids(session, survivor)
    session.flush()  # the local sum must see the document (a Core statement does not autoflush)
    found = session.execute(
        _REFRESH_TOTALS,
        {
            "b_id": survivor,
            "b_orders": order_delta(document.kind) if document is not None else 0,
            "b_spent": document.total_minor if document is not None else 0,
            "b_ids": ids,
            "b_organization_id": ctx.terminal.organization_id,
        },
    ).first()
    row = session.identity_map.get(identity_key(Customer, survivor))
    if found is not None and isinstance(row, Customer):
        set_committed_value(row, "total_orders", int(found[0]))
        set_committed_value(row, "total_spent_minor", int(found[1]))
