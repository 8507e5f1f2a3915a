"""Audit log viewer: filters by period, user, action and entity; the table fetches the next page
(keyset, 100 rows) as the view scrolls to the end, never the whole log at once."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.services.context import Changes
from pos_desktop.services.reports_history import (
    PAGE_SIZE,
    AuditChoices,
    AuditFilter,
    AuditPage,
    AuditRow,
    audit_choices,
    audit_page,
)
from pos_desktop.services.reports_period import Preset, store_zone
from pos_desktop.ui.backoffice.reports_common import MIN_HEIGHT, READ, PeriodPicker, tr
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell

COLUMNS: Final = (
    QT_TRANSLATE_NOOP("Reports", "When"),
    QT_TRANSLATE_NOOP("Reports", "User"),
    QT_TRANSLATE_NOOP("Reports", "Action"),
    QT_TRANSLATE_NOOP("Reports", "Entity"),
    QT_TRANSLATE_NOOP("Reports", "Reason"),
    QT_TRANSLATE_NOOP("Reports", "Approved by"),
    QT_TRANSLATE_NOOP("Reports", "Details"),
)


class AuditModel(QAbstractTableModel):
    """Rows loaded so far; ``fetchMore`` asks the page for the next keyset page."""

    def __init__(self, page: AuditLogPage) -> None:
        super().__init__()
        self.page = page
        self.rows: list[AuditRow] = []
        self.cursor: tuple[datetime, str] | None = None
        self.loading = False
        self.zone = ZoneInfo("UTC")

    def reset(self, first: AuditPage) -> None:
        self.beginResetModel()
        self.rows = list(first.rows)
        self.cursor = first.cursor
        self.endResetModel()

    def append(self, more: AuditPage) -> None:
        if more.rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more.rows) - 1)
            self.rows.extend(more.rows)
            self.endInsertRows()
        self.cursor = more.cursor

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self.cursor is not None and not self.loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if self.canFetchMore(parent):
            self.page.load_more()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        when = r.created_at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M:%S")
        entity = f"{r.resource} {r.resource_id or ''}".strip()
        values = (when, r.user, r.action, entity, r.reason or "", r.approved_by or "", r.details)
        return values[index.column()]


class AuditLogPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.filters = AuditFilter()
        self.period = PeriodPicker(Preset.THIS_MONTH)
        self.user = self._combo("auditUser")
        self.action = self._combo("auditAction")
        self.entity = self._combo("auditEntity")
        self.model = AuditModel(self)
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.status = QLabel()
        self.status.setObjectName("auditStatus")
        bar = QHBoxLayout()
        bar.addWidget(self.period)
        for label, combo in (
            (QCoreApplication.translate("Reports", "User"), self.user),
            (QCoreApplication.translate("Reports", "Action"), self.action),
            (QCoreApplication.translate("Reports", "Entity"), self.entity),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.period.changed.connect(self.refresh)
        for combo in (self.user, self.action, self.entity):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.choices_loaded = False
        self.generation = 0  # results of an older refresh are dropped
        self.page_size = PAGE_SIZE
        self.pages_loaded = 0

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumHeight(MIN_HEIGHT)
        combo.addItem(QCoreApplication.translate("Reports", "All"), None)
        return combo

    def on_shown(self) -> None:
        actor = self.ui.actor
        if actor is None:
            return
        ctx = self.ui.ctx
        if not self.choices_loaded:
            self.ui.run(
                lambda: (audit_choices(ctx, actor), store_zone(ctx)), self._choices, lane=READ
            )
        else:
            self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and "audit_logs" in changes.entities:
            self.refresh()

    def _choices(self, loaded: tuple[AuditChoices, ZoneInfo]) -> None:
        choices, self.model.zone = loaded
        for combo, items in (
            (self.user, list(choices.users)),
            (self.action, [(a, a) for a in choices.actions]),
            (self.entity, [(e, e) for e in choices.resources]),
        ):
            combo.blockSignals(True)
            for value, label in items:
                combo.addItem(label, value)
            combo.blockSignals(False)
        self.choices_loaded = True
        self.refresh()

    def refresh(self) -> None:
        actor = self.ui.actor
        if actor is None:
            return
        ctx = self.ui.ctx
        try:
            period = self.period.period(ctx)
        except DomainError as error:
            self.status.setText(error.message)
            return
        self.filters = AuditFilter(
            period, self.user.currentData(), self.action.currentData(), self.entity.currentData()
        )
        filters = self.filters
        self.model.loading = True
        self.generation += 1
        gen, size = self.generation, self.page_size
        self.ui.run(
            lambda: audit_page(ctx, actor, filters, limit=size),
            lambda page: self._first(page, gen),
            self._failed,
            lane=READ,
        )

    def _first(self, page: AuditPage, generation: int) -> None:
        if generation != self.generation:
            return  # the filters changed while this page was read
        self.model.loading = False
        self.pages_loaded = 1
        self.model.reset(page)
        self._count()

    def load_more(self) -> None:
        actor, cursor = self.ui.actor, self.model.cursor
        if actor is None or cursor is None:
            return
        ctx, filters, gen, size = self.ui.ctx, self.filters, self.generation, self.page_size
        self.model.loading = True
        self.ui.run(
            lambda: audit_page(ctx, actor, filters, cursor, limit=size),
            lambda page: self._more(page, gen),
            self._failed,
            lane=READ,
        )

    def _more(self, page: AuditPage, generation: int) -> None:
        if generation != self.generation:
            return  # a page of the previous filters
        self.model.loading = False
        self.pages_loaded += 1
        self.model.append(page)
        self._count()

    def _count(self) -> None:
        more = (
            QCoreApplication.translate("Reports", " (scroll for more)")
            if self.model.cursor is not None
            else ""
        )
        self.status.setText(
            QCoreApplication.translate("Reports", "{n} entries").format(n=len(self.model.rows))
            + more
        )

    def _failed(self, error: BaseException) -> None:
        self.model.loading = False
        self.status.setText(error.message if isinstance(error, DomainError) else str(error))
