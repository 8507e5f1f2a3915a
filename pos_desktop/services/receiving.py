"""Receiving goods against a purchase order (permission MANAGE_PURCHASING).

One delivery is one transaction: IN movements (reason purchase) into the order's warehouse
through services/stock.py, the lines' received quantities, the order's status (PARTIALLY_RECEIVED
or RECEIVED) and the products' costs, all or nothing. Everything is checked before the first
write, so a refused delivery leaves no trace.

Cost: a product has one cost for the whole store, so the stock it is averaged with is all of
the product's stock this terminal knows (every warehouse, every variant), read before the
delivery is booked. The weighted average and its rounding are in purchasing_rules.py
(``weighted_average_cost``: half up to whole minor units; on hand zero or below: the delivery's
own cost). Each change of cost is audited (``product.cost_change``) with the order number.

Receiving more than is outstanding on a line is refused unless the caller passes
``allow_over_receipt=True`` (the dialog asks the manager first): suppliers do send extra, but
it should never be booked by a typing slip.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from sqlalchemy import select

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.core.quantity import from_milli, parse_quantity, to_milli
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.services.purchase_order_views import PoView, load_po, po_view
from pos_desktop.services.purchasing_rules import (
    RECEIVABLE,
    Delivery,
    check_transition,
    weighted_average_cost,
)
from pos_desktop.services.stock import default_warehouse_id, on_hand_milli, record_movement
from pos_desktop.store.models.catalog import Product, Unit
from pos_desktop.store.models.inventory import (
    MovementReason,
    MovementType,
    PurchaseOrderLine,
)
from pos_desktop.store.models.inventory import PurchaseOrderStatus as Status

REFERENCE_TYPE: Final = "purchase_order"
MAX_UNIT_COST_MINOR: Final = 10**11


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    line_id: str
    quantity: Decimal | str | int
    unit_cost_minor: int | None = None  # None: the cost on the order line


@dataclass(frozen=True, slots=True)
class CostChange:
    product_id: str
    name: str
    old_cost_minor: int | None
    new_cost_minor: int


@dataclass(frozen=True, slots=True)
class ReceiveResult:
    po: PoView
    movement_ids: tuple[str, ...]
    cost_changes: tuple[CostChange, ...]
    changes: Changes


@dataclass(frozen=True, slots=True)
class _Checked:
    line: PurchaseOrderLine
    product: Product
    quantity_milli: int
    unit_cost_minor: int


class OverReceipt(ConflictError):
    """More than is outstanding on a line: the caller may confirm and send it again."""

    code = "over_receipt"


def _check(
    lines: dict[str, PurchaseOrderLine],
    products: dict[str, Product],
    wanted: Sequence[ReceiptLine],
    allow_over_receipt: bool,
) -> list[_Checked]:
    out: list[_Checked] = []
    seen: set[str] = set()
    for item in wanted:
        line = lines.get(item.line_id)
        if line is None:
            raise NotFoundError("a received line is not on this order")
        if item.line_id in seen:
            raise ValidationError("a line was entered twice in one delivery")
        seen.add(item.line_id)
        product = products.get(line.product_id)
        if product is None:
            raise NotFoundError("a product on the order no longer exists")
        qty = parse_quantity(item.quantity, allow_zero=True)
        if qty == 0:
            continue
        if product.unit == Unit.PIECES.value and qty != qty.to_integral_value():
            raise ValidationError(f"{product.name} is counted in pieces; use a whole number")
        milli = to_milli(qty)
        outstanding = max(0, line.ordered_quantity_milli - line.received_quantity_milli)
        if milli > outstanding and not allow_over_receipt:
            raise OverReceipt(
                f"{product.name}: {from_milli(milli)} received but only "
                f"{from_milli(outstanding)} outstanding on the order"
            )
        cost = item.unit_cost_minor if item.unit_cost_minor is not None else line.unit_cost_minor
        if isinstance(cost, bool) or not isinstance(cost, int) or cost < 0:
            raise ValidationError(f"the unit cost of {product.name} must be zero or more")
        if cost > MAX_UNIT_COST_MINOR:
            raise ValidationError(f"the unit cost of {product.name} is too large")
        out.append(_Checked(line, product, milli, cost))
    if not out:
        raise ValidationError("enter the quantity received on at least one line")
    return out


def receive_purchase_order(
    ctx: ServiceContext,
    actor: Actor,
    po_id: str,
    received: Sequence[ReceiptLine],
    *,
    allow_over_receipt: bool = False,
    note: str | None = None,
) -> ReceiveResult:
    """Book one delivery against an ORDERED or PARTIALLY_RECEIVED order."""
    require(actor, Permission.MANAGE_PURCHASING)
    with ctx.db.uow() as uow:
        s = uow.session
        po = load_po(s, ctx, po_id)
        if Status(po.status) not in RECEIVABLE:
            check_transition(po.po_number, po.status, Status.PARTIALLY_RECEIVED)
        lines = {
            row.id: row
            for row in s.execute(
                select(PurchaseOrderLine).where(PurchaseOrderLine.purchase_order_id == po.id)
            ).scalars()
        }
        product_ids = {row.product_id for row in lines.values()}
        products = {
            p.id: p for p in s.execute(select(Product).where(Product.id.in_(product_ids))).scalars()
        }
        checked = _check(lines, products, received, allow_over_receipt)
        warehouse_id = po.warehouse_id or default_warehouse_id(s, ctx.terminal.store_id)

        # New costs from the stock before this delivery (read before any movement is added).
        deliveries: dict[str, list[Delivery]] = defaultdict(list)
        for c in checked:
            deliveries[c.product.id].append(Delivery(c.quantity_milli, c.unit_cost_minor))
        costs = {
            pid: weighted_average_cost(on_hand_milli(s, pid), products[pid].cost_minor, items)
            for pid, items in deliveries.items()
        }

        movement_ids = []
        for c in checked:
            m = record_movement(
                s,
                ctx,
                product_id=c.product.id,
                variant_id=c.line.variant_id,
                quantity_milli=c.quantity_milli,
                movement_type=MovementType.IN,
                reason=MovementReason.PURCHASE,
                warehouse_id=warehouse_id,
                unit_cost_minor=c.unit_cost_minor,
                reference_type=REFERENCE_TYPE,
                reference_id=po.id,
                note=note or po.po_number,
                created_by_id=actor.user_id,
                store_id=po.store_id,
            )
            movement_ids.append(m.id)
            c.line.received_quantity_milli += c.quantity_milli
            c.line.updated_at = ctx.clock()

        complete = all(
            row.received_quantity_milli >= row.ordered_quantity_milli for row in lines.values()
        )
        target = Status.RECEIVED if complete else Status.PARTIALLY_RECEIVED
        old_status = po.status
        check_transition(po.po_number, po.status, target)
        now = ctx.clock()
        po.status = target.value
        if complete:
            po.received_at = now
        po.updated_at = now

        changed: list[CostChange] = []
        for pid, new_cost in costs.items():
            p = products[pid]
            if p.cost_minor == new_cost:
                continue
            changed.append(CostChange(pid, p.name, p.cost_minor, new_cost))
            audit(
                s,
                ctx,
                actor,
                AuditEntry(
                    "product.cost_change",
                    "products",
                    pid,
                    {"cost_minor": p.cost_minor},
                    {"cost_minor": new_cost, "currency": p.currency, "sku": p.sku},
                    reason=f"weighted average after receiving {po.po_number}",
                    extra={"po_number": po.po_number, "purchase_order_id": po.id},
                ),
            )
            p.cost_minor = new_cost
            p.updated_by_id = actor.user_id
            p.updated_at = now
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "po.receive",
                "purchase_orders",
                po.id,
                {"status": old_status},
                {
                    "status": target.value,
                    "lines": [
                        {
                            "line_id": c.line.id,
                            "quantity_milli": c.quantity_milli,
                            "unit_cost_minor": c.unit_cost_minor,
                        }
                        for c in checked
                    ],
                },
                extra={"po_number": po.po_number, "warehouse_id": warehouse_id},
            ),
        )
        result = po_view(s, ctx, po)
        uow.commit()
    touched = tuple(deliveries)
    return ReceiveResult(
        result,
        tuple(movement_ids),
        tuple(changed),
        Changes.of("purchase_orders", ids=(po.id,))
        | Changes.of("stock_movements", "products", ids=touched),
    )
