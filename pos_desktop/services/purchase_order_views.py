"""Reading purchase orders: one order with its lines (names, on hand in its warehouse) and a
keyset-paged list filtered by status, supplier or number. Permission MANAGE_PURCHASING."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import NotFoundError
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.services.catalog import search_products
from pos_desktop.services.context import Actor, ServiceContext, require
from pos_desktop.services.purchasing_rules import line_total_minor
from pos_desktop.services.warehouses import list_warehouses
from pos_desktop.store.models.catalog import Product, ProductVariant, Supplier, Unit
from pos_desktop.store.models.inventory import (
    PurchaseOrder,
    PurchaseOrderLine,
    StockMovement,
    Warehouse,
)
from pos_desktop.store.models.inventory import PurchaseOrderStatus as Status

PAGE_SIZE: Final = 100


@dataclass(frozen=True, slots=True)
class PoLineView:
    id: str
    line_number: int
    product_id: str
    variant_id: str | None
    name: str
    sku: str
    barcode: str | None
    weighed: bool  # sold by weight (kg): quantities may have decimals
    ordered_milli: int
    received_milli: int
    unit_cost_minor: int
    currency: str
    on_hand_milli: int  # in the order's warehouse, now

    @property
    def outstanding_milli(self) -> int:
        return max(0, self.ordered_milli - self.received_milli)

    @property
    def unit_cost(self) -> Money:
        return Money(self.unit_cost_minor, self.currency)

    @property
    def total(self) -> Money:
        return Money(line_total_minor(self.ordered_milli, self.unit_cost_minor), self.currency)


@dataclass(frozen=True, slots=True)
class PoView:
    id: str
    po_number: str
    status: Status
    supplier_id: str | None
    supplier_name: str
    warehouse_id: str | None
    warehouse_name: str
    currency: str
    total_minor: int
    expected_delivery: date | None
    created_at: datetime
    ordered_at: datetime | None
    received_at: datetime | None
    notes: str | None
    lines: tuple[PoLineView, ...]

    @property
    def total(self) -> Money:
        return Money(self.total_minor, self.currency)

    @property
    def received_anything(self) -> bool:
        return any(line.received_milli for line in self.lines)

    @property
    def outstanding_lines(self) -> tuple[PoLineView, ...]:
        return tuple(line for line in self.lines if line.outstanding_milli > 0)


@dataclass(frozen=True, slots=True)
class PoSummary:
    id: str
    po_number: str
    status: Status
    supplier_name: str
    warehouse_name: str
    total_minor: int
    currency: str
    expected_delivery: date | None
    created_at: datetime

    @property
    def total(self) -> Money:
        return Money(self.total_minor, self.currency)


def load_po(s: Session, ctx: ServiceContext, po_id: str) -> PurchaseOrder:
    po = s.get(PurchaseOrder, po_id)
    if po is None or po.organization_id != ctx.terminal.organization_id:
        raise NotFoundError("no such purchase order")
    return po


def _on_hand(
    s: Session, warehouse_id: str | None, keys: Iterable[tuple[str, str | None]]
) -> dict[tuple[str, str | None], int]:
    wanted = set(keys)
    totals = dict.fromkeys(wanted, 0)
    if not wanted or warehouse_id is None:
        return totals
    rows = s.execute(
        select(
            StockMovement.product_id,
            StockMovement.variant_id,
            func.sum(StockMovement.quantity_milli),
        )
        .where(
            StockMovement.product_id.in_({k[0] for k in wanted}),
            StockMovement.warehouse_id == warehouse_id,
        )
        .group_by(StockMovement.product_id, StockMovement.variant_id)
    )
    for pid, vid, total in rows:
        if (pid, None) in totals:  # the product line counts every variant of it
            totals[(pid, None)] += int(total)
        if vid is not None and (pid, vid) in totals:
            totals[(pid, vid)] += int(total)
    return totals


def po_view(s: Session, ctx: ServiceContext, po: PurchaseOrder) -> PoView:
    s.flush()
    rows = s.execute(
        select(PurchaseOrderLine, Product, ProductVariant)
        .join(Product, Product.id == PurchaseOrderLine.product_id, isouter=True)
        .join(ProductVariant, ProductVariant.id == PurchaseOrderLine.variant_id, isouter=True)
        .where(PurchaseOrderLine.purchase_order_id == po.id)
        .order_by(PurchaseOrderLine.line_number)
    ).all()
    stock = _on_hand(s, po.warehouse_id, ((r[0].product_id, r[0].variant_id) for r in rows))
    lines = []
    for line, product, variant in rows:
        name = product.name if product is not None else line.product_id
        if variant is not None:
            name = f"{name} {variant.value}"
        lines.append(
            PoLineView(
                id=line.id,
                line_number=line.line_number,
                product_id=line.product_id,
                variant_id=line.variant_id,
                name=name,
                sku=(variant.sku if variant is not None and variant.sku else None)
                or (product.sku if product is not None else ""),
                barcode=(variant.barcode if variant is not None else None)
                or (product.barcode if product is not None else None),
                weighed=product is not None and product.unit == Unit.KILOGRAM.value,
                ordered_milli=line.ordered_quantity_milli,
                received_milli=line.received_quantity_milli,
                unit_cost_minor=line.unit_cost_minor,
                currency=po.currency,
                on_hand_milli=stock[(line.product_id, line.variant_id)],
            )
        )
    supplier = s.get(Supplier, po.supplier_id) if po.supplier_id else None
    warehouse = s.get(Warehouse, po.warehouse_id) if po.warehouse_id else None
    return PoView(
        id=po.id,
        po_number=po.po_number,
        status=Status(po.status),
        supplier_id=po.supplier_id,
        supplier_name=supplier.name if supplier is not None else "",
        warehouse_id=po.warehouse_id,
        warehouse_name=warehouse.name if warehouse is not None else "",
        currency=po.currency,
        total_minor=po.total_minor,
        expected_delivery=po.expected_delivery,
        created_at=po.created_at,
        ordered_at=po.ordered_at,
        received_at=po.received_at,
        notes=po.notes,
        lines=tuple(lines),
    )


def get_purchase_order(ctx: ServiceContext, actor: Actor, po_id: str) -> PoView:
    require(actor, Permission.MANAGE_PURCHASING)
    with ctx.db.read() as s:
        return po_view(s, ctx, load_po(s, ctx, po_id))


def list_purchase_orders(
    ctx: ServiceContext,
    actor: Actor,
    *,
    statuses: Iterable[Status | str] = (),
    supplier_id: str | None = None,
    search: str = "",
    after: tuple[datetime, str] | None = None,
    limit: int = PAGE_SIZE,
) -> list[PoSummary]:
    """Newest first; ``after`` = (created_at, id) of the previous page's last row. ``search``
    matches the order number or the supplier's name."""
    require(actor, Permission.MANAGE_PURCHASING)
    query = (
        select(PurchaseOrder, Supplier.name, Warehouse.name)
        .join(Supplier, Supplier.id == PurchaseOrder.supplier_id, isouter=True)
        .join(Warehouse, Warehouse.id == PurchaseOrder.warehouse_id, isouter=True)
        .where(
            PurchaseOrder.organization_id == ctx.terminal.organization_id,
            PurchaseOrder.store_id == ctx.terminal.store_id,
        )
    )
    wanted = [Status(x).value for x in statuses]
    if wanted:
        query = query.where(PurchaseOrder.status.in_(wanted))
    if supplier_id:
        query = query.where(PurchaseOrder.supplier_id == supplier_id)
    text = search.strip()
    if text:
        like = f"%{text.replace('%', '').replace('_', '')}%"
        query = query.where(or_(PurchaseOrder.po_number.ilike(like), Supplier.name.ilike(like)))
    if after is not None:
        when, pid = after
        query = query.where(
            or_(
                PurchaseOrder.created_at < when,
                (PurchaseOrder.created_at == when) & (PurchaseOrder.id < pid),
            )
        )
    query = query.order_by(PurchaseOrder.created_at.desc(), PurchaseOrder.id.desc())
    with ctx.db.read() as s:
        rows = s.execute(query.limit(max(1, min(limit, 500)))).all()
        return [
            PoSummary(
                id=po.id,
                po_number=po.po_number,
                status=Status(po.status),
                supplier_name=supplier or "",
                warehouse_name=warehouse or "",
                total_minor=po.total_minor,
                currency=po.currency,
                expected_delivery=po.expected_delivery,
                created_at=po.created_at,
            )
            for po, supplier, warehouse in rows
        ]


# -- what the order editor offers ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Choice:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class EditorChoices:
    suppliers: tuple[Choice, ...]  # active ones, by name
    warehouses: tuple[Choice, ...]  # this store's active ones, default first


@dataclass(frozen=True, slots=True)
class PurchasableHit:
    """A product (or variant) found by name, SKU or barcode, with what an order line needs."""

    product_id: str
    variant_id: str | None
    name: str
    sku: str
    barcode: str | None
    weighed: bool
    cost_minor: int | None
    currency: str
    on_hand_milli: int  # in the warehouse asked about


def editor_choices(ctx: ServiceContext, actor: Actor) -> EditorChoices:
    require(actor, Permission.MANAGE_PURCHASING)
    with ctx.db.read() as s:
        suppliers = s.execute(
            select(Supplier.id, Supplier.name)
            .where(
                Supplier.organization_id == ctx.terminal.organization_id,
                Supplier.is_active.is_(True),
                Supplier.deleted_at.is_(None),
            )
            .order_by(Supplier.name, Supplier.id)
        ).all()
        warehouses = list_warehouses(s, ctx)
    return EditorChoices(
        tuple(Choice(i, n) for i, n in suppliers),
        tuple(Choice(w.id, w.name) for w in warehouses),
    )


def search_purchasable(
    ctx: ServiceContext,
    actor: Actor,
    text: str,
    warehouse_id: str | None = None,
    limit: int = 20,
) -> list[PurchasableHit]:
    """The till's product search (exact barcode/SKU first, then names), inactive products
    included (a shop may restock one before selling it again), with cost and on hand."""
    require(actor, Permission.MANAGE_PURCHASING)
    with ctx.db.read() as s:
        hits = search_products(s, text, limit, include_inactive=True)
        ids = {h.product_id for h in hits}
        costs = {
            pid: cost
            for pid, cost in s.execute(
                select(Product.id, Product.cost_minor).where(Product.id.in_(ids))
            )
        }
        stock = _on_hand(s, warehouse_id, ((h.product_id, h.variant_id) for h in hits))
    return [
        PurchasableHit(
            h.product_id,
            h.variant_id,
            h.name,
            h.sku,
            h.barcode,
            h.unit == Unit.KILOGRAM.value,
            costs.get(h.product_id),
            h.currency,
            stock[(h.product_id, h.variant_id)],
        )
        for h in hits
    ]
