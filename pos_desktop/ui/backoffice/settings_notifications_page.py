"""Settings > Notifications: this store's and this user's notifications, unread first, filtered by
type; mark read or all read; and which types this user wants to see
(services/notification_centre.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.services import notifications
from pos_desktop.services.context import Changes
from pos_desktop.services.notification_centre import (
    TYPE_COLUMNS,
    CentrePage,
    NotificationPrefs,
    centre_page,
    get_prefs,
    save_prefs,
)
from pos_desktop.ui.backoffice.admin_common import show_error, show_ok
from pos_desktop.ui.backoffice.formats import when_text
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

CONTEXT = "NotificationTypes"
TYPE_NAMES = {
    "STOCK": QT_TRANSLATE_NOOP("NotificationTypes", "Stock"),
    "ORDER": QT_TRANSLATE_NOOP("NotificationTypes", "Orders"),
    "PAYMENT": QT_TRANSLATE_NOOP("NotificationTypes", "Payments"),
    "DELIVERY": QT_TRANSLATE_NOOP("NotificationTypes", "Deliveries"),
    "SYSTEM": QT_TRANSLATE_NOOP("NotificationTypes", "System"),
    "PROMOTION": QT_TRANSLATE_NOOP("NotificationTypes", "Promotions"),
}


def type_name(kind: str) -> str:
    text = TYPE_NAMES.get(kind)
    return QCoreApplication.translate(CONTEXT, text) if text else kind.title()


class NotificationsPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.filter = named(QComboBox(), "notifFilter")
        self.filter.addItem(self.tr("All types"), "")
        self.filter.setMinimumHeight(MIN_HEIGHT)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.unread = named(QLabel(), "notifUnread")
        self.table = make_table(
            "notifTable",
            [
                self.tr("When"),
                self.tr("Type"),
                self.tr("Title"),
                self.tr("Message"),
                self.tr("Read"),
            ],
        )
        self.mark_button = button(self.tr("Mark read"), "notifMarkRead", self.mark_selected)
        self.all_button = button(self.tr("Mark all read"), "notifMarkAll", self.mark_all)
        self.status = status_label("notifStatus")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.filter)
        top.addWidget(self.unread, 1)
        top.addWidget(self.mark_button)
        top.addWidget(self.all_button)
        prefs = QGroupBox(self.tr("Types I want to see"))
        self.toggles: dict[str, QCheckBox] = {}
        row = QHBoxLayout(prefs)
        for kind in TYPE_COLUMNS:
            box = named(QCheckBox(type_name(kind)), f"notifType_{kind}")
            self.toggles[kind] = box
            row.addWidget(box)
        row.addStretch(1)
        row.addWidget(button(self.tr("Save"), "notifPrefsSave", self.save_prefs))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(prefs)

    def on_shown(self) -> None:
        ctx, actor = self.ui.ctx, self.ui.require_actor()

        def load() -> NotificationPrefs:
            with ctx.db.read() as s:
                return get_prefs(s, ctx, actor.user_id)

        self.ui.run(load, self._show_prefs, lane=READ)
        self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("notifications"):
            self.refresh()

    def refresh(self) -> None:
        actor = self.ui.actor
        if actor is None:
            return
        ctx, kind = self.ui.ctx, str(self.filter.currentData() or "") or None

        def load() -> CentrePage:
            with ctx.db.read() as s:
                return centre_page(s, ctx, actor.user_id, type_=kind)

        self.ui.run(load, self._show, lane=READ)

    def _show(self, page: CentrePage) -> None:
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All types"), "")
        for kind in page.types:
            self.filter.addItem(type_name(kind), kind)
        self.filter.setCurrentIndex(max(0, self.filter.findData(current)))
        self.filter.blockSignals(False)
        self.unread.setText(self.tr("%n unread", "", page.unread))
        yes, no = self.tr("Yes"), self.tr("No")
        fill_table(
            self.table,
            [
                (
                    n.id,
                    [
                        when_text(n.created_at),
                        type_name(n.type),
                        n.title,
                        n.message,
                        yes if n.is_read else no,
                    ],
                )
                for n in page.items
            ],
            selection="keep",
        )
        for r, n in enumerate(page.items):
            if not n.is_read:
                for c in range(self.table.columnCount()):
                    item = self.table.item(r, c)
                    if item is None:
                        continue
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)

    def _show_prefs(self, prefs: NotificationPrefs) -> None:
        for kind, box in self.toggles.items():
            box.setChecked(prefs.enabled.get(kind, True))

    def mark_selected(self) -> None:
        notification_id = selected_id(self.table)
        if notification_id is None:
            return
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self.ui.run(
            lambda: notifications.mark_read(ctx, actor, [notification_id]),
            None,
            lambda e: show_error(self.status, e),
            lane=DB,
        )

    def mark_all(self) -> None:
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self.ui.run(
            lambda: notifications.mark_all_read(ctx, actor),
            lambda r: show_ok(self.status, self.tr("%n marked read.", "", r.marked)),
            lambda e: show_error(self.status, e),
            lane=DB,
        )

    def save_prefs(self) -> None:
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        enabled = {kind: box.isChecked() for kind, box in self.toggles.items()}
        self.ui.run(
            lambda: save_prefs(ctx, actor, enabled),
            lambda _r: show_ok(self.status, self.tr("Saved.")),
            lambda e: show_error(self.status, e),
            lane=DB,
        )
