"""A return started by scanning the receipt's barcode at the sell screen: the returns screen opens
on that sale, a manager (signed in) refunds one line, and the RETURN document is in SQLite."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.services.checkout import PaymentRequest, checkout
from pos_desktop.store.models.sales import Sale, SaleLine
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.returns_screen import ReturnsScreen
from tests.support.terminal import Terminal
from tests.till.sell_helpers import open_till


def test_scanning_a_receipt_opens_its_return_and_refunds(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    t = open_till(ui, qtbot, terminal, actor=terminal.manager, extra={"returns": ReturnsScreen})
    t.scan(t.shop.rice.barcode or "")
    t.scan(t.shop.soap.barcode or "")
    sold = checkout(
        terminal.ctx, terminal.manager, t.screen.till.cart, [PaymentRequest("CASH", 2000_00)]
    )
    t.screen.till.reset()
    t.screen.cart_replaced()

    t.scan(sold.receipt_number)  # the receipt's CODE128 reads back as its number

    screen = t.shell.current_screen
    assert isinstance(screen, ReturnsScreen)
    t.wait(lambda: screen.sale is not None)
    assert screen.sale is not None and screen.sale.id == sold.sale_id
    soap_row = screen.lines.row_of("Soap bar")
    screen.lines.set_quantity(soap_row, 1)
    qtbot.keyClicks(screen.reason, "wrong item")
    qtbot.mouseClick(screen.refund_button, Qt.MouseButton.LeftButton)
    t.idle()
    t.wait(lambda: screen.last_result is not None)

    with terminal.db.read() as s:
        ret = s.execute(select(Sale).where(Sale.kind == "RETURN")).scalar_one()
        line = s.execute(select(SaleLine).where(SaleLine.sale_id == ret.id)).scalar_one()
    assert ret.original_sale_id == sold.sale_id
    assert (line.name, line.quantity_milli, ret.total_minor) == ("Soap bar", -1000, -95_50)
