"""Bench set-up shared by the scripts: the generated catalog database and a signed-in cashier."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from pos_desktop.services.auth import actor_from_user
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.store.models import User
from pos_desktop.store.terminal import load_identity, open_database

DATA_DIR = Path(os.environ.get("POS_BENCH_DIR", Path(__file__).parent / ".data"))
PRODUCTS = int(os.environ.get("POS_BENCH_PRODUCTS", "200000"))
CUSTOMERS = int(os.environ.get("POS_BENCH_CUSTOMERS", "50000"))


def catalog_db() -> Path:
    """The generated catalog (200,000 products, 50,000 customers), built once and reused."""
    from bench.generate import generate

    path = DATA_DIR / f"catalog-{PRODUCTS}-{CUSTOMERS}.db"
    if not path.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        for leftover in DATA_DIR.glob(tmp.name + "*"):
            leftover.unlink()
        generate(tmp, products=PRODUCTS, customers=CUSTOMERS)
        tmp.rename(path)
    return path


def working_copy(name: str) -> Path:
    """A fresh copy of the catalog for a benchmark that writes (checkout, reports, the app).

    It is ``pos.db`` in a folder of its own, so the app can open that folder as its data dir.
    """
    folder = DATA_DIR / f"work-{name}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    dst = folder / "pos.db"
    shutil.copyfile(catalog_db(), dst)
    return dst


@dataclass
class Till:
    ctx: ServiceContext
    cashier: Actor
    manager: Actor


def open_till(path: Path) -> Till:
    db = open_database(path)
    ctx = ServiceContext(db=db, terminal=load_identity(db))
    with db.read() as s:
        users = {u.role: u for u in s.execute(select(User)).scalars()}
    return Till(ctx, actor_from_user(users["cashier"]), actor_from_user(users["manager"]))
