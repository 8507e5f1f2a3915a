"""Returns and refunds against a receipt: partial, restock or write-off, loyalty reversed.

A return is a new RETURN document (its own receipt number, kind RETURN, negative amounts)
pointing at the original sale, one line per original line taken back.

Amounts: a returned quantity gives back its share of what the customer actually paid for that
line, i.e. of the line's total after its own discount, its share of the order discount and of
the coupon, tax included. Shares are computed on the cumulative quantity returned (rounded half
up) minus what earlier returns gave back, so returning a line in any number of parts refunds
exactly the line's total, never a cent more. The refund can therefore never exceed what was paid
for the line, nor (summed) what was paid for the sale; both are checked again before writing.

Rules: PROCESS_RETURNS, plus APPROVE_REFUND by the actor or an approving manager; a reason;
an open shift on this terminal (the refund leaves its drawer); never more than sold minus what
earlier returns or a void took back; not against a voided sale, nor against a return.

Stock: ``restock=True`` puts the goods back (IN, reason return); ``restock=False`` records them
coming back and being written off (IN return + OUT writeoff), so the write-off shows in the
ledger (stock service's design).

Loyalty (how points are handled):
- points the sale EARNED are taken back in proportion to the amount refunded (cumulative, via
  the loyalty service), so a full return takes back exactly what was earned; the balance may go
  negative if they were already spent (flagged to managers by the loyalty service);
- points the sale was PAID with are given back to the customer's account in the same proportion
  (at the rate they were redeemed at), and only the rest of the refund is paid in money. Points
  never turn into cash.

Refund method: ``CASH``; a method code (``CARD``, ``BANK_TRANSFER``, ``LANKAQR``, ``PAYHERE``,
``COD``), which may not refund more than the sale took by that method (net of earlier refunds)
and needs a reference where the method does (a card refund slip; for the others the original
reference is used when none is given) and is PENDING_VERIFICATION where the method is; or
``ORIGINAL``: the money is split over the sale's own payments in proportion to what is left of
each, each by its own method and reference.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.ids import new_id
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.core.quantity import from_milli, parse_quantity, to_milli
from pos_desktop.services import loyalty as loyalty_service
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
    require,
    require_or_approval,
)
from pos_desktop.services.customers import refresh_customer_totals
from pos_desktop.services.payments import (
    MAX_REFERENCE_LENGTH,
    MethodRule,
    Tender,
    accepted_methods,
)
from pos_desktop.services.receipts import SaleView, load_sale, next_receipt_number
from pos_desktop.services.sale_documents import (
    CHANGED_ENTITIES,
    TakeBack,
    clean_reason,
    cumulative_share,
    payment_rows,
    reversal_document,
    status_row,
    take_back,
)
from pos_desktop.services.shifts import require_open_shift
from pos_desktop.services.stock import record_sale_movements
from pos_desktop.store.models.sales import (
    Payment,
    PaymentMethodCode,
    PaymentStatus,
    SaleKind,
    SaleStatus,
)

ORIGINAL = "ORIGINAL"
POINTS = PaymentMethodCode.LOYALTY_POINTS.value
CASH = PaymentMethodCode.CASH.value


@dataclass(frozen=True, slots=True)
class ReturnLine:
    """One original line to take back: how much, and whether it goes back on the shelf."""

    original_line_id: str
    quantity: Decimal | str | int
    restock: bool = True


@dataclass(frozen=True, slots=True)
class ReturnResult:
    return_id: str
    return_receipt_number: str
    original_sale_id: str
    original_receipt_number: str
    currency: str
    refund_minor: int  # positive: the value given back (money + points value)
    money_refund_minor: int  # positive: paid back in money, all methods
    cash_out_minor: int  # positive: cash to hand back from the drawer
    refunds: tuple[Tender, ...]  # the refund payments as written (negative amounts)
    points_earned_reversed: int
    points_restored: int
    original_status: str  # PARTIALLY_RETURNED or RETURNED after this return
    approved_by_id: str | None
    changes: Changes


# -- choosing what comes back -------------------------------------------------------------


def _requests(
    lines: Sequence[ReturnLine | tuple[str, Decimal | str | int, bool]],
) -> list[ReturnLine]:
    out = [line if isinstance(line, ReturnLine) else ReturnLine(*line) for line in lines]
    if not out:
        raise ValidationError("choose at least one item to return")
    ids = [line.original_line_id for line in out]
    if len(set(ids)) != len(ids):
        raise ValidationError("each receipt line can appear only once in a return")
    return out


def _items(original: SaleView, requests: list[ReturnLine]) -> list[TakeBack]:
    items = []
    for request in requests:
        try:
            line = original.line(request.original_line_id)
        except NotFoundError as exc:
            raise ValidationError(exc.message) from exc
        qty = parse_quantity(request.quantity)
        if not line.weighed and qty != qty.to_integral_value():
            raise ValidationError(f"{line.name} is sold by the piece; return whole units")
        milli = to_milli(qty)
        if milli > line.remaining_milli:
            left = from_milli(max(line.remaining_milli, 0))
            raise ValidationError(
                f"only {left} of {line.name} can still be returned "
                f"(sold {from_milli(line.quantity_milli)}, "
                f"returned {from_milli(line.returned_milli)})"
            )
        items.append(take_back(line, milli, bool(request.restock), original.tax_inclusive))
    return items


# -- paying back --------------------------------------------------------------------------


def _points_back(original: SaleView, refund: int) -> tuple[int, int]:
    """(points given back, their money value) for a refund of ``refund`` on ``original``."""
    redeemed = original.loyalty_points_redeemed
    if redeemed <= 0 or original.customer_id is None:
        return 0, 0
    spent = [p for p in original.payments if p.method == POINTS and p.points]
    if not spent:
        return 0, 0
    point_value = spent[0].amount_minor // spent[0].points if spent[0].points else 0
    if point_value <= 0:
        return 0, 0
    points = cumulative_share(
        redeemed,
        original.points_redeemed_restored,
        original.refunded_minor,
        refund,
        original.total_minor,
    )
    points = min(points, refund // point_value)  # points never exceed the value refunded
    return points, points * point_value


def _net_by_method(s: Session, original: SaleView) -> dict[str, int]:
    """What each method took on the sale, net of refunds already made by it."""
    net: dict[str, int] = {}
    for p in original.payments:
        net[p.method] = net.get(p.method, 0) + p.amount_minor
    if original.related_sale_ids:
        for method, amount in s.execute(
            select(Payment.method, func.sum(Payment.amount_minor))
            .where(Payment.sale_id.in_(original.related_sale_ids))
            .group_by(Payment.method)
        ):
            net[method] = net.get(method, 0) + int(amount)
    return net


def _tender(method: str, amount: int, rule: MethodRule, reference: str | None) -> Tender:
    ref = (reference or "").strip()[:MAX_REFERENCE_LENGTH] or None
    if rule.requires_reference and ref is None:
        raise ValidationError(f"a {rule.name} refund needs a reference (slip or transaction id)")
    status = (
        PaymentStatus.PENDING_VERIFICATION if rule.pending_verification else PaymentStatus.COMPLETED
    )
    return Tender(method, -amount, -amount, 0, status.value, ref)


def _original_ref(original: SaleView, method: str) -> str | None:
    refs = [p.reference for p in original.payments if p.method == method and p.reference]
    return refs[0] if refs else None


def _refund_tenders(
    s: Session,
    ctx: ServiceContext,
    original: SaleView,
    money: int,
    method: str,
    reference: str | None,
) -> list[Tender]:
    if money <= 0:
        return []
    rules = accepted_methods(s, ctx.terminal.organization_id)
    net = _net_by_method(s, original)
    if method == ORIGINAL:
        methods = [m for m, amount in net.items() if m != POINTS and amount > 0]
        weights = [net[m] for m in methods]
        if sum(weights) < money:
            raise ValidationError("the sale's payments cannot cover this refund; refund in cash")
        parts = Money(money, original.currency).allocate(weights)
        tenders = []
        for m, part in zip(methods, parts, strict=True):
            if part.minor == 0:
                continue
            part_rule = rules.get(m) or MethodRule(m, m.title(), False, False)
            ref = None
            if m != CASH:  # a card refund slip given by the cashier beats the sale's slip
                ref = (reference if m == PaymentMethodCode.CARD else None) or _original_ref(
                    original, m
                )
            tenders.append(_tender(m, part.minor, part_rule, ref))
        return tenders
    if method == POINTS:
        raise ValidationError("points are given back automatically for points spent on the sale")
    rule = rules.get(method)
    if rule is None:
        raise ValidationError(f"refund method {method!r} is not accepted here")
    if method != CASH and money > net.get(method, 0):
        raise ValidationError(
            f"the sale took only {Money(max(net.get(method, 0), 0), original.currency)} by "
            f"{rule.name}; refund the rest in cash or by the original methods"
        )
    ref = reference or (
        _original_ref(original, method) if method != PaymentMethodCode.CARD else None
    )
    return [_tender(method, money, rule, ref if method != CASH else reference)]


# -- the service ----------------------------------------------------------------------------


def return_items(
    ctx: ServiceContext,
    actor: Actor,
    original_receipt_number_or_id: str,
    lines: Sequence[ReturnLine | tuple[str, Decimal | str | int, bool]],
    refund_method: str,
    *,
    approver: Actor | None = None,
    reason: str,
    reference: str | None = None,
) -> ReturnResult:
    """Take items of a sale back and refund them (see the module notes)."""
    require(actor, Permission.PROCESS_RETURNS)
    authorised_by = require_or_approval(actor, Permission.APPROVE_REFUND, approver)
    why = clean_reason(reason)
    requests = _requests(lines)
    method = str(refund_method).strip().upper()
    now = ctx.clock()
    with ctx.db.uow() as uow:
        s = uow.session
        original = load_sale(s, original_receipt_number_or_id)
        if original.kind != SaleKind.SALE.value:
            raise ConflictError(f"{original.receipt_number} is not a sale; return against the sale")
        if original.status == SaleStatus.VOIDED.value:
            raise ConflictError(f"sale {original.receipt_number} was voided; nothing to return")
        shift = require_open_shift(s, ctx)
        items = _items(original, requests)
        refund = sum(item.total_minor for item in items)
        if original.refunded_minor + refund > original.paid_minor:
            raise ValidationError("this refund would exceed what was paid for the sale")
        points_back, points_value = _points_back(original, refund)
        tenders = _refund_tenders(s, ctx, original, refund - points_value, method, reference)
        if points_back:
            tenders.append(
                Tender(
                    POINTS,
                    -points_value,
                    -points_value,
                    0,
                    PaymentStatus.COMPLETED.value,
                    None,
                    -points_back,
                )
            )
        doc_id = new_id()
        number = next_receipt_number(s, ctx)
        earned_back = 0
        customer_id = original.customer_id
        if customer_id is not None:
            earned_back = loyalty_service.reverse_for_return(
                s,
                ctx,
                customer_id,
                original.id,
                sale_amount=Money(original.total_minor, original.currency),
                returned_amount=Money(refund, original.currency),
                previously_returned=Money(original.refunded_minor, original.currency),
                reason=f"return {number}",
                return_id=doc_id,
                created_by_id=actor.user_id,
            )
            loyalty_service.record_redemption_refund(
                s,
                ctx,
                customer_id,
                points_back,
                original.id,
                f"return {number}",
                return_id=doc_id,
                created_by_id=actor.user_id,
            )
        doc, doc_lines, taxes = reversal_document(
            ctx,
            actor,
            original,
            SaleKind.RETURN,
            items,
            number=number,
            shift_id=shift.id,
            approved_by=authorised_by,
            reason=why,
            now=now,
            points_earned_reversed=earned_back,
            points_restored=points_back,
            doc_id=doc_id,
        )
        s.add(doc)
        # Parent first: without relationships the unit of work does not order by foreign key.
        s.flush()
        s.add_all(doc_lines)
        s.add_all(taxes)
        s.add_all(payment_rows(ctx, doc, tenders, now))
        fully = all(
            line.remaining_milli - sum(i.quantity_milli for i in items if i.line.id == line.id) <= 0
            for line in original.lines
        )
        new_status = SaleStatus.RETURNED if fully else SaleStatus.PARTIALLY_RETURNED
        s.add(status_row(ctx, doc.id, None, SaleStatus.COMPLETED, actor, now, reason=why))
        s.add(
            status_row(
                ctx,
                original.id,
                original.status,
                new_status,
                actor,
                now,
                reason=why,
                related_sale_id=doc.id,
            )
        )
        s.flush()
        for restock in (True, False):
            chosen = [ln for ln in doc_lines if bool(ln.restock) is restock]
            if chosen:
                record_sale_movements(
                    s,
                    ctx,
                    chosen,
                    doc.id,
                    created_by_id=actor.user_id,
                    restock=restock,
                    reference_type="return",
                )
        if customer_id is not None:
            refresh_customer_totals(s, ctx, customer_id, document=doc)
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                action="sale.return",
                resource="sales",
                resource_id=original.id,
                old_values={"receipt_number": original.receipt_number, "status": original.status},
                new_values={
                    "return_id": doc.id,
                    "return_receipt_number": number,
                    "refund_minor": refund,
                    "method": method,
                    "lines": {i.line.id: i.quantity_milli for i in items},
                    "written_off": [i.line.id for i in items if not i.restock],
                },
                reason=why,
                approved_by=authorised_by,
            ),
        )
        uow.commit()
    money = [t for t in tenders if t.method != POINTS]
    return ReturnResult(
        return_id=doc.id,
        return_receipt_number=number,
        original_sale_id=original.id,
        original_receipt_number=original.receipt_number,
        currency=original.currency,
        refund_minor=refund,
        money_refund_minor=-sum(t.amount_minor for t in money),
        cash_out_minor=-sum(t.amount_minor for t in money if t.method == CASH),
        refunds=tuple(tenders),
        points_earned_reversed=earned_back,
        points_restored=points_back,
        original_status=new_status.value,
        approved_by_id=doc.approved_by_id,
        changes=Changes.of(*CHANGED_ENTITIES, "audit_logs", ids=(doc.id, original.id)),
    )


__all__ = ["ORIGINAL", "ReturnLine", "ReturnResult", "return_items"]
