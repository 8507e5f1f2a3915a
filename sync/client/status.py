"""What the sync engine tells the rest of the app: one immutable snapshot of its state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Connection(StrEnum):
    NOT_ENROLLED = "not_enrolled"  # no HQ configured: the terminal runs standalone
    ONLINE = "online"  # the last attempt reached HQ
    OFFLINE = "offline"  # the last attempt could not reach HQ (will retry with backoff)
    BLOCKED = "blocked"  # HQ refused us for good (revoked, cloned file...): needs a person


@dataclass(frozen=True, slots=True)
class SyncStatus:
    connection: Connection
    pending: int  # outbox entries not yet acknowledged by HQ
    oldest_pending_at: datetime | None  # created_at of the oldest of them (UTC)
    last_success_at: datetime | None
    last_error: str | None  # a sentence for a person, not a traceback
    quarantined: int = 0  # entries HQ refused as business-invalid (see the sync inbox)
    syncing: bool = False  # a round is running now
    next_attempt_at: datetime | None = None  # when the worker tries again (backoff)
    clock_skew_ms: int | None = None  # device clock minus HQ clock, from the last hello

    def oldest_pending_age_seconds(self, now: datetime) -> float | None:
        if self.oldest_pending_at is None:
            return None
        return max(0.0, (now - self.oldest_pending_at).total_seconds())
