"""The back office's stock list: stock per warehouse a page at a time, and the reorder level and
maximum of a product in a warehouse (``warehouse_inventory``).

Paging is keyset on the product's SKU (the ``(sku, organization_id)`` unique index), so a page
costs the same at the start and at the end of a 200,000-product catalog and nothing loads the
whole catalog. On hand is a correlated ``SUM`` per product over the ledger's covering index
(product, warehouse, variant, quantity). A text filter goes through the products' FTS index; a
status filter (low, negative, over maximum) reads products in SKU order until the page is full.

Status: NEGATIVE below zero; LOW at or below the warehouse's reorder level (or the product's own
threshold when the warehouse sets none), as notifications_stock decides; OVER above the maximum.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Final

from sqlalchemy import and_, column, func, literal, literal_column, or_, select, table
from sqlalchemy.orm import Session

from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.core.quantity import from_milli, parse_quantity, to_milli
from pos_desktop.services.catalog import fts_query
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.services.notifications_stock import StockKey, check_stock_levels
from pos_desktop.store.models.catalog import Category, Product, Unit
from pos_desktop.store.models.inventory import StockMovement, Warehouse, WarehouseInventory

MAX_PAGE: Final = 500
FTS_DRIVE_LIMIT: Final = 20_000  # below this many text matches they drive the query (a sort)


class StockStatus(StrEnum):
    OK = "OK"
    LOW = "LOW"
    NEGATIVE = "NEGATIVE"
    OVER = "OVER"


@dataclass(frozen=True, slots=True)
class StockRow:
    product_id: str
    sku: str
    name: str
    unit: str
    on_hand_milli: int
    reorder_level_milli: int | None  # the warehouse's level, else the product's threshold
    max_level_milli: int | None
    level_is_own: bool  # the reorder level is set for this warehouse
    cost_minor: int | None
    status: StockStatus

    @property
    def on_hand(self) -> Decimal:
        return from_milli(self.on_hand_milli)


@dataclass(frozen=True, slots=True)
class StockPage:
    rows: list[StockRow]
    next_after: str | None  # the SKU to pass as ``after`` for the next page; None at the end


def status_of(on_hand: int, reorder: int | None, maximum: int | None) -> StockStatus:
    if on_hand < 0:
        return StockStatus.NEGATIVE
    if reorder is not None and on_hand <= reorder:
        return StockStatus.LOW
    if maximum is not None and on_hand > maximum:
        return StockStatus.OVER
    return StockStatus.OK


_WI = WarehouseInventory
_FTS = table("products_fts", column("product_id"))  # store/ddl.py: FTS5 over name and codes


def list_stock(
    session: Session,
    ctx: ServiceContext,
    warehouse_id: str,
    *,
    text: str = "",
    category_id: str | None = None,
    status: StockStatus | None = None,
    after: str | None = None,
    limit: int = 100,
) -> StockPage:
    """One page of products with their stock in ``warehouse_id``, in SKU order after ``after``.
    ``status`` keeps only rows of that status (OK keeps the rest)."""
    if not 1 <= limit <= MAX_PAGE:
        raise ValidationError(f"a page holds 1-{MAX_PAGE} rows")
    sm = StockMovement
    on_hand = (
        select(func.coalesce(func.sum(sm.quantity_milli), 0))
        .where(sm.product_id == Product.id, sm.warehouse_id == warehouse_id)
        .scalar_subquery()
    )
    reorder = func.coalesce(_WI.reorder_level_milli, Product.stock_threshold_milli)
    query = (
        select(
            Product.id,
            Product.sku,
            Product.name,
            Product.unit,
            # Without a status filter on hand is read for the page only, after paging: in a
            # select sorted by a temp B-tree SQLite would sum the ledger for every candidate.
            (on_hand if status is not None else literal(0)).label("on_hand"),
            reorder.label("reorder"),
            _WI.max_level_milli,
            _WI.reorder_level_milli.is_not(None),
            Product.cost_minor,
        )
        .outerjoin(
            _WI,
            and_(
                _WI.product_id == Product.id,
                _WI.warehouse_id == warehouse_id,
                _WI.variant_id.is_(None),
            ),
        )
        .where(
            # Unary + keeps SQLite off ix_products_organization_id (every product matches it
            # and the page would be sorted in a temp B-tree): it walks the SKU index instead.
            literal_column("+products.organization_id") == ctx.terminal.organization_id,
            Product.deleted_at.is_(None),
        )
        .order_by(Product.sku)
    )
    if after is not None:
        query = query.where(Product.sku > after)
    if category_id:
        query = query.where(Product.category_id == category_id)
    match = fts_query(text) if text.strip() else None
    if match is not None:
        matching = literal_column("products_fts").op("MATCH")(match)
        hits = select(_FTS.c.product_id).where(matching)
        many = session.execute(select(func.count()).select_from(_FTS).where(matching)).scalar_one()
        # Few matches: drive from the FTS result and sort it. Many (one or two letters typed):
        # walk the SKU index and test each product against the matches (+ hides the id index).
        key = literal_column("+products.id") if many > FTS_DRIVE_LIMIT else Product.id
        query = query.where(key.in_(hits))
    if status is StockStatus.NEGATIVE:
        # Few products are negative: find them in the ledger and sort those.
        below = (
            select(sm.product_id)
            .where(sm.warehouse_id == warehouse_id)
            .group_by(sm.product_id)
            .having(func.sum(sm.quantity_milli) < 0)
        )
        query = query.where(Product.id.in_(below), on_hand < 0)
    elif status is StockStatus.LOW:
        query = query.where(on_hand >= 0, reorder.is_not(None), on_hand <= reorder)
    elif status is StockStatus.OVER:
        query = query.where(
            on_hand >= 0,
            or_(reorder.is_(None), on_hand > reorder),
            _WI.max_level_milli.is_not(None),
            on_hand > _WI.max_level_milli,
        )
    elif status is StockStatus.OK:
        query = query.where(
            on_hand >= 0,
            or_(reorder.is_(None), on_hand > reorder),
            or_(_WI.max_level_milli.is_(None), on_hand <= _WI.max_level_milli),
        )
    found = session.execute(query.limit(limit + 1)).all()
    more = len(found) > limit
    found = found[:limit]
    if status is None:
        sums = _on_hand_page(session, [r[0] for r in found], warehouse_id)
        found = [(*r[:4], sums.get(r[0], 0), *r[5:]) for r in found]  # type: ignore[misc]
    rows = [
        StockRow(
            pid,
            sku,
            name,
            unit,
            int(qty),
            level,
            maximum,
            bool(own),
            cost,
            status_of(int(qty), level, maximum),
        )
        for pid, sku, name, unit, qty, level, maximum, own, cost in found
    ]
    return StockPage(rows, rows[-1].sku if more and rows else None)


def _on_hand_page(session: Session, product_ids: list[str], warehouse_id: str) -> dict[str, int]:
    if not product_ids:
        return {}
    sm = StockMovement
    rows = session.execute(
        select(sm.product_id, func.sum(sm.quantity_milli))
        .where(sm.product_id.in_(product_ids), sm.warehouse_id == warehouse_id)
        .group_by(sm.product_id)
    )
    return {pid: int(total) for pid, total in rows}


# -- reorder level and maximum ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LevelsResult:
    product_id: str
    warehouse_id: str
    reorder_level_milli: int | None
    max_level_milli: int | None
    changes: Changes


def _level(product: Product, value: Decimal | str | int | None, what: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        qty = parse_quantity(value, allow_zero=True)
    except ValidationError as exc:
        raise ValidationError(f"the {what} must be a quantity of 0 or more") from exc
    if product.unit == Unit.PIECES.value and qty != qty.to_integral_value():
        raise ValidationError(f"{product.name} is counted in pieces; the {what} is a whole number")
    return to_milli(qty)


def set_stock_levels(
    ctx: ServiceContext,
    actor: Actor,
    product_id: str,
    warehouse_id: str,
    *,
    reorder_level: Decimal | str | int | None,
    max_level: Decimal | str | int | None,
) -> LevelsResult:
    """Set (or clear with None/"") the reorder level and maximum of a product in a warehouse.
    Both are 0 or more and the maximum is not below the reorder level. A product already at or
    below its new level is flagged LOW at once (once, as every stock alert)."""
    require(actor, Permission.MANAGE_INVENTORY)
    with ctx.db.uow() as uow:
        s = uow.session
        product = s.get(Product, product_id)
        if product is None or product.organization_id != ctx.terminal.organization_id:
            raise NotFoundError("no such product")
        wh = s.get(Warehouse, warehouse_id)
        if wh is None or wh.organization_id != ctx.terminal.organization_id:
            raise NotFoundError("no such warehouse")
        reorder = _level(product, reorder_level, "reorder level")
        maximum = _level(product, max_level, "maximum")
        if reorder is not None and maximum is not None and maximum < reorder:
            raise ValidationError(
                f"the maximum ({from_milli(maximum)}) cannot be below the reorder level "
                f"({from_milli(reorder)})"
            )
        row = s.execute(
            select(_WI).where(
                _WI.warehouse_id == wh.id, _WI.product_id == product.id, _WI.variant_id.is_(None)
            )
        ).scalar_one_or_none()
        old = None
        if row is None:
            row = _WI(
                organization_id=ctx.terminal.organization_id,
                warehouse_id=wh.id,
                product_id=product.id,
                variant_id=None,
            )
            s.add(row)
        else:
            old = {
                "reorder_level_milli": row.reorder_level_milli,
                "max_level_milli": row.max_level_milli,
            }
        row.reorder_level_milli = reorder
        row.max_level_milli = maximum
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "stock.levels",
                "products",
                product.id,
                old,
                {
                    "sku": product.sku,
                    "warehouse_id": wh.id,
                    "reorder_level_milli": reorder,
                    "max_level_milli": maximum,
                },
            ),
        )
        if reorder is not None:
            sm = StockMovement
            qty = s.execute(
                select(func.coalesce(func.sum(sm.quantity_milli), 0)).where(
                    sm.product_id == product.id, sm.warehouse_id == wh.id
                )
            ).scalar_one()
            check_stock_levels(s, ctx, {StockKey(product.id, wh.id, None): int(qty)})
        uow.commit()
    return LevelsResult(
        product_id,
        warehouse_id,
        reorder,
        maximum,
        Changes.of("warehouse_inventory", "stock_movements", ids=(product_id,)),
    )


def category_choices(session: Session, ctx: ServiceContext) -> list[tuple[str, str]]:
    """(id, name) of the organization's active categories, by name, for filters."""
    rows = session.execute(
        select(Category.id, Category.name)
        .where(
            Category.organization_id == ctx.terminal.organization_id,
            Category.is_active.is_(True),
        )
        .order_by(Category.name)
    )
    return [(i, n) for i, n in rows]
