"""A till ready to sell on a test terminal: products (one with a Sinhala name, one weighed), a
loyalty customer with points and a card, a coupon and an open shift. Shared by the TillSession
tests and the sell-screen/payment-dialog tests."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pos_desktop.core.coupons import CouponType
from pos_desktop.core.money import Money
from pos_desktop.services import catalog, catalog_edit, coupons, customers, loyalty, shifts
from pos_desktop.services.catalog import ProductHit
from tests.support.terminal import Terminal

RICE_BARCODE = "4796001234563"
SOAP_BARCODE = "4796009876543"
TEA_BARCODE = "4796005555558"
CARD = "LC12345678"


@dataclass
class TillShop:
    term: Terminal
    rice: ProductHit  # Rice 5kg, 1,250.00, VAT 18%
    soap: ProductHit  # Soap bar, 95.50
    tea: ProductHit  # Sinhala name, 450.00
    dhal: ProductHit  # weighed, 480.00 a kg, exempt
    customer_id: str  # 500 points, card CARD
    coupon_code: str  # 10% off orders from 1,000.00


def _product(term: Terminal, **draft: object) -> ProductHit:
    result = catalog_edit.create_product(
        term.ctx,
        term.admin,
        catalog_edit.ProductDraft(**draft),  # type: ignore[arg-type]
    )
    with term.db.read() as s:
        hits = catalog.search_products(s, str(draft["sku"]))
    return next(h for h in hits if h.product_id == result.product.id)


def build_shop(term: Terminal, *, open_shift: bool = True) -> TillShop:
    rice = _product(term, sku="RICE5", name="Rice 5kg", price_minor=1250_00, barcode=RICE_BARCODE)
    soap = _product(term, sku="SOAP", name="Soap bar", price_minor=95_50, barcode=SOAP_BARCODE)
    tea = _product(term, sku="TEA", name="තේ කොළ 400g", price_minor=450_00, barcode=TEA_BARCODE)
    dhal = _product(
        term,
        sku="DHAL",
        name="Red dhal",
        price_minor=480_00,
        is_weighed=True,
        tax_class_code="EXEMPT",
    )
    customer = customers.create_customer(
        term.ctx,
        term.cashier,
        customers.CustomerInput(name="Nimal Perera", phone="0771234567", loyalty_card_number=CARD),
    ).customer.id
    loyalty.adjust_points(term.ctx, term.manager, customer, 500, "welcome bonus")
    coupons.create_coupon(
        term.ctx,
        term.manager,
        coupons.CouponInput(
            code="SAVE10",
            type=CouponType.PERCENTAGE,
            value=Decimal(10),
            min_order_amount=Money(1000_00),
        ),
    )
    if open_shift:
        shifts.open_shift(term.ctx, term.cashier, Money(5000_00))
    return TillShop(term, rice, soap, tea, dhal, customer, "SAVE10")
