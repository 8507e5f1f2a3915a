"""Builds a real, initialised terminal database for tests."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from pos_desktop.core.permissions import Role
from pos_desktop.services.auth import actor_from_user
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.passwords import hash_secret
from pos_desktop.services.setup import StoreSetup, initialize_terminal
from pos_desktop.store.database import Database
from pos_desktop.store.models import User
from pos_desktop.store.terminal import load_identity, open_database

ADMIN_PASSWORD = "admin-pass-1"
ADMIN_PIN = "9999"
MANAGER_PIN = "2222"
CASHIER_PIN = "1111"


@dataclass
class Terminal:
    db: Database
    ctx: ServiceContext
    admin: Actor
    manager: Actor
    cashier: Actor


def actor_for(user: User) -> Actor:
    return actor_from_user(user)


def make_terminal(path: Path) -> Terminal:
    db = open_database(path)
    identity = initialize_terminal(
        db,
        StoreSetup(
            organization_name="Test Org",
            store_name="Test Store",
            admin_username="admin",
            admin_password=ADMIN_PASSWORD,
            admin_pin=ADMIN_PIN,
            vat_registration_number="123456789-7000",
        ),
    )

    with db.uow() as uow:
        s = uow.session
        manager = User(
            organization_id=identity.organization_id,
            store_id=identity.store_id,
            username="manager",
            name="Mala Manager",
            role=Role.MANAGER.value,
            pin_hash=hash_secret(MANAGER_PIN),
        )
        cashier = User(
            organization_id=identity.organization_id,
            store_id=identity.store_id,
            username="cashier",
            name="Kasun Cashier",
            role=Role.CASHIER.value,
            pin_hash=hash_secret(CASHIER_PIN),
        )
        s.add_all([manager, cashier])
        uow.commit()
    db.dispose()
    return open_terminal(path)


def open_terminal(path: Path) -> Terminal:
    """Open an initialised test terminal (e.g. a copy of the session's template)."""
    db = open_database(path)
    ctx = ServiceContext(db=db, terminal=load_identity(db))
    with db.read() as s:
        users = {u.username: u for u in s.query(User)}
    return Terminal(
        db=db,
        ctx=ctx,
        admin=actor_for(users["admin"]),
        manager=actor_for(users["manager"]),
        cashier=actor_for(users["cashier"]),
    )


def copy_database(src: Path, dst: Path) -> None:
    """Copy a closed SQLite database (and any WAL left beside it)."""
    for suffix in ("", "-wal"):
        source = Path(str(src) + suffix)
        if source.exists():
            shutil.copyfile(source, Path(str(dst) + suffix))
