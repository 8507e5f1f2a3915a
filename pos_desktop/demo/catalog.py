"""Seed a catalog into a terminal database: categories, products, translations, opening stock.

Used by ``pos demo`` (2,000+ products) and ``bench/generate.py`` (200,000). Every product goes
through the catalog's own field rules (services/product_rules.py) before it is written, tax
classes and categories come from the catalog services, and the opening stock is one IN/opening
movement per product in the store's default warehouse (services/stock.py), so the rows are what
the services would have written, only in bulk (see bulk.py) and in the caller's transaction.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from sqlalchemy.orm import Session

from pos_desktop.core.ids import new_id
from pos_desktop.demo.bulk import batched, insert_rows
from pos_desktop.demo.catalog_data import CATEGORIES
from pos_desktop.demo.products import DemoProduct
from pos_desktop.services import product_rules as rules
from pos_desktop.services.catalog_refs import ensure_category_path, tax_class_by_code
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.stock import default_warehouse_id
from pos_desktop.store.models import Translation
from pos_desktop.store.models.catalog import Category, Product, ProductStatus
from pos_desktop.store.models.inventory import MovementReason, MovementType, StockMovement

TRANSLATED_SHARE: Final = 60  # percent of products given Sinhala and Tamil names
PRODUCTS: Final = "products"
CATEGORIES_RESOURCE: Final = "categories"


@dataclass
class CatalogSeed:
    categories: dict[str, str] = field(default_factory=dict)  # CategorySpec.key -> id
    products: int = 0
    weighed: int = 0
    translations: int = 0
    movements: int = 0


def seed_categories(
    session: Session, ctx: ServiceContext, now: datetime, make_id: Callable[[], str] = new_id
) -> dict[str, str]:
    """The demo categories (English name, Sinhala and Tamil translations); key -> id."""
    org = ctx.terminal.organization_id
    ids: dict[str, str] = {}
    translations: list[dict[str, Any]] = []
    for order, spec in enumerate(CATEGORIES):
        category_id = ensure_category_path(session, org, spec.name)
        row = session.get(Category, category_id)
        assert row is not None
        row.sort_order = order
        ids[spec.key] = category_id
        for language, value in (("si", spec.si), ("ta", spec.ta)):
            translations.append(
                _translation(org, CATEGORIES_RESOURCE, category_id, language, value, now, make_id)
            )
    session.flush()
    insert_rows(session, Translation, translations)
    return ids


def seed_products(
    session: Session,
    ctx: ServiceContext,
    products: Iterable[DemoProduct],
    *,
    categories: dict[str, str],
    created_by_id: str | None,
    now: datetime,
    seed: int,
    make_id: Callable[[], str] = new_id,
) -> CatalogSeed:
    """Write ``products`` with their translations and opening stock, in batches."""
    org = ctx.terminal.organization_id
    ident = ctx.terminal
    tax_ids = {
        code: tax_class_by_code(session, org, code).id
        for code in {"VAT18", "EXEMPT"}  # the codes DemoProduct uses (catalog_refs seeds them)
    }
    warehouse_id = default_warehouse_id(session, ident.store_id)
    share = random.Random(seed ^ 0x5EED)
    result = CatalogSeed(categories=categories)
    for chunk in batched(products):
        product_rows: list[dict[str, Any]] = []
        translation_rows: list[dict[str, Any]] = []
        movement_rows: list[dict[str, Any]] = []
        for p in chunk:
            pid = make_id()
            product_rows.append(
                {
                    "id": pid,
                    "organization_id": org,
                    "sku": rules.clean_sku(p.sku),
                    "barcode": rules.clean_barcode(p.barcode),
                    "name": rules.clean_name(p.name),
                    "description": None,
                    "price_minor": rules.check_price_minor("price", p.price_minor),
                    "cost_minor": rules.check_price_minor("cost", p.cost_minor),
                    "currency": ident.currency,
                    "category_id": categories[p.category],
                    "tax_class_id": tax_ids[p.tax_class],
                    "supplier_id": None,
                    "status": ProductStatus.ACTIVE.value,
                    "is_weighed": p.is_weighed,
                    "unit": rules.clean_unit(p.unit, p.is_weighed),
                    "item_code": rules.clean_item_code(p.item_code),
                    "stock_threshold_milli": p.threshold_milli,
                    "tags": [],
                    "images": [],
                    "created_by_id": created_by_id,
                    "updated_by_id": created_by_id,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            if share.randrange(100) < TRANSLATED_SHARE:
                for language, value in (("si", p.name_si), ("ta", p.name_ta)):
                    if value:
                        translation_rows.append(
                            _translation(org, PRODUCTS, pid, language, value, now, make_id)
                        )
            movement_rows.append(
                {
                    "id": make_id(),
                    "organization_id": org,
                    "store_id": ident.store_id,
                    "device_id": ident.device_id,
                    "warehouse_id": warehouse_id,
                    "product_id": pid,
                    "variant_id": None,
                    "movement_type": MovementType.IN.value,
                    "reason": MovementReason.OPENING.value,
                    "quantity_milli": p.opening_stock_milli,
                    "unit_cost_minor": p.cost_minor,
                    "currency": ident.currency,
                    "reference_type": None,
                    "reference_id": None,
                    "transfer_id": None,
                    "note": "opening stock",
                    "created_by_id": created_by_id,
                    "created_at": now,
                }
            )
            result.weighed += p.is_weighed
        result.products += insert_rows(session, Product, product_rows)
        result.translations += insert_rows(session, Translation, translation_rows)
        result.movements += insert_rows(session, StockMovement, movement_rows)
    return result


def _translation(
    org: str,
    resource: str,
    resource_id: str,
    language: str,
    value: str,
    now: datetime,
    make_id: Callable[[], str],
) -> dict[str, Any]:
    return {
        "id": make_id(),
        "organization_id": org,
        "language": language,
        "resource": resource,
        "resource_id": resource_id,
        "field": "name",
        "value": rules.nfc(value),
        "created_at": now,
        "updated_at": now,
    }
