"""Rows shared by the three sale documents (SALE from checkout, VOID, RETURN).

Checkout, voids and returns each build a ``sales`` row with lines, payments and a status
history; the small builders here keep the column conventions in one place (scope columns,
signs, the device, created_at from the service clock).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.ids import new_id
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.payments import Tender
from pos_desktop.services.receipts import SaleLineView, SaleView
from pos_desktop.store.models.sales import (
    Payment,
    Sale,
    SaleKind,
    SaleLine,
    SaleStatus,
    SaleStatusHistory,
    SaleTax,
)

# What a sale, void or return touches, for ``Changes`` (views refresh what they show).
CHANGED_ENTITIES = (
    "sales",
    "sale_lines",
    "payments",
    "stock_movements",
    "loyalty_transactions",
    "customers",
    "receipt_counters",
)


def payment_rows(
    ctx: ServiceContext, sale: Sale, tenders: Iterable[Tender], now: datetime
) -> list[Payment]:
    t = ctx.terminal
    return [
        Payment(
            organization_id=t.organization_id,
            store_id=t.store_id,
            device_id=t.device_id,
            sale_id=sale.id,
            customer_id=sale.customer_id,
            shift_id=sale.shift_id,
            method=tender.method,
            amount_minor=tender.amount_minor,
            tendered_minor=tender.tendered_minor,
            change_minor=tender.change_minor,
            currency=sale.currency,
            status=tender.status,
            reference=tender.reference,
            points=tender.points,
            created_at=now,
        )
        for tender in tenders
    ]


def status_row(
    ctx: ServiceContext,
    sale_id: str,
    old: SaleStatus | str | None,
    new: SaleStatus | str,
    actor: Actor,
    now: datetime,
    *,
    reason: str | None = None,
    related_sale_id: str | None = None,
) -> SaleStatusHistory:
    return SaleStatusHistory(
        organization_id=ctx.terminal.organization_id,
        store_id=ctx.terminal.store_id,
        sale_id=sale_id,
        status=None if old is None else str(old),
        new_status=str(new),
        reason=reason,
        related_sale_id=related_sale_id,
        changed_by_id=actor.user_id,
        created_at=now,
    )


# -- taking back part of a sale (VOID and RETURN documents) ---------------------------------


def cumulative_share(
    amount: int, before: int, taken_milli: int, now_milli: int, of_milli: int
) -> int:
    """This time's share of ``amount`` when ``now_milli`` more of ``of_milli`` is taken back.

    Computed on the cumulative quantity (rounded half up) minus what earlier documents already
    took, so a line returned in any number of parts gives back exactly ``amount`` in total, and
    never more: the result is clamped to what is left.
    """
    if of_milli <= 0 or amount <= 0:
        return 0
    cumulative = min(taken_milli + now_milli, of_milli)
    target = (2 * amount * cumulative + of_milli) // (2 * of_milli)
    return max(0, min(target - before, amount - before))


@dataclass(frozen=True, slots=True)
class TakeBack:
    """Positive amounts taken back from one original line by a VOID or RETURN."""

    line: SaleLineView
    quantity_milli: int
    gross_minor: int
    discount_minor: int
    order_discount_minor: int
    coupon_discount_minor: int
    tax_minor: int
    total_minor: int
    restock: bool


def take_back(
    line: SaleLineView, quantity_milli: int, restock: bool, tax_inclusive: bool
) -> TakeBack:
    """Amounts for taking ``quantity_milli`` of ``line`` back (see ``cumulative_share``).

    The refund (``total``) and the tax are each the exact cumulative share; the order discount
    absorbs the rounding so that every line keeps net = gross - discounts and
    total = net (+ tax when prices exclude tax).
    """
    before = line.returned

    def share(amount: int, taken: int) -> int:
        return cumulative_share(
            amount, taken, before.quantity_milli, quantity_milli, line.quantity_milli
        )

    gross = share(line.gross_minor, before.gross_minor)
    discount = share(line.discount_minor, before.discount_minor)
    coupon = share(line.coupon_discount_minor, before.coupon_discount_minor)
    tax = share(line.tax_minor, before.tax_minor)
    total = share(line.total_minor, before.total_minor)
    net = total if tax_inclusive else total - tax
    order = gross - discount - coupon - net
    return TakeBack(line, quantity_milli, gross, discount, order, coupon, tax, total, restock)


def reversal_document(
    ctx: ServiceContext,
    actor: Actor,
    original: SaleView,
    kind: SaleKind,
    items: Sequence[TakeBack],
    *,
    number: str,
    shift_id: str,
    approved_by: Actor | None,
    reason: str,
    now: datetime,
    points_earned_reversed: int,
    points_restored: int,
    doc_id: str | None = None,
) -> tuple[Sale, list[SaleLine], list[SaleTax]]:
    """The VOID or RETURN ``sales`` row with its lines and tax rows, all amounts negative."""
    t = ctx.terminal
    scope = {"organization_id": t.organization_id, "store_id": t.store_id}
    doc_id = doc_id or new_id()
    lines: list[SaleLine] = []
    taxes: dict[tuple[str, Decimal], list[int]] = {}
    for no, item in enumerate(items, start=1):
        o = item.line
        lines.append(
            SaleLine(
                sale_id=doc_id,
                line_no=no,
                product_id=o.product_id,
                variant_id=o.variant_id,
                name=o.name,
                sku=o.sku,
                barcode=o.barcode,
                quantity_milli=-item.quantity_milli,
                unit_price_minor=o.unit_price_minor,
                gross_minor=-item.gross_minor,
                discount_minor=-item.discount_minor,
                order_discount_minor=-item.order_discount_minor,
                coupon_discount_minor=-item.coupon_discount_minor,
                tax_class_code=o.tax_class_code,
                tax_rate=o.tax_rate,
                tax_minor=-item.tax_minor,
                total_minor=-item.total_minor,
                weighed=o.weighed,
                original_line_id=o.id,
                restock=item.restock,
                **scope,
            )
        )
        key = (o.tax_class_code or "", o.tax_rate)
        acc = taxes.setdefault(key, [0, 0])
        acc[0] += item.total_minor - item.tax_minor
        acc[1] += item.tax_minor
    sale = Sale(
        id=doc_id,
        device_id=t.device_id,
        receipt_number=number,
        kind=kind.value,
        original_sale_id=original.id,
        shift_id=shift_id,
        cashier_id=actor.user_id,
        approved_by_id=approved_by.user_id if approved_by and approved_by != actor else None,
        customer_id=original.customer_id,
        currency=original.currency,
        subtotal_minor=-sum(i.gross_minor for i in items),
        discount_minor=-sum(
            i.discount_minor + i.order_discount_minor + i.coupon_discount_minor for i in items
        ),
        tax_minor=-sum(i.tax_minor for i in items),
        total_minor=-sum(i.total_minor for i in items),
        tax_inclusive=original.tax_inclusive,
        coupon_id=original.coupon_id,
        coupon_code=original.coupon_code,
        coupon_discount_minor=-sum(i.coupon_discount_minor for i in items),
        loyalty_points_earned=-points_earned_reversed,
        loyalty_points_redeemed=-points_restored,
        status=SaleStatus.COMPLETED.value,
        reason=reason,
        created_at=now,
        **scope,
    )
    tax_rows = [
        SaleTax(
            sale_id=doc_id,
            tax_class_code=code,
            tax_rate=rate,
            taxable_minor=-taxable,
            tax_minor=-tax,
            **scope,
        )
        for (code, rate), (taxable, tax) in sorted(taxes.items())
        if code
    ]
    return sale, lines, tax_rows


def clean_reason(reason: str | None) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise ValidationError("say why (the reason goes on the audit log)")
    if len(text) > 500:
        raise ValidationError("the reason is at most 500 characters")
    return text
