"""Views HQ derives from the ledgers of every store and sends down (entity kind ``view``).

A terminal never writes these itself and never pushes them (``__sync_kind__ = None``); sync
applies HQ's rows by id. They answer questions a terminal's own ledger cannot: stock in the
other stores of the organization, and the balance HQ has confirmed for a customer. Ids are
deterministic (UUIDv5 of the key at HQ, the customer id for balances) so an upsert by id
replaces the previous figure.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.core.clock import utc_now
from pos_desktop.store.base import ID, Base, OrgScoped


class StockLevel(OrgScoped, Base):
    """On hand per store, warehouse, product and variant, as HQ last summed it."""

    __tablename__ = "stock_levels"
    __sync_kind__ = None
    __table_args__ = (Index("ix_stock_levels_product_store", "product_id", "store_id"),)

    store_id: Mapped[str] = mapped_column(ID, nullable=False)
    warehouse_id: Mapped[str] = mapped_column(ID, nullable=False)
    product_id: Mapped[str] = mapped_column(ID, nullable=False)
    variant_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    on_hand_milli: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, nullable=False)


class LoyaltyBalance(OrgScoped, Base):
    """A customer's points across every store, as HQ last summed the ledger (id = customer)."""

    __tablename__ = "loyalty_balances"
    __sync_kind__ = None

    customer_id: Mapped[str] = mapped_column(ID, nullable=False, unique=True)
    points_balance: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    total_earned: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    total_redeemed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, nullable=False)
