"""The customer-facing display: a window for a second screen showing the current lines and total,
then "Thank you" with the change due after payment.

It only shows what it is told. The sell screen tells it through two signals, connected by
``follow(sell_screen)`` (the shell wires this when both exist):

- ``customer_cart = Signal(object, object)``: ``(lines: Sequence[DisplayLine], total: Money)``
  after every cart change (an empty sequence clears the display back to the welcome text);
- ``customer_change = Signal(object, object, object)``: ``(total, paid, change)`` as Money,
  once a sale is paid.

The same three calls are public slots (``show_cart``, ``show_change``, ``show_welcome``) for
callers that hold the display directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.money import Money, format_amount


@dataclass(frozen=True, slots=True)
class DisplayLine:
    name: str
    quantity: str  # as the cashier sees it: "2", "0.750 kg"
    amount: Money  # the line's total


def _money(money: Money) -> str:
    return f"{money.currency} {format_amount(money)}"


def second_screen() -> QScreen | None:
    """A screen other than the primary one, if the till has one."""
    primary = QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not primary]
    return others[0] if others else None


class CustomerDisplay(QWidget):
    def __init__(self, store_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("customerDisplay")
        self.setWindowTitle(self.tr("Customer display"))
        self.setMinimumSize(640, 420)
        self.store_name = store_name

        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        huge = QFont(big)
        huge.setPointSizeF(big.pointSizeF() * 1.5)

        self.welcome = QLabel(self.tr("Welcome") + (f"\n{store_name}" if store_name else ""))
        self.welcome.setObjectName("displayWelcome")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setFont(huge)
        self.welcome.setWordWrap(True)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("displayLines")
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setShowGrid(False)
        self.table.setStyleSheet("QTableWidget::item { padding: 6px 14px; }")
        line_font = QFont(self.font())
        line_font.setPointSizeF(line_font.pointSizeF() * 1.5)
        self.table.setFont(line_font)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.total = QLabel()
        self.total.setObjectName("displayTotal")
        self.total.setFont(huge)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        cart = QWidget()
        cart_layout = QVBoxLayout(cart)
        cart_layout.addWidget(self.table, 1)
        cart_layout.addWidget(self.total)

        self.thanks = QLabel()
        self.thanks.setObjectName("displayThanks")
        self.thanks.setFont(big)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.setWordWrap(True)

        self.pages = QStackedWidget()
        for page in (self.welcome, cart, self.thanks):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._cart_page = cart
        self.show_welcome()

    def set_store_name(self, name: str) -> None:
        self.store_name = name
        self.welcome.setText(self.tr("Welcome") + (f"\n{name}" if name else ""))

    # -- what the sell screen calls --------------------------------------------------------
    def show_welcome(self) -> None:
        self.pages.setCurrentWidget(self.welcome)

    def show_cart(self, lines: Sequence[DisplayLine], total: Money) -> None:
        if not lines:
            self.show_welcome()
            return
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            qty = QTableWidgetItem(line.quantity)
            qty.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount = QTableWidgetItem(_money(line.amount))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, QTableWidgetItem(line.name))
            self.table.setItem(row, 1, qty)
            self.table.setItem(row, 2, amount)
        self.table.resizeRowsToContents()
        self.table.scrollToBottom()  # the line just scanned
        self.total.setText(self.tr("Total {}").format(_money(total)))
        self.pages.setCurrentWidget(self._cart_page)

    def show_change(self, total: Money, paid: Money, change: Money) -> None:
        lines = [
            self.tr("Thank you!"),
            self.tr("Total {}").format(_money(total)),
            self.tr("Paid {}").format(_money(paid)),
        ]
        if change.minor:
            lines.append(self.tr("Your change {}").format(_money(change)))
        self.thanks.setText("\n".join(lines))
        self.pages.setCurrentWidget(self.thanks)

    # -- wiring ----------------------------------------------------------------------------
    def follow(self, source: QWidget) -> bool:
        """Listen to a sell screen's ``customer_cart`` / ``customer_change`` signals (those it
        has). True when at least one was connected."""
        connected = False
        cart = getattr(source, "customer_cart", None)
        if cart is not None:
            cart.connect(self.show_cart)
            connected = True
        change = getattr(source, "customer_change", None)
        if change is not None:
            change.connect(self.show_change)
            connected = True
        return connected

    def open_on_best_screen(self) -> None:
        """Full screen on the second screen when there is one, else a normal window."""
        screen = second_screen()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.show()
