"""Pull and snapshot: HQ's pages applied one transaction each, with the cursor (or snapshot
state) saved in that same transaction. A crash at any point leaves either the whole page and
its cursor, or neither; the next round asks again from the saved position (I4).

The HTTP request is made with no transaction open; only applying the answer takes the write
lock, for as long as one page takes to write.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from pos_desktop.services.context import ServiceContext
from pos_desktop.services.receipts import advance_receipt_counter
from pos_desktop.store.database import Database
from sync.client.apply import Applier, ApplyReport
from sync.client.effects import follow_up
from sync.client.pushing import EpochChanged, NoProgress
from sync.client.report import RoundReport
from sync.client.state import SNAP_DONE, SNAP_NEEDED, SNAP_RUNNING, load_cursor, save_cursor
from sync.client.transport import HqClient
from sync.protocol import MAX_PULL_LIMIT, PullRequest, SnapshotRequest, SnapshotResponse

log = logging.getLogger(__name__)

MAX_PAGES_PER_ROUND = 100_000  # a guard against an HQ that never says "done"


def _page_txn(db: Database, work: Callable[[Session], None]) -> None:
    with db.uow() as uow:
        uow.session.info["sync_apply"] = True
        work(uow.session)
        uow.commit()


def _follow(
    session: Session,
    ctx: ServiceContext,
    applied: ApplyReport,
    report: RoundReport,
    *,
    snapshot: bool = False,
) -> None:
    follow_up(session, ctx, applied.loyalty_customers, applied.stock, snapshot=snapshot)
    if applied.own_receipts:
        advance_receipt_counter(session, ctx, applied.own_receipts)
    report.deleted += applied.deleted
    report.skipped += applied.skipped
    for reason in applied.reasons[:5]:
        report.notes.append(reason)


def request_resnapshot(db: Database, reason: str) -> None:
    _page_txn(db, lambda s: save_cursor(s, snapshot={"status": SNAP_NEEDED, "reason": reason}))


def _ordered_ids(rows: list[dict[str, Any]], low: str) -> list[str] | None:
    """The page's ids when they are strictly increasing above ``low`` (so the id range the
    page covers is known), else None."""
    ids: list[str] = []
    previous = low
    for row in rows:
        value = row.get("id")
        if not isinstance(value, str) or value <= previous:
            return None
        ids.append(value)
        previous = value
    return ids


def _prune_range(
    asked_entity: str | None, asked_after: str | None, page: SnapshotResponse
) -> tuple[str, str | None] | None:
    if page.entity is None:
        return None
    low = (asked_after or "") if asked_entity == page.entity else ""
    ids = _ordered_ids(page.rows, low)
    if ids is None:
        log.warning("snapshot page of %s is not in id order: nothing pruned", page.entity)
        return None
    if page.next_entity == page.entity and not page.done:
        return (low, ids[-1]) if ids else None
    return (low, None)  # the entity's last page: everything after it is gone at HQ


def run_snapshot(
    db: Database,
    client: HqClient,
    applier: Applier,
    ctx: ServiceContext,
    *,
    epoch: str,
    report: RoundReport,
    limit: int = MAX_PULL_LIMIT,
) -> None:
    """Run (or resume) the snapshot until HQ says done; the cursor then becomes its version."""
    with db.read() as session:
        state = load_cursor(session).snapshot or {}
    if state.get("status") != SNAP_RUNNING:
        state = {}
    at_version: int | None = state.get("at_version")
    entity: str | None = state.get("entity")
    after_id: str | None = state.get("after_id")
    for _ in range(MAX_PAGES_PER_ROUND):
        page = client.snapshot(SnapshotRequest(at_version, entity, after_id, limit))
        if page.server_epoch != epoch:
            raise EpochChanged("HQ was restored during the snapshot")
        prune = _prune_range(entity, after_id, page)

        def write(session: Session, page: SnapshotResponse = page, prune: Any = prune) -> None:
            if page.entity is not None:
                applied = applier.apply_snapshot_page(
                    session, page.entity, page.rows, prune_range=prune
                )
                _follow(session, ctx, applied, report, snapshot=True)
            if page.done:
                done = {"status": SNAP_DONE, "at_version": page.at_version}
                save_cursor(session, cursor=page.at_version, snapshot=done)
            else:
                running = {
                    "status": SNAP_RUNNING,
                    "at_version": page.at_version,
                    "entity": page.next_entity,
                    "after_id": page.next_after_id,
                }
                save_cursor(session, snapshot=running)

        _page_txn(db, write)
        report.snapshot_pages += 1
        report.snapshot_rows += len(page.rows)
        if page.done:
            return
        step = (page.at_version, page.next_entity, page.next_after_id)
        if step == (at_version, entity, after_id) and not page.rows:
            raise NoProgress("HQ's snapshot did not move forward")
        at_version, entity, after_id = step
    raise NoProgress("HQ's snapshot did not finish within one round")


def pull_pages(
    db: Database,
    client: HqClient,
    applier: Applier,
    ctx: ServiceContext,
    *,
    epoch: str,
    report: RoundReport,
    limit: int,
    observe_hlc: Callable[[str], None],
) -> None:
    """Pull from the saved cursor until HQ has nothing more."""
    with db.read() as session:
        cursor = load_cursor(session).cursor
    for _ in range(MAX_PAGES_PER_ROUND):
        page = client.pull(PullRequest(cursor=cursor, limit=limit))
        if page.server_epoch != epoch:
            raise EpochChanged("HQ was restored during the pull")
        if not page.changes and not page.has_more and page.cursor == cursor:
            report.pull_pages += 1  # nothing new: no write transaction, no fsync
            return
        result: list[ApplyReport] = []

        def write(session: Session, page: Any = page, result: list[ApplyReport] = result) -> None:
            applied = applier.apply_changes(session, page.changes)
            _follow(session, ctx, applied, report)
            save_cursor(session, cursor=page.cursor)
            result.append(applied)

        _page_txn(db, write)
        report.pull_pages += 1
        report.pulled += result[0].rows
        if result[0].max_hlc is not None:
            observe_hlc(result[0].max_hlc)
        if not page.has_more:
            return
        if page.cursor <= cursor:
            raise NoProgress("HQ said it has more changes but its cursor did not move")
        cursor = page.cursor
    raise NoProgress("HQ's pull did not finish within one round")
