"""Per-credential request limits: fixed windows counted in the database (``rate_limits``), so
every API process behind a load balancer shares them and none keeps state of its own."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.orm import Session

from sync.server.hq_models import RATE_LIMITS
from sync.server.sqlutil import insert_for


def check_rate(
    session: Session, credential_key: str, now: datetime, limit: int, window_s: int
) -> int | None:
    """Count one request; None when within ``limit`` per ``window_s`` seconds, else the
    seconds to wait (``Retry-After``)."""
    epoch_s = int(now.timestamp())
    start = epoch_s - epoch_s % window_s
    stmt = insert_for(session, RATE_LIMITS).values(
        identifier=credential_key, window_start=start, requests=1, updated_at=now
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=["identifier", "window_start"],
        set_={"requests": RATE_LIMITS.c.requests + 1, "updated_at": now},
    ).returning(RATE_LIMITS.c.requests)
    count = int(session.execute(stmt).scalar_one())
    if count == 1:
        # First request of a new window: forget this credential's older windows.
        session.execute(
            delete(RATE_LIMITS).where(
                RATE_LIMITS.c.identifier == credential_key, RATE_LIMITS.c.window_start < start
            )
        )
    if count <= limit:
        return None
    return max(1, start + window_s - epoch_s)
