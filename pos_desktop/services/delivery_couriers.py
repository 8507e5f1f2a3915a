"""Couriers: the riders and courier companies a store hands parcels to (MANAGE_DELIVERIES).

Organization reference data (``hq`` kind): made or edited in any store's back office, merged
at HQ row by row (last writer wins) and sent to every store. A courier is never deleted (old
deliveries name it); ``is_active`` False takes it off the assignment list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.core.phone import normalize_phone
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.store.models.delivery import Courier, CourierStatus

VEHICLES: Final = ("bike", "three-wheeler", "car", "van", "lorry", "courier company")


@dataclass(frozen=True, slots=True)
class CourierInput:
    name: str
    phone: str | None = None
    email: str | None = None
    vehicle_type: str | None = None
    status: str = CourierStatus.AVAILABLE.value
    is_active: bool = True


@dataclass(frozen=True, slots=True)
class CourierView:
    id: str
    name: str
    phone: str | None
    email: str | None
    vehicle_type: str | None
    status: str
    is_active: bool

    @staticmethod
    def of(row: Courier) -> CourierView:
        return CourierView(
            row.id, row.name, row.phone, row.email, row.vehicle_type, row.status, row.is_active
        )


@dataclass(frozen=True, slots=True)
class CourierResult:
    courier: CourierView
    changes: Changes


def _clean(data: CourierInput) -> dict[str, object]:
    name = " ".join(data.name.split())
    if not name or len(name) > 200:
        raise ValidationError("a courier needs a name of at most 200 characters")
    phone = normalize_phone(data.phone) if data.phone and data.phone.strip() else None
    email = (data.email or "").strip() or None
    if email is not None and ("@" not in email or len(email) > 200 or " " in email):
        raise ValidationError(f"{email!r} is not an email address")
    vehicle = " ".join((data.vehicle_type or "").split()) or None
    if vehicle is not None and len(vehicle) > 32:
        raise ValidationError("the vehicle type is longer than 32 characters")
    try:
        status = CourierStatus(data.status.strip().upper()).value
    except ValueError as exc:
        raise ValidationError(f"{data.status!r} is not a courier status") from exc
    return {
        "name": name,
        "phone": phone,
        "email": email,
        "vehicle_type": vehicle,
        "status": status,
        "is_active": bool(data.is_active),
    }


def _unique_name(s: Session, org_id: str, name: str, own_id: str | None) -> None:
    same = s.execute(
        select(Courier.id).where(
            Courier.organization_id == org_id,
            Courier.name == name,
            Courier.id != (own_id or ""),
        )
    ).first()
    if same is not None:
        raise ConflictError(f"there is already a courier called {name}")


def create_courier(ctx: ServiceContext, actor: Actor, data: CourierInput) -> CourierResult:
    require(actor, Permission.MANAGE_DELIVERIES)
    values = _clean(data)
    with ctx.db.uow() as uow:
        s = uow.session
        _unique_name(s, ctx.terminal.organization_id, str(values["name"]), None)
        row = Courier(organization_id=ctx.terminal.organization_id, **values)
        s.add(row)
        s.flush()
        audit(s, ctx, actor, AuditEntry("courier.create", "couriers", row.id, None, values))
        uow.commit()
        view = CourierView.of(row)
    return CourierResult(view, Changes.of("couriers", ids=(view.id,)))


def update_courier(
    ctx: ServiceContext, actor: Actor, courier_id: str, data: CourierInput
) -> CourierResult:
    require(actor, Permission.MANAGE_DELIVERIES)
    values = _clean(data)
    with ctx.db.uow() as uow:
        s = uow.session
        row = s.get(Courier, courier_id)
        if row is None or row.organization_id != ctx.terminal.organization_id:
            raise NotFoundError("no such courier")
        _unique_name(s, row.organization_id, str(values["name"]), row.id)
        before = {k: getattr(row, k) for k in values}
        for key, value in values.items():
            setattr(row, key, value)
        s.flush()
        audit(s, ctx, actor, AuditEntry("courier.update", "couriers", row.id, before, values))
        uow.commit()
        view = CourierView.of(row)
    return CourierResult(view, Changes.of("couriers", ids=(view.id,)))


def list_couriers(
    ctx: ServiceContext, actor: Actor, *, include_inactive: bool = False
) -> list[CourierView]:
    require(actor, Permission.MANAGE_DELIVERIES)
    with ctx.db.read() as s:
        query = select(Courier).where(Courier.organization_id == ctx.terminal.organization_id)
        if not include_inactive:
            query = query.where(Courier.is_active.is_(True))
        rows = s.execute(query.order_by(Courier.name, Courier.id)).scalars()
        return [CourierView.of(r) for r in rows]
