"""The standard payment methods' names in the user's language (context "PaymentMethod").

A shop's payment methods are rows it may rename ("Visa/Master" for CARD). Their seeded names
(services/payments.py DEFAULT_PAYMENT_METHODS) are the English source texts below: a method
still called by its standard name is shown in the reader's language; a name the shop chose
is its own text and is printed as written.
"""

from __future__ import annotations

from typing import Final

from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP, Translate

CONTEXT: Final = "PaymentMethod"

# payment method code -> its standard English name (the translation key)
STANDARD_LABELS: Final[dict[str, str]] = {
    "CASH": QT_TRANSLATE_NOOP("PaymentMethod", "Cash"),
    "CARD": QT_TRANSLATE_NOOP("PaymentMethod", "Card"),
    "LANKAQR": QT_TRANSLATE_NOOP("PaymentMethod", "LankaQR"),
    "PAYHERE": QT_TRANSLATE_NOOP("PaymentMethod", "PayHere"),
    "BANK_TRANSFER": QT_TRANSLATE_NOOP("PaymentMethod", "Bank transfer"),
    "COD": QT_TRANSLATE_NOOP("PaymentMethod", "Cash on delivery"),
    "LOYALTY_POINTS": QT_TRANSLATE_NOOP("PaymentMethod", "Loyalty points"),
}


def method_label(code: str, label: str | None, translate: Translate) -> str:
    """What to print or show for a payment of ``code`` that the shop calls ``label``.

    The standard name of a standard method is translated; anything else (a name the shop
    gave, an unknown method) stays as it is. Without a label the standard name is used, and
    an unknown code without a label shows the code itself.
    """
    standard = STANDARD_LABELS.get(code)
    if label is None or label == standard:
        return translate(CONTEXT, standard) if standard is not None else code
    return label
