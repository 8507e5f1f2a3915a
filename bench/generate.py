"""Deterministic benchmark catalog: a terminal database with 200,000 products, 50,000 customers.

    python -m bench.generate PATH [--products N] [--customers N] [--seed S]

The content is the demo store's (pos_desktop/demo): the same Sri Lankan catalog generator,
EAN-13 barcodes, weighed items with scale item codes, Sinhala/Tamil names, opening stock for
every product, customers with mobile numbers, loyalty cards and a points ledger, the same users
and credentials (pos_desktop/demo/credentials.py). It is written in bulk through SQLAlchemy Core
inside one transaction, with the outbox capture off (``session.info["sync_apply"]``): seeded
reference data is not news for HQ.

Determinism: the same seed and sizes give the same rows, ids included. UUIDv7 ids carry a
timestamp, so within ``generate`` every ``new_id()`` comes from ``SeededUuid7``: valid version-7
UUIDs whose time field counts up from ``AS_OF`` and whose random bits come from the seed (so
they still sort in creation order). Seeded rows are stamped ``AS_OF``, not the wall clock. Only
what the set-up service makes with real randomness differs between runs (the admin's argon2
salt, the database instance id, set-up timestamps), never a product, customer or ledger row.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from pos_desktop.core.ids import id_source
from pos_desktop.demo.catalog import seed_categories, seed_products
from pos_desktop.demo.credentials import DEMO_ADMIN, DEMO_USERS, demo_store_setup
from pos_desktop.demo.customers import seed_customers
from pos_desktop.demo.people import people
from pos_desktop.demo.products import demo_products
from pos_desktop.services.auth import login_with_password
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.setup import initialize_terminal
from pos_desktop.services.users import NewUser, create_user
from pos_desktop.store.terminal import open_database

DEFAULT_SEED: Final = 7_919
AS_OF: Final = datetime(2025, 1, 1, tzinfo=UTC)


class SeededUuid7:
    """RFC 9562 version-7 UUIDs from a seed: time field from ``epoch`` (one ms per 4,096 ids),
    the 12-bit counter in rand_a, 62 seeded random bits in rand_b."""

    def __init__(self, seed: int, epoch: datetime = AS_OF) -> None:
        self._rng = random.Random(seed)
        self._epoch_ms = int(epoch.timestamp() * 1000)
        self._n = 0

    def __call__(self) -> str:
        n = self._n
        self._n += 1
        ms = self._epoch_ms + (n >> 12)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= (n & 0xFFF) << 64
        value |= 0b10 << 62
        value |= self._rng.getrandbits(62)
        return str(uuid.UUID(int=value))


@dataclass(frozen=True, slots=True)
class Generated:
    path: Path
    products: int
    weighed: int
    translations: int
    customers: int
    loyalty_rows: int
    seconds: float


def generate(
    path: Path | str,
    products: int = 200_000,
    customers: int = 50_000,
    seed: int = DEFAULT_SEED,
    *,
    as_of: datetime = AS_OF,
) -> Generated:
    """Build a new terminal database at ``path`` (which must not exist yet)."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} already exists; generate builds a new database")
    started = time.perf_counter()
    ids = SeededUuid7(seed, as_of)
    with id_source(ids):
        db = open_database(path)
        try:
            identity = initialize_terminal(db, demo_store_setup())
            ctx = ServiceContext(db=db, terminal=identity, clock=lambda: as_of)
            admin = login_with_password(ctx, DEMO_ADMIN.username, DEMO_ADMIN.password or "")
            for user in DEMO_USERS[1:]:
                spec = NewUser(user.username, user.name, user.role, user.pin, user.password)
                create_user(ctx, admin, spec)
            with db.uow() as uow:
                s = uow.session
                s.info["sync_apply"] = True  # seeded reference data: no outbox rows
                categories = seed_categories(s, ctx, as_of, ids)
                catalog = seed_products(
                    s,
                    ctx,
                    demo_products(seed, products),
                    categories=categories,
                    created_by_id=admin.user_id,
                    now=as_of,
                    seed=seed,
                    make_id=ids,
                )
                crowd = seed_customers(
                    s,
                    ctx,
                    people(random.Random(seed), customers),
                    now=as_of,
                    seed=seed,
                    created_by_id=admin.user_id,
                    make_id=ids,
                )
                uow.commit()
        finally:
            with db.engine.connect() as conn:
                # One self-contained file: callers copy or rename it without its WAL.
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            db.dispose()
    return Generated(
        path=path,
        products=catalog.products,
        weighed=catalog.weighed,
        translations=catalog.translations,
        customers=len(crowd.ids),
        loyalty_rows=crowd.ledger_rows,
        seconds=time.perf_counter() - started,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__)
    parser.add_argument("path", type=Path, help="the new database file")
    parser.add_argument("--products", type=int, default=200_000)
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    try:
        done = generate(args.path, args.products, args.customers, args.seed)
    except FileExistsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(
        f"{done.path}: {done.products} products ({done.weighed} weighed, {done.translations} "
        f"Sinhala/Tamil names), {done.customers} customers ({done.loyalty_rows} loyalty rows) "
        f"in {done.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
