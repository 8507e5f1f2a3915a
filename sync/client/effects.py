"""What applied rows set off on the terminal, in the same transaction as the page:

- customers whose loyalty ledger rows arrived (or whose merge group changed) get their
  ``customer_loyalty`` cache recomputed by the loyalty service, which also flags a balance
  that turned negative (points spent in two stores while offline);
- products whose stock on hand went below zero because of pulled movements (another till of
  this store sold the last unit too) raise the stock service's NEGATIVE notification.

These notifications and audit rows are written with capture off: every terminal derives them
from the same ledger, so they stay local instead of being pushed once per terminal.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import DomainError
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.loyalty import refresh_customer_loyalty
from pos_desktop.services.notifications_stock import StockKey, check_stock_levels
from pos_desktop.store.models.inventory import StockMovement
from pos_desktop.store.models.loyalty import CustomerLoyalty

log = logging.getLogger(__name__)

Item = tuple[str, str]  # (product_id, warehouse_id)
MAX_EAGER_REFRESH = 200  # customers per pull page refreshed whether or not cached here

_SM = StockMovement
_ON_HAND = (
    select(_SM.product_id, _SM.warehouse_id, func.sum(_SM.quantity_milli))
    .where(
        _SM.product_id.in_(bindparam("product_ids", expanding=True)),
        _SM.warehouse_id.in_(bindparam("warehouse_ids", expanding=True)),
    )
    .group_by(_SM.product_id, _SM.warehouse_id)
)


def on_hand(session: Session, items: Iterable[Item]) -> dict[Item, int]:
    """Ledger sums per (product, warehouse), read from the covering on-hand index."""
    wanted = set(items)
    totals = dict.fromkeys(wanted, 0)
    if not wanted:
        return totals
    products = sorted({p for p, _ in wanted})
    warehouses = sorted({w for _, w in wanted})
    for start in range(0, len(products), 500):
        params = {"product_ids": products[start : start + 500], "warehouse_ids": warehouses}
        for pid, wid, total in session.execute(_ON_HAND, params):
            if (pid, wid) in totals:
                totals[(pid, wid)] = int(total)
    return totals


@dataclass
class StockWatch:
    """On hand before and after pulled movements, for the items of this store they touch."""

    before_qty: dict[Item, int] = field(default_factory=dict)
    touched: set[Item] = field(default_factory=set)

    @staticmethod
    def _items(rows: Iterable[dict[str, Any]], store_id: str) -> set[Item]:
        return {
            (str(r["product_id"]), str(r["warehouse_id"]))
            for r in rows
            if r.get("store_id") == store_id and r.get("product_id") and r.get("warehouse_id")
        }

    def before(self, session: Session, rows: Iterable[dict[str, Any]], store_id: str) -> None:
        new = self._items(rows, store_id) - self.before_qty.keys()
        self.before_qty.update(on_hand(session, new))

    def inserted(self, rows: Iterable[dict[str, Any]], store_id: str) -> None:
        self.touched |= self._items(rows, store_id)

    def went_negative(self, session: Session) -> dict[Item, int]:
        after = on_hand(session, self.touched)
        return {item: qty for item, qty in after.items() if qty < 0 <= self.before_qty.get(item, 0)}


def customers_to_refresh(
    session: Session, customers: Iterable[str], *, snapshot: bool
) -> list[str]:
    """Which loyalty caches to recompute (about 5 ms each). Every customer of a small pull
    page; otherwise only those with a cache here already (customers of this terminal): a
    snapshot of a whole organization's ledger would otherwise spend minutes on caches nobody
    at this till reads. Balances are always summed from the ledger when shown, and HQ's
    ``loyalty_balances`` view flags negative balances across stores anyway."""
    wanted = sorted(set(customers))
    if not wanted or (not snapshot and len(wanted) <= MAX_EAGER_REFRESH):
        return wanted
    cached: set[str] = set()
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        cached.update(
            session.execute(
                select(CustomerLoyalty.customer_id).where(CustomerLoyalty.customer_id.in_(part))
            ).scalars()
        )
    return [c for c in wanted if c in cached]


def follow_up(
    session: Session,
    ctx: ServiceContext,
    loyalty_customers: Iterable[str],
    stock: StockWatch,
    *,
    snapshot: bool = False,
) -> tuple[int, int]:
    """Run the effects of an applied page; returns (caches refreshed, stock alerts raised)."""
    refreshed = 0
    for customer_id in customers_to_refresh(session, loyalty_customers, snapshot=snapshot):
        try:
            refresh_customer_loyalty(session, ctx, customer_id)
            refreshed += 1
        except DomainError as exc:  # a customer this terminal has not pulled (yet)
            log.debug("loyalty cache of %s not refreshed: %s", customer_id, exc)
    negative = stock.went_negative(session) if stock.touched else {}
    alerts = check_stock_levels(
        session, ctx, {StockKey(pid, wid, None): qty for (pid, wid), qty in negative.items()}
    )
    session.flush()
    return refreshed, len(alerts)
