"""Totals of a cart: one pure function, ``compute_totals(cart) -> CartTotals``.

Every figure a receipt or the sale rows need comes from here, in integer minor units:

    gross      = unit price x quantity, rounded once half-up (weighed: kg x price per kg)
    line disc. = the line's own discount, capped at gross
    order disc.= the manual order discount over (gross - line disc.), allocated to the lines
    coupon     = the coupon amount over what is left, allocated to the lines
    net        = gross - all three discounts           (never negative)
    tax        = per tax class over the nets, rounded once, allocated to the lines (core.tax)
    total      = net + tax (tax-exclusive prices)  |  net, tax contained (tax-inclusive prices)

Invariants (property-tested): the line totals add up to the grand total exactly; exclusive:
grand total == net total + tax total; inclusive: grand total == net total; nothing is negative;
discounts never exceed gross; the result does not depend on the order of the lines (allocations
run over the lines sorted by line id, and results are keyed by line id).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pos_desktop.core.cart import Cart, CartLine
from pos_desktop.core.discounts import allocate, applied_amount
from pos_desktop.core.errors import NotFoundError
from pos_desktop.core.money import Money
from pos_desktop.core.tax import TaxAmount, compute_tax


@dataclass(frozen=True, slots=True)
class LineTotals:
    """Computed figures of one cart line (all Money in the cart's currency)."""

    line_id: str
    quantity: Decimal
    unit_price: Money
    gross: Money  # unit price x quantity, before any discount
    line_discount: Money  # the line's own discount as applied
    order_discount: Money  # this line's share of the manual order discount
    coupon_discount: Money  # this line's share of the coupon discount
    net: Money  # gross - discounts; includes tax when prices are tax-inclusive
    tax_code: str
    tax_rate: Decimal
    taxable: Money  # net without tax (== net when prices are tax-exclusive)
    tax: Money  # this line's share of its tax class's tax
    total: Money  # what the customer pays for the line: net + tax, or net if inclusive

    @property
    def discount(self) -> Money:
        """All discounts on this line."""
        return self.line_discount + self.order_discount + self.coupon_discount


@dataclass(frozen=True, slots=True)
class CartTotals:
    """All totals of a cart, in the cart's line order. Money is exact minor units."""

    currency: str
    tax_inclusive: bool
    lines: tuple[LineTotals, ...]
    subtotal: Money  # sum of gross, before discounts
    line_discount: Money
    order_discount: Money  # manual order discount as applied
    coupon_discount: Money  # coupon discount as applied (may be capped below the request)
    coupon_base: Money  # what a coupon may discount: subtotal after line and order discounts
    net: Money  # subtotal - all discounts (tax included when prices are inclusive)
    taxes: tuple[TaxAmount, ...]  # breakdown per tax class, sorted by code then rate
    tax: Money
    grand_total: Money  # what the customer pays
    item_count: int  # units sold: quantities of piece items + 1 per weighed line

    @property
    def discount(self) -> Money:
        return self.line_discount + self.order_discount + self.coupon_discount

    @property
    def line_count(self) -> int:
        return len(self.lines)

    def line(self, line_id: str) -> LineTotals:
        for line in self.lines:
            if line.line_id == line_id:
                return line
        raise NotFoundError(f"no line {line_id!r} in these totals")

    def tax_by_code(self) -> dict[str, TaxAmount]:
        """Breakdown keyed by tax class code. If a held ticket mixes two rates of one code,
        their rows are summed under the code (the rate shown is the first one's)."""
        merged: dict[str, TaxAmount] = {}
        for row in self.taxes:
            old = merged.get(row.code)
            merged[row.code] = (
                row
                if old is None
                else TaxAmount(old.tax_class, old.base + row.base, old.tax + row.tax)
            )
        return merged


def _sum(items: list[Money], currency: str) -> Money:
    return Money(sum(m.minor for m in items), currency)


def compute_totals(cart: Cart) -> CartTotals:
    """Compute every total of ``cart``. Pure: the cart is not changed; same cart, same result."""
    currency = cart.currency
    zero = Money.zero(currency)
    # Canonical order for every allocation so ties are broken the same way however the cart
    # lines are ordered; results are mapped back to the cart's own order at the end.
    ordered: list[CartLine] = sorted(cart.lines, key=lambda ln: ln.line_id)
    gross = [line.gross for line in ordered]
    line_disc = [applied_amount(line.discount, g) for line, g in zip(ordered, gross, strict=True)]
    after_line = [g - d for g, d in zip(gross, line_disc, strict=True)]

    order_total = applied_amount(cart.order_discount, _sum(after_line, currency))
    order_disc = allocate(order_total, after_line)
    after_order = [a - d for a, d in zip(after_line, order_disc, strict=True)]

    coupon_base = _sum(after_order, currency)
    requested = cart.coupon.discount if cart.coupon is not None else zero
    coupon_total = min(requested, coupon_base, key=lambda m: m.minor)
    coupon_disc = allocate(coupon_total, after_order)
    nets = [a - d for a, d in zip(after_order, coupon_disc, strict=True)]

    taxed = compute_tax(
        [(line.tax_class, net) for line, net in zip(ordered, nets, strict=True)],
        inclusive=cart.tax_inclusive,
        currency=currency,
    )
    by_id: dict[str, LineTotals] = {}
    for i, line in enumerate(ordered):
        tax = taxed.line_taxes[i]
        net = nets[i]
        by_id[line.line_id] = LineTotals(
            line_id=line.line_id,
            quantity=line.quantity,
            unit_price=line.unit_price,
            gross=gross[i],
            line_discount=line_disc[i],
            order_discount=order_disc[i],
            coupon_discount=coupon_disc[i],
            net=net,
            tax_code=line.tax_class.code,
            tax_rate=line.tax_class.rate,
            taxable=net - tax if cart.tax_inclusive else net,
            tax=tax,
            total=net if cart.tax_inclusive else net + tax,
        )
    lines = tuple(by_id[line.line_id] for line in cart.lines)
    net_total = _sum(nets, currency)
    tax_total = _sum([row.tax for row in taxed.breakdown], currency)
    return CartTotals(
        currency=currency,
        tax_inclusive=cart.tax_inclusive,
        lines=lines,
        subtotal=_sum(gross, currency),
        line_discount=_sum(line_disc, currency),
        order_discount=order_total,
        coupon_discount=coupon_total,
        coupon_base=coupon_base,
        net=net_total,
        taxes=taxed.breakdown,
        tax=tax_total,
        grand_total=net_total if cart.tax_inclusive else net_total + tax_total,
        item_count=sum(line.units for line in cart.lines),
    )
