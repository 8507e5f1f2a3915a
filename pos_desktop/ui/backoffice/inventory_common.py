"""Small pieces the Inventory pages and dialogs share: labels for stock statuses and movement
reasons, colours, and quantities by unit. Tables and buttons: widgets.py; amounts: formats.py."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.ui.backoffice import formats

CONTEXT: Final = "Inventory"
DB: Final = "db"

STATUS_LABELS: Final = {
    "OK": QT_TRANSLATE_NOOP("Inventory", "OK"),
    "LOW": QT_TRANSLATE_NOOP("Inventory", "Low"),
    "NEGATIVE": QT_TRANSLATE_NOOP("Inventory", "Negative"),
    "OVER": QT_TRANSLATE_NOOP("Inventory", "Over max"),
}
# Pale backgrounds that keep black text readable.
STATUS_COLOURS: Final = {"LOW": "#fff1c2", "NEGATIVE": "#ffd6d6", "OVER": "#dbe9ff"}
REASON_LABELS: Final = {
    "sale": QT_TRANSLATE_NOOP("Inventory", "Sale"),
    "return": QT_TRANSLATE_NOOP("Inventory", "Return"),
    "restock": QT_TRANSLATE_NOOP("Inventory", "Received"),
    "purchase": QT_TRANSLATE_NOOP("Inventory", "Purchase order"),
    "opening": QT_TRANSLATE_NOOP("Inventory", "Opening stock"),
    "writeoff": QT_TRANSLATE_NOOP("Inventory", "Write-off"),
    "damage": QT_TRANSLATE_NOOP("Inventory", "Damaged"),
    "count": QT_TRANSLATE_NOOP("Inventory", "Stock take"),
    "adjustment": QT_TRANSLATE_NOOP("Inventory", "Adjustment"),
    "transfer_in": QT_TRANSLATE_NOOP("Inventory", "Transfer in"),
    "transfer_out": QT_TRANSLATE_NOOP("Inventory", "Transfer out"),
    "return_to_supplier": QT_TRANSLATE_NOOP("Inventory", "Returned to supplier"),
}
ADJUST_REASON_LABELS: Final = {
    "damaged": QT_TRANSLATE_NOOP("Inventory", "Damaged"),
    "expired": QT_TRANSLATE_NOOP("Inventory", "Expired"),
    "theft": QT_TRANSLATE_NOOP("Inventory", "Theft or loss"),
    "sample": QT_TRANSLATE_NOOP("Inventory", "Sample or tasting"),
    "found": QT_TRANSLATE_NOOP("Inventory", "Found"),
    "correction": QT_TRANSLATE_NOOP("Inventory", "Correction"),
    "other": QT_TRANSLATE_NOOP("Inventory", "Other (say why)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label_of(labels: dict[str, str], code: str) -> str:
    text = labels.get(code)
    return tr(text) if text else code


def status_colour(code: str) -> QColor | None:
    colour = STATUS_COLOURS.get(code)
    return QColor(colour) if colour else None


def qty(milli: int | None, unit: str = "pcs") -> str:
    return formats.qty(milli, weighed=unit == "kg")
