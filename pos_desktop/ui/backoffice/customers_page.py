"""Customers: a searchable list fetched a page at a time as it scrolls, a customer's file
(double-click or Open) and merging duplicates (select them, Merge)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_desktop.services import customer_admin
from pos_desktop.services.context import Changes
from pos_desktop.ui.backoffice.customer_dialog import CustomerDialog
from pos_desktop.ui.backoffice.loyalty_common import label
from pos_desktop.ui.backoffice.merge_dialog import MergeCustomersDialog
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    ROW_ID,
    button,
    debounced,
    error_text,
    fill_table,
    make_table,
    selected_ids,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import money_text
from pos_desktop.ui.shell import Shell

WATCHED = frozenset({"customers", "customer_loyalty", "loyalty_transactions"})


class CustomersPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.next_after: tuple[str, str] | None = None
        self.loading = False
        self.generation = 0  # a newer search makes older pages stale
        self.dialog: CustomerDialog | None = None
        self.merge_dialog: MergeCustomersDialog | None = None
        self.search = QLineEdit()
        self.search.setObjectName("customersSearch")
        self.search.setPlaceholderText(self.tr("Search by name, phone, card or e-mail"))
        self.search.setMinimumHeight(MIN_HEIGHT)
        self.search.setClearButtonEnabled(True)
        self.debounce = debounced(self, self.search.textChanged, self.reload)
        self.search.returnPressed.connect(self.reload)
        self.table = make_table(
            "customersTable",
            [
                self.tr("Name"),
                self.tr("Phone"),
                self.tr("Card"),
                self.tr("Tier"),
                self.tr("Points"),
                self.tr("Total spent"),
                self.tr("Status"),
            ],
            multi=True,
        )
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.count = QLabel()
        self.count.setObjectName("customersCount")
        self.open_button = button(self.tr("Open"), "customersOpen", self.open_selected)
        self.merge_button = button(
            self.tr("Merge selected…"), "customersMerge", self.merge_selected
        )
        self.more_button = button(self.tr("Load more"), "customersMore", self.load_more)
        self.status = QLabel()
        self.status.setObjectName("customersStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.merge_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Customers"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)

    # -- loading ----------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.entities & WATCHED:
            self.reload()

    def reload(self) -> None:
        self.generation += 1
        self.next_after = None
        self.table.setRowCount(0)
        self._fetch()

    def load_more(self) -> None:
        if self.next_after is not None and not self.loading:
            self._fetch()

    def _scrolled(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if value >= bar.maximum() - 2:
            self.load_more()

    def _fetch(self) -> None:
        ctx, text, after, generation = (
            self.ui.ctx,
            self.search.text(),
            self.next_after,
            self.generation,
        )
        self.loading = True
        self.ui.run(
            lambda: customer_admin.load_customer_page(ctx, text, after),
            lambda page: self._loaded(page, generation),
            self._failed,
            lane=READ,
        )

    def _loaded(self, page: customer_admin.CustomerPage, generation: int) -> None:
        if generation != self.generation:
            return  # an older search answered late
        self.loading = False
        fill_table(
            self.table,
            [
                (
                    r.id,
                    [
                        r.name,
                        r.phone or "",
                        r.card or "",
                        label(r.tier),
                        f"{r.points:,}",
                        money_text(r.total_spent),
                        label(r.status),
                    ],
                )
                for r in page.rows
            ],
            append=True,
            right=(4, 5),
        )
        self.next_after = page.next_after
        self.more_button.setEnabled(page.next_after is not None)
        shown = self.table.rowCount()
        self.count.setText(
            self.tr("%n customer(s) shown", "", shown)
            + ("" if page.next_after is None else self.tr(" (scroll for more)"))
        )

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.status.setText(error_text(error))

    # -- actions ----------------------------------------------------------------------------
    def open_selected(self) -> CustomerDialog | None:
        ids = selected_ids(self.table)
        if not ids:
            self.status.setText(self.tr("Select a customer first."))
            return None
        return self.open_customer(ids[0])

    def open_customer(self, customer_id: str) -> CustomerDialog:
        self.dialog = CustomerDialog(self.ui, customer_id, self)
        self.dialog.open()
        return self.dialog

    def merge_selected(self) -> MergeCustomersDialog | None:
        ids = selected_ids(self.table)
        if len(ids) < 2:
            self.status.setText(
                self.tr("Select two or more customers (Ctrl+click) who are the same person.")
            )
            return None
        names: dict[str, tuple[str, str]] = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ROW_ID) in ids:
                phone = self.table.item(row, 1)
                names[item.data(ROW_ID)] = (item.text(), phone.text() if phone else "")
        self.merge_dialog = MergeCustomersDialog(
            self.ui, [(i, *names.get(i, (i, ""))) for i in ids], self
        )
        self.merge_dialog.open()
        return self.merge_dialog
