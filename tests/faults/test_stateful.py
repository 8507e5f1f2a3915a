"""Random interleavings of selling, customer edits, faulty syncs and HQ kills (hypothesis).

Each example is a new organization on the shared HQ with three tills (two in store S01, one
in S02). Rules: sell on a till, create or edit a customer on a till, sync a till through the
proxy with a random fault on a random request (or none), SIGKILL HQ and restart it (between
rounds or while a round is in flight). After every step HQ holds nothing a terminal does not
know under the same seq (no interleaving). At the end everything syncs to quiescence and I1-I3
are checked, with the customers against an oracle kept here: per field, the value with the
highest HLC any terminal wrote wins (all clocks are right, so no clamping).
"""

from __future__ import annotations

import secrets
import threading
import time
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from pos_desktop.core.ids import HlcStamp
from sync.server.schema import table
from tests.faults.conftest import new_world
from tests.faults.invariants import check_all, hq_ops, local, outbox
from tests.faults.world import PRODUCT_COUNT, FaultWorld, Hq
from tests.support.tcp_proxy import Fault

# One HQ process serves the package: keep its tests on one xdist worker.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("faults")]

FIELDS = ("name", "email", "notes")
FAULTS = (None, Fault.DROP_BEFORE_REQUEST, Fault.DROP_RESPONSE, Fault.CUT_RESPONSE)
REQUESTS = ("hello", "push", "pull")
VALUES = {
    "name": st.sampled_from(["Nimal", "Kamala", "Sunil", "Dilani"]),
    "email": st.sampled_from(["a@example.com", "b@example.com", "c@example.com"]),
    "notes": st.sampled_from(["prefers cash", "VIP", "call first", "no bags"]),
}


class SyncMachine(RuleBasedStateMachine):
    hq: ClassVar[Hq]
    tmp: ClassVar[Path]
    template: ClassVar[Path]
    examples: ClassVar[int] = 0

    def __init__(self) -> None:
        super().__init__()
        type(self).examples += 1
        self.hq.ensure_running()
        where = self.tmp / f"example-{self.examples}"
        where.mkdir()
        self.world: FaultWorld = new_world(self.hq, where, self.template)
        self.tills = [
            self.world.till("t0", push=6, pull=8, timeout=3.0),
            self.world.till("t1", push=6, pull=8, timeout=3.0),
            self.world.till("t2", store="S02", push=6, pull=8, timeout=3.0),
        ]
        self.customers: list[str] = []
        # (customer, field) -> [(stamp, value)] of every write, creations included
        self.writes: dict[tuple[str, str], list[tuple[HlcStamp, Any]]] = {}
        self.restarts = 0

    @initialize()
    def a_customer_everyone_knows(self) -> None:
        """Every example starts with a customer all tills have, so edits can race at once."""
        self.create_customer(0, "Nimal")
        for till in self.tills:
            till.sync()

    def _known_here(self, i: int, customer: str) -> bool:
        with self.tills[i].db.read() as s:
            t = local("customers")
            return s.execute(select(t.c.id).where(t.c.id == customer)).first() is not None

    @rule(i=st.integers(0, 2), product=st.integers(0, PRODUCT_COUNT - 1), qty=st.integers(1, 3))
    def sell(self, i: int, product: int, qty: int) -> None:
        self.tills[i].sell((product, qty))

    @precondition(lambda self: len(self.customers) < 2)
    @rule(i=st.integers(0, 2), name=VALUES["name"])
    def create_customer(self, i: int, name: str) -> None:
        phone = f"07712{secrets.randbelow(100_000):05d}"
        till = self.tills[i]
        customer = till.new_customer(name, phone)
        with till.db.read() as s:
            t = local("sync_outbox")
            stamp = s.execute(select(t.c.hlc).where(t.c.entity_id == customer)).scalar_one()
        for field in FIELDS:
            value = name if field == "name" else None
            self.writes[(customer, field)] = [(HlcStamp.decode(stamp), value)]
        self.customers.append(customer)

    @precondition(lambda self: self.customers)
    @rule(data=st.data(), i=st.integers(0, 2), field=st.sampled_from(FIELDS))
    def edit_customer(self, data: st.DataObject, i: int, field: str) -> None:
        customer = data.draw(st.sampled_from(self.customers))
        if not self._known_here(i, customer):
            return  # not pulled here yet
        value = data.draw(VALUES[field])
        stamp = self.tills[i].edit_customer(customer, **{field: value})
        if stamp is not None:
            self.writes[(customer, field)].append((HlcStamp.decode(stamp), value))

    @rule(
        i=st.integers(0, 2),
        fault=st.sampled_from(FAULTS),
        method=st.sampled_from(REQUESTS),
        nth=st.sampled_from([1, 1, 2]),
        keep=st.integers(0, 600),
    )
    def sync(self, i: int, fault: Fault | None, method: str, nth: int, keep: int) -> None:
        till = self.tills[i]
        if fault is None:
            till.round()
            return
        with till.fault_on(method, fault, nth=nth, keep_bytes=keep):
            till.round()  # may fail; the next rounds must recover

    @precondition(lambda self: self.restarts < 1)
    @rule(i=st.integers(0, 2), in_flight=st.booleans(), delay=st.floats(0.0, 0.15))
    def kill_and_restart_hq(self, i: int, in_flight: bool, delay: float) -> None:
        self.restarts += 1
        if not in_flight:
            self.hq.kill_and_restart()
            return
        thread = threading.Thread(target=self.tills[i].round, daemon=True)
        thread.start()
        time.sleep(delay)
        self.hq.kill_and_restart()
        thread.join(30)

    @invariant()
    def hq_holds_only_what_terminals_sent(self) -> None:
        for till in self.tills:
            mine = {e.id: e.seq for e in outbox(till.db)}
            for op, (seq, _) in hq_ops(self.world.hq.db, self.world.org.id, till.device_id).items():
                assert mine.get(op) == seq, f"{till.name}: HQ holds op {op} at seq {seq}"

    def teardown(self) -> None:
        try:
            check_all(self.world)
            customers = table("customers")
            with self.world.hq.db.transaction(readonly=True) as s:
                rows = {
                    r["id"]: r
                    for r in s.execute(
                        select(customers).where(customers.c.organization_id == self.world.org.id)
                    ).mappings()
                }
            assert set(rows) == set(self.customers)
            for (customer, field), writes in self.writes.items():
                expected = max(writes, key=lambda w: w[0])[1]
                assert rows[customer][field] == expected, (customer, field, writes)
        finally:
            self.world.close()
            self.world.proxy.close()


def test_random_interleavings_of_faults(hq: Hq, tmp_path: Path, empty_terminal: Path) -> None:
    SyncMachine.hq = hq
    SyncMachine.tmp = tmp_path
    SyncMachine.template = empty_terminal
    SyncMachine.examples = 0
    run_state_machine_as_test(
        SyncMachine,
        settings=settings(
            max_examples=6,
            stateful_step_count=20,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
