"""Checkout commit (target p99 <= 10 ms, synchronous=FULL) and X/Z report over 5,000 sales
(target <= 1 s).

Checkout writes the sale, lines, tax rows, payments, stock movements, status history, outbox
rows and the receipt counter in one BEGIN IMMEDIATE transaction. Baseline: a bare sqlite3
transaction writing the same number of rows into a plain table, WAL + synchronous=FULL, on the
same disk, so the ratio shows what the ORM and the rules cost on top of the fsyncs.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from sqlalchemy import func, select

from bench.common import open_till, working_copy
from bench.harness import Result, Samples, time_each
from pos_desktop.core.cart import Cart
from pos_desktop.core.money import Money
from pos_desktop.services.catalog import lookup_barcode
from pos_desktop.services.checkout import PaymentRequest, checkout
from pos_desktop.services.shift_reports import x_report, z_report
from pos_desktop.services.shifts import close_shift, open_shift
from pos_desktop.store.models import OutboxEntry

MEASURED = 2000
SHIFT_SALES = 5000


def _baseline(path_dir: str, rows_per_sale: int) -> Samples:
    # A fresh file each run: the ids restart at 0, so rows left by a previous run would collide.
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path_dir}/baseline.db{suffix}").unlink(missing_ok=True)
    conn = sqlite3.connect(f"{path_dir}/baseline.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id TEXT PRIMARY KEY, a INTEGER, b TEXT)")
    counter = iter(range(10**9))

    def txn() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO t VALUES (?, ?, ?)",
            [(f"{next(counter):012d}", 1, "x" * 200) for _ in range(rows_per_sale)],
        )
        conn.execute("COMMIT")

    return time_each(txn, 500, warmup=20)


def run() -> list[Result]:
    path = working_copy("checkout")
    till = open_till(path)
    ctx = till.ctx
    raw = sqlite3.connect(path)
    codes = [
        r[0]
        for r in raw.execute(
            "SELECT barcode FROM products WHERE barcode IS NOT NULL AND is_weighed = 0 LIMIT 5000"
        )
    ]
    raw.close()
    rng = random.Random(3)
    with ctx.db.read() as s:
        hits = [h for h in (lookup_barcode(s, c) for c in rng.sample(codes, 500)) if h]
    shift = open_shift(ctx, till.cashier, Money.of("10000"))

    def sell() -> None:
        cart = Cart(ctx.terminal.currency)
        for hit in rng.sample(hits, rng.randint(1, 5)):
            cart.add_item(
                product_id=hit.product_id,
                name=hit.name,
                unit_price=hit.price,
                tax_class=hit.tax_class(),
                quantity=rng.randint(1, 3),
            )
        checkout(ctx, till.cashier, cart, [PaymentRequest("CASH", amount_minor=100_000_000)])

    samples = time_each(sell, MEASURED, warmup=20)
    with ctx.db.read() as s:
        outbox_rows = s.execute(select(func.count(OutboxEntry.id))).scalar_one()
    rows_per_sale = max(1, round(outbox_rows / (MEASURED + 20)))
    baseline = _baseline(str(path.parent), rows_per_sale)
    for _ in range(SHIFT_SALES - MEASURED - 20):
        sell()

    shift_id = shift.shift_id
    with ctx.db.read() as s:
        x = time_each(lambda: x_report(s, ctx, shift_id), 20, warmup=2)
    counted = {5000: 400}
    start = time.perf_counter()
    close_shift(ctx, till.cashier, counted, approver=till.manager)
    close_ms = (time.perf_counter() - start) * 1000
    with ctx.db.read() as s:
        z = time_each(lambda: z_report(s, ctx, shift_id), 20, warmup=2)
    return [
        Result(
            "Checkout commit (sale, lines, payments, stock, outbox; synchronous=FULL)",
            samples.summary(),
            "p99 <= 10 ms",
            samples.pct(99) <= 10.0,
            baseline=f"bare sqlite3 txn of {rows_per_sale} rows, WAL+FULL: {baseline.summary()}",
            notes=f"1-5 lines per sale, cash; ratio p50/baseline p50 = "
            f"{samples.median / baseline.median:.1f}x",
            command="python -m bench.run_all --only checkout",
        ),
        Result(
            "X report, shift of 5,000 sales",
            f"max {max(x.values_ms):.1f} ms, p50 {x.median:.1f} ms (n=20)",
            "<= 1 s",
            max(x.values_ms) <= 1000,
            command="python -m bench.run_all --only checkout",
        ),
        Result(
            "Z report (shift close + report), shift of 5,000 sales",
            f"close {close_ms:.1f} ms; report max {max(z.values_ms):.1f} ms",
            "<= 1 s",
            close_ms <= 1000 and max(z.values_ms) <= 1000,
            command="python -m bench.run_all --only checkout",
        ),
    ]
