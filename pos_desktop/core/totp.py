"""Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP), written out here on purpose.

Authenticator apps (Google Authenticator, Microsoft Authenticator, Aegis, 1Password...) all
speak the defaults used here: HMAC-SHA1, 30-second steps, 6 digits, a base32 secret without
padding handed over as an ``otpauth://totp/...`` URI. A code is accepted for its own step and
one step either side (``window=1``) so a till whose clock is a few seconds off, or a person who
types slowly, still gets in; which step matched is returned so the caller can refuse the same
step twice (a code seen over a shoulder must not work a second time).

Pure and Qt-free: no clock of its own (callers pass the time), no storage.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
from datetime import datetime
from typing import Final, Literal
from urllib.parse import quote, urlencode

Algorithm = Literal["sha1", "sha256", "sha512"]

STEP_SECONDS: Final = 30
DIGITS: Final = 6
WINDOW: Final = 1
SECRET_BYTES: Final = 20  # 160 bits, RFC 4226's recommended length for HMAC-SHA1


def new_secret() -> str:
    """A fresh random secret as unpadded upper-case base32 (32 characters)."""
    return base64.b32encode(secrets.token_bytes(SECRET_BYTES)).decode("ascii").rstrip("=")


def decode_secret(secret: str) -> bytes:
    """Base32 text (any case, spaces allowed, padding optional) to the key bytes."""
    text = "".join(secret.split()).upper().rstrip("=")
    if not text:
        raise ValueError("an empty TOTP secret")
    text += "=" * (-len(text) % 8)
    try:
        return base64.b32decode(text, casefold=False)
    except (ValueError, TypeError) as exc:  # binascii.Error is a ValueError
        raise ValueError("a TOTP secret must be base32 text") from exc


def hotp(key: bytes, counter: int, *, digits: int = DIGITS, algorithm: Algorithm = "sha1") -> str:
    """RFC 4226: HMAC of the big-endian counter, dynamically truncated to ``digits`` digits."""
    if counter < 0:
        raise ValueError("a HOTP counter is not negative")
    mac = hmac.new(key, struct.pack(">Q", counter), getattr(hashlib, algorithm)).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**digits).zfill(digits)


def time_step(at: datetime | int, *, step: int = STEP_SECONDS) -> int:
    """The step number of a moment (aware datetime or Unix seconds)."""
    seconds = at if isinstance(at, int) else int(_unix(at))
    return seconds // step


def totp(
    key: bytes,
    at: datetime | int,
    *,
    step: int = STEP_SECONDS,
    digits: int = DIGITS,
    algorithm: Algorithm = "sha1",
) -> str:
    """The code for moment ``at``."""
    return hotp(key, time_step(at, step=step), digits=digits, algorithm=algorithm)


def match_totp(
    key: bytes,
    code: str,
    at: datetime | int,
    *,
    window: int = WINDOW,
    step: int = STEP_SECONDS,
    digits: int = DIGITS,
    algorithm: Algorithm = "sha1",
) -> int | None:
    """The step whose code equals ``code`` within ``window`` steps of ``at``, else None.

    Every candidate is compared in constant time and all are computed, so the answer's timing
    does not say which step (if any) was close.
    """
    if len(code) != digits or not code.isascii() or not code.isdigit():
        return None
    now = time_step(at, step=step)
    found: int | None = None
    for candidate in range(now - window, now + window + 1):
        if candidate < 0:
            continue
        expected = hotp(key, candidate, digits=digits, algorithm=algorithm)
        if hmac.compare_digest(expected, code) and found is None:
            found = candidate
    return found


def otpauth_uri(secret: str, account: str, issuer: str) -> str:
    """The ``otpauth://totp/Issuer:account?secret=...`` URI an authenticator app scans."""
    # Key URI format: "Issuer:account", each part percent-encoded, the colon literal.
    label = f"{quote(issuer.replace(':', ' '), safe='')}:{quote(account, safe='@')}"
    query = urlencode(
        {
            "secret": secret,
            "issuer": issuer,
            "algorithm": "SHA1",
            "digits": str(DIGITS),
            "period": str(STEP_SECONDS),
        },
        quote_via=quote,
    )
    return f"otpauth://totp/{label}?{query}"


def _unix(at: datetime) -> float:
    if at.tzinfo is None:
        raise ValueError("TOTP needs an aware datetime")
    return at.timestamp()
