"""Push 10,000 offline sales to HQ (target: the outbox drained in <= 15 s on PostgreSQL).

Set-up (cached in bench/.data/sync, see bench/sync_common.py): an organization made with the
``pos-hq`` admin commands, 500 products imported with ``pos-hq catalog import``, one terminal
enrolled through the real enrollment and snapshotted, then 10,000 sales of 1-5 lines made
offline through the real checkout service (each sale is several outbox entries: the sale, its
lines, tax rows, payment, stock movements...).

Measured: one ``SyncEngine.run_round()`` against a real ``pos-hq serve`` on 127.0.0.1, from
hello to the last acknowledged batch and the pull of what the push changed (stock views); the
engine sends batches of up to ``MAX_PUSH_ENTRIES`` entries (gzip'd), reading and encoding the
next batch while HQ applies the current one. Afterwards HQ must hold every sale exactly once
and the outbox must be empty. The time is split into waiting for HQ's answers (HQ's work
plus the wire) and the terminal's work that does not overlap it.
"""

from __future__ import annotations

import os
import time
from typing import Any

from bench.harness import Result
from bench.sync_common import (
    TimedTransport,
    World,
    hq_database,
    open_engine,
    pending_and_sales,
    point_at,
    prepare_fleet,
    round_ok,
    running_hq,
    sqlite_row,
    want_sqlite,
)
from sync.protocol import MAX_PUSH_ENTRIES

SALES = int(os.environ.get("POS_BENCH_SYNC_SALES", "10000"))
CATALOG_ROWS = 500
TARGET_S = 15.0
COMMAND = "python -m bench.run_all --only sync_push"


def _name() -> str:
    return f"push{SALES}"


def prepare(backend: str) -> World:
    return prepare_fleet(
        _name(), backend, stores=1, per_store=1, sales_each=SALES, catalog_rows=CATALOG_ROWS
    )


def measure(backend: str, profile: bool = False) -> dict[str, Any]:
    world = prepare(backend)
    with hq_database(backend, world.work / "hqdb", restore=world.dump) as db:
        world.restore_terminals()
        path = world.terminals[0]
        entries, sale_ids = pending_and_sales(path)
        org, device = world.info["organization_id"], world.info["devices"][0]
        ops_sql = (
            "SELECT count(*), count(DISTINCT op_id) FROM applied_ops "
            "WHERE organization_id = :org AND device_id = :dev AND status = 'applied'"
        )
        before = db.query(ops_sql, org=org, dev=device)[0]  # the set-up's opening stock
        with running_hq(db, world.work / "hq") as hq:
            point_at(path, hq.url)
            transport = TimedTransport()
            tdb, engine = open_engine(path, transport)
            profiler = None
            if profile:
                import cProfile

                profiler = cProfile.Profile()
                profiler.enable()
            started = time.perf_counter()
            report = round_ok(engine)
            elapsed = time.perf_counter() - started
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(str(world.work / "push.prof"))
            engine.close()
            tdb.dispose()
        left, _ = pending_and_sales(path)
        at_hq = db.query(
            "SELECT id FROM sales WHERE organization_id = :org AND device_id = :dev",
            org=org,
            dev=device,
        )
        after = db.query(ops_sql, org=org, dev=device)[0]
        ops = (after[0] - before[0], after[1] - before[1])
    hq_ids = [str(r[0]) for r in at_hq]
    ok = (
        left == 0
        and report.applied == entries
        and report.quarantined == 0
        and len(hq_ids) == len(set(hq_ids)) == len(sale_ids)
        and set(hq_ids) == sale_ids
        and ops == (entries, entries)
    )
    push_ms = transport.total_ms("/push")
    return {
        "backend": backend,
        "seconds": elapsed,
        "entries": entries,
        "sales": len(sale_ids),
        "batches": sum(1 for p, _ in transport.samples if p.endswith("/push")),
        "push_http_s": push_ms / 1000,
        "other_http_s": (transport.total_ms() - push_ms) / 1000,
        "client_s": elapsed - transport.total_ms() / 1000,
        "verified": ok,
        "detail": f"left {left}, applied {report.applied}/{entries}, quarantined "
        f"{report.quarantined}, HQ sales {len(hq_ids)}/{len(sale_ids)}, applied_ops {ops}",
    }


def _figure(m: dict[str, Any]) -> str:
    return (
        f"{m['seconds']:.1f} s for {m['sales']:,} sales = {m['entries']:,} outbox entries "
        f"({m['entries'] / m['seconds']:,.0f} entries/s, {m['sales'] / m['seconds']:,.0f} sales/s)"
    )


def _split(m: dict[str, Any]) -> str:
    return (
        f"{m['batches']} push requests of up to {MAX_PUSH_ENTRIES} entries: "
        "waiting for HQ's answers "
        f"{m['push_http_s']:.1f} s (HQ applying + HTTP; the terminal reads and encodes the next "
        f"batch meanwhile), other requests {m['other_http_s']:.2f} s, the terminal's work not "
        f"overlapped with HQ's (recording each answer, fsync'd; the first batch) "
        f"{m['client_s']:.1f} s"
    )


def run() -> list[Result]:
    pg = measure("postgresql")
    if not pg["verified"]:
        raise AssertionError(f"push to PostgreSQL HQ did not arrive exactly once: {pg['detail']}")
    results = [
        Result(
            f"Sync push of {SALES:,} offline sales to HQ (PostgreSQL, loopback)",
            _figure(pg),
            f"<= {TARGET_S:.0f} s",
            pg["seconds"] <= TARGET_S,
            notes=f"one run_round() on an enrolled terminal against pos-hq serve; {_split(pg)}; "
            f"verified: outbox empty, every sale at HQ exactly once ({pg['detail']}).",
            command=COMMAND,
        )
    ]
    if want_sqlite():
        lite = measure("sqlite")
        if not lite["verified"]:
            raise AssertionError(f"push to SQLite HQ did not arrive exactly once: {lite['detail']}")
        results.append(
            sqlite_row(
                f"Sync push of {SALES:,} offline sales to HQ (SQLite HQ, loopback)",
                _figure(lite),
                f"as above with HQ on SQLite; {_split(lite)}.",
                COMMAND,
            )
        )
    return results


if __name__ == "__main__":
    import sys

    if "--profile" in sys.argv:
        print(
            measure(
                sys.argv[-1] if sys.argv[-1] in ("postgresql", "sqlite") else "postgresql", True
            )
        )
    else:
        for r in run():
            print(f"{r.name}: {r.figure} (target {r.target}, met {r.met})\n  {r.notes}")
