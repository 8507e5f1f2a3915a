"""Push: send the outbox, oldest first, until nothing is pending.

Each batch: read it (read transaction, closed), POST it (no transaction open), write HQ's
answers (one short write transaction). HQ's sequence refusals are handled here:

- ``seq_gap`` (the batch starts after HQ's ``last_seq + 1``): entries HQ lost are reopened
  and resent; if they no longer exist here (pruned), the pending ones are renumbered to follow
  HQ's ``last_seq``.
- ``seq_conflict`` (HQ holds one of the seqs under another op id, e.g. this file was restored
  from a local backup): the pending entries are renumbered after HQ's ``last_seq``, keeping
  their order. An entry HQ already holds keeps its op id, so HQ answers it as a duplicate.
- ``too_large``: the batch is halved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from typing import Any

from pos_desktop.core.ids import new_id
from pos_desktop.store.database import Database
from sync.client.outbox_io import (
    PendingEntry,
    first_pending_seq,
    mark_acked,
    mark_failed,
    note_hq_last_seq,
    read_pending,
    renumber_pending,
    reopen_after,
)
from sync.client.report import RoundReport
from sync.client.transport import EncodedBody, HqClient, HqError, HqRejected, encode_request
from sync.protocol import MAX_PUSH_ENTRIES, ErrorCode, PushRequest, PushResponse

log = logging.getLogger(__name__)

MAX_SEQ_REPAIRS = 3  # per round: a fourth refusal in a row means something else is wrong


class EpochChanged(Exception):
    """HQ's epoch changed during the round (restored meanwhile): start a new round."""


class NoProgress(Exception):
    """HQ answered without moving anything forward; stop the round instead of looping."""


def _last_seq(exc: HqRejected, fallback: int) -> int:
    value: Any = exc.details.get("last_seq")
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return fallback


def push_pending(
    db: Database,
    client: HqClient,
    *,
    epoch: str,
    last_seq: int,
    report: RoundReport,
    clock: Callable[[], datetime],
    batch_limit: int = MAX_PUSH_ENTRIES,
) -> None:
    """Push until nothing is pending. One request is in flight at a time and a batch is sent
    only after the previous answer is recorded (HQ and the outbox see exactly the steps of a
    plain loop), but the next batch is read and encoded while HQ applies the current one, so
    HQ does not wait for the terminal between batches."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as sender:
        _push_loop(db, client, sender, epoch, last_seq, report, clock, batch_limit)


def _prepared(batch: list[PendingEntry]) -> EncodedBody:
    return encode_request(PushRequest(batch_id=new_id(), entries=[e.to_push() for e in batch]))


def _push_loop(
    db: Database,
    client: HqClient,
    sender: ThreadPoolExecutor,
    epoch: str,
    last_seq: int,
    report: RoundReport,
    clock: Callable[[], datetime],
    batch_limit: int,
) -> None:
    limit = batch_limit
    repairs = 0
    batch = read_pending(db, limit)
    sending: Future[PushResponse] | None = (
        sender.submit(client.push, _prepared(batch)) if batch else None
    )
    while sending is not None:
        # While HQ applies this batch: read and encode the one after it.
        following = read_pending(db, batch_limit, after_seq=batch[-1].seq)
        body = _prepared(following) if following else None
        op_ids = [e.op_id for e in batch]
        try:
            answer = sending.result()
        except HqRejected as exc:
            if (
                exc.code in (ErrorCode.SEQ_GAP, ErrorCode.SEQ_CONFLICT)
                and repairs < MAX_SEQ_REPAIRS
            ):
                repairs += 1
                last_seq = _last_seq(exc, last_seq)
                report.renumbered += _repair(db, exc.code, last_seq, report)
            elif exc.code == ErrorCode.TOO_LARGE and limit > 1:
                limit = max(1, len(batch) // 2)
            else:
                mark_failed(db, op_ids, str(exc))
                raise
            batch = read_pending(db, limit)
            sending = sender.submit(client.push, _prepared(batch)) if batch else None
            continue
        except HqError as exc:
            mark_failed(db, op_ids, str(exc))
            raise
        with db.uow() as uow:
            uow.session.info["sync_apply"] = True
            summary = mark_acked(uow.session, answer.results, clock())
            note_hq_last_seq(uow.session, answer.last_seq)
            uow.commit()
        report.applied += summary.applied
        report.duplicates += summary.duplicate
        report.quarantined += summary.quarantined
        if answer.server_epoch != epoch:
            raise EpochChanged("HQ was restored during this round")
        if summary.total == 0:
            mark_failed(db, op_ids, "HQ acknowledged none of the entries sent")
            raise NoProgress(f"HQ acknowledged none of the {len(batch)} entries sent")
        repairs = 0
        limit = batch_limit
        if body is None:  # the outbox looked empty: anything sold meanwhile goes too
            following = read_pending(db, limit)
            body = _prepared(following) if following else None
        batch = following
        sending = sender.submit(client.push, body) if body is not None else None


def _repair(db: Database, code: str, last_seq: int, report: RoundReport) -> int:
    """Fix the local numbering after HQ's seq refusal; returns how many entries moved."""
    with db.uow() as uow:
        s = uow.session
        s.info["sync_apply"] = True
        moved = 0
        if code == ErrorCode.SEQ_GAP:
            report.reopened += reopen_after(s, last_seq)
            first = first_pending_seq(s)
            if first is not None and first > last_seq + 1:
                moved = renumber_pending(s, last_seq)
        else:
            moved = renumber_pending(s, last_seq)
        uow.commit()
    log.info("HQ refused with %s at last_seq %s: %s entries renumbered", code, last_seq, moved)
    return moved
