"""Suggested orders from reorder levels, grouped by supplier, and draft orders made from them
(permission MANAGE_PURCHASING).

For every item of a warehouse with a reorder level (``warehouse_inventory``):
on hand (the ledger sum in that warehouse) plus on order (what open orders for that warehouse
still expect: ordered minus received on DRAFT, ORDERED and PARTIALLY_RECEIVED orders) is the
stock the shop will have. When that is at or below the reorder level the suggestion is
``max - (on hand + on order)`` (purchasing_rules.suggested_quantity_milli), rounded up to whole
pieces for items sold by the piece. Drafts count as on order so that making drafts from a
suggestion twice does not order the same goods twice. Items are grouped by the product's
supplier; items without an (active) supplier are listed but get no draft.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import case, func, select

from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.core.quantity import from_milli
from pos_desktop.services.context import Actor, Changes, ServiceContext, require
from pos_desktop.services.purchase_orders import PoDraft, PoLineDraft, new_draft
from pos_desktop.services.purchasing_rules import line_total_minor, suggested_quantity_milli
from pos_desktop.services.stock import default_warehouse_id
from pos_desktop.store.models.catalog import Product, ProductStatus, ProductVariant, Supplier, Unit
from pos_desktop.store.models.inventory import (
    PurchaseOrder,
    PurchaseOrderLine,
    StockMovement,
    WarehouseInventory,
)
from pos_desktop.store.models.inventory import PurchaseOrderStatus as Status

ON_ORDER_STATUSES: Final = (Status.DRAFT, Status.ORDERED, Status.PARTIALLY_RECEIVED)
Key = tuple[str, str | None]


@dataclass(frozen=True, slots=True)
class SuggestionLine:
    product_id: str
    variant_id: str | None
    name: str
    sku: str
    weighed: bool
    on_hand_milli: int
    on_order_milli: int
    reorder_level_milli: int
    max_level_milli: int | None
    quantity_milli: int  # suggested
    unit_cost_minor: int  # the product's cost (0 when it has none yet)
    currency: str

    @property
    def total(self) -> Money:
        return Money(line_total_minor(self.quantity_milli, self.unit_cost_minor), self.currency)


@dataclass(frozen=True, slots=True)
class SupplierSuggestion:
    supplier_id: str | None  # None: the products have no active supplier
    supplier_name: str
    lines: tuple[SuggestionLine, ...]

    @property
    def total(self) -> Money:
        currency = self.lines[0].currency if self.lines else "LKR"
        return Money(sum(x.total.minor for x in self.lines), currency)


@dataclass(frozen=True, slots=True)
class Suggestions:
    warehouse_id: str
    groups: tuple[SupplierSuggestion, ...]


@dataclass(frozen=True, slots=True)
class DraftsResult:
    po_ids: tuple[str, ...]
    po_numbers: tuple[str, ...]
    skipped_without_supplier: int  # items left out: no active supplier to order from
    changes: Changes


def _round_up_to_piece(milli: int) -> int:
    return -(-milli // 1000) * 1000


def suggest_orders(
    ctx: ServiceContext, actor: Actor, warehouse_id: str | None = None
) -> Suggestions:
    """What to order for ``warehouse_id`` (default: the store's default warehouse)."""
    require(actor, Permission.MANAGE_PURCHASING)
    with ctx.db.read() as s:
        wid = warehouse_id or default_warehouse_id(s, ctx.terminal.store_id)
        settings = s.execute(
            select(WarehouseInventory, Product)
            .join(Product, Product.id == WarehouseInventory.product_id)
            .where(
                WarehouseInventory.warehouse_id == wid,
                WarehouseInventory.reorder_level_milli.is_not(None),
                Product.deleted_at.is_(None),
                Product.status == ProductStatus.ACTIVE.value,
            )
        ).all()
        if not settings:
            return Suggestions(wid, ())
        pids = sorted({p.id for _, p in settings})
        stock: dict[Key, int] = defaultdict(int)
        for start in range(0, len(pids), 500):
            chunk = pids[start : start + 500]
            for pid, vid, total in s.execute(
                select(
                    StockMovement.product_id,
                    StockMovement.variant_id,
                    func.sum(StockMovement.quantity_milli),
                )
                .where(StockMovement.warehouse_id == wid, StockMovement.product_id.in_(chunk))
                .group_by(StockMovement.product_id, StockMovement.variant_id)
            ):
                stock[(pid, None)] += int(total)  # the product counts every variant
                if vid is not None:
                    stock[(pid, vid)] += int(total)
        outstanding = PurchaseOrderLine.ordered_quantity_milli - (
            PurchaseOrderLine.received_quantity_milli
        )
        coming: dict[Key, int] = defaultdict(int)
        for pid, vid, total in s.execute(
            select(
                PurchaseOrderLine.product_id,
                PurchaseOrderLine.variant_id,
                func.sum(case((outstanding > 0, outstanding), else_=0)),
            )
            .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.purchase_order_id)
            .where(
                PurchaseOrder.warehouse_id == wid,
                PurchaseOrder.status.in_([x.value for x in ON_ORDER_STATUSES]),
            )
            .group_by(PurchaseOrderLine.product_id, PurchaseOrderLine.variant_id)
        ):
            coming[(pid, None)] += int(total)
            if vid is not None:
                coming[(pid, vid)] += int(total)
        variant_ids = {inv.variant_id for inv, _ in settings if inv.variant_id}
        variants = {
            v.id: v
            for v in s.execute(
                select(ProductVariant).where(ProductVariant.id.in_(variant_ids))
            ).scalars()
        }
        suppliers = {
            row.id: row.name
            for row in s.execute(
                select(Supplier).where(
                    Supplier.id.in_({p.supplier_id for _, p in settings if p.supplier_id}),
                    Supplier.is_active.is_(True),
                    Supplier.deleted_at.is_(None),
                )
            ).scalars()
        }
    groups: dict[str | None, list[SuggestionLine]] = defaultdict(list)
    for inv, p in settings:
        key = (p.id, inv.variant_id)
        assert inv.reorder_level_milli is not None
        qty = suggested_quantity_milli(
            stock[key], coming[key], inv.reorder_level_milli, inv.max_level_milli
        )
        weighed = p.unit == Unit.KILOGRAM.value
        if qty > 0 and not weighed:
            qty = _round_up_to_piece(qty)
        if qty <= 0:
            continue
        variant = variants.get(inv.variant_id or "")
        supplier_id = p.supplier_id if p.supplier_id in suppliers else None
        groups[supplier_id].append(
            SuggestionLine(
                product_id=p.id,
                variant_id=inv.variant_id,
                name=f"{p.name} {variant.value}" if variant is not None else p.name,
                sku=(variant.sku if variant is not None and variant.sku else p.sku),
                weighed=weighed,
                on_hand_milli=stock[key],
                on_order_milli=coming[key],
                reorder_level_milli=inv.reorder_level_milli,
                max_level_milli=inv.max_level_milli,
                quantity_milli=qty,
                unit_cost_minor=p.cost_minor or 0,
                currency=p.currency,
            )
        )
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] is None, suppliers.get(kv[0] or "", "")))
    return Suggestions(
        wid,
        tuple(
            SupplierSuggestion(
                sid,
                suppliers.get(sid, "") if sid else "",
                tuple(sorted(lines, key=lambda x: x.name.casefold())),
            )
            for sid, lines in ordered
        ),
    )


def create_suggested_drafts(
    ctx: ServiceContext,
    actor: Actor,
    suggestions: Suggestions,
    supplier_ids: Sequence[str] | None = None,
) -> DraftsResult:
    """One draft order per supplier of ``suggestions`` (or only ``supplier_ids``), in one
    transaction. The drafts are ordinary drafts: edit them, then order them."""
    require(actor, Permission.MANAGE_PURCHASING)
    chosen = [
        g
        for g in suggestions.groups
        if g.supplier_id is not None and (supplier_ids is None or g.supplier_id in supplier_ids)
    ]
    skipped = sum(len(g.lines) for g in suggestions.groups if g.supplier_id is None)
    ids: list[str] = []
    numbers: list[str] = []
    with ctx.db.uow() as uow:
        s = uow.session
        for group in chosen:
            assert group.supplier_id is not None
            draft = PoDraft(
                supplier_id=group.supplier_id,
                warehouse_id=suggestions.warehouse_id,
                lines=tuple(
                    PoLineDraft(
                        x.product_id,
                        from_milli(x.quantity_milli),
                        unit_cost_minor=x.unit_cost_minor,
                        variant_id=x.variant_id,
                    )
                    for x in group.lines
                ),
                notes="Suggested from reorder levels",
            )
            po = new_draft(s, ctx, actor, draft)
            ids.append(po.id)
            numbers.append(po.po_number)
        uow.commit()
    return DraftsResult(
        tuple(ids),
        tuple(numbers),
        skipped,
        Changes.of("purchase_orders", ids=tuple(ids)) if ids else Changes(),
    )
