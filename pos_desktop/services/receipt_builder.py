"""Sale -> receipt document: the ledger, the store, the people and the loyalty balance as data.

Read-only and Qt-free. ``build_receipt`` runs inside the caller's session (the print queue calls
it in the short transaction that queues the job, after the sale was committed).
"""

from __future__ import annotations

from collections.abc import Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import DomainError
from pos_desktop.core.money import Money
from pos_desktop.core.receipt import (
    ReceiptDocument,
    ReceiptHeader,
    ReceiptKind,
    ReceiptLine,
    ReceiptLoyalty,
    ReceiptMeta,
    ReceiptPayment,
    ReceiptTax,
    ReceiptTotals,
)
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.languages import translated_names
from pos_desktop.services.loyalty_queries import loyalty_summary
from pos_desktop.services.receipts import SaleView, load_sale
from pos_desktop.services.settings import get_setting
from pos_desktop.store.models import Device, Organization, Store, User
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.sales import PaymentMethod, PaymentStatus, Sale, SaleKind

LANGUAGES = ("en", "si", "ta")
DEFAULT_ZONE = "Asia/Colombo"
_KINDS = {
    SaleKind.SALE.value: ReceiptKind.SALE,
    SaleKind.RETURN.value: ReceiptKind.REFUND,
    SaleKind.VOID.value: ReceiptKind.VOID,
}


def build_receipt(
    session: Session,
    ctx: ServiceContext,
    sale_id_or_receipt_number: str,
    *,
    language: str = "en",
) -> ReceiptDocument:
    """The receipt of a sale, refund or void, product names in ``language`` where translated."""
    lang = language if language in LANGUAGES else "en"
    sale = load_sale(session, sale_id_or_receipt_number)
    kind = _KINDS.get(sale.kind, ReceiptKind.SALE)
    # Refund and void documents hold negative amounts in the ledger; the receipt shows what
    # was given back as positive numbers under its title.
    sign = 1 if kind is ReceiptKind.SALE else -1
    currency = sale.currency

    def money(minor: int) -> Money:
        return Money(sign * minor, currency)

    store = session.get(Store, ctx.terminal.store_id)
    org = session.get(Organization, ctx.terminal.organization_id)
    zone_name = org.timezone if org is not None and org.timezone else DEFAULT_ZONE
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        zone_name, zone = DEFAULT_ZONE, ZoneInfo(DEFAULT_ZONE)
    names = _translated_names(session, ctx, lang, (ln.product_id for ln in sale.lines))
    lines = tuple(
        ReceiptLine(
            name=names.get(ln.product_id or "", ln.name),
            fallback_name=ln.name if ln.product_id in names else None,
            quantity_milli=abs(ln.quantity_milli),
            unit_price=Money(abs(ln.unit_price_minor), currency),
            gross=money(ln.gross_minor),
            discount=money(ln.discount_minor),
            weighed=ln.weighed,
        )
        for ln in sale.lines
    )
    totals = ReceiptTotals(
        subtotal=money(sale.subtotal_minor),
        line_discount=money(sum(ln.discount_minor for ln in sale.lines)),
        order_discount=money(sum(ln.order_discount_minor for ln in sale.lines)),
        coupon_discount=money(sale.coupon_discount_minor),
        coupon_code=sale.coupon_code,
        taxes=tuple(
            ReceiptTax(t.tax_class_code, t.tax_rate, money(t.taxable_minor), money(t.tax_minor))
            for t in sale.taxes
        ),
        tax_total=money(sale.tax_minor),
        tax_inclusive=sale.tax_inclusive,
        total=money(sale.total_minor),
    )
    labels = _method_labels(session, ctx)
    payments = tuple(
        ReceiptPayment(
            method=p.method,
            label=labels.get(p.method, p.method.replace("_", " ").title()),
            amount=money(p.amount_minor),
            tendered=money(p.tendered_minor),
            reference=p.reference,
            pending_verification=p.status == PaymentStatus.PENDING_VERIFICATION.value,
            points=None if p.points is None else abs(p.points),
        )
        for p in sale.payments
    )
    footer = (store.receipt_footer if store is not None else None) or get_setting(
        session, ctx, "receipt.footer"
    )
    return ReceiptDocument(
        kind=kind,
        currency=currency,
        sale_id=sale.id,
        language=lang,
        header=ReceiptHeader(
            store_name=store.name if store is not None else (org.name if org else ""),
            address=store.address if store is not None else None,
            phone=store.phone if store is not None else None,
            vat_registration_number=store.vat_registration_number if store else None,
            header_text=store.receipt_header if store is not None else None,
        ),
        meta=ReceiptMeta(
            receipt_number=sale.receipt_number,
            issued_at=sale.created_at.astimezone(zone),
            time_zone=zone_name,
            cashier=_user_name(session, sale.cashier_id),
            terminal=_terminal_name(session, ctx),
            customer=_customer_name(session, sale.customer_id),
        ),
        lines=lines,
        totals=totals,
        payments=payments,
        change=Money(sum(abs(p.change_minor) for p in sale.payments), currency),
        loyalty=_loyalty(session, ctx, sale),
        footer=str(footer) if footer else None,
        original_receipt_number=_original_number(session, sale),
        reason=sale.reason if kind is not ReceiptKind.SALE else None,
        show_tax_breakdown=bool(get_setting(session, ctx, "receipt.show_tax_breakdown")),
        print_barcode=bool(get_setting(session, ctx, "receipt.print_barcode")),
    )


def _translated_names(
    session: Session, ctx: ServiceContext, language: str, product_ids: Iterable[str | None]
) -> dict[str, str]:
    return translated_names(session, ctx, language, product_ids)


def _method_labels(session: Session, ctx: ServiceContext) -> dict[str, str]:
    rows = session.execute(
        select(PaymentMethod.code, PaymentMethod.name).where(
            PaymentMethod.organization_id == ctx.terminal.organization_id
        )
    ).all()
    return {code: name for code, name in rows}


def _user_name(session: Session, user_id: str) -> str:
    user = session.get(User, user_id)
    return user.name if user is not None else "?"


def _terminal_name(session: Session, ctx: ServiceContext) -> str:
    device = session.get(Device, ctx.terminal.device_id)
    return device.code if device is not None else ctx.terminal.device_code


def _customer_name(session: Session, customer_id: str | None) -> str | None:
    if customer_id is None:
        return None
    customer = session.get(Customer, customer_id)
    return customer.name if customer is not None else None


def _original_number(session: Session, sale: SaleView) -> str | None:
    if sale.original_sale_id is None:
        return None
    return session.execute(
        select(Sale.receipt_number).where(Sale.id == sale.original_sale_id)
    ).scalar_one_or_none()


def _loyalty(session: Session, ctx: ServiceContext, sale: SaleView) -> ReceiptLoyalty | None:
    if sale.customer_id is None or not get_setting(session, ctx, "loyalty.enabled"):
        return None
    try:
        summary = loyalty_summary(session, ctx, sale.customer_id)
    except DomainError:
        return None  # customer unknown on this terminal: print the receipt without points
    return ReceiptLoyalty(
        earned=abs(sale.loyalty_points_earned),
        redeemed=abs(sale.loyalty_points_redeemed),
        balance=summary.balance,
        tier=summary.tier.value,
    )
