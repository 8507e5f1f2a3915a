"""The world of the fault-injection tests: a real ``pos-hq`` process, one organization per test
made through HQ's own service functions, a ``FaultProxy`` between the terminals and HQ, and
real terminal SQLite files enrolled through ``sync.client.enrollment.enroll`` that sell with the
real checkout service.

Every terminal talks to HQ through the proxy with a transport that never keeps a connection
alive, so one connection carries one request and a planned fault hits exactly the request it is
meant for (``Till.fault_on`` queues it just before that request).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from pos_desktop.core.cart import Cart
from pos_desktop.core.ids import HybridLogicalClock
from pos_desktop.core.money import Money
from pos_desktop.services import catalog, customers, shifts
from pos_desktop.services.auth import actor_from_user
from pos_desktop.services.checkout import CheckoutResult, checkout
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.store.database import Database, TerminalIdentity
from pos_desktop.store.models import OutboxEntry, User
from pos_desktop.store.models.sales import PaymentMethodCode
from pos_desktop.store.terminal import load_identity, open_database
from sync.client.build import hq_url
from sync.client.credentials import CredentialStore
from sync.client.engine import SyncEngine
from sync.client.enrollment import enroll
from sync.client.instance import ensure_instance
from sync.client.report import RoundReport
from sync.client.transport import HqClient
from sync.protocol import DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, MAX_PUSH_ENTRIES
from sync.server import service
from sync.server.service import HqDatabase
from tests.support.hq_process import HqProcess, hq_cli
from tests.support.tcp_proxy import Fault, FaultProxy
from tests.support.terminal import copy_database

APP_VERSION = "0.1.0-faults"
MANAGER_PIN = "4321"
PRODUCT_COUNT = 6
DAY_MS = 24 * 3600 * 1000


def sku(n: int) -> str:
    return f"FLT-{n:03d}"


def no_keepalive() -> httpx.HTTPTransport:
    """One connection per request: a fault planned on the proxy hits one request."""
    return httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))


def now_utc() -> datetime:
    return datetime.now(UTC)


# -- HQ ----------------------------------------------------------------------------------------


@dataclass
class Hq:
    """A running ``pos-hq`` process and a connection to its database for the test's reads."""

    proc: HqProcess
    db_url: str
    db: HqDatabase

    def ensure_running(self) -> None:
        if not self.proc.running:
            self.proc.start()

    def kill_and_restart(self) -> None:
        assert self.proc.kill() == -9
        self.proc.start()

    def cli(self, *argv: str) -> Any:
        """One ``pos-hq --json`` admin command against this database, in-process."""
        return hq_cli(self.db_url, *argv)


@dataclass
class Org:
    id: str
    name: str
    stores: dict[str, str]  # code -> id
    api_key: str  # an organization API key (``/v1/org/...`` listings)


def make_org(hq: HqDatabase, name: str, stores: tuple[str, ...], tmp: Path) -> Org:
    """An organization as an administrator sets one up: stores (each with its warehouse),
    payment methods and tax classes, a manager with a PIN, and a catalog imported from CSV."""
    now = now_utc()
    csv = tmp / f"catalog-{name}.csv"
    csv.write_text(
        "sku,name,price\n"
        + "".join(f"{sku(n)},Item {n},{(n + 1) * 125}.00\n" for n in range(PRODUCT_COUNT))
    )
    with hq.transaction() as s:
        org = service.create_org(s, name, now=now)
        store_ids = {
            code: str(service.create_store(s, org["id"], code, f"Store {code}", now=now)["id"])
            for code in stores
        }
        service.create_user(
            s,
            org["id"],
            "manager",
            "Mala Manager",
            "manager",
            password=None,
            pin=MANAGER_PIN,
            store_id=None,
            now=now,
        )
        service.import_catalog(s, org["id"], csv, now)
        api_key = service.create_api_key(s, org["id"], "fault tests", now)
    return Org(str(org["id"]), name, store_ids, api_key)


def enroll_code(hq: HqDatabase, org: Org, store: str) -> str:
    with hq.transaction() as s:
        return service.make_enroll_code(s, org.id, org.stores[store], now_utc())


# -- terminals ---------------------------------------------------------------------------------


@dataclass
class Till:
    """One enrolled terminal file, its engine, and the oracle of what was done on it."""

    name: str
    store: str
    path: Path
    db: Database
    engine: SyncEngine
    identity: TerminalIdentity
    proxy: FaultProxy
    limits: dict[str, int]
    timeout: float
    clock: Callable[[], datetime] = now_utc
    sales: dict[str, int] = field(default_factory=dict)  # sale id -> total_minor
    sold_milli: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # product -> qty
    actor: Actor | None = None

    @property
    def device_id(self) -> str:
        return self.identity.device_id

    @property
    def ctx(self) -> ServiceContext:
        return ServiceContext(db=self.db, terminal=self.identity, clock=self.clock)

    def round(self) -> RoundReport:
        return self.engine.run_round()

    def sync(self, max_rounds: int = 6) -> RoundReport:
        """Rounds until one succeeds with nothing left to push."""
        report = self.round()
        for _ in range(max_rounds - 1):
            if report.ok and self.pending() == 0:
                return report
            report = self.round()
        assert report.ok and self.pending() == 0, (self.name, report)
        return report

    def pending(self) -> int:
        with self.db.read() as s:
            return int(
                s.execute(
                    select(func.count())
                    .select_from(OutboxEntry)
                    .where(OutboxEntry.acked_at.is_(None))
                ).scalar_one()
            )

    def ready_to_sell(self) -> Actor:
        """The manager HQ sent down, with a shift open on this till."""
        if self.actor is None:
            with self.db.read() as s:
                user = s.execute(select(User).where(User.username == "manager")).scalar_one()
                self.actor = actor_from_user(user)
            with self.db.read() as s:
                is_open = shifts.current_shift(s, self.ctx) is not None
            if not is_open:  # a copied file may hold its original's open shift
                shifts.open_shift(self.ctx, self.actor, Money(1000_00, self.identity.currency))
        return self.actor

    def sell(self, *items: tuple[int, int]) -> CheckoutResult:
        """A cash sale of ``(product number, quantity)`` items; recorded in the oracle."""
        actor = self.ready_to_sell()
        cart = Cart(self.identity.currency)
        total = 0
        with self.db.read() as s:
            for number, qty in items or ((0, 1),):
                hit = next(
                    h for h in catalog.search_products(s, sku(number)) if h.sku == sku(number)
                )
                cart.add_item(
                    product_id=hit.product_id,
                    name=hit.name,
                    unit_price=hit.price,
                    tax_class=hit.tax_class(),
                    quantity=qty,
                    sku=hit.sku,
                )
                total += hit.price_minor * qty
                self.sold_milli[hit.product_id] += qty * 1000
        result = checkout(
            self.ctx, actor, cart, [PaymentRequest(PaymentMethodCode.CASH, total * 2)]
        )
        self.sales[result.sale_id] = result.total_minor
        return result

    def sell_many(self, count: int, start: int = 0) -> list[CheckoutResult]:
        return [self.sell(((start + n) % PRODUCT_COUNT, 1 + n % 3)) for n in range(count)]

    def new_customer(self, name: str, phone: str) -> str:
        actor = self.ready_to_sell()
        made = customers.create_customer(
            self.ctx, actor, customers.CustomerInput(name=name, phone=phone)
        )
        return made.customer.id

    def edit_customer(self, customer_id: str, **changes: Any) -> str | None:
        """Edit fields; returns the HLC of the outbox entry written (None: nothing changed)."""
        actor = self.ready_to_sell()
        result = customers.update_customer(self.ctx, actor, customer_id, changes)
        if not result.changed_fields:
            return None
        with self.db.read() as s:
            return s.execute(
                select(OutboxEntry.hlc)
                .where(OutboxEntry.entity == "customers", OutboxEntry.entity_id == customer_id)
                .order_by(OutboxEntry.seq.desc())
                .limit(1)
            ).scalar_one()

    @contextmanager
    def fault_on(
        self, method: str, fault: Fault, *, nth: int = 1, keep_bytes: int = 0
    ) -> Iterator[list[int]]:
        """Plan ``fault`` on the proxy just before the ``nth`` call of ``HqClient.<method>``
        (hello, push, pull, snapshot). Yields a list that receives the call number hit."""
        client = self.engine.client
        real = getattr(client, method)
        calls = {"n": 0}
        hit: list[int] = []

        def wrapper(req: Any) -> Any:
            calls["n"] += 1
            if calls["n"] == nth:
                self.proxy.fail_next(fault, keep_bytes=keep_bytes)
                hit.append(calls["n"])
            return real(req)

        setattr(client, method, wrapper)
        try:
            yield hit
        finally:
            setattr(client, method, real)

    def reopen(self) -> None:
        """The same file opened again, as after a restart of the app (or of a child)."""
        self.engine.close()
        self.db.dispose()
        self.db = open_database(self.path)
        self.engine = build_engine(self.db, self.limits, self.timeout)

    def close(self) -> None:
        self.engine.close()
        self.db.dispose()


def build_engine(db: Database, limits: dict[str, int], timeout: float) -> SyncEngine:
    """What ``sync.client.build.build_sync`` makes, with test timeouts and page sizes."""
    url = hq_url(db)
    identity = load_identity(db)
    assert url is not None
    instance = ensure_instance(db)
    credentials = CredentialStore()
    client = HqClient(
        url,
        lambda: credentials.get(identity.device_id),
        instance.db_instance_id,
        no_keepalive(),
        timeout=httpx.Timeout(timeout, connect=timeout),
        user_agent=f"pos-desktop/{APP_VERSION}",
    )
    return SyncEngine(
        db,
        client,
        app_version=APP_VERSION,
        identity=identity,
        push_limit=limits.get("push", MAX_PUSH_ENTRIES),
        pull_limit=limits.get("pull", DEFAULT_PULL_LIMIT),
        snapshot_limit=limits.get("snapshot", MAX_PULL_LIMIT),
    )


def skewed_clock(offset: timedelta) -> Callable[[], datetime]:
    return lambda: datetime.now(UTC) + offset


def skew(till: Till, offset: timedelta) -> None:
    """Give the till a wall clock ``offset`` away from the truth: its hybrid logical clock
    (outbox stamps) and its services' clock (``updated_at``, ``created_at``)."""
    shift_ms = int(offset.total_seconds() * 1000)
    hlc = HybridLogicalClock(till.device_id, wall_ms=lambda: time.time_ns() // 1_000_000 + shift_ms)
    till.db.hlc = hlc
    till.engine.hlc = hlc
    till.clock = skewed_clock(offset)
    till.engine.clock = till.clock
    till.engine.ctx = ServiceContext(db=till.db, terminal=till.identity, clock=till.clock)


@dataclass
class FaultWorld:
    """One organization on a running HQ, a proxy in front of HQ, and the tills of the test."""

    hq: Hq
    org: Org
    proxy: FaultProxy
    tmp: Path
    template: Path | None = None  # an empty, migrated terminal file (copying beats migrating)
    tills: list[Till] = field(default_factory=list)

    def till(
        self,
        name: str,
        store: str = "S01",
        *,
        push: int = MAX_PUSH_ENTRIES,
        pull: int = DEFAULT_PULL_LIMIT,
        snapshot: int = MAX_PULL_LIMIT,
        timeout: float = 5.0,
        first_sync: bool = True,
    ) -> Till:
        """Enroll a new, empty terminal file through the proxy (then its first round)."""
        path = self.tmp / name / "pos.db"
        if self.template is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            copy_database(self.template, path)
        code = enroll_code(self.hq.db, self.org, store)
        enroll(path, self.proxy.url, code, name, CredentialStore(), transport=no_keepalive())
        limits = {"push": push, "pull": pull, "snapshot": snapshot}
        till = self.adopt(name, store, path, limits, timeout)
        if first_sync:
            till.sync()
        return till

    def enroll_again(self, till: Till, name: str) -> Till:
        """A manager enrolls the till's file again with a new code (after a revocation, a
        clone refusal, an HQ that forgot the device): a new device on the same file, with the
        oracle of what was sold on it."""
        till.close()
        self.tills.remove(till)
        code = enroll_code(self.hq.db, self.org, till.store)
        enroll(till.path, self.proxy.url, code, name, CredentialStore(), transport=no_keepalive())
        again = self.adopt(name, till.store, till.path, till.limits, till.timeout)
        assert again.device_id != till.device_id
        again.sales, again.sold_milli = till.sales, till.sold_milli
        return again

    def adopt(
        self, name: str, store: str, path: Path, limits: dict[str, int], timeout: float = 5.0
    ) -> Till:
        """A till on an enrolled terminal file that is already there (e.g. a copy)."""
        db = open_database(path)
        engine = build_engine(db, limits, timeout)
        till = Till(name, store, path, db, engine, engine.identity, self.proxy, limits, timeout)
        self.tills.append(till)
        return till

    def quiesce(self, tills: list[Till] | None = None, passes: int = 5) -> None:
        """Sync every till until a whole pass pushes and pulls nothing (I3 needs quiescence)."""
        tills = self.tills if tills is None else tills
        for _ in range(passes):
            moved = 0
            for till in tills:
                report = till.sync()
                moved += report.pushed + report.pulled + report.snapshot_rows
            if moved == 0:
                return
        raise AssertionError(f"no quiescence after {passes} passes")

    def close(self) -> None:
        for till in self.tills:
            till.close()
