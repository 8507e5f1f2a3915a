"""Catalog: categories, tax classes, suppliers, products and their variants.

All of it is HQ-authoritative reference data (``__sync_kind__ = "hq"``): HQ broadcasts it and a
terminal's local edits are proposals HQ re-broadcasts.

Conventions specific to the catalog:
- ``barcode`` is a valid GTIN (EAN-8, UPC-A, EAN-13, GTIN-14) or NULL; never an empty string
  (services normalise "" to NULL so the index holds only real codes).
- ``item_code`` is the 5-digit article number embedded in in-store weight/price barcodes
  (e.g. ``2 IIIII VVVVV C``); unique per organization when set.
- ``TaxClass.rate`` is a fraction (``Decimal("0.18")`` for 18 %), exact text, never float.
- ``Product.unit`` is ``"pcs"`` or ``"kg"``; weighed items are sold in kg with 3 decimals.
- Quantities are integer thousandths (``stock_threshold_milli``: 5 pcs is 5000).
- Cross-document references (category, tax class, supplier) are plain indexed ids without FK
  (pulled rows arrive in any order); a variant belongs to its product's document, so it has a
  real FK.
"""

from __future__ import annotations

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
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.store.base import ID, Base, HlcStamped, OrgScoped, SoftDelete, Timestamps
from pos_desktop.store.types import DecimalText


class ProductStatus(StrEnum):
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    DRAFT = "DRAFT"


class Unit(StrEnum):
    PIECES = "pcs"
    KILOGRAM = "kg"


class Category(OrgScoped, Timestamps, Base):
    """A node of the category tree (``parent_id`` None for a root)."""

    __tablename__ = "categories"
    __sync_kind__ = "hq"
    __table_args__ = (UniqueConstraint("organization_id", "slug"),)

    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    parent_id: Mapped[str | None] = mapped_column(ID, index=True)
    image: Mapped[str | None] = mapped_column(String(500))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class TaxClass(OrgScoped, Timestamps, Base):
    """A tax rate products point at: VAT18 (0.18), ZERO (zero-rated), EXEMPT (outside VAT)."""

    __tablename__ = "tax_classes"
    __sync_kind__ = "hq"
    __table_args__ = (UniqueConstraint("organization_id", "code"),)

    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100))
    rate: Mapped[Decimal] = mapped_column(DecimalText())  # fraction: 0.18 is 18 %
    # Zero-rated and exempt both charge 0, but only zero-rated sales are VAT-able turnover.
    is_exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class Supplier(OrgScoped, Timestamps, SoftDelete, Base):
    __tablename__ = "suppliers"
    __sync_kind__ = "hq"

    name: Mapped[str] = mapped_column(String(200), index=True)
    contact_person: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(String(500))
    tax_number: Mapped[str | None] = mapped_column(String(32))
    notes: Mapped[str | None] = mapped_column(Text)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class Product(OrgScoped, Timestamps, SoftDelete, HlcStamped, Base):
    __tablename__ = "products"
    __sync_kind__ = "hq"
    # Unique keys lead with the code itself so a lookup by code alone (a scan, an exact SKU in
    # search) uses the index; organization_id second keeps them unique per tenant at HQ.
    __table_args__ = (
        UniqueConstraint("sku", "organization_id"),
        Index("ix_products_barcode", "barcode"),
        # The back-office list (services/catalog_list.py): "ORDER BY name|price, id LIMIT n"
        # and "WHERE status|tax class|category = ? ORDER BY name, id" read in index order.
        Index("ix_products_name", "name", "id"),
        Index("ix_products_price", "price_minor", "id"),
        Index("ix_products_status", "status", "name", "id"),
        Index("ix_products_category_id", "category_id", "name", "id"),
        Index("ix_products_tax_class_id", "tax_class_id", "name", "id"),
        Index(
            "uq_products_item_code",
            "item_code",
            "organization_id",
            unique=True,
            sqlite_where=text("item_code IS NOT NULL"),
            postgresql_where=text("item_code IS NOT NULL"),
        ),
        CheckConstraint("price_minor >= 0", name="price_not_negative"),
        CheckConstraint("unit IN ('pcs', 'kg')", name="unit_known"),
        CheckConstraint("status IN ('ACTIVE', 'INACTIVE', 'DRAFT')", name="status_known"),
    )

    sku: Mapped[str] = mapped_column(String(64))
    barcode: Mapped[str | None] = mapped_column(String(14))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    price_minor: Mapped[int] = mapped_column(Integer)
    cost_minor: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="LKR")
    category_id: Mapped[str | None] = mapped_column(ID)  # indexed with name
    tax_class_id: Mapped[str | None] = mapped_column(ID)  # indexed with name
    supplier_id: Mapped[str | None] = mapped_column(ID, index=True)
    status: Mapped[str] = mapped_column(String(16), default=ProductStatus.ACTIVE.value)
    is_weighed: Mapped[bool] = mapped_column(Boolean, default=False)
    unit: Mapped[str] = mapped_column(String(8), default=Unit.PIECES.value)
    item_code: Mapped[str | None] = mapped_column(String(5))
    stock_threshold_milli: Mapped[int | None] = mapped_column(Integer)
    tags: Mapped[list[Any]] = mapped_column(default=list)
    images: Mapped[list[Any]] = mapped_column(default=list)
    weight_grams: Mapped[int | None] = mapped_column(Integer)
    dimensions: Mapped[dict[str, Any] | None] = mapped_column()
    seo_title: Mapped[str | None] = mapped_column(String(200))
    seo_description: Mapped[str | None] = mapped_column(String(500))
    created_by_id: Mapped[str | None] = mapped_column(ID)
    updated_by_id: Mapped[str | None] = mapped_column(ID)


class ProductVariant(OrgScoped, Timestamps, Base):
    """A sellable variation (size, colour...). ``price_minor`` None: the product's price."""

    __tablename__ = "product_variants"
    __sync_kind__ = "hq"
    __table_args__ = (
        Index("ix_product_variants_barcode", "barcode"),
        Index(
            "uq_product_variants_sku",
            "sku",
            "organization_id",
            unique=True,
            sqlite_where=text("sku IS NOT NULL"),
            postgresql_where=text("sku IS NOT NULL"),
        ),
    )

    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))  # e.g. "Size"
    value: Mapped[str] = mapped_column(String(100))  # e.g. "1 kg"
    sku: Mapped[str | None] = mapped_column(String(64))
    barcode: Mapped[str | None] = mapped_column(String(14))
    price_minor: Mapped[int | None] = mapped_column(Integer)
    images: Mapped[list[Any]] = mapped_column(default=list)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
