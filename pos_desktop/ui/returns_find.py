"""Finding the sale to return against: by receipt number (typed or scanned), or a customer's
sales and/or a day's sales. Emits ``sale_chosen(receipt number or sale id)``."""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.core.money import Money, format_amount
from pos_desktop.core.receipt_number import is_receipt_number
from pos_desktop.services.customers import CustomerView, search_customers
from pos_desktop.services.sale_lookup import SaleSummary, find_sales
from pos_desktop.ui.context import UiContext

BUTTON_HEIGHT = 48
READ = "read"
TYPING_PAUSE_MS = 200


class SaleFinder(QWidget):
    sale_chosen = Signal(str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.customer: CustomerView | None = None
        self._search_seq = 0
        self.results: list[SaleSummary] = []
        self.zone: tzinfo | None = None  # the shop's time zone, set by the returns screen

        self.receipt = QLineEdit()
        self.receipt.setObjectName("returnReceipt")
        self.receipt.setPlaceholderText(self.tr("scan or type the receipt number"))
        self.receipt.setMinimumHeight(BUTTON_HEIGHT)
        self.receipt.returnPressed.connect(self._open_typed)
        open_button = QPushButton(self.tr("Open"))
        open_button.setObjectName("returnOpen")
        open_button.setMinimumHeight(BUTTON_HEIGHT)
        open_button.clicked.connect(self._open_typed)
        receipt_row = QHBoxLayout()
        receipt_row.addWidget(self.receipt, 1)
        receipt_row.addWidget(open_button)
        receipt_box = QGroupBox(self.tr("Receipt"))
        QVBoxLayout(receipt_box).addLayout(receipt_row)

        self.customer_search = QLineEdit()
        self.customer_search.setObjectName("returnCustomerSearch")
        self.customer_search.setPlaceholderText(self.tr("customer name, phone or card"))
        self.customer_search.setMinimumHeight(BUTTON_HEIGHT)
        self.customer_search.textEdited.connect(self._customer_typed)
        self.customers = QListWidget()
        self.customers.setObjectName("returnCustomers")
        self.customers.setMaximumHeight(150)
        self.customers.currentItemChanged.connect(self._customer_chosen)
        self.customer_label = QLabel(self.tr("Any customer"))
        self.customer_label.setObjectName("returnCustomerChosen")
        self.use_day = QCheckBox(self.tr("Sold on"))
        self.use_day.setObjectName("returnUseDay")
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("returnDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMinimumHeight(BUTTON_HEIGHT)
        self.day.dateChanged.connect(lambda _d: self.use_day.setChecked(True))
        day_row = QHBoxLayout()
        day_row.addWidget(self.use_day)
        day_row.addWidget(self.day, 1)
        find = QPushButton(self.tr("Find sales"))
        find.setObjectName("returnFindSales")
        find.setMinimumHeight(BUTTON_HEIGHT)
        find.clicked.connect(self.find_sales)
        self.search_error = QLabel()
        self.search_error.setObjectName("returnSearchError")
        self.search_error.setWordWrap(True)
        search_box = QGroupBox(self.tr("No receipt? Find the sale"))
        search = QVBoxLayout(search_box)
        search.addWidget(self.customer_search)
        search.addWidget(self.customers)
        search.addWidget(self.customer_label)
        search.addLayout(day_row)
        search.addWidget(find)
        search.addWidget(self.search_error)

        self.sales = QTableWidget(0, 3)
        self.sales.setObjectName("returnSales")
        self.sales.setHorizontalHeaderLabels(
            [self.tr("Receipt"), self.tr("When / customer"), self.tr("Total")]
        )
        self.sales.verticalHeader().hide()
        self.sales.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sales.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sales.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.sales.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.sales.cellActivated.connect(self._sale_activated)
        self.sales.cellDoubleClicked.connect(self._sale_activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(receipt_box)
        layout.addWidget(search_box)
        layout.addWidget(self.sales, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._search_customers)

    # -- receipt -----------------------------------------------------------------------------
    def focus_receipt(self) -> None:
        self.receipt.setFocus()
        self.receipt.selectAll()

    def set_receipt_text(self, text: str) -> None:
        """Show the receipt number being opened (a sale id chosen from a list is not shown)."""
        if is_receipt_number(text.strip()):
            self.receipt.setText(text.strip())

    def _open_typed(self) -> None:
        text = self.receipt.text().strip()
        if text:
            self.sale_chosen.emit(text)

    # -- customer ----------------------------------------------------------------------------
    def _customer_typed(self, text: str) -> None:
        if not text.strip():
            self.customers.clear()
            self._set_customer(None)
            return
        self._timer.start()

    def _search_customers(self) -> None:
        text = self.customer_search.text()
        self._search_seq += 1
        seq = self._search_seq
        db = self.ui.ctx.db

        def search() -> list[CustomerView]:
            with db.read() as s:
                return search_customers(s, text, limit=20)

        def show(found: list[CustomerView]) -> None:
            if seq != self._search_seq:  # an older search answering late
                return
            self.customers.blockSignals(True)
            self.customers.clear()
            for customer in found:
                item = QListWidgetItem(f"{customer.name} · {customer.phone or ''}".strip(" ·"))
                item.setData(Qt.ItemDataRole.UserRole, customer)
                self.customers.addItem(item)
            self.customers.blockSignals(False)

        self.ui.run(search, show, lane=READ)

    def search_customers_now(self) -> None:
        """Run the customer search without waiting for the typing pause (tests, Enter)."""
        self._timer.stop()
        self._search_customers()

    def _customer_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._set_customer(item.data(Qt.ItemDataRole.UserRole))

    def _set_customer(self, customer: CustomerView | None) -> None:
        self.customer = customer
        self.customer_label.setText(
            self.tr("Customer: {}").format(customer.name) if customer else self.tr("Any customer")
        )

    # -- finding sales -----------------------------------------------------------------------
    def find_sales(self) -> None:
        ctx = self.ui.ctx
        customer_id = self.customer.id if self.customer else None
        qd = self.day.date()
        day = date(qd.year(), qd.month(), qd.day()) if self.use_day.isChecked() else None
        self.search_error.clear()

        def load() -> list[SaleSummary]:
            with ctx.db.read() as s:
                return find_sales(s, ctx, customer_id=customer_id, day=day)

        def failed(error: BaseException) -> None:
            message = error.message if isinstance(error, DomainError) else str(error)
            self.search_error.setText(message)

        self.ui.run(load, self._show_sales, failed, lane=READ)

    def _show_sales(self, sales: list[SaleSummary]) -> None:
        self.results = sales
        self.sales.setRowCount(len(sales))
        for row, sale in enumerate(sales):
            when = sale.created_at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")
            who = f"{when}\n{sale.customer_name}" if sale.customer_name else when
            total = QTableWidgetItem(
                f"{sale.currency} {format_amount(Money(sale.total_minor, sale.currency))}"
            )
            total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.sales.setItem(row, 0, QTableWidgetItem(sale.receipt_number))
            self.sales.setItem(row, 1, QTableWidgetItem(who))
            self.sales.setItem(row, 2, total)
        self.sales.resizeRowsToContents()
        if not sales:
            self.search_error.setText(self.tr("No sales found."))

    def _sale_activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.results):
            self.sale_chosen.emit(self.results[row].id)
