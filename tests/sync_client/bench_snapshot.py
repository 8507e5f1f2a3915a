"""Benchmark: an enrolled terminal's initial snapshot of 200,000 products (target 30 s).

Run: ``.venv/bin/python -m tests.sync_client.bench_snapshot [PRODUCTS]``. Not a test (no timed
tests); it prints the figures. HQ is the fake HQ with its snapshot endpoint replaced by pages
prepared the way a real HQ serves them (keyset pages of 5,000 rows, JSON, gzip), so what is
measured is the terminal: HTTP through httpx (in memory), JSON and protocol parsing, column
conversion, SQLite writes with the product search triggers, one fsync'd commit per page.
"""

from __future__ import annotations

import bisect
import cProfile
import gzip
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import keyring

from pos_desktop.store.models.catalog import Product
from sync import protocol
from sync.entities import SNAPSHOT_ORDER
from tests.conftest import MemoryKeyring
from tests.sync_client import rows
from tests.sync_client.conftest import World
from tests.sync_client.fake_hq import FakeHQ
from tests.sync_client.helpers import count


class Timed:
    def __init__(self) -> None:
        self.server_s = 0.0


def main(products: int = 200_000) -> None:
    keyring.set_keyring(MemoryKeyring())
    hq = FakeHQ()
    org = hq.create_org("Bench Org")
    store = hq.create_store(org)
    tax = rows.tax_class(org, "VAT18", "0.18")
    hq.put(org, "tax_classes", tax)
    t0 = time.perf_counter()
    catalog = sorted(
        (
            rows.product(
                org,
                n,
                barcode=f"479{n:010d}",
                name=f"Product {n} with a longer descriptive name",
                tax_class_id=tax["id"],
                cost_minor=50 + n,
            )
            for n in range(products)
        ),
        key=lambda r: r["id"],
    )
    ids = [r["id"] for r in catalog]
    print(f"built {products} HQ rows in {time.perf_counter() - t0:.1f} s")
    at_version = hq.state.versions[org] + products
    hq.state.versions[org] = at_version
    timed = Timed()
    real_handle = hq.handle

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path != protocol.SNAPSHOT_PATH:
            return real_handle(request)
        started = time.perf_counter()
        body = json.loads(request.read())
        entity = body.get("entity") or SNAPSHOT_ORDER[0]
        after = body.get("after_id") or ""
        limit = body["limit"]
        page: list[dict[str, Any]] = []
        start = 0
        if entity == "products":
            start = bisect.bisect_right(ids, after)
            page = catalog[start : start + limit]
        elif entity == "tax_classes":
            page = [tax]
        position = SNAPSHOT_ORDER.index(entity)
        more = entity == "products" and start + limit < len(catalog)
        following = SNAPSHOT_ORDER[position + 1] if position + 1 < len(SNAPSHOT_ORDER) else None
        answer = {
            "at_version": at_version,
            "entity": entity,
            "rows": page,
            "next_entity": entity if more else following,
            "next_after_id": page[-1]["id"] if more else None,
            "done": not more and following is None,
            "server_epoch": hq.state.epoch,
        }
        data = gzip.compress(json.dumps(answer).encode(), compresslevel=1)
        timed.server_s += time.perf_counter() - started
        return httpx.Response(200, content=data, headers={"Content-Encoding": "gzip"})

    hq.transport = httpx.MockTransport(handle)
    world = World(hq, org, store, Path(tempfile.mkdtemp(prefix="bench-snapshot-")))
    till = world.till("bench")
    till.engine.snapshot_limit = protocol.MAX_PULL_LIMIT
    profile = cProfile.Profile() if os.environ.get("PROFILE") else None
    t0 = time.perf_counter()
    if profile:
        profile.enable()
    report = till.engine.run_round()
    if profile:
        profile.disable()
    wall = time.perf_counter() - t0
    assert report.ok, report.error
    stored = count(till.db, Product)
    assert stored == products, stored
    print(
        f"snapshot of {products} products: {wall:.1f} s wall "
        f"({report.snapshot_pages} pages; fake HQ's share {timed.server_s:.1f} s, "
        f"terminal {wall - timed.server_s:.1f} s)"
    )
    size = sum(p.stat().st_size for p in till.path.parent.glob("pos.db*")) / 1e6
    print(f"database after the snapshot: {size:.0f} MB")
    if profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    till.engine.close()
    till.db.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
