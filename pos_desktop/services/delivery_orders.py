"""Delivery orders: taking an order and moving it along its status flow (MANAGE_DELIVERIES).

``create_order`` prices the lines from the catalog (the variant's price when it has one),
works out tax the way the organization prices (inclusive or not), adds the delivery fee, and
sets what a courier collects: the whole total for cash on delivery, nothing for an order paid
beforehand (bank transfer, PayHere, LankaQR, card, cash at the counter), whose payment is
recorded at once in ``order_payments`` with its reference. The customer is the given one, or
the customer already known by that phone number, or a walk-in name and phone.

``change_order_status`` moves an order one legal step (delivery_flow.py) with its effects
(delivery_transitions.py), recording who, when and the note in the history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Final

from sqlalchemy.orm import Session

from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.core.phone import normalize_phone
from pos_desktop.core.quantity import parse_quantity, to_milli
from pos_desktop.core.tax import tax_on
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.services.customers import find_by_phone, resolve_customer
from pos_desktop.services.delivery_flow import order_status
from pos_desktop.services.delivery_numbers import next_order_number
from pos_desktop.services.delivery_state import OrderState, load_order, order_state
from pos_desktop.services.delivery_transitions import MAX_NOTE, clean_note, step_order
from pos_desktop.store.models import Organization
from pos_desktop.store.models.catalog import Product, ProductVariant, TaxClass, Unit
from pos_desktop.store.models.delivery import (
    Order,
    OrderItem,
    OrderPayment,
    OrderPaymentMethod,
    OrderStatus,
    OrderStatusHistory,
)

MAX_LINES: Final = 200
MAX_FEE_MINOR: Final = 10_000_000  # LKR 100,000: more than any courier charges
PREPAID_NEED_REFERENCE: Final = frozenset(
    {
        OrderPaymentMethod.BANK_TRANSFER,
        OrderPaymentMethod.PAYHERE,
        OrderPaymentMethod.LANKAQR,
        OrderPaymentMethod.CARD,
    }
)
ORDER_ENTITIES: Final = ("orders", "order_items", "order_status_history", "order_payments")


@dataclass(frozen=True, slots=True)
class Address:
    line1: str
    city: str
    line2: str = ""
    district: str = ""
    postal_code: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "line1": self.line1,
            "line2": self.line2,
            "city": self.city,
            "district": self.district,
            "postal_code": self.postal_code,
        }


@dataclass(frozen=True, slots=True)
class OrderLineInput:
    product_id: str
    quantity: Decimal | str | int = 1
    variant_id: str | None = None


@dataclass(frozen=True, slots=True)
class NewOrder:
    customer_name: str
    customer_phone: str
    address: Address
    lines: Sequence[OrderLineInput]
    delivery_fee_minor: int = 0
    payment_method: str = OrderPaymentMethod.COD.value
    payment_reference: str | None = None
    customer_id: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class OrderResult:
    order_id: str
    order_number: str
    status: OrderStatus
    total: Money
    cod_amount: Money
    changes: Changes


def _text(value: str, label: str, limit: int, *, required: bool) -> str:
    cleaned = " ".join(value.split())
    if required and not cleaned:
        raise ValidationError(f"the {label} is required")
    if len(cleaned) > limit:
        raise ValidationError(f"the {label} is longer than {limit} characters")
    return cleaned


def _address(address: Address) -> dict[str, str]:
    return Address(
        line1=_text(address.line1, "address", 200, required=True),
        line2=_text(address.line2, "second address line", 200, required=False),
        city=_text(address.city, "city", 100, required=True),
        district=_text(address.district, "district", 100, required=False),
        postal_code=_text(address.postal_code, "postal code", 16, required=False),
    ).as_dict()


def _method(value: str) -> OrderPaymentMethod:
    try:
        return OrderPaymentMethod(value.strip().upper())
    except ValueError as exc:
        raise ValidationError(f"{value!r} is not a payment method for orders") from exc


@dataclass(frozen=True, slots=True)
class _Line:
    product_id: str
    variant_id: str | None
    name: str
    sku: str | None
    quantity_milli: int
    unit_price_minor: int
    tax_rate: Decimal
    tax_minor: int
    total_minor: int


def _priced_line(
    session: Session, ctx: ServiceContext, line: OrderLineInput, inclusive: bool
) -> _Line:
    product = session.get(Product, line.product_id)
    if (
        product is None
        or product.organization_id != ctx.terminal.organization_id
        or product.deleted_at is not None
        or product.status != "ACTIVE"
    ):
        raise NotFoundError("a line names a product that is not on sale")
    price = product.price_minor
    name, sku = product.name, product.sku
    if line.variant_id is not None:
        variant = session.get(ProductVariant, line.variant_id)
        if variant is None or variant.product_id != product.id or not variant.is_active:
            raise NotFoundError(f"{product.name} has no such variant")
        price = variant.price_minor if variant.price_minor is not None else price
        name, sku = f"{product.name} {variant.value}", variant.sku or sku
    qty = parse_quantity(line.quantity)
    if product.unit == Unit.PIECES.value and qty != qty.to_integral_value():
        raise ValidationError(f"{product.name} is sold in pieces; use a whole number")
    total = Money(price, ctx.terminal.currency).times(qty)
    tax_class = session.get(TaxClass, product.tax_class_id) if product.tax_class_id else None
    rate = tax_class.rate if tax_class is not None and not tax_class.is_exempt else Decimal(0)
    return _Line(
        product_id=product.id,
        variant_id=line.variant_id,
        name=name[:300],
        sku=sku,
        quantity_milli=to_milli(qty),
        unit_price_minor=price,
        tax_rate=rate,
        tax_minor=tax_on(total, rate, inclusive=inclusive).minor,
        total_minor=total.minor,
    )


def create_order(ctx: ServiceContext, actor: Actor, new: NewOrder) -> OrderResult:
    """Take a delivery order (PENDING). Nothing is written if any part is wrong."""
    require(actor, Permission.MANAGE_DELIVERIES)
    name = _text(new.customer_name, "customer name", 200, required=True)
    phone = normalize_phone(new.customer_phone)
    address = _address(new.address)
    method = _method(new.payment_method)
    reference = clean_note(new.payment_reference, 128, "payment reference")
    notes = clean_note(new.notes, MAX_NOTE, "note")
    fee = new.delivery_fee_minor
    if isinstance(fee, bool) or not isinstance(fee, int) or not 0 <= fee <= MAX_FEE_MINOR:
        raise ValidationError("the delivery fee must be a positive amount (or zero)")
    if not new.lines:
        raise ValidationError("an order needs at least one line")
    if len(new.lines) > MAX_LINES:
        raise ValidationError(f"an order holds at most {MAX_LINES} lines")
    if method in PREPAID_NEED_REFERENCE and reference is None:
        raise ValidationError(f"a {method.value} payment needs its reference")
    currency = ctx.terminal.currency
    with ctx.db.uow() as uow:
        s = uow.session
        org = s.get(Organization, ctx.terminal.organization_id)
        inclusive = bool(org.tax_inclusive) if org is not None else True
        customer_id = None
        if new.customer_id is not None:
            customer_id = resolve_customer(s, new.customer_id).id
        else:
            known = find_by_phone(s, phone)
            customer_id = known[0].id if known else None
        lines = [_priced_line(s, ctx, line, inclusive) for line in new.lines]
        subtotal = sum(line.total_minor for line in lines)
        tax = sum(line.tax_minor for line in lines)
        total = subtotal + (0 if inclusive else tax) + fee
        cod = total if method is OrderPaymentMethod.COD else 0
        order = Order(
            organization_id=ctx.terminal.organization_id,
            store_id=ctx.terminal.store_id,
            device_id=ctx.terminal.device_id,
            order_number=next_order_number(s, ctx.terminal.store_id, ctx.terminal.device_code),
            customer_id=customer_id,
            customer_name=name,
            customer_phone=phone,
            shipping_address=address,
            payment_method=method.value,
            currency=currency,
            tax_inclusive=inclusive,
            subtotal_minor=subtotal,
            tax_minor=tax,
            delivery_fee_minor=fee,
            total_minor=total,
            cod_amount_minor=cod,
            notes=notes,
            created_by_id=actor.user_id,
            created_at=ctx.clock(),
        )
        s.add(order)
        s.flush()
        scope = {"organization_id": order.organization_id, "store_id": order.store_id}
        s.add_all(
            OrderItem(**scope, order_id=order.id, line_no=n, **asdict(line))
            for n, line in enumerate(lines, start=1)
        )
        s.add(
            OrderStatusHistory(
                **scope,
                device_id=ctx.terminal.device_id,
                order_id=order.id,
                seq=1,
                status=None,
                new_status=OrderStatus.PENDING.value,
                changed_by_id=actor.user_id,
                created_at=ctx.clock(),
            )
        )
        if method is not OrderPaymentMethod.COD:
            s.add(
                OrderPayment(
                    **scope,
                    device_id=ctx.terminal.device_id,
                    order_id=order.id,
                    method=method.value,
                    amount_minor=total,
                    expected_minor=total,
                    currency=currency,
                    reference=reference,
                    received_by_id=actor.user_id,
                    created_at=ctx.clock(),
                )
            )
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "order.create",
                "orders",
                order.id,
                None,
                {"order_number": order.order_number, "total_minor": total, "method": method},
            ),
        )
        uow.commit()
    return OrderResult(
        order.id,
        order.order_number,
        OrderStatus.PENDING,
        Money(total, currency),
        Money(cod, currency),
        Changes.of(*ORDER_ENTITIES, ids=(order.id,)),
    )


def change_order_status(
    ctx: ServiceContext,
    actor: Actor,
    order_id: str,
    new_status: OrderStatus | str,
    *,
    reason: str | None = None,
    notes: str | None = None,
) -> OrderResult:
    """One legal step of the order (cancelling needs a reason); refused steps write nothing."""
    require(actor, Permission.MANAGE_DELIVERIES)
    new = order_status(str(new_status))
    with ctx.db.uow() as uow:
        s = uow.session
        state: OrderState = order_state(s, load_order(s, ctx, order_id))
        touched = step_order(s, ctx, actor, state, new, reason=reason, notes=notes)
        order = state.order
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "order.status",
                "orders",
                order.id,
                {"status": state.status.value},
                {"status": new.value, "order_number": order.order_number},
                reason=reason,
            ),
        )
        uow.commit()
    return OrderResult(
        order.id,
        order.order_number,
        new,
        Money(order.total_minor, order.currency),
        Money(order.cod_amount_minor, order.currency),
        Changes.of("orders", *touched, ids=(order.id,)),
    )
