"""I4: a snapshot or pull interrupted at any page and resumed ends exactly where an
uninterrupted one does; a crash while applying a page leaves neither the page nor a moved
cursor behind."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pos_desktop.store.base import Base
from pos_desktop.store.database import Database
from sync.client import pulling
from sync.client.state import load_cursor
from sync.entities import SNAPSHOT_ORDER
from tests.sync_client import rows
from tests.sync_client.conftest import Till, World, seed_reference
from tests.sync_client.fake_hq import FakeHQ

KINDS = ("timeout_before", "lose_response", "http_500", "drop", "crash")
PAGE = 3


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table's rows (devices aside: each till adds its own)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.read() as s:
        for entity in SNAPSHOT_ORDER:
            if entity == "devices":
                continue
            table = Base.metadata.tables[entity]
            out[entity] = sorted(tuple(r) for r in s.execute(select(table)))
    return out


def cursor_of(db: Database) -> tuple[int, Any]:
    with db.read() as s:
        state = load_cursor(s)
    return state.cursor, state.snapshot


def make_world(tmp: Path) -> World:
    hq = FakeHQ()
    org = hq.create_org("Resume Org")
    store = hq.create_store(org)
    seed_reference(hq, org, store, products=17)
    for n in range(7):
        hq.put(org, "customers", rows.customer(org, f"Customer {n}"))
    return World(hq, org, store, tmp)


class Crash(RuntimeError):
    pass


@contextmanager
def crash_on_pages(pages: set[int]) -> Iterator[None]:
    """Raise inside the page's transaction, after its rows were written, on those pages."""
    real = pulling._follow
    seen = {"n": 0}

    def follow(*args: Any, **kwargs: Any) -> None:
        real(*args, **kwargs)
        seen["n"] += 1
        if seen["n"] in pages:
            raise Crash(f"power cut on page {seen['n']}")

    with mock.patch.object(pulling, "_follow", follow):
        yield


def sync_until_done(till: Till, rounds: int = 40) -> int:
    """Run rounds until one succeeds (crashes and failures are retried); returns the count."""
    for n in range(1, rounds + 1):
        try:
            if till.engine.run_round().ok:
                return n
        except Crash:
            continue
    raise AssertionError("sync never finished")


def configure(till: Till) -> Till:
    till.engine.snapshot_limit = PAGE
    till.engine.pull_limit = PAGE
    return till


@pytest.fixture(scope="module")
def resume_world(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[World, dict[str, Any]]]:
    world = make_world(tmp_path_factory.mktemp("resume"))
    reference = configure(world.till("reference"))
    assert reference.engine.run_round().ok
    yield world, dump(reference.db)
    for till in world.tills:
        till.engine.close()
        till.db.dispose()


faults = st.lists(st.tuples(st.integers(1, 45), st.sampled_from(KINDS)), max_size=4)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=faults)
def test_interrupted_snapshot_resumes_to_the_same_result(
    resume_world: tuple[World, dict[str, Any]], plan: list[tuple[int, str]]
) -> None:
    world, expected = resume_world
    till = configure(world.till(f"t{len(world.tills)}"))
    world.hq.attempts.clear()
    world.hq.fault_at = {("/v1/snapshot", n): k for n, k in plan if k != "crash"}
    with crash_on_pages({n for n, k in plan if k == "crash"}):
        sync_until_done(till)
    world.hq.fault_at.clear()
    assert dump(till.db) == expected
    assert cursor_of(till.db)[0] == world.hq.state.versions[world.org]
    till.engine.close()
    till.db.dispose()
    world.tills.remove(till)


def test_interrupted_at_every_snapshot_page(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    reference = configure(world.till("reference"))
    assert reference.engine.run_round().ok
    expected = dump(reference.db)
    total = world.hq.attempts["/v1/snapshot"]  # the pages of an uninterrupted snapshot
    assert total > 20
    for page in range(1, total + 1):
        till = configure(world.till(f"page{page}"))
        with crash_on_pages({page}):
            sync_until_done(till)
        assert dump(till.db) == expected, page
        till.engine.close()
        till.db.dispose()


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=st.lists(st.tuples(st.integers(1, 12), st.sampled_from(KINDS)), max_size=3))
def test_interrupted_pull_resumes_to_the_same_result(
    resume_world: tuple[World, dict[str, Any]], plan: list[tuple[int, str]]
) -> None:
    world, _ = resume_world
    reference, till = world.tills[0], configure(world.till(f"p{len(world.tills)}"))
    till.engine.snapshot_limit = 5000  # only the pull is under test here
    assert till.engine.run_round().ok
    # HQ changes 20 rows, then deletes two, while both tills are away.
    batch = [rows.product(world.org, 1000 + len(world.tills) * 100 + i) for i in range(20)]
    for item in batch:
        world.hq.put(world.org, "products", item)
    for item in batch[:2]:
        world.hq.delete(world.org, "products", item["id"])
    assert reference.engine.run_round().ok
    world.hq.attempts.clear()
    world.hq.fault_at = {("/v1/pull", n): k for n, k in plan if k != "crash"}
    with crash_on_pages({n for n, k in plan if k == "crash"}):
        sync_until_done(till)
    world.hq.fault_at.clear()
    assert dump(till.db) == dump(reference.db)
    till.engine.close()
    till.db.dispose()
    world.tills.remove(till)


def test_a_crash_mid_page_writes_nothing_of_it(world: World) -> None:
    till = configure(world.till())
    assert till.engine.run_round().ok
    for n in range(10):
        world.hq.put(world.org, "products", rows.product(world.org, 500 + n))
    before_rows, before_cursor = dump(till.db), cursor_of(till.db)
    with crash_on_pages({1}), pytest.raises(Crash):
        till.engine.run_round()
    assert dump(till.db) == before_rows
    assert cursor_of(till.db) == before_cursor
    status = till.engine.status()
    assert status.last_error is not None and "power cut" in status.last_error
    # Two pages in, a crash on the third: the first two stay, with the cursor after them.
    with crash_on_pages({3}), pytest.raises(Crash):
        till.engine.run_round()
    cursor_after_two = cursor_of(till.db)[0]
    assert before_cursor[0] < cursor_after_two < world.hq.state.versions[world.org]
    assert till.engine.run_round().ok
    assert len(dump(till.db)["products"]) == 13
