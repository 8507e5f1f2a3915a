"""Physical stock takes: start a count of one warehouse (optionally one category and its
sub-categories), enter counts by scanning or typing, review the variance, complete or cancel.

Blind count: what staff see while counting (``counted_lines``) never includes the expected
quantity; only the variance report (stock_take_report.py) shows it.

The snapshot moment (models/stock_take.py): a line's ``snapshot_at`` is when its product was
first counted, or last typed as a fresh total. On completion each line's expected quantity is
the ledger up to that moment, and the COUNT movement written is ``counted - expected``. Sales
and other movements after the snapshot stay on top of the count, so a sale rung up while the
aisle was being counted is neither lost nor counted twice; movements made before the snapshot
but pulled from another till only later are included, because the expected quantity is
recomputed from the ledger by time when the take completes.

Uncounted products are left as they are unless ``zero_uncounted`` says the count covered the
whole scope (then whatever the ledger still holds there is counted to zero, snapshot now).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.core.quantity import from_milli
from pos_desktop.services.catalog import lookup_barcode
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.services.notifications_stock import StockKey, check_stock_levels
from pos_desktop.services.stock import _milli, _on_hand_after, _warehouse, record_movement
from pos_desktop.store.models.catalog import Category, Product
from pos_desktop.store.models.inventory import MovementReason, MovementType, StockMovement
from pos_desktop.store.models.stock_take import StockTake, StockTakeLine, StockTakeStatus

STOCK_TAKE_REF = "stock_take"


class CountMode(StrEnum):
    ADD = "add"  # a scan or "+n": add to what was counted so far
    SET = "set"  # a typed total: replaces the count (a recount) and takes a fresh snapshot


@dataclass(frozen=True, slots=True)
class StockTakeView:
    id: str
    warehouse_id: str
    category_id: str | None
    status: str
    note: str | None
    started_at: datetime
    started_by_id: str | None
    finished_at: datetime | None
    lines: int

    @property
    def reference(self) -> str:
        return f"ST-{self.id[-8:].upper()}"


@dataclass(frozen=True, slots=True)
class CountLine:
    """A counted product as the counting screen shows it: no expected quantity (blind)."""

    product_id: str
    sku: str
    name: str
    unit: str
    counted_milli: int
    counted_at: datetime

    @property
    def counted(self) -> Decimal:
        return from_milli(self.counted_milli)


@dataclass(frozen=True, slots=True)
class StockTakeResult:
    stock_take_id: str
    changes: Changes


@dataclass(frozen=True, slots=True)
class CountResult:
    line: CountLine
    changes: Changes


@dataclass(frozen=True, slots=True)
class CompleteResult:
    stock_take_id: str
    movement_ids: tuple[str, ...]
    changes: Changes


def _view(take: StockTake, lines: int) -> StockTakeView:
    return StockTakeView(
        take.id,
        take.warehouse_id,
        take.category_id,
        take.status,
        take.note,
        take.started_at,
        take.started_by_id,
        take.finished_at,
        lines,
    )


def scope_categories(session: Session, category_id: str) -> set[str]:
    """The category and every category below it."""
    children: dict[str | None, list[str]] = {}
    for cid, parent in session.execute(select(Category.id, Category.parent_id)):
        children.setdefault(parent, []).append(cid)
    found, todo = {category_id}, [category_id]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def ledger_at(
    session: Session, product_id: str, warehouse_id: str, moment: datetime | None = None
) -> int:
    """The ledger sum of a product in a warehouse, counting only movements made at or before
    ``moment`` (all of them when None)."""
    sm = StockMovement
    query = select(func.coalesce(func.sum(sm.quantity_milli), 0)).where(
        sm.product_id == product_id, sm.warehouse_id == warehouse_id
    )
    if moment is not None:
        query = query.where(sm.created_at <= moment)
    return int(session.execute(query).scalar_one())


def _take(session: Session, ctx: ServiceContext, take_id: str, *, open_: bool) -> StockTake:
    take = session.get(StockTake, take_id)
    if take is None or take.store_id != ctx.terminal.store_id:
        raise NotFoundError("no such stock take")
    if open_ and take.status != StockTakeStatus.OPEN.value:
        raise ConflictError(f"this stock take is {take.status.lower()}; it can no longer change")
    return take


def start_stock_take(
    ctx: ServiceContext,
    actor: Actor,
    warehouse_id: str | None = None,
    *,
    category_id: str | None = None,
    note: str | None = None,
) -> StockTakeResult:
    require(actor, Permission.MANAGE_INVENTORY)
    with ctx.db.uow() as uow:
        s = uow.session
        wh = _warehouse(s, ctx, warehouse_id)
        if wh.store_id != ctx.terminal.store_id:
            raise ValidationError("count the warehouses of this store only")
        if category_id is not None and s.get(Category, category_id) is None:
            raise NotFoundError("no such category")
        busy = s.execute(
            select(StockTake.id).where(
                StockTake.warehouse_id == wh.id, StockTake.status == StockTakeStatus.OPEN.value
            )
        ).first()
        if busy:
            raise ConflictError(
                f"{wh.name} is being counted already; complete or cancel that stock take first"
            )
        take = StockTake(
            organization_id=ctx.terminal.organization_id,
            store_id=ctx.terminal.store_id,
            device_id=ctx.terminal.device_id,
            warehouse_id=wh.id,
            status=StockTakeStatus.OPEN.value,
            category_id=category_id,
            note=" ".join((note or "").split())[:500] or None,
            started_by_id=actor.user_id,
            started_at=ctx.clock(),
        )
        s.add(take)
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "stock_take.start",
                "stock_takes",
                take.id,
                None,
                {"warehouse_id": wh.id, "category_id": category_id},
            ),
        )
        uow.commit()
    return StockTakeResult(take.id, Changes.of("stock_takes", ids=(take.id,)))


def _resolve(session: Session, ctx: ServiceContext, code: str) -> Product:
    code = code.strip()
    if not code:
        raise ValidationError("scan or type a barcode or SKU")
    hit = lookup_barcode(session, code, include_inactive=True)
    product = session.get(Product, hit.product_id) if hit is not None else None
    if product is None:
        product = session.execute(
            select(Product).where(
                Product.organization_id == ctx.terminal.organization_id,
                func.upper(Product.sku) == code.upper(),
            )
        ).scalar_one_or_none()
    if product is None or product.deleted_at is not None:
        raise NotFoundError(f"no product with the barcode or SKU {code}")
    return product


def count_item(
    ctx: ServiceContext,
    actor: Actor,
    stock_take_id: str,
    *,
    product_id: str | None = None,
    code: str | None = None,
    quantity: Decimal | str | int = 1,
    mode: CountMode | str = CountMode.ADD,
) -> CountResult:
    """Count a product (by id, or by a scanned/typed barcode or SKU): add ``quantity`` to its
    count, or set the count to ``quantity`` (0 allowed: "there are none")."""
    require(actor, Permission.MANAGE_INVENTORY)
    how = CountMode(mode)
    with ctx.db.uow() as uow:
        s = uow.session
        take = _take(s, ctx, stock_take_id, open_=True)
        if product_id is not None:
            product = s.get(Product, product_id)
            if product is None or product.organization_id != ctx.terminal.organization_id:
                raise NotFoundError("no such product")
        elif code is not None:
            product = _resolve(s, ctx, code)
        else:
            raise ValidationError("say which product was counted")
        if take.category_id is not None and product.category_id not in scope_categories(
            s, take.category_id
        ):
            raise ValidationError(f"{product.name} is outside this stock take's category")
        qty = _milli(product, quantity, allow_zero=how is CountMode.SET)
        now = ctx.clock()
        line = s.execute(
            select(StockTakeLine).where(
                StockTakeLine.stock_take_id == take.id,
                StockTakeLine.product_id == product.id,
                StockTakeLine.variant_id.is_(None),
            )
        ).scalar_one_or_none()
        if line is None:
            line = StockTakeLine(
                organization_id=ctx.terminal.organization_id,
                stock_take_id=take.id,
                product_id=product.id,
                variant_id=None,
                counted_milli=0,
                snapshot_at=now,
                expected_milli=0,
            )
            s.add(line)
            fresh = True
        else:
            fresh = how is CountMode.SET
        if fresh:
            line.snapshot_at = now
            line.expected_milli = ledger_at(s, product.id, take.warehouse_id, now)
        line.counted_milli = qty if how is CountMode.SET else line.counted_milli + qty
        line.unit_cost_minor = product.cost_minor
        line.counted_by_id = actor.user_id
        line.updated_at = now
        s.flush()
        view = CountLine(
            product.id, product.sku, product.name, product.unit, line.counted_milli, now
        )
        uow.commit()
    return CountResult(view, Changes.of("stock_take_lines", ids=(stock_take_id,)))


def counted_lines(session: Session, ctx: ServiceContext, stock_take_id: str) -> list[CountLine]:
    """What was counted so far, last counted first (blind: no expected quantities)."""
    _take(session, ctx, stock_take_id, open_=False)
    rows = session.execute(
        select(StockTakeLine, Product.sku, Product.name, Product.unit)
        .join(Product, Product.id == StockTakeLine.product_id)
        .where(StockTakeLine.stock_take_id == stock_take_id)
        .order_by(StockTakeLine.updated_at.desc(), StockTakeLine.id.desc())
    )
    return [
        CountLine(line.product_id, sku, name, unit, line.counted_milli, line.updated_at)
        for line, sku, name, unit in rows
    ]


def get_stock_take(session: Session, ctx: ServiceContext, stock_take_id: str) -> StockTakeView:
    take = _take(session, ctx, stock_take_id, open_=False)
    n = session.execute(
        select(func.count()).where(StockTakeLine.stock_take_id == take.id)
    ).scalar_one()
    return _view(take, int(n))


def list_stock_takes(
    session: Session, ctx: ServiceContext, *, limit: int = 50
) -> list[StockTakeView]:
    """This store's stock takes, open ones first, then newest first."""
    counts = (
        select(StockTakeLine.stock_take_id, func.count().label("n"))
        .group_by(StockTakeLine.stock_take_id)
        .subquery()
    )
    rows = session.execute(
        select(StockTake, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.stock_take_id == StockTake.id)
        .where(StockTake.store_id == ctx.terminal.store_id)
        .order_by(
            (StockTake.status == StockTakeStatus.OPEN.value).desc(),
            StockTake.started_at.desc(),
        )
        .limit(limit)
    )
    return [_view(take, int(n)) for take, n in rows]


def uncounted_in_scope(session: Session, take: StockTake, counted: Iterable[str]) -> dict[str, int]:
    """Products of the take's scope that the ledger holds (non-zero) in its warehouse but
    nobody counted: product id -> on hand now."""
    sm = StockMovement
    query = (
        select(sm.product_id, func.sum(sm.quantity_milli))
        .where(sm.warehouse_id == take.warehouse_id)
        .group_by(sm.product_id)
        .having(func.sum(sm.quantity_milli) != 0)
    )
    if take.category_id is not None:
        cats = scope_categories(session, take.category_id)
        query = query.where(
            sm.product_id.in_(select(Product.id).where(Product.category_id.in_(cats)))
        )
    seen = set(counted)
    return {pid: int(q) for pid, q in session.execute(query) if pid not in seen}


def complete_stock_take(
    ctx: ServiceContext, actor: Actor, stock_take_id: str, *, zero_uncounted: bool = False
) -> CompleteResult:
    """Write the COUNT movements (counted minus the ledger at each line's snapshot moment) and
    close the take."""
    require(actor, Permission.MANAGE_INVENTORY)
    with ctx.db.uow() as uow:
        s = uow.session
        take = _take(s, ctx, stock_take_id, open_=True)
        lines = list(
            s.execute(select(StockTakeLine).where(StockTakeLine.stock_take_id == take.id)).scalars()
        )
        now = ctx.clock()
        ref = f"ST-{take.id[-8:].upper()}"
        ids: list[str] = []
        for line in lines:
            line.expected_milli = ledger_at(s, line.product_id, take.warehouse_id, line.snapshot_at)
            diff = line.counted_milli - line.expected_milli
            if diff:
                line.movement_id = _count_movement(s, ctx, actor, take, line.product_id, diff, ref)
                ids.append(line.movement_id)
        touched = [ln.product_id for ln in lines]
        if zero_uncounted:
            for pid, qty in uncounted_in_scope(s, take, touched).items():
                cost = s.execute(select(Product.cost_minor).where(Product.id == pid)).scalar()
                movement_id = _count_movement(s, ctx, actor, take, pid, -qty, ref)
                s.add(
                    StockTakeLine(
                        organization_id=ctx.terminal.organization_id,
                        stock_take_id=take.id,
                        product_id=pid,
                        counted_milli=0,
                        snapshot_at=now,
                        expected_milli=qty,
                        unit_cost_minor=cost,
                        counted_by_id=actor.user_id,
                        movement_id=movement_id,
                    )
                )
                ids.append(movement_id)
                touched.append(pid)
        s.flush()
        keys = [StockKey(pid, take.warehouse_id, None) for pid in touched]
        check_stock_levels(s, ctx, _on_hand_after(s, keys))
        take.status = StockTakeStatus.COMPLETED.value
        take.finished_at = now
        take.finished_by_id = actor.user_id
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "stock_take.complete",
                "stock_takes",
                take.id,
                None,
                {
                    "warehouse_id": take.warehouse_id,
                    "lines": len(touched),
                    "movements": len(ids),
                    "zero_uncounted": zero_uncounted,
                },
            ),
        )
        uow.commit()
    return CompleteResult(
        stock_take_id,
        tuple(ids),
        Changes.of("stock_takes", "stock_movements", ids=(stock_take_id,)),
    )


def _count_movement(
    s: Session,
    ctx: ServiceContext,
    actor: Actor,
    take: StockTake,
    product_id: str,
    diff: int,
    ref: str,
) -> str:
    row = record_movement(
        s,
        ctx,
        product_id=product_id,
        quantity_milli=diff,
        movement_type=MovementType.ADJUSTMENT,
        reason=MovementReason.COUNT,
        warehouse_id=take.warehouse_id,
        reference_type=STOCK_TAKE_REF,
        reference_id=take.id,
        note=f"stock take {ref}",
        created_by_id=actor.user_id,
        check_levels=False,  # checked once for the whole take
    )
    return row.id


def cancel_stock_take(
    ctx: ServiceContext, actor: Actor, stock_take_id: str, *, reason: str = ""
) -> StockTakeResult:
    """Abandon a count: nothing is written to the ledger, the counts stay for the record."""
    require(actor, Permission.MANAGE_INVENTORY)
    with ctx.db.uow() as uow:
        s = uow.session
        take = _take(s, ctx, stock_take_id, open_=True)
        take.status = StockTakeStatus.CANCELLED.value
        take.finished_at = ctx.clock()
        take.finished_by_id = actor.user_id
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "stock_take.cancel",
                "stock_takes",
                take.id,
                None,
                {"warehouse_id": take.warehouse_id},
                reason=" ".join(reason.split()) or None,
            ),
        )
        uow.commit()
    return StockTakeResult(stock_take_id, Changes.of("stock_takes", ids=(stock_take_id,)))
