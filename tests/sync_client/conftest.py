"""Fixtures: a fake HQ with one organization and store, and enrolled terminal databases."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pos_desktop.store.database import Database, TerminalIdentity
from pos_desktop.store.terminal import open_database
from sync.client.build import build_sync
from sync.client.credentials import CredentialStore
from sync.client.engine import SyncEngine
from sync.client.enrollment import enroll
from tests.sync_client import rows
from tests.sync_client.fake_hq import FakeHQ
from tests.sync_client.helpers import seed_people_and_tenders

HQ_URL = "http://hq.test"
_EMPTY: list[Path] = []


def empty_database() -> Path:
    """A migrated, empty terminal file, made once per test process."""
    if not _EMPTY:
        folder = Path(tempfile.mkdtemp(prefix="pos-empty-"))
        db = open_database(folder / "pos.db")
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        _EMPTY.append(folder / "pos.db")
    return _EMPTY[0]


APP_VERSION = "0.1.0-test"


@dataclass
class Till:
    path: Path
    db: Database
    engine: SyncEngine
    identity: TerminalIdentity
    hq: FakeHQ
    opened: list[Database] = field(default_factory=list)

    def reopen(self) -> Till:
        """The same file opened again, as after an app restart."""
        self.engine.close()
        self.db.dispose()
        db = open_database(self.path)
        engine = build_sync(
            db, credentials=CredentialStore(), app_version=APP_VERSION, transport=self.hq.transport
        )
        assert engine is not None
        self.db, self.engine = db, engine
        return self


@dataclass
class World:
    hq: FakeHQ
    org: str
    store: str
    tmp: Path
    tills: list[Till] = field(default_factory=list)

    def till(self, name: str = "till", store: str | None = None) -> Till:
        path = self.tmp / name / "pos.db"
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(empty_database(), path)  # migrating a new file costs ~0.6 s
        code = self.hq.enroll_code(self.org, store or self.store)
        identity = enroll(path, HQ_URL, code, name, CredentialStore(), transport=self.hq.transport)
        db = open_database(path)
        engine = build_sync(
            db, credentials=CredentialStore(), app_version=APP_VERSION, transport=self.hq.transport
        )
        assert engine is not None
        till = Till(path, db, engine, identity, self.hq)
        self.tills.append(till)
        return till


def seed_reference(hq: FakeHQ, org: str, store: str, products: int = 3) -> None:
    tax = rows.tax_class(org, "VAT18", "0.18")
    hq.put(org, "tax_classes", tax)
    hq.put(org, "warehouses", rows.warehouse(org, store))
    for n in range(products):
        hq.put(org, "products", rows.product(org, n, tax_class_id=tax["id"]))
    seed_people_and_tenders(hq, org, store)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    # HQ's clock follows real time, as the tills' clocks do (tests that skew it say so).
    hq = FakeHQ(now_ms=lambda: time.time_ns() // 1_000_000)
    org = hq.create_org("Test Org")
    store = hq.create_store(org, "S01")
    seed_reference(hq, org, store)
    w = World(hq, org, store, tmp_path)
    yield w
    for till in w.tills:
        till.engine.close()
        till.db.dispose()
