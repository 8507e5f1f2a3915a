"""The sell screen: the window a cashier uses all day. It never freezes and never loses a sale.

Everything it shows comes from a ``TillSession`` (services/till.py), which it changes only on
the UI thread; everything that touches the disk runs through ``ui.run``: scans and searches on
the "read" lane (never queued behind a sale being written), writes (audit rows, held tickets,
the checkout, print jobs) on the "db" lane against a snapshot of the cart.

The scan hot path: a scanner's ``scanned(code)`` -> ``till.resolve`` (one point lookup) on the
read lane -> ``TillSession.apply_scan`` -> ``CartTableModel.apply`` (one row inserted or
changed) and the totals. A refused scan (unknown barcode, garbage, a scan while paying) is a
message and a sound (ui/feedback.py), never a dialog that would stop the next scan.

Keys (ui/shortcuts.py, scope "sell screen", bound here while this screen is shown): F3 search,
F4 customer, F5 hold, F7 quantity, F8 line discount, Shift+F8 coupon, Del remove line,
Shift+F12 void the sale in progress, F12 pay. F1 help, F6 held tickets and F11 reprint are the
shell's (ui/shell_menus.py); the buttons here do the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Final

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.services.context import Changes
from pos_desktop.services.customers import CustomerView
from pos_desktop.services.languages import translated_names
from pos_desktop.services.till import (
    CouponQuote,
    LineChange,
    LoyaltyInfo,
    ResolvedScan,
    TillSession,
    TillSettings,
    load_loyalty,
    load_settings,
    quote_coupon,
    resolve,
)
from pos_desktop.ui.cart_model import COL_NAME, COL_NO, CartTableModel, quantity_text
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.customer_dialog import CustomerDialog
from pos_desktop.ui.customer_display import DisplayLine
from pos_desktop.ui.feedback import ScanFeedback, TransientMessage
from pos_desktop.ui.held_dialog import HeldDialog
from pos_desktop.ui.help_overlay import show_shortcuts
from pos_desktop.ui.i18n import current_language, money_text
from pos_desktop.ui.line_editing import LineEditing
from pos_desktop.ui.payment_dialog import PaymentDialog
from pos_desktop.ui.quick_keys import QuickKeys
from pos_desktop.ui.sale_flows import SaleFlows
from pos_desktop.ui.search_panel import SearchPanel
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.shortcuts import key_for
from pos_desktop.ui.sync_indicator import SyncIndicator
from pos_desktop.ui.totals_panel import TotalsPanel

READ: Final = "read"
MIN_HEIGHT: Final = 48
RETURNS_SCREEN: Final = "returns"
SELL_NAME: Final = "sell"  # this screen's name in ui/screens.py
# Attributes of ``ui.hardware`` that may hold scan sources (objects with ``scanned(str)``).
SCAN_SOURCE_NAMES: Final = ("wedge", "wedge_filter", "serial_scanner", "camera_scanner")


def scan_sources(hardware: Any) -> list[QObject]:
    """The scanners the launcher put on ``ui.hardware``: a ``scanners`` iterable, or any of
    ``SCAN_SOURCE_NAMES``; each must have a ``scanned`` signal carrying the code."""
    if hardware is None:
        return []
    found: list[QObject] = list(getattr(hardware, "scanners", None) or [])
    found += [getattr(hardware, n) for n in SCAN_SOURCE_NAMES if getattr(hardware, n, None)]
    return [s for s in dict.fromkeys(found) if hasattr(s, "scanned")]


class SellScreen(QWidget):
    # For the customer display (ui/customer_display.py follows these).
    customer_cart = Signal(object, object)  # (lines: list[DisplayLine], total: Money)
    customer_change = Signal(object, object, object)  # (total, paid, change) as Money

    # Built in _build(); declared for the type checker.
    quantity: QLineEdit
    discount: QLineEdit
    coupon: QLineEdit
    scan_message: TransientMessage

    def __init__(self, ui: UiContext, shell: Shell | None = None) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.setObjectName("sellScreen")
        # A language switch rebuilds this screen: the sale in progress moves to the new one.
        carried = shell.take_carried(SELL_NAME) if shell is not None else None
        self.till = (
            carried if isinstance(carried, TillSession) else TillSession(ui.ctx.terminal.currency)
        )
        self.settings: TillSettings | None = None
        self.model = CartTableModel(self.till, self)
        self.customer_dialog: CustomerDialog | None = None
        self._scan_sources: list[QObject] = []
        self._build()
        self.lines = LineEditing(self)
        self.flows = SaleFlows(self)
        self.feedback = ScanFeedback(ui, label=self.scan_message, parent=self)
        self._display_timer = QTimer(self)
        self._display_timer.setSingleShot(True)
        self._display_timer.setInterval(0)  # a burst of scans updates the display once
        self._display_timer.timeout.connect(self._send_to_display)
        self._bind_keys()
        for source in scan_sources(ui.hardware):
            self.connect_scanner(source)
        self._refresh_customer()
        self._refresh_totals()
        if self.till.lines:
            self._localize_cart()

    # -- layout ------------------------------------------------------------------------
    def _button(self, text: str, name: str, handler: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumHeight(MIN_HEIGHT)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # clicking keeps the keyboard where it is
        button.clicked.connect(lambda _=False: handler())
        return button

    def _build(self) -> None:
        self.search = SearchPanel(self.ui, self)
        self.search.chosen.connect(self.add_product)
        self.search.not_found.connect(
            lambda text: self.feedback.error(self.tr("No product matches “{}”.").format(text))
        )
        self.sync = SyncIndicator(self.ui, self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.sync, 0, Qt.AlignmentFlag.AlignTop)

        self.table = QTableView()
        self.table.setObjectName("sellCart")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed row height and column modes: ResizeToContents would measure every row on
        # every scan. The height fits Sinhala and Tamil, whose glyphs stand taller than Latin.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(int(self.table.fontMetrics().height() * 2.2))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        digit = self.table.fontMetrics().horizontalAdvance("0")
        for col, chars in ((COL_NO, 4), (2, 11), (3, 12), (4, 16), (5, 13)):
            header.resizeSection(col, digit * chars)
        self.scan_message = TransientMessage(self)
        self.scan_message.setStyleSheet("color: #b00020; font-weight: bold;")

        self.quantity = QLineEdit()
        self.quantity.setObjectName("sellQuantity")
        self.quantity.setPlaceholderText(self.tr("Quantity / weight (F7)"))
        self.discount = QLineEdit()
        self.discount.setObjectName("sellDiscount")
        self.discount.setPlaceholderText(self.tr("Discount: 10% or 150.00 (F8)"))
        self.coupon = QLineEdit()
        self.coupon.setObjectName("sellCoupon")
        self.coupon.setPlaceholderText(self.tr("Coupon code (Shift+F8)"))
        for field in (self.quantity, self.discount, self.coupon):
            field.setMinimumHeight(MIN_HEIGHT)
            field.setMaxLength(40)
        self.coupon.returnPressed.connect(self.apply_coupon)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.quantity)
        edit_row.addWidget(self.discount)
        edit_row.addWidget(self.coupon)
        self.coupon_clear = self._button(
            self.tr("Remove coupon"), "sellCouponClear", self.clear_coupon
        )
        self.coupon_clear.hide()
        edit_row.addWidget(self.coupon_clear)

        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        left.addWidget(self.scan_message)
        left.addLayout(edit_row)

        self.customer_label = QLabel()
        self.customer_label.setObjectName("sellCustomer")
        self.customer_label.setWordWrap(True)
        self.customer_label.setMinimumHeight(MIN_HEIGHT)
        customer_row = QHBoxLayout()
        customer_row.addWidget(
            self._button(self.tr("Customer (F4)"), "sellCustomerButton", self.choose_customer)
        )
        self.detach_button = self._button(self.tr("Detach"), "sellCustomerDetach", self.detach)
        customer_row.addWidget(self.detach_button)
        self.totals = TotalsPanel(self)
        self.quick_keys = QuickKeys(self)
        self.quick_keys.chosen.connect(self.add_product)
        self.quick_keys.hide()

        actions = QVBoxLayout()
        grid: list[list[tuple[str, str, Callable[[], object]]]] = [
            [
                (self.tr("Remove line (Del)"), "sellRemoveLine", self._remove_selected),
                (self.tr("Void sale (Shift+F12)"), "sellVoidSale", self.void_sale),
            ],
            [
                (self.tr("Hold (F5)"), "sellHold", self.hold),
                (self.tr("Recall (F6)"), "sellRecall", self.show_held_tickets),
            ],
            [
                (self.tr("Reprint last (F11)"), "sellReprint", self.reprint_last),
                (self.tr("Help (F1)"), "sellHelp", lambda: show_shortcuts(self)),
            ],
        ]
        for row in grid:
            line = QHBoxLayout()
            for text, name, handler in row:
                line.addWidget(self._button(text, name, handler))
            actions.addLayout(line)
        self.pay_button = self._button(self.tr("PAY (F12)"), "sellPay", self.pay)
        self.pay_button.setMinimumHeight(72)
        self.pay_button.setStyleSheet(
            "QPushButton { background: #1b5e20; color: white; font-size: 18pt; "
            "font-weight: bold; border-radius: 4px; } QPushButton:disabled { background: #9e9e9e; }"
        )

        right = QVBoxLayout()
        right.addWidget(self.customer_label)
        right.addLayout(customer_row)
        right.addWidget(self.totals)
        right.addWidget(self.quick_keys)
        right.addStretch(1)
        right.addLayout(actions)
        right.addWidget(self.pay_button)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def _bind_keys(self) -> None:
        bindings: list[tuple[str, Callable[[], object]]] = [
            ("sell.search", self.search.focus),
            ("sell.customer", self.choose_customer),
            ("sell.hold", self.hold),
            ("sell.quantity", self.lines.focus_quantity),
            ("sell.discount", self.lines.focus_discount),
            ("sell.coupon", self.focus_coupon),
            ("sell.void_line", self._remove_selected),
            ("sell.void", self.void_sale),
            ("sell.pay", self.pay),
        ]
        self.shortcuts: dict[str, QShortcut] = {}
        for shortcut_id, handler in bindings:
            shortcut = QShortcut(QKeySequence(key_for(shortcut_id)), self)
            # Only while this screen is shown in the active window; dialogs have their own keys.
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda h=handler: h())
            self.shortcuts[shortcut_id] = shortcut

    # -- screen hooks --------------------------------------------------------------------
    def on_shown(self) -> None:
        for source in scan_sources(self.ui.hardware):  # scanners started after this screen
            self.connect_scanner(source)
        self._load_settings()
        self.sync.refresh()
        self.search.focus()

    def on_changed(self, changes: Changes) -> None:
        self.sync.on_changed(changes)
        if changes.touches("settings") or changes.touches("products"):
            self._load_settings()

    def _localize_cart(self) -> None:
        """A sale carried over a language switch: its product names in the new language."""
        ctx, language = self.ui.ctx, current_language()
        ids = [line.product_id for line in self.till.lines]

        def names() -> dict[str, str]:
            with ctx.db.read() as s:
                return translated_names(s, ctx, language, ids)

        def show(found: dict[str, str]) -> None:
            self.till.display_names = {
                (ln.product_id, ln.variant_id): found[ln.product_id]
                for ln in self.till.lines
                if ln.variant_id is None and ln.product_id in found
            }
            self.model.reload()
            self._display_timer.start()

        self.ui.run(names, show, self.warn, lane=READ)

    def carry_over(self) -> TillSession:
        """What a rebuild of this screen (a language switch) must keep: the sale."""
        return self.till

    def _load_settings(self) -> None:
        ctx, language = self.ui.ctx, current_language()
        self.ui.run(
            lambda: load_settings(ctx, language=language),
            self._settings_loaded,
            self.warn,
            lane=READ,
        )

    def _settings_loaded(self, settings: TillSettings) -> None:
        self.settings = settings
        self.till.configure(settings)
        self.quick_keys.set_products(settings.quick_keys)

    # -- scans ---------------------------------------------------------------------------
    def connect_scanner(self, source: QObject) -> None:
        """Route a scanner's ``scanned(code)`` here (the wedge filter, a serial or camera
        scanner). Scans while another screen is shown are left to that screen."""
        if source in self._scan_sources:
            return
        source.scanned.connect(self._scanned)  # type: ignore[attr-defined]
        self._scan_sources.append(source)

    def _scanned(self, code: str) -> None:
        if self.isVisible():
            self.scan(code)

    def scan(self, code: str) -> None:
        """Resolve ``code`` off the UI thread and apply it to the sale."""
        ctx, language = self.ui.ctx, current_language()
        config = self.settings.barcode_config if self.settings else None
        self.ui.run(
            lambda: resolve(ctx, code, config, language=language),
            self._scan_resolved,
            self.warn,
            lane=READ,
        )

    def _scan_resolved(self, resolved: ResolvedScan) -> None:
        outcome = self.till.apply_scan(resolved)
        if outcome.kind == "line" and outcome.change is not None:
            self.cart_changed(outcome.change)
            if outcome.needs_weight:
                self.lines.ask_weight(outcome.change.line.name)
        elif outcome.kind == "customer":
            if self.customer_dialog is not None:
                self.customer_dialog.accept()
            self._refresh_customer()
            self._refresh_totals()
        elif outcome.kind == "return" and outcome.receipt_number:
            self.open_return(outcome.receipt_number)
        else:
            self.feedback.error(outcome.message or self.tr("Scan not recognised."))

    def open_return(self, receipt_number: str) -> None:
        if self.shell is None or not self.shell.has_screen(RETURNS_SCREEN):
            self.feedback.error(self.tr("Returns are not available on this till."))
            return
        screen = self.shell.show_screen(RETURNS_SCREEN)
        opener = getattr(screen, "open_sale", None)
        if callable(opener):
            opener(receipt_number)

    # -- products ------------------------------------------------------------------------
    def add_product(self, hit: Any) -> None:
        """A product chosen from the search or a quick key: one unit, or the quantity typed
        in the quantity field first ("3" then the product); a weighed one asks its weight."""
        # The field holds a line's quantity after F7: that is an edit, not this product's.
        typed = "" if self.lines.editing_line else self.quantity.text().strip()
        try:
            change = self.till.add_hit(hit, typed or 1)
        except DomainError as exc:
            self.feedback.error(exc.message)
            return
        if typed:
            self.quantity.clear()
        self.cart_changed(change)
        if hit.is_weighed and not typed:
            self.lines.ask_weight(hit.name)

    def cart_changed(self, change: LineChange) -> None:
        """Show one TillSession change: the model row, the selection, the totals."""
        self.model.apply(change)
        if change.kind != "removed":
            self.select_row(change.row)
        elif self.model.rowCount():
            self.select_row(min(change.row, self.model.rowCount() - 1))
        self._refresh_totals()

    def cart_replaced(self) -> None:
        self.model.reload()
        if self.model.rowCount():
            self.select_row(self.model.rowCount() - 1)
        self._refresh_customer()
        self._refresh_totals()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def selected_line_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        if index.isValid():
            return self.model.line_id_at(index.row())
        return self.model.line_id_at(self.model.rowCount() - 1)

    def _remove_selected(self) -> None:
        self.lines.remove_selected()

    # -- totals, customer, display ---------------------------------------------------------
    def _refresh_totals(self) -> None:
        totals = self.till.totals()
        code = self.till.coupon.code if self.till.coupon else None
        self.totals.show_totals(totals, code)
        self.coupon_clear.setVisible(self.till.coupon is not None)
        if self.till.loyalty is not None:
            self._refresh_customer(self.till.redeemable_points(totals))
        self.pay_button.setEnabled(not self.till.is_empty)
        self._display_timer.start()

    def _send_to_display(self) -> None:
        totals = self.till.totals()
        lines = [
            DisplayLine(self.till.display_name(line), quantity_text(line), lt.total)
            for line, lt in zip(self.till.lines, totals.lines, strict=True)
        ]
        self.customer_cart.emit(lines, totals.grand_total)

    def _refresh_customer(self, redeemable: int | None = None) -> None:
        customer = self.till.customer
        self.detach_button.setVisible(customer is not None)
        if customer is None:
            self.customer_label.setText(self.tr("No customer (F4 or scan a loyalty card)"))
            return
        parts = [customer.name]
        if customer.phone:
            parts.append(customer.phone)
        loyalty = self.till.loyalty
        if loyalty is not None:
            value = money_text(loyalty.balance_value)
            parts.append(
                self.tr("{points} points ({value})").format(points=loyalty.balance, value=value)
            )
            if redeemable is None:
                redeemable = self.till.redeemable_points()
            parts.append(self.tr("redeemable now: {}").format(redeemable))
        self.customer_label.setText("   ·   ".join(parts))

    def choose_customer(self) -> None:
        dialog = CustomerDialog(self.ui, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.chosen.connect(self.attach)
        dialog.finished.connect(lambda _r: self._customer_dialog_closed(dialog))
        self.customer_dialog = dialog
        dialog.open()

    def _customer_dialog_closed(self, dialog: CustomerDialog) -> None:
        if self.customer_dialog is dialog:
            self.customer_dialog = None
        dialog.deleteLater()

    def attach(self, customer: CustomerView, loyalty: LoyaltyInfo | None = None) -> None:
        try:
            self.till.attach_customer(customer, loyalty)
        except DomainError as exc:
            self.feedback.error(exc.message)
            return
        self._refresh_customer()
        self._refresh_totals()
        if loyalty is None:
            ctx, customer_id = self.ui.ctx, customer.id
            self.ui.run(
                lambda: load_loyalty(ctx, customer_id), self._loyalty_loaded, self.warn, lane=READ
            )

    def _loyalty_loaded(self, loyalty: LoyaltyInfo | None) -> None:
        self.till.set_loyalty(loyalty)
        self._refresh_customer()

    def detach(self) -> None:
        try:
            self.till.detach_customer()
        except DomainError as exc:
            self.feedback.error(exc.message)
            return
        self._refresh_customer()
        self._refresh_totals()

    # -- coupon --------------------------------------------------------------------------
    def focus_coupon(self) -> None:
        self.coupon.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.coupon.selectAll()

    def apply_coupon(self, then: Callable[[], None] | None = None, code: str | None = None) -> None:
        """Ask the coupon rules about the typed code (or the applied one again, ``code``)."""
        code = (code or self.coupon.text()).strip()
        if not code:
            return
        base, customer_id = self.till.coupon_request()
        ctx = self.ui.ctx

        def applied(quote: CouponQuote) -> None:
            try:
                self.till.set_coupon(quote)
            except DomainError as exc:
                self.feedback.error(exc.message)
                return
            self.coupon.clear()
            self._refresh_totals()
            if then is not None:
                then()

        def refused(error: BaseException) -> None:
            if (
                self.till.coupon is not None
                and self.till.coupon.code == code
                and not self.till.paying
            ):
                self.till.clear_coupon()  # it no longer applies: never charge a stale discount
                self._refresh_totals()
            self.feedback.error(getattr(error, "message", None) or str(error))

        self.ui.run(lambda: quote_coupon(ctx, code, base, customer_id), applied, refused, lane=READ)

    def clear_coupon(self) -> None:
        try:
            self.till.clear_coupon()
        except DomainError as exc:
            self.feedback.error(exc.message)
            return
        self._refresh_totals()

    # -- whole-sale actions (ui/sale_flows.py) ---------------------------------------------
    @property
    def payment(self) -> PaymentDialog | None:
        """The payment dialog while it is open."""
        return self.flows.payment

    def hold(self) -> None:
        self.flows.hold()

    def show_held_tickets(self) -> HeldDialog:
        """The held tickets of this till (the shell's F6 calls this too)."""
        return self.flows.show_held_tickets()

    def recall(self, ticket_id: str) -> None:
        self.flows.recall(ticket_id)

    def void_sale(self) -> None:
        self.flows.void_sale()

    def reprint_last(self) -> None:
        self.flows.reprint_last()

    def pay(self) -> None:
        self.flows.pay()

    def warn(self, error: BaseException) -> None:
        self.feedback.error(getattr(error, "message", None) or str(error))

    def scan_sources_connected(self) -> Iterable[QObject]:
        return tuple(self._scan_sources)
