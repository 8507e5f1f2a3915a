"""Payment methods the store accepts: names, on/off, opens-the-drawer, and their order.

The codes (CASH, CARD, BANK_TRANSFER, COD, PAYHERE, LANKAQR, LOYALTY_POINTS) are fixed: sales
record them and the payment rules (services/payments.py) key on them; a shop edits how they are
named, shown and whether they are taken. Rules:
- a name is 1-100 characters;
- cash cannot be switched off (change and the cash drawer count depend on it), and at least
  one method stays on anyway;
- the order is the order of the payment dialog's buttons, given as the full list of ids.
Every change is audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
    require,
)
from pos_desktop.store.models.sales import PaymentMethod, PaymentMethodCode

CHANGES = "payment_methods"


@dataclass(frozen=True, slots=True)
class PaymentMethodRow:
    id: str
    code: str
    name: str
    provider: str | None
    is_active: bool
    opens_drawer: bool
    requires_reference: bool
    pending_verification: bool
    sort_order: int


@dataclass(frozen=True, slots=True)
class PaymentMethodEdit:
    name: str
    is_active: bool
    opens_drawer: bool


@dataclass(frozen=True, slots=True)
class PaymentSettingsResult:
    changes: Changes


def _rows(session: Session, ctx: ServiceContext) -> list[PaymentMethod]:
    return list(
        session.execute(
            select(PaymentMethod)
            .where(PaymentMethod.organization_id == ctx.terminal.organization_id)
            .order_by(PaymentMethod.sort_order, PaymentMethod.code)
        ).scalars()
    )


def list_payment_methods(session: Session, ctx: ServiceContext) -> list[PaymentMethodRow]:
    return [
        PaymentMethodRow(
            m.id,
            m.code,
            m.name,
            m.provider,
            m.is_active,
            m.opens_drawer,
            m.requires_reference,
            m.pending_verification,
            m.sort_order,
        )
        for m in _rows(session, ctx)
    ]


def update_payment_method(
    ctx: ServiceContext, actor: Actor, method_id: str, edit: PaymentMethodEdit
) -> PaymentSettingsResult:
    require(actor, Permission.MANAGE_SETTINGS)
    name = " ".join(edit.name.split())
    if not name or len(name) > 100:
        raise ValidationError("a payment method needs a name of 1-100 characters")
    with ctx.db.uow() as uow:
        s = uow.session
        rows = _rows(s, ctx)
        method = next((m for m in rows if m.id == method_id), None)
        if method is None:
            raise NotFoundError("no such payment method")
        if not edit.is_active and method.code == PaymentMethodCode.CASH.value:
            raise ConflictError("cash cannot be switched off: change and the drawer need it")
        if not edit.is_active and not any(m.is_active for m in rows if m.id != method_id):
            raise ConflictError("at least one payment method must stay on")
        old = {
            "name": method.name,
            "is_active": method.is_active,
            "opens_drawer": method.opens_drawer,
        }
        new = {"name": name, "is_active": edit.is_active, "opens_drawer": edit.opens_drawer}
        method.name, method.is_active, method.opens_drawer = name, edit.is_active, edit.opens_drawer
        entry = AuditEntry("payment_method.update", "payment_method", method.id, old, new)
        entry.extra = {"code": method.code}
        audit(s, ctx, actor, entry)
        uow.commit()
    return PaymentSettingsResult(Changes.of(CHANGES, ids=(method_id,)))


def reorder_payment_methods(
    ctx: ServiceContext, actor: Actor, method_ids: Sequence[str]
) -> PaymentSettingsResult:
    """Put the methods in the order of ``method_ids`` (every method exactly once)."""
    require(actor, Permission.MANAGE_SETTINGS)
    with ctx.db.uow() as uow:
        s = uow.session
        rows = {m.id: m for m in _rows(s, ctx)}
        if sorted(method_ids) != sorted(rows):
            raise ValidationError("the new order must list every payment method exactly once")
        old = [m.code for m in sorted(rows.values(), key=lambda m: m.sort_order)]
        for order, method_id in enumerate(method_ids):
            if rows[method_id].sort_order != order:
                rows[method_id].sort_order = order
        new = [rows[i].code for i in method_ids]
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "payment_method.reorder", "payment_method", None, {"order": old}, {"order": new}
            ),
        )
        uow.commit()
    return PaymentSettingsResult(Changes.of(CHANGES, ids=tuple(method_ids)))
