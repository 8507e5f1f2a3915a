"""Words the UI shows that no ``tr()`` call in our code spells out, marked for lupdate.

- Qt's standard dialog buttons: PySide6 ships no qtbase catalogue for Sinhala or Tamil, and Qt
  asks for these texts with the context "QPlatformTheme"; carrying them in our catalogue under
  that context makes our installed translator answer Qt's own lookups.
- Role names, which come from the database as "admin", "manager", "cashier".
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP

QT_BUTTONS: Final = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
)

ROLE_CONTEXT: Final = "Roles"
ROLES: Final = {
    "admin": QT_TRANSLATE_NOOP("Roles", "Admin"),
    "manager": QT_TRANSLATE_NOOP("Roles", "Manager"),
    "cashier": QT_TRANSLATE_NOOP("Roles", "Cashier"),
}


def role_label(role: str) -> str:
    """A role as the signed-in language says it ("Cashier", "අයකැමි"...)."""
    return QCoreApplication.translate(ROLE_CONTEXT, ROLES.get(role, role.capitalize()))
