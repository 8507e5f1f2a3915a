"""Monthly sales report over 100,000 sales (target < 3 s): by day, by product, by payment method
and the tax report for March 2025, built by ``services.reports_sales.monthly_report``.

The month is written in bulk with sqlite3 (checkout would take an hour for 100,000 sales) into a
terminal made by bench/generate.py with 5,000 products: about 300,000 lines, 2 % returns of a
line, 1 % voids (each a full negative copy of its sale), cash/card/LankaQR payments, VAT 18 %
and exempt tax rows, spread over the shop's trading hours (08:00-21:00 Asia/Colombo), written
in time order as a till writes them. The database is cached in bench/.data; delete
monthly-*.db to rebuild it.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.common import DATA_DIR, open_till
from bench.harness import Result
from pos_desktop.services.reports_period import Period
from pos_desktop.services.reports_sales import monthly_report

SALES = int(os.environ.get("POS_BENCH_MONTH_SALES", "100000"))
PRODUCTS = 5_000
COLOMBO = ZoneInfo("Asia/Colombo")
MARCH = Period(date(2025, 3, 1), date(2025, 3, 31), "Asia/Colombo")
RUNS = 5


class _Ids:
    """UUIDv7 ids stamped with the document's time, as ``core.ids.new_id`` makes them: ids of
    rows written together sort together, which is what the indexes on sale_id see in a till."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ms = 0
        self.seq = 0

    def at(self, moment: datetime) -> None:
        self.ms = max(self.ms, int(moment.timestamp() * 1000))

    def __call__(self, _rng: object = None) -> str:
        self.seq = (self.seq + 1) % 4096
        if self.seq == 0:
            self.ms += 1
        rand = self.rng.getrandbits(62)
        value = (self.ms << 80) | (0x7 << 76) | (self.seq << 64) | (0b10 << 62) | rand
        return str(uuid.UUID(int=value))


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _fill(path: Path, sales: int) -> None:
    rng = random.Random(31)
    _ids = _Ids(rng)
    conn = sqlite3.connect(path)
    org, store, device = conn.execute(
        "SELECT organization_id, store_id, id FROM devices LIMIT 1"
    ).fetchone()
    cashiers = [r[0] for r in conn.execute("SELECT id FROM users WHERE role = 'cashier'")]
    cashiers += [r[0] for r in conn.execute("SELECT id FROM users WHERE role = 'manager'")]
    products = conn.execute(
        "SELECT id, name, sku, price_minor, is_weighed, cost_minor FROM products LIMIT ?",
        (PRODUCTS,),
    ).fetchall()
    s_rows: list[tuple[object, ...]] = []
    l_rows: list[tuple[object, ...]] = []
    p_rows: list[tuple[object, ...]] = []
    t_rows: list[tuple[object, ...]] = []
    methods = ["CASH"] * 6 + ["CARD"] * 3 + ["LANKAQR"]
    start = datetime(2025, 3, 1, 8, 0, tzinfo=COLOMBO)
    made: list[tuple[str, list[tuple[object, ...]], int, int, str, datetime]] = []

    def sale_row(
        sid: str,
        n: int,
        kind: str,
        orig: str | None,
        total: int,
        tax: int,
        cashier: str,
        at: datetime,
    ) -> tuple[object, ...]:
        return (
            f"S01-T01-{n:07d}", kind, orig, None, cashier, None, None, "LKR", total, 0, tax,
            total, 1, None, None, 0, 0, 0,
            "COMPLETED", None, None, store, org, device, _stamp(at), sid,
        )  # fmt: skip

    # A till appends its sales as time goes by: rows are written in time order, as here.
    times = sorted(
        start + timedelta(days=rng.randrange(31), seconds=rng.randrange(13 * 3600))
        for _ in range(sales)
    )
    for n, at in enumerate(times):
        roll = rng.random()
        _ids.at(at)
        if made and roll < 0.03:
            osid, olines, _total, _tax, ocashier, oat = made[rng.randrange(len(made))]
            sid = _ids(rng)
            if oat >= at:  # the very sale itself or one a second earlier
                continue
            lines = olines if roll < 0.01 else olines[:1]
            kind = "VOID" if roll < 0.01 else "RETURN"
            total = -sum(int(line[18]) for line in lines)  # type: ignore[call-overload]
            tax = -sum(int(line[17]) for line in lines)  # type: ignore[call-overload]
            s_rows.append(sale_row(sid, n, kind, osid, total, tax, ocashier, at))
            for i, line in enumerate(lines):
                neg = list(line)
                neg[0], neg[1], neg[7], neg[11], neg[17], neg[18] = (
                    sid,
                    i + 1,
                    -int(line[7]),
                    -int(line[11]),
                    -int(line[17]),
                    -int(line[18]),  # type: ignore[call-overload]
                )
                neg[20], neg[-1] = line[-1], _ids(rng)
                l_rows.append(tuple(neg))
            p_rows.append(
                (sid, None, None, "CASH", total, total, 0, "LKR", "COMPLETED", None, None, None,
                 store, org, device, _stamp(at), _ids(rng))
            )  # fmt: skip
            vat = sum(int(line[18]) for line in lines if line[15] == "VAT")  # type: ignore[call-overload]
            if vat:
                t_rows.append((sid, "VAT", "0.18", -vat - tax, tax, store, org, _ids(rng)))
            if total + vat:
                t_rows.append((sid, "EXEMPT", "0", total + vat, 0, store, org, _ids(rng)))
            continue
        sid = _ids(rng)
        cashier = rng.choice(cashiers)
        lines = []
        for i in range(rng.randint(1, 5)):
            pid, name, sku, price, weighed, cost = rng.choice(products)
            qty = rng.randint(100, 2500) if weighed else rng.randint(1, 3) * 1000
            gross = price * qty // 1000
            exempt = bool(weighed)
            tax = 0 if exempt else gross * 18 // 118
            lines.append(
                (sid, i + 1, pid, None, name, sku, None, qty, price, None, cost, gross, 0, 0, 0,
                 "EXEMPT" if exempt else "VAT", "0" if exempt else "0.18", tax, gross,
                 int(weighed), None, None, store, org, _ids(rng))
            )  # fmt: skip
        total = sum(int(line[18]) for line in lines)  # type: ignore[call-overload]
        tax = sum(int(line[17]) for line in lines)  # type: ignore[call-overload]
        s_rows.append(sale_row(sid, n, "SALE", None, total, tax, cashier, at))
        l_rows.extend(lines)
        method = rng.choice(methods)
        status = "PENDING_VERIFICATION" if method == "LANKAQR" else "COMPLETED"
        p_rows.append(
            (sid, None, None, method, total, total, 0, "LKR", status, None, None, None,
             store, org, device, _stamp(at), _ids(rng))
        )  # fmt: skip
        vat = sum(int(line[18]) for line in lines if line[15] == "VAT")  # type: ignore[call-overload]
        if vat:
            t_rows.append((sid, "VAT", "0.18", vat - tax, tax, store, org, _ids(rng)))
        if total - vat:
            t_rows.append((sid, "EXEMPT", "0", total - vat, 0, store, org, _ids(rng)))
        made.append((sid, lines, total, tax, cashier, at))
    conn.executemany(f"INSERT INTO sales VALUES ({','.join('?' * 26)})", s_rows)
    conn.executemany(f"INSERT INTO sale_lines VALUES ({','.join('?' * 25)})", l_rows)
    conn.executemany(f"INSERT INTO payments VALUES ({','.join('?' * 17)})", p_rows)
    conn.executemany(f"INSERT INTO sale_taxes VALUES ({','.join('?' * 8)})", t_rows)
    conn.commit()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def month_db(sales: int = SALES) -> Path:
    from bench.generate import generate

    path = DATA_DIR / f"monthly-{sales}.db"
    if not path.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        for leftover in DATA_DIR.glob(tmp.name + "*"):
            leftover.unlink()
        generate(tmp, products=PRODUCTS, customers=1_000)
        _fill(tmp, sales)
        tmp.rename(path)
    return path


def run() -> list[Result]:
    started = time.perf_counter()
    path = month_db()
    build_s = time.perf_counter() - started
    till = open_till(path)
    timings, cpu = [], []
    report = None
    for _ in range(RUNS):
        t0, c0 = time.perf_counter(), time.process_time()
        report = monthly_report(till.ctx, till.manager, MARCH)
        timings.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    load = os.getloadavg()[0]
    assert report is not None
    till.ctx.db.dispose()
    worst, first = max(timings), timings[0]
    counted = report.by_day.total
    return [
        Result(
            f"Monthly sales report, {SALES:,} sales (by day + product + payment + tax)",
            f"first {first:.2f} s, max {worst:.2f} s, min {min(timings):.2f} s (n={RUNS}); "
            f"CPU max {max(cpu):.2f} s",
            "< 3 s",
            worst < 3.0,
            notes=(
                f"{counted.sales_count:,} counted sales, {counted.returns_count:,} returns, "
                f"{len(report.by_product.rows):,} products, net {counted.net}; "
                f"database built in {build_s:.0f} s (cached afterwards); load average "
                f"{load:.1f} on {os.cpu_count()} CPUs while measured (wall = CPU when idle)."
            ),
            command="python -m bench.run_all --only monthly_report",
        )
    ]


if __name__ == "__main__":
    for r in run():
        print(r)
