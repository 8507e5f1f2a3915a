"""The points where this slice hands work to the receipt-printing slice.

Shift reports, refund receipts, no-sale drawer kicks and reprints are queued through
``pos_desktop.services.print_queue`` (the print_jobs table), never printed from here. The print
queue is built in parallel, so each hook looks its function up when called: while it does not
exist yet the hook says so in the status bar and returns False, and nothing else breaks.

Every hook queues on the database lane (a print job is a row); the printer itself is driven by
the print slice's worker.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from pos_desktop.services.shift_reports import ShiftReport
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.tasks import DB

PRINT_QUEUE = "pos_desktop.services.print_queue"
PRINTER_SETTINGS = "pos_desktop.ui.printer_settings"


def _lookup(module: str, name: str) -> Callable[..., Any] | None:
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError:
        return None
    fn = getattr(found, name, None)
    return fn if callable(fn) else None


def _missing(ui: UiContext, what: str) -> bool:
    ui.message.emit("warning", f"{what}: printing is not set up on this till yet")
    return False


def _queue(ui: UiContext, what: str, call: Callable[[], Any]) -> bool:
    def failed(error: BaseException) -> None:
        ui.message.emit("warning", f"{what} could not be queued: {error}")

    ui.run(call, None, failed, lane=DB)
    return True


def queue_drawer_kick(ui: UiContext, reason: str = "no sale") -> bool:
    """Open the cash drawer (after a recorded no-sale)."""
    fn = _lookup(PRINT_QUEUE, "enqueue_drawer_kick")
    if fn is None:
        return _missing(ui, "Drawer")
    ctx, actor = ui.ctx, ui.actor
    return _queue(ui, "Drawer kick", lambda: fn(ctx, actor, reason=reason))


def queue_shift_report(ui: UiContext, report: ShiftReport) -> bool:
    """Print an X or Z report on the receipt printer."""
    fn = _lookup(PRINT_QUEUE, "enqueue_shift_report")
    if fn is None:
        return _missing(ui, "Shift report")
    ctx, actor = ui.ctx, ui.actor
    return _queue(ui, "Shift report", lambda: fn(ctx, actor, report))


def queue_receipt(ui: UiContext, sale_id: str) -> bool:
    """Print the receipt of a sales document (a RETURN's refund receipt included)."""
    fn = _lookup(PRINT_QUEUE, "enqueue_receipt")
    if fn is None:
        return _missing(ui, "Receipt")
    ctx, actor = ui.ctx, ui.actor
    return _queue(ui, "Receipt", lambda: fn(ctx, actor, sale_id))


def reprint_last_receipt(ui: UiContext) -> bool:
    fn = _lookup(PRINT_QUEUE, "reprint_last_receipt")
    if fn is None:
        return _missing(ui, "Reprint")
    ctx, actor = ui.ctx, ui.actor
    return _queue(ui, "Reprint", lambda: fn(ctx, actor))


def open_printer_settings(ui: UiContext, parent: QWidget | None) -> bool:
    fn = _lookup(PRINTER_SETTINGS, "open_printer_settings")
    if fn is None:
        return _missing(ui, "Printer settings")
    fn(ui, parent)
    return True
