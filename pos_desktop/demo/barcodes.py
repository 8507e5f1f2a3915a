"""Codes for demo and benchmark data: product EAN-13s, scale item codes, loyalty card numbers.

Packaged goods get GS1 Sri Lanka numbers (prefix 479) made unique by a running serial; weighed
goods get a 5-digit in-store item code that the scale prints inside a ``2x`` barcode (see
core.barcode); loyalty cards are "LC" + 10 digits, the form core.barcode.parse_scan reads.
"""

from __future__ import annotations

from typing import Final

from pos_desktop.core.barcode import make_ean13

GS1_SRI_LANKA: Final = "479"
_SCATTER: Final = 618_033_989  # odd and not a multiple of 5: coprime with every 10^n
_CARD_DIGITS: Final = 10


def product_ean13(serial: int, prefix: str = GS1_SRI_LANKA) -> str:
    """The EAN-13 of the ``serial``-th product: unique for serials below 10**(12-len(prefix))."""
    width = 12 - len(prefix)
    space = 10**width
    if not 0 <= serial < space:
        raise ValueError(f"serial {serial} does not fit {width} digits")
    # Scatter serials over the number space (a bijection) so numbers look like real item
    # references rather than 000000001, 000000002...
    item = (serial * _SCATTER + 104_729) % space
    return make_ean13(f"{prefix}{item:0{width}d}")


def scale_item_code(index: int, first: int = 10001) -> str:
    """Five-digit code keyed into the scale for a weighed product (10001, 10002, ...)."""
    code = first + index
    if code > 99999:
        raise ValueError("no more 5-digit scale item codes")
    return f"{code:05d}"


def loyalty_card_number(index: int) -> str:
    """ "LC" + 10 digits, distinct for every index (scattered like the EAN serials)."""
    space = 10**_CARD_DIGITS
    if not 0 <= index < space:
        raise ValueError("card index out of range")
    return f"LC{(index * 7_777_777_777 + 1_000_000_007) % space:0{_CARD_DIGITS}d}"
