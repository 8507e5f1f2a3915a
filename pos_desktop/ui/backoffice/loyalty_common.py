"""Labels of stored codes and date picking shared by the customers, loyalty and coupon pages
(no rules here). Tables and buttons: widgets.py; times: formats.py."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Final

from PySide6.QtCore import QCoreApplication, QDate

from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP

CONTEXT: Final = "LoyaltyLabels"

# Labels of stored codes, translated where shown.
LABELS: Final = {
    "BRONZE": QT_TRANSLATE_NOOP("LoyaltyLabels", "Bronze"),
    "SILVER": QT_TRANSLATE_NOOP("LoyaltyLabels", "Silver"),
    "GOLD": QT_TRANSLATE_NOOP("LoyaltyLabels", "Gold"),
    "PLATINUM": QT_TRANSLATE_NOOP("LoyaltyLabels", "Platinum"),
    "EARNED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Earned"),
    "REDEEMED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Redeemed"),
    "EXPIRED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Expired"),
    "ADJUSTED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Adjusted"),
    "REVERSED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Reversed"),
    "SALE": QT_TRANSLATE_NOOP("LoyaltyLabels", "Sale"),
    "RETURN": QT_TRANSLATE_NOOP("LoyaltyLabels", "Return"),
    "VOID": QT_TRANSLATE_NOOP("LoyaltyLabels", "Void"),
    "ACTIVE": QT_TRANSLATE_NOOP("LoyaltyLabels", "Active"),
    "INACTIVE": QT_TRANSLATE_NOOP("LoyaltyLabels", "Inactive"),
    "BLOCKED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Blocked"),
    "BIRTHDAY": QT_TRANSLATE_NOOP("LoyaltyLabels", "Birthday"),
    "ANNIVERSARY": QT_TRANSLATE_NOOP("LoyaltyLabels", "Anniversary"),
    "PURCHASE": QT_TRANSLATE_NOOP("LoyaltyLabels", "Purchase"),
    "REFERRAL": QT_TRANSLATE_NOOP("LoyaltyLabels", "Referral"),
    "DISCOUNT": QT_TRANSLATE_NOOP("LoyaltyLabels", "Discount"),
    "CASHBACK": QT_TRANSLATE_NOOP("LoyaltyLabels", "Cashback"),
    "PRODUCT": QT_TRANSLATE_NOOP("LoyaltyLabels", "Free product"),
    "FREE_SHIPPING": QT_TRANSLATE_NOOP("LoyaltyLabels", "Free shipping"),
    "PERCENTAGE": QT_TRANSLATE_NOOP("LoyaltyLabels", "Percentage"),
    "FIXED_AMOUNT": QT_TRANSLATE_NOOP("LoyaltyLabels", "Fixed amount"),
    "COMPLETED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Completed"),
    "VOIDED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Voided"),
    "PARTIALLY_RETURNED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Partly returned"),
    "RETURNED": QT_TRANSLATE_NOOP("LoyaltyLabels", "Returned"),
}


def label(code: str) -> str:
    text = LABELS.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code


def qdate_to_utc(day: QDate, *, end_of_day: bool = False) -> datetime:
    """A picked local date as an aware UTC moment (its start, or its last second)."""
    moment = datetime(day.year(), day.month(), day.day(), 23 if end_of_day else 0)
    if end_of_day:
        moment = moment.replace(minute=59, second=59)
    return moment.astimezone().astimezone(UTC)
