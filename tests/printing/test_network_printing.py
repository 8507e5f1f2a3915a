"""The print worker against real sockets on 127.0.0.1: a printer that prints, one that refuses,
one that accepts and then says nothing, one out of paper; reprint; crash recovery."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select

from pos_desktop.hardware.printing.backends import NetworkBackend
from pos_desktop.hardware.printing.errors import PrinterUnavailable, Problem
from pos_desktop.hardware.printing.worker import PrintEvent, PrintWorker, RetryPolicy
from pos_desktop.services import print_queue as pq
from pos_desktop.services.printer_config import PrinterConfig, PrinterKind, save_printer_config
from pos_desktop.services.shift_reports import x_report
from pos_desktop.services.shifts import require_open_shift
from pos_desktop.store.models.printing import PrintJob
from pos_desktop.store.models.sales import Sale, SaleStatusHistory
from tests.printing.conftest import (
    WAIT_S,
    PrinterServer,
    SilentServer,
    closed_port,
    pil_rasterize,
)
from tests.printing.support import card_sale, cash_sale
from tests.sales.conftest import Shop

FAST = RetryPolicy(max_attempts=2, base_delay_s=0.05, max_delay_s=0.1)


class Events:
    """Collects worker events (from the worker thread) and waits for one that matches."""

    def __init__(self) -> None:
        self.q: queue.Queue[PrintEvent] = queue.Queue()
        self.seen: list[PrintEvent] = []

    def __call__(self, event: PrintEvent) -> None:
        self.q.put(event)

    def wait(self, pred: Callable[[list[PrintEvent]], bool], timeout: float = WAIT_S) -> None:
        deadline = time.monotonic() + timeout
        while not pred(self.seen):
            left = deadline - time.monotonic()
            assert left > 0, f"worker events so far: {self.seen}"
            try:
                self.seen.append(self.q.get(timeout=left))
            except queue.Empty:
                continue


def _use(shop: Shop, config: PrinterConfig) -> None:
    save_printer_config(shop.ctx, shop.term.admin, config)


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def make_worker(shop: Shop, events: Events) -> Iterator[Callable[..., PrintWorker]]:
    made: list[PrintWorker] = []

    def make(**kwargs: object) -> PrintWorker:
        options: dict[str, object] = {
            "rasterize": pil_rasterize,
            "retry": FAST,
            "poll_interval_s": 0.05,
            "on_event": events,
        }
        options.update(kwargs)
        worker = PrintWorker(shop.ctx, **options)  # type: ignore[arg-type]
        made.append(worker)
        return worker

    yield make
    for worker in made:
        worker.stop()


def _statuses(shop: Shop) -> list[tuple[str, str]]:
    with shop.term.db.read() as s:
        rows = s.execute(select(PrintJob.kind, PrintJob.status).order_by(PrintJob.created_at))
        return [(k, st) for k, st in rows]


def _sale_is_intact(shop: Shop, sale_id: str, total: int) -> None:
    with shop.term.db.read() as s:
        sale = s.get(Sale, sale_id)
        assert sale is not None and sale.total_minor == total and sale.status == "COMPLETED"
        history = s.execute(
            select(SaleStatusHistory.new_status).where(SaleStatusHistory.sale_id == sale_id)
        ).scalars()
        assert list(history) == ["COMPLETED"]


def test_cash_sale_prints_receipt_and_kicks_drawer_over_tcp(
    shop: Shop, printer: PrinterServer, events: Events, make_worker: Callable[..., PrintWorker]
) -> None:
    _use(shop, printer.config())
    sale = cash_sale(shop, customer=True)  # committed first...
    pq.enqueue_receipt(shop.ctx, shop.term.cashier, sale.sale_id)  # ...then queued
    worker = make_worker()
    worker.start()
    kick, receipt = printer.wait_jobs(2)
    events.wait(lambda seen: sum(e.status == "DONE" for e in seen) == 2)
    assert kick == b"\x1bp\x00\x32\x32"  # ESC p, pin 2: the drawer opens first
    assert receipt.startswith(b"\x1b@")  # ESC @ init
    assert b"Test Store" in receipt and sale.receipt_number.encode() in receipt
    assert b"\x1dkI" in receipt  # GS k, CODE128
    assert b"\x1d(k" in receipt  # GS ( k, QR code
    assert receipt.endswith(b"\x1dV\x00")  # GS V: cut
    assert b"\x1bp" in printer.received
    assert _statuses(shop) == [("DRAWER_KICK", "DONE"), ("RECEIPT", "DONE")]
    with shop.term.db.read() as s:
        done = s.execute(select(PrintJob).where(PrintJob.kind == "RECEIPT")).scalar_one()
        assert done.printed_at is not None and done.attempts == 1 and done.last_error is None


def test_refusing_printer_leaves_sale_committed_and_job_failed_in_bounded_time(
    shop: Shop, events: Events, make_worker: Callable[..., PrintWorker]
) -> None:
    port = closed_port()
    _use(shop, PrinterConfig(kind=PrinterKind.NETWORK, host="127.0.0.1", tcp_port=port))
    sale = cash_sale(shop)
    started = time.monotonic()
    result = pq.enqueue_receipt(shop.ctx, shop.term.cashier, sale.sale_id)  # never raises
    assert len(result.job_ids) == 2
    make_worker().start()
    events.wait(lambda seen: sum(e.status == "FAILED" for e in seen) == 2)
    assert time.monotonic() - started < 5
    first = events.seen[0]
    assert first.status == "QUEUED" and first.problem == Problem.REFUSED.value
    assert first.retry_in_s is not None  # retried after a pause before giving up
    assert "refused the connection" in (first.error or "")
    failed = pq.failed_jobs(shop.ctx)
    assert {j.kind for j in failed} == {"DRAWER_KICK", "RECEIPT"}
    assert all("refused" in (j.last_error or "") and j.attempts == 2 for j in failed)
    _sale_is_intact(shop, sale.sale_id, sale.total_minor)


def test_silent_printer_times_out_and_never_hangs_the_worker(
    shop: Shop, silent: SilentServer, make_worker: Callable[..., PrintWorker]
) -> None:
    config = PrinterConfig(
        kind=PrinterKind.NETWORK, host="127.0.0.1", tcp_port=silent.port, timeout_ms=300
    )
    _use(shop, config)
    sale = card_sale(shop)
    pq.enqueue_receipt(shop.ctx, None, sale.sale_id)
    worker = make_worker()
    started = time.monotonic()
    event = worker.process_next()  # inline: the call itself must come back
    assert time.monotonic() - started < 3
    assert event is not None and event.status == "QUEUED" and event.problem == "timeout"
    assert "did not answer" in (event.error or "")
    (waiting,) = pq.pending_jobs(shop.ctx)
    assert waiting.status == "QUEUED" and waiting.last_error == event.error
    last = worker.process_next()
    assert last is not None and last.status == "FAILED"
    _sale_is_intact(shop, sale.sale_id, sale.total_minor)


def test_silent_printer_without_status_query_times_out_on_send(silent: SilentServer) -> None:
    # Without the status query the only guard is the send deadline: a job the printer never
    # reads fills the socket buffers and must time out as a whole, not block the worker.
    backend = NetworkBackend("127.0.0.1", silent.port, 0.3, status=False)
    with backend:
        backend.check_ready(needs_paper=True)  # no status query: returns at once
        started = time.monotonic()
        with pytest.raises(PrinterUnavailable) as err:
            backend.send(b"\x00" * 64_000_000)  # far more than loopback buffers hold
        assert time.monotonic() - started < 3
    assert err.value.problem is Problem.TIMEOUT
    assert "stopped taking data" in err.value.message


def test_reprint_succeeds_once_the_printer_is_back(
    shop: Shop, events: Events, make_worker: Callable[..., PrintWorker]
) -> None:
    port = closed_port()
    _use(shop, PrinterConfig(kind=PrinterKind.NETWORK, host="127.0.0.1", tcp_port=port))
    sale = card_sale(shop)
    (job_id,) = pq.enqueue_receipt(shop.ctx, None, sale.sale_id).job_ids
    worker = make_worker()
    worker.start()
    events.wait(lambda seen: any(e.status == "FAILED" for e in seen))
    assert [j.id for j in pq.failed_jobs(shop.ctx)] == [job_id]
    server = PrinterServer().start(port)  # the printer is switched on
    try:
        pq.reprint(shop.ctx, shop.term.cashier, job_id)
        worker.wake()
        (receipt,) = server.wait_jobs(1)
        events.wait(lambda seen: seen[-1].status == "DONE")
        assert sale.receipt_number.encode() in receipt and receipt.endswith(b"\x1dV\x00")
        assert pq.failed_jobs(shop.ctx) == () and pq.pending_jobs(shop.ctx) == ()
    finally:
        server.stop()


def test_jobs_left_printing_by_a_crash_print_at_start(
    shop: Shop, printer: PrinterServer, events: Events, make_worker: Callable[..., PrintWorker]
) -> None:
    _use(shop, printer.config())
    sale = card_sale(shop)
    pq.enqueue_receipt(shop.ctx, None, sale.sale_id)
    assert pq.claim_next(shop.ctx) is not None  # the app died while this was PRINTING
    assert _statuses(shop) == [("RECEIPT", "PRINTING")]
    make_worker().start()
    (receipt,) = printer.wait_jobs(1)
    events.wait(lambda seen: any(e.status == "DONE" for e in seen))
    assert sale.receipt_number.encode() in receipt
    assert _statuses(shop) == [("RECEIPT", "DONE")]


def test_out_of_paper_holds_the_receipt_but_opens_the_drawer(
    shop: Shop, printer: PrinterServer, make_worker: Callable[..., PrintWorker]
) -> None:
    printer.paper_out = True
    _use(shop, printer.config())
    sale = cash_sale(shop)
    pq.enqueue_receipt(shop.ctx, None, sale.sale_id)
    worker = make_worker()
    kick = worker.process_next()
    receipt = worker.process_next()
    assert kick is not None and kick.status == "DONE"
    assert receipt is not None and receipt.problem == "paper_out"
    assert "out of paper" in (receipt.error or "")
    assert printer.wait_jobs(2)[0] == b"\x1bp\x00\x32\x32"


def test_shift_report_and_test_page_print(
    shop: Shop, printer: PrinterServer, make_worker: Callable[..., PrintWorker]
) -> None:
    cash_sale(shop)
    with shop.term.db.read() as s:
        report = x_report(s, shop.ctx, require_open_shift(s, shop.ctx).id)
    _use(shop, printer.config(width_mm=58))
    pq.enqueue_shift_report(shop.ctx, shop.term.cashier, report)
    other = PrinterServer().start()
    try:
        pq.enqueue_test_page(shop.ctx, shop.term.admin, config=other.config())
        worker = make_worker()
        assert [worker.process_next().status for _ in range(2)] == ["DONE", "DONE"]  # type: ignore[union-attr]
        (test_page,) = other.wait_jobs(1)  # the test page went to the printer in the form
        assert b"TEST PRINT" in test_page and b"\x1dv0" in test_page
    finally:
        other.stop()
    (x,) = printer.wait_jobs(1)
    assert b"X report" in x and b"Kasun Cashier" in x and b"-" * 32 + b"\n" in x


def test_no_printer_configured_fails_visibly(
    shop: Shop, make_worker: Callable[..., PrintWorker]
) -> None:
    sale = card_sale(shop)
    pq.enqueue_receipt(shop.ctx, None, sale.sale_id)
    worker = make_worker(retry=RetryPolicy(max_attempts=1))
    event = worker.process_next()
    assert event is not None and event.status == "FAILED" and event.problem == "not_configured"
    (failed,) = pq.failed_jobs(shop.ctx)
    assert "no receipt printer is set up" in (failed.last_error or "")


def test_a_payload_that_cannot_render_fails_at_once(
    shop: Shop, printer: PrinterServer, make_worker: Callable[..., PrintWorker]
) -> None:
    _use(shop, printer.config())
    with shop.term.db.uow() as uow:
        uow.session.add(
            PrintJob(
                device_id=shop.ctx.terminal.device_id,
                kind="RECEIPT",
                payload={"receipt": {"v": 42}},
                status="QUEUED",
                attempts=0,
            )
        )
        uow.commit()
    event = make_worker().process_next()
    assert event is not None and event.status == "FAILED" and event.attempts == 1
    assert "cannot render" in (event.error or "")
    assert printer.jobs == []


def test_stop_is_prompt_while_waiting_to_retry(
    shop: Shop, events: Events, make_worker: Callable[..., PrintWorker]
) -> None:
    port = closed_port()
    _use(shop, PrinterConfig(kind=PrinterKind.NETWORK, host="127.0.0.1", tcp_port=port))
    pq.enqueue_receipt(shop.ctx, None, card_sale(shop).sale_id)
    worker = make_worker(retry=RetryPolicy(max_attempts=5, base_delay_s=60, max_delay_s=60))
    worker.start()
    events.wait(lambda seen: len(seen) == 1)  # now pausing 60 s before the next attempt
    started = time.monotonic()
    worker.stop()
    assert time.monotonic() - started < 2 and not worker.running
    assert [j.status for j in pq.pending_jobs(shop.ctx)] == ["QUEUED"]
