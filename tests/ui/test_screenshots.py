"""Screenshots of the login, returns and shift-close screens with real content (the sell screen
and payment dialog are in test_sell_screenshots.py). Every label and button must show its whole
text. Saved to $POS_SCREENSHOT_DIR when set (``make screenshots`` runs these under Xvfb into
docs/screenshots), else to a temporary folder."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from pos_desktop.services.catalog_edit import ProductDraft, create_product
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.login_screen import LoginScreen
from pos_desktop.ui.returns_screen import ReturnsScreen
from pos_desktop.ui.shift_close_screen import ShiftCloseScreen
from tests.support.terminal import Terminal
from tests.till.sell_helpers import Till, open_till
from tests.ui.test_sell_screenshots import _save, clipped
from tests.ui.till_flows import make_shell

TAMIL_BARCODE = "4796007777774"


def test_login_screen(ui: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    shell = make_shell(qtbot, ui)
    screen = shell.current_screen
    assert isinstance(screen, LoginScreen)
    qtbot.wait(50)
    assert clipped(shell) == []
    assert _save(shell, "login.png", tmp_path).width() >= 1024


def _sell_three_lines(t: Till) -> str:
    create_product(
        t.term.ctx,
        t.term.admin,
        ProductDraft(sku="MILK-TA", name="பால் மா 400g", price_minor=1_150_00, barcode=TAMIL_BARCODE),
    )
    for code in (t.shop.rice.barcode, t.shop.tea.barcode, TAMIL_BARCODE):
        t.scan(code or "")
    dialog = t.open_payment()
    dialog.amount.setText("5000")
    dialog.enter()
    t.idle()
    t.wait(lambda: dialog.sale is not None)
    assert dialog.sale is not None
    receipt = dialog.sale.receipt_number
    dialog.accept()
    return receipt


def test_returns_and_shift_close_screens(
    ui: UiContext, qtbot: QtBot, terminal: Terminal, tmp_path: Path
) -> None:
    t = open_till(
        ui,
        qtbot,
        terminal,
        extra={"returns": ReturnsScreen, "shift_close": ShiftCloseScreen},
    )
    receipt = _sell_three_lines(t)

    returns = t.shell.show_screen("returns")
    assert isinstance(returns, ReturnsScreen)
    returns.open_sale(receipt)
    t.idle()
    t.wait(lambda: returns.sale is not None)
    returns.lines.set_quantity(1, 1)
    qtbot.wait(50)
    assert clipped(returns) == []
    assert _save(t.shell, "returns.png", tmp_path).width() >= 1024

    close = t.shell.show_screen("shift_close")
    assert isinstance(close, ShiftCloseScreen)
    t.idle()
    close.count.set_counts({5000: 1, 1000: 3, 100: 4, 10: 2})
    qtbot.wait(50)
    t.idle()
    assert clipped(close) == []
    assert _save(t.shell, "shift-close.png", tmp_path).width() >= 1024
