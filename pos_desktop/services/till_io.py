"""I/O of the till: the reads and writes the sell screen needs, safe on any worker thread.

Every function takes a ``ServiceContext`` and immutable inputs (a ``TillSession.snapshot()`` of
the cart, never the live one) and returns values that a ``TillSession`` method applies on the
UI thread (see services/till.py). Split from till.py to keep each module to one job.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.core.barcode import BarcodeConfig
from pos_desktop.core.cart import Cart, CartLine
from pos_desktop.core.errors import DomainError, ValidationError
from pos_desktop.core.loyalty import LoyaltyPolicy, max_redeemable_points, redemption_value
from pos_desktop.core.money import Money
from pos_desktop.services import coupons as coupon_service
from pos_desktop.services import held_tickets, print_queue
from pos_desktop.services import loyalty as loyalty_service
from pos_desktop.services.catalog import ProductHit, search_products
from pos_desktop.services.checkout import CheckoutResult, checkout
from pos_desktop.services.context import Actor, Changes, ServiceContext
from pos_desktop.services.customers import (
    CustomerView,
    find_by_card,
    get_customer,
    search_customers,
)
from pos_desktop.services.languages import localize_hits
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.scan_resolver import (
    AddProduct,
    AttachCustomer,
    ScanAction,
    load_barcode_config,
    resolve_scan,
)
from pos_desktop.services.settings import SettingSpec, get_setting, register_setting
from pos_desktop.services.voids import record_line_removed
from pos_desktop.store.models import Organization, OutboxEntry

QUICK_KEYS: Final = register_setting(
    SettingSpec(
        "till.quick_keys",
        dict,
        {"skus": []},
        description='favourite products on the sell screen: {"skus": ["SKU", ...]}',
    )
)
MAX_QUICK_KEYS: Final = 24
SEARCH_LIMIT: Final = 30


@dataclass(frozen=True, slots=True)
class LoyaltyInfo:
    """A customer's points as the till needs them (read once when the customer is attached)."""

    customer_id: str
    balance: int
    tier: str
    policy: LoyaltyPolicy
    redeemed_today: int

    @property
    def balance_value(self) -> Money:
        return redemption_value(max(self.balance, 0), self.policy)

    def max_redeemable(self, order_total: Money) -> int:
        """The most points this order can take now (0 under the programme's minimum)."""
        return max_redeemable_points(
            balance=self.balance,
            order_total=order_total,
            policy=self.policy,
            redeemed_today=self.redeemed_today,
        )

    def value_of(self, points: int) -> Money:
        return redemption_value(points, self.policy)


@dataclass(frozen=True, slots=True)
class CouponQuote:
    """A coupon the coupon rules accepted for an order of ``base`` (with that customer)."""

    code: str
    coupon_id: str
    discount: Money
    base: Money | None  # None: not quoted on this basket (a recalled ticket); quote again
    customer_id: str | None


@dataclass(frozen=True, slots=True)
class LastSale:
    sale_id: str
    receipt_number: str
    total_minor: int
    change_minor: int
    currency: str


@dataclass(frozen=True, slots=True)
class TillSettings:
    currency: str
    tax_inclusive: bool
    quick_keys: tuple[ProductHit, ...] = field(default=())
    barcode_config: BarcodeConfig | None = None


# -- I/O -----------------------------------------------------------------------------------


def search(
    ctx: ServiceContext, text: str, limit: int = SEARCH_LIMIT, *, language: str = "en"
) -> list[ProductHit]:
    """Search as you type (name, SKU, barcode) over the sellable catalog; hits carry their
    name in ``language`` where translated (one more indexed query for the whole list)."""
    with ctx.db.read() as s:
        hits = search_products(s, text, limit, at=ctx.clock())
        return localize_hits(s, ctx, hits, language)


@dataclass(frozen=True, slots=True)
class ResolvedScan:
    """The resolver's decision, plus the customer's points when it is a loyalty card."""

    action: ScanAction
    loyalty: LoyaltyInfo | None = None


def resolve(
    ctx: ServiceContext, code: str, config: BarcodeConfig | None = None, *, language: str = "en"
) -> ResolvedScan:
    """What a scanned code means (services.scan_resolver), in one read: a point lookup, and for
    a loyalty card the customer's points too. Pass the ``config`` from ``load_settings`` so a
    scan does not read the barcode settings again."""
    with ctx.db.read() as s:
        action = resolve_scan(s, ctx, code, config or load_barcode_config(s, ctx))
        if isinstance(action, AddProduct) and language != "en":
            action = replace(action, hit=localize_hits(s, ctx, [action.hit], language)[0])
        loyalty = None
        if isinstance(action, AttachCustomer):
            loyalty = _loyalty(s, ctx, action.customer.id)
        return ResolvedScan(action, loyalty)


def load_loyalty(ctx: ServiceContext, customer_id: str) -> LoyaltyInfo | None:
    with ctx.db.read() as s:
        return _loyalty(s, ctx, customer_id)


def _loyalty(s: Session, ctx: ServiceContext, customer_id: str) -> LoyaltyInfo | None:
    pol = loyalty_service.policy(s, ctx)
    if not pol.enabled:
        return None
    summary = loyalty_service.loyalty_summary(s, ctx, customer_id)
    return LoyaltyInfo(
        customer_id=customer_id,
        balance=summary.balance,
        tier=str(summary.tier),
        policy=pol,
        redeemed_today=loyalty_service.redeemed_today(s, ctx, customer_id),
    )


def load_customer(ctx: ServiceContext, customer_id: str) -> tuple[CustomerView, LoyaltyInfo | None]:
    """A customer (the merge survivor) and their points, in one read."""
    with ctx.db.read() as s:
        customer = get_customer(s, customer_id)
        return customer, _loyalty(s, ctx, customer.id)


def find_customers(ctx: ServiceContext, text: str, limit: int = 20) -> list[CustomerView]:
    """Customers by phone, name or loyalty card (search as you type)."""
    with ctx.db.read() as s:
        return search_customers(s, text, limit)


def customer_by_card(
    ctx: ServiceContext, card: str
) -> tuple[CustomerView, LoyaltyInfo | None] | None:
    with ctx.db.read() as s:
        customer = find_by_card(s, card)
        if customer is None:
            return None
        return customer, _loyalty(s, ctx, customer.id)


def quote_coupon(
    ctx: ServiceContext, code: str, base: Money, customer_id: str | None
) -> CouponQuote:
    """Ask the coupon rules what ``code`` takes off an order of ``base`` (ValidationError if it
    does not apply: unknown, expired, used up, minimum not reached...)."""
    with ctx.db.read() as s:
        discount = coupon_service.validate_coupon(s, ctx, code, base, ctx.clock(), customer_id)
        found = coupon_service.find_coupon(s, ctx, code)
        if found is None:  # validate_coupon refused it already; this keeps mypy honest
            raise ValidationError(f"no coupon {code}")
    if discount.amount.is_zero():
        raise ValidationError(f"coupon {found.code} takes nothing off this sale")
    return CouponQuote(found.code, found.id, discount.amount, base, customer_id)


def audit_removal(
    ctx: ServiceContext,
    actor: Actor,
    cart_id: str,
    removed: CartLine,
    *,
    approver: Actor | None = None,
    reason: str | None = None,
) -> Changes:
    """Write the audit row of a line (or part of one) taken off the sale before payment."""
    return record_line_removed(ctx, actor, cart_id, removed, approver=approver, reason=reason)


def hold_cart(
    ctx: ServiceContext, actor: Actor, cart: Cart, label: str | None = None
) -> held_tickets.HoldResult:
    return held_tickets.hold(ctx, actor, cart, label)


@dataclass(frozen=True, slots=True)
class Recalled:
    cart: Cart
    customer: CustomerView | None
    loyalty: LoyaltyInfo | None
    changes: Changes


def recall_ticket(ctx: ServiceContext, actor: Actor, ticket_id: str) -> Recalled:
    """Take a held ticket back (deleting it), with its customer's current points."""
    result = held_tickets.recall(ctx, actor, ticket_id)
    customer = loyalty = None
    if result.cart.customer_id:
        try:
            customer, loyalty = load_customer(ctx, result.cart.customer_id)
        except DomainError:
            result.cart.set_customer(None)  # the customer is gone; sell without them
    if customer is not None:
        result.cart.set_customer(customer.id)
    return Recalled(result.cart, customer, loyalty, result.changes)


def checkout_cart(
    ctx: ServiceContext,
    actor: Actor,
    cart: Cart,
    payments: Sequence[PaymentRequest],
    approver: Actor | None = None,
) -> CheckoutResult:
    """Commit the sale (idempotent on the cart id: a retry returns the same sale)."""
    return checkout(ctx, actor, cart, payments, approver=approver)


def queue_receipt(
    ctx: ServiceContext, actor: Actor | None, sale_id: str, *, language: str = "en"
) -> print_queue.QueuedJobs:
    """Queue the receipt of a committed sale (and, for cash, the drawer kick, printed first),
    in ``language`` (the cashier's). Call it after the checkout, never inside it: a printer
    problem must not undo a sale."""
    return print_queue.enqueue_receipt(ctx, actor, sale_id, language=language)


def print_jobs(ctx: ServiceContext, job_ids: Sequence[str]) -> list[print_queue.PrintJobView]:
    """Where these print jobs stand (printed, waiting for the printer, failed)."""
    return [print_queue.job_view(ctx, job_id) for job_id in job_ids]


def reprint_receipt(
    ctx: ServiceContext, actor: Actor | None, receipt_number: str | None = None
) -> Changes:
    """Print a copy of a sale's receipt, or of the last one this till issued (audited by the
    print queue)."""
    if receipt_number is None:
        return print_queue.reprint_last_receipt(ctx, actor).changes
    return print_queue.reprint(ctx, actor, receipt_number).changes


def pending_sync_count(ctx: ServiceContext) -> int:
    """Outbox rows HQ has not acknowledged yet (for the sync indicator)."""
    with ctx.db.read() as s:
        query = select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None))
        return int(s.execute(query).scalar_one())


def load_settings(ctx: ServiceContext, *, language: str = "en") -> TillSettings:
    """The store's currency and tax mode, and the quick-key products (by SKU, in order)."""
    with ctx.db.read() as s:
        org = s.get(Organization, ctx.terminal.organization_id)
        tax_inclusive = bool(org.tax_inclusive) if org is not None else True
        stored = get_setting(s, ctx, QUICK_KEYS.key)
        skus = stored.get("skus", []) if isinstance(stored, dict) else []
        keys: list[ProductHit] = []
        for sku in skus[:MAX_QUICK_KEYS]:
            if not isinstance(sku, str) or not sku.strip():
                continue
            hit = next(
                (
                    h
                    for h in search_products(s, sku, 5, at=ctx.clock())
                    if h.sku.upper() == sku.strip().upper()
                ),
                None,
            )
            if hit is not None:
                keys.append(hit)
        keys = localize_hits(s, ctx, keys, language)
        config = load_barcode_config(s, ctx)
    return TillSettings(ctx.terminal.currency, tax_inclusive, tuple(keys), config)
