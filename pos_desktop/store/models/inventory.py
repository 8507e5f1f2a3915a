"""Inventory: warehouses, per-warehouse stock settings, the stock movement ledger, purchasing.

Stock on hand is never stored: it is the SUM of ``stock_movements.quantity_milli`` (signed, in
thousandths) for a product (and variant) in a warehouse. ``warehouse_inventory`` only holds the
settings of a product in a warehouse (reorder and max levels, reservations).

Movement types and reasons (``movement_type`` / ``reason``):
- IN: restock, purchase, return, transfer_in (paired), opening
- OUT: sale, writeoff, transfer_out (paired), return_to_supplier
- ADJUSTMENT: adjustment, count (a physical count, recorded as the signed difference), damage
- TRANSFER: both legs of a transfer use movement_type TRANSFER with reason transfer_out
  (negative, source warehouse) and transfer_in (positive, destination), sharing a transfer_id.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.store.base import (
    ID,
    Base,
    CreatedAt,
    DeviceMade,
    HlcStamped,
    OrgScoped,
    StoreScoped,
    Timestamps,
)


class MovementType(StrEnum):
    IN = "IN"
    OUT = "OUT"
    ADJUSTMENT = "ADJUSTMENT"
    TRANSFER = "TRANSFER"


class MovementReason(StrEnum):
    SALE = "sale"
    RETURN = "return"
    RESTOCK = "restock"
    PURCHASE = "purchase"
    OPENING = "opening"
    WRITEOFF = "writeoff"
    DAMAGE = "damage"
    COUNT = "count"
    ADJUSTMENT = "adjustment"
    TRANSFER_IN = "transfer_in"
    TRANSFER_OUT = "transfer_out"
    RETURN_TO_SUPPLIER = "return_to_supplier"


class PurchaseOrderStatus(StrEnum):
    DRAFT = "DRAFT"
    ORDERED = "ORDERED"
    PARTIALLY_RECEIVED = "PARTIALLY_RECEIVED"
    RECEIVED = "RECEIVED"
    CANCELLED = "CANCELLED"


class Warehouse(StoreScoped, Timestamps, Base):
    """A stock location of a store (the shop floor is the store's default warehouse)."""

    __tablename__ = "warehouses"
    __sync_kind__ = "hq"
    __table_args__ = (UniqueConstraint("store_id", "code"),)

    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(16))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    address: Mapped[str | None] = mapped_column(String(500))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(200))


class WarehouseInventory(OrgScoped, Timestamps, Base):
    """Settings of one product (or variant) in one warehouse. Quantity is the ledger sum."""

    __tablename__ = "warehouse_inventory"
    __sync_kind__ = "hq"
    __table_args__ = (
        # variant_id NULL means "the product itself"; COALESCE makes NULLs collide as intended.
        Index(
            "uq_warehouse_inventory_item",
            "warehouse_id",
            "product_id",
            text("coalesce(variant_id, '')"),
            unique=True,
        ),
    )

    warehouse_id: Mapped[str] = mapped_column(ID, index=True)
    product_id: Mapped[str] = mapped_column(ID, index=True)
    variant_id: Mapped[str | None] = mapped_column(ID)
    reorder_level_milli: Mapped[int | None] = mapped_column(Integer)
    max_level_milli: Mapped[int | None] = mapped_column(Integer)
    reserved_milli: Mapped[int] = mapped_column(Integer, default=0)
    bin_location: Mapped[str | None] = mapped_column(String(32))


class StockMovement(StoreScoped, DeviceMade, CreatedAt, Base):
    """One signed change of stock. Append-only: a correction is another movement."""

    __tablename__ = "stock_movements"
    __sync_kind__ = "ledger"
    __table_args__ = (
        # Covering index: on-hand is a SUM over (product, warehouse) read from the index alone.
        Index(
            "ix_stock_movements_on_hand",
            "product_id",
            "warehouse_id",
            "variant_id",
            "quantity_milli",
        ),
        Index("ix_stock_movements_reference", "reference_type", "reference_id"),
        Index("ix_stock_movements_warehouse_time", "warehouse_id", "created_at"),
        CheckConstraint(
            "movement_type IN ('IN', 'OUT', 'ADJUSTMENT', 'TRANSFER')", name="type_known"
        ),
        CheckConstraint("quantity_milli <> 0", name="quantity_not_zero"),
    )

    warehouse_id: Mapped[str] = mapped_column(ID)
    product_id: Mapped[str] = mapped_column(ID)
    variant_id: Mapped[str | None] = mapped_column(ID)
    movement_type: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(32))
    quantity_milli: Mapped[int] = mapped_column(Integer)  # signed: + in, - out
    unit_cost_minor: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str | None] = mapped_column(String(3))
    reference_type: Mapped[str | None] = mapped_column(String(32))  # "sale", "return", "po"...
    reference_id: Mapped[str | None] = mapped_column(ID)
    transfer_id: Mapped[str | None] = mapped_column(ID, index=True)
    note: Mapped[str | None] = mapped_column(String(500))
    created_by_id: Mapped[str | None] = mapped_column(ID)


class PurchaseOrder(StoreScoped, DeviceMade, Timestamps, HlcStamped, Base):
    __tablename__ = "purchase_orders"
    __sync_kind__ = "hq"
    __table_args__ = (
        UniqueConstraint("organization_id", "po_number"),
        CheckConstraint(
            "status IN ('DRAFT', 'ORDERED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED')",
            name="status_known",
        ),
    )

    po_number: Mapped[str] = mapped_column(String(32))
    supplier_id: Mapped[str | None] = mapped_column(ID, index=True)
    warehouse_id: Mapped[str | None] = mapped_column(ID, index=True)
    status: Mapped[str] = mapped_column(
        String(24), default=PurchaseOrderStatus.DRAFT.value, index=True
    )
    currency: Mapped[str] = mapped_column(String(3), default="LKR")
    total_minor: Mapped[int] = mapped_column(Integer, default=0)
    expected_delivery: Mapped[date | None] = mapped_column(Date)
    ordered_at: Mapped[datetime | None] = mapped_column()
    received_at: Mapped[datetime | None] = mapped_column()
    notes: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[str | None] = mapped_column(ID)


class PurchaseOrderLine(OrgScoped, Timestamps, Base):
    __tablename__ = "purchase_order_lines"
    __sync_kind__ = "hq"
    __table_args__ = (
        CheckConstraint("ordered_quantity_milli > 0", name="ordered_positive"),
        CheckConstraint("received_quantity_milli >= 0", name="received_not_negative"),
    )

    purchase_order_id: Mapped[str] = mapped_column(ForeignKey("purchase_orders.id"), index=True)
    line_number: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[str] = mapped_column(ID, index=True)
    variant_id: Mapped[str | None] = mapped_column(ID)
    ordered_quantity_milli: Mapped[int] = mapped_column(Integer)
    received_quantity_milli: Mapped[int] = mapped_column(Integer, default=0)
    unit_cost_minor: Mapped[int] = mapped_column(Integer)
