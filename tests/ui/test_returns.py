"""Returns screen: open a sale by receipt number (typed, or as the scanner's OpenReturn does),
partial quantity, restock and write-off, manager approval, rows in SQLite; finding a sale by
customer and by day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.core.cart import Cart
from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money
from pos_desktop.services import catalog, catalog_edit, customers, shifts, stock
from pos_desktop.services.catalog import ProductHit
from pos_desktop.services.checkout import checkout
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.sale_lookup import find_sales
from pos_desktop.store.models.inventory import StockMovement
from pos_desktop.store.models.printing import PrintJob
from pos_desktop.store.models.sales import Payment, Sale, SaleLine
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.returns_screen import ReturnsScreen
from pos_desktop.ui.shell import Shell
from tests.support.terminal import MANAGER_PIN, Terminal
from tests.ui.conftest import wait_idle
from tests.ui.till_flows import make_shell, shot


@dataclass
class Sold:
    receipt_number: str
    sale_id: str
    rice: ProductHit
    soap: ProductHit
    customer_id: str


def _product(term: Terminal, **draft: object) -> ProductHit:
    made = catalog_edit.create_product(term.ctx, term.admin, catalog_edit.ProductDraft(**draft))  # type: ignore[arg-type]
    stock.receive_stock(term.ctx, term.admin, made.product.id, "100")
    with term.db.read() as s:
        hits = catalog.search_products(s, str(draft["sku"]))
    return next(h for h in hits if h.product_id == made.product.id)


def _sell(term: Terminal) -> Sold:
    rice = _product(term, sku="RICE5", name="Rice 5kg", price_minor=1250_00)
    soap = _product(term, sku="SOAP", name="Soap bar", price_minor=95_50)
    customer = customers.create_customer(
        term.ctx, term.cashier, customers.CustomerInput(name="Nimal Perera", phone="0771234567")
    )
    shifts.open_shift(term.ctx, term.cashier, Money(5000_00))
    cart = Cart(term.ctx.terminal.currency)
    for hit, qty in ((rice, 3), (soap, 2)):
        cart.add_item(
            product_id=hit.product_id,
            name=hit.name,
            unit_price=hit.price,
            tax_class=hit.tax_class(),
            quantity=qty,
            sku=hit.sku,
        )
    cart.set_customer(customer.customer.id)
    result = checkout(term.ctx, term.cashier, cart, [PaymentRequest("CASH", 4000_00)])
    return Sold(result.receipt_number, result.sale_id, rice, soap, customer.customer.id)


def _returns(qtbot: QtBot, ui: UiContext, term: Terminal) -> tuple[Shell, ReturnsScreen]:
    shell = make_shell(qtbot, ui)
    ui.set_actor(term.cashier)
    screen = shell.show_screen("returns")
    assert isinstance(screen, ReturnsScreen)
    wait_idle(qtbot, ui)
    return shell, screen


def test_partial_return_by_receipt_number_with_approval(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    sold = _sell(terminal)
    shell, screen = _returns(qtbot, ui, terminal)
    qtbot.keyClicks(screen.finder.receipt, sold.receipt_number)
    qtbot.keyClick(screen.finder.receipt, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)
    assert screen.sale is not None and screen.sale.id == sold.sale_id
    rice_row = screen.lines.row_of("Rice 5kg")
    soap_row = screen.lines.row_of("Soap bar")
    assert screen.lines.row_texts(rice_row)[1:] == ("3", "0", "3")

    screen.lines.set_quantity(rice_row, 1)
    screen.lines.set_restock(rice_row, True)
    screen.lines.set_quantity(soap_row, 2)
    screen.lines.set_restock(soap_row, False)
    qtbot.keyClicks(screen.reason, "damaged bag")
    shot(shell, "returns")
    qtbot.mouseClick(screen.refund_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)

    dialog = screen.approval  # a cashier cannot approve refunds
    assert dialog is not None and dialog.isVisible()
    with terminal.db.read() as s:
        assert s.execute(select(Sale).where(Sale.kind == "RETURN")).first() is None
    qtbot.keyClicks(dialog.username, "manager")
    qtbot.keyClicks(dialog.pin, MANAGER_PIN)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    wait_idle(qtbot, ui)

    result = screen.last_result
    assert result is not None
    with terminal.db.read() as s:
        doc = s.execute(select(Sale).where(Sale.kind == "RETURN")).scalar_one()
        lines = {
            ln.name: ln
            for ln in s.execute(select(SaleLine).where(SaleLine.sale_id == doc.id)).scalars()
        }
        refund = s.execute(select(Payment).where(Payment.sale_id == doc.id)).scalar_one()
        moves = (
            s.execute(select(StockMovement).where(StockMovement.reference_id == doc.id))
            .scalars()
            .all()
        )
    assert doc.original_sale_id == sold.sale_id
    assert doc.approved_by_id == terminal.manager.user_id
    assert doc.cashier_id == terminal.cashier.user_id
    assert doc.reason == "damaged bag"
    assert lines["Rice 5kg"].quantity_milli == -1000 and lines["Rice 5kg"].restock is True
    assert lines["Soap bar"].quantity_milli == -2000 and lines["Soap bar"].restock is False
    assert doc.total_minor == -(1250_00 + 191_00)
    assert (refund.method, refund.amount_minor) == ("CASH", -(1250_00 + 191_00))
    by_product = {(m.product_id, m.reason, m.quantity_milli) for m in moves}
    assert (sold.rice.product_id, "return", 1000) in by_product
    assert (sold.soap.product_id, "return", 2000) in by_product
    assert (sold.soap.product_id, "writeoff", -2000) in by_product

    # The screen reloads the sale: what is left to return.
    assert screen.lines.row_texts(rice_row)[1:] == ("3", "1", "2")
    assert screen.lines.row_texts(soap_row)[1:] == ("2", "2", "0")
    assert "LKR 1,441.00" in screen.message.text()
    assert "in cash" in screen.message.text()
    # The refund receipt is queued, and the drawer opens for the cash going back.
    with terminal.db.read() as s:
        jobs = {j.kind: j for j in s.execute(select(PrintJob)).scalars()}
    assert set(jobs) == {"REFUND_RECEIPT", "DRAWER_KICK"}
    assert jobs["REFUND_RECEIPT"].sale_id == doc.id
    assert result.return_receipt_number in screen.message.text()


def test_open_sale_as_the_scanner_does_and_manager_needs_no_approval(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    sold = _sell(terminal)
    shell, screen = _returns(qtbot, ui, terminal)
    ui.set_actor(terminal.manager)
    shown = shell.show_screen("returns")
    assert shown is screen
    screen.open_sale(sold.receipt_number.lower())  # as typed; scans carry the printed text
    wait_idle(qtbot, ui)
    assert screen.sale is not None and screen.sale.id == sold.sale_id
    assert screen.finder.receipt.text()  # the number shown in the receipt field

    screen.lines.set_quantity(screen.lines.row_of("Soap bar"), 1)
    qtbot.keyClicks(screen.reason, "wrong item")
    screen.refund()
    wait_idle(qtbot, ui)
    assert screen.approval is None
    with terminal.db.read() as s:
        doc = s.execute(select(Sale).where(Sale.kind == "RETURN")).scalar_one()
    assert doc.approved_by_id is None  # the manager approved their own refund
    assert doc.total_minor == -95_50


def test_nothing_chosen_or_no_reason_is_refused_on_screen(
    qtbot: QtBot, ui: UiContext, terminal: Terminal
) -> None:
    sold = _sell(terminal)
    _shell, screen = _returns(qtbot, ui, terminal)
    screen.open_sale(sold.receipt_number)
    wait_idle(qtbot, ui)
    screen.refund()
    assert "at least one line" in screen.message.text()
    screen.lines.set_quantity(0, 1)
    screen.refund()
    assert "reason" in screen.message.text()
    assert screen.approval is None

    screen.open_sale("S01-T01-999999")
    wait_idle(qtbot, ui)
    assert screen.sale is None
    assert "no sale with receipt number" in screen.message.text()


def test_find_by_customer_and_by_day(qtbot: QtBot, ui: UiContext, terminal: Terminal) -> None:
    sold = _sell(terminal)
    _shell, screen = _returns(qtbot, ui, terminal)
    finder = screen.finder
    qtbot.keyClicks(finder.customer_search, "Nimal")
    finder.search_customers_now()
    wait_idle(qtbot, ui)
    assert finder.customers.count() == 1
    finder.customers.setCurrentRow(0)
    assert finder.customer is not None and finder.customer.id == sold.customer_id
    finder.find_sales()
    wait_idle(qtbot, ui)
    assert [s.receipt_number for s in finder.results] == [sold.receipt_number]
    finder.sales.cellActivated.emit(0, 0)
    wait_idle(qtbot, ui)
    assert screen.sale is not None and screen.sale.id == sold.sale_id

    # By the shop's calendar day: today has it, yesterday does not.
    with terminal.db.read() as s:
        sale = s.get(Sale, sold.sale_id)
        assert sale is not None
        from zoneinfo import ZoneInfo

        today = sale.created_at.astimezone(ZoneInfo("Asia/Colombo")).date()
        assert [x.id for x in find_sales(s, terminal.ctx, day=today)] == [sold.sale_id]
        assert find_sales(s, terminal.ctx, day=date.fromordinal(today.toordinal() - 1)) == []
        with pytest.raises(ValidationError):
            find_sales(s, terminal.ctx)  # neither a customer nor a day
    finder.customer_search.clear()
    finder._customer_typed("")
    finder.day.setDate(QDate(today.year, today.month, today.day))
    finder.use_day.setChecked(True)
    finder.find_sales()
    wait_idle(qtbot, ui)
    assert [s.id for s in finder.results] == [sold.sale_id]
