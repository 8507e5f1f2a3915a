"""Starting the print worker for the app, and bringing its news back to the UI thread.

The worker (``hardware.printing.worker``) is Qt-free and reports each job's outcome on its own
thread. ``PrintStatusBridge`` re-emits that on the UI thread as the usual "what changed"
broadcast (entity ``print_jobs``, so a visible print queue refreshes) and, when a job waits or
fails, as a warning in the status area: the sale is safe, the receipt waits for "reprint".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from pos_desktop.hardware.printing.worker import PrintEvent, PrintWorker, RetryPolicy
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.services.context import Changes
from pos_desktop.services.print_queue import ENTITY
from pos_desktop.store.models.printing import PrintJobKind, PrintJobStatus
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import receipt_translate
from pos_desktop.ui.raster import rasterize_text

# Marked so lupdate extracts them (self.tr of a variable is invisible to it).
_WHAT = {
    PrintJobKind.RECEIPT.value: QT_TRANSLATE_NOOP("PrintStatusBridge", "Receipt"),
    PrintJobKind.REFUND_RECEIPT.value: QT_TRANSLATE_NOOP("PrintStatusBridge", "Refund receipt"),
    PrintJobKind.SHIFT_REPORT.value: QT_TRANSLATE_NOOP("PrintStatusBridge", "Shift report"),
    PrintJobKind.TEST_PAGE.value: QT_TRANSLATE_NOOP("PrintStatusBridge", "Test page"),
    PrintJobKind.DRAWER_KICK.value: QT_TRANSLATE_NOOP("PrintStatusBridge", "Cash drawer"),
}
_PRINT_JOB = QT_TRANSLATE_NOOP("PrintStatusBridge", "Print job")


class PrintStatusBridge(QObject):
    """Callable given to the worker as ``on_event``; delivers on the UI thread."""

    job_changed = Signal(object)  # PrintEvent, emitted on the UI thread
    _arrived = Signal(object)

    def __init__(self, ui: UiContext) -> None:
        super().__init__()
        self.ui = ui
        # A bound slot of a QObject living on the UI thread: emits from the worker thread are
        # queued to the UI thread.
        self._arrived.connect(self._deliver)

    def __call__(self, event: PrintEvent) -> None:
        self._arrived.emit(event)

    @Slot(object)
    def _deliver(self, event: PrintEvent) -> None:
        self.ui.changed.emit(Changes.of(ENTITY, ids=(event.job_id,)))
        what = self.tr(_WHAT.get(event.kind, _PRINT_JOB))
        if event.status == PrintJobStatus.FAILED:
            self.ui.message.emit(
                "error",
                self.tr("{0} not printed: {1}. It is kept in the print queue for reprint.").format(
                    what, event.error or ""
                ),
            )
        elif event.status == PrintJobStatus.QUEUED and event.attempts == 1:
            self.ui.message.emit(
                "warning", self.tr("{0} waiting: {1}. Retrying.").format(what, event.error or "")
            )
        self.job_changed.emit(event)


def start_print_worker(
    ui: UiContext, *, retry: RetryPolicy | None = None, poll_interval_s: float = 0.25
) -> tuple[PrintWorker, PrintStatusBridge]:
    """Build and start the receipt printer's worker with the Qt rasterizer.

    Call on the UI thread after ``load_bundled_fonts()``; keep both objects alive and call
    ``worker.stop()`` at exit. ``worker.wake()`` after queueing a job prints it at once.
    """
    bridge = PrintStatusBridge(ui)
    worker = PrintWorker(
        ui.ctx,
        rasterize=rasterize_text,
        translator=receipt_translate,
        retry=retry,
        poll_interval_s=poll_interval_s,
        on_event=bridge,
    )
    worker.start()
    return worker, bridge
