"""The managers' sync inbox: what sync could not settle by itself, in four tabs, with "Sync now".

- Refused by HQ: outbox entries HQ quarantined (what, when, why). They stay on this terminal
  and at HQ; a person decides what to do (usually correct the data at HQ).
- Alerts: SYNC notifications, negative stock and negative points, unread first; "Mark read".
- Negative points: customers whose loyalty balance went below zero (points spent in two stores
  while offline), by this terminal's ledger and by HQ's figure.
- Possible duplicates: customers sharing a phone or a card. Choose the one to keep (or a group
  to keep its oldest) and merge the others into it through ``services.customers``; nothing is
  deleted, the merged ones point at the survivor.

Managers and admins only (VIEW_REPORTS): the menu hides it from cashiers, the screen refuses
to load for them and the service refuses them too. Queries run on the "read" lane, merges and
marking read on the "db" lane.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.core.permissions import Permission
from pos_desktop.services import customers, notifications
from pos_desktop.services.context import Actor, Changes, ServiceContext
from pos_desktop.services.sync_inbox import INBOX_PERMISSION, SyncInbox, load_inbox
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.sync_controller import SyncController, find_controller
from pos_desktop.ui.sync_indicator import local_time_text
from pos_desktop.ui.tasks import DB
from sync.client.status import SyncStatus

READ: Final = "read"
MIN_HEIGHT: Final = 48
ROLE_ID: Final = Qt.ItemDataRole.UserRole
# What other screens write that the inbox shows.
WATCHED: Final = frozenset({"customers", "notifications", "customer_loyalty", "sync_outbox"})


@dataclass(frozen=True, slots=True)
class MergeOutcome:
    survivor_id: str
    merged: int
    changes: Changes


def merge_into(
    ctx: ServiceContext, actor: Actor, survivor_id: str, others: list[str], reason: str
) -> MergeOutcome:
    """Merge each of ``others`` into ``survivor_id``, one audited service call each."""
    changes = Changes()
    for other in others:
        result = customers.merge_customers(ctx, actor, survivor_id, other, reason)
        changes = changes | result.changes
    return MergeOutcome(survivor_id, len(others), changes)


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, list[str]]]) -> None:
    table.setRowCount(len(rows))
    for r, (row_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ROLE_ID, row_id)
            table.setItem(r, c, item)


class SyncInboxScreen(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.inbox: SyncInbox | None = None
        self.controller: SyncController | None = find_controller(ui)

        self.status_label = QLabel()
        self.status_label.setObjectName("inboxStatus")
        self.status_label.setWordWrap(True)
        self.sync_button = self._button(self.tr("Sync now"), "inboxSyncNow", self.sync_now)
        self.refresh_button = self._button(self.tr("Refresh"), "inboxRefresh", self.refresh)
        back = self._button(self.tr("Back to selling"), "inboxBack", self._back)
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.sync_button)
        top.addWidget(back)

        self.quarantined = _table(
            "inboxQuarantined",
            [
                self.tr("Written"),
                self.tr("Refused"),
                self.tr("What"),
                self.tr("Row"),
                self.tr("Why"),
            ],
        )
        self.alerts = _table(
            "inboxAlerts", [self.tr("When"), self.tr("Kind"), self.tr("Alert"), self.tr("Details")]
        )
        self.alerts.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.mark_read_button = self._button(
            self.tr("Mark selected alerts read"), "inboxMarkRead", self.mark_read
        )
        alerts_page = QWidget()
        alerts_layout = QVBoxLayout(alerts_page)
        alerts_layout.addWidget(self.alerts, 1)
        alerts_layout.addWidget(self.mark_read_button, 0, Qt.AlignmentFlag.AlignRight)

        self.balances = _table(
            "inboxBalances",
            [self.tr("Customer"), self.tr("Phone"), self.tr("This terminal"), self.tr("HQ")],
        )

        self.duplicates = QTreeWidget()
        self.duplicates.setObjectName("inboxDuplicates")
        self.duplicates.setHeaderLabels(
            [self.tr("Customer"), self.tr("Phone"), self.tr("Card"), self.tr("Since")]
        )
        self.duplicates.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.merge_reason = QLineEdit(self.tr("Same person (sync inbox)"))
        self.merge_reason.setObjectName("inboxMergeReason")
        self.merge_reason.setMaxLength(200)
        self.merge_reason.setMinimumHeight(MIN_HEIGHT)
        self.merge_button = self._button(
            self.tr("Keep the selected customer, merge the others of its group into it"),
            "inboxMerge",
            self.merge_selected,
        )
        merge_row = QHBoxLayout()
        merge_row.addWidget(QLabel(self.tr("Reason")))
        merge_row.addWidget(self.merge_reason, 1)
        merge_row.addWidget(self.merge_button)
        duplicates_page = QWidget()
        duplicates_layout = QVBoxLayout(duplicates_page)
        hint = QLabel(
            self.tr(
                "Choose the customer to keep (choosing a group keeps its oldest). The others "
                "are merged into it: their points and purchases count for the one kept."
            )
        )
        hint.setWordWrap(True)
        duplicates_layout.addWidget(hint)
        duplicates_layout.addWidget(self.duplicates, 1)
        duplicates_layout.addLayout(merge_row)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("inboxTabs")
        self.tabs.addTab(self.quarantined, "")
        self.tabs.addTab(alerts_page, "")
        self.tabs.addTab(self.balances, "")
        self.tabs.addTab(duplicates_page, "")

        self.error = QLabel()
        self.error.setObjectName("inboxError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        self._set_tab_titles()
        if self.controller is not None:
            self.controller.status_changed.connect(self._status_changed)
        self._show_status(self.controller.status if self.controller is not None else None)

    def _button(self, text: str, name: str, handler: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumHeight(MIN_HEIGHT)
        button.clicked.connect(lambda _=False: handler())
        return button

    # -- screen life -----------------------------------------------------------------------
    def on_shown(self) -> None:
        self.error.clear()
        if not self.ui.can(INBOX_PERMISSION):
            self.ui.message.emit("error", self.tr("Only managers can open the sync inbox."))
            self._back()
            return
        can_merge = self.ui.can(Permission.MANAGE_CUSTOMERS)
        self.merge_button.setVisible(can_merge)
        self.merge_reason.setEnabled(can_merge)
        self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.entities & WATCHED:
            self.refresh()

    def _status_changed(self, status: SyncStatus) -> None:
        previous = self._last_status
        self._show_status(status)
        # A finished round may have quarantined entries or pulled alerts and customers.
        finished = previous is not None and previous.syncing and not status.syncing
        refused = status.quarantined != (previous.quarantined if previous is not None else 0)
        if self.isVisible() and (finished or refused):
            self.refresh()

    def _back(self) -> None:
        target = "sell" if self.ui.actor is not None and self.shell.has_screen("sell") else "login"
        self.shell.show_screen(target)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        actor = self.ui.actor
        if actor is None or not actor.can(INBOX_PERMISSION):
            return
        ctx = self.ui.ctx
        self.ui.run(lambda: load_inbox(ctx, actor), self._loaded, self._failed, lane=READ)

    def _loaded(self, inbox: SyncInbox) -> None:
        self.inbox = inbox
        now = datetime.now().astimezone()
        _fill(
            self.quarantined,
            [
                (
                    q.op_id,
                    [
                        local_time_text(q.created_at, now),
                        local_time_text(q.refused_at, now) if q.refused_at else "",
                        f"{q.entity} ({q.operation})",
                        q.label or q.entity_id,
                        q.reason,
                    ],
                )
                for q in inbox.quarantined
            ],
        )
        _fill(
            self.alerts,
            [
                (
                    a.id,
                    [
                        local_time_text(a.created_at, now),
                        self._alert_kind(a.type, a.kind) + ("" if a.is_read else " •"),
                        a.title,
                        a.message,
                    ],
                )
                for a in inbox.alerts
            ],
        )
        _fill(
            self.balances,
            [
                (
                    b.customer_id,
                    [
                        b.name,
                        b.phone or "",
                        "" if b.local_points is None else str(b.local_points),
                        "" if b.hq_points is None else str(b.hq_points),
                    ],
                )
                for b in inbox.negative_balances
            ],
        )
        self.duplicates.clear()
        for group in inbox.merge_candidates:
            title = (
                self.tr("Same phone {}") if group.reason == "phone" else self.tr("Same card {}")
            ).format(group.key)
            parent = QTreeWidgetItem([title])
            parent.setData(0, ROLE_ID, group.customers[0].id if group.customers else "")
            parent.setFirstColumnSpanned(True)
            for c in group.customers:
                child = QTreeWidgetItem(
                    [
                        c.name,
                        c.phone or "",
                        c.loyalty_card_number or "",
                        local_time_text(c.created_at, now),
                    ]
                )
                child.setData(0, ROLE_ID, c.id)
                parent.addChild(child)
            self.duplicates.addTopLevelItem(parent)
        self.duplicates.expandAll()
        self._set_tab_titles()

    def _alert_kind(self, type_: str, kind: str | None) -> str:
        if type_ == "STOCK":
            return self.tr("Negative stock")
        if type_ == "LOYALTY":
            return self.tr("Negative points")
        return self.tr("Sync") + (f": {kind}" if kind else "")

    def _set_tab_titles(self) -> None:
        inbox = self.inbox
        counts = (
            (len(inbox.quarantined), len(inbox.alerts), len(inbox.negative_balances))
            if inbox is not None
            else (0, 0, 0)
        )
        groups = len(inbox.merge_candidates) if inbox is not None else 0
        titles = (
            self.tr("Refused by HQ ({})").format(counts[0]),
            self.tr("Alerts ({})").format(counts[1]),
            self.tr("Negative points ({})").format(counts[2]),
            self.tr("Possible duplicates ({})").format(groups),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)

    def _failed(self, error: BaseException) -> None:
        self.error.setText(error.message if isinstance(error, DomainError) else str(error))

    # -- status and sync now ---------------------------------------------------------------
    _last_status: SyncStatus | None = None

    def _show_status(self, status: SyncStatus | None) -> None:
        self._last_status = status
        if self.controller is None or status is None:
            self.status_label.setText(self.tr("Sync is not running in this app."))
            self.sync_button.setEnabled(self.controller is not None)
            return
        indicator_text = status.connection.value.replace("_", " ")
        parts = [self.tr("Sync: {}").format(indicator_text)]
        parts.append(self.tr("{} pending").format(status.pending))
        if status.last_success_at is not None:
            parts.append(
                self.tr("last success {}").format(
                    local_time_text(status.last_success_at, datetime.now().astimezone())
                )
            )
        if status.last_error:
            parts.append(self.tr("last error: {}").format(status.last_error))
        self.status_label.setText(" · ".join(parts))
        self.sync_button.setEnabled(self.controller.enrolled or not self.controller.running)

    def sync_now(self) -> None:
        if self.controller is None:
            self.ui.message.emit("warning", self.tr("Sync is not running in this app."))
            return
        if self.controller.sync_now():
            self.ui.message.emit("info", self.tr("Syncing with HQ…"))

    # -- actions ---------------------------------------------------------------------------
    def mark_read(self) -> None:
        actor = self.ui.actor
        ids = sorted({str(i.data(ROLE_ID)) for i in self.alerts.selectedItems() if i.data(ROLE_ID)})
        if actor is None or not ids:
            self.error.setText(self.tr("Select the alerts to mark read."))
            return
        ctx = self.ui.ctx
        self.ui.run(lambda: notifications.mark_read(ctx, actor, ids), None, self._failed, lane=DB)

    def merge_selected(self) -> None:
        actor = self.ui.actor
        item = self.duplicates.currentItem()
        if actor is None or item is None:
            self.error.setText(self.tr("Choose the customer to keep."))
            return
        group = item if item.parent() is None else item.parent()
        assert group is not None
        survivor = str(item.data(0, ROLE_ID))
        members = [group.child(i) for i in range(group.childCount())]
        ids = [str(m.data(0, ROLE_ID)) for m in members if m is not None]
        others = [i for i in ids if i != survivor]
        reason = self.merge_reason.text().strip()
        if not reason:
            self.error.setText(self.tr("Say why these customers are the same person."))
            return
        if not survivor or not others:
            return
        ctx = self.ui.ctx
        self.error.clear()
        self.merge_button.setEnabled(False)
        self.ui.run(
            lambda: merge_into(ctx, actor, survivor, others, reason),
            self._merged,
            self._merge_failed,
            lane=DB,
        )

    def _merged(self, outcome: MergeOutcome) -> None:
        self.merge_button.setEnabled(True)
        text = (
            self.tr("Merged 1 customer into the one kept.")
            if outcome.merged == 1
            else self.tr("Merged {} customers into the one kept.").format(outcome.merged)
        )
        self.ui.message.emit("info", text)

    def _merge_failed(self, error: BaseException) -> None:
        self.merge_button.setEnabled(True)
        self._failed(error)
