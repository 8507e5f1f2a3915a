"""Sales: the one concept behind the sources' "orders" and "sales transactions".

A sale is a ledger document (``sales``) with its lines, tax breakdown, payments and status
history. Nothing here is ever edited: a void or a return is a new ``sales`` row of kind VOID or
RETURN pointing at the original through ``original_sale_id``, with NEGATIVE quantities and
amounts, so that summing ``total_minor`` over every kind gives net takings and summing
``quantity_milli`` gives net units sold.

The effective status of a sale is its latest ``sale_status_history`` row (COMPLETED, VOIDED,
PARTIALLY_RETURNED, RETURNED): the ``sales.status`` column is what it was written with.

Device-local tables (never synced): ``held_tickets`` and ``receipt_counters``.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.core.clock import utc_now
from pos_desktop.store.base import (
    ID,
    Base,
    CreatedAt,
    DeviceMade,
    OrgScoped,
    StoreScoped,
    Timestamps,
)
from pos_desktop.store.types import DecimalText, JSONText


class SaleKind(StrEnum):
    SALE = "SALE"
    RETURN = "RETURN"
    VOID = "VOID"


class SaleStatus(StrEnum):
    COMPLETED = "COMPLETED"
    VOIDED = "VOIDED"
    PARTIALLY_RETURNED = "PARTIALLY_RETURNED"
    RETURNED = "RETURNED"


class PaymentMethodCode(StrEnum):
    CASH = "CASH"
    CARD = "CARD"
    BANK_TRANSFER = "BANK_TRANSFER"
    COD = "COD"
    PAYHERE = "PAYHERE"
    LANKAQR = "LANKAQR"
    LOYALTY_POINTS = "LOYALTY_POINTS"


class PaymentStatus(StrEnum):
    COMPLETED = "COMPLETED"
    PENDING_VERIFICATION = "PENDING_VERIFICATION"


class Sale(StoreScoped, DeviceMade, CreatedAt, Base):
    """A sale, a return or a void (ledger). Amounts of RETURN/VOID documents are negative."""

    __tablename__ = "sales"
    __sync_kind__ = "ledger"
    __table_args__ = (
        UniqueConstraint("organization_id", "receipt_number"),
        Index("ix_sales_store_created", "store_id", "created_at"),
    )

    receipt_number: Mapped[str] = mapped_column(String(32), nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False, default=SaleKind.SALE.value)
    original_sale_id: Mapped[str | None] = mapped_column(ID, index=True)
    shift_id: Mapped[str | None] = mapped_column(ID, index=True)
    cashier_id: Mapped[str] = mapped_column(ID, nullable=False, index=True)
    approved_by_id: Mapped[str | None] = mapped_column(ID)
    customer_id: Mapped[str | None] = mapped_column(ID, index=True)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    # subtotal: sum of line gross (qty x unit price, before any discount), as priced
    # (tax-inclusive prices when tax_inclusive). total = what the customer owes/was refunded.
    subtotal_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    discount_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    tax_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    total_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    tax_inclusive: Mapped[bool] = mapped_column(Boolean, nullable=False)
    coupon_id: Mapped[str | None] = mapped_column(ID)
    coupon_code: Mapped[str | None] = mapped_column(String(64))
    coupon_discount_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    loyalty_points_earned: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    loyalty_points_redeemed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    status: Mapped[str] = mapped_column(
        String(24), nullable=False, default=SaleStatus.COMPLETED.value
    )
    reason: Mapped[str | None] = mapped_column(String(500))  # why a void/return was made
    notes: Mapped[str | None] = mapped_column(String(1000))


class SaleLine(StoreScoped, Base):
    """One line of a sale (ledger). Name/SKU/barcode are snapshots taken at sale time."""

    __tablename__ = "sale_lines"
    __sync_kind__ = "ledger"

    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), nullable=False, index=True)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    product_id: Mapped[str | None] = mapped_column(ID, index=True)
    variant_id: Mapped[str | None] = mapped_column(ID)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    sku: Mapped[str | None] = mapped_column(String(64))
    barcode: Mapped[str | None] = mapped_column(String(64))
    quantity_milli: Mapped[int] = mapped_column(Integer, nullable=False)
    unit_price_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    # The catalog price when the cashier overrode it (None: no override).
    list_price_minor: Mapped[int | None] = mapped_column(Integer)
    unit_cost_minor: Mapped[int | None] = mapped_column(Integer)
    # gross = quantity x unit price; discount_minor = the line's own discount;
    # order_discount_minor / coupon_discount_minor = its share of the manual order discount and
    # of the coupon. Net = gross - the three; total = net (+ tax when prices exclude tax).
    gross_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    discount_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    order_discount_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    coupon_discount_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    tax_class_code: Mapped[str | None] = mapped_column(String(32))
    tax_rate: Mapped[Decimal] = mapped_column(DecimalText(), nullable=False, default=Decimal(0))
    tax_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # What the customer pays for this line, tax included, after all discounts.
    total_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    weighed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    original_line_id: Mapped[str | None] = mapped_column(ID, index=True)
    restock: Mapped[bool | None] = mapped_column(Boolean)  # returns/voids: back to stock?


class SaleTax(StoreScoped, Base):
    """Per tax class breakdown of a sale (ledger), as printed on the receipt."""

    __tablename__ = "sale_taxes"
    __sync_kind__ = "ledger"

    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), nullable=False, index=True)
    tax_class_code: Mapped[str] = mapped_column(String(32), nullable=False)
    tax_rate: Mapped[Decimal] = mapped_column(DecimalText(), nullable=False)
    taxable_minor: Mapped[int] = mapped_column(Integer, nullable=False)  # net of tax
    tax_minor: Mapped[int] = mapped_column(Integer, nullable=False)


class Payment(StoreScoped, DeviceMade, CreatedAt, Base):
    """A tender applied to a sale (ledger). Refunds are negative rows on the RETURN/VOID sale.

    ``amount_minor`` is what was applied to the sale; for cash ``tendered_minor`` is what the
    customer handed over and ``change_minor`` what went back (amount = tendered - change).
    """

    __tablename__ = "payments"
    __sync_kind__ = "ledger"
    __table_args__ = (Index("ix_payments_method_status", "method", "status"),)

    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), nullable=False, index=True)
    customer_id: Mapped[str | None] = mapped_column(ID)
    shift_id: Mapped[str | None] = mapped_column(ID, index=True)
    method: Mapped[str] = mapped_column(String(24), nullable=False)
    amount_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    tendered_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    change_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    status: Mapped[str] = mapped_column(
        String(24), nullable=False, default=PaymentStatus.COMPLETED.value
    )
    reference: Mapped[str | None] = mapped_column(String(128), index=True)
    points: Mapped[int | None] = mapped_column(Integer)  # LOYALTY_POINTS: points spent
    original_payment_id: Mapped[str | None] = mapped_column(ID)


class PaymentMethod(OrgScoped, Timestamps, Base):
    """Tender types the store accepts (HQ reference data; Sell Sync payment_methods).

    Only CASH ever gives change, and CARD plus the pending-verification methods always need a
    reference, whatever these flags say: the flags can add requirements, not remove them.
    """

    __tablename__ = "payment_methods"
    __sync_kind__ = "hq"
    __table_args__ = (UniqueConstraint("organization_id", "code"),)

    code: Mapped[str] = mapped_column(String(24), nullable=False)  # PaymentMethodCode
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    provider: Mapped[str | None] = mapped_column(String(100))
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    requires_reference: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    pending_verification: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    opens_drawer: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class SaleStatusHistory(StoreScoped, CreatedAt, Base):
    """Status changes of a sale (the sources' order_status_history; ledger)."""

    __tablename__ = "sale_status_history"
    __sync_kind__ = "ledger"

    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), nullable=False, index=True)
    status: Mapped[str | None] = mapped_column(String(24))  # previous status; None when created
    new_status: Mapped[str] = mapped_column(String(24), nullable=False)
    reason: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(String(1000))
    related_sale_id: Mapped[str | None] = mapped_column(ID)  # the VOID/RETURN that caused it
    changed_by_id: Mapped[str | None] = mapped_column(ID)


class HeldTicket(OrgScoped, DeviceMade, Base):
    """A parked cart on this terminal (device-local). Deleted when recalled or discarded."""

    __tablename__ = "held_tickets"
    __sync_kind__ = None

    store_id: Mapped[str] = mapped_column(ID, nullable=False)
    label: Mapped[str] = mapped_column(String(100), nullable=False)
    cart: Mapped[dict[str, Any]] = mapped_column(JSONText(), nullable=False)
    held_by_id: Mapped[str] = mapped_column(ID, nullable=False)
    customer_id: Mapped[str | None] = mapped_column(ID)
    line_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    total_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    created_at: Mapped[datetime] = mapped_column(default=utc_now, nullable=False, index=True)


class ReceiptCounter(Base):
    """Per-device gapless receipt counter (device-local).

    Incremented inside the sale's own transaction, so a rolled-back sale never burns a number.
    """

    __tablename__ = "receipt_counters"
    __sync_kind__ = None

    device_id: Mapped[str] = mapped_column(ID, unique=True, nullable=False)
    next_value: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
