"""The store profile reaches paper: a receipt printed over TCP shows the new header and footer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pos_desktop.hardware.printing.worker import PrintWorker, RetryPolicy
from pos_desktop.services import print_queue as pq
from pos_desktop.services.printer_config import save_printer_config
from pos_desktop.services.store_profile import StoreProfile, update_store_profile
from tests.printing.conftest import PrinterServer, pil_rasterize, printer
from tests.printing.support import cash_sale
from tests.sales.conftest import Shop, _shop_template, shop

__all__ = ["_shop_template", "printer", "shop"]  # fixtures


@pytest.fixture
def worker(shop: Shop) -> Iterator[PrintWorker]:
    w = PrintWorker(
        shop.ctx,
        rasterize=pil_rasterize,
        retry=RetryPolicy(max_attempts=2, base_delay_s=0.05, max_delay_s=0.1),
        poll_interval_s=0.05,
    )
    yield w
    w.stop()


def test_printed_receipt_shows_the_new_profile(
    shop: Shop, printer: PrinterServer, worker: PrintWorker
) -> None:
    save_printer_config(shop.ctx, shop.term.admin, printer.config())
    update_store_profile(
        shop.ctx,
        shop.term.admin,
        StoreProfile(
            name="Perera Stores",
            address="12 Galle Road, Colombo 03",
            phone="011 234 5678",
            vat_registration_number="114567890-7000",
            receipt_header="Open daily 8am-10pm",
            receipt_footer="Exchanges within 7 days\nwith this receipt",
        ),
    )
    sale = cash_sale(shop)
    pq.enqueue_receipt(shop.ctx, shop.term.cashier, sale.sale_id)
    worker.start()
    _kick, receipt = printer.wait_jobs(2)
    for text in (
        b"Perera Stores",
        b"12 Galle Road, Colombo 03",
        b"114567890-7000",
        b"Open daily 8am-10pm",
        b"Exchanges within 7 days",
        b"with this receipt",
    ):
        assert text in receipt, text
    assert b"Thank you! Please come again." not in receipt  # the store's footer replaced it
