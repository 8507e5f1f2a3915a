"""Movement history of a product: every ledger row, newest first, with who made it, in which
warehouse, and what document it belongs to (a receipt number, a PO number, a transfer, a stock
take). Keyset-paged on (created_at, id) so a product with years of sales pages evenly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Final

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.quantity import from_milli
from pos_desktop.services.context import ServiceContext
from pos_desktop.store.models import User
from pos_desktop.store.models.inventory import PurchaseOrder, StockMovement, Warehouse
from pos_desktop.store.models.sales import Sale

MAX_PAGE: Final = 500


@dataclass(frozen=True, slots=True)
class MovementView:
    id: str
    created_at: datetime
    movement_type: str
    reason: str
    quantity_milli: int
    warehouse_id: str
    warehouse_name: str
    reference_type: str | None
    reference: str  # readable: receipt number, PO number, transfer id, ...
    transfer_id: str | None
    unit_cost_minor: int | None
    note: str | None
    user_name: str

    @property
    def quantity(self) -> Decimal:
        return from_milli(self.quantity_milli)


@dataclass(frozen=True, slots=True)
class MovementPage:
    rows: list[MovementView]
    next_before: tuple[datetime, str] | None  # pass as ``before`` for the next (older) page


def _short(value: str | None) -> str:
    return value[-8:].upper() if value else ""


def movement_history(
    session: Session,
    ctx: ServiceContext,
    product_id: str,
    *,
    warehouse_id: str | None = None,
    before: tuple[datetime, str] | None = None,
    limit: int = 100,
) -> MovementPage:
    if not 1 <= limit <= MAX_PAGE:
        raise ValidationError(f"a page holds 1-{MAX_PAGE} rows")
    sm = StockMovement
    query = (
        select(sm, Warehouse.name, User.name, Sale.receipt_number, PurchaseOrder.po_number)
        .outerjoin(Warehouse, Warehouse.id == sm.warehouse_id)
        .outerjoin(User, User.id == sm.created_by_id)
        .outerjoin(
            Sale,
            and_(sm.reference_type.in_(("sale", "return", "void")), Sale.id == sm.reference_id),
        )
        .outerjoin(
            PurchaseOrder,
            and_(
                sm.reference_type.in_(("po", "purchase_order")), PurchaseOrder.id == sm.reference_id
            ),
        )
        .where(sm.product_id == product_id, sm.organization_id == ctx.terminal.organization_id)
        .order_by(sm.created_at.desc(), sm.id.desc())
    )
    if warehouse_id is not None:
        query = query.where(sm.warehouse_id == warehouse_id)
    if before is not None:
        at, last_id = before
        query = query.where(or_(sm.created_at < at, and_(sm.created_at == at, sm.id < last_id)))
    out: list[MovementView] = []
    for m, wh_name, user_name, receipt, po_number in session.execute(query.limit(limit + 1)):
        if receipt:
            ref = str(receipt)
        elif po_number:
            ref = str(po_number)
        elif m.transfer_id:
            ref = f"TR-{_short(m.transfer_id)}"
        elif m.reference_type == "stock_take":
            ref = f"ST-{_short(m.reference_id)}"
        else:
            ref = _short(m.reference_id)
        out.append(
            MovementView(
                m.id,
                m.created_at,
                m.movement_type,
                m.reason,
                m.quantity_milli,
                m.warehouse_id,
                wh_name or "",
                m.reference_type,
                ref,
                m.transfer_id,
                m.unit_cost_minor,
                m.note,
                user_name or "",
            )
        )
    more = len(out) > limit
    out = out[:limit]
    return MovementPage(out, (out[-1].created_at, out[-1].id) if more and out else None)
