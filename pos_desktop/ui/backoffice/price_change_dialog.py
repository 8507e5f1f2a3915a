"""Schedule a price change: find the product (or one of its variants), type the new price, the
moment it starts (the store's local time) and an optional note."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import InvalidOperation

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from pos_desktop.core.money import Money
from pos_desktop.services import scheduled_prices as sp
from pos_desktop.services.loyalty_policy import store_today
from pos_desktop.ui.backoffice.formats import money
from pos_desktop.ui.backoffice.widgets import MIN_HEIGHT, READ, button, debounced, error_text
from pos_desktop.ui.context import UiContext

TARGET = Qt.ItemDataRole.UserRole


class PriceChangeDialog(QDialog):
    def __init__(self, ui: UiContext, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.ui = ui
        self.setObjectName("priceChangeDialog")
        self.setWindowTitle(self.tr("Schedule a price change"))
        self.target: sp.ScheduleTarget | None = None
        self.search = QLineEdit()
        self.search.setObjectName("scheduleSearch")
        self.search.setPlaceholderText(self.tr("Product name, SKU or barcode"))
        self.search.setMinimumHeight(MIN_HEIGHT)
        self.debounce = debounced(self, self.search.textChanged, self.find_products)
        self.results = QListWidget()
        self.results.setObjectName("scheduleResults")
        self.results.currentItemChanged.connect(self._chosen)
        self.chosen = QLabel(self.tr("No product chosen"))
        self.chosen.setObjectName("scheduleChosen")
        self.price = QLineEdit()
        self.price.setObjectName("schedulePrice")
        self.price.setMinimumHeight(MIN_HEIGHT)
        self.price.setPlaceholderText("0.00")
        self.when = QDateTimeEdit()
        self.when.setObjectName("scheduleWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setMinimumHeight(MIN_HEIGHT)
        # The time is the store's: start at the store's next midnight, read off the UI thread
        # (the computer's own date can already be tomorrow or still yesterday there).
        self._set_start(date.today())
        self._first_default = self.when.dateTime()
        ctx = ui.ctx
        ui.run(lambda: store_today(ctx), self._store_today, lane=READ)
        self.note = QLineEdit()
        self.note.setObjectName("scheduleNote")
        self.note.setMinimumHeight(MIN_HEIGHT)
        self.error = QLabel()
        self.error.setObjectName("scheduleError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.ok = button(self.tr("Schedule"), "scheduleOk", self.submit)
        self.ok.setDefault(True)
        cancel = button(self.tr("Cancel"), "scheduleCancel", self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Product"), self.chosen)
        form.addRow(self.tr("New price"), self.price)
        form.addRow(self.tr("From (store time)"), self.when)
        form.addRow(self.tr("Note"), self.note)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(cancel)
        actions.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        self.resize(560, 560)

    def find_products(self) -> None:
        text, ctx = self.search.text(), self.ui.ctx
        if not text.strip():
            self.results.clear()
            return
        self.ui.run(lambda: sp.find_schedule_targets(ctx, text), self._found, lane=READ)

    def _found(self, targets: list[sp.ScheduleTarget]) -> None:
        self.results.clear()
        for t in targets:
            indent = "    " if t.variant_id else ""
            item = QListWidgetItem(
                f"{indent}{t.name}  ·  {t.sku}  ·  {money(t.current_minor, t.currency)}"
            )
            item.setData(TARGET, t)
            self.results.addItem(item)
        if targets:
            self.results.setCurrentRow(0)

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        target = item.data(TARGET) if item is not None else None
        self.target = target if isinstance(target, sp.ScheduleTarget) else None
        if self.target is None:
            self.chosen.setText(self.tr("No product chosen"))
            return
        self.chosen.setText(
            self.tr("{name} (now {price})").format(
                name=self.target.name,
                price=money(self.target.current_minor, self.target.currency),
            )
        )

    def _store_today(self, today: date) -> None:
        if self.when.dateTime() == self._first_default:  # never over a time already typed
            self._set_start(today)

    def _set_start(self, today: date) -> None:
        tomorrow = today + timedelta(days=1)
        self.when.setDateTime(
            QDateTime(QDate(tomorrow.year, tomorrow.month, tomorrow.day), QTime(0, 0))
        )

    def submit(self) -> None:
        if self.target is None:
            self.error.setText(self.tr("Choose a product first."))
            return
        try:
            minor = Money.of(self.price.text().strip().replace(",", "") or "x").minor
        except (ValueError, InvalidOperation):
            self.error.setText(self.tr("Type the new price, e.g. 1250.00"))
            return
        moment = self.when.dateTime().toPython()
        assert isinstance(moment, datetime)
        when = moment.replace(tzinfo=None)  # the store's local time: the service converts it
        actor, ctx, target, note = self.ui.require_actor(), self.ui.ctx, self.target, self.note
        text = note.text()
        self.ok.setEnabled(False)
        self.ui.run(
            lambda: sp.schedule_price(
                ctx,
                actor,
                target.product_id,
                minor,
                when,
                variant_id=target.variant_id,
                note=text,
            ),
            lambda _result: self.accept(),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        self.error.setText(error_text(error))
