"""Receipt numbers and loading a sale for reprint, void and return."""

from __future__ import annotations

import pytest
from sqlalchemy import delete

from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.services.checkout import checkout
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.receipts import load_sale, next_receipt_number
from pos_desktop.services.returns import return_items
from pos_desktop.store.models.sales import PaymentMethodCode as M
from pos_desktop.store.models.sales import ReceiptCounter
from tests.sales.conftest import Shop


def test_load_sale_by_scanned_text_or_id(shop: Shop) -> None:
    sale = checkout(
        shop.ctx,
        shop.term.cashier,
        shop.cart((shop.rice, 2), (shop.dhal, "0.5")),
        [PaymentRequest(M.CASH, 3000_00)],
    )
    with shop.term.db.read() as s:
        by_text = load_sale(s, "  s01-t01-000001 ")
        by_id = load_sale(s, sale.sale_id)
    assert by_text == by_id
    assert by_text.receipt_number == sale.receipt_number
    assert by_text.status == "COMPLETED"
    assert [line.name for line in by_text.lines] == ["Rice 5kg", "Red dhal"]
    assert by_text.paid_minor == sale.total_minor
    assert by_text.payments[0].change_minor == sale.change_minor
    assert sum(t.tax_minor for t in by_text.taxes) == sale.tax_minor


def test_load_sale_shows_what_was_returned(shop: Shop) -> None:
    sale = checkout(
        shop.ctx, shop.term.cashier, shop.cart((shop.rice, 3)), [PaymentRequest(M.CASH, 4000_00)]
    )
    with shop.term.db.read() as s:
        line = load_sale(s, sale.receipt_number).lines[0]
    result = return_items(
        shop.ctx, shop.term.manager, sale.receipt_number, [(line.id, 1, True)], "CASH", reason="x"
    )
    with shop.term.db.read() as s:
        view = load_sale(s, sale.receipt_number)
        doc = load_sale(s, result.return_receipt_number)
    assert view.lines[0].returned_milli == 1000
    assert view.lines[0].remaining_milli == 2000
    assert view.lines[0].refunded_minor == 1250_00
    assert view.refunded_minor == 1250_00
    assert view.related_sale_ids == (result.return_id,)
    assert view.status == "PARTIALLY_RETURNED"
    assert doc.kind == "RETURN" and doc.original_sale_id == sale.sale_id
    assert doc.total_minor == -1250_00


@pytest.mark.parametrize("text", ["", "   ", "x" * 100])
def test_bad_receipt_text(shop: Shop, text: str) -> None:
    with shop.term.db.read() as s, pytest.raises(ValidationError):
        load_sale(s, text)


def test_unknown_receipt(shop: Shop) -> None:
    with shop.term.db.read() as s, pytest.raises(NotFoundError):
        load_sale(s, "S01-T01-000042")


def test_counter_continues_after_a_lost_counter_row(shop: Shop) -> None:
    """A repaired file without its counter row must never reissue a printed number."""
    for _ in range(3):
        checkout(
            shop.ctx, shop.term.cashier, shop.cart((shop.soap, 1)), [PaymentRequest(M.CASH, 100_00)]
        )
    with shop.term.db.uow() as uow:
        uow.session.execute(delete(ReceiptCounter))
        uow.commit()
    with shop.term.db.uow() as uow:
        assert next_receipt_number(uow.session, shop.ctx) == "S01-T01-000004"
        assert next_receipt_number(uow.session, shop.ctx) == "S01-T01-000005"
        # not committed: rolled back with the unit of work
    with shop.term.db.uow() as uow:
        assert next_receipt_number(uow.session, shop.ctx) == "S01-T01-000004"
