"""HqDatabase: transactions, and running again a transaction the database aborted."""

from __future__ import annotations

import contextlib
import threading

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from sync.server.hq_models import ORG_VERSIONS
from sync.server.service import HqDatabase
from tests.hq.world import NOW, World, count


def test_a_failed_transaction_leaves_nothing(hq_db: HqDatabase) -> None:
    from sync.server import service

    with pytest.raises(RuntimeError), hq_db.transaction() as s:
        service.create_org(s, "Ghost", now=NOW)
        raise RuntimeError("boom")
    assert count(hq_db, "organizations") == 0


# PostgreSQL only: SQLite has one writer at a time, so there is no deadlock to break.
@pytest.mark.parametrize("hq_db", ["postgresql"], indirect=True)
def test_a_deadlocked_transaction_is_run_again(world: World) -> None:
    a, b = world.org_a["id"], world.org_b["id"]
    barrier = threading.Barrier(2)
    attempts: list[str] = []
    errors: list[BaseException] = []

    def work(first: str, second: str, name: str) -> None:
        def body(s: Session) -> None:
            attempts.append(name)
            s.execute(
                update(ORG_VERSIONS)
                .where(ORG_VERSIONS.c.organization_id == first)
                .values(updated_at=NOW)
            )
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait(timeout=5)  # both hold their first row: a deadlock follows
            s.execute(
                update(ORG_VERSIONS)
                .where(ORG_VERSIONS.c.organization_id == second)
                .values(updated_at=NOW)
            )

        try:
            world.db.run(body)
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=work, args=(a, b, "one")),
        threading.Thread(target=work, args=(b, a, "two")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert len(attempts) == 3  # one of the two was aborted by PostgreSQL and ran again
