"""Sync bench set-up: a real ``pos-hq serve`` on 127.0.0.1 over a fresh database, tenants made
through the ``pos-hq`` admin commands, terminals enrolled through the real enrollment and filled
by the real checkout service.

PostgreSQL comes from ``POS_BENCH_PG_DSN`` (else ``POS_TEST_PG_DSN``, else
``postgresql://pos:pos@127.0.0.1:5432/postgres``; the user needs CREATEDB): every run makes a
new ``bench_<random>`` database and drops it afterwards. The SQLite rows use a file.

Preparing terminals is slow (10,000 sales through checkout take a minute), so a prepared world
(HQ database dump + terminal files + their tokens) is cached in ``bench/.data/sync`` and
restored for later runs: ``pg_restore`` into a new database, terminal files copied back to the
*same* paths they were enrolled at (the database instance fingerprint is host + path, so a file
restored elsewhere would count as a clone). ``POS_BENCH_SYNC_FRESH=1`` rebuilds the cache. The
cache key holds the migrations of both schemas, so a schema change rebuilds it.

Device tokens live in an in-memory keyring (a headless box has no OS keyring; the app itself
refuses to fall back, the tests do the same) and beside the cached terminal files.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import secrets
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import keyring
from keyring.backend import KeyringBackend
from sqlalchemy import func, select

from bench.common import DATA_DIR, catalog_db
from bench.harness import Result
from pos_desktop.core.cart import Cart
from pos_desktop.core.money import Money
from pos_desktop.services import shifts
from pos_desktop.services.auth import actor_from_user
from pos_desktop.services.catalog import ProductHit, lookup_barcode
from pos_desktop.services.checkout import PaymentRequest, checkout
from pos_desktop.services.context import ServiceContext
from pos_desktop.store.database import Database
from pos_desktop.store.models import User
from pos_desktop.store.models.catalog import Product
from pos_desktop.store.terminal import load_identity, open_database
from sync.client.build import build_sync
from sync.client.credentials import CredentialStore
from sync.client.engine import SyncEngine
from sync.client.enrollment import enroll
from sync.client.state import HQ_URL_KEY, put_meta
from tests.support.hq_process import HqProcess, Tenant, setup_tenant

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DSN = "postgresql://pos:pos@127.0.0.1:5432/postgres"
APP_VERSION = "0.1.0-bench"
CACHE_VERSION = "2"
SYNC_CACHE = DATA_DIR / "sync"
SYNC_WORK = DATA_DIR / "sync-work"
CASHIER = ("cashier", "cashier", "cashier-pass-1")
OWNER = "owner"
OPENING_STOCK = 100_000
BACKENDS = ("postgresql", "sqlite")


def pg_dsn() -> str:
    return (
        os.environ.get("POS_BENCH_PG_DSN", "").strip()
        or os.environ.get("POS_TEST_PG_DSN", "").strip()
        or DEFAULT_DSN
    )


def want_sqlite() -> bool:
    """SQLite rows are secondary: ``POS_BENCH_SYNC_SQLITE=0`` skips them."""
    return os.environ.get("POS_BENCH_SYNC_SQLITE", "1") != "0"


def sqlite_row(name: str, figure: str, notes: str, command: str) -> Result:
    """The SQLite-HQ row that follows a PostgreSQL figure: reported, never judged."""
    return Result(name, figure, "- (secondary)", None, notes=notes, command=command)


# -- keyring -----------------------------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    """Tokens in memory for the bench process (as the tests do on headless machines)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._store.pop((service, username), None)


_KEYRING_LOCK = threading.Lock()


def memory_keyring() -> MemoryKeyring:
    with _KEYRING_LOCK:
        current = keyring.get_keyring()
        if isinstance(current, MemoryKeyring):
            return current
        backend = MemoryKeyring()
        keyring.set_keyring(backend)
        return backend


def remember_tokens(tokens: dict[str, str]) -> None:
    ring = memory_keyring()
    store = CredentialStore()
    for device_id, token in tokens.items():
        ring.set_password(store.service, device_id, token)


# -- HQ databases ------------------------------------------------------------------------------


def _pg_admin() -> Any:
    import psycopg

    return psycopg.connect(pg_dsn(), autocommit=True)


def _pg_url(name: str) -> str:
    from sqlalchemy.engine import make_url

    url = make_url(pg_dsn()).set(drivername="postgresql+psycopg", database=name)
    return url.render_as_string(hide_password=False)


def _pg_env() -> tuple[list[str], dict[str, str]]:
    """libpq connection options for pg_dump/pg_restore from the DSN (password in env)."""
    from sqlalchemy.engine import make_url

    url = make_url(pg_dsn())
    args = ["-h", url.host or "127.0.0.1", "-p", str(url.port or 5432)]
    if url.username:
        args += ["-U", url.username]
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return args, env


@dataclass
class HqDb:
    backend: str
    url: str
    pg_name: str | None = None
    sqlite_path: Path | None = None

    def dump(self, dest: Path) -> None:
        """A copy of the database at ``dest`` (pg_dump custom format, or the SQLite file)."""
        tmp = dest.with_name(dest.name + ".partial")
        if self.backend == "postgresql":
            args, env = _pg_env()
            subprocess.run(
                ["pg_dump", *args, "-Fc", "-f", str(tmp), self.pg_name or ""],
                check=True,
                env=env,
            )
        else:
            import sqlite3

            assert self.sqlite_path is not None
            src = sqlite3.connect(self.sqlite_path)
            dst = sqlite3.connect(tmp)
            src.backup(dst)
            dst.close()
            src.close()
        tmp.rename(dest)

    def query(self, sql: str, **params: Any) -> list[tuple[Any, ...]]:
        """Read HQ's tables directly (the verification of what arrived)."""
        from sqlalchemy import create_engine, text

        engine = create_engine(self.url)
        try:
            with engine.connect() as conn:
                return [tuple(r) for r in conn.execute(text(sql), params)]
        finally:
            engine.dispose()


@contextmanager
def hq_database(backend: str, workdir: Path, restore: Path | None = None) -> Iterator[HqDb]:
    """A new HQ database (optionally restored from a dump made by ``HqDb.dump``), dropped after."""
    if backend == "sqlite":
        workdir.mkdir(parents=True, exist_ok=True)
        path = workdir / "hq.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        if restore is not None:
            shutil.copyfile(restore, path)
        try:
            yield HqDb(backend, f"sqlite:///{path}", sqlite_path=path)
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    name = f"bench_{secrets.token_hex(6)}"
    with _pg_admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        if restore is not None:
            args, env = _pg_env()
            subprocess.run(
                ["pg_restore", *args, "--no-owner", "-d", name, str(restore)],
                check=True,
                env=env,
            )
            _analyze(_pg_url(name))  # fresh statistics, as a live database would have
        yield HqDb(backend, _pg_url(name), pg_name=name)
    finally:
        with _pg_admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _analyze(url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    finally:
        engine.dispose()


@contextmanager
def running_hq(db: HqDb, workdir: Path, args: Sequence[str] = ()) -> Iterator[HqProcess]:
    """``pos-hq serve --port 0`` on 127.0.0.1; stopped (SIGTERM) afterwards."""
    proc = HqProcess(db.url, workdir, extra_args=["--log-level", "warning", *args])
    proc.start()
    try:
        yield proc
    finally:
        proc.stop()


# -- catalog files -----------------------------------------------------------------------------


def catalog_csv(rows: int | None = None) -> Path:
    """The bench catalog (bench/generate.py) exported in the products CSV format, optionally
    its first ``rows`` products; made once and cached."""
    from pos_desktop.services.products_csv import export_products

    full = DATA_DIR / "catalog-full.csv"
    if not full.exists():
        from bench.common import open_till

        till = open_till(catalog_db())
        tmp = full.with_suffix(".tmp.csv")
        export_products(till.ctx, tmp)
        till.ctx.db.dispose()
        tmp.rename(full)
    if rows is None:
        return full
    part = DATA_DIR / f"catalog-{rows}.csv"
    if not part.exists():
        with full.open(encoding="utf-8") as src, part.open("w", encoding="utf-8") as dst:
            for n, line in enumerate(src):
                if n > rows:
                    break
                dst.write(line)
    return part


def import_catalog(db_url: str, org_id: str, path: Path) -> float:
    """``pos-hq catalog import`` (in-process); returns the seconds it took."""
    from tests.support.hq_process import hq_cli

    started = time.perf_counter()
    hq_cli(db_url, "catalog", "import", "--org", org_id, str(path))
    return time.perf_counter() - started


def make_tenant(db_url: str, stores: Sequence[str], codes_per_store: int) -> Tenant:
    return setup_tenant(
        db_url,
        "Bench Stores",
        stores,
        codes_per_store=codes_per_store,
        users=((OWNER, "admin", "owner-pass-1"), CASHIER),
    )


# -- terminals ---------------------------------------------------------------------------------


def enroll_terminal(path: Path, hq_url: str, code: str, name: str) -> tuple[str, str]:
    """Enroll a new terminal file; returns (device_id, token)."""
    memory_keyring()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    identity = enroll(path, hq_url, code, name, CredentialStore(), app_version=APP_VERSION)
    token = CredentialStore().get(identity.device_id)
    assert token is not None
    return identity.device_id, token


def open_engine(
    path: Path, transport: httpx.BaseTransport | None = None
) -> tuple[Database, SyncEngine]:
    """The terminal file and its engine, as the app builds them (``build_sync``)."""
    db = open_database(path)
    engine = build_sync(
        db, credentials=CredentialStore(), app_version=APP_VERSION, transport=transport
    )
    assert engine is not None, f"{path} is not enrolled"
    return db, engine


def point_at(path: Path, hq_url: str) -> None:
    """A restored terminal file: HQ listens on another port this run."""
    db = open_database(path)
    try:
        with db.uow() as uow:
            uow.session.info["sync_apply"] = True
            put_meta(uow.session, HQ_URL_KEY, hq_url)
            uow.commit()
    finally:
        db.dispose()


def checkpoint(path: Path) -> None:
    """Fold the WAL into the file, so copying the file alone copies everything."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


@dataclass
class Seller:
    """Sells on one terminal through the real checkout service (1-5 lines, cash)."""

    db: Database
    rng: random.Random
    hits: list[ProductHit] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.ctx = ServiceContext(db=self.db, terminal=load_identity(self.db))
        with self.db.read() as s:
            user = s.execute(select(User).where(User.username == CASHIER[0])).scalar_one()
            self.cashier = actor_from_user(user)
            codes = list(
                s.execute(
                    select(Product.barcode)
                    .where(Product.barcode.is_not(None), Product.is_weighed.is_(False))
                    .order_by(Product.id)
                    .limit(300)
                ).scalars()
            )
            self.hits = [h for h in (lookup_barcode(s, str(c)) for c in codes) if h]
        assert self.hits, "the terminal has no products: was the snapshot run?"
        shifts.open_shift(self.ctx, self.cashier, Money.of("10000"))

    def sell(self) -> str:
        cart = Cart(self.ctx.terminal.currency)
        for hit in self.rng.sample(self.hits, self.rng.randint(1, 5)):
            cart.add_item(
                product_id=hit.product_id,
                name=hit.name,
                unit_price=hit.price,
                tax_class=hit.tax_class(),
                quantity=self.rng.randint(1, 3),
                sku=hit.sku,
                barcode=hit.barcode,
            )
        done = checkout(
            self.ctx, self.cashier, cart, [PaymentRequest("CASH", amount_minor=100_000_000)]
        )
        return str(done.sale_id)


# -- cached worlds -----------------------------------------------------------------------------


def _schema_key() -> str:
    names = sorted(
        str(p.relative_to(ROOT))
        for folder in ("pos_desktop/store/migrations", "sync/server/migrations")
        for p in (ROOT / folder).rglob("*.py")
    )
    return hashlib.sha256("\n".join([CACHE_VERSION, *names]).encode()).hexdigest()[:12]


@dataclass
class World:
    """A prepared HQ database dump and terminal files (at their enrolled paths)."""

    name: str
    backend: str
    cache: Path
    work: Path
    tokens: dict[str, str]  # device id -> token
    terminals: list[Path]  # work paths, index order
    info: dict[str, Any]

    @property
    def dump(self) -> Path:
        return self.cache / ("hq.dump" if self.backend == "postgresql" else "hq.db")

    def restore_terminals(self) -> None:
        """Copy the cached terminal files back to the paths they were enrolled at."""
        for n, path in enumerate(self.terminals):
            path.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(self.cache / f"t{n:03d}.db", path)
        remember_tokens(self.tokens)


def world_dirs(name: str, backend: str) -> tuple[Path, Path]:
    key = f"{name}-{backend}-{_schema_key()}"
    return SYNC_CACHE / key, SYNC_WORK / f"{name}-{backend}"


def load_world(name: str, backend: str) -> World | None:
    cache, work = world_dirs(name, backend)
    done = cache / "world.json"
    if os.environ.get("POS_BENCH_SYNC_FRESH") == "1" or not done.exists():
        return None
    saved = json.loads(done.read_text())
    return World(
        name,
        backend,
        cache,
        work,
        saved["tokens"],
        [Path(p) for p in saved["terminals"]],
        saved["info"],
    )


def save_world(
    name: str,
    backend: str,
    db: HqDb,
    terminals: list[Path],
    tokens: dict[str, str],
    info: dict[str, Any],
) -> World:
    cache, work = world_dirs(name, backend)
    for stale in SYNC_CACHE.glob(f"{name}-{backend}-*"):  # older schema keys, and this one
        shutil.rmtree(stale, ignore_errors=True)
    cache.mkdir(parents=True)
    for n, path in enumerate(terminals):
        checkpoint(path)
        shutil.copyfile(path, cache / f"t{n:03d}.db")
    world = World(name, backend, cache, work, tokens, terminals, info)
    db.dump(world.dump)
    (cache / "world.json").write_text(
        json.dumps({"tokens": tokens, "terminals": [str(p) for p in terminals], "info": info})
    )
    return world


def fresh_work(name: str, backend: str) -> Path:
    _, work = world_dirs(name, backend)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    return work


class TimedTransport(httpx.HTTPTransport):
    """The real HTTP transport, timing each exchange (request sent to answer body read)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.samples: list[tuple[str, float]] = []  # (path, ms)
        self.ended: list[tuple[str, float]] = []  # (path, time.time() when the answer was read)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = time.perf_counter_ns()
        response = super().handle_request(request)
        response.read()
        self.samples.append((request.url.path, (time.perf_counter_ns() - started) / 1e6))
        self.ended.append((request.url.path, time.time()))
        return response

    def total_ms(self, path_suffix: str = "") -> float:
        return sum(ms for path, ms in self.samples if path.endswith(path_suffix))


def prepare_fleet(
    name: str,
    backend: str,
    *,
    stores: int,
    per_store: int,
    sales_each: int,
    catalog_rows: int,
) -> World:
    """An organization with ``stores`` stores of ``per_store`` enrolled terminals each; every
    terminal has run its first round (snapshot of ``catalog_rows`` products, the cashier and
    tenders) and then made ``sales_each`` sales offline. Cached (see the module notes)."""
    world = load_world(name, backend)
    if world is not None:
        return world
    work = fresh_work(name, backend)
    started = time.perf_counter()
    codes = [f"S{n + 1:02d}" for n in range(stores)]
    with hq_database(backend, work / "hqdb") as db:
        tenant = make_tenant(db.url, codes, per_store)
        import_catalog(db.url, tenant.organization_id, catalog_csv(catalog_rows))
        paths: list[Path] = []
        tokens: dict[str, str] = {}
        devices: list[str] = []
        setup_args = ["--enroll-rate-limit", "100000"]  # set-up only: 100 tills from one address
        with running_hq(db, work / "hq-setup", setup_args) as hq:
            for code in codes:
                for _ in range(per_store):
                    n = len(paths)
                    path = work / f"t{n:03d}" / "pos.db"
                    device_id, token = enroll_terminal(
                        path, hq.url, tenant.take_code(code), f"Till {n + 1}"
                    )
                    tdb, engine = open_engine(path)
                    round_ok(engine)  # snapshot: products, the cashier, tenders
                    if n % per_store == 0:
                        # The store's first till books opening stock and sends it up, as a
                        # shop would before selling (else every sale raises a stock alert).
                        receive_opening_stock(tdb, OPENING_STOCK)
                        round_ok(engine)
                    engine.close()
                    if sales_each:
                        seller = Seller(tdb, random.Random(n))
                        for _ in range(sales_each):
                            seller.sell()
                    tdb.dispose()
                    paths.append(path)
                    tokens[device_id] = token
                    devices.append(device_id)
        info = {"organization_id": tenant.organization_id, "devices": devices}
        world = save_world(name, backend, db, paths, tokens, info)
    print(f"  [{name}/{backend}] prepared in {time.perf_counter() - started:.1f} s")
    return world


def receive_opening_stock(db: Database, quantity: int) -> None:
    """Opening stock of every product in the store's default warehouse (by the owner)."""
    from pos_desktop.services.stock import receive_stock
    from pos_desktop.store.models.inventory import MovementReason

    ctx = ServiceContext(db=db, terminal=load_identity(db))
    with db.read() as s:
        user = s.execute(select(User).where(User.username == OWNER)).scalar_one()
        owner = actor_from_user(user)
        products = list(s.execute(select(Product.id)).scalars())
    for product_id in products:
        receive_stock(ctx, owner, str(product_id), quantity, reason=MovementReason.OPENING)


def pending_and_sales(path: Path) -> tuple[int, set[str]]:
    """(unacknowledged outbox entries, ids of the sales) of a terminal file."""
    from pos_desktop.store.models import OutboxEntry
    from pos_desktop.store.models.sales import Sale

    db = open_database(path)
    try:
        with db.read() as s:
            pending = s.execute(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None))
            ).scalar_one()
            sales = {str(x) for x in s.execute(select(Sale.id)).scalars()}
    finally:
        db.dispose()
    return int(pending), sales


def round_ok(engine: SyncEngine) -> Any:
    report = engine.run_round()
    if not report.ok:
        raise RuntimeError(f"sync round failed: {report.error_code}: {report.error}")
    return report
