"""Settings > Payment methods: names, on/off, opens-the-drawer, and the order of the payment
dialog's buttons (services/payment_settings.py; cash stays on)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from pos_desktop.services.context import Changes
from pos_desktop.services.payment_settings import (
    PaymentMethodEdit,
    PaymentMethodRow,
    list_payment_methods,
    reorder_payment_methods,
    update_payment_method,
)
from pos_desktop.ui.backoffice.admin_common import show_error, show_ok
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    button,
    fill_table,
    make_table,
    named,
    select_id,
    selected_id,
    status_label,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.tasks import DB


class PaymentMethodsPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.methods: list[PaymentMethodRow] = []
        self.table = make_table(
            "paymentsTable",
            [
                self.tr("Name"),
                self.tr("Code"),
                self.tr("On"),
                self.tr("Opens drawer"),
                self.tr("Needs reference"),
            ],
        )
        self.table.itemSelectionChanged.connect(self._edit_selected)
        self.name = named(QLineEdit(), "paymentName")
        self.name.setMinimumHeight(MIN_HEIGHT)
        self.active = named(QCheckBox(self.tr("Accepted")), "paymentActive")
        self.drawer = named(QCheckBox(self.tr("Opens the cash drawer")), "paymentDrawer")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.active)
        form.addRow("", self.drawer)
        self.save_button = button(self.tr("Save"), "paymentSave", self.save)
        self.up_button = button(self.tr("Move up"), "paymentUp", lambda: self.move_method(-1))
        self.down_button = button(self.tr("Move down"), "paymentDown", lambda: self.move_method(1))
        self.status = status_label("paymentStatus")
        row = QHBoxLayout()
        for widget in (self.save_button, self.up_button, self.down_button):
            row.addWidget(widget)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)

    def on_shown(self) -> None:
        self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("payment_methods"):
            self.refresh()

    def refresh(self) -> None:
        ctx = self.ui.ctx

        def load() -> list[PaymentMethodRow]:
            with ctx.db.read() as s:
                return list_payment_methods(s, ctx)

        self.ui.run(load, self._show, lane=READ)

    def _show(self, methods: list[PaymentMethodRow]) -> None:
        self.methods = methods
        yes, no = self.tr("Yes"), self.tr("No")
        fill_table(
            self.table,
            [
                (
                    m.id,
                    [
                        m.name,
                        m.code,
                        yes if m.is_active else no,
                        yes if m.opens_drawer else no,
                        yes if m.requires_reference else no,
                    ],
                )
                for m in methods
            ],
            selection="keep",
        )

    def selected(self) -> PaymentMethodRow | None:
        method_id = selected_id(self.table)
        return next((m for m in self.methods if m.id == method_id), None)

    def _edit_selected(self) -> None:
        method = self.selected()
        if method is None:
            return
        self.name.setText(method.name)
        self.active.setChecked(method.is_active)
        self.drawer.setChecked(method.opens_drawer)

    def save(self) -> None:
        method = self.selected()
        if method is None:
            show_ok(self.status, self.tr("Choose a payment method first."))
            return
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        edit = PaymentMethodEdit(self.name.text(), self.active.isChecked(), self.drawer.isChecked())
        self.ui.run(
            lambda: update_payment_method(ctx, actor, method.id, edit),
            lambda _r: show_ok(self.status, self.tr("Saved.")),
            lambda e: show_error(self.status, e),
            lane=DB,
        )

    def move_method(self, step: int) -> None:
        method = self.selected()
        if method is None:
            return
        ids = [m.id for m in self.methods]
        i = ids.index(method.id)
        j = i + step
        if not 0 <= j < len(ids):
            return
        ids[i], ids[j] = ids[j], ids[i]
        ctx, actor = self.ui.ctx, self.ui.require_actor()

        def moved(_r: object) -> None:
            show_ok(self.status, self.tr("Order saved."))
            select_id(self.table, method.id)

        self.ui.run(
            lambda: reorder_payment_methods(ctx, actor, ids),
            moved,
            lambda e: show_error(self.status, e),
            lane=DB,
        )
