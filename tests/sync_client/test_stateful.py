"""A hypothesis state machine drives random interleavings of selling, customer edits, HQ
price changes, transport faults, crashes mid-page, HQ backups and restores on two tills of one
store. After quiescence (faults off, rounds until nothing moves): I1 nothing lost, I2 nothing
duplicated, I3 both tills converge with HQ."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from sqlalchemy import select

from pos_desktop.store.base import Base
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.sales import Sale, SaleLine
from tests.sync_client import rows
from tests.sync_client.conftest import Till, World, seed_reference
from tests.sync_client.fake_hq import FakeHQ, State
from tests.sync_client.helpers import open_shift, pending, sell
from tests.sync_client.test_resume import Crash, crash_on_pages

SKUS = ("SKU-0000000", "SKU-0000001", "SKU-0000002")
PATHS = ("/v1/hello", "/v1/push", "/v1/pull", "/v1/snapshot")
FAULTS = ("timeout_before", "lose_response", "http_500", "drop")
TILL = st.integers(0, 1)


def _ids(db: Any, model: Any) -> list[str]:
    with db.read() as s:
        return sorted(s.execute(select(model.id)).scalars())


def _table(db: Any, entity: str, columns: tuple[str, ...]) -> list[tuple[Any, ...]]:
    table = Base.metadata.tables[entity]
    with db.read() as s:
        return sorted(tuple(r) for r in s.execute(select(*(table.c[c] for c in columns))))


class SyncMachine(RuleBasedStateMachine):
    @initialize()
    def set_up(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="sync-stateful-"))
        # HQ's clock follows real time: HLCs from the tills are then never clamped.
        self.hq = FakeHQ(now_ms=lambda: time.time_ns() // 1_000_000)
        org = self.hq.create_org("Stateful Org")
        store = self.hq.create_store(org)
        seed_reference(self.hq, org, store)
        self.customer = rows.customer(org, "Shared Customer")
        self.hq.put(org, "customers", self.customer)
        self.world = World(self.hq, org, store, self.tmp)
        self.tills: list[Till] = [self.world.till("a"), self.world.till("b")]
        for till in self.tills:
            assert till.engine.run_round().ok
            open_shift(till.db)
        self.sales: set[str] = set()
        self.backup: State | None = None

    @rule(t=TILL, sku=st.sampled_from(SKUS), qty=st.integers(1, 3))
    def sell(self, t: int, sku: str, qty: int) -> None:
        self.sales.add(sell(self.tills[t].db, sku, qty).sale_id)

    @rule(t=TILL, field=st.sampled_from(["notes", "email"]), value=st.text("abc", max_size=4))
    def edit_customer(self, t: int, field: str, value: str) -> None:
        db = self.tills[t].db
        with db.uow() as uow:
            row = uow.session.get(Customer, self.customer["id"])
            assert row is not None
            setattr(row, field, value or None)
            uow.commit()

    @rule(t=TILL)
    def round(self, t: int) -> None:
        self.tills[t].engine.run_round()

    @rule(t=TILL, path=st.sampled_from(PATHS), kind=st.sampled_from(FAULTS))
    def faulty_round(self, t: int, path: str, kind: str) -> None:
        self.hq.fail_next(path, kind)
        self.tills[t].engine.run_round()
        self.hq.faults.clear()

    @rule(t=TILL, page=st.integers(1, 3))
    def crash_mid_page(self, t: int, page: int) -> None:
        with crash_on_pages({page}), contextlib.suppress(Crash):
            self.tills[t].engine.run_round()

    @rule(n=st.integers(0, 2), price=st.integers(1, 9_999))
    def hq_price_change(self, n: int, price: int) -> None:
        item = next(
            r for r in self.hq.rows(self.world.org, "products").values() if r["sku"] == SKUS[n]
        )
        self.hq.put(self.world.org, "products", {**item, "price_minor": price})

    @rule()
    def hq_backup(self) -> None:
        self.backup = self.hq.backup()

    @precondition(lambda self: self.backup is not None)
    @rule()
    def hq_restore(self) -> None:
        assert self.backup is not None
        self.hq.restore(self.backup)
        self.backup = None

    def quiesce(self) -> None:
        self.hq.faults.clear()
        for _ in range(8):
            reports = [till.engine.run_round() for till in self.tills]
            assert all(r.ok for r in reports), [r.error for r in reports]
            if all(pending(t.db) == 0 for t in self.tills) and not any(
                r.pushed or r.pulled for r in reports
            ):
                return
        raise AssertionError("sync did not settle")

    def teardown(self) -> None:
        if not hasattr(self, "tills"):
            return
        try:
            self.quiesce()
            org = self.world.org
            hq_sales = set(self.hq.rows(org, "sales"))
            # I1: every sale made on either till is at HQ and on both tills (same store).
            assert self.sales <= hq_sales
            for till in self.tills:
                assert set(_ids(till.db, Sale)) == self.sales
            # I2: nothing twice: HQ holds exactly these sales, each line once, and every op
            # id it applied from a device has one seq.
            assert hq_sales == self.sales
            lines = {i for t in self.tills for i in _ids(t.db, SaleLine)}
            assert set(self.hq.rows(org, "sale_lines")) == lines
            for till in self.tills:
                assert _ids(till.db, SaleLine) == sorted(lines)
            # I3: both tills show HQ's catalog and HQ's merged customer.
            prices = sorted(
                (r["id"], r["price_minor"]) for r in self.hq.rows(org, "products").values()
            )
            hq_customer = self.hq.rows(org, "customers")[self.customer["id"]]
            for till in self.tills:
                assert _table(till.db, "products", ("id", "price_minor")) == prices
                got = _table(till.db, "customers", ("id", "notes", "email"))
                assert got == [(hq_customer["id"], hq_customer["notes"], hq_customer["email"])]
        finally:
            for till in self.tills:
                till.engine.close()
                till.db.dispose()
            shutil.rmtree(self.tmp, ignore_errors=True)


SyncMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("SYNC_STATEFUL_EXAMPLES", "12")),
    stateful_step_count=int(os.environ.get("SYNC_STATEFUL_STEPS", "14")),
    deadline=None,
)
test_sync_state_machine = SyncMachine.TestCase
