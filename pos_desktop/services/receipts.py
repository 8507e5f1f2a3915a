"""Receipt numbers (gapless per device) and loading a sale for reprint, void or return."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.core.receipt_number import (
    format_receipt_number,
    is_receipt_number,
    parse_receipt_number,
)
from pos_desktop.services.context import ServiceContext
from pos_desktop.store.models.sales import (
    Payment,
    ReceiptCounter,
    Sale,
    SaleKind,
    SaleLine,
    SaleStatusHistory,
    SaleTax,
)

# Built once (checkout runs it on every sale). No ORM synchronisation of loaded rows: the only
# counter row a session can hold is the one the first sale adds below, and nothing reads it.
_TAKE_NUMBER = (
    update(ReceiptCounter)
    .where(ReceiptCounter.device_id == bindparam("this_device"))
    .values(next_value=ReceiptCounter.next_value + 1)
    .returning(ReceiptCounter.next_value)
    .execution_options(synchronize_session=False)
)


def next_receipt_number(session: Session, ctx: ServiceContext) -> str:
    """Take the next number of this device's counter, in the caller's transaction.

    The increment rolls back with the sale, so numbers stay gapless. Callers run inside a
    BEGIN IMMEDIATE unit of work, so no other writer can interleave between read and update.
    """
    device_id = ctx.terminal.device_id
    value = session.execute(_TAKE_NUMBER, {"this_device": device_id}).scalar_one_or_none()
    if value is None:
        # First sale on this file. Continue after any sale this device already made (a counter
        # row lost to a repair must never reissue a printed number).
        value = _highest_issued(session, ctx) + 1
        session.add(ReceiptCounter(device_id=device_id, next_value=value + 1))
        session.flush()
        return format_receipt_number(ctx.terminal.store_code, ctx.terminal.device_code, value)
    return format_receipt_number(ctx.terminal.store_code, ctx.terminal.device_code, value - 1)


def advance_receipt_counter(
    session: Session, ctx: ServiceContext, receipt_numbers: Iterable[str]
) -> int | None:
    """Make sure this device never issues again a number it already used elsewhere: sales of
    this device that come back from HQ (a till restored from an old backup) move the counter
    past them. Returns the new next counter when it moved. In the caller's transaction."""
    ident = ctx.terminal
    top = 0
    for number in receipt_numbers:
        if not is_receipt_number(number):
            continue
        parsed = parse_receipt_number(number)
        if (parsed.store_code, parsed.device_code) == (ident.store_code, ident.device_code):
            top = max(top, parsed.counter)
    if top == 0:
        return None
    moved = session.execute(
        update(ReceiptCounter)
        .where(ReceiptCounter.device_id == ident.device_id, ReceiptCounter.next_value <= top)
        .values(next_value=top + 1)
        .execution_options(synchronize_session=False)
    )
    # No counter row yet: the first sale starts after the highest sale on file anyway.
    return top + 1 if getattr(moved, "rowcount", 0) else None


def _highest_issued(session: Session, ctx: ServiceContext) -> int:
    numbers = session.execute(
        select(Sale.receipt_number).where(Sale.device_id == ctx.terminal.device_id)
    ).scalars()
    top = 0
    for number in numbers:
        if is_receipt_number(number):
            top = max(top, parse_receipt_number(number).counter)
    return top


@dataclass(frozen=True, slots=True)
class ReturnedSoFar:
    """Sums over earlier RETURN/VOID lines pointing at one original line, as positive numbers."""

    quantity_milli: int = 0
    gross_minor: int = 0
    discount_minor: int = 0
    order_discount_minor: int = 0
    coupon_discount_minor: int = 0
    tax_minor: int = 0
    total_minor: int = 0


@dataclass(frozen=True, slots=True)
class SaleLineView:
    id: str
    line_no: int
    product_id: str | None
    variant_id: str | None
    name: str
    sku: str | None
    barcode: str | None
    quantity_milli: int
    unit_price_minor: int
    gross_minor: int
    discount_minor: int
    order_discount_minor: int
    coupon_discount_minor: int
    tax_class_code: str | None
    tax_rate: Decimal
    tax_minor: int
    total_minor: int
    weighed: bool
    original_line_id: str | None
    restock: bool | None
    returned: ReturnedSoFar  # what RETURN/VOID documents already took back from this line

    @property
    def returned_milli(self) -> int:
        return self.returned.quantity_milli

    @property
    def refunded_minor(self) -> int:
        return self.returned.total_minor

    @property
    def remaining_milli(self) -> int:
        return self.quantity_milli - self.returned.quantity_milli


@dataclass(frozen=True, slots=True)
class PaymentView:
    id: str
    method: str
    amount_minor: int
    tendered_minor: int
    change_minor: int
    status: str
    reference: str | None
    points: int | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class TaxView:
    tax_class_code: str
    tax_rate: Decimal
    taxable_minor: int
    tax_minor: int


@dataclass(frozen=True, slots=True)
class SaleView:
    id: str
    receipt_number: str
    kind: str
    status: str  # effective status: the latest status-history row
    original_sale_id: str | None
    created_at: datetime
    shift_id: str | None
    cashier_id: str
    approved_by_id: str | None
    customer_id: str | None
    currency: str
    subtotal_minor: int
    discount_minor: int
    tax_minor: int
    total_minor: int
    tax_inclusive: bool
    coupon_id: str | None
    coupon_code: str | None
    coupon_discount_minor: int
    loyalty_points_earned: int
    loyalty_points_redeemed: int
    reason: str | None
    notes: str | None
    lines: tuple[SaleLineView, ...]
    taxes: tuple[TaxView, ...]
    payments: tuple[PaymentView, ...]
    related_sale_ids: tuple[str, ...]  # RETURN/VOID documents made against this sale
    refunded_minor: int  # sum already refunded by those documents (positive)
    points_earned_reversed: int  # earned points already taken back (positive)
    points_redeemed_restored: int  # redeemed points already given back (positive)

    @property
    def paid_minor(self) -> int:
        return sum(p.amount_minor for p in self.payments)

    def line(self, line_id: str) -> SaleLineView:
        for line in self.lines:
            if line.id == line_id:
                return line
        raise NotFoundError(f"receipt {self.receipt_number} has no line {line_id}")


def find_sale(session: Session, receipt_number_or_id: str) -> Sale:
    """The sale with this receipt number (as scanned or typed) or id; NotFoundError otherwise."""
    text = receipt_number_or_id.strip() if isinstance(receipt_number_or_id, str) else ""
    if not text or len(text) > 64:
        raise ValidationError("enter or scan a receipt number")
    sale: Sale | None
    if is_receipt_number(text):
        number = str(parse_receipt_number(text))
        sale = session.execute(
            select(Sale).where(Sale.receipt_number == number)
        ).scalar_one_or_none()
    else:
        sale = session.get(Sale, text.lower())
    if sale is None:
        raise NotFoundError(f"no sale with receipt number {receipt_number_or_id.strip()}")
    return sale


def load_sale(session: Session, receipt_number_or_id: str) -> SaleView:
    """Everything needed to reprint a receipt or to void/return against it (7 indexed queries)."""
    sale = find_sale(session, receipt_number_or_id)
    lines = session.execute(
        select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.line_no)
    ).scalars()
    taxes = session.execute(
        select(SaleTax).where(SaleTax.sale_id == sale.id).order_by(SaleTax.tax_class_code)
    ).scalars()
    payments = session.execute(
        select(Payment).where(Payment.sale_id == sale.id).order_by(Payment.created_at, Payment.id)
    ).scalars()
    related = session.execute(
        select(Sale.id, Sale.total_minor, Sale.loyalty_points_earned, Sale.loyalty_points_redeemed)
        .where(Sale.original_sale_id == sale.id, Sale.kind != SaleKind.SALE.value)
        .order_by(Sale.created_at, Sale.id)
    ).all()
    returned: dict[str, ReturnedSoFar] = {}
    if related:
        L = SaleLine
        rows = session.execute(
            select(
                L.original_line_id,
                func.sum(L.quantity_milli),
                func.sum(L.gross_minor),
                func.sum(L.discount_minor),
                func.sum(L.order_discount_minor),
                func.sum(L.coupon_discount_minor),
                func.sum(L.tax_minor),
                func.sum(L.total_minor),
            )
            .join(Sale, Sale.id == L.sale_id)
            .where(Sale.original_sale_id == sale.id, L.original_line_id.is_not(None))
            .group_by(L.original_line_id)
        ).all()
        # Return and void lines are negative; report what was taken back as positive numbers.
        returned = {str(r[0]): ReturnedSoFar(*(-int(v or 0) for v in r[1:])) for r in rows}
    status = session.execute(
        select(SaleStatusHistory.new_status)
        .where(SaleStatusHistory.sale_id == sale.id)
        .order_by(SaleStatusHistory.created_at.desc(), SaleStatusHistory.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    return SaleView(
        id=sale.id,
        receipt_number=sale.receipt_number,
        kind=sale.kind,
        status=status or sale.status,
        original_sale_id=sale.original_sale_id,
        created_at=sale.created_at,
        shift_id=sale.shift_id,
        cashier_id=sale.cashier_id,
        approved_by_id=sale.approved_by_id,
        customer_id=sale.customer_id,
        currency=sale.currency,
        subtotal_minor=sale.subtotal_minor,
        discount_minor=sale.discount_minor,
        tax_minor=sale.tax_minor,
        total_minor=sale.total_minor,
        tax_inclusive=sale.tax_inclusive,
        coupon_id=sale.coupon_id,
        coupon_code=sale.coupon_code,
        coupon_discount_minor=sale.coupon_discount_minor,
        loyalty_points_earned=sale.loyalty_points_earned,
        loyalty_points_redeemed=sale.loyalty_points_redeemed,
        reason=sale.reason,
        notes=sale.notes,
        lines=tuple(_line_view(line, returned.get(line.id, ReturnedSoFar())) for line in lines),
        taxes=tuple(
            TaxView(t.tax_class_code, t.tax_rate, t.taxable_minor, t.tax_minor) for t in taxes
        ),
        payments=tuple(
            PaymentView(
                id=p.id,
                method=p.method,
                amount_minor=p.amount_minor,
                tendered_minor=p.tendered_minor,
                change_minor=p.change_minor,
                status=p.status,
                reference=p.reference,
                points=p.points,
                created_at=p.created_at,
            )
            for p in payments
        ),
        related_sale_ids=tuple(r[0] for r in related),
        refunded_minor=-sum(int(r[1]) for r in related),
        points_earned_reversed=-sum(int(r[2]) for r in related),
        points_redeemed_restored=-sum(int(r[3]) for r in related),
    )


def _line_view(line: SaleLine, returned: ReturnedSoFar) -> SaleLineView:
    return SaleLineView(
        id=line.id,
        line_no=line.line_no,
        product_id=line.product_id,
        variant_id=line.variant_id,
        name=line.name,
        sku=line.sku,
        barcode=line.barcode,
        quantity_milli=line.quantity_milli,
        unit_price_minor=line.unit_price_minor,
        gross_minor=line.gross_minor,
        discount_minor=line.discount_minor,
        order_discount_minor=line.order_discount_minor,
        coupon_discount_minor=line.coupon_discount_minor,
        tax_class_code=line.tax_class_code,
        tax_rate=line.tax_rate,
        tax_minor=line.tax_minor,
        total_minor=line.total_minor,
        weighed=line.weighed,
        original_line_id=line.original_line_id,
        restock=line.restock,
        returned=returned,
    )
