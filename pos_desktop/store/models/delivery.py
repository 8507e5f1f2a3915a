"""Delivery orders: orders taken at a store for delivery, their lines, status history,
couriers, deliveries (a courier and a tracking number), their status history, and what was paid.

How each table travels (DESIGN.md sections 3 and 4), and why:

- ``orders``, ``order_items`` (ledger): an order is a document made on one till, like a sale.
  Its content (customer, address, lines, fee, payment method, COD amount) is written once and
  never updated, so two tills can never overwrite each other's copy and HQ merges by
  insert-if-new. A wrong address or line is corrected by cancelling and taking a new order
  (the history note says why), exactly as a sale is voided, never edited.
- ``order_status_history`` (ledger): every status change is a new row carrying ``seq``, the
  position it extends (the previous row's ``seq`` + 1). The order's current status is DERIVED:
  the row with the highest ``seq`` (ties: latest ``created_at``, then id). Last-writer-wins on a
  ``status`` column would lose one of two offline changes; here both are kept. Two tills that
  change the same order offline write two rows with the same ``seq``: both stay in the history
  (``concurrent`` in the service's view flags it for a manager), the later one is in force,
  and the next change, made by someone who saw both, continues after them.
- ``deliveries`` (ledger): assigning a courier is a fact with its tracking number; assigning
  another courier is a new delivery (the old one ends RETURNED). ``delivery_status_history``
  (ledger) derives a delivery's status the same way as orders.
- ``order_payments`` (ledger): money received for an order: the prepayment (bank transfer,
  PayHere, LankaQR, card) when the order is taken, the cash a courier collected (COD) when it
  is settled after delivery. A settled delivery is one that has its payment row.
- ``couriers`` (hq): reference data of the organization, edited in the back office; HQ applies
  row-level last-writer-wins and sends it to every store.

Order and tracking numbers are unique within a store by construction (see
``services/delivery_numbers.py``); the unique keys are per store (HQ adds the organization).
A delivered order is not turned into a POS sale: its goods leave stock when the order is
PACKED (``stock_movements`` with reference ``order``), and a cancellation after that returns
them.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

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


class OrderStatus(StrEnum):
    PENDING = "PENDING"
    CONFIRMED = "CONFIRMED"
    PROCESSING = "PROCESSING"
    PACKED = "PACKED"
    OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY"
    DELIVERED = "DELIVERED"
    CANCELLED = "CANCELLED"


class DeliveryStatus(StrEnum):
    PENDING = "PENDING"
    PROCESSING = "PROCESSING"
    DISPATCHED = "DISPATCHED"
    DELIVERED = "DELIVERED"
    RETURNED = "RETURNED"


class CourierStatus(StrEnum):
    AVAILABLE = "AVAILABLE"
    BUSY = "BUSY"
    OFFLINE = "OFFLINE"


class OrderPaymentMethod(StrEnum):
    COD = "COD"
    BANK_TRANSFER = "BANK_TRANSFER"
    PAYHERE = "PAYHERE"
    LANKAQR = "LANKAQR"
    CARD = "CARD"
    CASH = "CASH"  # paid at the counter when the order was taken


class Order(StoreScoped, DeviceMade, CreatedAt, Base):
    """A delivery order as taken (ledger: never updated; its status is in the history)."""

    __tablename__ = "orders"
    __sync_kind__ = "ledger"
    __table_args__ = (
        UniqueConstraint("store_id", "order_number"),
        Index("ix_orders_store_created", "store_id", "created_at"),
    )

    order_number: Mapped[str] = mapped_column(String(8), nullable=False)
    customer_id: Mapped[str | None] = mapped_column(ID, index=True)
    customer_name: Mapped[str] = mapped_column(String(200), nullable=False)
    customer_phone: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    # {"line1", "line2", "city", "district", "postal_code"}: what the label prints.
    shipping_address: Mapped[dict[str, Any]] = mapped_column(JSONText(), nullable=False)
    payment_method: Mapped[str] = mapped_column(String(24), nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    tax_inclusive: Mapped[bool] = mapped_column(Boolean, nullable=False)
    # subtotal = sum of line totals (as priced); total = subtotal (+ tax when prices exclude
    # it) + delivery fee; cod_amount = what the courier collects (total for COD, else 0).
    subtotal_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    tax_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    delivery_fee_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    total_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    cod_amount_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    notes: Mapped[str | None] = mapped_column(String(1000))
    created_by_id: Mapped[str | None] = mapped_column(ID)


class OrderItem(StoreScoped, Base):
    """One line of an order (ledger). Name and SKU are snapshots taken with the order."""

    __tablename__ = "order_items"
    __sync_kind__ = "ledger"
    __table_args__ = (CheckConstraint("quantity_milli > 0", name="quantity_positive"),)

    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), nullable=False, index=True)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    product_id: Mapped[str] = mapped_column(ID, nullable=False, index=True)
    variant_id: Mapped[str | None] = mapped_column(ID)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    sku: Mapped[str | None] = mapped_column(String(64))
    quantity_milli: Mapped[int] = mapped_column(Integer, nullable=False)
    unit_price_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    tax_rate: Mapped[Decimal] = mapped_column(DecimalText(), nullable=False, default=Decimal(0))
    tax_minor: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    total_minor: Mapped[int] = mapped_column(Integer, nullable=False)  # quantity x unit price


class OrderStatusHistory(StoreScoped, DeviceMade, CreatedAt, Base):
    """One status change of an order (ledger); the latest by ``seq`` is the order's status."""

    __tablename__ = "order_status_history"
    __sync_kind__ = "ledger"
    __table_args__ = (Index("ix_order_status_history_order_seq", "order_id", "seq"),)

    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str | None] = mapped_column(String(24))  # previous; None when created
    new_status: Mapped[str] = mapped_column(String(24), nullable=False)
    reason: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(String(1000))
    changed_by_id: Mapped[str | None] = mapped_column(ID)


class Courier(OrgScoped, Timestamps, Base):
    """A delivery rider or courier company (HQ reference data of the organization)."""

    __tablename__ = "couriers"
    __sync_kind__ = "hq"
    __table_args__ = (
        CheckConstraint("status IN ('AVAILABLE', 'BUSY', 'OFFLINE')", name="status_known"),
    )

    name: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(200))
    vehicle_type: Mapped[str | None] = mapped_column(String(32))  # bike, three-wheeler, van
    status: Mapped[str] = mapped_column(
        String(16), nullable=False, default=CourierStatus.AVAILABLE.value
    )
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Delivery(StoreScoped, DeviceMade, CreatedAt, Base):
    """A courier assigned to an order with a tracking number (ledger)."""

    __tablename__ = "deliveries"
    __sync_kind__ = "ledger"
    __table_args__ = (UniqueConstraint("store_id", "tracking_number"),)

    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), nullable=False, index=True)
    courier_id: Mapped[str] = mapped_column(ID, nullable=False, index=True)
    tracking_number: Mapped[str] = mapped_column(String(11), nullable=False)
    tracking_seq: Mapped[int] = mapped_column(Integer, nullable=False)  # this till's counter
    address: Mapped[dict[str, Any]] = mapped_column(JSONText(), nullable=False)
    special_instructions: Mapped[str | None] = mapped_column(String(1000))
    estimated_delivery_at: Mapped[datetime | None] = mapped_column()
    created_by_id: Mapped[str | None] = mapped_column(ID)


class DeliveryStatusHistory(StoreScoped, DeviceMade, CreatedAt, Base):
    """One status change of a delivery (ledger); derived like an order's status."""

    __tablename__ = "delivery_status_history"
    __sync_kind__ = "ledger"
    __table_args__ = (Index("ix_delivery_status_history_delivery_seq", "delivery_id", "seq"),)

    delivery_id: Mapped[str] = mapped_column(ForeignKey("deliveries.id"), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str | None] = mapped_column(String(16))
    new_status: Mapped[str] = mapped_column(String(16), nullable=False)
    reason: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(String(1000))
    changed_by_id: Mapped[str | None] = mapped_column(ID)


class OrderPayment(StoreScoped, DeviceMade, CreatedAt, Base):
    """Money received for an order (ledger): a prepayment, or COD cash settled after delivery.

    ``expected_minor`` is what was due (the COD amount); ``amount_minor`` what was received,
    so a short settlement stays visible."""

    __tablename__ = "order_payments"
    __sync_kind__ = "ledger"

    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), nullable=False, index=True)
    delivery_id: Mapped[str | None] = mapped_column(ID, index=True)
    method: Mapped[str] = mapped_column(String(24), nullable=False)
    amount_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    expected_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    reference: Mapped[str | None] = mapped_column(String(128))
    note: Mapped[str | None] = mapped_column(String(500))
    received_by_id: Mapped[str | None] = mapped_column(ID)
