"""A receipt as data: what a printer (or a PDF, or a screen) shows for a sale, refund or void.

The document is built once from the ledger (``services.receipt_builder``) and stored as JSON in
``print_jobs.payload``, so a job can be printed, retried or reprinted without reading the sale
again and prints exactly what the cashier saw. Money is ``Money`` (exact minor units); in the
JSON form every amount is an integer of minor units in the document's currency.

Refund and void documents carry positive amounts (what was given back) and a title, "REFUND" or
"VOID", with the original receipt number; the ledger's sign convention stays in the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final

from pos_desktop.core.money import Money

FORMAT_VERSION: Final = 1


class ReceiptKind(StrEnum):
    SALE = "SALE"
    REFUND = "REFUND"
    VOID = "VOID"


TITLES: Final[dict[ReceiptKind, str]] = {
    ReceiptKind.SALE: "RECEIPT",
    ReceiptKind.REFUND: "REFUND",
    ReceiptKind.VOID: "VOID",
}


@dataclass(frozen=True, slots=True)
class ReceiptHeader:
    store_name: str
    address: str | None = None
    phone: str | None = None
    vat_registration_number: str | None = None
    header_text: str | None = None


@dataclass(frozen=True, slots=True)
class ReceiptMeta:
    receipt_number: str
    issued_at: datetime  # aware, already in the shop's local time zone
    time_zone: str  # IANA name the time was converted with, e.g. "Asia/Colombo"
    cashier: str
    terminal: str
    customer: str | None = None


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    name: str  # in the receipt's language
    quantity_milli: int
    unit_price: Money
    gross: Money  # unit price x quantity
    discount: Money  # the line's own discount (order and coupon discounts are in the totals)
    weighed: bool = False
    fallback_name: str | None = None  # catalogue name, when ``name`` is a translation

    @property
    def quantity(self) -> Decimal:
        return Decimal(self.quantity_milli).scaleb(-3).normalize()

    @property
    def total(self) -> Money:
        return self.gross - self.discount


@dataclass(frozen=True, slots=True)
class ReceiptTax:
    code: str
    rate: Decimal  # 0.18 for 18 %
    taxable: Money
    tax: Money

    @property
    def percent(self) -> str:
        text = format((self.rate * 100).normalize(), "f")
        return f"{text}%"


@dataclass(frozen=True, slots=True)
class ReceiptTotals:
    subtotal: Money  # sum of gross amounts, before discounts
    line_discount: Money
    order_discount: Money
    coupon_discount: Money
    coupon_code: str | None
    taxes: tuple[ReceiptTax, ...]
    tax_total: Money
    tax_inclusive: bool
    total: Money

    @property
    def discount_total(self) -> Money:
        """Every discount, coupon included."""
        return self.line_discount + self.order_discount + self.coupon_discount


@dataclass(frozen=True, slots=True)
class ReceiptPayment:
    method: str  # PaymentMethodCode value
    label: str  # as the shop names it ("Cash", "Card"...)
    amount: Money  # applied to the sale (or refunded, on a refund)
    tendered: Money  # handed over (cash); equals amount otherwise
    reference: str | None = None
    pending_verification: bool = False
    points: int | None = None  # loyalty points spent


@dataclass(frozen=True, slots=True)
class ReceiptLoyalty:
    earned: int
    redeemed: int
    balance: int  # points available when the receipt was made
    tier: str | None = None


@dataclass(frozen=True, slots=True)
class ReceiptDocument:
    kind: ReceiptKind
    currency: str
    header: ReceiptHeader
    meta: ReceiptMeta
    lines: tuple[ReceiptLine, ...]
    totals: ReceiptTotals
    payments: tuple[ReceiptPayment, ...]
    change: Money
    loyalty: ReceiptLoyalty | None = None
    footer: str | None = None
    original_receipt_number: str | None = None  # refunds and voids: the sale they undo
    reason: str | None = None  # refunds and voids
    language: str = "en"
    show_tax_breakdown: bool = True
    print_barcode: bool = True
    sale_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # room for later fields, JSON only

    @property
    def title(self) -> str:
        return TITLES[self.kind]

    @property
    def receipt_number(self) -> str:
        return self.meta.receipt_number

    @property
    def pays_cash(self) -> bool:
        return any(p.method == "CASH" and not p.amount.is_zero() for p in self.payments)

    # -- JSON form ------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """JSON-safe: amounts as integer minor units, rates as text, times as ISO 8601."""
        return {
            "v": FORMAT_VERSION,
            "kind": self.kind.value,
            "currency": self.currency,
            "sale_id": self.sale_id,
            "language": self.language,
            "header": {
                "store_name": self.header.store_name,
                "address": self.header.address,
                "phone": self.header.phone,
                "vat_registration_number": self.header.vat_registration_number,
                "header_text": self.header.header_text,
            },
            "meta": {
                "receipt_number": self.meta.receipt_number,
                "issued_at": self.meta.issued_at.isoformat(),
                "time_zone": self.meta.time_zone,
                "cashier": self.meta.cashier,
                "terminal": self.meta.terminal,
                "customer": self.meta.customer,
            },
            "lines": [
                {
                    "name": ln.name,
                    "fallback_name": ln.fallback_name,
                    "quantity_milli": ln.quantity_milli,
                    "unit_price": ln.unit_price.minor,
                    "gross": ln.gross.minor,
                    "discount": ln.discount.minor,
                    "weighed": ln.weighed,
                }
                for ln in self.lines
            ],
            "totals": {
                "subtotal": self.totals.subtotal.minor,
                "line_discount": self.totals.line_discount.minor,
                "order_discount": self.totals.order_discount.minor,
                "coupon_discount": self.totals.coupon_discount.minor,
                "coupon_code": self.totals.coupon_code,
                "taxes": [
                    {
                        "code": t.code,
                        "rate": str(t.rate),
                        "taxable": t.taxable.minor,
                        "tax": t.tax.minor,
                    }
                    for t in self.totals.taxes
                ],
                "tax_total": self.totals.tax_total.minor,
                "tax_inclusive": self.totals.tax_inclusive,
                "total": self.totals.total.minor,
            },
            "payments": [
                {
                    "method": p.method,
                    "label": p.label,
                    "amount": p.amount.minor,
                    "tendered": p.tendered.minor,
                    "reference": p.reference,
                    "pending_verification": p.pending_verification,
                    "points": p.points,
                }
                for p in self.payments
            ],
            "change": self.change.minor,
            "loyalty": None
            if self.loyalty is None
            else {
                "earned": self.loyalty.earned,
                "redeemed": self.loyalty.redeemed,
                "balance": self.loyalty.balance,
                "tier": self.loyalty.tier,
            },
            "footer": self.footer,
            "original_receipt_number": self.original_receipt_number,
            "reason": self.reason,
            "show_tax_breakdown": self.show_tax_breakdown,
            "print_barcode": self.print_barcode,
            "extra": dict(self.extra),
        }

    @staticmethod
    def from_dict(data: dict[str, Any]) -> ReceiptDocument:
        """Read back what ``to_dict`` wrote; a malformed payload raises ValueError."""
        try:
            return _from_dict(data)
        except (KeyError, TypeError, ArithmeticError) as exc:
            raise ValueError(f"not a receipt document: {exc!r}") from exc


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, got {value!r}")
    return value


def _from_dict(data: dict[str, Any]) -> ReceiptDocument:
    if data.get("v") != FORMAT_VERSION:
        raise ValueError(f"unknown receipt format version {data.get('v')!r}")
    currency = str(data["currency"])

    def money(value: Any) -> Money:
        return Money(_int(value), currency)

    h, m, t = data["header"], data["meta"], data["totals"]
    loyalty = data.get("loyalty")
    issued_at = datetime.fromisoformat(str(m["issued_at"]))
    if issued_at.tzinfo is None:
        raise ValueError("receipt time must carry its UTC offset")
    return ReceiptDocument(
        kind=ReceiptKind(data["kind"]),
        currency=currency,
        sale_id=data.get("sale_id"),
        language=str(data.get("language", "en")),
        header=ReceiptHeader(
            store_name=str(h["store_name"]),
            address=h.get("address"),
            phone=h.get("phone"),
            vat_registration_number=h.get("vat_registration_number"),
            header_text=h.get("header_text"),
        ),
        meta=ReceiptMeta(
            receipt_number=str(m["receipt_number"]),
            issued_at=issued_at,
            time_zone=str(m["time_zone"]),
            cashier=str(m["cashier"]),
            terminal=str(m["terminal"]),
            customer=m.get("customer"),
        ),
        lines=tuple(
            ReceiptLine(
                name=str(ln["name"]),
                fallback_name=ln.get("fallback_name"),
                quantity_milli=_int(ln["quantity_milli"]),
                unit_price=money(ln["unit_price"]),
                gross=money(ln["gross"]),
                discount=money(ln["discount"]),
                weighed=bool(ln.get("weighed", False)),
            )
            for ln in data["lines"]
        ),
        totals=ReceiptTotals(
            subtotal=money(t["subtotal"]),
            line_discount=money(t["line_discount"]),
            order_discount=money(t["order_discount"]),
            coupon_discount=money(t["coupon_discount"]),
            coupon_code=t.get("coupon_code"),
            taxes=tuple(
                ReceiptTax(
                    code=str(x["code"]),
                    rate=Decimal(str(x["rate"])),
                    taxable=money(x["taxable"]),
                    tax=money(x["tax"]),
                )
                for x in t["taxes"]
            ),
            tax_total=money(t["tax_total"]),
            tax_inclusive=bool(t["tax_inclusive"]),
            total=money(t["total"]),
        ),
        payments=tuple(
            ReceiptPayment(
                method=str(p["method"]),
                label=str(p["label"]),
                amount=money(p["amount"]),
                tendered=money(p["tendered"]),
                reference=p.get("reference"),
                pending_verification=bool(p.get("pending_verification", False)),
                points=None if p.get("points") is None else _int(p["points"]),
            )
            for p in data["payments"]
        ),
        change=money(data["change"]),
        loyalty=None
        if loyalty is None
        else ReceiptLoyalty(
            earned=_int(loyalty["earned"]),
            redeemed=_int(loyalty["redeemed"]),
            balance=_int(loyalty["balance"]),
            tier=loyalty.get("tier"),
        ),
        footer=data.get("footer"),
        original_receipt_number=data.get("original_receipt_number"),
        reason=data.get("reason"),
        show_tax_breakdown=bool(data.get("show_tax_breakdown", True)),
        print_barcode=bool(data.get("print_barcode", True)),
        extra=dict(data.get("extra") or {}),
    )
