"""``pos init``: a new store with its first admin, on a new database file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pos_desktop.cli.common import CliEnv, secret_from
from pos_desktop.core.errors import ConflictError
from pos_desktop.paths import database_files
from pos_desktop.services.setup import StoreSetup, initialize_terminal
from pos_desktop.store.database import Database
from pos_desktop.store.terminal import open_database, try_load_identity

ENV_ADMIN_PASSWORD = "POS_ADMIN_PASSWORD"
ENV_ADMIN_PIN = "POS_ADMIN_PIN"


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="set up a new store and its first admin user")
    p.add_argument("--org", required=True, help="organization (business) name")
    p.add_argument("--store", required=True, help="store name, printed on receipts")
    p.add_argument("--store-code", default="S01", help="short store code in receipt numbers")
    p.add_argument("--device-code", default="T01", help="short code of this terminal")
    p.add_argument("--vat", metavar="VAT_REG_NO", help="VAT registration number")
    p.add_argument("--address", help="store address")
    p.add_argument("--phone", help="store phone number")
    p.add_argument("--currency", default="LKR", help="ISO currency code (default LKR)")
    p.add_argument("--timezone", default="Asia/Colombo", help="IANA time zone")
    p.add_argument(
        "--tax-exclusive",
        action="store_true",
        help="shelf prices exclude tax (default: prices include tax)",
    )
    p.add_argument("--admin-username", required=True)
    p.add_argument("--admin-name", default="Administrator")
    p.add_argument(
        "--admin-password", help=f"admin password (else ${ENV_ADMIN_PASSWORD}, else prompt)"
    )
    p.add_argument(
        "--admin-pin", help=f"admin PIN, 4-8 digits (else ${ENV_ADMIN_PIN}, else prompt)"
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace, env: CliEnv) -> int:
    path = env.paths.database
    existed = path.exists()
    if existed:
        _refuse_if_initialised(path)
    password = secret_from(
        env, args.admin_password, ENV_ADMIN_PASSWORD, "Admin password: ", confirm=True
    )
    pin = secret_from(env, args.admin_pin, ENV_ADMIN_PIN, "Admin PIN: ", confirm=True)
    spec = StoreSetup(
        organization_name=args.org,
        store_name=args.store,
        admin_username=args.admin_username,
        admin_password=password,
        admin_pin=pin,
        admin_name=args.admin_name,
        store_code=args.store_code,
        device_code=args.device_code,
        currency=args.currency.upper(),
        timezone=args.timezone,
        tax_inclusive=not args.tax_exclusive,
        vat_registration_number=args.vat,
        address=args.address,
        phone=args.phone,
    )
    db = open_database(path)
    try:
        identity = initialize_terminal(db, spec)
    except BaseException:
        db.dispose()
        if not existed:  # a refused init leaves no half-made database behind
            for leftover in database_files(path):
                leftover.unlink(missing_ok=True)
        raise
    db.dispose()
    env.say(f"Initialised {spec.store_name} ({identity.store_code}-{identity.device_code})")
    env.say(f"database: {path}")
    env.say(f"admin user: {spec.admin_username.strip().lower()}")
    env.say("next: 'pos doctor' to check the set-up")
    return 0


def _refuse_if_initialised(path: Path) -> None:
    db = Database(path)  # no migration: only look, a refused init must not alter the file
    try:
        identity = try_load_identity(db)
    except Exception:  # an empty or foreign file has no identity table: not initialised
        identity = None
    finally:
        db.dispose()
    if identity is not None:
        raise ConflictError(
            f"{path} is already set up (store {identity.store_code}, device "
            f"{identity.device_code}); refusing to initialise it twice. "
            "Use another --data-dir for a new store."
        )
