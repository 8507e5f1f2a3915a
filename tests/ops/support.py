"""Helpers of the backup tests: demo databases with sales, content fingerprints, raw reads."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from alembic import command

from pos_desktop.cli.main import main as pos
from pos_desktop.store import migrate
from pos_desktop.store.db import make_engine

DEMO_ARGS = ("demo", "--products", "300", "--customers", "20", "--sales-days", "1")


def build_demo(data_dir: Path) -> Path:
    """A demo store whose sales were rung up through checkout (``pos demo --sales-days``)."""
    assert pos(["--data-dir", str(data_dir), *DEMO_ARGS]) == 0
    return data_dir / "pos.db"


def downgrade(database: Path, revision: str) -> None:
    """Take a head database back to ``revision`` with the migrations' own downgrade steps:
    the file then has exactly that revision's tables, holding the sales made at head."""
    engine = make_engine(database)
    try:
        config = migrate.alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def copy_closed(src: Path, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        if Path(str(src) + suffix).exists():
            shutil.copyfile(str(src) + suffix, str(dst) + suffix)
    return dst


def query(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql, params))
    finally:
        conn.close()


def integrity(path: Path) -> str:
    return str(query(path, "PRAGMA integrity_check")[0][0])


def revision(path: Path) -> str:
    return str(query(path, "SELECT version_num FROM alembic_version")[0][0])


def ledger_figures(path: Path) -> dict[str, object]:
    """What must survive a copy, a restore or an upgrade: every sale, line and payment by id
    with its amounts."""
    return {
        "sales": query(
            path,
            "SELECT id, receipt_number, total_minor, tax_minor FROM sales ORDER BY id",
        ),
        "lines": query(path, "SELECT id, sale_id, total_minor FROM sale_lines ORDER BY id"),
        "payments": query(path, "SELECT id, sale_id, amount_minor FROM payments ORDER BY id"),
    }


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(directory: Path) -> dict[str, str]:
    """Every file under ``directory`` with its content hash (to prove nothing changed).

    SQLite's shared-memory index (``-shm``) and an empty ``-wal``, which any reader of a WAL
    database may create, hold no data and are left out; so are the lock files."""
    return {
        str(p.relative_to(directory)): sha256(p)
        for p in sorted(directory.rglob("*"))
        if p.is_file()
        and p.name not in ("pos.lock", ".lock")
        and not p.name.endswith("-shm")
        and not (p.name.endswith("-wal") and p.stat().st_size == 0)
    }
