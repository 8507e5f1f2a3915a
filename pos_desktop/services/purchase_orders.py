"""Purchase orders: drafts, ordering, cancelling and closing short (permission
MANAGE_PURCHASING). Receiving goods against an order is in receiving.py; the status rules and
numbers in purchasing_rules.py; the reading side (views, lists) in purchase_order_views.py.

An order is made and numbered on this device (``PO-S01-T01-000123``), for one supplier and one
warehouse of this store. Only a draft may be edited; its lines are replaced as a whole. Totals
are the sum of line totals (quantity x unit cost, each rounded half up to minor units).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.core.quantity import parse_quantity, to_milli
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.services.purchase_order_views import PoView, load_po, po_view
from pos_desktop.services.purchasing_rules import (
    EDITABLE,
    check_transition,
    format_po_number,
    line_total_minor,
    po_counter,
)
from pos_desktop.services.stock import default_warehouse_id
from pos_desktop.services.suppliers import load_supplier
from pos_desktop.store.models.catalog import Product, ProductVariant, Unit
from pos_desktop.store.models.inventory import (
    PurchaseOrder,
    PurchaseOrderLine,
    Warehouse,
)
from pos_desktop.store.models.inventory import PurchaseOrderStatus as Status

MAX_LINES: Final = 500
MAX_UNIT_COST_MINOR: Final = 10**11  # LKR 1 billion a unit: beyond any shop's purchase


@dataclass(frozen=True, slots=True)
class PoLineDraft:
    product_id: str
    quantity: Decimal | str | int
    unit_cost_minor: int | None = None  # None: the product's current cost
    variant_id: str | None = None


@dataclass(frozen=True, slots=True)
class PoDraft:
    supplier_id: str
    lines: tuple[PoLineDraft, ...]
    warehouse_id: str | None = None  # None: the store's default warehouse
    expected_delivery: date | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class PoResult:
    po: PoView
    changes: Changes


@dataclass(frozen=True, slots=True)
class _Line:
    product_id: str
    variant_id: str | None
    quantity_milli: int
    unit_cost_minor: int


# -- numbers -----------------------------------------------------------------------------------


def next_po_number(session: Session, ctx: ServiceContext) -> str:
    """The next number of this device, after every order of this device on file (including
    ones that came back from HQ), in the caller's write transaction (BEGIN IMMEDIATE: no other
    writer can take the same number; the unique key would refuse it anyway)."""
    ident = ctx.terminal
    prefix = f"PO-{ident.store_code}-{ident.device_code}-"
    # Zero-padded counters sort as text within one width; a wider one is a larger counter.
    top = session.execute(
        select(PurchaseOrder.po_number)
        .where(
            PurchaseOrder.organization_id == ident.organization_id,
            PurchaseOrder.po_number >= prefix,
            PurchaseOrder.po_number < prefix[:-1] + ".",
        )
        .order_by(func.length(PurchaseOrder.po_number).desc(), PurchaseOrder.po_number.desc())
        .limit(1)
    ).scalar_one_or_none()
    last = po_counter(top, ident.store_code, ident.device_code) if top else None
    return format_po_number(ident.store_code, ident.device_code, (last or 0) + 1)


# -- checks ------------------------------------------------------------------------------------


def _warehouse_id(s: Session, ctx: ServiceContext, warehouse_id: str | None) -> str:
    wid = warehouse_id or default_warehouse_id(s, ctx.terminal.store_id)
    row = s.get(Warehouse, wid)
    if row is None or row.store_id != ctx.terminal.store_id or not row.is_active:
        raise NotFoundError("no such warehouse in this store")
    return row.id


def _quantity_milli(product: Product, quantity: Decimal | str | int) -> int:
    qty = parse_quantity(quantity)
    if product.unit == Unit.PIECES.value and qty != qty.to_integral_value():
        raise ValidationError(f"{product.name} is bought in pieces; use a whole number")
    return to_milli(qty)


def _clean_lines(s: Session, ctx: ServiceContext, lines: Sequence[PoLineDraft]) -> list[_Line]:
    if not lines:
        raise ValidationError("add at least one product to the order")
    if len(lines) > MAX_LINES:
        raise ValidationError(f"an order has at most {MAX_LINES} lines; split it in two")
    out: list[_Line] = []
    seen: set[tuple[str, str | None]] = set()
    for line in lines:
        p = s.get(Product, line.product_id)
        if p is None or p.organization_id != ctx.terminal.organization_id or p.deleted_at:
            raise NotFoundError("a product on the order no longer exists")
        if line.variant_id is not None:
            v = s.get(ProductVariant, line.variant_id)
            if v is None or v.product_id != p.id:
                raise NotFoundError(f"{p.name}: no such variant")
        key = (p.id, line.variant_id)
        if key in seen:
            raise ValidationError(f"{p.name} is on the order twice; put it on one line")
        seen.add(key)
        cost = line.unit_cost_minor if line.unit_cost_minor is not None else p.cost_minor
        if cost is None:
            raise ValidationError(f"{p.name} has no cost yet; enter its unit cost")
        if isinstance(cost, bool) or not isinstance(cost, int) or cost < 0:
            raise ValidationError(f"the unit cost of {p.name} must be zero or more")
        if cost > MAX_UNIT_COST_MINOR:
            raise ValidationError(f"the unit cost of {p.name} is too large")
        out.append(_Line(p.id, line.variant_id, _quantity_milli(p, line.quantity), cost))
    return out


def _clean_header(
    s: Session, ctx: ServiceContext, draft: PoDraft
) -> tuple[str, str, date | None, str | None]:
    supplier = load_supplier(s, ctx, draft.supplier_id)
    if not supplier.is_active:
        raise ConflictError(f"{supplier.name} is deactivated; reactivate it to order from it")
    notes = (draft.notes or "").strip() or None
    if notes is not None and len(notes) > 2000:
        raise ValidationError("the order notes are longer than 2000 characters")
    when = draft.expected_delivery
    if when is not None and not isinstance(when, date):
        raise ValidationError("the expected delivery is a date")
    return supplier.id, _warehouse_id(s, ctx, draft.warehouse_id), when, notes


def _write_lines(s: Session, ctx: ServiceContext, po: PurchaseOrder, lines: list[_Line]) -> int:
    """Replace the order's lines (kept rows are updated in place) and return the total."""
    existing = list(
        s.execute(
            select(PurchaseOrderLine)
            .where(PurchaseOrderLine.purchase_order_id == po.id)
            .order_by(PurchaseOrderLine.line_number)
        ).scalars()
    )
    now = ctx.clock()
    for number, line in enumerate(lines, start=1):
        row = existing[number - 1] if number <= len(existing) else None
        if row is None:
            row = PurchaseOrderLine(
                organization_id=ctx.terminal.organization_id,
                purchase_order_id=po.id,
                line_number=number,
                received_quantity_milli=0,
                created_at=now,
            )
            s.add(row)
        row.product_id = line.product_id
        row.variant_id = line.variant_id
        row.ordered_quantity_milli = line.quantity_milli
        row.unit_cost_minor = line.unit_cost_minor
        row.updated_at = now
    for extra in existing[len(lines) :]:
        s.delete(extra)
    return sum(line_total_minor(x.quantity_milli, x.unit_cost_minor) for x in lines)


def _summary(lines: list[_Line]) -> list[dict[str, object]]:
    return [
        {"product_id": x.product_id, "quantity_milli": x.quantity_milli, "cost": x.unit_cost_minor}
        for x in lines
    ]


# -- services ----------------------------------------------------------------------------------


def create_purchase_order(ctx: ServiceContext, actor: Actor, draft: PoDraft) -> PoResult:
    """A new draft order (nothing is sent or booked yet)."""
    require(actor, Permission.MANAGE_PURCHASING)
    with ctx.db.uow() as uow:
        s = uow.session
        po = new_draft(s, ctx, actor, draft)
        result = po_view(s, ctx, po)
        uow.commit()
    return PoResult(result, Changes.of("purchase_orders", ids=(po.id,)))


def new_draft(s: Session, ctx: ServiceContext, actor: Actor, draft: PoDraft) -> PurchaseOrder:
    """Write a draft order in the caller's transaction (the caller checked the permission)."""
    supplier_id, warehouse_id, when, notes = _clean_header(s, ctx, draft)
    lines = _clean_lines(s, ctx, draft.lines)
    now = ctx.clock()
    po = PurchaseOrder(
        organization_id=ctx.terminal.organization_id,
        store_id=ctx.terminal.store_id,
        device_id=ctx.terminal.device_id,
        po_number=next_po_number(s, ctx),
        supplier_id=supplier_id,
        warehouse_id=warehouse_id,
        status=Status.DRAFT.value,
        currency=ctx.terminal.currency,
        total_minor=0,
        expected_delivery=when,
        notes=notes,
        created_by_id=actor.user_id,
        created_at=now,
        updated_at=now,
    )
    s.add(po)
    s.flush()  # the order row before its lines (real FK)
    po.total_minor = _write_lines(s, ctx, po, lines)
    s.flush()
    values = {"po_number": po.po_number, "supplier_id": supplier_id, "total_minor": po.total_minor}
    audit(s, ctx, actor, AuditEntry("po.create", "purchase_orders", po.id, None, values))
    return po


def update_purchase_order(
    ctx: ServiceContext, actor: Actor, po_id: str, draft: PoDraft
) -> PoResult:
    """Replace a draft's supplier, warehouse, delivery date, notes and lines."""
    require(actor, Permission.MANAGE_PURCHASING)
    with ctx.db.uow() as uow:
        s = uow.session
        po = load_po(s, ctx, po_id)
        if Status(po.status) not in EDITABLE:
            raise ConflictError(
                f"purchase order {po.po_number} is {po.status.lower().replace('_', ' ')}; "
                "only a draft can be edited",
                code="po_status",
            )
        supplier_id, warehouse_id, when, notes = _clean_header(s, ctx, draft)
        lines = _clean_lines(s, ctx, draft.lines)
        old = {"supplier_id": po.supplier_id, "total_minor": po.total_minor}
        po.supplier_id, po.warehouse_id = supplier_id, warehouse_id
        po.expected_delivery, po.notes = when, notes
        po.total_minor = _write_lines(s, ctx, po, lines)
        po.updated_at = ctx.clock()
        s.flush()
        new = {"supplier_id": supplier_id, "total_minor": po.total_minor, "lines": _summary(lines)}
        audit(s, ctx, actor, AuditEntry("po.update", "purchase_orders", po.id, old, new))
        result = po_view(s, ctx, po)
        uow.commit()
    return PoResult(result, Changes.of("purchase_orders", ids=(po.id,)))


def _move(
    ctx: ServiceContext,
    actor: Actor,
    po_id: str,
    target: Status,
    action: str,
    reason: str | None = None,
    *,
    only_from: Status | None = None,
) -> PoResult:
    require(actor, Permission.MANAGE_PURCHASING)
    with ctx.db.uow() as uow:
        s = uow.session
        po = load_po(s, ctx, po_id)
        check_transition(po.po_number, po.status, target)
        if only_from is not None and po.status != only_from.value:
            raise ConflictError(
                f"purchase order {po.po_number} has nothing received yet; "
                "cancel it instead of closing it",
                code="po_status",
            )
        lines = list(
            s.execute(
                select(PurchaseOrderLine).where(PurchaseOrderLine.purchase_order_id == po.id)
            ).scalars()
        )
        received = sum(x.received_quantity_milli for x in lines)
        if target is Status.CANCELLED and received > 0:
            # Unreachable through the status flow (receiving leaves ORDERED), kept as the rule.
            raise ConflictError(
                f"goods were already received on {po.po_number}; it cannot be cancelled",
                code="po_status",
            )
        if target is Status.ORDERED:
            if not lines:
                raise ValidationError("add at least one product before ordering")
            supplier = load_supplier(s, ctx, po.supplier_id or "")
            if not supplier.is_active:
                raise ConflictError(f"{supplier.name} is deactivated; reactivate it first")
        now = ctx.clock()
        old = po.status
        po.status = target.value
        if target is Status.ORDERED:
            po.ordered_at = now
        elif target is Status.RECEIVED:
            po.received_at = now
        po.updated_at = now
        s.flush()
        entry = AuditEntry(action, "purchase_orders", po.id, {"status": old}, {"status": target})
        entry.reason = reason
        entry.extra = {"po_number": po.po_number}
        audit(s, ctx, actor, entry)
        result = po_view(s, ctx, po)
        uow.commit()
    return PoResult(result, Changes.of("purchase_orders", ids=(po.id,)))


def order_purchase_order(ctx: ServiceContext, actor: Actor, po_id: str) -> PoResult:
    """DRAFT -> ORDERED: the order went to the supplier; it can be received from now on."""
    return _move(ctx, actor, po_id, Status.ORDERED, "po.order")


def cancel_purchase_order(
    ctx: ServiceContext, actor: Actor, po_id: str, reason: str | None = None
) -> PoResult:
    """DRAFT or ORDERED -> CANCELLED; refused once anything was received."""
    return _move(ctx, actor, po_id, Status.CANCELLED, "po.cancel", reason)


def close_purchase_order(
    ctx: ServiceContext, actor: Actor, po_id: str, reason: str | None = None
) -> PoResult:
    """PARTIALLY_RECEIVED -> RECEIVED without the rest: the supplier will not deliver it."""
    return _move(
        ctx,
        actor,
        po_id,
        Status.RECEIVED,
        "po.close_short",
        reason,
        only_from=Status.PARTIALLY_RECEIVED,
    )
