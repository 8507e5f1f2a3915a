"""Stock: the movement ledger, on-hand as its sum, and the stock services managers use.

- ``record_movement`` and ``record_sale_movements`` write into the caller's transaction and never
  commit (checkout and returns call them); they check no permission, their caller does.
- ``receive_stock``, ``adjust_stock``, ``count_stock`` and ``transfer_stock`` are services: one
  transaction each, permission MANAGE_INVENTORY, audited.
- ``on_hand`` is ``SUM(quantity_milli)`` over the ledger, read from the covering index
  ``ix_stock_movements_on_hand`` (product, warehouse, variant, quantity) without touching rows.
- Negative stock is allowed and flagged (notifications_stock.py), never refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final, Protocol

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.ids import new_id
from pos_desktop.core.permissions import Permission
from pos_desktop.core.quantity import MAX_QUANTITY, from_milli, parse_quantity, to_milli
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.services.notifications_stock import StockKey, check_stock_levels
from pos_desktop.store.database import TerminalIdentity
from pos_desktop.store.models.catalog import Product, Unit
from pos_desktop.store.models.inventory import (
    MovementReason,
    MovementType,
    StockMovement,
    Warehouse,
)

MAX_MILLI: Final = int(MAX_QUANTITY) * 1000
DEFAULT_WAREHOUSE_CODE: Final = "MAIN"
ADJUSTMENT_KINDS: Final = frozenset(
    {MovementReason.ADJUSTMENT, MovementReason.WRITEOFF, MovementReason.DAMAGE}
)
# Which signs each movement type may carry (TRANSFER legs and ADJUSTMENTs go both ways).
_SIGNS: Final = {
    MovementType.IN: (1,),
    MovementType.OUT: (-1,),
    MovementType.ADJUSTMENT: (1, -1),
    MovementType.TRANSFER: (1, -1),
}


class StockLine(Protocol):
    """A sold or returned line (checkout's SaleLine fits): returns carry negative quantities."""

    @property
    def product_id(self) -> str | None: ...
    @property
    def variant_id(self) -> str | None: ...
    @property
    def quantity_milli(self) -> int: ...


@dataclass(frozen=True, slots=True)
class SaleStockLine:
    product_id: str | None
    variant_id: str | None
    quantity_milli: int


@dataclass(frozen=True, slots=True)
class StockResult:
    movement_ids: tuple[str, ...]
    on_hand: Decimal  # after the change, in the (source) warehouse
    transfer_id: str | None
    changes: Changes


# -- warehouses ------------------------------------------------------------------------------


def seed_default_warehouse(session: Session, identity: TerminalIdentity) -> str:
    """The store's default warehouse (the shop floor); called by services.setup."""
    row = Warehouse(
        organization_id=identity.organization_id,
        store_id=identity.store_id,
        name="Main",
        code=DEFAULT_WAREHOUSE_CODE,
        is_default=True,
    )
    session.add(row)
    session.flush()
    return row.id


@dataclass(frozen=True, slots=True)
class WarehouseResult:
    warehouse_id: str
    changes: Changes


def create_warehouse(
    ctx: ServiceContext,
    actor: Actor,
    name: str,
    code: str,
    *,
    address: str | None = None,
    contact_person: str | None = None,
    phone: str | None = None,
) -> WarehouseResult:
    """Another stock location of this store (back room, second shop floor...)."""
    require(actor, Permission.MANAGE_INVENTORY)
    clean_name, clean_code = " ".join(name.split()), code.strip().upper()
    if not clean_name or len(clean_name) > 200:
        raise ValidationError("a warehouse needs a name of at most 200 characters")
    if not (clean_code.isascii() and clean_code.isalnum() and 1 <= len(clean_code) <= 16):
        raise ValidationError("a warehouse code is 1-16 letters or digits")
    with ctx.db.uow() as uow:
        s = uow.session
        taken = s.execute(
            select(Warehouse.id).where(
                Warehouse.store_id == ctx.terminal.store_id, Warehouse.code == clean_code
            )
        ).first()
        if taken:
            raise ConflictError(f"warehouse code {clean_code} is already used in this store")
        row = Warehouse(
            organization_id=ctx.terminal.organization_id,
            store_id=ctx.terminal.store_id,
            name=clean_name,
            code=clean_code,
            address=address,
            contact_person=contact_person,
            phone=phone,
        )
        s.add(row)
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry("warehouse.create", "warehouses", row.id, None, {"code": clean_code}),
        )
        uow.commit()
    return WarehouseResult(row.id, Changes.of("warehouses", ids=(row.id,)))


# Statements on the checkout path are built once: building one costs about as much as running it.
_DEFAULT_WAREHOUSE = (
    select(Warehouse.id)
    .where(Warehouse.store_id == bindparam("store_id"), Warehouse.is_active.is_(True))
    .order_by(Warehouse.is_default.desc(), Warehouse.created_at, Warehouse.id)
    .limit(1)
)
_ON_HAND_BY_ITEM = (
    select(
        StockMovement.product_id,
        StockMovement.warehouse_id,
        StockMovement.variant_id,
        func.sum(StockMovement.quantity_milli),
    )
    .where(
        StockMovement.product_id.in_(bindparam("product_ids", expanding=True)),
        StockMovement.warehouse_id.in_(bindparam("warehouse_ids", expanding=True)),
    )
    .group_by(StockMovement.product_id, StockMovement.warehouse_id, StockMovement.variant_id)
)


def default_warehouse_id(session: Session, store_id: str) -> str:
    key = f"default_warehouse:{store_id}"
    cached = session.info.get(key)
    if isinstance(cached, str):
        return cached
    found = session.execute(_DEFAULT_WAREHOUSE, {"store_id": store_id}).scalar_one_or_none()
    if found is None:
        raise NotFoundError("this store has no warehouse; create one in the back office")
    session.info[key] = found
    return found


def _warehouse(session: Session, ctx: ServiceContext, warehouse_id: str | None) -> Warehouse:
    wid = warehouse_id or default_warehouse_id(session, ctx.terminal.store_id)
    row = session.get(Warehouse, wid)
    if row is None or row.organization_id != ctx.terminal.organization_id or not row.is_active:
        raise NotFoundError("no such warehouse")
    return row


# -- on hand ---------------------------------------------------------------------------------


def on_hand_milli(
    session: Session,
    product_id: str,
    warehouse_id: str | None = None,
    variant_id: str | None = None,
) -> int:
    """Ledger sum in thousandths. ``warehouse_id`` None: all warehouses; ``variant_id`` None:
    the product with all its variants."""
    query = select(func.coalesce(func.sum(StockMovement.quantity_milli), 0)).where(
        StockMovement.product_id == product_id
    )
    if warehouse_id is not None:
        query = query.where(StockMovement.warehouse_id == warehouse_id)
    if variant_id is not None:
        query = query.where(StockMovement.variant_id == variant_id)
    return int(session.execute(query).scalar_one())


def on_hand(
    session: Session,
    product_id: str,
    warehouse_id: str | None = None,
    variant_id: str | None = None,
) -> Decimal:
    """Stock on hand as a Decimal quantity (pieces or kg): the sum of the movement ledger."""
    return from_milli(on_hand_milli(session, product_id, warehouse_id, variant_id))


def on_hand_many(
    session: Session, product_ids: Iterable[str], warehouse_id: str | None = None
) -> dict[str, Decimal]:
    """On hand for a page of products (lists, reports); products without movements get 0."""
    ids = list(dict.fromkeys(product_ids))
    totals = dict.fromkeys(ids, Decimal(0))
    for start in range(0, len(ids), 500):
        query = (
            select(StockMovement.product_id, func.sum(StockMovement.quantity_milli))
            .where(StockMovement.product_id.in_(ids[start : start + 500]))
            .group_by(StockMovement.product_id)
        )
        if warehouse_id is not None:
            query = query.where(StockMovement.warehouse_id == warehouse_id)
        for pid, total in session.execute(query):
            totals[pid] = from_milli(int(total))
    return totals


# -- the ledger ------------------------------------------------------------------------------


def _movement(
    session: Session,
    ctx: ServiceContext,
    *,
    product_id: str,
    quantity_milli: int,
    movement_type: MovementType | str,
    reason: MovementReason | str,
    warehouse_id: str | None = None,
    variant_id: str | None = None,
    unit_cost_minor: int | None = None,
    reference_type: str | None = None,
    reference_id: str | None = None,
    transfer_id: str | None = None,
    note: str | None = None,
    created_by_id: str | None = None,
    store_id: str | None = None,
) -> StockMovement:
    """A checked, not yet added, movement row (see ``record_movement``)."""
    try:
        mtype = MovementType(movement_type)
        why = MovementReason(reason)
    except ValueError as exc:
        raise ValidationError(f"unknown movement type or reason: {exc}") from exc
    if isinstance(quantity_milli, bool) or not isinstance(quantity_milli, int):
        raise ValidationError("a movement quantity is a whole number of thousandths")
    if quantity_milli == 0 or abs(quantity_milli) > MAX_MILLI:
        raise ValidationError(f"movement quantity {from_milli(quantity_milli)} is out of range")
    if (1 if quantity_milli > 0 else -1) not in _SIGNS[mtype]:
        raise ValidationError(f"a {mtype.value} movement cannot be {from_milli(quantity_milli)}")
    if unit_cost_minor is not None and unit_cost_minor < 0:
        raise ValidationError("a unit cost cannot be negative")
    return StockMovement(
        id=new_id(),
        organization_id=ctx.terminal.organization_id,
        store_id=store_id or ctx.terminal.store_id,
        device_id=ctx.terminal.device_id,
        warehouse_id=warehouse_id or default_warehouse_id(session, ctx.terminal.store_id),
        product_id=product_id,
        variant_id=variant_id,
        movement_type=mtype.value,
        reason=why.value,
        quantity_milli=quantity_milli,
        unit_cost_minor=unit_cost_minor,
        currency=ctx.terminal.currency if unit_cost_minor is not None else None,
        reference_type=reference_type,
        reference_id=reference_id,
        transfer_id=transfer_id,
        note=note[:500] if note else None,
        created_by_id=created_by_id,
        created_at=ctx.clock(),
    )


def _on_hand_after(session: Session, keys: Iterable[StockKey]) -> dict[StockKey, int]:
    """On hand of each key in one grouped query over the covering index (product, warehouse,
    variant, quantity); a key without a variant counts all the product's variants."""
    wanted = list(dict.fromkeys(keys))
    if not wanted:
        return {}
    rows = session.execute(
        _ON_HAND_BY_ITEM,
        {
            "product_ids": sorted({k.product_id for k in wanted}),
            "warehouse_ids": sorted({k.warehouse_id for k in wanted}),
        },
    ).all()
    totals = dict.fromkeys(wanted, 0)
    for pid, wid, vid, total in rows:
        whole = StockKey(pid, wid, None)
        if whole in totals:
            totals[whole] += int(total)
        one = StockKey(pid, wid, vid)
        if vid is not None and one in totals:
            totals[one] += int(total)
    return totals


def record_movement(
    session: Session,
    ctx: ServiceContext,
    *,
    product_id: str,
    quantity_milli: int,
    movement_type: MovementType | str,
    reason: MovementReason | str,
    warehouse_id: str | None = None,
    variant_id: str | None = None,
    unit_cost_minor: int | None = None,
    reference_type: str | None = None,
    reference_id: str | None = None,
    transfer_id: str | None = None,
    note: str | None = None,
    created_by_id: str | None = None,
    store_id: str | None = None,
    check_levels: bool = True,
) -> StockMovement:
    """Append one signed movement in the caller's transaction (no commit, no permission check)
    and raise a low/negative stock alert if it takes stock down to the threshold or below."""
    row = _movement(
        session,
        ctx,
        product_id=product_id,
        quantity_milli=quantity_milli,
        movement_type=movement_type,
        reason=reason,
        warehouse_id=warehouse_id,
        variant_id=variant_id,
        unit_cost_minor=unit_cost_minor,
        reference_type=reference_type,
        reference_id=reference_id,
        transfer_id=transfer_id,
        note=note,
        created_by_id=created_by_id,
        store_id=store_id,
    )
    session.add(row)
    if check_levels and quantity_milli < 0:
        session.flush()
        key = StockKey(product_id, row.warehouse_id, variant_id)
        check_stock_levels(session, ctx, _on_hand_after(session, [key]))
    return row


def record_sale_movements(
    session: Session,
    ctx: ServiceContext,
    lines: Iterable[StockLine],
    sale_id: str,
    *,
    created_by_id: str | None = None,
    warehouse_id: str | None = None,
    restock: bool = True,
    reference_type: str = "sale",
) -> list[StockMovement]:
    """Stock movements of a sale or a return document, in the caller's transaction.

    A positive line quantity is a sale (OUT, reason sale). A negative one is a return: IN,
    reason return; with ``restock=False`` (damaged goods) it is followed by an OUT writeoff of
    the same quantity, so the ledger shows the goods came back and were written off. Lines
    without a product (open-price items) move no stock.

    The rows are flushed together (with anything else pending in the session) and the stock
    levels checked once per item on the on-hand after the whole document: a product on two
    lines is one fall in stock, as if it had been rung up once.
    """
    out: list[StockMovement] = []
    checked: list[StockKey] = []

    def move(line: StockLine, qty: int, mtype: MovementType, why: MovementReason) -> None:
        assert line.product_id is not None
        row = _movement(
            session,
            ctx,
            product_id=line.product_id,
            variant_id=line.variant_id,
            quantity_milli=qty,
            movement_type=mtype,
            reason=why,
            warehouse_id=warehouse_id,
            reference_type=reference_type,
            reference_id=sale_id,
            created_by_id=created_by_id,
        )
        out.append(row)
        # The writeoff right after a return nets to zero: nothing new to alert on.
        if qty < 0 and why is not MovementReason.WRITEOFF:
            checked.append(StockKey(line.product_id, row.warehouse_id, line.variant_id))

    for line in lines:
        qty = line.quantity_milli
        if line.product_id is None or qty == 0:
            continue
        if qty > 0:
            move(line, -qty, MovementType.OUT, MovementReason.SALE)
            continue
        move(line, -qty, MovementType.IN, MovementReason.RETURN)
        if not restock:
            move(line, qty, MovementType.OUT, MovementReason.WRITEOFF)
    session.add_all(out)
    if checked:
        session.flush()
        check_stock_levels(session, ctx, _on_hand_after(session, checked))
    return out


# -- services --------------------------------------------------------------------------------


def _product(session: Session, ctx: ServiceContext, product_id: str) -> Product:
    p = session.get(Product, product_id)
    if p is None or p.organization_id != ctx.terminal.organization_id or p.deleted_at:
        raise NotFoundError("no such product")
    return p


def _milli(product: Product, quantity: Decimal | str | int, *, allow_zero: bool = False) -> int:
    qty = parse_quantity(quantity, allow_zero=allow_zero)
    if product.unit == Unit.PIECES.value and qty != qty.to_integral_value():
        raise ValidationError(f"{product.name} is counted in pieces; use a whole number")
    return to_milli(qty)


def _signed(delta: Decimal | str | int) -> Decimal:
    if isinstance(delta, float | bool):
        raise ValidationError("an adjustment must be a whole or decimal number, not a float")
    try:
        value = delta if isinstance(delta, Decimal) else Decimal(str(delta).strip())
    except InvalidOperation as exc:
        raise ValidationError(f"not a quantity: {delta!r}") from exc
    if not value.is_finite() or value == 0:
        raise ValidationError(f"an adjustment must be a non-zero quantity, got {delta!r}")
    return value


def _audit(
    s: Session, ctx: ServiceContext, actor: Actor, action: str, p: Product, **values: object
) -> None:
    reason = values.pop("reason", None)
    audit(
        s,
        ctx,
        actor,
        AuditEntry(
            action,
            "products",
            p.id,
            None,
            {"sku": p.sku, **values},
            reason=str(reason) if reason else None,
        ),
    )


def receive_stock(
    ctx: ServiceContext,
    actor: Actor,
    product_id: str,
    quantity: Decimal | str | int,
    *,
    warehouse_id: str | None = None,
    variant_id: str | None = None,
    unit_cost_minor: int | None = None,
    reason: MovementReason | str = MovementReason.RESTOCK,
    reference_type: str | None = None,
    reference_id: str | None = None,
    note: str | None = None,
) -> StockResult:
    """Goods in (restock, purchase delivery, opening stock)."""
    require(actor, Permission.MANAGE_INVENTORY)
    if MovementReason(reason) not in (
        MovementReason.RESTOCK,
        MovementReason.PURCHASE,
        MovementReason.OPENING,
    ):
        raise ValidationError(f"{reason} is not a reason to receive stock")
    with ctx.db.uow() as uow:
        s = uow.session
        p = _product(s, ctx, product_id)
        wh = _warehouse(s, ctx, warehouse_id)
        qty = _milli(p, quantity)
        m = record_movement(
            s,
            ctx,
            product_id=p.id,
            variant_id=variant_id,
            quantity_milli=qty,
            movement_type=MovementType.IN,
            reason=reason,
            warehouse_id=wh.id,
            unit_cost_minor=unit_cost_minor,
            reference_type=reference_type,
            reference_id=reference_id,
            note=note,
            created_by_id=actor.user_id,
            store_id=wh.store_id,
        )
        s.flush()
        _audit(s, ctx, actor, "stock.receive", p, quantity_milli=qty, warehouse_id=wh.id)
        after = on_hand(s, p.id, wh.id, variant_id)
        uow.commit()
    return StockResult((m.id,), after, None, Changes.of("stock_movements", ids=(p.id,)))


def adjust_stock(
    ctx: ServiceContext,
    actor: Actor,
    product_id: str,
    delta: Decimal | str | int,
    *,
    reason: str,
    kind: MovementReason | str = MovementReason.ADJUSTMENT,
    warehouse_id: str | None = None,
    variant_id: str | None = None,
) -> StockResult:
    """Add or remove stock by ``delta`` (signed) with a written reason (breakage, found...).
    ``kind`` is adjustment, writeoff or damage. May take stock negative (flagged)."""
    require(actor, Permission.MANAGE_INVENTORY)
    if not reason or not reason.strip():
        raise ValidationError("say why the stock is being adjusted")
    if kind not in ADJUSTMENT_KINDS:
        raise ValidationError(f"{kind} is not an adjustment kind (adjustment, writeoff, damage)")
    value = _signed(delta)
    with ctx.db.uow() as uow:
        s = uow.session
        p = _product(s, ctx, product_id)
        wh = _warehouse(s, ctx, warehouse_id)
        qty = _milli(p, abs(value)) * (-1 if value < 0 else 1)
        m = record_movement(
            s,
            ctx,
            product_id=p.id,
            variant_id=variant_id,
            quantity_milli=qty,
            movement_type=MovementType.ADJUSTMENT,
            reason=kind,
            warehouse_id=wh.id,
            note=reason.strip(),
            created_by_id=actor.user_id,
            store_id=wh.store_id,
        )
        s.flush()
        _audit(
            s,
            ctx,
            actor,
            "stock.adjust",
            p,
            quantity_milli=qty,
            warehouse_id=wh.id,
            kind=str(kind),
            reason=reason.strip(),
        )
        after = on_hand(s, p.id, wh.id, variant_id)
        uow.commit()
    return StockResult((m.id,), after, None, Changes.of("stock_movements", ids=(p.id,)))


def count_stock(
    ctx: ServiceContext,
    actor: Actor,
    product_id: str,
    counted: Decimal | str | int,
    *,
    warehouse_id: str | None = None,
    variant_id: str | None = None,
    note: str | None = None,
) -> StockResult:
    """A physical count: records the difference to the ledger as an ADJUSTMENT (reason count).
    A count equal to the ledger records nothing but is still audited."""
    require(actor, Permission.MANAGE_INVENTORY)
    with ctx.db.uow() as uow:
        s = uow.session
        p = _product(s, ctx, product_id)
        wh = _warehouse(s, ctx, warehouse_id)
        target = _milli(p, counted, allow_zero=True)
        diff = target - on_hand_milli(s, p.id, wh.id, variant_id)
        ids: tuple[str, ...] = ()
        if diff:
            m = record_movement(
                s,
                ctx,
                product_id=p.id,
                variant_id=variant_id,
                quantity_milli=diff,
                movement_type=MovementType.ADJUSTMENT,
                reason=MovementReason.COUNT,
                warehouse_id=wh.id,
                note=note,
                created_by_id=actor.user_id,
                store_id=wh.store_id,
            )
            ids = (m.id,)
        s.flush()
        _audit(
            s,
            ctx,
            actor,
            "stock.count",
            p,
            counted_milli=target,
            difference_milli=diff,
            warehouse_id=wh.id,
            reason=note,
        )
        uow.commit()
    return StockResult(ids, from_milli(target), None, Changes.of("stock_movements", ids=(p.id,)))


def transfer_stock(
    ctx: ServiceContext,
    actor: Actor,
    product_id: str,
    quantity: Decimal | str | int,
    *,
    from_warehouse_id: str,
    to_warehouse_id: str,
    variant_id: str | None = None,
    note: str | None = None,
) -> StockResult:
    """Move stock between two warehouses: two TRANSFER legs (transfer_out negative at the
    source, transfer_in positive at the destination) sharing one ``transfer_id``."""
    require(actor, Permission.MANAGE_INVENTORY)
    if from_warehouse_id == to_warehouse_id:
        raise ValidationError("a transfer needs two different warehouses")
    transfer_id = new_id()
    with ctx.db.uow() as uow:
        s = uow.session
        p = _product(s, ctx, product_id)
        source = _warehouse(s, ctx, from_warehouse_id)
        dest = _warehouse(s, ctx, to_warehouse_id)
        qty = _milli(p, quantity)
        legs = [
            record_movement(
                s,
                ctx,
                product_id=p.id,
                variant_id=variant_id,
                quantity_milli=sign * qty,
                movement_type=MovementType.TRANSFER,
                reason=why,
                warehouse_id=wh.id,
                transfer_id=transfer_id,
                reference_type="transfer",
                reference_id=transfer_id,
                note=note,
                created_by_id=actor.user_id,
                store_id=wh.store_id,
            )
            for sign, why, wh in (
                (-1, MovementReason.TRANSFER_OUT, source),
                (1, MovementReason.TRANSFER_IN, dest),
            )
        ]
        s.flush()
        _audit(
            s,
            ctx,
            actor,
            "stock.transfer",
            p,
            quantity_milli=qty,
            transfer_id=transfer_id,
            from_warehouse_id=source.id,
            to_warehouse_id=dest.id,
            reason=note,
        )
        after = on_hand(s, p.id, source.id, variant_id)
        uow.commit()
    return StockResult(
        tuple(m.id for m in legs), after, transfer_id, Changes.of("stock_movements", ids=(p.id,))
    )
