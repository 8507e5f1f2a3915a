"""Seed a catalog into a terminal database: categories, products, translations, opening stock.

Used by ``pos demo`` (2,000+ products) and ``bench/generate.py`` (200,000). Every product goes
through the catalog's own field rules (services/product_rules.py) before it is written, tax
classes and categories come from the catalog services, and the opening stock is one IN/opening
movement per product in the store's default warehouse (services/stock.py), so the rows are what
the services would have written, only in bulk (see bulk.py) and in the caller's transaction.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from sqlalchemy.orm import Session

from pos_desktop.core.ids import new_id
from pos_desktop.demo.bulk import batched, deferred_product_search, insert_rows
from pos_desktop.demo.catalog_data import CATEGORIES
from pos_desktop.demo.products import DemoProduct
from pos_desktop.services import product_rules as rules
from pos_desktop.services.catalog_refs import ensure_category_path, tax_class_by_code
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.stock import default_warehouse_id
from pos_desktop.store.models import Translation
from pos_desktop.store.models.catalog import Category, Product, ProductStatus
from pos_desktop.store.models.inventory import MovementReason, MovementType, StockMovement

ACTIVE: Final = ProductStatus.ACTIVE.value
IN: Final = MovementType.IN.value
OPENING: Final = MovementReason.OPENING.value
# The catalog's unit rule, once per distinct (unit, weighed) pair rather than once per row.
_clean_unit: Final = functools.lru_cache(maxsize=None)(rules.clean_unit)
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
        row.created_at = row.updated_at = now  # stamped like the rest of the seeded data
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
    writer = _Writer(
        session=session,
        ctx=ctx,
        # The codes DemoProduct uses; services.setup seeds them through catalog_refs.
        tax_ids={code: tax_class_by_code(session, org, code).id for code in ("VAT18", "EXEMPT")},
        warehouse_id=default_warehouse_id(session, ctx.terminal.store_id),
        share=random.Random(seed ^ 0x5EED),
        created_by_id=created_by_id,
        now=now,
        make_id=make_id,
        result=CatalogSeed(categories=categories),
    )
    with deferred_product_search(session):
        for chunk in batched(products):
            writer.write(chunk)
    return writer.result


@dataclass
class _Writer:
    session: Session
    ctx: ServiceContext
    tax_ids: dict[str, str]
    warehouse_id: str
    share: random.Random
    created_by_id: str | None
    now: datetime
    make_id: Callable[[], str]
    result: CatalogSeed

    def write(self, chunk: list[DemoProduct]) -> None:
        products: list[dict[str, Any]] = []
        translations: list[dict[str, Any]] = []
        movements: list[dict[str, Any]] = []
        for p in chunk:
            pid = self.make_id()
            products.append(self._product(pid, p))
            if self.share.randrange(100) < TRANSLATED_SHARE:
                org = self.ctx.terminal.organization_id
                for language, value in (("si", p.name_si), ("ta", p.name_ta)):
                    if value:
                        translations.append(
                            _translation(
                                org, PRODUCTS, pid, language, value, self.now, self.make_id
                            )
                        )
            movements.append(self._opening_stock(pid, p))
            self.result.weighed += p.is_weighed
        self.result.products += insert_rows(self.session, Product, products)
        self.result.translations += insert_rows(self.session, Translation, translations)
        self.result.movements += insert_rows(self.session, StockMovement, movements)

    def _product(self, pid: str, p: DemoProduct) -> dict[str, Any]:
        ident = self.ctx.terminal
        return {
            "id": pid,
            "organization_id": ident.organization_id,
            "sku": rules.clean_sku(p.sku),
            "barcode": rules.clean_barcode(p.barcode),
            "name": rules.clean_name(p.name),
            "description": None,
            "price_minor": rules.check_price_minor("price", p.price_minor),
            "cost_minor": rules.check_price_minor("cost", p.cost_minor),
            "currency": ident.currency,
            "category_id": self.result.categories[p.category],
            "tax_class_id": self.tax_ids[p.tax_class],
            "supplier_id": None,
            "status": ACTIVE,
            "is_weighed": p.is_weighed,
            "unit": _clean_unit(p.unit, p.is_weighed),
            "item_code": rules.clean_item_code(p.item_code),
            "stock_threshold_milli": p.threshold_milli,
            "tags": [],
            "images": [],
            "deleted_at": None,
            "created_by_id": self.created_by_id,
            "updated_by_id": self.created_by_id,
            "created_at": self.now,
            "updated_at": self.now,
        }

    def _opening_stock(self, pid: str, p: DemoProduct) -> dict[str, Any]:
        ident = self.ctx.terminal
        return {
            "id": self.make_id(),
            "organization_id": ident.organization_id,
            "store_id": ident.store_id,
            "device_id": ident.device_id,
            "warehouse_id": self.warehouse_id,
            "product_id": pid,
            "variant_id": None,
            "movement_type": IN,
            "reason": OPENING,
            "quantity_milli": p.opening_stock_milli,
            "unit_cost_minor": p.cost_minor,
            "currency": ident.currency,
            "reference_type": None,
            "reference_id": None,
            "transfer_id": None,
            "note": "opening stock",
            "created_by_id": self.created_by_id,
            "created_at": self.now,
        }


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
