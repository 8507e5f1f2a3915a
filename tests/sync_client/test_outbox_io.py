"""Outbox reading, acknowledging, renumbering, reopening and pruning on a real terminal file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from pos_desktop.store.models.customers import Customer
from pos_desktop.store.outbox import OutboxEntry
from sync.client.outbox_io import (
    mark_acked,
    mark_failed,
    pending_stats,
    prune_acked,
    read_pending,
    renumber_pending,
    reopen_after,
)
from sync.protocol import EntryResult
from tests.support.terminal import Terminal

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _add_customers(term: Terminal, n: int, *, per_txn: int = 1) -> None:
    for start in range(0, n, per_txn):
        with term.db.uow() as uow:
            for i in range(start, min(n, start + per_txn)):
                uow.session.add(
                    Customer(organization_id=term.ctx.terminal.organization_id, name=f"C{i}")
                )
            uow.commit()


def _seqs(term: Terminal) -> list[tuple[int, str | None]]:
    with term.db.read() as s:
        return [
            (seq, status)
            for seq, status in s.execute(
                select(OutboxEntry.seq, OutboxEntry.ack_status).order_by(OutboxEntry.seq)
            )
        ]


def _ack(term: Terminal, upto: int, status: str = "applied", reason: str | None = None) -> None:
    batch = [e for e in read_pending(term.db, 10_000) if e.seq <= upto]
    with term.db.uow() as uow:
        mark_acked(uow.session, [EntryResult(e.op_id, e.seq, status, reason) for e in batch], NOW)
        uow.commit()


def test_read_pending_in_seq_order_with_limit_and_txn_boundary(terminal: Terminal) -> None:
    base = len(_seqs(terminal))  # the set-up's own entries (org, store, users...)
    _add_customers(terminal, 10, per_txn=4)  # transactions of 4, 4, 2
    everything = read_pending(terminal.db, 1000)
    assert [e.seq for e in everything] == list(range(1, base + 11))
    cut = read_pending(terminal.db, base + 6)
    # The batch ends where a transaction ends rather than splitting the second one.
    assert [e.seq for e in cut] == list(range(1, base + 5))
    assert all(e.to_push().op_id == e.op_id for e in cut)


def test_read_pending_after_a_batch_in_flight(terminal: Terminal) -> None:
    """The engine reads the next batch while HQ applies the current one (still pending)."""
    base = len(_seqs(terminal))
    _add_customers(terminal, 10, per_txn=4)
    first = read_pending(terminal.db, base + 6)  # ends with the first transaction of 4
    assert first[-1].seq == base + 4
    following = read_pending(terminal.db, 1000, after_seq=first[-1].seq)
    assert [e.seq for e in following] == list(range(base + 5, base + 11))
    assert read_pending(terminal.db, 1000, after_seq=base + 10) == []


def test_mark_acked_statuses_and_counts(terminal: Terminal) -> None:
    _add_customers(terminal, 3)
    batch = read_pending(terminal.db, 1000)
    *ok, dup, bad = batch
    results = [EntryResult(e.op_id, e.seq, "applied") for e in ok]
    results += [
        EntryResult(dup.op_id, dup.seq, "duplicate"),
        EntryResult(bad.op_id, bad.seq, "quarantined", "unknown field 'x'"),
        EntryResult("not-ours", 99, "applied"),
    ]
    with terminal.db.uow() as uow:
        summary = mark_acked(uow.session, results, NOW)
        uow.commit()
    assert (summary.applied, summary.duplicate, summary.quarantined) == (len(ok), 1, 1)
    with terminal.db.read() as s:
        row = s.get(OutboxEntry, bad.op_id)
        assert row is not None and row.ack_status == "quarantined"
        assert row.last_error == "unknown field 'x'" and row.acked_at == NOW
        stats = pending_stats(s)
    assert (stats.count, stats.quarantined) == (0, 1)
    # Answers that arrive twice change nothing.
    with terminal.db.uow() as uow:
        again = mark_acked(uow.session, results, NOW + timedelta(hours=1))
        uow.commit()
    assert again.total == 0


def test_failures_count_attempts(terminal: Terminal) -> None:
    batch = read_pending(terminal.db, 2)
    mark_failed(terminal.db, [e.op_id for e in batch], "HQ did not answer in time")
    mark_failed(terminal.db, [e.op_id for e in batch], "still not")
    with terminal.db.read() as s:
        row = s.get(OutboxEntry, batch[0].op_id)
        assert row is not None and row.attempts == 2 and row.last_error == "still not"


def test_renumber_keeps_order_and_leaves_acked_alone(terminal: Terminal) -> None:
    _add_customers(terminal, 6)
    total = len(_seqs(terminal))
    _ack(terminal, 4)
    order_before = [e.op_id for e in read_pending(terminal.db, 1000)]
    with terminal.db.uow() as uow:
        moved = renumber_pending(uow.session, 100)
        uow.commit()
    assert moved == total - 4
    after = read_pending(terminal.db, 1000)
    assert [e.op_id for e in after] == order_before
    assert [e.seq for e in after] == list(range(101, 101 + moved))
    assert [s for s, _ in _seqs(terminal)][:4] == [1, 2, 3, 4]
    # New local writes continue after the renumbered range.
    _add_customers(terminal, 1)
    assert read_pending(terminal.db, 1000)[-1].seq == 101 + moved


def test_renumber_below_acked_reopens_them_first(terminal: Terminal) -> None:
    _add_customers(terminal, 4)
    total = len(_seqs(terminal))
    _ack(terminal, total - 2)
    with terminal.db.uow() as uow:
        moved = renumber_pending(uow.session, 3)  # HQ holds only up to 3
        uow.commit()
    assert moved == total - 3
    assert [s for s, _ in _seqs(terminal)] == list(range(1, total + 1))
    assert [st for _, st in _seqs(terminal)][3:] == [None] * (total - 3)


def test_reopen_after_restore(terminal: Terminal) -> None:
    _add_customers(terminal, 4)
    total = len(_seqs(terminal))
    _ack(terminal, total - 1)
    _ack(terminal, total, "quarantined", "bad")
    with terminal.db.uow() as uow:
        assert reopen_after(uow.session, total - 3) == 3
        uow.commit()
    with terminal.db.read() as s:
        stats = pending_stats(s)
    assert (stats.count, stats.quarantined) == (3, 0)
    assert [e.seq for e in read_pending(terminal.db)] == [total - 2, total - 1, total]


def test_prune_old_acked_but_never_the_top(terminal: Terminal) -> None:
    total = len(_seqs(terminal))
    _ack(terminal, total)
    with terminal.db.uow() as uow:
        uow.session.execute(update(OutboxEntry).values(acked_at=NOW - timedelta(days=200)))
        uow.commit()
    with terminal.db.uow() as uow:
        assert prune_acked(uow.session, NOW) == total - 1
        uow.commit()
    assert [s for s, _ in _seqs(terminal)] == [total]
    _add_customers(terminal, 1)  # numbering goes on from the kept top
    assert read_pending(terminal.db)[0].seq == total + 1


def test_pending_stats(terminal: Terminal) -> None:
    with terminal.db.read() as s:
        stats = pending_stats(s)
        first = (
            s.execute(select(OutboxEntry.created_at).order_by(OutboxEntry.seq)).scalars().first()
        )
    assert stats.count == len(_seqs(terminal)) and stats.oldest_at == first
    assert stats.oldest_at is not None and stats.oldest_at.tzinfo is not None
