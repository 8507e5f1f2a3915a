"""RFC 6238 / RFC 4226 TOTP against the RFCs' published test vectors."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlparse

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.core import totp

SHA1_KEY = b"12345678901234567890"
SHA256_KEY = b"12345678901234567890123456789012"
SHA512_KEY = b"1234567890123456789012345678901234567890123456789012345678901234"

# RFC 6238 appendix B: (Unix time, SHA1, SHA256, SHA512), 8 digits.
RFC6238 = [
    (59, "94287082", "46119246", "90693936"),
    (1111111109, "07081804", "68084774", "25091201"),
    (1111111111, "14050471", "67062674", "99943326"),
    (1234567890, "89005924", "91819424", "93441116"),
    (2000000000, "69279037", "90698825", "38618901"),
    (20000000000, "65353130", "77737706", "47863826"),
]
# RFC 4226 appendix D: HOTP values for counters 0..9, 6 digits.
RFC4226 = [
    "755224", "287082", "359152", "969429", "338314",
    "254676", "287922", "162583", "399871", "520489",
]  # fmt: skip


@pytest.mark.parametrize(("at", "sha1", "sha256", "sha512"), RFC6238)
def test_rfc6238_vectors(at: int, sha1: str, sha256: str, sha512: str) -> None:
    assert totp.totp(SHA1_KEY, at, digits=8) == sha1
    assert totp.totp(SHA256_KEY, at, digits=8, algorithm="sha256") == sha256
    assert totp.totp(SHA512_KEY, at, digits=8, algorithm="sha512") == sha512
    # The same moment as an aware datetime gives the same code.
    assert totp.totp(SHA1_KEY, datetime.fromtimestamp(at, UTC), digits=8) == sha1


def test_rfc4226_hotp_vectors() -> None:
    assert [totp.hotp(SHA1_KEY, i) for i in range(10)] == RFC4226


def test_match_accepts_one_step_either_side_and_returns_the_step() -> None:
    at = 1234567890
    step = at // 30
    for offset in (-1, 0, 1):
        code = totp.hotp(SHA1_KEY, step + offset)
        assert totp.match_totp(SHA1_KEY, code, at) == step + offset
    for offset in (-2, 2):
        assert totp.match_totp(SHA1_KEY, totp.hotp(SHA1_KEY, step + offset), at) is None


@pytest.mark.parametrize("bad", ["", "12345", "1234567", "abcdef", "12 456", "١٢٣٤٥٦"])
def test_malformed_codes_never_match(bad: str) -> None:
    assert totp.match_totp(SHA1_KEY, bad, 59) is None


def test_secrets_round_trip_and_uri() -> None:
    secret = totp.new_secret()
    assert len(secret) == 32 and secret.isupper()
    assert len(totp.decode_secret(secret)) == 20
    assert totp.decode_secret(secret.lower()[:16] + " " + secret[16:]) == totp.decode_secret(secret)
    uri = totp.otpauth_uri(secret, "mala", "Perera Stores POS")
    parsed = urlparse(uri)
    assert parsed.scheme == "otpauth" and parsed.netloc == "totp"
    assert parsed.path == "/Perera%20Stores%20POS:mala"
    query = parse_qs(parsed.query)
    assert query["secret"] == [secret] and query["digits"] == ["6"] and query["period"] == ["30"]
    with pytest.raises(ValueError):
        totp.decode_secret("not base32 at all!")
    with pytest.raises(ValueError):
        totp.totp(SHA1_KEY, datetime(2025, 1, 1))  # naive


@given(st.binary(min_size=10, max_size=64), st.integers(min_value=0, max_value=2**40))
def test_a_code_always_matches_its_own_moment(key: bytes, at: int) -> None:
    code = totp.totp(key, at)
    assert len(code) == 6 and code.isdigit()
    assert totp.match_totp(key, code, at) is not None
