"""Views HQ derives from the ledgers, kept in the push's own transaction.

- ``stock_levels``: on hand per store, warehouse, product and variant = SUM of the inserted
  ``stock_movements`` (id: UUIDv5 of the key, so every party names a level the same way).
- ``loyalty_balances``: points per customer across stores (id = customer id), with the same
  earned/redeemed split as the terminal's ``loyalty_queries.summarize``.
- ``coupons.used_count``: uses counted by HQ; a count above ``usage_limit`` is flagged.
- ``customers.total_orders`` / ``total_spent_minor``: counted from the ``sales`` ledger with the
  terminal's rule (``services.customers.ORDER_DELTAS``: a SALE +1 order, a VOID -1; every
  document adds its ``total_minor``), on the customer's survivor (``merged_into_id`` followed;
  the smallest id of a cycle survives, as on the terminal). A sale of a customer HQ does not
  know yet is counted when the customer arrives: a customer inserted, merged or unmerged is
  counted again from every sale of its merge group (``recount_customers``), and the sales of
  this push are then not added a second time.

They are maintained incrementally (``value = value + delta`` in one upsert, so two pushes of
the same organization add up instead of overwriting each other; rows are touched in id order so
concurrent pushes never deadlock). A level or balance that turns negative, and a coupon used
beyond its limit, write a ``SYNC`` notification for the managers of the store concerned. Every
row written here is versioned, so terminals pull it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, case, func, select, update
from sqlalchemy.orm import Session

from pos_desktop.core.ids import new_id
from pos_desktop.services.customers import ORDER_DELTAS, order_delta
from sync.server.changes import ChangeSet
from sync.server.schema import table
from sync.server.sqlutil import (
    bulk_insert,
    chunks,
    dialect,
    ids_in,
    insert_for,
    key_lookups,
    locked,
    staged_insert,
)

VIEW_NAMESPACE = uuid.UUID("6f1f7a52-3b8e-4f0c-9a55-1d2b9c7e4a10")
NOTIFICATION_TYPE = "SYNC"

STOCK = table("stock_levels")
BALANCES = table("loyalty_balances")
COUPONS = table("coupons")
NOTIFICATIONS = table("notifications")
PRODUCTS = table("products")
CUSTOMERS = table("customers")
SALES = table("sales")


def stock_level_id(
    organization_id: str, store_id: str, warehouse_id: str, product_id: str, variant_id: str | None
) -> str:
    key = f"{organization_id}|{store_id}|{warehouse_id}|{product_id}|{variant_id or ''}"
    return str(uuid.uuid5(VIEW_NAMESPACE, key))


@dataclass(slots=True)
class _Alert:
    store_id: str | None
    title: str
    message: str
    data: dict[str, Any]


def apply_views(
    session: Session,
    organization_id: str,
    inserted: dict[str, list[dict[str, Any]]],
    changes: ChangeSet,
    now: datetime,
    *,
    recount_customers: Iterable[str] = (),
) -> None:
    """Fold newly inserted ledger rows into the views (rows seen before are never passed).
    ``recount_customers``: customers inserted or moved between merge groups by this push."""
    alerts: list[_Alert] = []
    recount = set(recount_customers)
    if inserted.get("sales") or recount:
        _customer_totals(session, organization_id, inserted.get("sales", []), recount, changes)
    if inserted.get("stock_movements"):
        alerts += _stock(session, organization_id, inserted["stock_movements"], changes, now)
    if inserted.get("loyalty_transactions"):
        alerts += _loyalty(session, organization_id, inserted["loyalty_transactions"], changes, now)
    if inserted.get("coupon_usages"):
        alerts += _coupons(session, organization_id, inserted["coupon_usages"], changes, now)
    if alerts:
        rows = [
            {
                "id": new_id(),
                "organization_id": organization_id,
                "store_id": a.store_id,
                "device_id": None,
                "user_id": None,
                "type": NOTIFICATION_TYPE,
                "title": a.title[:200],
                "message": a.message[:1000],
                "data": a.data,
                "is_read": False,
                "read_at": None,
                "created_at": now,
            }
            for a in alerts
        ]
        bulk_insert(session, NOTIFICATIONS, rows)
        for alert_row in rows:
            changes.touch("notifications", str(alert_row["id"]), a_store(alert_row), fresh=True)


def a_store(row: dict[str, Any]) -> str | None:
    store = row["store_id"]
    return None if store is None else str(store)


def _increment(
    session: Session,
    view: Any,
    rows: list[dict[str, Any]],
    added: tuple[str, ...],
    returning: str,
) -> dict[str, int]:
    """Upsert ``rows`` adding ``added`` columns to the stored ones; returns id -> new value.

    Rows are written in id order (concurrent pushes lock them in the same order: no deadlock).
    Only rows of the same organization are ever added to (a foreign id is left untouched)."""
    if not rows:
        return {}
    rows = sorted(rows, key=lambda r: r["id"])
    if dialect(session) == "postgresql":
        sets = [f"{n} = {view.name}.{n} + excluded.{n}" for n in added]
        sets.append("updated_at = excluded.updated_at")
        found = staged_insert(
            session,
            view,
            rows,
            f"ON CONFLICT (id) DO UPDATE SET {', '.join(sets)}"
            f" WHERE {view.name}.organization_id = excluded.organization_id"
            f" RETURNING id, {returning}",
            order_by="id",
        )
        return {str(row_id): int(value) for row_id, value in found}
    result: dict[str, int] = {}
    for batch in chunks(rows, 500):
        stmt = insert_for(session, view).values(batch)
        set_: dict[str, Any] = {name: view.c[name] + stmt.excluded[name] for name in added}
        set_["updated_at"] = stmt.excluded.updated_at
        stmt = stmt.on_conflict_do_update(
            index_elements=["id"],
            set_=set_,
            where=view.c.organization_id == stmt.excluded.organization_id,
        ).returning(view.c.id, view.c[returning])
        for row_id, value in session.execute(stmt):
            result[row_id] = int(value)
    return result


def _stock(
    session: Session,
    organization_id: str,
    movements: list[dict[str, Any]],
    changes: ChangeSet,
    now: datetime,
) -> list[_Alert]:
    deltas: dict[str, dict[str, Any]] = {}
    for m in movements:
        key = stock_level_id(
            organization_id, m["store_id"], m["warehouse_id"], m["product_id"], m["variant_id"]
        )
        row = deltas.get(key)
        if row is None:
            deltas[key] = row = {
                "id": key,
                "organization_id": organization_id,
                "store_id": m["store_id"],
                "warehouse_id": m["warehouse_id"],
                "product_id": m["product_id"],
                "variant_id": m["variant_id"],
                "on_hand_milli": 0,
                "updated_at": now,
            }
        row["on_hand_milli"] += m["quantity_milli"]
    levels = _increment(session, STOCK, list(deltas.values()), ("on_hand_milli",), "on_hand_milli")
    negative: list[dict[str, Any]] = []
    for level_id, on_hand in levels.items():
        row = deltas[level_id]
        changes.touch("stock_levels", level_id, row["store_id"])
        if on_hand < 0 <= on_hand - row["on_hand_milli"]:
            negative.append({**row, "on_hand_milli": on_hand})
    if not negative:
        return []
    names = {
        str(pid): str(name)
        for pid, name in session.execute(
            select(PRODUCTS.c.id, PRODUCTS.c.name).where(
                PRODUCTS.c.id.in_({r["product_id"] for r in negative}),
                PRODUCTS.c.organization_id == organization_id,
            )
        )
    }
    alerts = []
    for row in negative:
        name = names.get(row["product_id"], "a product")
        qty = row["on_hand_milli"] / 1000
        alerts.append(
            _Alert(
                row["store_id"],
                f"Negative stock: {name}",
                f"{name} is at {qty:g} after HQ merged the sales of every till of the store: "
                "more was sold or moved out than was recorded in. Check the count.",
                {
                    "kind": "negative_stock",
                    "product_id": row["product_id"],
                    "variant_id": row["variant_id"],
                    "warehouse_id": row["warehouse_id"],
                    "on_hand_milli": row["on_hand_milli"],
                },
            )
        )
    return alerts


def loyalty_deltas(kind: str, points: int) -> tuple[int, int]:
    """(earned, redeemed) change of one ledger row; the balance changes by ``points``."""
    if kind in ("EARNED", "ADJUSTED") or (kind == "REVERSED" and points < 0):
        return points, 0
    if kind == "REDEEMED" or (kind == "REVERSED" and points > 0):
        return 0, -points
    return 0, 0


def _loyalty(
    session: Session,
    organization_id: str,
    transactions: list[dict[str, Any]],
    changes: ChangeSet,
    now: datetime,
) -> list[_Alert]:
    deltas: dict[str, dict[str, Any]] = {}
    stores: dict[str, str | None] = {}
    for t in transactions:
        customer = t["customer_id"]
        row = deltas.get(customer)
        if row is None:
            deltas[customer] = row = {
                "id": customer,
                "organization_id": organization_id,
                "customer_id": customer,
                "points_balance": 0,
                "total_earned": 0,
                "total_redeemed": 0,
                "updated_at": now,
            }
        earned, redeemed = loyalty_deltas(t["type"], t["points"])
        row["points_balance"] += t["points"]
        row["total_earned"] += earned
        row["total_redeemed"] += redeemed
        stores[customer] = t.get("store_id") or stores.get(customer)
    balances = _increment(
        session,
        BALANCES,
        list(deltas.values()),
        ("points_balance", "total_earned", "total_redeemed"),
        "points_balance",
    )
    alerts = []
    for customer, balance in balances.items():
        changes.touch("loyalty_balances", customer)
        if balance < 0 <= balance - deltas[customer]["points_balance"]:
            alerts.append(
                _Alert(
                    stores.get(customer),
                    "Negative loyalty balance",
                    f"A customer's points balance is {balance} after HQ merged the points spent "
                    "in every store. Review the customer's recent redemptions.",
                    {
                        "kind": "negative_loyalty",
                        "customer_id": customer,
                        "points_balance": balance,
                    },
                )
            )
    return alerts


def _coupons(
    session: Session,
    organization_id: str,
    usages: list[dict[str, Any]],
    changes: ChangeSet,
    now: datetime,
) -> list[_Alert]:
    counts: dict[str, int] = defaultdict(int)
    stores: dict[str, str | None] = {}
    for u in usages:
        counts[u["coupon_id"]] += 1
        stores[u["coupon_id"]] = u.get("store_id") or stores.get(u["coupon_id"])
    alerts = []
    for coupon_id in sorted(counts):
        row = session.execute(
            update(COUPONS)
            .where(COUPONS.c.id == coupon_id, COUPONS.c.organization_id == organization_id)
            .values(used_count=COUPONS.c.used_count + counts[coupon_id], used_count_as_of=now)
            .returning(COUPONS.c.used_count, COUPONS.c.usage_limit, COUPONS.c.code)
        ).first()
        if row is None:
            continue  # a use of a coupon HQ does not know (yet): counted when it is recount
        used, limit, code = int(row[0]), row[1], row[2]
        changes.touch("coupons", coupon_id)
        if limit is not None and used > limit:
            alerts.append(
                _Alert(
                    stores.get(coupon_id),
                    f"Coupon {code} used beyond its limit",
                    f"Coupon {code} has been used {used} times across the tills, more than its "
                    f"limit of {limit}: offline tills accepted it before they heard of the "
                    "other uses.",
                    {
                        "kind": "coupon_overuse",
                        "coupon_id": coupon_id,
                        "used_count": used,
                        "usage_limit": limit,
                    },
                )
            )
    return alerts


# -- customers' purchase totals ------------------------------------------------------------

_C = CUSTOMERS.c
_ADD_TOTALS = (
    update(CUSTOMERS)
    .where(_C.id == bindparam("b_id"), _C.organization_id == bindparam("b_org"))
    .values(
        total_orders=_C.total_orders + bindparam("b_orders"),
        total_spent_minor=_C.total_spent_minor + bindparam("b_spent"),
    )
)
_SET_TOTALS = (
    update(CUSTOMERS)
    .where(_C.id == bindparam("b_id"), _C.organization_id == bindparam("b_org"))
    .values(total_orders=bindparam("b_orders"), total_spent_minor=bindparam("b_spent"))
)
_SALES_ORDERS = func.coalesce(
    func.sum(case(*((SALES.c.kind == k, d) for k, d in ORDER_DELTAS.items()), else_=0)), 0
)


@dataclass(frozen=True, slots=True)
class _Customer:
    merged_into: str | None
    orders: int
    spent: int


def _load_chains(
    session: Session, organization_id: str, ids: Iterable[str]
) -> dict[str, _Customer]:
    """The customers ``ids`` and every customer their ``merged_into_id`` chains lead to, locked
    (``FOR UPDATE`` on PostgreSQL) so no merge moves them while this push counts on them.
    Ids HQ does not know (yet) are absent."""
    found: dict[str, _Customer] = {}
    asked: set[str] = set()
    todo = set(ids)
    while todo:
        asked |= todo
        stmt = (
            select(_C.id, _C.merged_into_id, _C.total_orders, _C.total_spent_minor)
            .where(_C.organization_id == organization_id, ids_in(session, _C.id, sorted(todo)))
            .order_by(_C.id)
        )
        for row in session.execute(locked(session, stmt)):
            found[str(row[0])] = _Customer(row[1], int(row[2]), int(row[3]))
        todo = {
            str(c.merged_into)
            for c in found.values()
            if c.merged_into is not None and c.merged_into not in asked
        }
    return found


def survivor_of(customers: dict[str, _Customer], customer_id: str) -> str | None:
    """The customer whose totals count ``customer_id``'s sales: ``merged_into_id`` followed to a
    customer merged into nobody (the smallest id of a cycle: two offline tills merged A into B
    and B into A). None when the chain reaches a customer HQ does not know yet."""
    path: list[str] = []
    current = customer_id
    while True:
        found = customers.get(current)
        if found is None:
            return None
        if found.merged_into is None:
            return current
        if current in path:
            return min(path[path.index(current) :])
        path.append(current)
        current = found.merged_into


def _merge_group(session: Session, organization_id: str, root: str) -> dict[str, _Customer]:
    """``root`` and every customer merged into it, directly or through a chain."""
    group: dict[str, _Customer] = {}
    frontier = [root]
    while frontier:
        stmt = select(_C.id, _C.merged_into_id, _C.total_orders, _C.total_spent_minor).where(
            _C.organization_id == organization_id,
            _C.id == root if not group else ids_in(session, _C.merged_into_id, frontier),
        )
        new: list[str] = []
        for row in session.execute(stmt):
            if str(row[0]) not in group:
                group[str(row[0])] = _Customer(row[1], int(row[2]), int(row[3]))
                new.append(str(row[0]))
        frontier = new
    return group


def _recount(
    session: Session,
    organization_id: str,
    customers: dict[str, _Customer],
    ids: set[str],
    writes: dict[str, tuple[int, int]],
) -> set[str]:
    """Count the totals of the survivors of ``ids`` again from every sale HQ holds for their
    merge group (this push's included); merged customers hold 0. Returns the survivors."""
    roots: set[str] = set()
    for customer_id in sorted(ids):
        known = customers.get(customer_id)
        if known is None:
            continue  # deleted, or not at HQ yet: counted when it arrives
        root = survivor_of(customers, customer_id)
        if root != customer_id and (known.orders, known.spent) != (0, 0):
            writes[customer_id] = (0, 0)
        if root is not None:
            roots.add(root)
    for root in sorted(roots):
        group = _merge_group(session, organization_id, root)
        orders, spent = session.execute(
            select(_SALES_ORDERS, func.coalesce(func.sum(SALES.c.total_minor), 0)).where(
                SALES.c.organization_id == organization_id,
                ids_in(session, SALES.c.customer_id, sorted(group)),
            )
        ).one()
        for member_id, member in group.items():
            wanted = (int(orders), int(spent)) if member_id == root else (0, 0)
            if (member.orders, member.spent) != wanted:
                writes[member_id] = wanted
    return roots


def _customer_totals(
    session: Session,
    organization_id: str,
    sales: list[dict[str, Any]],
    recount: set[str],
    changes: ChangeSet,
) -> None:
    """Add this push's new sales to their customers' survivors; count again the merge groups
    of ``recount`` (whose sums already hold this push's sales). Every row written is touched,
    so every device of the organization pulls the new figures."""
    shares: dict[str, list[int]] = {}
    for sale in sales:
        customer_id = sale.get("customer_id")
        if customer_id:
            share = shares.setdefault(str(customer_id), [0, 0])
            share[0] += order_delta(str(sale["kind"]))
            share[1] += int(sale["total_minor"])
    if not shares and not recount:
        return
    with key_lookups(session):
        customers = _load_chains(session, organization_id, [*shares, *recount])
        writes: dict[str, tuple[int, int]] = {}
        recounted = _recount(session, organization_id, customers, recount, writes)
        added: dict[str, list[int]] = {}
        for customer_id, (orders, spent) in shares.items():
            root = survivor_of(customers, customer_id)
            if root is None or root in recounted:
                continue  # not known yet (counted on arrival), or counted just now
            total = added.setdefault(root, [0, 0])
            total[0] += orders
            total[1] += spent
        # In id order, as every view (concurrent pushes lock the rows in the same order).
        adds = [
            {"b_id": key, "b_org": organization_id, "b_orders": o, "b_spent": sp}
            for key, (o, sp) in sorted(added.items())
            if (o, sp) != (0, 0)
        ]
        sets = [
            {"b_id": key, "b_org": organization_id, "b_orders": o, "b_spent": sp}
            for key, (o, sp) in sorted(writes.items())
        ]
        if sets:
            session.execute(_SET_TOTALS, sets)
        if adds:
            session.execute(_ADD_TOTALS, adds)
    for customer_id in sorted({*writes, *(k for k, v in added.items() if v != [0, 0])}):
        changes.touch("customers", customer_id)
