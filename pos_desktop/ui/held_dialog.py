"""Held tickets on this till: pick one to recall onto the (empty) sell screen, or discard one
(audited; a manager may be asked). The recall itself is the sell screen's: this dialog emits
``recall_requested(ticket_id)`` and closes."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.core.money import Money, format_amount
from pos_desktop.services.held_tickets import DiscardResult, HeldTicketView, discard, list_held
from pos_desktop.ui.context import UiContext

READ: Final = "read"
MIN_HEIGHT: Final = 48
TICKET_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1


def ticket_text(t: HeldTicketView, lines: str) -> str:
    when = t.created_at.astimezone().strftime("%H:%M")
    total = format_amount(Money(t.total_minor, t.currency))
    return f"{t.label}   ·   {lines}   ·   {t.currency} {total}   ·   {when}"


class HeldDialog(QDialog):
    recall_requested = Signal(str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("heldDialog")
        self.setWindowTitle(self.tr("Held tickets"))
        self.setMinimumSize(560, 420)
        self.tickets = QListWidget()
        self.tickets.setObjectName("heldList")
        self.tickets.setStyleSheet("QListWidget::item { padding: 10px 6px; }")
        self.empty = QLabel(self.tr("No tickets are held on this till."))
        self.empty.hide()
        self.error = QLabel()
        self.error.setObjectName("heldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.recall_button = QPushButton(self.tr("Recall"))
        self.recall_button.setObjectName("heldRecall")
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.setObjectName("heldDiscard")
        close = QPushButton(self.tr("Close"))
        close.setObjectName("heldClose")
        for button in (self.recall_button, self.discard_button, close):
            button.setMinimumHeight(MIN_HEIGHT)
        self.recall_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recall_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tickets, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.recall_button.clicked.connect(self.recall_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        close.clicked.connect(self.reject)
        self.tickets.itemActivated.connect(lambda _i: self.recall_selected())
        self.tickets.itemDoubleClicked.connect(lambda _i: self.recall_selected())
        self._set_enabled(False)
        self.load()

    def load(self) -> None:
        actor = self.ui.actor
        if actor is None:
            return
        ctx = self.ui.ctx
        self.ui.run(lambda: list_held(ctx, actor), self._show, self._failed, lane=READ)

    def _show(self, tickets: list[HeldTicketView]) -> None:
        self.tickets.clear()
        for ticket in tickets:
            lines = self.tr("%n line(s)", "", ticket.line_count)
            item = QListWidgetItem(ticket_text(ticket, lines))
            item.setData(TICKET_ROLE, ticket.id)
            self.tickets.addItem(item)
        self.empty.setVisible(not tickets)
        self._set_enabled(bool(tickets))
        if tickets:
            self.tickets.setCurrentRow(0)
            self.tickets.setFocus()

    def _set_enabled(self, on: bool) -> None:
        self.recall_button.setEnabled(on)
        self.discard_button.setEnabled(on)

    def _selected(self) -> str | None:
        item = self.tickets.currentItem()
        return None if item is None else str(item.data(TICKET_ROLE))

    def recall_selected(self) -> None:
        ticket_id = self._selected()
        if ticket_id is None:
            return
        self.recall_requested.emit(ticket_id)
        self.accept()

    def discard_selected(self) -> None:
        ticket_id, actor = self._selected(), self.ui.actor
        if ticket_id is None or actor is None:
            return
        ctx = self.ui.ctx
        self.ui.run(
            lambda: discard(ctx, actor, ticket_id, "discarded at the till"),
            self._discarded,
            self._failed,
        )

    def _discarded(self, _result: DiscardResult) -> None:
        self.load()

    def _failed(self, error: BaseException) -> None:
        self.error.setText(error.message if isinstance(error, DomainError) else str(error))
        self.error.show()
