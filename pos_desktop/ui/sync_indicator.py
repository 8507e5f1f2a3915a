"""Online/offline and pending-sync indicator for the sell screen's corner.

Until the sync engine reports its status, the till is shown as offline with the number of
outbox rows HQ has not acknowledged ("offline · 12 pending"), counted on the "read" lane after
anything was written (coalesced: a burst of writes makes one count). The sync engine can call
``set_status(online, pending)`` directly once it exists.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from pos_desktop.services.context import Changes
from pos_desktop.services.till import pending_sync_count
from pos_desktop.ui.context import UiContext

READ: Final = "read"
COALESCE_MS: Final = 400


class SyncIndicator(QLabel):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("syncIndicator")
        self.online: bool | None = None  # None: no sync engine has reported yet
        self.pending: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._render()

    def on_changed(self, _changes: Changes) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def refresh(self) -> None:
        """Count the unacknowledged outbox rows now (off the UI thread)."""
        self._timer.stop()
        ctx = self.ui.ctx
        self.ui.run(lambda: pending_sync_count(ctx), self._counted, self._failed, lane=READ)

    def _counted(self, pending: int) -> None:
        self.pending = pending
        self._render()

    def _failed(self, _error: BaseException) -> None:
        self.pending = None
        self._render()

    def set_status(self, online: bool, pending: int) -> None:
        """For the sync engine: its own view of the connection and the queue."""
        self.online, self.pending = online, pending
        self._render()

    def _render(self) -> None:
        state = self.tr("online") if self.online else self.tr("offline")
        if self.pending is None:
            self.setText(state)
        else:
            self.setText(self.tr("{state} · {n} pending").format(state=state, n=self.pending))
        colour = "#1b5e20" if self.online else "#8a4b00"
        self.setStyleSheet(f"color: {colour}; padding: 4px 8px;")
