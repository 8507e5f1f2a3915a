"""Warehouses of this store for the back office: list, rename, deactivate (create is
``services.stock.create_warehouse``, re-exported here).

Deactivating is refused for the default warehouse (checkout and receiving fall back on it), for
a warehouse that still holds stock (some product's ledger sum there is not zero: move or count
it out first, or the stock would vanish from every screen), and for one being counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.services.stock import WarehouseResult, create_warehouse
from pos_desktop.store.models.inventory import StockMovement, Warehouse
from pos_desktop.store.models.stock_take import StockTake, StockTakeStatus

__all__ = [
    "WarehouseResult",
    "WarehouseView",
    "create_warehouse",
    "deactivate_warehouse",
    "list_warehouses",
    "reactivate_warehouse",
    "rename_warehouse",
    "warehouse_holds_stock",
]


@dataclass(frozen=True, slots=True)
class WarehouseView:
    id: str
    store_id: str
    name: str
    code: str
    is_default: bool
    is_active: bool
    address: str | None


def _view(w: Warehouse) -> WarehouseView:
    return WarehouseView(w.id, w.store_id, w.name, w.code, w.is_default, w.is_active, w.address)


def list_warehouses(
    session: Session,
    ctx: ServiceContext,
    *,
    include_inactive: bool = False,
    store_id: str | None = None,
) -> list[WarehouseView]:
    """This store's warehouses (or another store's, for transfers): default first, then by
    name."""
    query = select(Warehouse).where(
        Warehouse.organization_id == ctx.terminal.organization_id,
        Warehouse.store_id == (store_id or ctx.terminal.store_id),
    )
    if not include_inactive:
        query = query.where(Warehouse.is_active.is_(True))
    query = query.order_by(Warehouse.is_default.desc(), Warehouse.name, Warehouse.id)
    return [_view(w) for w in session.execute(query).scalars()]


def warehouse_holds_stock(session: Session, warehouse_id: str) -> bool:
    """Whether any product (or variant) has a non-zero ledger sum in the warehouse."""
    sm = StockMovement
    found = session.execute(
        select(sm.product_id)
        .where(sm.warehouse_id == warehouse_id)
        .group_by(sm.product_id, sm.variant_id)
        .having(func.sum(sm.quantity_milli) != 0)
        .limit(1)
    ).first()
    return found is not None


def _own(session: Session, ctx: ServiceContext, warehouse_id: str) -> Warehouse:
    row = session.get(Warehouse, warehouse_id)
    if (
        row is None
        or row.organization_id != ctx.terminal.organization_id
        or row.store_id != ctx.terminal.store_id
    ):
        raise NotFoundError("no such warehouse in this store")
    return row


def rename_warehouse(
    ctx: ServiceContext,
    actor: Actor,
    warehouse_id: str,
    name: str,
    *,
    address: str | None = None,
) -> WarehouseResult:
    require(actor, Permission.MANAGE_INVENTORY)
    clean = " ".join(name.split())
    if not clean or len(clean) > 200:
        raise ValidationError("a warehouse needs a name of at most 200 characters")
    with ctx.db.uow() as uow:
        s = uow.session
        row = _own(s, ctx, warehouse_id)
        old = {"name": row.name, "address": row.address}
        row.name = clean
        if address is not None:
            row.address = address.strip() or None
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "warehouse.rename",
                "warehouses",
                row.id,
                old,
                {"name": row.name, "address": row.address},
            ),
        )
        uow.commit()
    return WarehouseResult(warehouse_id, Changes.of("warehouses", ids=(warehouse_id,)))


def deactivate_warehouse(ctx: ServiceContext, actor: Actor, warehouse_id: str) -> WarehouseResult:
    require(actor, Permission.MANAGE_INVENTORY)
    with ctx.db.uow() as uow:
        s = uow.session
        row = _own(s, ctx, warehouse_id)
        if not row.is_active:
            raise ConflictError(f"warehouse {row.name} is already inactive")
        if row.is_default:
            raise ConflictError(
                f"{row.name} is the store's default warehouse (sales take stock from it); "
                "it cannot be deactivated"
            )
        if warehouse_holds_stock(s, row.id):
            raise ConflictError(
                f"{row.name} still holds stock: transfer it to another warehouse or count it "
                "to zero before deactivating"
            )
        counting = s.execute(
            select(StockTake.id).where(
                StockTake.warehouse_id == row.id, StockTake.status == StockTakeStatus.OPEN.value
            )
        ).first()
        if counting:
            raise ConflictError(f"{row.name} has an open stock take; finish or cancel it first")
        row.is_active = False
        audit(
            s,
            ctx,
            actor,
            AuditEntry("warehouse.deactivate", "warehouses", row.id, {"is_active": True}, None),
        )
        uow.commit()
    return WarehouseResult(warehouse_id, Changes.of("warehouses", ids=(warehouse_id,)))


def reactivate_warehouse(ctx: ServiceContext, actor: Actor, warehouse_id: str) -> WarehouseResult:
    require(actor, Permission.MANAGE_INVENTORY)
    with ctx.db.uow() as uow:
        s = uow.session
        row = _own(s, ctx, warehouse_id)
        if row.is_active:
            raise ConflictError(f"warehouse {row.name} is already active")
        row.is_active = True
        audit(
            s,
            ctx,
            actor,
            AuditEntry("warehouse.reactivate", "warehouses", row.id, {"is_active": False}, None),
        )
        uow.commit()
    return WarehouseResult(warehouse_id, Changes.of("warehouses", ids=(warehouse_id,)))
