"""Settings > Currencies: exchange rates by date against the store's currency (LKR by default).

Rates are typed as text and kept as exact Decimals (services/currency_rates.py refuses floats,
zero, negatives and absurd values); entering a date again corrects that day's rate.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.services.context import Changes
from pos_desktop.services.currency_rates import (
    COMMON_CURRENCIES,
    RateView,
    base_currency,
    delete_rate,
    list_rates,
    set_rate,
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


class CurrenciesPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.base = named(QLabel(), "currencyBase")
        self.table = make_table(
            "ratesTable", [self.tr("Date"), self.tr("Currency"), self.tr("Rate"), self.tr("Means")]
        )
        self.currency = named(QComboBox(), "rateCurrency")
        self.currency.setEditable(True)
        self.currency.addItems(list(COMMON_CURRENCIES))
        self.rate = named(QLineEdit(), "rateValue")
        self.rate.setPlaceholderText("300.25")
        self.day = named(QDateEdit(QDate.currentDate()), "rateDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        for field in (self.currency, self.rate, self.day):
            field.setMinimumHeight(MIN_HEIGHT)
        form = QFormLayout()
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Rate (store currency for 1 unit)"), self.rate)
        form.addRow(self.tr("Date"), self.day)
        self.save_button = button(self.tr("Save rate"), "rateSave", self.save)
        self.delete_button = button(self.tr("Delete selected"), "rateDelete", self.delete)
        self.status = status_label("rateStatus")
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.base)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        self._base = "LKR"

    def on_shown(self) -> None:
        self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("currency_exchange_rates"):
            self.refresh()

    def refresh(self) -> None:
        ctx = self.ui.ctx

        def load() -> tuple[str, list[RateView]]:
            with ctx.db.read() as s:
                return base_currency(s, ctx), list_rates(s, ctx)

        self.ui.run(load, self._show, lane=READ)

    def _show(self, loaded: tuple[str, list[RateView]]) -> None:
        base, rates = loaded
        self._base = base
        self.base.setText(self.tr("Store currency: {}").format(base))
        fill_table(
            self.table,
            [
                (
                    r.id,
                    [
                        r.rate_date.isoformat(),
                        r.currency,
                        f"{r.rate:f}",
                        f"1 {r.currency} = {r.rate:f} {r.base}",
                    ],
                )
                for r in rates
            ],
            selection="keep",
        )

    def save(self) -> None:
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        currency, rate = self.currency.currentText(), self.rate.text()
        qd = self.day.date()
        day = date(qd.year(), qd.month(), qd.day())
        self.ui.run(
            lambda: set_rate(ctx, actor, currency, rate, day),
            lambda r: show_ok(
                self.status,
                self.tr("Saved: 1 {} = {} {}").format(r.rate.currency, r.rate.rate, r.rate.base),
            ),
            lambda e: show_error(self.status, e),
            lane=DB,
        )

    def delete(self) -> None:
        rate_id = selected_id(self.table)
        if rate_id is None:
            return
        ctx, actor = self.ui.ctx, self.ui.require_actor()

        def run() -> Changes:
            return delete_rate(ctx, actor, rate_id)

        def done(changes: Changes) -> None:
            self.ui.changed.emit(changes)
            show_ok(self.status, self.tr("Rate deleted."))

        self.ui.run(run, done, lambda e: show_error(self.status, e), lane=DB)
