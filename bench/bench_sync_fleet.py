"""100 terminals syncing at once against one HQ server (reported: throughput, request latency,
every sale arrived exactly once; no DESIGN target).

Set-up (cached in bench/.data/sync): one organization of 10 stores with 10 terminals each,
every terminal enrolled through the real enrollment, snapshotted (200 products, the cashier,
tenders), then 20 sales made offline through the real checkout service (about 240 outbox
entries per terminal).

Measured: the 100 terminal files are driven by 4 worker processes of 25 threads (one thread
per terminal, each with its own ``SyncEngine`` and HTTP connection, as 100 tills would be).
Every worker opens its engines, then all wait on one barrier; at the release every terminal
runs ``run_round()``: hello, push its outbox, pull what its store's other terminals pushed so
far. Throughput is the entries (and sales) HQ applied divided by the time from the release to
the last terminal's round end. Latency is per HTTP request as the terminals saw it (request
sent to answer read). The client side is 4 Python processes on the same 2 cores as HQ and
PostgreSQL, so its own CPU time (JSON, gzip, SQLite writes, the GIL among 25 threads) is inside
the latency figures. Afterwards: every outbox empty, HQ holds each terminal's sales exactly once
(same ids, no extra), ``applied_ops`` has one row per entry, no duplicates or quarantines.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
from pathlib import Path
from typing import Any

from bench.harness import Result, Samples
from bench.sync_common import (
    World,
    hq_database,
    pending_and_sales,
    prepare_fleet,
    running_hq,
    sqlite_row,
    want_sqlite,
)

STORES = 10
PER_STORE = 10
SALES_EACH = int(os.environ.get("POS_BENCH_SYNC_FLEET_SALES", "20"))
WORKERS = 4
COMMAND = "python -m bench.run_all --only sync_fleet"


def prepare(backend: str) -> World:
    return prepare_fleet(
        f"fleet{STORES * PER_STORE}x{SALES_EACH}",
        backend,
        stores=STORES,
        per_store=PER_STORE,
        sales_each=SALES_EACH,
        catalog_rows=200,
    )


def worker(
    hq_url: str,
    paths: list[str],
    tokens: dict[str, str],
    barrier: Any,
    out: Any,
) -> None:
    """One client process: 25 terminals, one thread each, released by the shared barrier."""
    from bench.sync_common import TimedTransport, open_engine, point_at, remember_tokens

    try:
        remember_tokens(tokens)
        tills = []
        for path in paths:
            point_at(Path(path), hq_url)
            transport = TimedTransport()
            db, engine = open_engine(Path(path), transport)
            tills.append((path, db, engine, transport))
        outcomes: dict[str, dict[str, Any]] = {}

        def drive(path: str, engine: Any) -> None:
            report = engine.run_round()
            outcomes[path] = {
                "ok": report.ok,
                "error": report.error,
                "applied": report.applied,
                "duplicates": report.duplicates,
                "quarantined": report.quarantined,
                "pulled": report.pulled,
                "seconds": report.duration_s,
                "ended": time.time(),
            }

        threads = [
            threading.Thread(target=drive, args=(path, engine)) for path, _, engine, _ in tills
        ]
        barrier.wait(120)
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for _, db, engine, _ in tills:
            engine.close()
            db.dispose()
        samples = [s for *_, transport in tills for s in transport.samples]
        pushed = [t for *_, transport in tills for p, t in transport.ended if p.endswith("/push")]
        out.send({"outcomes": outcomes, "samples": samples, "last_push": max(pushed, default=0)})
    except BaseException as exc:
        out.send({"error": repr(exc)})
        raise


def measure(backend: str) -> dict[str, Any]:
    world = prepare(backend)
    with hq_database(backend, world.work / "hqdb", restore=world.dump) as db:
        world.restore_terminals()
        expected: dict[str, set[str]] = {}
        entries = 0
        for path in world.terminals:
            pending, sales = pending_and_sales(path)
            entries += pending
            expected[str(path)] = sales
        ops_sql = (
            "SELECT count(*), count(DISTINCT device_id || ':' || op_id) FROM applied_ops "
            "WHERE organization_id = :org AND status = 'applied'"
        )
        org = world.info["organization_id"]
        before = db.query(ops_sql, org=org)[0]  # the set-up's own pushes (opening stock)
        with running_hq(db, world.work / "hq") as hq:
            ctx = mp.get_context("spawn")
            barrier = ctx.Barrier(WORKERS + 1)
            share = [world.terminals[i::WORKERS] for i in range(WORKERS)]
            pipes, procs = [], []
            for part in share:
                parent, child = ctx.Pipe(duplex=False)
                proc = ctx.Process(
                    target=worker,
                    args=(hq.url, [str(p) for p in part], world.tokens, barrier, child),
                )
                proc.start()
                pipes.append(parent)
                procs.append(proc)
            barrier.wait(300)
            released = time.time()
            answers = [pipe.recv() for pipe in pipes]
            for proc in procs:
                proc.join(60)
        errors = [a["error"] for a in answers if "error" in a]
        if errors:
            raise RuntimeError(f"a client process failed: {errors}")
        outcomes = {k: v for a in answers for k, v in a["outcomes"].items()}
        samples = [s for a in answers for s in a["samples"]]
        rows = db.query("SELECT device_id, id FROM sales WHERE organization_id = :org", org=org)
        after = db.query(ops_sql, org=org)[0]
        ops = (after[0] - before[0], after[1] - before[1])
    left = sum(pending_and_sales(p)[0] for p in world.terminals)
    at_hq: dict[str, list[str]] = {}
    for device_id, sale_id in rows:
        at_hq.setdefault(str(device_id), []).append(str(sale_id))
    by_device = dict(zip(world.info["devices"], (str(p) for p in world.terminals), strict=True))
    exact = all(
        sorted(at_hq.get(device, [])) == sorted(expected[path])
        for device, path in by_device.items()
    ) and len(rows) == sum(len(s) for s in expected.values())
    makespan = max(o["ended"] for o in outcomes.values()) - released
    push_span = max(a["last_push"] for a in answers) - released
    applied = sum(o["applied"] for o in outcomes.values())
    all_ok = all(o["ok"] for o in outcomes.values())
    verified = (
        all_ok
        and exact
        and left == 0
        and applied == entries
        and ops == (entries, entries)
        and sum(o["duplicates"] + o["quarantined"] for o in outcomes.values()) == 0
    )
    latency = Samples()
    kinds = {kind: Samples() for kind in ("hello", "push", "pull")}
    for path, ms in samples:
        latency.add(ms)
        kinds[path.rsplit("/", 1)[-1]].add(ms)
    rounds = Samples([o["seconds"] * 1000 for o in outcomes.values()])
    return {
        "backend": backend,
        "terminals": len(outcomes),
        "entries": entries,
        "sales": len(rows),
        "makespan": makespan,
        "push_span": push_span,
        "latency": latency,
        "kinds": kinds,
        "rounds": rounds,
        "pulled": sum(o["pulled"] for o in outcomes.values()),
        "verified": verified,
        "detail": f"rounds ok {sum(o['ok'] for o in outcomes.values())}/{len(outcomes)}, "
        f"outbox entries left {left}, applied {applied}/{entries}, applied_ops {ops}, "
        f"sales at HQ {len(rows)} (exactly the terminals' ids: {exact})",
        "errors": sorted({str(o["error"]) for o in outcomes.values() if not o["ok"]})[:3],
    }


def _figure(m: dict[str, Any]) -> str:
    lat, span = m["latency"], m["push_span"]
    return (
        f"{m['entries'] / span:,.0f} entries/s, {m['sales'] / span:,.0f} sales/s applied at HQ "
        f"({m['entries']:,} entries, {m['sales']:,} sales from {m['terminals']} terminals, "
        f"last push answered {span:.1f} s after the start; every round done in "
        f"{m['makespan']:.1f} s); request latency p50 {lat.pct(50):.0f} ms, p99 "
        f"{lat.pct(99):.0f} ms (n={len(lat.values_ms)})"
    )


def _notes(m: dict[str, Any]) -> str:
    rounds = m["rounds"]
    by_kind = ", ".join(
        f"{kind} p50 {s.pct(50):.0f} / p99 {s.pct(99):.0f} ms (n={len(s.values_ms)})"
        for kind, s in m["kinds"].items()
    )
    return (
        f"{by_kind}; whole rounds "
        f"p50 {rounds.pct(50) / 1000:.1f} s / max {max(rounds.values_ms) / 1000:.1f} s; "
        f"{m['pulled']:,} rows pulled in the same rounds (store peers' sales, the "
        f"organization's stock levels); verified: "
        f"{m['detail']}"
    )


def run() -> list[Result]:
    pg = measure("postgresql")
    if not pg["verified"]:
        raise AssertionError(f"fleet sync to PostgreSQL HQ: {pg['detail']} {pg['errors']}")
    results = [
        Result(
            f"{pg['terminals']} terminals syncing at once (10 stores, {SALES_EACH} offline sales "
            "each, PostgreSQL HQ)",
            _figure(pg),
            "- (report throughput and p99)",
            None,
            notes=f"one pos-hq serve process on 127.0.0.1; clients: {WORKERS} processes x 25 "
            f"threads on the same 2 cores; {_notes(pg)}.",
            command=COMMAND,
        )
    ]
    if want_sqlite():
        lite = measure("sqlite")
        if not lite["verified"]:
            raise AssertionError(f"fleet sync to SQLite HQ: {lite['detail']} {lite['errors']}")
        results.append(
            sqlite_row(
                f"{lite['terminals']} terminals syncing at once (SQLite HQ)",
                _figure(lite),
                f"as above with HQ on SQLite (one writer at a time); {_notes(lite)}.",
                COMMAND,
            )
        )
    return results


if __name__ == "__main__":
    for r in run():
        print(f"{r.name}: {r.figure}\n  {r.notes}")
