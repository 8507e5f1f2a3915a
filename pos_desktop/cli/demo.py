"""``pos demo``: build the Lanka Mart demo store (or, with --if-missing, keep the one there)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from pos_desktop.cli.common import CliEnv, CliError
from pos_desktop.core.errors import ConflictError
from pos_desktop.demo.build import DEFAULT_SEED, MIN_PRODUCTS, DemoOptions, DemoSummary, build_demo
from pos_desktop.demo.credentials import DEMO_STORE, credentials_text
from pos_desktop.paths import database_files
from pos_desktop.store.database import Database
from pos_desktop.store.models import Organization
from pos_desktop.store.terminal import try_load_identity

_DEFAULTS = DemoOptions()


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="create a realistic Sri Lankan demo store to try the POS")
    p.add_argument(
        "--if-missing",
        action="store_true",
        help="do nothing (but say where it is) when the database already exists",
    )
    p.add_argument("--products", type=int, default=_DEFAULTS.products, metavar="N")
    p.add_argument("--customers", type=int, default=_DEFAULTS.customers, metavar="N")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed of the content")
    p.add_argument(
        "--sales-days",
        type=int,
        default=_DEFAULTS.sales_days,
        metavar="N",
        help="past days of sales to ring up through checkout (0: none)",
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace, env: CliEnv) -> int:
    path = env.paths.database
    if path.exists():
        return _existing(env, path, keep=args.if_missing)
    if args.products < MIN_PRODUCTS:
        raise CliError(f"--products must be at least {MIN_PRODUCTS}")
    if args.customers < 0 or args.sales_days < 0:
        raise CliError("--customers and --sales-days cannot be negative")
    options = DemoOptions(
        products=args.products,
        customers=args.customers,
        seed=args.seed,
        sales_days=args.sales_days,
    )
    env.say(f"Building the demo store in {path} ...")
    path.parent.mkdir(parents=True, exist_ok=True)
    # Built under a temporary name and renamed at the end, so an interrupted build never
    # leaves a half-made pos.db that --if-missing would then take for a finished demo.
    building = path.with_name(path.name + ".building")
    for leftover in database_files(building):
        leftover.unlink(missing_ok=True)
    try:
        summary = build_demo(building, options, progress=lambda msg: env.say(f"  {msg}"))
    except BaseException:
        for leftover in database_files(building):
            leftover.unlink(missing_ok=True)
        raise
    # pos.db did not exist, so any pos.db-wal/-shm here are orphans that SQLite must not
    # replay into the new file; then move the database with whatever side files it has.
    for orphan in database_files(path)[1:]:
        orphan.unlink(missing_ok=True)
    for source, target in zip(database_files(building), database_files(path), strict=True):
        if source.exists():
            os.replace(source, target)
    summary.database = path
    _report(env, summary)
    return 0


def _existing(env: CliEnv, path: Path, *, keep: bool) -> int:
    db = Database(path)
    try:
        identity = try_load_identity(db)
        org_name = None
        if identity is not None:
            with db.read() as s:
                org = s.get(Organization, identity.organization_id)
                org_name = org.name if org else None
    except Exception:  # not a terminal database at all: refuse below, never overwrite it
        identity = None
    finally:
        db.dispose()
    if not keep or identity is None:
        raise ConflictError(
            f"{path} already exists; refusing to overwrite it. Use 'pos demo --if-missing' "
            "to keep it, or --data-dir / POS_DATA_DIR to build the demo somewhere else."
        )
    env.say(f"A store is already set up in {path} ({org_name}); nothing to do.")
    if org_name == DEMO_STORE.organization:
        env.say(credentials_text())
    else:
        env.say("It is not the demo store, so the demo sign-in below does not apply.")
    return 0


def _report(env: CliEnv, s: DemoSummary) -> None:
    tiers = ", ".join(f"{n} {t.lower()}" for t, n in sorted(s.tiers.items()))
    env.say(f"Demo store ready: {DEMO_STORE.store} ({DEMO_STORE.organization})")
    env.say(f"database: {s.database}")
    env.say(
        f"  {s.products} products ({s.weighed} weighed, {s.translations} Sinhala/Tamil names), "
        f"{s.customers} customers ({tiers})"
    )
    env.say(f"  {s.coupons} coupons, {s.rewards} rewards, {s.campaigns} campaigns, {s.users} users")
    if s.sales:
        env.say(
            f"  {s.sales} past sales over {s.closed_shifts} closed shifts; today's shift is open"
        )
    else:
        env.say("  no past sales (--sales-days 0)")
    env.say(f"  built in {s.seconds:.1f} s")
    env.say(credentials_text())
