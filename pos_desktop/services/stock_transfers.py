"""Transfers of stock to another store of the organization, through HQ.

A store may only write its own store's rows (HQ quarantines anything else), so a transfer is
two halves written by the two stores, sharing one ``transfer_id``:

1. The sending store (``send_to_store``) writes the OUT leg in its warehouse (TRANSFER /
   transfer_out, ``reference_type`` "store_transfer") and a ``TRANSFER`` notification with
   ``store_id`` NULL, i.e. organization-wide, carrying what was sent and to which store. Both are
   ledger rows: they go up with the next push. Stock movements only come down to their own
   store, but organization-wide notifications come down to every store, so the destination
   learns of the transfer without any new sync rule or HQ table.
2. The destination lists the transfers addressed to it that its ledger has not received yet
   (``pending_inbound_transfers``) and, when the goods arrive, confirms them
   (``receive_from_store``): the IN leg (TRANSFER / transfer_in, same ``transfer_id``) in one of
   its warehouses, with the quantity actually received (a shortfall is noted and audited).

Until it is confirmed the stock is in transit: out of the sender's on hand, not yet in the
destination's. Two tills of the destination confirming the same transfer while both offline
would each write an IN leg; the back office is one PC per store, so this is left to the count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.ids import new_id
from pos_desktop.core.permissions import Permission
from pos_desktop.core.quantity import from_milli
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.services.stock import (
    StockResult,
    _milli,
    _product,
    _warehouse,
    on_hand,
    record_movement,
)
from pos_desktop.store.models import Notification, Store
from pos_desktop.store.models.inventory import MovementReason, MovementType, StockMovement

TRANSFER_TYPE: Final = "TRANSFER"
STORE_TRANSFER: Final = "store_transfer"


@dataclass(frozen=True, slots=True)
class InboundTransfer:
    transfer_id: str
    from_store_id: str
    from_store_name: str
    product_id: str
    sku: str
    name: str
    quantity_milli: int
    sent_at: datetime
    note: str | None

    @property
    def quantity(self) -> Decimal:
        return from_milli(self.quantity_milli)


def send_to_store(
    ctx: ServiceContext,
    actor: Actor,
    product_id: str,
    quantity: Decimal | str | int,
    *,
    to_store_id: str,
    from_warehouse_id: str | None = None,
    note: str | None = None,
) -> StockResult:
    """The outbound half of a transfer to another store (see the module docstring)."""
    require(actor, Permission.MANAGE_INVENTORY)
    if to_store_id == ctx.terminal.store_id:
        raise ValidationError("to move stock inside this store, transfer between its warehouses")
    transfer_id = new_id()
    with ctx.db.uow() as uow:
        s = uow.session
        dest = s.get(Store, to_store_id)
        if dest is None or dest.organization_id != ctx.terminal.organization_id:
            raise NotFoundError("no such store in this organization")
        here = s.get(Store, ctx.terminal.store_id)
        p = _product(s, ctx, product_id)
        source = _warehouse(s, ctx, from_warehouse_id)
        qty = _milli(p, quantity)
        clean_note = " ".join((note or "").split())[:300] or None
        leg = record_movement(
            s,
            ctx,
            product_id=p.id,
            quantity_milli=-qty,
            movement_type=MovementType.TRANSFER,
            reason=MovementReason.TRANSFER_OUT,
            warehouse_id=source.id,
            unit_cost_minor=p.cost_minor,
            reference_type=STORE_TRANSFER,
            reference_id=transfer_id,
            transfer_id=transfer_id,
            note=f"to {dest.code} {dest.name}" + (f": {clean_note}" if clean_note else ""),
            created_by_id=actor.user_id,
        )
        from_name = f"{here.code} {here.name}" if here is not None else ctx.terminal.store_code
        data: dict[str, Any] = {
            "kind": "STORE_TRANSFER",
            "transfer_id": transfer_id,
            "from_store_id": ctx.terminal.store_id,
            "from_store_name": from_name,
            "to_store_id": dest.id,
            "product_id": p.id,
            "sku": p.sku,
            "name": p.name,
            "quantity_milli": qty,
            "unit_cost_minor": p.cost_minor,
            "note": clean_note,
        }
        s.add(
            Notification(
                organization_id=ctx.terminal.organization_id,
                store_id=None,  # organization-wide: the destination store pulls it
                device_id=ctx.terminal.device_id,
                type=TRANSFER_TYPE,
                title=f"Stock transfer to {dest.code}: {p.name}"[:200],
                message=(
                    f"{from_name} sent {from_milli(qty)} {p.unit} of {p.name} ({p.sku}) to "
                    f"{dest.code} {dest.name}. {dest.name} confirms it in Inventory > Stock "
                    "when the goods arrive."
                )[:1000],
                data=data,
                is_read=False,
                created_at=ctx.clock(),
            )
        )
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "stock.transfer_out",
                "products",
                p.id,
                None,
                {
                    "sku": p.sku,
                    "quantity_milli": qty,
                    "transfer_id": transfer_id,
                    "from_warehouse_id": source.id,
                    "to_store_id": dest.id,
                },
                reason=clean_note,
            ),
        )
        after = on_hand(s, p.id, source.id)
        uow.commit()
    return StockResult(
        (leg.id,),
        after,
        transfer_id,
        Changes.of("stock_movements", "notifications", ids=(p.id,)),
    )


def _received(session: Session, transfer_ids: list[str]) -> set[str]:
    if not transfer_ids:
        return set()
    sm = StockMovement
    rows = session.execute(
        select(sm.transfer_id).where(
            sm.transfer_id.in_(transfer_ids), sm.reason == MovementReason.TRANSFER_IN.value
        )
    ).scalars()
    return {r for r in rows if r}


def _notices(session: Session, ctx: ServiceContext) -> list[Notification]:
    return list(
        session.execute(
            select(Notification)
            .where(
                Notification.organization_id == ctx.terminal.organization_id,
                Notification.type == TRANSFER_TYPE,
                func.json_extract(Notification.data, "$.to_store_id") == ctx.terminal.store_id,
            )
            .order_by(Notification.created_at, Notification.id)
        ).scalars()
    )


def pending_inbound_transfers(session: Session, ctx: ServiceContext) -> list[InboundTransfer]:
    """Transfers other stores sent to this one that no warehouse here has received yet."""
    notices = _notices(session, ctx)
    done = _received(session, [str(n.data.get("transfer_id")) for n in notices])
    out = []
    for n in notices:
        d = n.data
        if d.get("transfer_id") in done:
            continue
        out.append(
            InboundTransfer(
                str(d["transfer_id"]),
                str(d.get("from_store_id", "")),
                str(d.get("from_store_name", "")),
                str(d["product_id"]),
                str(d.get("sku", "")),
                str(d.get("name", "")),
                int(d["quantity_milli"]),
                n.created_at,
                d.get("note"),
            )
        )
    return out


def receive_from_store(
    ctx: ServiceContext,
    actor: Actor,
    transfer_id: str,
    *,
    warehouse_id: str | None = None,
    received: Decimal | str | int | None = None,
    note: str | None = None,
) -> StockResult:
    """The inbound half: the goods of ``transfer_id`` arrived (``received`` of them; all when
    None). Refused if this store already received that transfer."""
    require(actor, Permission.MANAGE_INVENTORY)
    with ctx.db.uow() as uow:
        s = uow.session
        pending = {t.transfer_id: t for t in pending_inbound_transfers(s, ctx)}
        transfer = pending.get(transfer_id)
        if transfer is None:
            if _received(s, [transfer_id]):
                raise ConflictError("this transfer was received already")
            raise NotFoundError("no transfer with that id is on its way to this store")
        p = _product(s, ctx, transfer.product_id)
        wh = _warehouse(s, ctx, warehouse_id)
        qty = transfer.quantity_milli if received is None else _milli(p, received)
        if qty > transfer.quantity_milli:
            raise ValidationError(
                f"{from_milli(qty)} is more than the {transfer.quantity} that were sent"
            )
        short = transfer.quantity_milli - qty
        clean_note = " ".join((note or "").split())[:300] or None
        text = f"from {transfer.from_store_name}"
        if short:
            text += f", {from_milli(short)} short"
        if clean_note:
            text += f": {clean_note}"
        leg = record_movement(
            s,
            ctx,
            product_id=p.id,
            quantity_milli=qty,
            movement_type=MovementType.TRANSFER,
            reason=MovementReason.TRANSFER_IN,
            warehouse_id=wh.id,
            unit_cost_minor=p.cost_minor,
            reference_type=STORE_TRANSFER,
            reference_id=transfer_id,
            transfer_id=transfer_id,
            note=text,
            created_by_id=actor.user_id,
        )
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "stock.transfer_in",
                "products",
                p.id,
                None,
                {
                    "sku": p.sku,
                    "transfer_id": transfer_id,
                    "sent_milli": transfer.quantity_milli,
                    "received_milli": qty,
                    "warehouse_id": wh.id,
                    "from_store_id": transfer.from_store_id,
                },
                reason=clean_note,
            ),
        )
        after = on_hand(s, p.id, wh.id)
        uow.commit()
    return StockResult((leg.id,), after, transfer_id, Changes.of("stock_movements", ids=(p.id,)))


@dataclass(frozen=True, slots=True)
class StoreChoice:
    id: str
    code: str
    name: str


def other_stores(session: Session, ctx: ServiceContext) -> list[StoreChoice]:
    """The organization's other stores, destinations for a transfer."""
    rows = session.execute(
        select(Store.id, Store.code, Store.name)
        .where(
            Store.organization_id == ctx.terminal.organization_id,
            Store.id != ctx.terminal.store_id,
        )
        .order_by(Store.code)
    )
    return [StoreChoice(i, c, n) for i, c, n in rows]
