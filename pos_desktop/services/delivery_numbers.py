"""Order numbers (5-6 characters) and tracking numbers ("TRK" + 8 characters), made on the till.

Both must be unique while tills work offline, so neither asks HQ: each carries the till's own
character, and within one till a counter makes it unique.

- Alphabet: Crockford base 32 (``0-9`` and ``A-Z`` without I, L, O, U), so a number read over
  the phone or copied by hand cannot mix up 1/I/L or 0/O; what people type is folded back
  (``normalize_code``: O -> 0, I and L -> 1, lower case -> upper). Its characters are in ASCII
  order, so for numbers of one length text order is number order.
- Till character: the till's number within its store (device codes ``T01``..``T31``, which HQ
  hands out once per store and never reuses) written as one base-32 character (``1``..``Z``).
  Two tills of a store can never share it; a 32nd till gets a clear error, not a duplicate.
- Order number: till character + the till's order counter in at least 4 base-32 digits:
  ``10001`` is the first order of T01, ``A0001`` of T10. A till writes 1,048,575 orders in 5
  characters, then 6 (33 million). The counter is the highest number this till already holds
  + 1, read in the order's own transaction (one writer at a time on SQLite), so it needs no
  counter row that a backup restore could wind back: orders are a ledger and never deleted.
- Tracking number: ``TRK`` + till character + 7 characters. The 7 are the till's delivery
  counter (``deliveries.tracking_seq``) passed through a fixed bijection of 35-bit numbers
  (multiply by an odd constant, add a per-store offset, modulo 2**35), so consecutive parcels
  do not get guessable neighbouring numbers, yet two counters never give the same text.

Uniqueness is therefore per store (the unique keys are (store, number); HQ adds the
organization). Two stores may print the same text; the label also names the store.
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.store.models.delivery import Delivery, Order

ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BASE: Final = len(ALPHABET)
ORDER_COUNTER_MIN_DIGITS: Final = 4
ORDER_COUNTER_MAX_DIGITS: Final = 5
MAX_ORDER_COUNTER: Final = BASE**ORDER_COUNTER_MAX_DIGITS - 1
TRACKING_PREFIX: Final = "TRK"
TRACKING_BODY_DIGITS: Final = 7
TRACKING_BITS: Final = 5 * TRACKING_BODY_DIGITS
_TRACKING_MOD: Final = 1 << TRACKING_BITS
_TRACKING_MULT: Final = 0x5DEECE66D % _TRACKING_MOD | 1  # odd: a bijection modulo 2**35
MAX_TRACKING_SEQ: Final = _TRACKING_MOD - 1
MAX_TILLS: Final = BASE - 1

_FOLD: Final = str.maketrans({"O": "0", "I": "1", "L": "1"})
_ORDER_RE: Final = re.compile(f"[{ALPHABET}]{{{1 + ORDER_COUNTER_MIN_DIGITS},6}}")
_TRACKING_RE: Final = re.compile(f"{TRACKING_PREFIX}[{ALPHABET}]{{8}}")
_TILL_NUMBER: Final = re.compile(r"[A-Z]*0*([0-9]{1,3})")


def encode(value: int, width: int) -> str:
    if value < 0:
        raise ValueError("negative")
    digits = []
    while value:
        value, rest = divmod(value, BASE)
        digits.append(ALPHABET[rest])
    text = "".join(reversed(digits))
    return text.rjust(width, ALPHABET[0])


def decode(text: str) -> int:
    value = 0
    for ch in text:
        value = value * BASE + ALPHABET.index(ch)
    return value


def normalize_code(text: str) -> str:
    """What a person typed, as the canonical spelling (upper case, O/I/L folded, no spaces)."""
    cleaned = "".join(text.split()).upper().replace("-", "")
    if cleaned.startswith(TRACKING_PREFIX):
        return TRACKING_PREFIX + cleaned[len(TRACKING_PREFIX) :].translate(_FOLD)
    return cleaned.translate(_FOLD)


def till_character(device_code: str) -> str:
    """The till's character in its store's order and tracking numbers (T01 -> '1')."""
    match = _TILL_NUMBER.fullmatch(device_code.strip().upper())
    number = int(match.group(1)) if match else 0
    if not 1 <= number <= MAX_TILLS:
        raise ValidationError(
            f"delivery orders need a till numbered T01 to T{MAX_TILLS}; this till is "
            f"{device_code!r}"
        )
    return ALPHABET[number]


def is_order_number(text: str) -> bool:
    return _ORDER_RE.fullmatch(text) is not None


def is_tracking_number(text: str) -> bool:
    return _TRACKING_RE.fullmatch(text) is not None


def format_order_number(till: str, counter: int) -> str:
    if not 1 <= counter <= MAX_ORDER_COUNTER:
        raise ValidationError("this till has used every order number it can make")
    return till + encode(counter, ORDER_COUNTER_MIN_DIGITS)


def order_counter(number: str) -> int:
    return decode(number[1:])


def next_order_number(session: Session, store_id: str, device_code: str) -> str:
    """The next order number of this till, in the caller's (write) transaction."""
    till = till_character(device_code)
    last = session.execute(
        select(Order.order_number)
        .where(Order.store_id == store_id, func.substr(Order.order_number, 1, 1) == till)
        .order_by(func.length(Order.order_number).desc(), Order.order_number.desc())
        .limit(1)
    ).scalar_one_or_none()
    return format_order_number(till, (order_counter(last) if last else 0) + 1)


def _store_offset(store_id: str) -> int:
    digest = hashlib.sha256(store_id.encode()).digest()
    return int.from_bytes(digest[:8], "big") % _TRACKING_MOD


def scramble(seq: int, store_id: str) -> int:
    """A bijection of 0..2**35-1 (per store): distinct counters give distinct values."""
    return (seq * _TRACKING_MULT + _store_offset(store_id)) % _TRACKING_MOD


def format_tracking_number(till: str, seq: int, store_id: str) -> str:
    if not 1 <= seq <= MAX_TRACKING_SEQ:
        raise ValidationError("this till has used every tracking number it can make")
    return TRACKING_PREFIX + till + encode(scramble(seq, store_id), TRACKING_BODY_DIGITS)


def next_tracking(session: Session, store_id: str, device_code: str) -> tuple[str, int]:
    """(tracking number, counter) for this till's next delivery, in the caller's transaction."""
    till = till_character(device_code)
    last = session.execute(
        select(func.max(Delivery.tracking_seq)).where(
            Delivery.store_id == store_id,
            func.substr(Delivery.tracking_number, len(TRACKING_PREFIX) + 1, 1) == till,
        )
    ).scalar_one_or_none()
    seq = int(last or 0) + 1
    return format_tracking_number(till, seq, store_id), seq
