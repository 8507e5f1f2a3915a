"""I4: a pull cut in the middle of a page, and a snapshot cut at every one of its pages,
resume from the saved position and end exactly where an uninterrupted terminal ends.

The proxy passes the first bytes of HQ's answer and then drops the connection
(``CUT_RESPONSE``): in the status line, in the headers or inside the JSON body. Each round
cuts the page after the one it applied, so every page is cut once before it gets through.
"""

from __future__ import annotations

import pytest

from sync.client.state import SNAP_RUNNING, load_cursor
from tests.faults.invariants import check_all, dump
from tests.faults.world import FaultWorld, Till
from tests.support.tcp_proxy import Fault

# One HQ process serves the package: keep its tests on one xdist worker.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("faults")]

KEEP_BYTES = (40, 150, 260, 400)
"""Where answers are cut: status line, headers, early body, later body."""


def position(till: Till) -> tuple[int, object]:
    with till.db.read() as s:
        state = load_cursor(s)
    snap = state.snapshot or {}
    return state.cursor, (snap.get("entity"), snap.get("after_id"))


def cut_every_page(till: Till, method: str) -> int:
    """Rounds until one completes; each round cuts the answer after the first page it got
    (the very first round cuts the first page). Returns how many answers were cut."""
    cuts = 0
    nth = 1
    while True:
        before = position(till)
        keep = KEEP_BYTES[cuts % len(KEEP_BYTES)]
        with till.fault_on(method, Fault.CUT_RESPONSE, nth=nth, keep_bytes=keep) as hit:
            report = till.round()
        if not hit:
            assert report.ok, report
            return cuts
        assert not report.ok, f"answer {cuts + 1} was not cut at {keep} bytes"
        cuts += 1
        # The page before the cut was applied with its position; the cut one left nothing.
        assert (nth == 1) == (position(till) == before)
        nth = 2
        assert cuts < 200


def seller_with_history(world: FaultWorld) -> Till:
    seller = world.till("seller")
    for n in range(4):
        seller.sell((n, 1 + n % 2), (n + 1, 1))
    seller.new_customer("Nimal Perera", "0771234561")
    seller.new_customer("Kamala Silva", "0771234562")
    seller.sync()
    return seller


def test_pull_cut_mid_page_at_every_page(world: FaultWorld) -> None:
    witness = world.till("witness")
    target = world.till("target", pull=4)
    seller_with_history(world)
    cuts = cut_every_page(target, "pull")
    assert cuts >= 5  # the pages of sales, lines, payments, movements, views, customers
    witness.sync()
    check_all(world)
    assert dump(target.db) == dump(witness.db)


def test_snapshot_cut_at_every_page(world: FaultWorld) -> None:
    witness = world.till("witness")
    seller_with_history(world)
    witness.sync()
    target = world.till("target", snapshot=3, first_sync=False)
    cuts = cut_every_page(target, "snapshot")
    assert cuts >= 15
    with target.db.read() as s:
        assert (load_cursor(s).snapshot or {}).get("status") != SNAP_RUNNING
    check_all(world)
    assert dump(target.db) == dump(witness.db)
