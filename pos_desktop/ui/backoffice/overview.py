"""The back office's first page: which store this is and what waits for a manager."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from pos_desktop.services import notifications
from pos_desktop.services.context import Changes, ServiceContext
from pos_desktop.store.models import Store
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell

READ = "read"


@dataclass(frozen=True, slots=True)
class Overview:
    store_name: str
    store_code: str
    unread_notifications: int


def load_overview(ctx: ServiceContext) -> Overview:
    with ctx.db.read() as session:
        store = session.get(Store, ctx.terminal.store_id)
        unread = notifications.count_unread(session, ctx)
    return Overview(store.name if store is not None else "", ctx.terminal.store_code, unread)


class OverviewPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.store = QLabel()
        self.store.setObjectName("overviewStore")
        self.unread = QLabel()
        self.unread.setObjectName("overviewUnread")
        form = QFormLayout()
        form.addRow(self.tr("Store"), self.store)
        form.addRow(self.tr("Unread notifications"), self.unread)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def on_shown(self) -> None:
        self.ui.run(lambda: load_overview(self.ui.ctx), self._show, lane=READ)

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible():
            self.on_shown()

    def _show(self, overview: Overview) -> None:
        self.store.setText(f"{overview.store_name} ({overview.store_code})")
        self.unread.setText(str(overview.unread_notifications))
