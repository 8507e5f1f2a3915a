"""Customers (SmartStore 'customers', Sell Sync customers with loyalty points).

Customers are edited on many terminals, so they merge last-writer-wins per field by HLC
(``__sync_kind__ = "lww"``; the outbox records which fields each update changed). Duplicates
(same normalized phone, or found later by staff) are merged by pointing the loser at the
survivor through ``merged_into_id``: a tombstone, never a delete, so sales and ledger rows that
name the old id still resolve.

Loyalty balances are not stored here: they are sums of ``loyalty_transactions`` (see
``models/loyalty.py``). ``total_orders`` and ``total_spent_minor`` are cached aggregates that the
checkout slice maintains for display (``services.customers.refresh_customer_totals``, outside the
outbox: they never travel up); sales remain the truth, and HQ counts its own from them.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Date, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.store.base import ID, Base, HlcStamped, OrgScoped, SoftDelete, Timestamps
from pos_desktop.store.types import JSONText


class CustomerStatus(StrEnum):
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    BLOCKED = "BLOCKED"


class Customer(OrgScoped, Timestamps, HlcStamped, SoftDelete, Base):
    __tablename__ = "customers"
    __sync_kind__ = "lww"
    __table_args__ = (
        # SQLite treats NULLs as distinct, so this is "unique when set".
        UniqueConstraint("organization_id", "loyalty_card_number"),
        Index("ix_customers_org_phone", "organization_id", "phone_normalized"),
    )

    # NOCASE so LIKE 'prefix%' searches can use the index.
    name: Mapped[str] = mapped_column(String(200, collation="NOCASE"), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))  # as entered, for display
    phone_normalized: Mapped[str | None] = mapped_column(String(16))  # E.164, see the index
    email: Mapped[str | None] = mapped_column(String(200, collation="NOCASE"), index=True)
    address: Mapped[dict[str, Any] | None] = mapped_column(JSONText(), nullable=True)
    loyalty_card_number: Mapped[str | None] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(16), default=CustomerStatus.ACTIVE.value)
    birthday: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    merged_into_id: Mapped[str | None] = mapped_column(ID, index=True)
    home_store_id: Mapped[str | None] = mapped_column(ID, index=True)
    total_orders: Mapped[int] = mapped_column(Integer, default=0)
    total_spent_minor: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="LKR")
