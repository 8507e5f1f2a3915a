"""Suppliers: a searchable list (a page at a time as it scrolls), new/edit in a dialog,
deactivate and reactivate. Permission MANAGE_PURCHASING (the services enforce it)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_desktop.services import suppliers
from pos_desktop.services.context import Changes
from pos_desktop.services.suppliers import SupplierResult, SupplierView
from pos_desktop.ui.backoffice.purchasing_common import button
from pos_desktop.ui.backoffice.supplier_dialog import SupplierDialog
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    append_row,
    debounced,
    error_text,
    make_table,
    page_title,
    selected_id,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell

PAGE = 100


class SuppliersPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.rows: dict[str, SupplierView] = {}
        self.next_after: tuple[str, str] | None = None
        self.generation = 0
        self.loading = False
        self.dialog: SupplierDialog | None = None
        self.search = QLineEdit()
        self.search.setObjectName("suppliersSearch")
        self.search.setPlaceholderText(self.tr("Search by name, contact, phone or e-mail"))
        self.search.setMinimumHeight(MIN_HEIGHT)
        self.search.setClearButtonEnabled(True)
        self.debounce = debounced(self, self.search.textChanged, self.reload)
        self.inactive = QCheckBox(self.tr("Show deactivated"))
        self.inactive.setObjectName("suppliersShowInactive")
        self.inactive.toggled.connect(lambda _on: self.reload())
        self.table = make_table(
            "suppliersTable",
            [
                self.tr("Name"),
                self.tr("Contact"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Payment terms"),
                self.tr("Status"),
            ],
            stretch=0,
        )
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.new_button = button(self.tr("New supplier…"), "suppliersNew", self.new_supplier)
        self.edit_button = button(self.tr("Edit…"), "suppliersEdit", self.edit_selected)
        self.active_button = button(self.tr("Deactivate"), "suppliersActive", self.toggle_active)
        self.count = QLabel()
        self.count.setObjectName("suppliersCount")
        self.status = QLabel()
        self.status.setObjectName("suppliersStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.inactive)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.active_button)
        actions.addStretch(1)
        actions.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Suppliers")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)

    # -- loading ----------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.touches("suppliers"):
            self.reload()

    def reload(self) -> None:
        self.generation += 1
        self.next_after = None
        self.rows.clear()
        self.table.setRowCount(0)
        self._fetch()

    def _scrolled(self, value: int) -> None:
        if value >= self.table.verticalScrollBar().maximum() - 2 and self.next_after:
            self._fetch()

    def _fetch(self) -> None:
        if self.loading and self.next_after is not None:
            return
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        text, after, generation = self.search.text(), self.next_after, self.generation
        everything = self.inactive.isChecked()
        self.loading = True
        self.ui.run(
            lambda: suppliers.list_suppliers(
                ctx, actor, text, include_inactive=everything, after=after, limit=PAGE
            ),
            lambda rows: self._loaded(rows, generation),
            self._failed,
            lane=READ,
        )

    def _loaded(self, rows: list[SupplierView], generation: int) -> None:
        if generation != self.generation:
            return
        self.loading = False
        for s in rows:
            self.rows[s.id] = s
            append_row(
                self.table,
                s.id,
                [
                    s.name,
                    s.contact_person or "",
                    suppliers.phone_display(s.phone),
                    s.email or "",
                    s.payment_terms or "",
                    self.tr("Active") if s.is_active else self.tr("Deactivated"),
                ],
            )
        self.next_after = (rows[-1].name, rows[-1].id) if len(rows) == PAGE else None
        self.count.setText(self.tr("%n supplier(s)", "", self.table.rowCount()))
        self._selection_changed()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.status.setText(error_text(error))

    # -- actions ----------------------------------------------------------------------------
    def current(self) -> SupplierView | None:
        sid = selected_id(self.table)
        return self.rows.get(sid) if sid else None

    def _selection_changed(self) -> None:
        s = self.current()
        self.edit_button.setEnabled(s is not None)
        self.active_button.setEnabled(s is not None)
        self.active_button.setText(
            self.tr("Reactivate") if s is not None and not s.is_active else self.tr("Deactivate")
        )

    def new_supplier(self) -> SupplierDialog:
        return self._open(None)

    def edit_selected(self) -> SupplierDialog | None:
        s = self.current()
        if s is None:
            self.status.setText(self.tr("Select a supplier first."))
            return None
        return self._open(s)

    def _open(self, supplier: SupplierView | None) -> SupplierDialog:
        self.dialog = SupplierDialog(self.ui, supplier, self)
        self.dialog.open()
        return self.dialog

    def toggle_active(self) -> None:
        s = self.current()
        if s is None:
            return
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(
            lambda: suppliers.set_supplier_active(ctx, actor, s.id, not s.is_active),
            self._toggled,
            self._failed,
        )

    def _toggled(self, result: SupplierResult) -> None:
        s = result.supplier
        self.status.setText(
            self.tr("{} is active again.").format(s.name)
            if s.is_active
            else self.tr("{} is deactivated; its orders are kept.").format(s.name)
        )
