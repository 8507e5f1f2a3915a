"""Fixtures of the fault-injection tests.

One ``pos-hq`` process on PostgreSQL serves the whole package (starting one costs ~2 s); each
test gets its own organization on it, its own proxy and its own terminal files, so tests never
see each other's data. A test that kills HQ restarts it on the same port before it ends; the
fixture restarts it too if a failed test left it down.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_desktop.store.terminal import open_database
from sync.server.service import HqDatabase
from tests.faults.world import FaultWorld, Hq, make_org
from tests.support import pg
from tests.support.hq_process import HqProcess
from tests.support.tcp_proxy import FaultProxy

HQ_ARGS = ("--no-rate-limits", "--log-level", "warning")


def start_hq(db_url: str, workdir: Path) -> Hq:
    db = HqDatabase(db_url)
    db.upgrade()
    proc = HqProcess(db_url, workdir, extra_args=[*HQ_ARGS, "--no-migrate"])
    proc.start()
    return Hq(proc, db_url, db)


def stop_hq(hq: Hq) -> None:
    hq.proc.stop()
    hq.db.dispose()


@pytest.fixture(scope="session")
def pg_hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hq]:
    """The shared HQ process on a fresh PostgreSQL database."""
    dsn = pg.pg_dsn()
    name = pg.create_database(dsn, "faults")
    hq = start_hq(pg.database_url(dsn, name), tmp_path_factory.mktemp("pg_hq"))
    yield hq
    stop_hq(hq)
    pg.drop_database(dsn, name)


@pytest.fixture
def hq(pg_hq: Hq) -> Hq:
    pg_hq.ensure_running()
    return pg_hq


@pytest.fixture(scope="session")
def empty_terminal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty terminal file at the current schema, copied for every till (~1 s saved)."""
    path = tmp_path_factory.mktemp("empty_terminal") / "pos.db"
    open_database(path).dispose()
    return path


def new_world(hq: Hq, tmp: Path, template: Path | None = None) -> FaultWorld:
    org = make_org(hq.db, f"Faults {secrets.token_hex(4)}", ("S01", "S02"), tmp)
    proxy = FaultProxy("127.0.0.1", hq.proc.port)
    return FaultWorld(hq, org, proxy, tmp, template)


@pytest.fixture
def world(hq: Hq, tmp_path: Path, empty_terminal: Path) -> Iterator[FaultWorld]:
    """A new organization (stores S01 and S02) on the shared HQ, behind a fault proxy."""
    w = new_world(hq, tmp_path, empty_terminal)
    yield w
    w.close()
    w.proxy.close()
