"""Barcode parsing. GTIN check digits (EAN-13, EAN-8, UPC-A) are the shared base."""

from __future__ import annotations


def gtin_check_digit(body: str) -> int:
    """Check digit for a GTIN body (all digits but the last), per GS1 mod-10."""
    if not body.isdigit():
        raise ValueError(f"GTIN body must be digits, got {body!r}")
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    """True for a well-formed EAN-8, UPC-A (12), EAN-13 or GTIN-14 with a correct check digit."""
    if not code.isdigit() or len(code) not in (8, 12, 13, 14):
        return False
    return gtin_check_digit(code[:-1]) == int(code[-1])
