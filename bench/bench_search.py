"""Search as you type over name, SKU and barcode (target p95 <= 20 ms over 200,000 products).

Each keystroke of a realistic query is one search (the cashier types "sug", "suga", "sugar"...).
Baseline: the bare FTS5 MATCH on the same file, without ranking or hydration.
"""

from __future__ import annotations

import random
import sqlite3

from bench.common import catalog_db, open_till
from bench.harness import Result, Samples, time_each
from pos_desktop.services.catalog import fts_query, search_products


def _keystrokes(names: list[str], skus: list[str], rng: random.Random) -> list[str]:
    typed: list[str] = []
    for _ in range(300):
        source = rng.choice(names) if rng.random() < 0.8 else rng.choice(skus)
        word = source.split()[0] if rng.random() < 0.7 else source[:12]
        typed += [word[:i] for i in range(1, min(len(word), 8) + 1)]
    return typed


def run() -> list[Result]:
    path = catalog_db()
    raw = sqlite3.connect(path)
    rng = random.Random(11)
    sample = raw.execute("SELECT name, sku FROM products ORDER BY random() LIMIT 2000").fetchall()
    queries = _keystrokes([r[0] for r in sample], [r[1] for r in sample], rng)
    fts_table = raw.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE '%fts5%'"
    ).fetchone()[0]

    it = iter(queries * 2)

    def bare() -> None:
        q = fts_query(next(it))
        if q:
            raw.execute(
                f"SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH ? LIMIT 20", (q,)
            ).fetchall()

    baseline = time_each(bare, len(queries) - 50, warmup=50)
    till = open_till(path)
    samples = Samples()
    with till.ctx.db.read() as session:
        it2 = iter(queries)
        samples = time_each(
            lambda: search_products(session, next(it2), 20), len(queries) - 50, warmup=50
        )
    return [
        Result(
            "Search as you type (name/SKU/barcode, 200k products)",
            samples.summary(),
            "p95 <= 20 ms",
            samples.pct(95) <= 20.0,
            baseline=f"bare FTS5 MATCH LIMIT 20: {baseline.summary()}",
            notes=f"{len(queries)} keystroke queries of 1-8 characters",
            command="python -m bench.run_all --only search",
        )
    ]
