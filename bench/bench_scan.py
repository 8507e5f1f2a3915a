"""Barcode scan to line in cart, service level (target p99 <= 5 ms over 200,000 products).

Measured: what the till does per scan: ``resolve_scan`` (parse the text, one indexed point
lookup), add the line to the cart and recompute the totals the sell screen shows.
Baseline: the bare sqlite3 point query on the same file.
"""

from __future__ import annotations

import random
import sqlite3

from bench.common import catalog_db, open_till
from bench.harness import Result, time_each
from pos_desktop.core.cart import Cart
from pos_desktop.core.pricing import compute_totals
from pos_desktop.services.scan_resolver import AddProduct, load_barcode_config, resolve_scan

N = 5000


def run() -> list[Result]:
    path = catalog_db()
    raw = sqlite3.connect(path)
    codes = [r[0] for r in raw.execute("SELECT barcode FROM products WHERE barcode IS NOT NULL")]
    rng = random.Random(7)
    picks = [rng.choice(codes) for _ in range(N + 100)]
    it = iter(picks)
    baseline = time_each(
        lambda: raw.execute(
            "SELECT id, name, price_minor FROM products WHERE barcode = ?", (next(it),)
        ).fetchone(),
        N,
    )
    till = open_till(path)
    session_cm = till.ctx.db.read()
    session = session_cm.__enter__()
    state = {"cart": Cart(till.ctx.terminal.currency)}
    config = load_barcode_config(session, till.ctx)
    it2 = iter(picks)

    def scan() -> None:
        cart = state["cart"]
        if len(cart.lines) >= 20:  # a basket, not a 5,000-line cart
            cart = state["cart"] = Cart(till.ctx.terminal.currency)
        action = resolve_scan(session, till.ctx, next(it2), config)
        assert isinstance(action, AddProduct), action
        hit = action.hit
        cart.add_item(
            product_id=hit.product_id,
            name=hit.name,
            unit_price=hit.price,
            tax_class=hit.tax_class(),
            sku=hit.sku,
            barcode=hit.barcode,
        )
        compute_totals(cart)

    samples = time_each(scan, N)
    session_cm.__exit__(None, None, None)
    return [
        Result(
            "Barcode scan to line in cart (service level, 200k products)",
            samples.summary(),
            "p99 <= 5 ms",
            samples.pct(99) <= 5.0,
            baseline=f"bare sqlite3 point lookup: {baseline.summary()}",
            notes=f"resolve_scan (parse + lookup), add to a cart of up to 20 lines, totals; "
            f"ratio p99/baseline p99 = {samples.pct(99) / baseline.pct(99):.1f}x",
            command="python -m bench.run_all --only scan",
        )
    ]
