"""Sale -> receipt document (real checkouts and returns), and its JSON round trip."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.core.money import Money
from pos_desktop.core.receipt import (
    ReceiptDocument,
    ReceiptHeader,
    ReceiptKind,
    ReceiptLine,
    ReceiptMeta,
    ReceiptPayment,
    ReceiptTax,
    ReceiptTotals,
)
from pos_desktop.services import loyalty
from pos_desktop.services.receipt_builder import build_receipt
from pos_desktop.store.models import Translation
from tests.printing.support import card_sale, cash_sale, discounted_sale, refund_one_rice
from tests.sales.conftest import Shop


def _build(shop: Shop, number: str, language: str = "en") -> ReceiptDocument:
    with shop.term.db.read() as s:
        return build_receipt(s, shop.ctx, number, language=language)


def test_cash_sale_receipt_has_everything_the_issue_lists(shop: Shop) -> None:
    sale = cash_sale(shop, customer=True)
    doc = _build(shop, sale.receipt_number)
    assert doc.kind is ReceiptKind.SALE and doc.title == "RECEIPT"
    assert doc.header.store_name == "Test Store"
    assert doc.header.vat_registration_number == "123456789-7000"
    assert doc.meta.receipt_number == sale.receipt_number == "S01-T01-000001"
    assert doc.meta.cashier == "Kasun Cashier"
    assert doc.meta.terminal == "T01"
    assert doc.meta.customer == "Nimal Perera"
    # The shop's local time (Asia/Colombo is UTC+05:30), not UTC.
    assert doc.meta.time_zone == "Asia/Colombo"
    assert doc.meta.issued_at.utcoffset() == timedelta(hours=5, minutes=30)
    assert doc.meta.issued_at == sale.created_at
    assert [(ln.name, ln.quantity_milli, ln.gross.minor) for ln in doc.lines] == [
        ("Rice 5kg", 2000, 2500_00),
        ("Soap bar", 1000, 95_50),
    ]
    assert doc.totals.total == Money(2595_50)
    assert doc.totals.tax_inclusive
    assert sum(t.tax.minor for t in doc.totals.taxes) == doc.totals.tax_total.minor > 0
    assert [t.percent for t in doc.totals.taxes] == ["18%"]
    (cash,) = doc.payments
    assert (cash.method, cash.label, cash.tendered, cash.amount) == (
        "CASH",
        "Cash",
        Money(3000_00),
        Money(2595_50),
    )
    assert doc.change == Money(3000_00 - 2595_50)
    assert doc.pays_cash
    assert doc.loyalty is not None and doc.loyalty.earned == sale.points_earned > 0
    assert doc.loyalty.balance == sale.points_balance
    assert doc.loyalty.tier == "BRONZE"
    assert doc.footer == "Thank you! Please come again."


def test_card_payment_reference_and_no_loyalty_without_customer(shop: Shop) -> None:
    doc = _build(shop, card_sale(shop).sale_id)
    (card,) = doc.payments
    assert (card.method, card.reference, card.pending_verification) == ("CARD", "AUTH-7781", False)
    assert doc.change.is_zero() and not doc.pays_cash
    assert doc.loyalty is None and doc.meta.customer is None


def test_line_discount_and_weighed_line(shop: Shop) -> None:
    doc = _build(shop, discounted_sale(shop).receipt_number)
    rice, dhal = doc.lines
    assert rice.discount == Money(50_00) and rice.total == Money(1200_00)
    assert dhal.weighed and dhal.quantity == Decimal("1.25") and dhal.gross == Money(600_00)
    assert doc.totals.line_discount == Money(50_00)
    assert {t.code for t in doc.totals.taxes} >= {"EXEMPT"}


def test_refund_receipt_shows_positive_amounts_and_the_original(shop: Shop) -> None:
    sale = cash_sale(shop, customer=True)
    refund = refund_one_rice(shop, sale)
    doc = _build(shop, refund.return_receipt_number)
    assert doc.kind is ReceiptKind.REFUND and doc.title == "REFUND"
    assert doc.original_receipt_number == sale.receipt_number
    assert doc.reason == "damaged pack"
    (line,) = doc.lines
    assert (line.name, line.quantity_milli, line.gross) == ("Rice 5kg", 1000, Money(1250_00))
    assert doc.totals.total == Money(refund.refund_minor) == Money(1250_00)
    (cash,) = doc.payments
    assert cash.amount == Money(1250_00)


def test_product_names_in_the_chosen_language(shop: Shop) -> None:
    with shop.term.db.uow() as uow:
        uow.session.add(
            Translation(
                organization_id=shop.ctx.terminal.organization_id,
                language="si",
                resource="products",
                resource_id=shop.rice.product_id,
                field="name",
                value="සහල් 5kg",
            )
        )
        uow.commit()
    sale = cash_sale(shop)
    si = _build(shop, sale.receipt_number, language="si")
    assert [ln.name for ln in si.lines] == ["සහල් 5kg", "Soap bar"]  # soap has no translation
    assert si.lines[0].fallback_name == "Rice 5kg" and si.lines[1].fallback_name is None
    ta = _build(shop, sale.receipt_number, language="ta")
    assert [ln.name for ln in ta.lines] == ["Rice 5kg", "Soap bar"]
    assert _build(shop, sale.receipt_number, language="xx").language == "en"


def test_round_trip_through_json(shop: Shop) -> None:
    loyalty.adjust_points(shop.ctx, shop.term.manager, shop.customer_id, 100, "welcome")
    doc = _build(shop, cash_sale(shop, customer=True).receipt_number)
    data = json.loads(json.dumps(doc.to_dict()))  # JSON-safe: no Money, Decimal, datetime
    assert ReceiptDocument.from_dict(data) == doc


def test_malformed_payload_is_refused() -> None:
    with pytest.raises(ValueError, match="version"):
        ReceiptDocument.from_dict({"v": 99})
    with pytest.raises(ValueError, match="not a receipt"):
        ReceiptDocument.from_dict({"v": 1, "currency": "LKR"})


_text = st.text(min_size=1, max_size=30)
_minor = st.integers(min_value=0, max_value=10**9)


@given(
    name=_text,
    qty=st.integers(min_value=1, max_value=10**6),
    unit=_minor,
    discount=_minor,
    rate=st.decimals(min_value=0, max_value=1, places=4),
    paid=_minor,
    reference=st.none() | _text,
    kind=st.sampled_from(ReceiptKind),
)
def test_any_document_round_trips(
    name: str,
    qty: int,
    unit: int,
    discount: int,
    rate: Decimal,
    paid: int,
    reference: str | None,
    kind: ReceiptKind,
) -> None:
    m = Money
    doc = ReceiptDocument(
        kind=kind,
        currency="LKR",
        header=ReceiptHeader(name, vat_registration_number=reference),
        meta=ReceiptMeta(
            "S01-T01-000001", datetime(2026, 1, 2, 3, 4, tzinfo=UTC), "UTC", name, "T01"
        ),
        lines=(ReceiptLine(name, qty, m(unit), m(unit), m(discount), weighed=qty % 2 == 0),),
        totals=ReceiptTotals(
            m(unit),
            m(discount),
            m(0),
            m(0),
            None,
            (ReceiptTax("VAT", rate, m(unit), m(1)),),
            m(1),
            True,
            m(paid),
        ),
        payments=(ReceiptPayment("CARD", "Card", m(paid), m(paid), reference),),
        change=m(0),
        original_receipt_number=None if kind is ReceiptKind.SALE else "S01-T01-000009",
    )
    assert ReceiptDocument.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc
