"""Settings > Taxes: tax classes (code, name, rate in percent, exempt, active) and whether shelf
prices include tax. services/tax_settings.py validates and saves."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from pos_desktop.services.context import Changes
from pos_desktop.services.tax_settings import (
    TaxClassInput,
    TaxClassRow,
    list_tax_settings,
    save_tax_class,
    set_tax_inclusive,
)
from pos_desktop.ui.backoffice.admin_common import show_error, show_ok
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    button,
    fill_table,
    make_table,
    named,
    selected_id,
    status_label,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.tasks import DB


def percent_text(rate: Decimal) -> str:
    value = rate * 100
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class TaxesPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.rows: dict[str, TaxClassRow] = {}
        self.inclusive = named(QCheckBox(self.tr("Shelf prices include tax")), "taxInclusive")
        self.inclusive.clicked.connect(self._inclusive_clicked)
        self.table = make_table(
            "taxTable",
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Rate %"),
                self.tr("Exempt"),
                self.tr("Active"),
                self.tr("Products"),
            ],
        )
        self.table.itemSelectionChanged.connect(self._edit_selected)
        self.code = named(QLineEdit(), "taxCode")
        self.name = named(QLineEdit(), "taxName")
        self.rate = named(QLineEdit(), "taxRate")
        self.rate.setPlaceholderText("18")
        self.exempt = named(QCheckBox(self.tr("Exempt (outside VAT)")), "taxExempt")
        self.active = named(QCheckBox(self.tr("Active")), "taxActive")
        self.active.setChecked(True)
        for field in (self.code, self.name, self.rate):
            field.setMinimumHeight(MIN_HEIGHT)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Rate (percent)"), self.rate)
        form.addRow("", self.exempt)
        form.addRow("", self.active)
        self.new_button = button(self.tr("New tax class"), "taxNew", self.new_class)
        self.save_button = button(self.tr("Save tax class"), "taxSave", self.save)
        self.status = status_label("taxStatus")
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.inclusive)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        self._editing: str | None = None

    def on_shown(self) -> None:
        self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("tax_classes"):
            self.refresh()

    def refresh(self) -> None:
        ctx = self.ui.ctx

        def load() -> tuple[bool, list[TaxClassRow]]:
            with ctx.db.read() as s:
                return list_tax_settings(s, ctx)

        self.ui.run(load, self._show, lane=READ)

    def _show(self, loaded: tuple[bool, list[TaxClassRow]]) -> None:
        inclusive, rows = loaded
        self.inclusive.setChecked(inclusive)
        self.rows = {r.id: r for r in rows}
        yes, no = self.tr("Yes"), self.tr("No")
        fill_table(
            self.table,
            [
                (
                    r.id,
                    [
                        r.code,
                        r.name,
                        percent_text(r.rate),
                        yes if r.is_exempt else no,
                        yes if r.is_active else no,
                        str(r.products),
                    ],
                )
                for r in rows
            ],
            selection="keep",
        )

    def _edit_selected(self) -> None:
        row = self.rows.get(selected_id(self.table) or "")
        if row is None:
            return
        self._editing = row.id
        self.code.setText(row.code)
        self.code.setReadOnly(True)  # sales carry the code: it never changes
        self.name.setText(row.name)
        self.rate.setText(percent_text(row.rate))
        self.exempt.setChecked(row.is_exempt)
        self.active.setChecked(row.is_active)

    def new_class(self) -> None:
        self._editing = None
        self.table.clearSelection()
        self.code.setReadOnly(False)
        for field in (self.code, self.name, self.rate):
            field.clear()
        self.exempt.setChecked(False)
        self.active.setChecked(True)
        self.code.setFocus()

    def spec(self) -> TaxClassInput:
        return TaxClassInput(
            self.code.text(),
            self.name.text(),
            self.rate.text(),
            self.exempt.isChecked(),
            self.active.isChecked(),
            self._editing,
        )

    def save(self) -> None:
        ctx, actor, spec = self.ui.ctx, self.ui.require_actor(), self.spec()
        self.ui.run(
            lambda: save_tax_class(ctx, actor, spec),
            lambda _r: show_ok(self.status, self.tr("Tax class saved.")),
            lambda e: show_error(self.status, e),
            lane=DB,
        )

    def _inclusive_refused(self, error: BaseException) -> None:
        show_error(self.status, error)
        self.refresh()

    def _inclusive_clicked(self, checked: bool) -> None:
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self.ui.run(
            lambda: set_tax_inclusive(ctx, actor, checked),
            lambda _r: show_ok(self.status, self.tr("Saved; applies to new sales.")),
            self._inclusive_refused,
            lane=DB,
        )
