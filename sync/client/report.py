"""What one sync round did (``RoundReport``) and the sentences a person reads about failures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from sync.client.status import Connection
from sync.protocol import ErrorCode

IDENTITY_MISMATCH: Final = "identity_mismatch"  # HQ answered for another device/organization
KEYRING: Final = "keyring_unavailable"
NOT_ENROLLED: Final = "not_enrolled"

BLOCKING_CODES: Final = frozenset(
    {
        ErrorCode.REVOKED,
        ErrorCode.UNAUTHORIZED,
        ErrorCode.INSTANCE_MISMATCH,
        ErrorCode.PROTOCOL_MISMATCH,
        ErrorCode.SCHEMA_UNSUPPORTED,
        IDENTITY_MISMATCH,
        KEYRING,
    }
)
"""Refusals a retry cannot fix: the indicator shows BLOCKED until a person acts."""

_SENTENCES: Final = {
    ErrorCode.REVOKED: "HQ has revoked this terminal's credential; a manager must enroll it again.",
    ErrorCode.UNAUTHORIZED: "HQ does not recognise this terminal's credential; enroll it again.",
    ErrorCode.INSTANCE_MISMATCH: (
        "HQ knows this terminal by another database file: this copy was moved or cloned. "
        "Enroll it again, or ask HQ to reset the device's database instance if it was moved "
        "on purpose."
    ),
    ErrorCode.PROTOCOL_MISMATCH: "HQ speaks another version of the sync protocol; update the app.",
    ErrorCode.SCHEMA_UNSUPPORTED: "HQ does not accept this app's data version; update the app.",
    IDENTITY_MISMATCH: (
        "HQ answered for another terminal or organization; check the HQ address and enroll again."
    ),
}


def sentence_for(code: str, message: str) -> str:
    """A sentence for the indicator: ours for the codes a person must act on, else HQ's."""
    known = _SENTENCES.get(code)
    if known is not None:
        return known
    if code == ErrorCode.RATE_LIMITED:
        return "HQ asked this terminal to slow down; it will try again shortly."
    return f"HQ refused a sync request: {message}"


def connection_for(code: str | None, reached_hq: bool) -> Connection:
    if code in BLOCKING_CODES:
        return Connection.BLOCKED
    return Connection.ONLINE if reached_hq else Connection.OFFLINE


@dataclass
class RoundReport:
    """Counts of one round; ``ok`` False carries ``error`` (a sentence) and ``error_code``."""

    started_at: datetime
    ok: bool = False
    duration_s: float = 0.0
    connection: Connection = Connection.OFFLINE
    applied: int = 0  # pushed entries HQ applied
    duplicates: int = 0  # pushed entries HQ already had (a resend after a lost answer)
    quarantined: int = 0
    pulled: int = 0  # changes written from pull pages
    pull_pages: int = 0
    snapshot_rows: int = 0
    snapshot_pages: int = 0
    deleted: int = 0
    skipped: int = 0  # rows HQ sent that this terminal could not store (see the log)
    renumbered: int = 0
    reopened: int = 0  # acknowledged entries sent again after HQ lost them
    restored: bool = False  # HQ was restored from a backup (new epoch or lower last_seq)
    clock_skew_ms: int | None = None
    error: str | None = None
    error_code: str | None = None
    retry_after_s: float | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def pushed(self) -> int:
        return self.applied + self.duplicates + self.quarantined
