"""Terminal clocks a day fast and a day slow, with concurrent edits of one customer.

Customers merge field by field, last writer wins by HLC, and HQ clamps an incoming stamp to
at most 5 minutes ahead of its own clock (docs/sync-protocol.md, "Push rules"). The oracle
here applies that rule to the stamps the terminals really wrote (read from their outboxes)
and to the window of HQ clock time in which each push happened, and names the winner of each
field only when the rule decides it whatever HQ's exact clock was in that window:

- name: the slow till (-1 day) edits after the correct till in real time, but its clock has
  only caught up to its last sync, which is earlier: the correct till's value stays;
- loyalty card: the slow till syncs (its clock catches up to HQ) and then edits: it wins;
- notes: the fast till (+1 day) edits first; a correct till's concurrent edit a moment later
  loses (the fast stamp, clamped, is still 5 minutes ahead) - for at most 5 minutes;
- email: the fast till edits first, a till one hour fast edits after that push: both stamps are
  clamped to their push time + 5 minutes, so the later push wins. Without the clamp the day-fast
  clock would win every edit for a day.

Sales made on the skewed tills are all at HQ once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from pos_desktop.core.ids import HlcStamp
from sync.protocol import MAX_CLOCK_LEAD_MS
from sync.server.hq_models import LWW_FIELD_CLOCKS
from sync.server.schema import table
from tests.faults.invariants import check_all, local
from tests.faults.world import DAY_MS, FaultWorld, Till, skew

# One HQ process serves the package: keep its tests on one xdist worker.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("faults")]


def now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class Edit:
    till: str
    value: Any
    stamp: HlcStamp
    pushed: tuple[int, int] = (0, 0)  # HQ clock window (ms) of the push that carried it

    def clamped(self) -> tuple[HlcStamp, HlcStamp]:
        """The lowest and highest stamp HQ can have merged it with."""
        s = self.stamp
        low = min(s.wall_ms, self.pushed[0] + MAX_CLOCK_LEAD_MS)
        high = min(s.wall_ms, self.pushed[1] + MAX_CLOCK_LEAD_MS)
        return HlcStamp(low, s.counter, s.node), HlcStamp(high, s.counter, s.node)


def winner(edits: list[Edit]) -> Edit:
    for edit in edits:
        if all(edit.clamped()[0] > o.clamped()[1] for o in edits if o is not edit):
            return edit
    raise AssertionError(f"the clamp rule does not decide between {edits}")


class Scenario:
    def __init__(self, world: FaultWorld, customer: str, created: Edit) -> None:
        self.world = world
        self.customer = customer
        self.edits: dict[str, list[Edit]] = {}
        self.created = created
        self.unsent: dict[str, list[Edit]] = {}

    def edit(self, till: Till, field: str, value: Any) -> Edit:
        stamp = till.edit_customer(self.customer, **{field: value})
        assert stamp is not None
        made = Edit(till.name, value, HlcStamp.decode(stamp))
        self.edits.setdefault(
            field, [Edit("created", None, self.created.stamp, self.created.pushed)]
        )
        self.edits[field].append(made)
        self.unsent.setdefault(till.name, []).append(made)
        return made

    def sync(self, till: Till) -> None:
        before = now_ms()
        till.sync()
        after = now_ms()
        for made in self.unsent.pop(till.name, []):
            made.pushed = (before, after)

    def predicted(self, field: str) -> Edit:
        return winner(self.edits[field])


def test_clocks_a_day_off_merge_as_the_clamp_rule_predicts(world: FaultWorld) -> None:
    normal = world.till("normal")
    fast, slow, hour = (world.till(n, first_sync=False) for n in ("fast", "slow", "hour"))
    skew(fast, timedelta(days=1))
    skew(slow, timedelta(days=-1))
    skew(hour, timedelta(hours=1))
    for till in (fast, slow, hour):
        till.sync()
        till.sell((1, 1))
        till.sync()
    normal.sell((2, 1))
    before = now_ms()
    customer = normal.new_customer("Nimal Perera", "0771234561")
    with normal.db.read() as s:
        created_stamp = s.execute(
            select(local("sync_outbox").c.hlc).where(local("sync_outbox").c.entity_id == customer)
        ).scalar_one()
    normal.sync()
    plan = Scenario(world, customer, Edit("normal", None, HlcStamp.decode(created_stamp)))
    plan.created.pushed = (before, now_ms())
    for till in (fast, slow, hour):
        till.sync()

    # name: the correct till edits; a moment later the slow one (last synced before that).
    by_normal = plan.edit(normal, "name", "Nimal A. Perera")
    time.sleep(0.02)
    by_slow = plan.edit(slow, "name", "N. Perera")
    assert by_slow.stamp.wall_ms < by_normal.stamp.wall_ms  # its clock is at its last sync
    plan.sync(slow)
    plan.sync(normal)
    assert plan.predicted("name") is by_normal

    # loyalty card: the correct till sets one; the slow till syncs, then replaces it.
    plan.edit(normal, "loyalty_card_number", "LC1111")
    plan.sync(normal)
    plan.sync(slow)
    late_slow = plan.edit(slow, "loyalty_card_number", "LC2222")
    plan.sync(slow)
    assert plan.predicted("loyalty_card_number") is late_slow

    # notes: the fast till first, the correct one concurrently a moment after that push.
    by_fast = plan.edit(fast, "notes", "fast till's note")
    assert by_fast.stamp.wall_ms > now_ms() + DAY_MS - 60_000
    plan.sync(fast)
    time.sleep(0.02)
    plan.edit(normal, "notes", "correct till's note")
    plan.sync(normal)
    assert plan.predicted("notes") is by_fast

    # email: the fast till, then (after that push) a till one hour fast.
    plan.edit(fast, "email", "fast@example.com")
    plan.sync(fast)
    time.sleep(0.02)
    by_hour = plan.edit(hour, "email", "hour@example.com")
    plan.sync(hour)
    assert plan.predicted("email") is by_hour

    check_all(world)  # every till's sales at HQ once, outboxes drained, everyone converged
    customers = table("customers")
    with world.hq.db.transaction(readonly=True) as s:
        row = s.execute(select(customers).where(customers.c.id == customer)).mappings().one()
        clocks = s.execute(
            select(LWW_FIELD_CLOCKS.c.clocks).where(LWW_FIELD_CLOCKS.c.entity_id == customer)
        ).scalar_one()
    for field in ("name", "loyalty_card_number", "notes", "email"):
        assert row[field] == plan.predicted(field).value, field
        # HQ kept the clamped stamp: never more than 5 minutes past the push.
        kept = HlcStamp.decode(clocks[field])
        low, high = plan.predicted(field).clamped()
        assert low <= kept <= high, field
    for till in world.tills:
        with till.db.read() as s:
            here = s.execute(select(local("customers")).where(local("customers").c.id == customer))
            mine = here.mappings().one()
        assert {f: mine[f] for f in plan.edits} == {f: row[f] for f in plan.edits}, till.name
