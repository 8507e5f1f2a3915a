"""bench/generate.py: a reproducible benchmark catalog (small sizes here; the real run is 200k)."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest

from bench.generate import AS_OF, SeededUuid7, generate
from pos_desktop.core.barcode import is_valid_gtin
from pos_desktop.services.auth import login_with_pin
from pos_desktop.services.catalog import lookup_barcode, search_products
from pos_desktop.services.context import ServiceContext
from pos_desktop.store.terminal import load_identity, open_database

SIZES = {"products": 2_000, "customers": 300}


def _rows(path: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def test_same_seed_gives_identical_rows_and_ids(tmp_path: Path) -> None:
    first = generate(tmp_path / "a.db", seed=11, **SIZES)
    second = generate(tmp_path / "b.db", seed=11, **SIZES)
    other = generate(tmp_path / "c.db", seed=12, **SIZES)
    assert (first.products, first.customers) == (2_000, 300)
    for table in ("products", "translations", "stock_movements", "customers",
                  "loyalty_transactions", "customer_loyalty", "categories"):  # fmt: skip
        rows = _rows(first.path, table)
        assert rows, table
        assert rows == _rows(second.path, table), table
    assert _rows(first.path, "products") != _rows(other.path, "products")


def test_generated_catalog_is_valid_and_usable(tmp_path: Path) -> None:
    done = generate(tmp_path / "g.db", **SIZES)
    assert not Path(str(done.path) + "-wal").exists()  # one self-contained file
    with sqlite3.connect(done.path) as conn:
        products = conn.execute(
            "SELECT id, barcode, item_code, is_weighed FROM products"
        ).fetchall()
        movements = conn.execute(
            "SELECT count(DISTINCT product_id) FROM stock_movements WHERE reason = 'opening'"
        ).fetchone()[0]
        synced = conn.execute(
            "SELECT count(*) FROM sync_outbox WHERE entity IN"
            " ('products', 'customers', 'stock_movements', 'loyalty_transactions', 'categories')"
        ).fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(products) == 2_000 and movements == 2_000
    assert all(uuid.UUID(p[0]).version == 7 for p in products)
    assert all(is_valid_gtin(p[1]) for p in products if not p[3])
    assert sum(1 for p in products if p[3] and p[2]) >= 50
    assert synced == 0  # seeded reference data stays out of the outbox

    db = open_database(done.path)
    try:
        ctx = ServiceContext(db, load_identity(db))
        cashier = login_with_pin(ctx, "cashier", "1111")
        assert cashier.role == "cashier"
        barcode = next(p[1] for p in products if p[1])
        with db.read() as s:
            hit = lookup_barcode(s, barcode)
            assert hit is not None and hit.tax_class().code in {"VAT18", "EXEMPT"}
            assert search_products(s, "samba rice")
    finally:
        db.dispose()


def test_generate_refuses_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "x.db").write_bytes(b"")
    with pytest.raises(FileExistsError):
        generate(tmp_path / "x.db", products=200, customers=10)


def test_seeded_uuid7_is_valid_ordered_and_reproducible() -> None:
    a, b = SeededUuid7(3), SeededUuid7(3)
    first = [a() for _ in range(10_000)]
    assert first == [b() for _ in range(10_000)]
    assert first == sorted(first)
    assert len(set(first)) == len(first)
    parsed = uuid.UUID(first[0])
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert parsed.int >> 80 == int(AS_OF.timestamp() * 1000)
