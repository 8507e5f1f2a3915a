"""The visible print queue: what waits for the printer, what failed, and "Reprint".

A receipt that could not print (printer off, out of paper, unplugged) is never lost: it is
listed here with the printer's error until it is reprinted or cancelled. The list refreshes on
every "what changed" broadcast that touches print jobs (the print worker's news arrives that
way through ``ui.printing.PrintStatusBridge``). Reads and writes go through ``ui.run``.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.services.context import Changes
from pos_desktop.services.print_queue import (
    ENTITY,
    PrintJobView,
    cancel_job,
    failed_jobs,
    pending_jobs,
    reprint,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.tasks import DB

READ = "read"
STATUS_TEXT = {
    "QUEUED": "Waiting",
    "PRINTING": "Printing",
    "FAILED": "Failed",
}


class PrintQueueDialog(QDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("printQueueDialog")
        self.setWindowTitle(self.tr("Print queue"))
        self.jobs: list[PrintJobView] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("printQueueTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Job"), self.tr("Status"), self.tr("Tries"), self.tr("Printer says")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Nothing is waiting for the printer."))
        self.empty.setObjectName("printQueueEmpty")
        self.reprint_button = QPushButton(self.tr("Reprint"))
        self.reprint_button.setObjectName("printQueueReprint")
        self.cancel_button = QPushButton(self.tr("Cancel job"))
        self.cancel_button.setObjectName("printQueueCancel")
        close = QPushButton(self.tr("Close"))
        for button in (self.reprint_button, self.cancel_button, close):
            button.setMinimumHeight(48)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.resize(640, 360)

        self.reprint_button.clicked.connect(self.reprint_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        close.clicked.connect(self.accept)
        self._listening = False
        self._enable_buttons()
        self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches(ENTITY) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        ctx = self.ui.ctx
        self.ui.run(lambda: [*failed_jobs(ctx), *pending_jobs(ctx)], self.show_jobs, lane=READ)

    def show_jobs(self, jobs: list[PrintJobView]) -> None:
        selected = self.selected_job()
        self.jobs = jobs
        self.table.setRowCount(len(jobs))
        for row, job in enumerate(jobs):
            cells = (
                job.title,
                self.tr(STATUS_TEXT.get(job.status, job.status.title())),
                str(job.attempts),
                job.last_error or "",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
            if selected is not None and job.id == selected.id:
                self.table.selectRow(row)
        self.empty.setVisible(not jobs)
        self._enable_buttons()

    def selected_job(self) -> PrintJobView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.jobs):
            return None
        return self.jobs[rows[0].row()]

    def _selection_changed(self) -> None:
        QTimer.singleShot(0, self, self._enable_buttons)

    # Listen only while shown: a selection cleared while the table is being destroyed must
    # not call back into a half-destroyed dialog (the callback is also deferred, with the
    # dialog as its context, for the same reason).
    def showEvent(self, event: QShowEvent) -> None:
        if not self._listening:
            self.table.itemSelectionChanged.connect(self._selection_changed)
            self.ui.changed.connect(self.on_changed)
            self._listening = True
        super().showEvent(event)

    def done(self, result: int) -> None:
        if self._listening:
            self.table.itemSelectionChanged.disconnect(self._selection_changed)
            self.ui.changed.disconnect(self.on_changed)
            self._listening = False
        super().done(result)

    def _enable_buttons(self) -> None:
        job = self.selected_job()
        self.reprint_button.setEnabled(job is not None and job.status == "FAILED")
        self.cancel_button.setEnabled(job is not None and job.status in ("FAILED", "QUEUED"))

    def reprint_selected(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        ctx, actor = self.ui.ctx, self.ui.actor
        self.ui.run(lambda: reprint(ctx, actor, job.id), self._wake, lane=DB)

    def cancel_selected(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        ctx, actor = self.ui.ctx, self.ui.actor
        self.ui.run(lambda: cancel_job(ctx, actor, job.id), lane=DB)

    def _wake(self, _result: object) -> None:
        worker = getattr(self.ui.hardware, "print_worker", None)
        if worker is not None and hasattr(worker, "wake"):
            worker.wake()


def open_print_queue(ui: UiContext, parent: QWidget | None = None) -> PrintQueueDialog:
    """Show the print queue (non-blocking) and return the dialog."""
    dialog = PrintQueueDialog(ui, parent)
    dialog.open()
    return dialog
