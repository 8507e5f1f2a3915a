"""Tender validation: which payments may settle a sale, and how much change goes back.

Rules (the ones that keep the drawer and the bank honest):
- every tender is a positive whole number of minor units, below an absurdity ceiling;
- the method is one the store accepts (``payment_methods`` row, active);
- non-cash tenders are applied first and may never exceed what is due: overpaying by card,
  transfer, gateway or points is refused (there is no way to hand "card change" back);
- only CASH may exceed what is due; the excess is change;
- a cash tender that is not needed at all is refused (it would be pure change);
- CARD needs the terminal's reference; BANK_TRANSFER, COD, PAYHERE and LANKAQR need a reference
  and are recorded PENDING_VERIFICATION until someone confirms the money arrived.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import DEFAULT_CURRENCY, Money
from pos_desktop.store.models.sales import PaymentMethod, PaymentMethodCode, PaymentStatus

MAX_TENDER_MINOR = 100_000_000_00  # LKR 100 million: no counter sale is larger
MAX_REFERENCE_LENGTH = 128

# Hard rules the payment_methods flags can add to but never relax.
REFERENCE_REQUIRED = frozenset(
    {
        PaymentMethodCode.CARD,
        PaymentMethodCode.BANK_TRANSFER,
        PaymentMethodCode.COD,
        PaymentMethodCode.PAYHERE,
        PaymentMethodCode.LANKAQR,
    }
)
PENDING_VERIFICATION = frozenset(
    {
        PaymentMethodCode.BANK_TRANSFER,
        PaymentMethodCode.COD,
        PaymentMethodCode.PAYHERE,
        PaymentMethodCode.LANKAQR,
    }
)

# Seed rows for a new store: (code, name, provider, opens_drawer).
DEFAULT_PAYMENT_METHODS: tuple[tuple[PaymentMethodCode, str, str | None, bool], ...] = (
    (PaymentMethodCode.CASH, "Cash", None, True),
    (PaymentMethodCode.CARD, "Card", "Card terminal", False),
    (PaymentMethodCode.LANKAQR, "LankaQR", "LankaQR", False),
    (PaymentMethodCode.PAYHERE, "PayHere", "PayHere", False),
    (PaymentMethodCode.BANK_TRANSFER, "Bank transfer", None, False),
    (PaymentMethodCode.COD, "Cash on delivery", None, False),
    (PaymentMethodCode.LOYALTY_POINTS, "Loyalty points", None, False),
)


@dataclass(frozen=True, slots=True)
class PaymentRequest:
    """One tender as the cashier entered it.

    ``amount_minor``: for CASH what the customer handed over; for any other method the amount
    to apply. For LOYALTY_POINTS give ``points`` (the amount is their value, computed by the
    loyalty rules); ``amount_minor`` is then ignored.
    """

    method: str
    amount_minor: int = 0
    reference: str | None = None
    points: int | None = None


@dataclass(frozen=True, slots=True)
class Tender:
    """A validated tender, ready to be written as a ``payments`` row."""

    method: str
    amount_minor: int  # applied to the sale
    tendered_minor: int
    change_minor: int
    status: str
    reference: str | None
    points: int | None = None


@dataclass(frozen=True, slots=True)
class TenderPlan:
    tenders: tuple[Tender, ...]
    change_minor: int

    @property
    def paid_minor(self) -> int:
        return sum(t.amount_minor for t in self.tenders)


@dataclass(frozen=True, slots=True)
class MethodRule:
    code: str
    name: str
    requires_reference: bool
    pending_verification: bool


# Built once: checkout reads the methods on every sale.
_ACTIVE_METHODS = select(
    PaymentMethod.code,
    PaymentMethod.name,
    PaymentMethod.requires_reference,
    PaymentMethod.pending_verification,
).where(PaymentMethod.organization_id == bindparam("organization_id"), PaymentMethod.is_active)


def accepted_methods(session: Session, organization_id: str) -> dict[str, MethodRule]:
    """Active payment methods of the organization with the hard rules folded in (one query)."""
    rows = session.execute(_ACTIVE_METHODS, {"organization_id": organization_id}).all()
    return {
        code: MethodRule(
            code=code,
            name=name,
            requires_reference=bool(req) or code in REFERENCE_REQUIRED,
            pending_verification=bool(pending) or code in PENDING_VERIFICATION,
        )
        for code, name, req, pending in rows
    }


def _check_amount(amount: int, what: str) -> None:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError(f"{what}: amount must be a whole number of cents")
    if amount <= 0:
        raise ValidationError(f"{what}: amount must be more than zero")
    if amount > MAX_TENDER_MINOR:
        raise ValidationError(f"{what}: amount is larger than any sale")


def _clean_reference(request: PaymentRequest, rule: MethodRule) -> str | None:
    reference = (request.reference or "").strip() or None
    if reference is not None and len(reference) > MAX_REFERENCE_LENGTH:
        raise ValidationError(f"{rule.name}: reference is too long")
    if rule.requires_reference and reference is None:
        raise ValidationError(f"{rule.name} needs a reference (terminal slip or transaction id)")
    return reference


def plan_tenders(
    requests: list[PaymentRequest],
    due_minor: int,
    methods: dict[str, MethodRule],
    currency: str = DEFAULT_CURRENCY,
) -> TenderPlan:
    """Validate tenders against the amount due; apply non-cash first, then cash with change.

    ``requests`` must already carry the money value of LOYALTY_POINTS tenders in
    ``amount_minor`` (checkout asks the loyalty rules for it).
    """
    if due_minor < 0:
        raise ValidationError("a sale cannot have a negative total")
    if due_minor == 0 and not requests:
        return TenderPlan((), 0)
    if not requests:
        raise ValidationError("take a payment before completing the sale")
    non_cash: list[tuple[PaymentRequest, MethodRule]] = []
    cash: list[tuple[PaymentRequest, MethodRule]] = []
    for request in requests:
        rule = methods.get(request.method)
        if rule is None:
            raise ValidationError(f"payment method {request.method!r} is not accepted here")
        _check_amount(request.amount_minor, rule.name)
        (cash if request.method == PaymentMethodCode.CASH else non_cash).append((request, rule))

    tenders: list[Tender] = []
    remaining = due_minor
    for request, rule in non_cash:
        if request.amount_minor > remaining:
            raise ValidationError(
                f"{rule.name} payment is more than the amount due; "
                "only cash can be overpaid and given change"
            )
        remaining -= request.amount_minor
        tenders.append(
            Tender(
                method=request.method,
                amount_minor=request.amount_minor,
                tendered_minor=request.amount_minor,
                change_minor=0,
                status=(
                    PaymentStatus.PENDING_VERIFICATION.value
                    if rule.pending_verification
                    else PaymentStatus.COMPLETED.value
                ),
                reference=_clean_reference(request, rule),
                points=request.points,
            )
        )
    change = 0
    for request, _rule in cash:
        if remaining == 0:
            raise ValidationError("the sale is already paid; this cash payment is not needed")
        applied = min(request.amount_minor, remaining)
        remaining -= applied
        change = request.amount_minor - applied
        tenders.append(
            Tender(
                method=request.method,
                amount_minor=applied,
                tendered_minor=request.amount_minor,
                change_minor=change,
                status=PaymentStatus.COMPLETED.value,
                reference=(request.reference or "").strip()[:MAX_REFERENCE_LENGTH] or None,
            )
        )
    if remaining > 0:
        raise ValidationError(f"payment is short by {Money(remaining, currency)}")
    return TenderPlan(tuple(tenders), change)


def seed_payment_methods(session: Session, organization_id: str) -> None:
    """Add the default tender types of a new store (called by setup's _seed_defaults)."""
    existing = set(
        session.execute(
            select(PaymentMethod.code).where(PaymentMethod.organization_id == organization_id)
        ).scalars()
    )
    for order, (code, name, provider, opens_drawer) in enumerate(DEFAULT_PAYMENT_METHODS):
        if code.value in existing:
            continue
        session.add(
            PaymentMethod(
                organization_id=organization_id,
                code=code.value,
                name=name,
                provider=provider,
                is_active=True,
                requires_reference=code in REFERENCE_REQUIRED,
                pending_verification=code in PENDING_VERIFICATION,
                opens_drawer=opens_drawer,
                sort_order=order,
            )
        )
