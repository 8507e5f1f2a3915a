"""The payment dialog through its real widgets: the sale commits, then the receipt is queued."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.services import print_queue
from pos_desktop.services.context import Changes
from pos_desktop.store.models.printing import PrintJob
from pos_desktop.store.models.sales import Payment, Sale, SaleLine
from pos_desktop.ui.context import UiContext
from tests.support.terminal import Terminal
from tests.till.sell_helpers import Till, open_till
from tests.till.shop import CARD


@pytest.fixture
def t(ui: UiContext, qtbot: QtBot, terminal: Terminal) -> Till:
    till = open_till(ui, qtbot, terminal)
    till.scan(till.shop.rice.barcode or "")
    till.scan(till.shop.soap.barcode or "")  # 1,345.50 to pay
    return till


def _sales(t: Till) -> list[Sale]:
    with t.term.db.read() as s:
        return list(s.execute(select(Sale)).scalars())


def test_cash_with_change_commits_then_queues_receipt_and_drawer(t: Till) -> None:
    dialog = t.open_payment()
    assert dialog.due_label.text() == "Total due LKR 1,345.50"
    assert QApplication.focusWidget() is dialog.amount
    QTest.keyClicks(dialog.amount, "2000")
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    t.idle()
    [sale] = _sales(t)
    assert sale.total_minor == 1345_50 and sale.cashier_id == t.term.cashier.user_id
    assert dialog.done_change.text() == "Change LKR 654.50"
    assert sale.receipt_number in dialog.done_summary.text()
    assert t.rows() == [] and t.screen.till.cart.cart_id != sale.id  # ready for the next one
    with t.term.db.read() as s:
        [payment] = s.execute(select(Payment).where(Payment.sale_id == sale.id)).scalars()
        assert (payment.method, payment.tendered_minor, payment.change_minor) == (
            "CASH",
            2000_00,
            654_50,
        )
        jobs = {
            j.kind for j in s.execute(select(PrintJob).where(PrintJob.sale_id == sale.id)).scalars()
        }
    assert jobs == {"RECEIPT", "DRAWER_KICK"}
    assert dialog.print_status.text() == "Receipt sent to the printer…"
    QTest.keyClick(dialog.done_button, Qt.Key.Key_Return)
    t.wait(lambda: t.screen.payment is None)
    assert "Sale " + sale.receipt_number in t.screen.scan_message.text()


def test_quick_tender_note_completes_the_sale(t: Till) -> None:
    dialog = t.open_payment()
    note = dialog.findChild(QPushButton, "payQuick_1000")
    assert note is not None
    note.click()
    assert dialog.remaining_label.text() == "Remaining LKR 345.50"
    assert _sales(t) == []
    note = dialog.findChild(QPushButton, "payQuick_500")
    assert note is not None
    note.click()
    t.idle()
    [sale] = _sales(t)
    assert dialog.done_change.text() == "Change LKR 154.50"
    with t.term.db.read() as s:
        payment = s.execute(select(Payment).where(Payment.sale_id == sale.id)).scalar_one()
    assert payment.tendered_minor == 1500_00  # the notes added up into one cash tender


def test_exact_button_and_enter_on_an_empty_amount(t: Till) -> None:
    dialog = t.open_payment()
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    t.idle()
    [sale] = _sales(t)
    assert sale.total_minor == 1345_50
    assert dialog.done_change.text() == "Change LKR 0.00"


def test_split_card_and_cash(t: Till) -> None:
    dialog = t.open_payment()
    dialog.method_buttons["CARD"].click()
    assert dialog.reference.isVisible() and not dialog.quick.isVisible()
    dialog.amount.setText("1000")
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)  # no reference yet: refused
    assert "reference" in dialog.error.text()
    QTest.keyClicks(dialog.reference, "AUTH-778")
    QTest.keyClick(dialog.reference, Qt.Key.Key_Return)
    assert dialog.remaining_label.text() == "Remaining LKR 345.50"
    assert dialog.method == "CASH"  # back to cash for the rest
    QTest.keyClicks(dialog.amount, "400")
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    t.idle()
    [sale] = _sales(t)
    with t.term.db.read() as s:
        rows = s.execute(select(Payment).where(Payment.sale_id == sale.id)).scalars().all()
    assert sorted((p.method, p.amount_minor, p.reference) for p in rows) == [
        ("CARD", 1000_00, "AUTH-778"),
        ("CASH", 345_50, None),
    ]
    assert dialog.done_change.text() == "Change LKR 54.50"


def test_card_cannot_be_more_than_what_is_due(t: Till) -> None:
    dialog = t.open_payment()
    dialog.method_buttons["CARD"].click()
    dialog.amount.setText("2000")
    dialog.reference.setText("X1")
    dialog.add_tender()
    assert "Only cash" in dialog.error.text() and dialog.tenders == []


def test_lankaqr_is_recorded_pending_verification(t: Till) -> None:
    dialog = t.open_payment()
    dialog.method_buttons["LANKAQR"].click()
    assert dialog.amount.text() == "1,345.50"  # the rest, ready to confirm
    QTest.keyClicks(dialog.reference, "QR123")
    QTest.keyClick(dialog.reference, Qt.Key.Key_Return)
    t.idle()
    [sale] = _sales(t)
    with t.term.db.read() as s:
        payment = s.execute(select(Payment).where(Payment.sale_id == sale.id)).scalar_one()
    assert payment.status == "PENDING_VERIFICATION" and payment.reference == "QR123"
    assert "awaits verification" in dialog.done_summary.text()


def test_loyalty_points_as_a_tender(t: Till) -> None:
    t.scan(CARD)
    dialog = t.open_payment()
    points = dialog.method_buttons["LOYALTY_POINTS"]
    points.click()
    assert dialog.amount.text() == "500"
    dialog.amount.setText("300")
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.remaining_label.text() == "Remaining LKR 1,045.50"
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)  # the exact rest in cash
    t.idle()
    [sale] = _sales(t)
    assert sale.loyalty_points_redeemed == 300 and sale.customer_id == t.shop.customer_id


def test_a_refused_checkout_keeps_the_cart(ui: UiContext, qtbot: QtBot, terminal: Terminal) -> None:
    t = open_till(ui, qtbot, terminal, open_shift=False)  # no shift: the service refuses
    t.scan(t.shop.rice.barcode or "")
    before = t.screen.till.cart.to_dict()
    dialog = t.open_payment()
    QTest.keyClicks(dialog.amount, "5000")
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    t.idle()
    assert _sales(t) == []
    assert dialog.error.isVisible() and "shift" in dialog.error.text()
    assert dialog.complete_button.isEnabled()  # fix it and try again, or cancel
    t.scan(t.shop.soap.barcode or "")  # scans wait while the payment is open
    assert "finish the payment first" in t.screen.scan_message.text()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    t.wait(lambda: t.screen.payment is None)
    assert t.screen.till.cart.to_dict() == before and not t.screen.till.paying
    assert t.rows() == [("Rice 5kg", "1")]


def test_enter_twice_makes_one_sale(t: Till) -> None:
    dialog = t.open_payment()
    QTest.keyClicks(dialog.amount, "2000")
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    dialog.complete()
    dialog.complete_button.click()
    t.idle()
    assert len(_sales(t)) == 1
    with t.term.db.read() as s:
        assert len(s.execute(select(SaleLine)).scalars().all()) == 2


def test_cancel_unfreezes_the_cart(t: Till) -> None:
    dialog = t.open_payment()
    dialog.cancel_button.click()
    t.wait(lambda: t.screen.payment is None)
    t.scan(t.shop.soap.barcode or "")
    assert t.rows() == [("Rice 5kg", "1"), ("Soap bar", "2")]


def _receipt_job(t: Till, sale_id: str) -> str:
    """Take the sale's receipt job as the print worker does (drawer kick first)."""
    with t.term.db.read() as s:
        wanted = s.execute(
            select(PrintJob.id).where(PrintJob.sale_id == sale_id, PrintJob.kind == "RECEIPT")
        ).scalar_one()
    while (claimed := print_queue.claim_next(t.term.ctx)) is not None:
        if claimed.id == wanted:
            return wanted
    raise AssertionError("the receipt job was not queued")


def test_the_dialog_says_when_the_receipt_printed(t: Till) -> None:
    dialog = t.open_payment()
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    t.idle()
    assert dialog.sale is not None
    job_id = _receipt_job(t, dialog.sale.sale_id)
    print_queue.mark_done(t.term.ctx, job_id)  # what the print worker does, then reports
    t.ui.changed.emit(Changes.of(print_queue.ENTITY, ids=(job_id,)))
    t.idle()
    assert dialog.print_status.text() == "Receipt printed."


def test_a_printer_that_fails_leaves_the_sale_and_says_reprint(t: Till) -> None:
    dialog = t.open_payment()
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    t.idle()
    assert dialog.sale is not None
    job_id = _receipt_job(t, dialog.sale.sale_id)
    print_queue.mark_failed(t.term.ctx, job_id, "connection refused")
    t.ui.changed.emit(Changes.of(print_queue.ENTITY, ids=(job_id,)))
    t.idle()
    text = dialog.print_status.text()
    assert text.startswith("Receipt queued") and "connection refused" in text
    assert "reprint from the Till menu" in text
    assert len(_sales(t)) == 1 and t.rows() == []  # the sale stands; the till moved on
