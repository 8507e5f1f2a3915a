"""Initial pull of 200,000 products by a freshly enrolled terminal (target <= 30 s).

Set-up (cached in bench/.data/sync): an organization made with the ``pos-hq`` admin commands
and the bench catalog (bench/generate.py: 200,000 products) loaded with
``pos-hq catalog import`` (the same CSV a till exports), plus one unused enrollment code. The
HQ database is dumped once and restored (``pg_restore``) into a new database every run.

Measured, in a separate process that is the terminal: enroll a new, empty terminal database
through the real enrollment, then one ``SyncEngine.run_round()``: hello, the snapshot (keyset
pages of 5,000 rows of every entity, each page applied and its position saved in one SQLite
transaction, with the product search index kept up to date), then pull. The time is that
round's; the peak RSS is the terminal process's (``ru_maxrss``, Python and its imports
included; its RSS before the round is shown beside it). Afterwards the terminal must hold
200,000 products and find a product by name, SKU and barcode.
"""

from __future__ import annotations

import csv
import multiprocessing as mp
import os
import threading
import time
from pathlib import Path
from typing import Any

from bench.harness import Result
from bench.sync_common import (
    TimedTransport,
    World,
    catalog_csv,
    fresh_work,
    hq_database,
    import_catalog,
    load_world,
    make_tenant,
    round_ok,
    running_hq,
    save_world,
    sqlite_row,
    want_sqlite,
)

PRODUCTS = int(os.environ.get("POS_BENCH_PRODUCTS", "200000"))
TARGET_S = 30.0
COMMAND = "python -m bench.run_all --only sync_pull"


def _name() -> str:
    return f"pull{PRODUCTS}"


def prepare(backend: str) -> World:
    world = load_world(_name(), backend)
    if world is not None:
        return world
    work = fresh_work(_name(), backend)
    started = time.perf_counter()
    source = catalog_csv(None if PRODUCTS == 200_000 else PRODUCTS)
    with hq_database(backend, work / "hqdb") as db:
        tenant = make_tenant(db.url, ("S01",), 1)
        import_s = import_catalog(db.url, tenant.organization_id, source)
        with source.open(encoding="utf-8") as fh:
            count = sum(1 for _ in csv.DictReader(fh))
        with source.open(encoding="utf-8") as fh:
            probe = next(r for n, r in enumerate(csv.DictReader(fh)) if n == count // 2)
        info = {
            "organization_id": tenant.organization_id,
            "code": tenant.take_code("S01"),
            "products": count,
            "import_s": import_s,
            "probe": {"sku": probe["sku"], "name": probe["name"], "barcode": probe["barcode"]},
        }
        world = save_world(_name(), backend, db, [], {}, info)
    print(f"  [sync_pull/{backend}] prepared in {time.perf_counter() - started:.1f} s")
    return world


def _rss_mb() -> float:
    """Peak RSS of this process image (VmHWM). Not ``ru_maxrss``: Linux carries that over
    from the parent through fork and exec, so it would show the bench driver's peak."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _current_rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def terminal_child(hq_url: str, code: str, path: str, probe: dict[str, str], out: Any) -> None:
    """The terminal: enroll, one round (snapshot + pull), then check what it holds."""
    from sqlalchemy import func, select

    from bench.sync_common import enroll_terminal, open_engine
    from pos_desktop.services.catalog import lookup_barcode, search_products
    from pos_desktop.store.models.catalog import Product

    try:
        enroll_terminal(Path(path), hq_url, code, "Fresh till")
        transport = TimedTransport()
        db, engine = open_engine(Path(path), transport)
        before_mb = _current_rss_mb()
        samples: list[tuple[float, float]] = []
        stop = threading.Event()

        def sample() -> None:  # RSS over the round: a steady climb is rows held, not pages
            while not stop.wait(0.25):
                samples.append((time.perf_counter() - started, _current_rss_mb()))

        started = time.perf_counter()
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        report = round_ok(engine)
        elapsed = time.perf_counter() - started
        stop.set()
        sampler.join()
        peak_mb = _rss_mb()
        engine.close()
        with db.read() as s:
            count = s.execute(select(func.count()).select_from(Product)).scalar_one()
            t0 = time.perf_counter()
            by_name = search_products(s, probe["name"])
            by_sku = search_products(s, probe["sku"])
            by_code = lookup_barcode(s, probe["barcode"]) if probe["barcode"] else None
            search_ms = (time.perf_counter() - t0) * 1000
        db.dispose()
        found = (
            any(h.sku == probe["sku"] for h in by_name)
            and any(h.sku == probe["sku"] for h in by_sku)
            and (not probe["barcode"] or (by_code is not None and by_code.sku == probe["sku"]))
        )
        out.send(
            {
                "seconds": elapsed,
                "rows": report.snapshot_rows,
                "pages": report.snapshot_pages,
                "snapshot_http_s": transport.total_ms("/snapshot") / 1000,
                "other_http_s": (transport.total_ms() - transport.total_ms("/snapshot")) / 1000,
                "peak_rss_mb": peak_mb,
                "rss_before_mb": before_mb,
                "products": int(count),
                "search_ok": found,
                "search_ms": search_ms,
                "rss_curve": [samples[int(i * (len(samples) - 1) / 4)] for i in range(5)]
                if samples
                else [],
            }
        )
    except BaseException as exc:
        out.send({"error": repr(exc)})
        raise


def measure(backend: str) -> dict[str, Any]:
    world = prepare(backend)
    work = world.work
    path = work / "terminal" / "pos.db"
    with (
        hq_database(backend, work / "hqdb", restore=world.dump) as db,
        running_hq(db, work / "hq") as hq,
    ):
        ctx = mp.get_context("spawn")  # a clean process: its RSS is the terminal's own
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(
            target=terminal_child,
            args=(hq.url, world.info["code"], str(path), world.info["probe"], child),
        )
        proc.start()
        result: dict[str, Any] = parent.recv()
        proc.join(60)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if "error" in result:
        raise RuntimeError(f"the terminal failed: {result['error']}")
    result["backend"] = backend
    result["expected"] = world.info["products"]
    result["import_s"] = world.info["import_s"]
    result["verified"] = result["products"] == result["expected"] and result["search_ok"]
    return result


def _figure(m: dict[str, Any]) -> str:
    return (
        f"{m['seconds']:.1f} s for {m['rows']:,} rows in {m['pages']} pages "
        f"({m['products']:,} products, {m['rows'] / m['seconds']:,.0f} rows/s); "
        f"terminal peak RSS {m['peak_rss_mb']:.0f} MB"
    )


def _split(m: dict[str, Any]) -> str:
    terminal_s = m["seconds"] - m["snapshot_http_s"] - m["other_http_s"]
    return (
        f"snapshot requests {m['snapshot_http_s']:.1f} s on the wire (HQ reading, encoding, "
        f"gzip + HTTP), the terminal's own work (parse, convert, write with the search index, "
        f"fsync per page) {terminal_s:.1f} s; RSS before the round {m['rss_before_mb']:.0f} MB; "
        f"RSS over the round {' / '.join(f'{mb:.0f}' for _, mb in m['rss_curve'])} MB; "
        f"HQ set-up: catalog import of {m['expected']:,} products took {m['import_s']:.0f} s"
    )


def run() -> list[Result]:
    pg = measure("postgresql")
    if not pg["verified"]:
        raise AssertionError(f"the terminal did not get the catalog: {pg}")
    results = [
        Result(
            f"Sync initial pull of {PRODUCTS:,} products (fresh terminal, PostgreSQL HQ)",
            _figure(pg),
            f"<= {TARGET_S:.0f} s",
            pg["seconds"] <= TARGET_S,
            notes=f"enroll, then one run_round() against pos-hq serve on 127.0.0.1; {_split(pg)}; "
            f"verified: {pg['products']:,} products on the terminal, a product found by name, "
            f"SKU and barcode afterwards ({pg['search_ms']:.1f} ms for the three).",
            command=COMMAND,
        )
    ]
    if want_sqlite():
        lite = measure("sqlite")
        if not lite["verified"]:
            raise AssertionError(f"the terminal did not get the catalog (SQLite HQ): {lite}")
        results.append(
            sqlite_row(
                f"Sync initial pull of {PRODUCTS:,} products (fresh terminal, SQLite HQ)",
                _figure(lite),
                f"as above with HQ on SQLite; {_split(lite)}.",
                COMMAND,
            )
        )
    return results


if __name__ == "__main__":
    for r in run():
        print(f"{r.name}: {r.figure} (target {r.target}, met {r.met})\n  {r.notes}")
