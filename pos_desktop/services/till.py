"""The sale being rung up at the till: the business logic of the sell screen, without Qt.

``TillSession`` holds the cart, the attached customer (and their loyalty figures), the coupon
and the manager who approved a discount. Its methods are of two kinds, so that a screen can keep
every disk access off its UI thread and the cart is only ever changed on one thread:

- cart methods (``add_hit``, ``apply_scan``, ``set_quantity``, ``set_line_discount``,
  ``apply_removal``, ``attach_customer``, ``set_coupon``, ``complete_sale``...) change the
  session in memory and never touch the database; they return what changed (``LineChange``)
  so a view updates just those rows. The scan hot path is one of these after the resolver's
  point lookup: add to the cart, then ``totals()``.
- I/O functions (services/till_io.py, re-exported here: ``search``, ``resolve``,
  ``quote_coupon``, ``load_customer``, ``audit_removal``, ``hold_cart``, ``recall_ticket``,
  ``checkout_cart``...) take a ``ServiceContext`` and immutable inputs (a ``snapshot()`` of the
  cart, never the live one) and return values for a cart method to apply. They are safe on any
  worker thread.

For code that is happy to block (tests, scripts), ``TillSession`` also offers the combined
forms (``remove_line``, ``apply_coupon``, ``attach_customer_id``, ``hold``, ``recall``, ``pay``)
that call the I/O function and apply its result in one go.

Permissions are enforced by the services (checkout re-checks every discount); the session checks
them early with the same core rules so the screen can ask for a manager's PIN at the right time
instead of failing at payment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from pos_desktop.core.cart import Cart, CartLine
from pos_desktop.core.cart_line import check_quantity
from pos_desktop.core.discounts import Discount, discount_amount, discount_percent
from pos_desktop.core.errors import DomainError, PermissionDenied, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.core.pricing import CartTotals, compute_totals
from pos_desktop.core.quantity import parse_quantity
from pos_desktop.services.catalog import ProductHit
from pos_desktop.services.checkout import CheckoutResult, authorise_cart
from pos_desktop.services.context import Actor, ServiceContext, require_or_approval
from pos_desktop.services.customers import CustomerView
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.scan_resolver import (
    AddProduct,
    AttachCustomer,
    OpenReturn,
    ScanAction,
    ScanRejected,
)
from pos_desktop.services.till_io import (
    QUICK_KEYS,
    CouponQuote,
    LastSale,
    LoyaltyInfo,
    Recalled,
    ResolvedScan,
    TillSettings,
    audit_removal,
    checkout_cart,
    customer_by_card,
    find_customers,
    hold_cart,
    load_customer,
    load_loyalty,
    load_settings,
    pending_sync_count,
    print_jobs,
    queue_receipt,
    quote_coupon,
    recall_ticket,
    reprint_receipt,
    resolve,
    search,
)

__all__ = [
    "QUICK_KEYS",
    "CouponQuote",
    "DiscountOutcome",
    "DiscountStatus",
    "LastSale",
    "LineChange",
    "LoyaltyInfo",
    "Recalled",
    "ResolvedScan",
    "ScanOutcome",
    "TillSession",
    "TillSettings",
    "audit_removal",
    "checkout_cart",
    "customer_by_card",
    "find_customers",
    "hold_cart",
    "load_customer",
    "load_loyalty",
    "load_settings",
    "pending_sync_count",
    "print_jobs",
    "queue_receipt",
    "quote_coupon",
    "recall_ticket",
    "reprint_receipt",
    "resolve",
    "search",
]

# -- values --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineChange:
    """What one cart operation did to one row: ``added`` (a new last row), ``updated`` or
    ``removed`` (``row`` is where the line was)."""

    kind: str  # "added" | "updated" | "removed"
    row: int
    line: CartLine


@dataclass(frozen=True, slots=True)
class ScanOutcome:
    """What a scan did: ``line`` (a line added or grown), ``customer`` (attached), ``return``
    (the screen opens the return of ``receipt_number``) or ``rejected`` (``message`` says why)."""

    kind: str
    change: LineChange | None = None
    customer: CustomerView | None = None
    receipt_number: str | None = None
    message: str | None = None
    code: str | None = None
    needs_weight: bool = False  # a weighed product scanned by its plain barcode: ask the weight


class DiscountStatus(StrEnum):
    APPLIED = "applied"
    NEEDS_APPROVAL = "needs_approval"


@dataclass(frozen=True, slots=True)
class DiscountOutcome:
    status: DiscountStatus
    percent: Decimal  # the discount as a share of the line, rounded up (as checkout sees it)
    limit: int  # the limit it was checked against
    change: LineChange | None = None  # set when applied


# -- the session ---------------------------------------------------------------------------


class TillSession:
    """One till's sale in progress. Not thread-safe: change it on one thread (the UI's)."""

    def __init__(self, currency: str = "LKR", *, tax_inclusive: bool = True) -> None:
        self.currency = currency
        self.tax_inclusive = tax_inclusive
        self.cart = Cart(currency, tax_inclusive=tax_inclusive)
        self.customer: CustomerView | None = None
        self.loyalty: LoyaltyInfo | None = None
        self.coupon: CouponQuote | None = None
        self.approver: Actor | None = None  # the manager who approved a discount on this sale
        self.last_sale: LastSale | None = None
        # Set while a checkout, hold or recall runs on another thread: the cart must not
        # change under it (a scan then is refused with this message, never lost silently).
        self.busy: str | None = None
        # (product id, variant id) -> the name in the cashier's language, from the hits that
        # put them on the cart; lines keep the catalog name (the ledger records that one).
        self.display_names: dict[tuple[str, str | None], str] = {}

    # -- reading -----------------------------------------------------------------------
    def display_name(self, line: CartLine) -> str:
        """The line's product name as the cashier reads it (translated where known)."""
        return self.display_names.get((line.product_id, line.variant_id), line.name)

    @property
    def lines(self) -> tuple[CartLine, ...]:
        return self.cart.lines

    @property
    def is_empty(self) -> bool:
        return self.cart.is_empty

    def totals(self) -> CartTotals:
        return compute_totals(self.cart)

    def row_of(self, line_id: str) -> int:
        for i, line in enumerate(self.cart.lines):
            if line.line_id == line_id:
                return i
        raise ValidationError("that line is no longer on the sale")

    def redeemable_points(self, totals: CartTotals | None = None) -> int:
        if self.loyalty is None:
            return 0
        return self.loyalty.max_redeemable((totals or self.totals()).grand_total)

    def snapshot(self) -> Cart:
        """An independent copy of the cart (same cart id) for work on another thread."""
        return Cart.from_dict(self.cart.to_dict())

    def configure(self, settings: TillSettings) -> None:
        """Take the store's currency and tax mode; only between sales."""
        if not self.cart.is_empty:
            return
        self.currency, self.tax_inclusive = settings.currency, settings.tax_inclusive
        if (self.cart.currency, self.cart.tax_inclusive) != (self.currency, self.tax_inclusive):
            self.cart = Cart(self.currency, tax_inclusive=self.tax_inclusive)

    @property
    def paying(self) -> bool:
        return self.busy is not None

    def _check_open(self) -> None:
        if self.busy is not None:
            raise ValidationError(self.busy)

    # -- lines ---------------------------------------------------------------------------
    def add_hit(
        self,
        hit: ProductHit,
        quantity: str | int | Decimal = 1,
        price: Money | None = None,
        *,
        barcode: str | None = None,
    ) -> LineChange:
        """Put a found product on the cart (merging into its line where the cart rules say so).

        ``price``: a price the label carried (price-embedded barcode), else the catalog price.
        """
        self._check_open()
        if hit.display_name:
            self.display_names[(hit.product_id, hit.variant_id)] = hit.display_name
        if hit.currency != self.cart.currency:
            raise ValidationError(f"{hit.name} is priced in {hit.currency}")
        before = len(self.cart.lines)
        line = self.cart.add_item(
            product_id=hit.product_id,
            name=hit.name,
            unit_price=price if price is not None else hit.price,
            tax_class=hit.tax_class(),
            quantity=quantity,
            variant_id=hit.variant_id,
            sku=hit.sku,
            barcode=barcode or hit.barcode,
            weighed=hit.is_weighed,
        )
        if len(self.cart.lines) > before:
            return LineChange("added", before, line)
        return LineChange("updated", self.row_of(line.line_id), line)

    def apply_scan(self, scan: ResolvedScan | ScanAction) -> ScanOutcome:
        """Apply what the scan resolver decided. Never raises for a bad scan: a refusal (or a
        scan while the till is busy paying) is a ``rejected`` outcome with a message."""
        action = scan.action if isinstance(scan, ResolvedScan) else scan
        loyalty = scan.loyalty if isinstance(scan, ResolvedScan) else None
        try:
            if isinstance(action, ScanRejected):
                return ScanOutcome("rejected", message=action.message, code=action.code)
            if isinstance(action, OpenReturn):
                return ScanOutcome("return", receipt_number=action.receipt_number)
            self._check_open()
            if isinstance(action, AttachCustomer):
                self.attach_customer(action.customer, loyalty)
                return ScanOutcome("customer", customer=action.customer)
            if isinstance(action, AddProduct):
                change = self.add_hit(
                    action.hit, action.quantity, action.unit_price, barcode=action.barcode or None
                )
                return ScanOutcome("line", change=change, needs_weight=action.needs_weight)
        except DomainError as exc:
            return ScanOutcome("rejected", message=exc.message, code=exc.code)
        return ScanOutcome("rejected", message=f"cannot handle a scan result {action!r}")

    def set_quantity(self, line_id: str, quantity: str | int | Decimal) -> LineChange:
        """Raise (or set) a line's quantity. Lowering it takes something off the sale: use
        ``check_removal(..., quantity=...)``, the audit, then ``apply_removal``."""
        self._check_open()
        line = self.cart.set_quantity(line_id, quantity)
        return LineChange("updated", self.row_of(line_id), line)

    def check_removal(
        self,
        actor: Actor,
        line_id: str,
        *,
        quantity: str | int | Decimal | None = None,
        approver: Actor | None = None,
    ) -> CartLine:
        """What taking ``line_id`` off (whole, or down to ``quantity``) removes, as a line for
        the audit. Raises ApprovalRequired when the actor may not remove lines unapproved, and
        ValidationError when ``quantity`` is not lower than the line's."""
        self._check_open()
        require_or_approval(actor, Permission.REMOVE_CART_LINE, approver)
        line = self.cart.line(line_id)
        if quantity is None:
            return line
        kept = parse_quantity(quantity, allow_zero=True)
        if kept == 0:
            return line
        kept = check_quantity(kept, line.weighed, line.name)
        if kept >= line.quantity:
            raise ValidationError("the new quantity is not lower; nothing is removed")
        return CartLine(
            line_id=line.line_id,
            product_id=line.product_id,
            name=line.name,
            unit_price=line.unit_price,
            quantity=line.quantity - kept,
            tax_class=line.tax_class,
            variant_id=line.variant_id,
            sku=line.sku,
            barcode=line.barcode,
            weighed=line.weighed,
        )

    def apply_removal(self, removed: CartLine) -> LineChange:
        """Take ``removed`` (from ``check_removal``, audited) off its line: the line goes when
        nothing is left, else keeps the rest (units scanned meanwhile stay on the sale)."""
        row = self.row_of(removed.line_id)
        line = self.cart.line(removed.line_id)
        left = line.quantity - removed.quantity
        if left <= 0:
            return LineChange("removed", row, self.cart.remove_line(removed.line_id))
        return LineChange("updated", row, self.cart.set_quantity(removed.line_id, left))

    def set_line_discount(
        self,
        actor: Actor,
        line_id: str,
        discount: Discount | None,
        approver: Actor | None = None,
    ) -> DiscountOutcome:
        """Give (or with None clear) a line discount within the actor's limit.

        Above the limit and without an ``approver`` nothing changes and the outcome says
        ``NEEDS_APPROVAL`` so the screen can ask for a manager; with an approver whose
        permission and own limit cover it, the discount is applied and the approver kept for
        checkout. An approver who cannot approve it raises PermissionDenied.
        """
        self._check_open()
        line = self.cart.line(line_id)
        discount_amount(discount, line.gross)  # refuses more than the line before anything
        percent = discount_percent(discount, line.gross)
        own_limit = actor.discount_limit_percent if actor.can(Permission.APPLY_DISCOUNT) else 0
        if percent > own_limit:
            if approver is None or approver.user_id == actor.user_id:
                return DiscountOutcome(DiscountStatus.NEEDS_APPROVAL, percent, own_limit)
            if not approver.can(Permission.APPROVE_DISCOUNT):
                raise PermissionDenied(f"{approver.name} cannot approve discounts")
            if percent > approver.discount_limit_percent:
                raise PermissionDenied(
                    f"a discount of {percent}% is above {approver.name}'s limit of "
                    f"{approver.discount_limit_percent}%"
                )
            self.approver = approver
            own_limit = approver.discount_limit_percent
        updated = self.cart.set_line_discount(line_id, discount)
        change = LineChange("updated", self.row_of(line_id), updated)
        return DiscountOutcome(DiscountStatus.APPLIED, percent, own_limit, change)

    # -- customer, coupon ------------------------------------------------------------------
    def attach_customer(self, customer: CustomerView, loyalty: LoyaltyInfo | None = None) -> None:
        self._check_open()
        self.cart.set_customer(customer.id)
        self.customer = customer
        self.loyalty = (
            loyalty if loyalty is not None and loyalty.customer_id == customer.id else None
        )

    def detach_customer(self) -> None:
        self._check_open()
        self.cart.set_customer(None)
        self.customer = None
        self.loyalty = None

    def set_loyalty(self, loyalty: LoyaltyInfo | None) -> None:
        """Loyalty figures that arrived after the customer was attached (ignored if stale)."""
        if loyalty is None or (
            self.customer is not None and loyalty.customer_id == self.customer.id
        ):
            self.loyalty = loyalty

    def coupon_request(self) -> tuple[Money, str | None]:
        """What a coupon quote needs: the amount a coupon may discount, and the customer."""
        return self.totals().coupon_base, self.cart.customer_id

    def set_coupon(self, quote: CouponQuote) -> None:
        self._check_open()
        self.cart.set_coupon(quote.code, quote.discount, coupon_id=quote.coupon_id)
        self.coupon = quote

    def clear_coupon(self) -> None:
        self._check_open()
        self.cart.clear_coupon()
        self.coupon = None

    def coupon_is_stale(self) -> bool:
        """The basket or the customer changed since the coupon was quoted: quote it again."""
        if self.coupon is None:
            return False
        base, customer_id = self.coupon_request()
        return self.coupon.base is None or (base, customer_id) != (
            self.coupon.base,
            self.coupon.customer_id,
        )

    # -- paying ----------------------------------------------------------------------------
    def authorise(self, actor: Actor) -> Actor | None:
        """Checkout's own discount/price check, before the customer pays (ApprovalRequired)."""
        return authorise_cart(actor, self.cart, self.approver)

    def begin_payment(self) -> Cart:
        """Freeze the cart for a checkout and return the copy checkout works on."""
        if self.cart.is_empty:
            raise ValidationError("the sale is empty: scan or add an item first")
        self.busy = "finish the payment first"
        return self.snapshot()

    def end_payment(self) -> None:
        """The checkout was refused or cancelled: the cart is open again, unchanged."""
        self.unlock()

    def unlock(self) -> None:
        """A checkout, hold or recall failed or was cancelled: the cart is open again."""
        self.busy = None

    def begin_hold(self) -> Cart:
        """Freeze the cart while it is parked; ``reset()`` after the hold, ``unlock()`` if it
        failed."""
        self._check_open()
        if self.cart.is_empty:
            raise ValidationError("there is nothing to hold: the sale is empty")
        self.busy = "wait: the ticket is being held"
        return self.snapshot()

    def begin_recall(self) -> None:
        """Before asking for a held ticket: only onto an empty till, which stays empty (scans
        refused) until ``load_recalled`` (or ``unlock()`` if the recall failed)."""
        self._check_open()
        if not self.cart.is_empty:
            raise ValidationError("finish or hold the current sale before recalling another")
        self.busy = "wait: the held ticket is loading"

    def complete_sale(self, result: CheckoutResult) -> None:
        """The sale is committed: remember it for reprint and start the next one."""
        self.last_sale = LastSale(
            result.sale_id,
            result.receipt_number,
            result.total_minor,
            result.change_minor,
            result.currency,
        )
        self.reset()

    def reset(self) -> None:
        """Start a new sale (a new cart id: a new checkout attempt)."""
        self.cart = Cart(self.currency, tax_inclusive=self.tax_inclusive)
        self.customer = None
        self.loyalty = None
        self.coupon = None
        self.approver = None
        self.busy = None

    def load_recalled(
        self, cart: Cart, customer: CustomerView | None, loyalty: LoyaltyInfo | None
    ) -> None:
        """Put a recalled held cart on the till (after ``begin_recall``). The till was kept
        empty meanwhile, so nothing is overwritten."""
        if not self.cart.is_empty:  # only reachable without begin_recall: never drop a sale
            raise ValidationError("finish or hold the current sale before recalling another")
        self.reset()
        self.cart = cart
        self.customer = customer if customer is not None and cart.customer_id else None
        self.loyalty = loyalty if self.customer is not None else None
        if cart.coupon is not None:
            # Quoted on another basket or day: keep the code, let the screen quote it again.
            applied = cart.coupon
            self.coupon = CouponQuote(
                applied.code, applied.coupon_id or "", applied.discount, None, None
            )

    # -- blocking conveniences (tests, scripts) --------------------------------------------
    def remove_line(
        self,
        ctx: ServiceContext,
        actor: Actor,
        line_id: str,
        *,
        quantity: str | int | Decimal | None = None,
        approver: Actor | None = None,
        reason: str | None = None,
    ) -> LineChange:
        removed = self.check_removal(actor, line_id, quantity=quantity, approver=approver)
        audit_removal(ctx, actor, self.cart.cart_id, removed, approver=approver, reason=reason)
        return self.apply_removal(removed)

    def apply_coupon(self, ctx: ServiceContext, code: str) -> CouponQuote:
        base, customer_id = self.coupon_request()
        quote = quote_coupon(ctx, code, base, customer_id)
        self.set_coupon(quote)
        return quote

    def attach_customer_id(self, ctx: ServiceContext, customer_id: str) -> CustomerView:
        customer, loyalty = load_customer(ctx, customer_id)
        self.attach_customer(customer, loyalty)
        return customer

    def hold(self, ctx: ServiceContext, actor: Actor, label: str | None = None) -> str:
        cart = self.begin_hold()
        try:
            result = hold_cart(ctx, actor, cart, label)
        except BaseException:
            self.unlock()
            raise
        self.reset()
        return result.ticket.id

    def recall(self, ctx: ServiceContext, actor: Actor, ticket_id: str) -> Cart:
        self.begin_recall()
        try:
            recalled = recall_ticket(ctx, actor, ticket_id)
        except BaseException:
            self.unlock()
            raise
        self.load_recalled(recalled.cart, recalled.customer, recalled.loyalty)
        return self.cart

    def pay(
        self, ctx: ServiceContext, actor: Actor, payments: Sequence[PaymentRequest]
    ) -> CheckoutResult:
        cart = self.begin_payment()
        try:
            result = checkout_cart(ctx, actor, cart, payments, self.approver)
        except BaseException:
            self.end_payment()
            raise
        self.complete_sale(result)
        return result
