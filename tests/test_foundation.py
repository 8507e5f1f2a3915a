"""The foundation pieces every slice relies on: outbox capture, ledgers, pragmas, identity."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from pos_desktop.core.errors import ConflictError
from pos_desktop.store.models import AuditLog, OutboxEntry, Store
from tests.support.terminal import Terminal


def test_pragmas_are_set(terminal: Terminal) -> None:
    with terminal.db.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_outbox_captures_inserts_and_field_changes_in_same_transaction(terminal: Terminal) -> None:
    with terminal.db.read() as s:
        before = s.execute(select(OutboxEntry.seq)).scalars().all()
    with terminal.db.uow() as uow:
        store = uow.session.get(Store, terminal.ctx.terminal.store_id)
        assert store is not None
        store.name = "Renamed"
        uow.commit()
    with terminal.db.read() as s:
        rows = s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars().all()
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1)), "seq must be gapless"
    assert len(rows) == len(before) + 1
    last = rows[-1]
    assert (last.entity, last.operation) == ("stores", "update")
    assert last.payload["_changed"] == ["name"]
    assert last.payload["name"] == "Renamed"


def test_rolled_back_transaction_leaves_no_outbox_rows(terminal: Terminal) -> None:
    with terminal.db.read() as s:
        count = len(s.execute(select(OutboxEntry.id)).all())
    with terminal.db.uow() as uow:
        store = uow.session.get(Store, terminal.ctx.terminal.store_id)
        assert store is not None
        store.name = "Never committed"
        uow.session.flush()
        # leaving without commit rolls back
    with terminal.db.read() as s:
        assert len(s.execute(select(OutboxEntry.id)).all()) == count
        assert s.get(Store, terminal.ctx.terminal.store_id).name == "Test Store"  # type: ignore[union-attr]


def test_ledger_rows_cannot_be_edited_or_deleted(terminal: Terminal) -> None:
    ident = terminal.ctx.terminal
    with terminal.db.uow() as uow:
        uow.session.add(
            AuditLog(organization_id=ident.organization_id, action="test", resource="test")
        )
        uow.commit()
    with terminal.db.uow() as uow:
        row = uow.session.execute(select(AuditLog).where(AuditLog.action == "test")).scalar_one()
        row.reason = "tampered"
        with pytest.raises(ConflictError):
            uow.session.flush()
    with terminal.db.uow() as uow:
        row = uow.session.execute(select(AuditLog).where(AuditLog.action == "test")).scalar_one()
        uow.session.delete(row)
        with pytest.raises(ConflictError):
            uow.session.flush()
