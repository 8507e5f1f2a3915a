"""Settings > Store profile: name, address, phone, VAT registration number, receipt header and
footer (services/store_profile.py checks and saves them; receipts print them)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import Changes
from pos_desktop.services.store_profile import (
    MAX_RECEIPT_LINES,
    StoreProfile,
    StoreProfileResult,
    get_store_profile,
    update_store_profile,
)
from pos_desktop.ui.backoffice.admin_common import show_error, show_ok
from pos_desktop.ui.backoffice.widgets import MIN_HEIGHT, READ, button, named, status_label
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.tasks import DB


def _text_box(name: str, lines: int) -> QPlainTextEdit:
    box = named(QPlainTextEdit(), name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box


class StoreProfilePage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.name = named(QLineEdit(), "storeName")
        self.address = _text_box("storeAddress", 3)
        self.phone = named(QLineEdit(), "storePhone")
        self.phone.setPlaceholderText("011 234 5678")
        self.vat = named(QLineEdit(), "storeVat")
        self.vat.setPlaceholderText("123456789-7000")
        self.header = _text_box("storeHeader", 3)
        self.footer = _text_box("storeFooter", 3)
        for field in (self.name, self.phone, self.vat):
            field.setMinimumHeight(MIN_HEIGHT)
        form = QFormLayout()
        form.addRow(self.tr("Store name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("VAT registration number"), self.vat)
        form.addRow(self.tr("Receipt header"), self.header)
        form.addRow(self.tr("Receipt footer"), self.footer)
        hint = QLabel(
            self.tr("Header and footer: up to {} lines each, printed on every receipt.").format(
                MAX_RECEIPT_LINES
            )
        )
        hint.setWordWrap(True)
        self.save_button = button(self.tr("Save"), "storeSave", self.save)
        self.status = status_label("storeStatus")
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addStretch(1)

    def on_shown(self) -> None:
        ctx = self.ui.ctx

        def load() -> StoreProfile:
            with ctx.db.read() as s:
                return get_store_profile(s, ctx)

        self.save_button.setEnabled(self.ui.can(Permission.MANAGE_SETTINGS))
        self.ui.run(load, self.show_profile, lane=READ)

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("stores") and not self.isVisible():
            self.on_shown()

    def show_profile(self, profile: StoreProfile) -> None:
        self.name.setText(profile.name)
        self.address.setPlainText(profile.address)
        self.phone.setText(profile.phone)
        self.vat.setText(profile.vat_registration_number)
        self.header.setPlainText(profile.receipt_header)
        self.footer.setPlainText(profile.receipt_footer)

    def profile(self) -> StoreProfile:
        return StoreProfile(
            self.name.text(),
            self.address.toPlainText(),
            self.phone.text(),
            self.vat.text(),
            self.header.toPlainText(),
            self.footer.toPlainText(),
        )

    def save(self) -> None:
        ctx, actor, profile = self.ui.ctx, self.ui.require_actor(), self.profile()
        self.ui.run(
            lambda: update_store_profile(ctx, actor, profile),
            self._saved,
            lambda e: show_error(self.status, e),
            lane=DB,
        )

    def _saved(self, result: StoreProfileResult) -> None:
        self.show_profile(result.profile)
        show_ok(self.status, self.tr("Saved. New receipts print these details."))
