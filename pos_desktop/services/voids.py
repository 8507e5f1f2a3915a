"""Voids: cancel a whole sale of the current shift, and the audit of lines removed before payment.

A void is not an edit: ``sales`` rows are append-only facts. Voiding writes a new VOID document
(its own receipt number) pointing at the original, with every line, tax row and payment negated,
so that every report summing the ledger sees the sale cancelled; a status-history row marks the
original VOIDED. Its stock comes back (IN, reason return), the points it earned are taken back
and the points it spent are given back. Each payment is reversed by its own method: cash goes
back out of the drawer; a card, LankaQR or bank payment is reversed with the same reference (and
stays PENDING_VERIFICATION if the original was), for the back office to settle.

Rules: VOID_SALE by the actor or a manager approving; only a SALE of this terminal's current
open shift (an older sale is a return, not a void); never one already voided or with returns
against it. A reason is required and goes to the audit log.

Coupon usage: ``coupon_usages`` is a ledger and the coupons service offers no "release", so a
voided sale's coupon use stays counted (HQ sees the VOID document with its negative coupon
discount and can discount the use). See the report in docs for this limit.

Removing a line from the cart before payment changes no ledger; ``record_line_removed`` writes
the audit row a manager uses to spot "scan, remove, pocket the cash" patterns.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pos_desktop.core.cart import CartLine
from pos_desktop.core.errors import ConflictError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.core.quantity import to_milli
from pos_desktop.services import loyalty as loyalty_service
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
    require_or_approval,
)
from pos_desktop.services.customers import refresh_customer_totals
from pos_desktop.services.payments import Tender
from pos_desktop.services.receipts import PaymentView, load_sale, next_receipt_number
from pos_desktop.services.sale_documents import (
    CHANGED_ENTITIES,
    clean_reason,
    payment_rows,
    reversal_document,
    status_row,
    take_back,
)
from pos_desktop.services.shifts import require_open_shift
from pos_desktop.services.stock import record_sale_movements
from pos_desktop.store.models.sales import SaleKind, SaleStatus


@dataclass(frozen=True, slots=True)
class VoidResult:
    void_id: str
    void_receipt_number: str
    original_sale_id: str
    original_receipt_number: str
    currency: str
    refunded_minor: int  # positive: what the void gives back, all methods
    cash_out_minor: int  # positive: cash to hand back from the drawer
    points_earned_reversed: int
    points_restored: int
    approved_by_id: str | None
    changes: Changes


def _reverse_payment(p: PaymentView) -> Tender:
    return Tender(
        method=p.method,
        amount_minor=-p.amount_minor,
        tendered_minor=-p.amount_minor,  # the change was never the sale's money
        change_minor=0,
        status=p.status,
        reference=p.reference,
        points=-p.points if p.points is not None else None,
    )


def void_sale(
    ctx: ServiceContext,
    actor: Actor,
    receipt_number_or_id: str,
    reason: str,
    *,
    approver: Actor | None = None,
) -> VoidResult:
    """Void a completed sale of the current open shift (see the module notes)."""
    authorised_by = require_or_approval(actor, Permission.VOID_SALE, approver)
    why = clean_reason(reason)
    now = ctx.clock()
    with ctx.db.uow() as uow:
        s = uow.session
        original = load_sale(s, receipt_number_or_id)
        if original.kind != SaleKind.SALE.value:
            raise ConflictError(
                f"{original.receipt_number} is a {original.kind.lower()}, not a sale"
            )
        if original.status == SaleStatus.VOIDED.value:
            raise ConflictError(f"sale {original.receipt_number} is already voided")
        if original.related_sale_ids:
            raise ConflictError(
                f"items of sale {original.receipt_number} were already returned; "
                "use a return for the rest"
            )
        shift = require_open_shift(s, ctx)
        if original.shift_id != shift.id:
            raise ConflictError(
                f"sale {original.receipt_number} belongs to an earlier shift; "
                "take the items back with a return instead"
            )
        items = [
            take_back(line, line.quantity_milli, True, original.tax_inclusive)
            for line in original.lines
        ]
        number = next_receipt_number(s, ctx)
        doc, lines, taxes = reversal_document(
            ctx,
            actor,
            original,
            SaleKind.VOID,
            items,
            number=number,
            shift_id=shift.id,
            approved_by=authorised_by,
            reason=why,
            now=now,
            points_earned_reversed=original.loyalty_points_earned,
            points_restored=original.loyalty_points_redeemed,
        )
        s.add(doc)
        # Parent first: without relationships the unit of work does not order by foreign key.
        s.flush()
        s.add_all(lines)
        s.add_all(taxes)
        tenders = [_reverse_payment(p) for p in original.payments]
        s.add_all(payment_rows(ctx, doc, tenders, now))
        s.add(status_row(ctx, doc.id, None, SaleStatus.COMPLETED, actor, now, reason=why))
        s.add(
            status_row(
                ctx,
                original.id,
                original.status,
                SaleStatus.VOIDED,
                actor,
                now,
                reason=why,
                related_sale_id=doc.id,
            )
        )
        s.flush()
        record_sale_movements(
            s, ctx, lines, doc.id, created_by_id=actor.user_id, reference_type="void"
        )
        if original.customer_id is not None:
            loyalty_service.record_reversal(
                s,
                ctx,
                original.customer_id,
                original.loyalty_points_earned,
                original.id,
                f"void {number}",
                return_id=doc.id,
                created_by_id=actor.user_id,
            )
            loyalty_service.record_redemption_refund(
                s,
                ctx,
                original.customer_id,
                original.loyalty_points_redeemed,
                original.id,
                f"void {number}",
                return_id=doc.id,
                created_by_id=actor.user_id,
            )
            refresh_customer_totals(s, ctx, original.customer_id, document=doc)
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                action="sale.void",
                resource="sales",
                resource_id=original.id,
                old_values={
                    "receipt_number": original.receipt_number,
                    "status": original.status,
                    "total_minor": original.total_minor,
                },
                new_values={"void_id": doc.id, "void_receipt_number": number},
                reason=why,
                approved_by=authorised_by,
            ),
        )
        uow.commit()
    cash = sum(p.amount_minor for p in original.payments if p.method == "CASH")
    return VoidResult(
        void_id=doc.id,
        void_receipt_number=number,
        original_sale_id=original.id,
        original_receipt_number=original.receipt_number,
        currency=original.currency,
        refunded_minor=-doc.total_minor,
        cash_out_minor=cash,
        points_earned_reversed=original.loyalty_points_earned,
        points_restored=original.loyalty_points_redeemed,
        approved_by_id=doc.approved_by_id,
        changes=Changes.of(*CHANGED_ENTITIES, "audit_logs", ids=(doc.id, original.id)),
    )


def record_line_removed(
    ctx: ServiceContext,
    actor: Actor,
    cart_id: str,
    line: CartLine,
    *,
    approver: Actor | None = None,
    reason: str | None = None,
) -> Changes:
    """Audit a line taken off the cart before payment (REMOVE_CART_LINE or an approver).

    Call it when the cashier removes a line (or lowers a quantity: pass the removed part as
    ``line``); the cart change itself is the caller's, this writes only the audit row.
    """
    authorised_by = require_or_approval(actor, Permission.REMOVE_CART_LINE, approver)
    if not isinstance(line, CartLine):
        raise ValidationError("record_line_removed needs the removed cart line")
    values: dict[str, Any] = {
        "cart_id": cart_id,
        "line_id": line.line_id,
        "product_id": line.product_id,
        "variant_id": line.variant_id,
        "name": line.name,
        "sku": line.sku,
        "quantity_milli": to_milli(Decimal(line.quantity)),
        "unit_price_minor": line.unit_price.minor,
        "gross_minor": line.gross.minor,
        "currency": line.unit_price.currency,
    }
    with ctx.db.uow() as uow:
        audit(
            uow.session,
            ctx,
            actor,
            AuditEntry(
                action="cart.line_removed",
                resource="cart",
                resource_id=None,
                old_values=values,
                reason=(reason or "").strip()[:500] or None,
                approved_by=authorised_by,
            ),
        )
        uow.commit()
    return Changes.of("audit_logs")
