"""End-to-end fixtures: an empty HQ database on each backend, a real ``pos-hq`` process, a
fault proxy in front of it, and the terminals enrolled through it (closed after the test)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.world import World
from tests.support.hq_process import HqProcess, hq_process_fixture
from tests.support.pg import fresh_database
from tests.support.tcp_proxy import FaultProxy

hq_processes = hq_process_fixture()


@pytest.fixture(params=["sqlite", "postgresql"])
def hq_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty HQ database (the test migrates it through ``pos-hq migrate``)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hq.db'}"
        return
    with fresh_database("hqe2e") as url:
        yield url


@pytest.fixture
def start_world(
    hq_processes: Callable[..., HqProcess], tmp_path: Path
) -> Iterator[Callable[[str], World]]:
    """``start_world(db_url)``: start ``pos-hq serve`` on the (set-up) database and a proxy."""
    worlds: list[World] = []

    def start(db_url: str) -> World:
        hq = hq_processes(db_url)
        proxy = FaultProxy("127.0.0.1", hq.port)
        world = World(hq, proxy, tmp_path / "tills")
        worlds.append(world)
        return world

    yield start
    for world in worlds:
        world.close()
        world.proxy.close()
