"""Scheduled price changes: upcoming ones (soonest first) and past ones (in force, replaced,
cancelled), schedule a new one in a dialog, cancel an upcoming one. MANAGE_CATALOG."""

from __future__ import annotations

from typing import Final

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.services import scheduled_prices as sp
from pos_desktop.services.context import Changes
from pos_desktop.ui.backoffice.catalog_data_common import tr
from pos_desktop.ui.backoffice.formats import money
from pos_desktop.ui.backoffice.price_change_dialog import PriceChangeDialog
from pos_desktop.ui.backoffice.widgets import (
    MIN_HEIGHT,
    READ,
    append_row,
    button,
    debounced,
    error_text,
    make_table,
    page_title,
    selected_id,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell

STATUS: Final = {
    sp.ScheduleStatus.UPCOMING: QT_TRANSLATE_NOOP("CatalogData", "Upcoming"),
    sp.ScheduleStatus.IN_EFFECT: QT_TRANSLATE_NOOP("CatalogData", "In force"),
    sp.ScheduleStatus.REPLACED: QT_TRANSLATE_NOOP("CatalogData", "Replaced"),
    sp.ScheduleStatus.CANCELLED: QT_TRANSLATE_NOOP("CatalogData", "Cancelled"),
}
WHICH: Final = (
    ("upcoming", QT_TRANSLATE_NOOP("CatalogData", "Upcoming")),
    ("past", QT_TRANSLATE_NOOP("CatalogData", "Past and cancelled")),
    ("all", QT_TRANSLATE_NOOP("CatalogData", "All")),
)


class PriceChangesPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.rows: dict[str, sp.ScheduledPriceView] = {}
        self.generation = 0
        self.dialog: PriceChangeDialog | None = None
        self.which = QComboBox()
        self.which.setObjectName("priceChangesWhich")
        self.which.setMinimumHeight(MIN_HEIGHT)
        for key, label in WHICH:
            self.which.addItem(tr(label), key)
        self.which.currentIndexChanged.connect(lambda _i: self.reload())
        self.search = QLineEdit()
        self.search.setObjectName("priceChangesSearch")
        self.search.setPlaceholderText(self.tr("Filter by product name or SKU"))
        self.search.setMinimumHeight(MIN_HEIGHT)
        self.search.setClearButtonEnabled(True)
        self.debounce = debounced(self, self.search.textChanged, self.reload)
        self.table = make_table(
            "priceChangesTable",
            [
                self.tr("From (store time)"),
                self.tr("Product"),
                self.tr("SKU"),
                self.tr("Price now"),
                self.tr("New price"),
                self.tr("Status"),
                self.tr("Note"),
                self.tr("By"),
            ],
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.schedule_button = button(
            self.tr("Schedule a change…"), "priceChangesSchedule", self.open_dialog
        )
        self.cancel_button = button(
            self.tr("Cancel the change"), "priceChangesCancel", self.cancel_selected
        )
        self.cancel_button.setEnabled(False)
        self.status = QLabel()
        self.status.setObjectName("priceChangesStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.which)
        top.addWidget(self.search, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.schedule_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Scheduled price changes")))
        hint = QLabel(
            self.tr(
                "A change takes effect on every till at its moment, even offline. "
                "Typing a price in the catalog ends the changes already in force."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)

    # -- loading ----------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and (
            changes.touches("scheduled_prices") or changes.touches("products")
        ):
            self.reload()

    def reload(self) -> None:
        self.generation += 1
        generation, ctx = self.generation, self.ui.ctx
        which = str(self.which.currentData() or "upcoming")
        text = self.search.text()
        self.ui.run(
            lambda: sp.list_scheduled_prices(ctx, which, search=text),  # type: ignore[arg-type]
            lambda rows: self._loaded(rows, generation),
            self._failed,
            lane=READ,
        )

    def _loaded(self, rows: list[sp.ScheduledPriceView], generation: int) -> None:
        if generation != self.generation:
            return
        self.rows = {r.id: r for r in rows}
        self.table.setRowCount(0)
        for r in rows:
            append_row(
                self.table,
                r.id,
                [
                    r.local_from.strftime("%Y-%m-%d %H:%M"),
                    r.name,
                    r.sku,
                    money(r.current_minor, r.currency),
                    money(r.price_minor, r.currency),
                    tr(STATUS[r.status]),
                    r.note or r.cancel_reason or "",
                    r.created_by or "",
                ],
                right=(3, 4),
            )
        self.status.setText(self.tr("%n change(s)", "", len(rows)))
        self._selection_changed()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def _selection_changed(self) -> None:
        chosen = self.rows.get(selected_id(self.table) or "")
        self.cancel_button.setEnabled(
            chosen is not None and chosen.status is sp.ScheduleStatus.UPCOMING
        )

    # -- actions ----------------------------------------------------------------------------
    def open_dialog(self) -> PriceChangeDialog:
        self.dialog = PriceChangeDialog(self.ui, self)
        self.dialog.accepted.connect(
            lambda: self.status.setText(self.tr("The price change is scheduled."))
        )
        self.dialog.open()
        return self.dialog

    def cancel_selected(self) -> None:
        sid = selected_id(self.table)
        if sid is None:
            return
        actor, ctx = self.ui.require_actor(), self.ui.ctx
        self.ui.run(
            lambda: sp.cancel_scheduled_price(ctx, actor, sid),
            lambda _r: self.status.setText(self.tr("The price change is cancelled.")),
            self._failed,
        )
