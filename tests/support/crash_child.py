"""Child process for the crash-consistency test: sells in a loop until it is SIGKILLed.

After each checkout returns (i.e. the sale is committed), it prints
``COMMITTED <sale_id> <receipt_number> <total_minor> <line_count>`` and flushes, so the parent
knows exactly which sales the cashier was told were paid.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from pos_desktop.core.cart import Cart
from pos_desktop.services import catalog
from pos_desktop.services.checkout import PaymentRequest, checkout
from pos_desktop.services.context import ServiceContext
from pos_desktop.store.models import User
from pos_desktop.store.terminal import load_identity, open_database
from tests.support.terminal import actor_for


def main(db_path: str, seed: int, barcodes_csv: str) -> None:
    db = open_database(Path(db_path))
    ctx = ServiceContext(db=db, terminal=load_identity(db))
    with db.read() as s:
        cashier = actor_for(s.query(User).filter_by(username="cashier").one())
        hits = [catalog.lookup_barcode(s, code) for code in barcodes_csv.split(",")]
    products = [h for h in hits if h is not None]
    rng = random.Random(seed)
    print("READY", flush=True)
    while True:
        cart = Cart(ctx.terminal.currency, tax_inclusive=True)
        for hit in rng.sample(products, rng.randint(1, 4)):
            cart.add_item(
                product_id=hit.product_id,
                name=hit.name,
                unit_price=hit.price,
                tax_class=hit.tax_class(),
                quantity=rng.randint(1, 3),
                sku=hit.sku,
                barcode=hit.barcode,
            )
        result = checkout(ctx, cashier, cart, [PaymentRequest("CASH", amount_minor=10_000_000)])
        print(
            f"COMMITTED {result.sale_id} {result.receipt_number} {result.total_minor} "
            f"{len(cart.lines)}",
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
