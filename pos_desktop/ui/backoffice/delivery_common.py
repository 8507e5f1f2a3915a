"""Labels of the delivery pages and their Enter-safe button. No rules: which step is legal comes
from the services (``OrderDetail.next_steps``), labels only translate the codes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from pos_desktop.core.money import Money
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.ui.backoffice import widgets
from pos_desktop.ui.backoffice.formats import day
from pos_desktop.ui.i18n import money_text

CONTEXT: Final = "Delivery"

ORDER_STATUS_LABELS: Final = {
    "PENDING": QT_TRANSLATE_NOOP("Delivery", "Pending"),
    "CONFIRMED": QT_TRANSLATE_NOOP("Delivery", "Confirmed"),
    "PROCESSING": QT_TRANSLATE_NOOP("Delivery", "Processing"),
    "PACKED": QT_TRANSLATE_NOOP("Delivery", "Packed"),
    "OUT_FOR_DELIVERY": QT_TRANSLATE_NOOP("Delivery", "Out for delivery"),
    "DELIVERED": QT_TRANSLATE_NOOP("Delivery", "Delivered"),
    "CANCELLED": QT_TRANSLATE_NOOP("Delivery", "Cancelled"),
}
# What the button that takes an order to a status says.
ORDER_STEP_LABELS: Final = {
    "CONFIRMED": QT_TRANSLATE_NOOP("Delivery", "Confirm"),
    "PROCESSING": QT_TRANSLATE_NOOP("Delivery", "Start processing"),
    "PACKED": QT_TRANSLATE_NOOP("Delivery", "Packed"),
    "OUT_FOR_DELIVERY": QT_TRANSLATE_NOOP("Delivery", "Out for delivery"),
    "DELIVERED": QT_TRANSLATE_NOOP("Delivery", "Delivered"),
    "CANCELLED": QT_TRANSLATE_NOOP("Delivery", "Cancel order"),
}
DELIVERY_STATUS_LABELS: Final = {
    "PENDING": QT_TRANSLATE_NOOP("Delivery", "Assigned"),
    "PROCESSING": QT_TRANSLATE_NOOP("Delivery", "Accepted by courier"),
    "DISPATCHED": QT_TRANSLATE_NOOP("Delivery", "Dispatched"),
    "DELIVERED": QT_TRANSLATE_NOOP("Delivery", "Delivered"),
    "RETURNED": QT_TRANSLATE_NOOP("Delivery", "Returned"),
}
COURIER_STATUS_LABELS: Final = {
    "AVAILABLE": QT_TRANSLATE_NOOP("Delivery", "Available"),
    "BUSY": QT_TRANSLATE_NOOP("Delivery", "Busy"),
    "OFFLINE": QT_TRANSLATE_NOOP("Delivery", "Offline"),
}
PAYMENT_LABELS: Final = {
    "COD": QT_TRANSLATE_NOOP("Delivery", "Cash on delivery"),
    "BANK_TRANSFER": QT_TRANSLATE_NOOP("Delivery", "Bank transfer"),
    "PAYHERE": QT_TRANSLATE_NOOP("Delivery", "PayHere"),
    "LANKAQR": QT_TRANSLATE_NOOP("Delivery", "LankaQR"),
    "CARD": QT_TRANSLATE_NOOP("Delivery", "Card"),
    "CASH": QT_TRANSLATE_NOOP("Delivery", "Cash at the counter"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _label(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    text = table.get(code)
    return tr(text) if text else code


def order_status_label(code: str | None) -> str:
    return _label(ORDER_STATUS_LABELS, code)


def order_step_label(code: str) -> str:
    return _label(ORDER_STEP_LABELS, code)


def delivery_status_label(code: str | None) -> str:
    return _label(DELIVERY_STATUS_LABELS, code)


def courier_status_label(code: str) -> str:
    return _label(COURIER_STATUS_LABELS, code)


def payment_label(code: str) -> str:
    return _label(PAYMENT_LABELS, code)


def amount(money: Money) -> str:
    return money_text(money)


def when(moment: datetime) -> str:
    """Local date (in the language's words) and time for lists and the history."""
    local = moment.astimezone()
    return f"{day(local.date())} {local:%H:%M}"


# -- widgets --------------------------------------------------------------------------------


def button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    # a scanner's Enter in a search box must not press a button
    return widgets.button(text, name, slot, auto_default=False)
