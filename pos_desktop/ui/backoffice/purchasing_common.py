"""Widget helpers of the purchasing pages (suppliers, orders, receiving, suggestions): status
labels, an Enter-safe button, quantities as typed back. Tables: widgets.py; amounts and
parsing typed text: formats.py. No rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from pos_desktop.core.quantity import from_milli
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.ui.backoffice import widgets

CONTEXT: Final = "Purchasing"

STATUS_LABELS: Final = {
    "DRAFT": QT_TRANSLATE_NOOP("Purchasing", "Draft"),
    "ORDERED": QT_TRANSLATE_NOOP("Purchasing", "Ordered"),
    "PARTIALLY_RECEIVED": QT_TRANSLATE_NOOP("Purchasing", "Partly received"),
    "RECEIVED": QT_TRANSLATE_NOOP("Purchasing", "Received"),
    "CANCELLED": QT_TRANSLATE_NOOP("Purchasing", "Cancelled"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(code: str) -> str:
    text = STATUS_LABELS.get(code)
    return tr(text) if text else code


def button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    # Enter in a search box or a table cell must never press a button of the dialog (a scanner
    # ends every code with Enter); dialogs that want a default button set one explicitly.
    return widgets.button(text, name, slot, auto_default=False)


def qty_input(milli: int) -> str:
    """A quantity as typed back into an edit box (no grouping: "1250.5")."""
    return str(from_milli(milli))
