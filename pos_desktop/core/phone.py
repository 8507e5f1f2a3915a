"""Phone numbers as cashiers type them, normalised to one E.164 form for matching.

Sri Lankan numbers have a 9-digit national number (mobile 7X XXX XXXX, Colombo 11 XXX XXXX)
written as 077 123 4567, +94 77 123 4567, 0094771234567, 94771234567 or 771234567: all become
``+94771234567``. Numbers with another country code (+1 987 654 3210, 0044...) are kept in
E.164 (``+`` and 8 to 15 digits). The form as entered is stored beside the normalised one.
"""

from __future__ import annotations

import re
from typing import Final

from pos_desktop.core.errors import ValidationError

SRI_LANKA_CODE: Final = "94"
_FORMATTING: Final = re.compile(r"[\s\-().\u00a0/]")


def normalize_phone(raw: str) -> str:
    """The E.164 form of ``raw`` or ValidationError with what was wrong."""
    text = _FORMATTING.sub("", raw.strip())
    if not text:
        raise ValidationError("a phone number is required")
    international = False
    if text.startswith("+"):
        text, international = text[1:], True
    elif text.startswith("00"):
        text, international = text[2:], True
    if not text.isdigit() or not text.isascii():
        raise ValidationError(f"{raw.strip()!r} is not a phone number (digits only, with + or 0)")
    if not international:
        if len(text) == 10 and text.startswith("0"):
            text = SRI_LANKA_CODE + text[1:]  # 0771234567
        elif len(text) == 11 and text.startswith(SRI_LANKA_CODE):
            pass  # 94771234567
        elif len(text) == 9 and not text.startswith("0"):
            text = SRI_LANKA_CODE + text  # 771234567 (leading 0 dropped)
        else:
            raise ValidationError(
                f"{raw.strip()!r} is not a Sri Lankan number; write 10 digits starting with 0, "
                "or the international form starting with +"
            )
    if text.startswith(SRI_LANKA_CODE):
        national = text[len(SRI_LANKA_CODE) :]
        if national.startswith("0"):  # +94 0771234567: the trunk 0 typed after the code
            national = national[1:]
        if len(national) != 9:
            raise ValidationError(f"{raw.strip()!r}: a Sri Lankan number has 9 digits after +94")
        return f"+{SRI_LANKA_CODE}{national}"
    if text.startswith("0") or not 8 <= len(text) <= 15:
        raise ValidationError(f"{raw.strip()!r} is not a valid international phone number")
    return f"+{text}"


def phone_search_digits(text: str) -> str | None:
    """Digits to match against normalised phones when a search looks like a phone number.

    "077 123" -> "77123" (the trunk 0 is not in the E.164 form); None if it is not numeric.
    """
    cleaned = _FORMATTING.sub("", text.strip()).lstrip("+")
    if not cleaned.isdigit() or not cleaned.isascii():
        return None
    if cleaned.startswith("00"):
        cleaned = cleaned[2:]
    elif cleaned.startswith("0"):
        cleaned = cleaned[1:]
    return cleaned or None
