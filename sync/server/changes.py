"""Change versions: the per-organization counter row and the compacted change log.

Every row HQ writes is recorded in a ``ChangeSet`` during the transaction; ``record`` then takes
the organization's counter row (``UPDATE org_versions SET version = version + n ... RETURNING``),
numbers the changes and moves their ``sync_changes`` rows to the new versions, all in the same
transaction. The counter's row lock is held from that UPDATE to the commit, so the versions of
one organization commit in order and a pull never skips a version that commits later. The
counter is taken last, so the lock is held for a moment, not for the whole push.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sync.entities import ENTITY_RULES
from sync.server.hq_models import ORG_VERSIONS, SYNC_CHANGES
from sync.server.sqlutil import bulk_insert, upsert


@dataclass(slots=True)
class _Change:
    store_id: str | None
    origin_device_id: str | None
    deleted: bool
    fresh: bool  # a row inserted by this transaction: it has no sync_changes row yet


@dataclass(slots=True)
class ChangeSet:
    """Rows changed in one transaction of one organization (the last change of a row wins)."""

    organization_id: str
    rows: dict[tuple[str, str], _Change] = field(default_factory=dict)

    def touch(
        self,
        entity: str,
        entity_id: str,
        store_id: str | None = None,
        origin_device_id: str | None = None,
        *,
        deleted: bool = False,
        fresh: bool = False,
    ) -> None:
        rule = ENTITY_RULES.get(entity)
        if rule is None or rule.down is None:
            return  # never pulled: nothing to version
        key = (entity, entity_id)
        previous = self.rows.pop(key, None)  # re-insert: the order is that of the last change
        fresh = fresh and (previous is None or previous.fresh)
        self.rows[key] = _Change(store_id, origin_device_id, deleted, fresh)

    def merge(self, other: ChangeSet) -> None:
        for (entity, entity_id), change in other.rows.items():
            self.rows.pop((entity, entity_id), None)
            self.rows[(entity, entity_id)] = change

    def __len__(self) -> int:
        return len(self.rows)


def ensure_counter(session: Session, organization_id: str) -> None:
    exists = session.execute(
        select(ORG_VERSIONS.c.version).where(ORG_VERSIONS.c.organization_id == organization_id)
    ).first()
    if exists is None:
        session.execute(insert(ORG_VERSIONS).values(organization_id=organization_id, version=0))


def bump(session: Session, organization_id: str, count: int) -> int:
    """Reserve ``count`` versions; returns the highest. Locks the counter row until commit."""
    stmt = (
        update(ORG_VERSIONS)
        .where(ORG_VERSIONS.c.organization_id == organization_id)
        .values(version=ORG_VERSIONS.c.version + count)
        .returning(ORG_VERSIONS.c.version)
    )
    top = session.execute(stmt).scalar_one_or_none()
    if top is None:
        ensure_counter(session, organization_id)
        top = session.execute(stmt).scalar_one()
    return int(top)


def current_version(session: Session, organization_id: str) -> tuple[int, int]:
    """(version, tombstone_horizon) of the organization, as committed."""
    row = session.execute(
        select(ORG_VERSIONS.c.version, ORG_VERSIONS.c.tombstone_horizon).where(
            ORG_VERSIONS.c.organization_id == organization_id
        )
    ).first()
    return (0, 0) if row is None else (int(row[0]), int(row[1]))


def record(session: Session, changes: ChangeSet, now: datetime) -> int | None:
    """Number the changes and write them to ``sync_changes``; returns the top version."""
    if not changes.rows:
        return None
    top = bump(session, changes.organization_id, len(changes.rows))
    first = top - len(changes.rows) + 1
    rows = [
        {
            "organization_id": changes.organization_id,
            "entity": entity,
            "entity_id": entity_id,
            "version": first + i,
            "store_id": change.store_id,
            "origin_device_id": change.origin_device_id,
            "deleted": change.deleted,
            "changed_at": now,
        }
        for i, ((entity, entity_id), change) in enumerate(changes.rows.items())
    ]
    fresh = {key for key, change in changes.rows.items() if change.fresh}
    new_rows = [r for r in rows if (r["entity"], r["entity_id"]) in fresh]
    if new_rows:
        try:  # rows this transaction inserted have no change row yet: straight in
            with session.begin_nested():
                bulk_insert(session, SYNC_CHANGES, new_rows)
            rows = [r for r in rows if (r["entity"], r["entity_id"]) not in fresh]
        except IntegrityError:
            pass  # not new after all: the upsert below handles every row
    upsert(
        session,
        SYNC_CHANGES,
        rows,
        keys=("organization_id", "entity", "entity_id"),
        update=("version", "store_id", "origin_device_id", "deleted", "changed_at"),
    )
    return top


TOMBSTONE_RETENTION_DAYS = 90


def purge_tombstones(
    session: Session, now: datetime, retention_days: int = TOMBSTONE_RETENTION_DAYS
) -> int:
    """Drop tombstones older than the retention; each organization's ``tombstone_horizon``
    moves up to the newest version dropped, so a cursor below it must snapshot again."""
    c = SYNC_CHANGES.c
    cutoff = now - timedelta(days=retention_days)
    old = and_(c.deleted.is_(True), c.changed_at < cutoff)
    horizons = session.execute(
        select(c.organization_id, func.max(c.version)).where(old).group_by(c.organization_id)
    ).all()
    purged = 0
    for organization_id, top in horizons:
        result = session.execute(
            delete(SYNC_CHANGES).where(old, c.organization_id == organization_id, c.version <= top)
        )
        purged += int(getattr(result, "rowcount", 0) or 0)
        session.execute(
            update(ORG_VERSIONS)
            .where(
                ORG_VERSIONS.c.organization_id == organization_id,
                ORG_VERSIONS.c.tombstone_horizon < top,
            )
            .values(tombstone_horizon=top)
        )
    return purged
