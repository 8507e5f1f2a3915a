"""The cart being rung up: lines, discounts, coupon and customer. Pure data and rules, no I/O.

``Cart`` is mutable and validates every change before making it (a refused change leaves the cart
as it was). ``CartLine`` is frozen: lines change only through the cart's methods, so nothing can
slip an unchecked price or quantity in. Totals are not stored here: ``pricing.compute_totals``
derives them, so they can never go stale. Permissions (discount limits, price overrides,
removing lines) are the checkout service's job; the cart offers ``effective_discount_percent`` and
the override flag so the service can decide.

Merging: adding a non-weighed product that is already on the cart adds to the most recent line
of the same product, variant, price and tax class, unless that line has a discount or a price
override (those were agreed for the units already there) or the caller passes ``merge=False``.
Weighed items never merge: each weighing is its own line with its own label.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any, Final

from pos_desktop.core.cart_line import (
    AppliedCoupon,
    CartLine,
    check_price,
    check_quantity,
    check_text,
    get_json,
    line_from_dict,
    line_to_dict,
)
from pos_desktop.core.discounts import (
    Discount,
    applied_amount,
    discount_amount,
    discount_from_dict,
    discount_percent,
    discount_to_dict,
)
from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.core.ids import new_id
from pos_desktop.core.money import DEFAULT_CURRENCY, Money
from pos_desktop.core.tax import TaxClass

__all__ = ["MAX_LINES", "AppliedCoupon", "Cart", "CartLine"]

MAX_LINES: Final = 1_000  # a stuck scanner must not grow a cart without end
FORMAT_VERSION: Final = 1  # of to_dict(); bump and migrate if the shape changes


class Cart:
    """A sale in progress, in one currency, with prices tax-inclusive or tax-exclusive."""

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __init__(
        self,
        currency: str = DEFAULT_CURRENCY,
        *,
        tax_inclusive: bool = True,
        cart_id: str | None = None,
    ) -> None:
        try:
            Money.zero(currency)
        except ValueError as exc:
            raise ValidationError(str(exc)) from exc
        self.currency: Final = currency
        self.tax_inclusive: Final = bool(tax_inclusive)
        # Stable id of this sale attempt: checkout can use it as an idempotency key.
        self.cart_id: str = cart_id or new_id()
        self._lines: list[CartLine] = []
        self.order_discount: Discount | None = None
        self.coupon: AppliedCoupon | None = None
        self.customer_id: str | None = None

    # -- reading ------------------------------------------------------------------------
    @property
    def lines(self) -> tuple[CartLine, ...]:
        return tuple(self._lines)

    @property
    def is_empty(self) -> bool:
        return not self._lines

    def line(self, line_id: str) -> CartLine:
        return self._lines[self._index(line_id)]

    def _index(self, line_id: str) -> int:
        for i, line in enumerate(self._lines):
            if line.line_id == line_id:
                return i
        raise NotFoundError(f"no line {line_id!r} in this sale")

    def subtotal_after_line_discounts(self) -> Money:
        """What order discounts apply to: each line's gross less its own (capped) discount."""
        total = 0
        for line in self._lines:
            gross = line.gross
            total += (gross - applied_amount(line.discount, gross)).minor
        return Money(total, self.currency)

    def effective_discount_percent(self, line: str | CartLine) -> Decimal:
        """The line's own discount in percent (a percentage as given; an amount as a share of the
        line's gross), rounded up to 2 decimals.

        For the service's permission check (role discount limit). A price override is not a
        discount here: it has its own permission (compare ``unit_price`` to ``original_price``).
        """
        current = self.line(line if isinstance(line, str) else line.line_id)
        return discount_percent(current.discount, current.gross)

    def order_discount_percent(self) -> Decimal:
        """The manual order discount as a percentage of the subtotal after line discounts."""
        return discount_percent(self.order_discount, self.subtotal_after_line_discounts())

    # -- changing -----------------------------------------------------------------------
    def add_item(
        self,
        *,
        product_id: str,
        name: str,
        unit_price: Money,
        tax_class: TaxClass,
        quantity: str | int | Decimal = 1,
        variant_id: str | None = None,
        sku: str | None = None,
        barcode: str | None = None,
        weighed: bool = False,
        merge: bool = True,
    ) -> CartLine:
        """Add a product (or add to its line, see the module notes). Returns the line."""
        check_price(unit_price, self.currency)
        qty = check_quantity(quantity, weighed, name)
        if merge and not weighed:
            for i in range(len(self._lines) - 1, -1, -1):
                old = self._lines[i]
                if (
                    old.product_id == product_id
                    and old.variant_id == variant_id
                    and old.unit_price == unit_price
                    and old.tax_class == tax_class
                    and not old.weighed
                    and old.discount is None
                    and not old.price_override
                ):
                    merged = replace(old, quantity=check_quantity(old.quantity + qty, False, name))
                    self._lines[i] = merged
                    return merged
        if len(self._lines) >= MAX_LINES:
            raise ValidationError(f"a sale holds at most {MAX_LINES} lines")
        line = CartLine(
            line_id=new_id(),
            product_id=product_id,
            name=name,
            unit_price=unit_price,
            quantity=qty,
            tax_class=tax_class,
            variant_id=variant_id,
            sku=sku,
            barcode=barcode,
            weighed=weighed,
        )
        self._lines.append(line)
        return line

    def _replace(self, line_id: str, **changes: Any) -> CartLine:
        i = self._index(line_id)
        updated = replace(self._lines[i], **changes)
        self._lines[i] = updated
        return updated

    def set_quantity(self, line_id: str, quantity: str | int | Decimal) -> CartLine:
        """Set a line's quantity (> 0; remove the line to drop it). A fixed discount larger than
        the new gross is then capped by pricing, never turned negative."""
        line = self.line(line_id)
        return self._replace(line_id, quantity=check_quantity(quantity, line.weighed, line.name))

    def remove_line(self, line_id: str) -> CartLine:
        return self._lines.pop(self._index(line_id))

    def set_line_discount(self, line_id: str, discount: Discount | None) -> CartLine:
        """Set (or with None clear) a line's discount; refuses more than the line's gross."""
        line = self.line(line_id)
        discount_amount(discount, line.gross)  # raises on currency or amount > line
        return self._replace(line_id, discount=discount)

    def override_price(self, line_id: str, unit_price: Money) -> CartLine:
        """Change a line's unit price, keeping the catalog price; back to it clears the flag."""
        line = self.line(line_id)
        check_price(unit_price, self.currency)
        original = line.original_price if line.price_override else line.unit_price
        assert original is not None
        if unit_price == original:
            return self._replace(
                line_id, unit_price=original, price_override=False, original_price=None
            )
        return self._replace(
            line_id, unit_price=unit_price, price_override=True, original_price=original
        )

    def set_order_discount(self, discount: Discount | None) -> None:
        """Set (or with None clear) the manual order discount; refuses more than the order."""
        if discount is not None:
            discount_amount(discount, self.subtotal_after_line_discounts())
        self.order_discount = discount

    def set_coupon(self, code: str, discount: Money, *, coupon_id: str | None = None) -> None:
        """Record a coupon the coupon rules accepted, with the discount they computed.

        Pricing caps it at what is left after line and order discounts (the basket may shrink
        after the coupon was computed); ``CartTotals.coupon_discount`` is what was applied.
        """
        check_text("coupon code", code, required=True)
        check_text("coupon id", coupon_id, required=False)
        if not isinstance(discount, Money) or discount.currency != self.currency:
            raise ValidationError(f"coupon discount must be Money in {self.currency}")
        if discount.is_negative():
            raise ValidationError("a coupon discount cannot be negative")
        self.coupon = AppliedCoupon(code.strip(), discount, coupon_id)

    def clear_coupon(self) -> None:
        self.coupon = None

    def set_customer(self, customer_id: str | None) -> None:
        """Attach a customer (for loyalty and coupons); None or blank detaches."""
        check_text("customer id", customer_id, required=False)
        self.customer_id = customer_id.strip() or None if customer_id is not None else None

    def clear(self) -> None:
        """Empty the cart for the next sale (a new cart id: it is a new sale attempt)."""
        self._lines.clear()
        self.order_discount = None
        self.coupon = None
        self.customer_id = None
        self.cart_id = new_id()

    # -- persistence (held tickets) ------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form: money in minor units, decimals as strings; round-trips exactly."""
        coupon = self.coupon
        return {
            "version": FORMAT_VERSION,
            "cart_id": self.cart_id,
            "currency": self.currency,
            "tax_inclusive": self.tax_inclusive,
            "customer_id": self.customer_id,
            "order_discount": discount_to_dict(self.order_discount),
            "coupon": None
            if coupon is None
            else {
                "code": coupon.code,
                "discount_minor": coupon.discount.minor,
                "coupon_id": coupon.coupon_id,
            },
            "lines": [line_to_dict(line) for line in self._lines],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cart:
        """Rebuild a cart from ``to_dict`` output, checking everything (ValidationError if bad)."""
        try:
            if data["version"] != FORMAT_VERSION:
                raise ValidationError(f"held ticket format {data['version']!r} is not supported")
            currency = get_json(data, "currency", str)
            cart = cls(
                currency,
                tax_inclusive=get_json(data, "tax_inclusive", bool),
                cart_id=check_text("cart id", get_json(data, "cart_id", str), required=True),
            )
            lines = [line_from_dict(item, currency) for item in get_json(data, "lines", list)]
            if len(lines) > MAX_LINES:
                raise ValidationError(f"a sale holds at most {MAX_LINES} lines")
            if len({line.line_id for line in lines}) != len(lines):
                raise ValidationError("held ticket has duplicate line ids")
            cart._lines = lines
            cart.set_customer(get_json(data, "customer_id", str, optional=True))
            cart.order_discount = discount_from_dict(data["order_discount"], currency)
            coupon = data["coupon"]
            if coupon is not None:
                cart.set_coupon(
                    get_json(coupon, "code", str),
                    Money(get_json(coupon, "discount_minor", int), currency),
                    coupon_id=get_json(coupon, "coupon_id", str, optional=True),
                )
            return cart
        except (KeyError, TypeError, ValueError, ArithmeticError, AttributeError) as exc:
            raise ValidationError(f"held ticket data is malformed ({exc!r})") from exc

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Cart) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return f"Cart({self.currency}, {len(self._lines)} lines, id={self.cart_id})"
