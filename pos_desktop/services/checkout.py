"""Checkout: turn a paid cart into a sale, in ONE transaction, or write nothing at all.

One ``BEGIN IMMEDIATE`` unit of work writes the sale, its lines, tax rows, payments and status
history, the stock OUT movements, the loyalty redemption and earning, the coupon usage, the
customer's cached totals, the next gapless receipt number, any audit row, and (automatically) the
sync outbox rows; then commits with ``synchronous=FULL``. Every rule is checked before the first
row is written where it can be, and any refusal after that rolls the whole unit back: no sale,
no movement, no outbox row, and the receipt counter is not advanced.

Idempotency: the sale's id is the cart's ``cart_id`` (a UUIDv7 made when the cart was started).
If the till retries a checkout whose commit did succeed (a timeout, a crash of the UI after the
commit), the second call finds the sale and returns it (``replayed=True``) instead of counting
the sale twice. A different cart with a reused id is refused.

Discount and price authority:
- any manual discount needs APPLY_DISCOUNT and must be within the actor's
  ``discount_limit_percent`` (line discounts on their line; the order discount on the order);
  above it an approver with APPROVE_DISCOUNT whose own limit covers it must be present;
- a price override needs OVERRIDE_PRICE by the actor or the approver;
- coupons are not manual discounts: the coupon rules decide them, re-checked here.
Approvals are written to the audit log with the percentages and prices involved.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from pos_desktop.core.cart import Cart
from pos_desktop.core.errors import (
    ApprovalRequired,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from pos_desktop.core.money import Money, format_amount
from pos_desktop.core.permissions import Permission
from pos_desktop.core.pricing import CartTotals, compute_totals
from pos_desktop.core.quantity import to_milli
from pos_desktop.services import coupons as coupon_service
from pos_desktop.services import loyalty as loyalty_service
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
    require,
)
from pos_desktop.services.customers import refresh_customer_totals
from pos_desktop.services.payments import (
    MAX_TENDER_MINOR,
    PaymentRequest,
    Tender,
    TenderPlan,
    accepted_methods,
    plan_tenders,
)
from pos_desktop.services.receipts import next_receipt_number
from pos_desktop.services.sale_documents import (
    CHANGED_ENTITIES,
    payment_rows,
    status_row,
)
from pos_desktop.services.shifts import require_open_shift
from pos_desktop.services.stock import record_sale_movements
from pos_desktop.store.models.catalog import Product
from pos_desktop.store.models.sales import (
    Payment,
    PaymentMethodCode,
    PaymentStatus,
    Sale,
    SaleKind,
    SaleLine,
    SaleStatus,
    SaleTax,
)

log = logging.getLogger(__name__)

__all__ = ["CheckoutResult", "PaymentRequest", "authorise_cart", "checkout"]


@dataclass(frozen=True, slots=True)
class CheckoutResult:
    sale_id: str
    receipt_number: str
    created_at: datetime
    currency: str
    subtotal_minor: int
    discount_minor: int  # every discount, coupon included
    coupon_discount_minor: int
    tax_minor: int
    total_minor: int
    paid_minor: int  # applied to the sale (== total)
    change_minor: int  # cash handed back
    pending_verification_minor: int  # part of the payment still to be confirmed
    tenders: tuple[Tender, ...]
    customer_id: str | None
    points_earned: int
    points_redeemed: int
    points_balance: int | None  # after this sale; None without a customer
    approved_by_id: str | None
    replayed: bool  # True: this cart had already been checked out; nothing new was written
    changes: Changes


# -- rules checked before the transaction -------------------------------------------------


def _check_cart(ctx: ServiceContext, cart: Cart) -> None:
    if not isinstance(cart, Cart):
        raise ValidationError("checkout needs a cart")
    if cart.is_empty:
        raise ValidationError("the sale is empty: scan or add an item first")
    if cart.currency != ctx.terminal.currency:
        raise ValidationError(
            f"this terminal sells in {ctx.terminal.currency}, not {cart.currency}"
        )


def _sale_id(cart: Cart) -> str:
    try:
        return str(uuid.UUID(cart.cart_id))
    except (ValueError, TypeError, AttributeError) as exc:
        raise ValidationError("this cart has no valid id; start a new sale") from exc


def authorise_cart(actor: Actor, cart: Cart, approver: Actor | None) -> Actor | None:
    """Check discount limits and price overrides; return the approver whose authority was used.

    Exposed so the sell screen can ask for a manager's PIN before the customer pays.
    """
    if approver is not None and approver.user_id == actor.user_id:
        approver = None  # nobody approves their own request
    used: Actor | None = None
    percents = [cart.effective_discount_percent(line.line_id) for line in cart.lines]
    percents.append(cart.order_discount_percent())
    top = max(percents)
    if top > 0:
        own = actor.can(Permission.APPLY_DISCOUNT) and top <= actor.discount_limit_percent
        if not own:
            if approver is None:
                raise ApprovalRequired(
                    f"a discount of {top}% is above {actor.name}'s limit of "
                    f"{actor.discount_limit_percent}%: a manager must approve it"
                )
            if not approver.can(Permission.APPROVE_DISCOUNT):
                raise PermissionDenied(f"{approver.name} cannot approve discounts")
            if top > approver.discount_limit_percent:
                raise PermissionDenied(
                    f"a discount of {top}% is above {approver.name}'s limit of "
                    f"{approver.discount_limit_percent}%"
                )
            used = approver
    if any(line.price_override for line in cart.lines) and not actor.can(Permission.OVERRIDE_PRICE):
        if approver is None:
            raise ApprovalRequired("a changed price needs a manager's approval")
        if not approver.can(Permission.OVERRIDE_PRICE):
            raise PermissionDenied(f"{approver.name} cannot approve price changes")
        used = approver
    return used


def _check_requests(requests: Sequence[PaymentRequest]) -> list[PaymentRequest]:
    checked = list(requests)
    if len(checked) > 20:
        raise ValidationError("too many payments on one sale")
    for request in checked:
        if not isinstance(request, PaymentRequest):
            raise ValidationError("a payment must be a PaymentRequest")
    points = [r for r in checked if r.method == PaymentMethodCode.LOYALTY_POINTS]
    if len(points) > 1:
        raise ValidationError("redeem loyalty points once per sale")
    return checked


# -- pieces inside the transaction ----------------------------------------------------------


def _coupon(
    s: Session,
    ctx: ServiceContext,
    cart: Cart,
    totals: CartTotals,
    now: datetime,
    customer_id: str | None,
) -> tuple[str, str] | None:
    """Re-check the cart's coupon now (limits, validity) and insist on the same discount.

    Returns the coupon's id and its code as stored (the cart holds it as typed)."""
    applied = cart.coupon
    if applied is None:
        return None
    found = coupon_service.find_coupon(s, ctx, applied.code)
    if found is None:
        raise ValidationError(f"coupon {applied.code} is not known on this terminal")
    discount = coupon_service.validate_coupon(
        s, ctx, applied.code, totals.coupon_base, now, customer_id
    )
    if discount.amount != totals.coupon_discount:
        raise ValidationError(
            f"coupon {found.code} now gives {discount.amount} on this sale, not "
            f"{totals.coupon_discount}; apply the coupon again"
        )
    return found.id, found.rule.code


def _redeem(
    s: Session,
    ctx: ServiceContext,
    actor: Actor,
    requests: list[PaymentRequest],
    customer: loyalty_service.Member | None,
    totals: CartTotals,
    sale_id: str,
) -> tuple[list[PaymentRequest], int, int]:
    """Record a LOYALTY_POINTS redemption; returns requests with its money value filled in,
    the points and their value."""
    out: list[PaymentRequest] = []
    points = value = 0
    for request in requests:
        if request.method != PaymentMethodCode.LOYALTY_POINTS:
            out.append(request)
            continue
        if customer is None:
            raise ValidationError("attach the customer to the sale to pay with points")
        if request.points is None:
            raise ValidationError("say how many points to redeem")
        redemption = loyalty_service.record_redemption(
            s,
            ctx,
            customer,
            request.points,
            sale_id,
            order_total=totals.grand_total,
            created_by_id=actor.user_id,
            refresh=False,  # checkout refreshes the loyalty cache once, after the earning
        )
        points, value = redemption.points, redemption.value.minor
        out.append(PaymentRequest(request.method, value, request.reference, request.points))
    return out, points, value


# Built once: constructing a select costs about as much as running it.
_COSTS = select(Product.id, Product.cost_minor).where(
    Product.id.in_(bindparam("ids", expanding=True))
)


def _unit_costs(s: Session, cart: Cart) -> dict[str, int | None]:
    """Catalog cost of each product on the cart (one query); refuses unknown products."""
    ids = sorted({line.product_id for line in cart.lines})
    rows: dict[str, int | None] = {pid: cost for pid, cost in s.execute(_COSTS, {"ids": ids})}
    missing = [line.name for line in cart.lines if line.product_id not in rows]
    if missing:
        raise ValidationError(f"{missing[0]} is not in this terminal's catalog")
    return rows


def _build_sale(
    ctx: ServiceContext,
    actor: Actor,
    cart: Cart,
    totals: CartTotals,
    *,
    sale_id: str,
    number: str,
    shift_id: str,
    customer_id: str | None,
    coupon: tuple[str, str] | None,
    approved_by: Actor | None,
    earned: int,
    redeemed: int,
    now: datetime,
    notes: str | None,
    costs: dict[str, int | None],
) -> tuple[Sale, list[SaleLine], list[SaleTax]]:
    t = ctx.terminal
    scope = {"organization_id": t.organization_id, "store_id": t.store_id}
    sale = Sale(
        id=sale_id,
        device_id=t.device_id,
        receipt_number=number,
        kind=SaleKind.SALE.value,
        shift_id=shift_id,
        cashier_id=actor.user_id,
        approved_by_id=approved_by.user_id if approved_by else None,
        customer_id=customer_id,
        currency=cart.currency,
        subtotal_minor=totals.subtotal.minor,
        discount_minor=totals.discount.minor,
        tax_minor=totals.tax.minor,
        total_minor=totals.grand_total.minor,
        tax_inclusive=cart.tax_inclusive,
        coupon_id=coupon[0] if coupon else None,
        coupon_code=coupon[1] if coupon else None,
        coupon_discount_minor=totals.coupon_discount.minor,
        loyalty_points_earned=earned,
        loyalty_points_redeemed=redeemed,
        status=SaleStatus.COMPLETED.value,
        notes=notes,
        created_at=now,
        **scope,
    )
    lines = []
    for no, (line, lt) in enumerate(zip(cart.lines, totals.lines, strict=True), start=1):
        lines.append(
            SaleLine(
                sale_id=sale_id,
                line_no=no,
                product_id=line.product_id,
                variant_id=line.variant_id,
                name=line.name,
                sku=line.sku,
                barcode=line.barcode,
                quantity_milli=to_milli(line.quantity),
                unit_price_minor=line.unit_price.minor,
                list_price_minor=line.original_price.minor if line.original_price else None,
                unit_cost_minor=costs.get(line.product_id),
                gross_minor=lt.gross.minor,
                discount_minor=lt.line_discount.minor,
                order_discount_minor=lt.order_discount.minor,
                coupon_discount_minor=lt.coupon_discount.minor,
                tax_class_code=lt.tax_code,
                tax_rate=lt.tax_rate,
                tax_minor=lt.tax.minor,
                total_minor=lt.total.minor,
                weighed=line.weighed,
                **scope,
            )
        )
    taxes = [
        SaleTax(
            sale_id=sale_id,
            tax_class_code=row.code,
            tax_rate=row.rate,
            taxable_minor=row.base.minor,
            tax_minor=row.tax.minor,
            **scope,
        )
        for row in totals.taxes
    ]
    return sale, lines, taxes


def _approval_audit(
    s: Session,
    ctx: ServiceContext,
    actor: Actor,
    cart: Cart,
    sale_id: str,
    number: str,
    approved_by: Actor | None,
) -> None:
    overrides = [
        {
            "name": line.name,
            "from_minor": line.original_price.minor,
            "to_minor": line.unit_price.minor,
        }
        for line in cart.lines
        if line.original_price is not None
    ]
    discounts = {
        line.name: str(cart.effective_discount_percent(line.line_id))
        for line in cart.lines
        if line.discount is not None
    }
    if approved_by is None and not overrides:
        return
    order_pct = cart.order_discount_percent()
    audit(
        s,
        ctx,
        actor,
        AuditEntry(
            action="sale.approval",
            resource="sales",
            resource_id=sale_id,
            new_values={
                "receipt_number": number,
                "price_overrides": overrides,
                "line_discount_percent": discounts,
                "order_discount_percent": str(order_pct),
            },
            approved_by=approved_by,
        ),
    )


# -- the service ----------------------------------------------------------------------------


def checkout(
    ctx: ServiceContext,
    actor: Actor,
    cart: Cart,
    payments: Sequence[PaymentRequest],
    *,
    approver: Actor | None = None,
    notes: str | None = None,
) -> CheckoutResult:
    """Complete the sale of ``cart`` paid by ``payments`` (see the module notes)."""
    require(actor, Permission.PROCESS_SALES)
    _check_cart(ctx, cart)
    approved_by = authorise_cart(actor, cart, approver)
    requests = _check_requests(payments)
    totals = compute_totals(cart)
    if totals.grand_total.minor > MAX_TENDER_MINOR:
        raise ValidationError("this sale's total is implausibly large; check the quantities")
    sale_id = _sale_id(cart)
    clean_notes = (notes or "").strip()[:1000] or None
    now = ctx.clock()
    with ctx.db.uow() as uow:
        s = uow.session
        existing = s.get(Sale, sale_id)
        if existing is not None:
            return _replay(s, existing, totals)
        shift = require_open_shift(s, ctx)
        costs = _unit_costs(s, cart)
        # The surviving customer and their merge group, read once for every loyalty and
        # customer step below (holding the row keeps later gets in the identity map).
        customer = loyalty_service.member(s, cart.customer_id) if cart.customer_id else None
        customer_id = customer.id if customer else None
        coupon = _coupon(s, ctx, cart, totals, now, customer_id)
        requests, points_redeemed, points_value = _redeem(
            s, ctx, actor, requests, customer, totals, sale_id
        )
        plan = plan_tenders(
            requests,
            totals.grand_total.minor,
            accepted_methods(s, ctx.terminal.organization_id),
            cart.currency,
        )
        earn = None
        if customer is not None:
            earn = loyalty_service.compute_earn(
                s,
                ctx,
                customer,
                totals.grand_total,
                paid_with_points=Money(points_value, cart.currency),
            )
        number = next_receipt_number(s, ctx)
        sale, lines, taxes = _build_sale(
            ctx,
            actor,
            cart,
            totals,
            sale_id=sale_id,
            number=number,
            shift_id=shift.id,
            customer_id=customer_id,
            coupon=coupon,
            approved_by=approved_by,
            earned=earn.points if earn else 0,
            redeemed=points_redeemed,
            now=now,
            notes=clean_notes,
            costs=costs,
        )
        s.add(sale)
        # Parent first: without relationships the unit of work does not order by foreign key.
        s.flush()
        s.add_all(lines)
        s.add_all(taxes)
        s.add_all(payment_rows(ctx, sale, plan.tenders, now))
        s.add(status_row(ctx, sale_id, None, SaleStatus.COMPLETED, actor, now))
        if customer is not None and earn is not None and earn.points:
            loyalty_service.record_earn(
                s,
                ctx,
                customer,
                earn.points,
                sale_id,
                earn.campaign_id,
                created_by_id=actor.user_id,
                refresh=False,  # once, below, for the redemption and the earning together
            )
        # Its flush (before the stock-level check) writes the rows added above with the
        # movements: one INSERT per table and one outbox batch instead of a flush each.
        record_sale_movements(s, ctx, lines, sale_id, created_by_id=actor.user_id)
        if coupon is not None:
            coupon_service.record_usage(
                s,
                ctx,
                coupon[0],
                sale_id,
                customer_id,
                totals.coupon_discount,
                created_by_id=actor.user_id,
            )
        balance = None
        if customer is not None:
            refresh_customer_totals(s, ctx, customer.id, document=sale, merge_group=customer.ids)
            if sale.loyalty_points_earned or points_redeemed:
                # The summary of the refreshed cache is the ledger sum after this sale: the
                # balance needs no query of its own.
                balance = loyalty_service.refresh_customer_loyalty(s, ctx, customer).balance
            else:
                balance = loyalty_service.ledger_sum(s, customer.ids)
        _approval_audit(s, ctx, actor, cart, sale_id, number, approved_by)
        uow.commit()
    log.info(
        "sale committed: receipt %s, total %s %s, user %s",
        number,
        format_amount(totals.grand_total),
        totals.grand_total.currency,
        actor.user_id,
    )
    return _result(sale, plan, balance, replayed=False)


def _result(sale: Sale, plan: TenderPlan, balance: int | None, *, replayed: bool) -> CheckoutResult:
    pending = sum(
        t.amount_minor for t in plan.tenders if t.status == PaymentStatus.PENDING_VERIFICATION
    )
    return CheckoutResult(
        sale_id=sale.id,
        receipt_number=sale.receipt_number,
        created_at=sale.created_at,
        currency=sale.currency,
        subtotal_minor=sale.subtotal_minor,
        discount_minor=sale.discount_minor,
        coupon_discount_minor=sale.coupon_discount_minor,
        tax_minor=sale.tax_minor,
        total_minor=sale.total_minor,
        paid_minor=plan.paid_minor,
        change_minor=plan.change_minor,
        pending_verification_minor=pending,
        tenders=plan.tenders,
        customer_id=sale.customer_id,
        points_earned=sale.loyalty_points_earned,
        points_redeemed=sale.loyalty_points_redeemed,
        points_balance=balance,
        approved_by_id=sale.approved_by_id,
        replayed=replayed,
        changes=Changes.of(*CHANGED_ENTITIES, ids=(sale.id,)),
    )


def _replay(s: Session, sale: Sale, totals: CartTotals) -> CheckoutResult:
    """The cart was already checked out: return that sale, write nothing."""
    if sale.kind != SaleKind.SALE.value or sale.total_minor != totals.grand_total.minor:
        raise ConflictError(
            f"this cart was already completed as receipt {sale.receipt_number} with a different "
            "total; start a new sale"
        )
    rows = s.execute(
        select(Payment).where(Payment.sale_id == sale.id).order_by(Payment.created_at, Payment.id)
    ).scalars()
    tenders = tuple(
        Tender(
            p.method,
            p.amount_minor,
            p.tendered_minor,
            p.change_minor,
            p.status,
            p.reference,
            p.points,
        )
        for p in rows
    )
    plan = TenderPlan(tenders, sum(t.change_minor for t in tenders))
    balance = loyalty_service.balance(s, sale.customer_id) if sale.customer_id else None
    return _result(sale, plan, balance, replayed=True)
