"""The points where this slice hands work to the receipt-printing slice.

Shift reports, refund receipts, no-sale drawer kicks and reprints are queued through
``services/print_queue.py`` (rows of print_jobs), never printed from here: the print worker
drives the printer, so a printer that is off never blocks the till. Queueing is a database
write, so it runs on the database lane; a failure to queue is shown in the status bar and never
undoes what was already committed (the closed shift, the refund, the recorded no-sale).

The printer settings dialog is looked up when asked for, so the menu works whether or not that
module is present in this build.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.services import print_queue
from pos_desktop.services.shift_reports import ShiftReport
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import current_language
from pos_desktop.ui.tasks import DB

PRINTER_SETTINGS = "pos_desktop.ui.printer_settings"


def _tr(text: str) -> str:
    # Module functions: lupdate sees no class, so the context is spelled out.
    return QCoreApplication.translate("PrintHooks", text)


def _queue(ui: UiContext, what: str, call: Callable[[], Any]) -> bool:
    """``what``: a QT_TRANSLATE_NOOP("PrintHooks", ...) name of the document."""

    def failed(error: BaseException) -> None:
        text = QCoreApplication.translate(
            "PrintHooks", "{what} could not be queued for printing: {error}"
        )
        ui.message.emit("warning", text.format(what=_tr(what), error=error))

    ui.run(call, None, failed, lane=DB)
    return True


def queue_drawer_kick(ui: UiContext, reason: str = "no_sale") -> bool:
    """Open the cash drawer (after a no-sale the shift service recorded and audited)."""
    ctx, actor = ui.ctx, ui.actor
    return _queue(
        ui,
        QT_TRANSLATE_NOOP("PrintHooks", "Drawer kick"),
        lambda: print_queue.enqueue_drawer_kick(ctx, actor, reason=reason),
    )


def queue_shift_report(ui: UiContext, report: ShiftReport) -> bool:
    """Print an X or Z report on the receipt printer."""
    ctx, actor, language = ui.ctx, ui.actor, current_language()
    return _queue(
        ui,
        QT_TRANSLATE_NOOP("PrintHooks", "Shift report"),
        lambda: print_queue.enqueue_shift_report(ctx, actor, report, language=language),
    )


def queue_receipt(ui: UiContext, sale_id: str) -> bool:
    """Print the receipt of a sales document; a RETURN gets a refund receipt (and the drawer
    opens when money goes back in cash)."""
    ctx, actor, language = ui.ctx, ui.actor, current_language()
    return _queue(
        ui,
        QT_TRANSLATE_NOOP("PrintHooks", "Receipt"),
        lambda: print_queue.enqueue_receipt(ctx, actor, sale_id, language=language),
    )


def reprint_last_receipt(ui: UiContext) -> bool:
    ctx, actor = ui.ctx, ui.actor

    def done(_result: object) -> None:
        ui.message.emit(
            "info", QCoreApplication.translate("PrintHooks", "Reprinting the last receipt.")
        )

    def failed(error: BaseException) -> None:
        message = getattr(error, "message", None) or str(error)
        ui.message.emit("warning", message)

    ui.run(lambda: print_queue.reprint_last_receipt(ctx, actor), done, failed, lane=DB)
    return True


def open_printer_settings(ui: UiContext, parent: QWidget | None) -> bool:
    try:
        module = importlib.import_module(PRINTER_SETTINGS)
    except ModuleNotFoundError:
        module = None
    opener = getattr(module, "open_printer_settings", None)
    if not callable(opener):
        text = QCoreApplication.translate(
            "PrintHooks", "Printer settings are not available in this build."
        )
        ui.message.emit("warning", text)
        return False
    opener(ui, parent)
    return True
