"""Shared types of one push: who pushes, when, and what an entry became."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from pos_desktop.core.ids import HlcStamp
from sync.protocol import MAX_CLOCK_LEAD_MS, PushEntry
from sync.server.changes import ChangeSet
from sync.server.schema import EntityInfo

APPLIED = "applied"
DUPLICATE = "duplicate"
QUARANTINED = "quarantined"


@dataclass(frozen=True, slots=True)
class PushContext:
    organization_id: str
    store_id: str
    device_id: str
    now: datetime
    # Last stamp clamped per HLC node in this push (mutable state of a frozen context).
    clamped: dict[str, HlcStamp] = field(default_factory=dict, compare=False)

    @property
    def now_ms(self) -> int:
        return int(self.now.timestamp() * 1000)

    @property
    def latest_allowed(self) -> datetime:
        """Times further ahead than this come from a clock that runs fast: clamped."""
        return self.now + timedelta(milliseconds=MAX_CLOCK_LEAD_MS)

    def clamp_hlc(self, text: str) -> str:
        """The stamp, or HQ's clock + the allowed lead when it is further in the future.

        Stamps clamped in one push keep the device's own order: two edits a fast clock made
        a second apart must not tie at the limit (the later one would lose at HQ while the
        till still shows it), so a clamped stamp's counter follows the last one clamped for
        the same node."""
        stamp = HlcStamp.decode(text)
        limit = self.now_ms + MAX_CLOCK_LEAD_MS
        if stamp.wall_ms <= limit:
            return text
        counter = stamp.counter
        previous = self.clamped.get(stamp.node)
        if previous is not None and previous.wall_ms == limit and counter <= previous.counter:
            counter = previous.counter + 1
        clamped = HlcStamp(limit, counter, stamp.node)
        self.clamped[stamp.node] = clamped
        return clamped.encode()

    def clamp_time(self, moment: datetime | None) -> datetime | None:
        if moment is None:
            return None
        latest = self.latest_allowed
        return latest if moment > latest else moment


@dataclass(slots=True)
class Outcome:
    status: str
    reason: str | None = None


@dataclass(slots=True)
class Prepared:
    """A push entry that passed validation: converted values, clamped HLC, its table."""

    index: int
    entry: PushEntry
    info: EntityInfo
    values: dict[str, Any]
    changed: list[str] | None
    hlc: str

    @property
    def row_id(self) -> str:
        return str(self.values["id"])


@dataclass(slots=True)
class GroupResult:
    """What applying a group of entries did (merged into the batch only if it committed)."""

    outcomes: dict[int, Outcome]
    inserted: dict[str, list[dict[str, Any]]]  # ledger rows actually inserted, by table
    changes: ChangeSet
    # Customers inserted, merged or unmerged: their totals are counted again from the sales
    # (``views.apply_views``), with their merge group's old and new survivors.
    recount_customers: set[str] = field(default_factory=set)

    @classmethod
    def empty(cls, organization_id: str) -> GroupResult:
        return cls({}, {}, ChangeSet(organization_id))

    def merge(self, other: GroupResult) -> None:
        self.outcomes.update(other.outcomes)
        for name, rows in other.inserted.items():
            self.inserted.setdefault(name, []).extend(rows)
        self.changes.merge(other.changes)
        self.recount_customers |= other.recount_customers
