"""The end-to-end world: a real ``pos-hq`` process, tenants made by the admin commands, and real
terminal SQLite files enrolled over HTTP, each with the real sync engine.

Terminals reach HQ through one ``FaultProxy`` (tests/support/tcp_proxy.py) and a transport
without keep-alive, so every request is a new connection and the proxy can take the network
away from them (``go_offline``) without touching the server.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from pos_desktop.services.auth import actor_from_user
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.store.database import Database, TerminalIdentity
from pos_desktop.store.models import User
from pos_desktop.store.terminal import open_database
from sync.client.build import build_sync
from sync.client.credentials import CredentialStore
from sync.client.engine import SyncEngine
from sync.client.enrollment import enroll
from sync.client.report import RoundReport
from sync.client.status import Connection
from tests.support.hq_process import HqProcess, Tenant, hq_cli
from tests.support.tcp_proxy import Fault, FaultProxy

APP_VERSION = "0.1.0-e2e"
USERS = (
    ("owner", "admin", "owner-pass-1"),
    ("mala", "manager", "manager-pass-1"),
    ("kasun", "cashier", "cashier-pass-1"),
)


def no_keepalive() -> httpx.HTTPTransport:
    """One request per connection: a proxy fault hits exactly the request it is meant for."""
    return httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))


@dataclass
class Till:
    """One enrolled terminal: its file, database, engine and the people who work on it."""

    name: str
    path: Path
    db: Database
    engine: SyncEngine
    identity: TerminalIdentity
    rounds: list[RoundReport] = field(default_factory=list)

    @property
    def ctx(self) -> ServiceContext:
        return self.engine.ctx

    @property
    def device_id(self) -> str:
        return self.identity.device_id

    @property
    def store_id(self) -> str:
        return self.identity.store_id

    @property
    def organization_id(self) -> str:
        return self.identity.organization_id

    def actor(self, role: str) -> Actor:
        """The user of ``role`` HQ sent down (users are made at HQ, never on the till)."""
        with self.db.read() as s:
            user = s.execute(select(User).where(User.role == role)).scalars().first()
            assert user is not None, f"{self.name} has no {role} from HQ yet"
            return actor_from_user(user)

    def sync(self) -> RoundReport:
        report = self.engine.run_round()
        self.rounds.append(report)
        return report

    def close(self) -> None:
        self.engine.close()
        self.db.dispose()


def write_catalog(path: Path, rows: Iterable[Sequence[Any]]) -> Path:
    """A products CSV in the terminal's own format (sku, name, price, barcode, tax_class)."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["sku", "name", "price", "barcode", "tax_class"])
        out.writerows(rows)
    return path


def import_catalog(db_url: str, tenant: Tenant, path: Path) -> int:
    return int(
        hq_cli(db_url, "catalog", "import", "--org", tenant.organization_id, str(path))["imported"]
    )


@dataclass
class World:
    hq: HqProcess
    proxy: FaultProxy
    tmp: Path
    tills: dict[str, Till] = field(default_factory=dict)

    def enroll(self, name: str, tenant: Tenant, store_code: str) -> Till:
        """A new terminal file enrolled with a one-time code, through the proxy."""
        path = self.tmp / name / "pos.db"
        credentials = CredentialStore()
        identity = enroll(
            path,
            self.proxy.url,
            tenant.take_code(store_code),
            f"Till {name}",
            credentials,
            transport=no_keepalive(),
            app_version=APP_VERSION,
        )
        db = open_database(path)
        engine = build_sync(
            db, credentials=credentials, app_version=APP_VERSION, transport=no_keepalive()
        )
        assert engine is not None, f"{name} is not enrolled"
        till = Till(name, path, db, engine, identity)
        self.tills[name] = till
        return till

    def __iter__(self) -> Iterator[Till]:
        return iter(self.tills.values())

    def go_offline(self) -> None:
        """Every terminal tries a round and finds no network (connections dropped)."""
        self.proxy.fail_next(Fault.DROP_BEFORE_REQUEST, times=len(self.tills))
        for till in self:
            report = till.sync()
            assert not report.ok and report.connection is Connection.OFFLINE, report
        assert self.proxy.pending_faults() == 0

    def sync_all_at_once(self) -> dict[str, RoundReport]:
        """One round on every terminal at the same moment (the network came back for all),
        each on its own thread as the tills' sync workers would run them."""
        start = threading.Barrier(len(self.tills))

        def run(till: Till) -> RoundReport:
            start.wait(timeout=30)
            return till.sync()

        with ThreadPoolExecutor(len(self.tills), thread_name_prefix="till") as pool:
            futures = {till.name: pool.submit(run, till) for till in self}
            return {name: future.result(timeout=120) for name, future in futures.items()}

    def sync_until_quiescent(self, *, min_passes: int = 2, max_passes: int = 8) -> int:
        """Rounds on every terminal, in turn, until a whole pass pushes and pulls nothing.

        Returns the number of passes. At least ``min_passes`` so every terminal has pulled
        what every other one pushed in the pass before."""
        for number in range(1, max_passes + 1):
            busy = False
            for till in self:
                report = till.sync()
                assert report.ok, f"{till.name}: {report.error_code} {report.error}"
                if report.pushed or report.pulled or report.snapshot_rows or report.deleted:
                    busy = True
                assert report.quarantined == 0, f"{till.name} had entries quarantined"
                assert report.skipped == 0, f"{till.name} could not store {report.skipped} rows"
            if not busy and number >= min_passes:
                return number
        raise AssertionError(f"still syncing after {max_passes} passes: {self.last_reports()}")

    def last_reports(self) -> dict[str, str]:
        return {
            t.name: f"pushed={r.pushed} pulled={r.pulled} snapshot={r.snapshot_rows}"
            for t in self
            for r in t.rounds[-1:]
        }

    def close(self) -> None:
        for till in self:
            till.close()
