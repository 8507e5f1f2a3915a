"""X and Z report data for a shift.

An X report is a reading of an open (or closed) shift at any moment; a Z report is the same data,
final, for a closed shift, with its Z number and the counted cash. Both are computed from the
ledgers with a handful of aggregate queries (GROUP BY in SQLite over the ``shift_id`` indexes),
never by loading sales into Python, so a shift of thousands of sales reads in milliseconds.

Figures follow the sales ledger's sign convention: RETURN and VOID documents carry negative
amounts, so ``net_total_minor`` is the sum over every kind, and a method's ``amount_minor`` is
net of refunds paid out by that method.

Expected cash = opening float + cash taken - cash refunded + cash in - cash out - payouts.
Cash taken is the CASH payments' applied amount (tendered - change), so change is never counted.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import case, exists, func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import Actor, ServiceContext, require
from pos_desktop.store.models.sales import (
    Payment,
    PaymentMethodCode,
    PaymentStatus,
    Sale,
    SaleKind,
    SaleLine,
    SaleTax,
)
from pos_desktop.store.models.shifts import (
    MOVEMENT_SIGN,
    CashMovement,
    CashMovementType,
    Shift,
    ShiftClosing,
    ShiftStatus,
)

# Order methods are listed in, as on the printed report; unknown methods follow alphabetically.
METHOD_ORDER = [m.value for m in PaymentMethodCode]


@dataclass(frozen=True, slots=True)
class TaxTotal:
    tax_class_code: str
    tax_rate: Decimal
    taxable_minor: int
    tax_minor: int


@dataclass(frozen=True, slots=True)
class MethodTotal:
    method: str
    count: int
    amount_minor: int  # net: payments taken minus refunds paid out by this method
    taken_minor: int
    refunded_minor: int  # positive number
    pending_minor: int  # part of amount recorded PENDING_VERIFICATION


@dataclass(frozen=True, slots=True)
class MovementLine:
    id: str
    type: str
    amount_minor: int
    reason: str | None
    user_id: str
    approved_by_id: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ShiftReport:
    report: Literal["X", "Z"]
    final: bool
    shift_id: str
    status: str
    store_id: str
    device_id: str | None
    cashier_id: str
    currency: str
    opened_at: datetime
    closed_at: datetime | None
    closed_by_id: str | None
    approved_by_id: str | None
    z_report_number: int | None
    generated_at: datetime
    # documents
    sales_count: int
    sales_total_minor: int
    returns_count: int
    returns_total_minor: int  # negative
    voids_count: int
    voids_total_minor: int  # negative
    net_total_minor: int
    discount_total_minor: int  # every discount given, coupons included (net of returns)
    coupon_discount_minor: int
    tax_total_minor: int
    items_sold_milli: int  # net quantity (returns subtract)
    tax_by_class: tuple[TaxTotal, ...]
    # tenders
    payments_by_method: tuple[MethodTotal, ...]
    pending_verification_minor: int
    # drawer
    movements: tuple[MovementLine, ...]
    opening_float_minor: int
    cash_sales_minor: int
    cash_refunds_minor: int  # positive number
    cash_in_minor: int
    cash_out_minor: int
    payouts_minor: int
    no_sale_count: int
    expected_cash_minor: int
    counted_cash_minor: int | None
    counted_denominations: dict[str, int] | None
    over_short_minor: int | None  # counted - expected: positive over, negative short
    first_receipt_number: str | None
    last_receipt_number: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (datetimes ISO, decimals as text) for printing, export or the CLI."""
        data: dict[str, Any] = _jsonable(asdict(self))
        return data


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _shift(session: Session, ctx: ServiceContext, shift_id: str) -> Shift:
    shift = session.get(Shift, shift_id)
    if shift is None or shift.organization_id != ctx.terminal.organization_id:
        raise NotFoundError("no such shift")
    return shift


def _closing(session: Session, shift_id: str) -> ShiftClosing | None:
    return session.execute(
        select(ShiftClosing).where(ShiftClosing.shift_id == shift_id)
    ).scalar_one_or_none()


@dataclass(frozen=True, slots=True)
class _Cash:
    cash_sales_minor: int
    cash_refunds_minor: int
    movements: tuple[MovementLine, ...]

    def total(self, movement_type: CashMovementType) -> int:
        return sum(m.amount_minor for m in self.movements if m.type == movement_type)

    def expected(self, opening_float_minor: int) -> int:
        # The FLOAT movement is the opening float itself; take it from the shift row so a shift
        # made by an older client without that movement still adds up.
        drawer = sum(
            MOVEMENT_SIGN.get(m.type, 0) * m.amount_minor
            for m in self.movements
            if m.type != CashMovementType.FLOAT
        )
        return opening_float_minor + self.cash_sales_minor - self.cash_refunds_minor + drawer


def _cash(session: Session, shift_id: str) -> _Cash:
    taken, refunded = session.execute(
        select(
            func.coalesce(func.sum(case((Payment.amount_minor > 0, Payment.amount_minor))), 0),
            func.coalesce(func.sum(case((Payment.amount_minor < 0, -Payment.amount_minor))), 0),
        ).where(Payment.shift_id == shift_id, Payment.method == PaymentMethodCode.CASH.value)
    ).one()
    rows = session.execute(
        select(CashMovement)
        .where(CashMovement.shift_id == shift_id)
        .order_by(CashMovement.created_at, CashMovement.id)
    ).scalars()
    movements = tuple(
        MovementLine(
            m.id, m.type, m.amount_minor, m.reason, m.user_id, m.approved_by_id, m.created_at
        )
        for m in rows
    )
    return _Cash(int(taken), int(refunded), movements)


def expected_cash_minor(session: Session, shift: Shift) -> int:
    """What the drawer should hold now (used by close_shift inside its transaction)."""
    return _cash(session, shift.id).expected(shift.opening_float_minor)


def x_report(session: Session, ctx: ServiceContext, shift_id: str) -> ShiftReport:
    """A reading of the shift now. For a closed shift this equals its Z report."""
    shift = _shift(session, ctx, shift_id)
    return _build(session, ctx, shift, _closing(session, shift_id))


def z_report(session: Session, ctx: ServiceContext, shift_id: str) -> ShiftReport:
    """The final report of a closed shift (reprintable: the ledgers it reads never change)."""
    shift = _shift(session, ctx, shift_id)
    closing = _closing(session, shift_id)
    if closing is None:
        raise ConflictError("this shift is still open: a Z report is made when it is closed")
    return _build(session, ctx, shift, closing)


def build_report(
    session: Session, ctx: ServiceContext, shift: Shift, closing: ShiftClosing | None
) -> ShiftReport:
    """For close_shift: the report of ``shift`` with a closing not yet committed."""
    return _build(session, ctx, shift, closing)


def _build(
    session: Session, ctx: ServiceContext, shift: Shift, closing: ShiftClosing | None
) -> ShiftReport:
    sid = shift.id
    by_kind: dict[str, tuple[int, int]] = {}
    discount = coupon = tax = 0
    for kind, count, total, disc, coup, tx in session.execute(
        select(
            Sale.kind,
            func.count(Sale.id),
            func.coalesce(func.sum(Sale.total_minor), 0),
            func.coalesce(func.sum(Sale.discount_minor), 0),
            func.coalesce(func.sum(Sale.coupon_discount_minor), 0),
            func.coalesce(func.sum(Sale.tax_minor), 0),
        )
        .where(Sale.shift_id == sid)
        .group_by(Sale.kind)
    ):
        by_kind[kind] = (int(count), int(total))
        discount += int(disc)
        coupon += int(coup)
        tax += int(tx)

    items = session.execute(
        select(func.coalesce(func.sum(SaleLine.quantity_milli), 0))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.shift_id == sid)
    ).scalar_one()

    tax_by_class = tuple(
        TaxTotal(code, Decimal(rate), int(taxable), int(amount))
        for code, rate, taxable, amount in session.execute(
            select(
                SaleTax.tax_class_code,
                SaleTax.tax_rate,
                func.sum(SaleTax.taxable_minor),
                func.sum(SaleTax.tax_minor),
            )
            .join(Sale, Sale.id == SaleTax.sale_id)
            .where(Sale.shift_id == sid)
            .group_by(SaleTax.tax_class_code, SaleTax.tax_rate)
            .order_by(SaleTax.tax_class_code, SaleTax.tax_rate)
        )
    )

    pending = case(
        (Payment.status == PaymentStatus.PENDING_VERIFICATION.value, Payment.amount_minor)
    )
    methods = [
        MethodTotal(method, int(count), int(amount), int(taken), int(refunded), int(pend))
        for method, count, amount, taken, refunded, pend in session.execute(
            select(
                Payment.method,
                func.count(Payment.id),
                func.coalesce(func.sum(Payment.amount_minor), 0),
                func.coalesce(func.sum(case((Payment.amount_minor > 0, Payment.amount_minor))), 0),
                func.coalesce(func.sum(case((Payment.amount_minor < 0, -Payment.amount_minor))), 0),
                func.coalesce(func.sum(pending), 0),
            )
            .where(Payment.shift_id == sid)
            .group_by(Payment.method)
        )
    ]
    methods.sort(
        key=lambda m: (METHOD_ORDER.index(m.method) if m.method in METHOD_ORDER else 99, m.method)
    )

    first, last = _receipt_bounds(session, sid)
    cash = _cash(session, sid)
    expected = cash.expected(shift.opening_float_minor)
    sales = by_kind.get(SaleKind.SALE.value, (0, 0))
    returns = by_kind.get(SaleKind.RETURN.value, (0, 0))
    voids = by_kind.get(SaleKind.VOID.value, (0, 0))
    if closing is not None:
        # The closing's own figures are the ones that were signed off; they match the ledgers.
        expected = closing.expected_cash_minor
    return ShiftReport(
        report="Z" if closing is not None else "X",
        final=closing is not None,
        shift_id=sid,
        status=(ShiftStatus.CLOSED if closing is not None else ShiftStatus.OPEN).value,
        store_id=shift.store_id,
        device_id=shift.device_id,
        cashier_id=shift.cashier_id,
        currency=shift.currency,
        opened_at=shift.opened_at,
        closed_at=closing.closed_at if closing else None,
        closed_by_id=closing.closed_by_id if closing else None,
        approved_by_id=closing.approved_by_id if closing else None,
        z_report_number=closing.z_report_number if closing else None,
        generated_at=ctx.clock(),
        sales_count=sales[0],
        sales_total_minor=sales[1],
        returns_count=returns[0],
        returns_total_minor=returns[1],
        voids_count=voids[0],
        voids_total_minor=voids[1],
        net_total_minor=sum(total for _, total in by_kind.values()),
        discount_total_minor=discount,
        coupon_discount_minor=coupon,
        tax_total_minor=tax,
        items_sold_milli=int(items),
        tax_by_class=tax_by_class,
        payments_by_method=tuple(methods),
        pending_verification_minor=sum(m.pending_minor for m in methods),
        movements=cash.movements,
        opening_float_minor=shift.opening_float_minor,
        cash_sales_minor=cash.cash_sales_minor,
        cash_refunds_minor=cash.cash_refunds_minor,
        cash_in_minor=cash.total(CashMovementType.CASH_IN),
        cash_out_minor=cash.total(CashMovementType.CASH_OUT),
        payouts_minor=cash.total(CashMovementType.PAYOUT),
        no_sale_count=sum(1 for m in cash.movements if m.type == CashMovementType.NO_SALE),
        expected_cash_minor=expected,
        counted_cash_minor=closing.counted_cash_minor if closing else None,
        counted_denominations=dict(closing.counted_denominations) if closing else None,
        over_short_minor=closing.over_short_minor if closing else None,
        first_receipt_number=first,
        last_receipt_number=last,
    )


def _receipt_bounds(session: Session, shift_id: str) -> tuple[str | None, str | None]:
    # A shift is one device, so its receipt numbers share the store and device codes and differ
    # only in the counter, which widens past 999999: order by length, then text, is numeric.
    def one(descending: bool) -> str | None:
        width = func.length(Sale.receipt_number)
        order = (
            (width.desc(), Sale.receipt_number.desc())
            if descending
            else (width, Sale.receipt_number)
        )
        return session.execute(
            select(Sale.receipt_number).where(Sale.shift_id == shift_id).order_by(*order).limit(1)
        ).scalar_one_or_none()

    return one(False), one(True)


@dataclass(frozen=True, slots=True)
class ShiftSummary:
    shift_id: str
    device_id: str | None
    cashier_id: str
    opened_at: datetime
    closed_at: datetime | None
    z_report_number: int | None
    over_short_minor: int | None
    currency: str


def recent_shifts(session: Session, ctx: ServiceContext, *, limit: int = 50) -> list[ShiftSummary]:
    """This store's shifts, newest first (the back office's list of X/Z reports)."""
    rows = session.execute(
        select(Shift, ShiftClosing)
        .outerjoin(ShiftClosing, ShiftClosing.shift_id == Shift.id)
        .where(Shift.store_id == ctx.terminal.store_id)
        .order_by(Shift.opened_at.desc(), Shift.id.desc())
        .limit(max(1, min(limit, 500)))
    ).all()
    return [
        ShiftSummary(
            shift.id,
            shift.device_id,
            shift.cashier_id,
            shift.opened_at,
            closing.closed_at if closing else None,
            closing.z_report_number if closing else None,
            closing.over_short_minor if closing else None,
            shift.currency,
        )
        for shift, closing in rows
    ]


def read_report(
    ctx: ServiceContext, actor: Actor, kind: Literal["X", "Z"], shift_id: str | None = None
) -> ShiftReport:
    """The X report of this device's open shift, or the Z report of its last closed shift
    (or of ``shift_id``). Needs VIEW_REPORTS, or MANAGE_SHIFT (a cashier reads their drawer)."""
    if not (actor.can(Permission.VIEW_REPORTS) or actor.can(Permission.MANAGE_SHIFT)):
        require(actor, Permission.VIEW_REPORTS)
    with ctx.db.read() as s:
        if shift_id is None:
            shift_id = _latest_shift_id(s, ctx, closed=(kind == "Z"))
        if shift_id is None:
            raise NotFoundError(
                "no open shift on this terminal" if kind == "X" else "no closed shift yet"
            )
        return z_report(s, ctx, shift_id) if kind == "Z" else x_report(s, ctx, shift_id)


def _latest_shift_id(session: Session, ctx: ServiceContext, *, closed: bool) -> str | None:
    closing = exists().where(ShiftClosing.shift_id == Shift.id)
    return session.execute(
        select(Shift.id)
        .where(Shift.device_id == ctx.terminal.device_id, closing if closed else ~closing)
        .order_by(Shift.opened_at.desc(), Shift.id.desc())
        .limit(1)
    ).scalar_one_or_none()
