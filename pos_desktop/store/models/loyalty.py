"""Loyalty and coupons: the points ledger and its cache, rewards, campaigns, coupons and usages.

Sync kinds, and why:
- ``loyalty_transactions`` and ``coupon_usages`` are ledgers (append-only facts). A balance is
  the SUM of a customer's ledger rows; a return is a new REVERSED row, never an edit.
- ``customer_loyalty`` is device-local (``None``): a cache of the ledger sum, tier and totals
  for fast display. Syncing it would be wrong in both directions: two offline terminals each
  compute it from the part of the ledger they have seen, so any merge rule (LWW or other) would
  keep one terminal's partial sum and lose the other's. Every terminal (and HQ) recomputes it
  from the ledger rows it holds (``services.loyalty.refresh_customer_loyalty``), so after sync
  converges the ledgers converge the caches too.
- ``loyalty_rewards``, ``loyalty_campaigns`` and ``coupons`` are HQ reference data. Their
  ``used_count`` is counted by HQ; terminals never increment it (see services.coupons).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.store.base import (
    ID,
    Base,
    CreatedAt,
    DeviceMade,
    OrgScoped,
    SoftDelete,
    Timestamps,
)
from pos_desktop.store.types import DecimalText, JSONText


class CustomerLoyalty(OrgScoped, Timestamps, Base):
    """Per-customer cache of the ledger: balance, totals and tier (device-local, recomputable)."""

    __tablename__ = "customer_loyalty"
    __sync_kind__ = None

    customer_id: Mapped[str] = mapped_column(ID, unique=True)
    tier: Mapped[str] = mapped_column(String(16), default="BRONZE")
    points_balance: Mapped[int] = mapped_column(Integer, default=0)
    total_earned: Mapped[int] = mapped_column(Integer, default=0)
    total_redeemed: Mapped[int] = mapped_column(Integer, default=0)
    total_expired: Mapped[int] = mapped_column(Integer, default=0)
    last_activity_at: Mapped[datetime | None] = mapped_column()
    # Earliest future expiry among points credited to the customer (for "expiring soon").
    expires_at: Mapped[datetime | None] = mapped_column()


class LoyaltyTransaction(OrgScoped, DeviceMade, CreatedAt, Base):
    """One signed movement of points (ledger). ``points`` > 0 credits, < 0 debits."""

    __tablename__ = "loyalty_transactions"
    __sync_kind__ = "ledger"
    __table_args__ = (
        Index("ix_loyalty_transactions_customer_created", "customer_id", "created_at"),
        Index("ix_loyalty_transactions_expiry", "expires_at"),
    )

    store_id: Mapped[str | None] = mapped_column(ID, index=True)  # None: made at HQ
    customer_id: Mapped[str] = mapped_column(ID)
    type: Mapped[str] = mapped_column(String(16))  # EARNED/REDEEMED/EXPIRED/ADJUSTED/REVERSED
    points: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(500))
    sale_id: Mapped[str | None] = mapped_column(ID, index=True)  # the original sale
    return_id: Mapped[str | None] = mapped_column(ID, index=True)  # the return document
    product_id: Mapped[str | None] = mapped_column(ID)
    campaign_id: Mapped[str | None] = mapped_column(ID, index=True)
    reward_id: Mapped[str | None] = mapped_column(ID, index=True)
    expires_at: Mapped[datetime | None] = mapped_column()  # credits only
    created_by_id: Mapped[str | None] = mapped_column(ID)


class LoyaltyReward(OrgScoped, Timestamps, SoftDelete, Base):
    __tablename__ = "loyalty_rewards"
    __sync_kind__ = "hq"

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    points_required: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(16))  # DISCOUNT/FREE_SHIPPING/PRODUCT/CASHBACK
    value_minor: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="LKR")
    product_id: Mapped[str | None] = mapped_column(ID)  # PRODUCT rewards
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    valid_from: Mapped[datetime | None] = mapped_column()
    valid_to: Mapped[datetime | None] = mapped_column()
    usage_limit: Mapped[int | None] = mapped_column(Integer)
    used_count: Mapped[int] = mapped_column(Integer, default=0)
    image: Mapped[str | None] = mapped_column(String(500))
    category: Mapped[str | None] = mapped_column(String(100))


class LoyaltyCampaign(OrgScoped, Timestamps, SoftDelete, Base):
    __tablename__ = "loyalty_campaigns"
    __sync_kind__ = "hq"
    __table_args__ = (Index("ix_loyalty_campaigns_active", "organization_id", "is_active"),)

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16))  # BIRTHDAY/ANNIVERSARY/PURCHASE/REFERRAL/...
    points_multiplier: Mapped[Decimal] = mapped_column(DecimalText(), default=Decimal(1))
    bonus_points: Mapped[int] = mapped_column(Integer, default=0)
    # min_purchase_minor, tiers (list of tier names), window_days; see core.loyalty.
    conditions: Mapped[dict[str, Any]] = mapped_column(JSONText(), default=dict)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    valid_from: Mapped[datetime | None] = mapped_column()
    valid_to: Mapped[datetime | None] = mapped_column()
    usage_limit: Mapped[int | None] = mapped_column(Integer)
    used_count: Mapped[int] = mapped_column(Integer, default=0)


class Coupon(OrgScoped, Timestamps, SoftDelete, Base):
    """A coupon; ``code`` as created, ``code_normalized`` (upper case) for lookups."""

    __tablename__ = "coupons"
    __sync_kind__ = "hq"
    __table_args__ = (UniqueConstraint("organization_id", "code_normalized"),)

    code: Mapped[str] = mapped_column(String(32))
    code_normalized: Mapped[str] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16))  # PERCENTAGE/FIXED_AMOUNT/FREE_SHIPPING
    value_percent: Mapped[Decimal | None] = mapped_column(DecimalText())  # PERCENTAGE
    value_minor: Mapped[int | None] = mapped_column(Integer)  # FIXED_AMOUNT
    currency: Mapped[str] = mapped_column(String(3), default="LKR")
    min_order_minor: Mapped[int | None] = mapped_column(Integer)
    max_discount_minor: Mapped[int | None] = mapped_column(Integer)
    usage_limit: Mapped[int | None] = mapped_column(Integer)
    per_customer_limit: Mapped[int | None] = mapped_column(Integer)
    # Uses HQ had counted at ``used_count_as_of`` (HQ's clock). Terminals never write these.
    used_count: Mapped[int] = mapped_column(Integer, default=0)
    used_count_as_of: Mapped[datetime | None] = mapped_column()
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    valid_from: Mapped[datetime | None] = mapped_column()
    valid_to: Mapped[datetime | None] = mapped_column()
    created_by_id: Mapped[str | None] = mapped_column(ID)


class CouponUsage(OrgScoped, DeviceMade, CreatedAt, Base):
    """One use of a coupon on a sale (ledger). A returned sale does not un-use its coupon."""

    __tablename__ = "coupon_usages"
    __sync_kind__ = "ledger"
    __table_args__ = (Index("ix_coupon_usages_coupon_used", "coupon_id", "used_at"),)

    store_id: Mapped[str | None] = mapped_column(ID, index=True)
    coupon_id: Mapped[str] = mapped_column(ID)
    sale_id: Mapped[str | None] = mapped_column(ID, index=True)
    customer_id: Mapped[str | None] = mapped_column(ID, index=True)
    discount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    free_shipping: Mapped[bool] = mapped_column(Boolean, default=False)
    used_at: Mapped[datetime] = mapped_column()
    created_by_id: Mapped[str | None] = mapped_column(ID)
