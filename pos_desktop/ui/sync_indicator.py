"""The sync indicator in the sell screen's corner: online, offline, blocked or not enrolled, how
many changes wait for HQ and since when ("offline · 3 pending · oldest 2 h"), and in its
tooltip the last success, the last error and the next attempt. A click opens a small menu:
"Sync now" and, for managers, "Sync inbox…".

It shows the sync controller's reports (ui/sync_controller.py). Between reports it counts the
unacknowledged outbox itself on the "read" lane after anything was written (coalesced: a burst
of writes makes one count), so a sale shows up at once even while HQ is unreachable. Without a
controller (tests, a build without sync) it shows the local count as "offline · N pending".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Final

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from pos_desktop.services.context import Changes
from pos_desktop.services.sync_inbox import INBOX_PERMISSION, PendingSummary, pending_summary
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.sync_controller import SyncController, find_controller
from sync.client.status import Connection, SyncStatus

READ: Final = "read"
COALESCE_MS: Final = 400
AGE_REFRESH_MS: Final = 30_000  # "oldest 2 h" and "3 min ago" move on without new reports
MIN_HEIGHT: Final = 48
SKEW_WARNING_MS: Final = 5 * 60 * 1000  # HQ clamps clocks further ahead than this
INBOX_SCREEN: Final = "sync_inbox"

_COLOURS: Final = {
    Connection.ONLINE: "#1b5e20",
    Connection.OFFLINE: "#8a4b00",
    Connection.BLOCKED: "#b00020",
    Connection.NOT_ENROLLED: "#555555",
}


def age_text(seconds: float) -> str:
    """A short age: "45 s", "12 min", "5 h", "3 d"."""
    if seconds < 60:
        return f"{int(seconds)} s"
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 48 * 3600:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} d"


def local_time_text(moment: datetime, now: datetime) -> str:
    """A UTC moment as this computer's local time, with the date unless it is today."""
    local, today = moment.astimezone(), now.astimezone()
    if local.date() == today.date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


class SyncIndicator(QToolButton):
    def __init__(
        self,
        ui: UiContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("syncIndicator")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAutoRaise(True)
        self.setMinimumHeight(MIN_HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click must not take the scanner's focus
        self._now = clock or (lambda: datetime.now(UTC))
        self.status: SyncStatus | None = None  # the controller's last report
        self.pending: int | None = None
        self.oldest_at: datetime | None = None

        self.menu_ = QMenu(self)
        self.menu_.setObjectName("syncMenu")
        self.sync_now_action = QAction(self.tr("Sync now"), self)
        self.sync_now_action.setObjectName("syncNowAction")
        self.sync_now_action.triggered.connect(self.sync_now)
        self.inbox_action = QAction(self.tr("Sync inbox…"), self)
        self.inbox_action.setObjectName("syncInboxAction")
        self.inbox_action.triggered.connect(self.open_inbox)
        self.menu_.addAction(self.sync_now_action)
        self.menu_.addAction(self.inbox_action)
        self.clicked.connect(self.show_menu)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._ages = QTimer(self)
        self._ages.setInterval(AGE_REFRESH_MS)
        self._ages.timeout.connect(self._render)
        self._ages.start()

        self.controller: SyncController | None = find_controller(ui)
        if self.controller is not None:
            self.controller.status_changed.connect(self.set_sync_status)
        if self.controller is not None and self.controller.status is not None:
            self.set_sync_status(self.controller.status)
        else:
            self._render()

    # -- what it shows ---------------------------------------------------------------------
    def set_sync_status(self, status: SyncStatus) -> None:
        """A report from the sync engine (on the UI thread)."""
        self.status = status
        self.pending, self.oldest_at = status.pending, status.oldest_pending_at
        self._render()

    def on_changed(self, _changes: Changes) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def refresh(self) -> None:
        """Count the unacknowledged outbox rows now (off the UI thread)."""
        self._timer.stop()
        db = self.ui.ctx.db
        self.ui.run(lambda: pending_summary(db), self._counted, self._failed, lane=READ)

    def _counted(self, summary: PendingSummary) -> None:
        self.pending, self.oldest_at = summary.count, summary.oldest_at
        self._render()

    def _failed(self, _error: BaseException) -> None:
        self.pending = None
        self._render()

    def _render(self) -> None:
        now = self._now()
        status = self.status
        connection = status.connection if status is not None else Connection.OFFLINE
        self.setText(self._text(connection, now))
        self.setToolTip(self._tooltip(status, now))
        colour = _COLOURS[connection]
        self.setStyleSheet(f"QToolButton {{ color: {colour}; padding: 4px 8px; }}")

    def _text(self, connection: Connection, now: datetime) -> str:
        if connection is Connection.NOT_ENROLLED:
            return self.tr("not enrolled")
        state = {
            Connection.ONLINE: self.tr("online"),
            Connection.OFFLINE: self.tr("offline"),
            Connection.BLOCKED: self.tr("sync blocked"),
        }[connection]
        if self.pending is None:
            return state
        if self.pending == 0 and connection is Connection.ONLINE:
            parts = [state, self.tr("up to date")]
        else:
            parts = [state, self.tr("{n} pending").format(n=self.pending)]
        # The age needs the engine's view; the bare count (no controller) stays as it was.
        if self.pending and self.oldest_at is not None and self.controller is not None:
            age = (now - self.oldest_at).total_seconds()
            if age >= 60:  # a few seconds' wait is the normal case, not news
                parts.append(self.tr("oldest {age}").format(age=age_text(age)))
        quarantined = self.status.quarantined if self.status is not None else 0
        if quarantined:
            parts.append(self.tr("{n} refused").format(n=quarantined))
        return " · ".join(parts)

    def _tooltip(self, status: SyncStatus | None, now: datetime) -> str:
        if status is None:
            if self.controller is None:
                return self.tr("Changes are kept on this terminal until HQ receives them.")
            return self.tr("Sync is starting…")
        lines = [
            {
                Connection.ONLINE: self.tr("Connected to HQ."),
                Connection.OFFLINE: self.tr(
                    "HQ cannot be reached. Selling goes on; changes wait on this terminal."
                ),
                Connection.BLOCKED: self.tr(
                    "HQ refused this terminal; sync has stopped until a manager checks it."
                ),
                Connection.NOT_ENROLLED: self.tr(
                    "This terminal is not enrolled with HQ: it works on its own."
                ),
            }[status.connection]
        ]
        if status.connection is Connection.NOT_ENROLLED:
            return "\n".join(lines)
        if status.syncing:
            lines.append(self.tr("Syncing now…"))
        if self.pending:
            lines.append(self.tr("{n} changes wait for HQ.").format(n=self.pending))
            if self.oldest_at is not None:
                lines.append(
                    self.tr("Oldest waiting since {time}.").format(
                        time=local_time_text(self.oldest_at, now)
                    )
                )
        if status.last_success_at is not None:
            ago = age_text((now - status.last_success_at).total_seconds())
            lines.append(
                self.tr("Last successful sync: {time} ({ago} ago).").format(
                    time=local_time_text(status.last_success_at, now), ago=ago
                )
            )
        else:
            lines.append(self.tr("No successful sync yet."))
        if status.last_error:
            lines.append(self.tr("Last error: {error}").format(error=status.last_error))
        if status.next_attempt_at is not None and status.connection is Connection.OFFLINE:
            lines.append(
                self.tr("Next attempt at {time}.").format(
                    time=local_time_text(status.next_attempt_at, now)
                )
            )
        if status.quarantined:
            lines.append(
                self.tr("{n} changes were refused by HQ: see the sync inbox.").format(
                    n=status.quarantined
                )
            )
        skew = status.clock_skew_ms
        if skew is not None and abs(skew) > SKEW_WARNING_MS:
            lines.append(
                self.tr("This computer's clock is {m} minutes off HQ's: please correct it.").format(
                    m=abs(skew) // 60_000
                )
            )
        return "\n".join(lines)

    # -- the menu --------------------------------------------------------------------------
    def show_menu(self) -> None:
        self._update_menu()
        self.menu_.popup(self.mapToGlobal(QPoint(0, self.height())))

    def _update_menu(self) -> None:
        enrolled = self.controller is not None and (
            self.controller.enrolled or not self.controller.running
        )
        self.sync_now_action.setEnabled(enrolled)
        can_inbox = self.ui.can(INBOX_PERMISSION) and self._shell_with_inbox() is not None
        self.inbox_action.setVisible(can_inbox)

    def sync_now(self) -> None:
        if self.controller is None:
            self.ui.message.emit(
                "warning",
                self.tr("This terminal is not enrolled with HQ: there is nothing to sync."),
            )
            return
        if self.controller.sync_now():
            self.ui.message.emit("info", self.tr("Syncing with HQ…"))

    def _shell_with_inbox(self) -> Shell | None:
        window = self.window()
        if isinstance(window, Shell) and window.has_screen(INBOX_SCREEN):
            return window
        return None

    def open_inbox(self) -> None:
        window = self._shell_with_inbox()
        if window is not None and self.ui.can(INBOX_PERMISSION):
            window.show_screen(INBOX_SCREEN)
