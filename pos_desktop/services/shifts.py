"""Shifts: open with a float, cash in and out, no-sale drawer opens, close with a counted drawer.

One shift at a time per device (the drawer belongs to the terminal). Anyone with MANAGE_SHIFT may
work the open shift (a manager may do a cash drop on a cashier's shift). Checkout calls
``require_open_shift`` inside its own transaction and stamps the shift id on the sale.

Approvals (the approver is an Actor from ``auth.approve``):
- a cash out or payout above ``shift.cash_out_approval_limit_minor`` (default LKR 5,000) needs
  APPROVE_OVER_SHORT, the manager's cash-control permission, by the actor or an approver;
- a no-sale drawer open needs OPEN_DRAWER by the actor or an approver;
- a close whose over/short exceeds ``shift.over_short_limit_minor`` (default LKR 500) either way
  needs APPROVE_OVER_SHORT, and also raises a notification for the back office.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import bindparam, exists, func, select
from sqlalchemy.orm import Session

from pos_desktop.core.denominations import count_total, counts_to_json, normalize_counts
from pos_desktop.core.errors import ConflictError, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
    require,
    require_or_approval,
)
from pos_desktop.services.notifications import add_notification
from pos_desktop.services.settings import CASH_OUT_APPROVAL_LIMIT, OVER_SHORT_LIMIT, get_int
from pos_desktop.services.shift_reports import ShiftReport, build_report, expected_cash_minor
from pos_desktop.store.models.shifts import CashMovement, CashMovementType, Shift, ShiftClosing

MAX_CASH_MINOR = 100_000_000_00  # LKR 100 million: no drawer holds more; larger is a typo
MAX_REASON = 500
NO_OPEN_SHIFT = "no open shift: open a shift before selling"


@dataclass(frozen=True, slots=True)
class ShiftResult:
    shift_id: str
    changes: Changes


@dataclass(frozen=True, slots=True)
class CashMovementResult:
    movement_id: str
    shift_id: str
    type: str
    amount: Money
    changes: Changes


@dataclass(frozen=True, slots=True)
class ShiftCloseResult:
    shift_id: str
    z_report_number: int
    over_short: Money
    report: ShiftReport  # the Z report data
    changes: Changes


# Built once: every checkout asks, and building the statement cost more than running it.
_OPEN_SHIFT = (
    select(Shift)
    .where(
        Shift.device_id == bindparam("device_id"),
        ~exists().where(ShiftClosing.shift_id == Shift.id),
    )
    .order_by(Shift.opened_at.desc())
    .limit(1)
)


def current_shift(session: Session, ctx: ServiceContext) -> Shift | None:
    """The open shift of this device, if any."""
    return session.execute(_OPEN_SHIFT, {"device_id": ctx.terminal.device_id}).scalar_one_or_none()


def require_open_shift(session: Session, ctx: ServiceContext) -> Shift:
    shift = current_shift(session, ctx)
    if shift is None:
        raise ConflictError(NO_OPEN_SHIFT, code="no_open_shift")
    return shift


def _amount(ctx: ServiceContext, amount: Money, *, allow_zero: bool) -> Money:
    if not isinstance(amount, Money):
        raise ValidationError("an amount of money is required")
    if amount.currency != ctx.terminal.currency:
        raise ValidationError(f"this drawer holds {ctx.terminal.currency}, not {amount.currency}")
    if amount.minor < 0 or (amount.minor == 0 and not allow_zero):
        raise ValidationError("the amount must be more than zero")
    if amount.minor > MAX_CASH_MINOR:
        raise ValidationError(f"{amount} is not a plausible amount of cash")
    return amount


def _reason(reason: str | None, *, required: bool) -> str | None:
    text = (reason or "").strip()
    if required and not text:
        raise ValidationError("a reason is required")
    if len(text) > MAX_REASON:
        raise ValidationError(f"the reason is at most {MAX_REASON} characters")
    return text or None


def _movement(
    session: Session,
    ctx: ServiceContext,
    shift: Shift,
    type_: CashMovementType,
    amount_minor: int,
    actor: Actor,
    reason: str | None,
    authoriser: Actor,
) -> CashMovement:
    row = CashMovement(
        organization_id=ctx.terminal.organization_id,
        store_id=ctx.terminal.store_id,
        device_id=ctx.terminal.device_id,
        shift_id=shift.id,
        type=type_.value,
        amount_minor=amount_minor,
        currency=shift.currency,
        reason=reason,
        user_id=actor.user_id,
        approved_by_id=None if authoriser == actor else authoriser.user_id,
        created_at=ctx.clock(),
    )
    session.add(row)
    session.flush()
    return row


def open_shift(
    ctx: ServiceContext,
    actor: Actor,
    opening_float: Money,
    *,
    denominations: Mapping[int, int] | None = None,
) -> ShiftResult:
    """Open this device's shift with a float (zero allowed), optionally counted by denomination."""
    require(actor, Permission.MANAGE_SHIFT)
    opening_float = _amount(ctx, opening_float, allow_zero=True)
    counted = None
    if denominations is not None:
        counted = normalize_counts(denominations, opening_float.currency)
        if count_total(counted, opening_float.currency) != opening_float:
            raise ValidationError(
                f"the float counted by denomination is "
                f"{count_total(counted, opening_float.currency)}, not {opening_float}"
            )
    now = ctx.clock()
    with ctx.db.uow() as uow:
        s = uow.session
        if current_shift(s, ctx) is not None:
            raise ConflictError("a shift is already open on this terminal; close it first")
        shift = Shift(
            organization_id=ctx.terminal.organization_id,
            store_id=ctx.terminal.store_id,
            device_id=ctx.terminal.device_id,
            cashier_id=actor.user_id,
            opened_at=now,
            opening_float_minor=opening_float.minor,
            currency=opening_float.currency,
            opening_denominations=counts_to_json(counted) if counted is not None else None,
            created_at=now,
        )
        s.add(shift)
        s.flush()  # parent before the FLOAT movement's foreign key
        if opening_float.minor:
            _movement(
                s, ctx, shift, CashMovementType.FLOAT, opening_float.minor, actor, None, actor
            )
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "shift.open",
                "shift",
                shift.id,
                new_values={"opening_float_minor": opening_float.minor, "currency": shift.currency},
            ),
        )
        uow.commit()
    return ShiftResult(shift.id, Changes.of("shifts", "cash_movements", ids=(shift.id,)))


def cash_in(ctx: ServiceContext, actor: Actor, amount: Money, reason: str) -> CashMovementResult:
    """Cash put into the drawer during the shift (change from the safe...)."""
    require(actor, Permission.MANAGE_SHIFT)
    amount = _amount(ctx, amount, allow_zero=False)
    text = _reason(reason, required=True)
    return _record(ctx, actor, CashMovementType.CASH_IN, amount, text, actor)


def cash_out(
    ctx: ServiceContext,
    actor: Actor,
    amount: Money,
    reason: str,
    approver: Actor | None = None,
    *,
    payout: bool = False,
) -> CashMovementResult:
    """Cash taken out (a drop to the safe), or with ``payout=True`` paid to someone."""
    require(actor, Permission.MANAGE_SHIFT)
    amount = _amount(ctx, amount, allow_zero=False)
    text = _reason(reason, required=True)
    with ctx.db.read() as s:
        limit = get_int(s, ctx, CASH_OUT_APPROVAL_LIMIT)
    authoriser = actor
    if amount.minor > limit:
        authoriser = require_or_approval(actor, Permission.APPROVE_OVER_SHORT, approver)
    kind = CashMovementType.PAYOUT if payout else CashMovementType.CASH_OUT
    return _record(ctx, actor, kind, amount, text, authoriser)


def record_no_sale(
    ctx: ServiceContext, actor: Actor, approver: Actor | None = None, reason: str | None = None
) -> CashMovementResult:
    """Record a drawer opened without a sale (the drawer kick itself is the hardware layer's)."""
    authoriser = require_or_approval(actor, Permission.OPEN_DRAWER, approver)
    text = _reason(reason, required=False)
    return _record(
        ctx, actor, CashMovementType.NO_SALE, Money.zero(ctx.terminal.currency), text, authoriser
    )


def _record(
    ctx: ServiceContext,
    actor: Actor,
    kind: CashMovementType,
    amount: Money,
    reason: str | None,
    authoriser: Actor,
) -> CashMovementResult:
    with ctx.db.uow() as uow:
        s = uow.session
        shift = require_open_shift(s, ctx)
        if kind in (CashMovementType.CASH_OUT, CashMovementType.PAYOUT):
            expected = expected_cash_minor(s, shift)
            if amount.minor > expected:
                have = Money(expected, shift.currency)
                raise ConflictError(f"the drawer should hold only {have}; cannot take out {amount}")
        row = _movement(s, ctx, shift, kind, amount.minor, actor, reason, authoriser)
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                f"shift.{kind.value.lower()}",
                "cash_movement",
                row.id,
                new_values={"shift_id": shift.id, "amount_minor": amount.minor},
                reason=reason,
                approved_by=authoriser,
            ),
        )
        uow.commit()
    return CashMovementResult(
        row.id, shift.id, kind.value, amount, Changes.of("cash_movements", ids=(row.id,))
    )


def close_shift(
    ctx: ServiceContext,
    actor: Actor,
    counted: Mapping[int, int],
    approver: Actor | None = None,
    *,
    note: str | None = None,
) -> ShiftCloseResult:
    """Close this device's shift with the drawer counted by denomination; returns the Z data.

    Over/short = counted - expected (positive: over, negative: short). Beyond the limit setting
    it needs APPROVE_OVER_SHORT from the actor or an approver; nothing is written otherwise.
    """
    require(actor, Permission.MANAGE_SHIFT)
    currency = ctx.terminal.currency
    counts = normalize_counts(counted, currency)
    counted_total = count_total(counts, currency)
    text = _reason(note, required=False)
    now = ctx.clock()
    with ctx.db.uow() as uow:
        s = uow.session
        shift = require_open_shift(s, ctx)
        expected = expected_cash_minor(s, shift)
        over_short = counted_total.minor - expected
        limit = get_int(s, ctx, OVER_SHORT_LIMIT)
        authoriser = actor
        if abs(over_short) > limit:
            authoriser = require_or_approval(actor, Permission.APPROVE_OVER_SHORT, approver)
        top = s.execute(
            select(func.max(ShiftClosing.z_report_number)).where(
                ShiftClosing.device_id == ctx.terminal.device_id
            )
        ).scalar_one()
        closing = ShiftClosing(
            organization_id=ctx.terminal.organization_id,
            store_id=ctx.terminal.store_id,
            device_id=ctx.terminal.device_id,
            shift_id=shift.id,
            closed_at=now,
            closed_by_id=actor.user_id,
            approved_by_id=None if authoriser == actor else authoriser.user_id,
            currency=shift.currency,
            counted_cash_minor=counted_total.minor,
            counted_denominations=counts_to_json(counts),
            expected_cash_minor=expected,
            over_short_minor=over_short,
            z_report_number=int(top or 0) + 1,
            note=text,
            created_at=now,
        )
        s.add(closing)
        s.flush()
        report = build_report(s, ctx, shift, closing)
        figures = {
            "z_report_number": closing.z_report_number,
            "expected_cash_minor": expected,
            "counted_cash_minor": counted_total.minor,
            "over_short_minor": over_short,
            "net_total_minor": report.net_total_minor,
            "sales_count": report.sales_count,
        }
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "shift.close",
                "shift",
                shift.id,
                new_values=figures,
                reason=text,
                approved_by=authoriser,
            ),
        )
        if abs(over_short) > limit:
            word = "over" if over_short > 0 else "short"
            add_notification(
                s,
                ctx,
                "SYSTEM",
                f"Drawer {word} at shift close",
                f"Z {closing.z_report_number} on {ctx.terminal.device_code}: the drawer was "
                f"{Money(abs(over_short), shift.currency)} {word} (approved by "
                f"{authoriser.name}).",
                data={"shift_id": shift.id, "over_short_minor": over_short},
            )
        uow.commit()
    return ShiftCloseResult(
        shift.id,
        closing.z_report_number,
        Money(over_short, shift.currency),
        report,
        Changes.of("shifts", "shift_closings", "notifications", ids=(shift.id,)),
    )
