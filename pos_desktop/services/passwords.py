"""Argon2id hashing for passwords and PINs (never stored or logged in clear)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# PINs are short, so their strength comes from lockout; argon2 still makes an offline guess of
# a stolen database slow. Parameters are argon2-cffi's RFC 9106 low-memory profile.
_HASHER = PasswordHasher()


def hash_secret(secret: str) -> str:
    return _HASHER.hash(secret)


def verify_secret(stored_hash: str | None, secret: str) -> bool:
    if not stored_hash:
        return False
    try:
        return _HASHER.verify(stored_hash, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
