"""The print worker: one thread per printer that drains the print queue. Qt-free.

It takes the next QUEUED job (drawer kicks first), renders it, sends it through the printer
backend and marks it DONE. A printer that is off, refuses, times out, is out of paper or is
missing gives ``PrinterUnavailable``: the job goes back to QUEUED with the error shown and is
retried after a growing pause; after ``max_attempts`` it is FAILED, visible, and waits for a
"reprint". Nothing here ever raises into the code that queued the job, and nothing touches
the sale. ``start()`` first requeues jobs a crash left PRINTING.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pos_desktop.core.errors import DomainError
from pos_desktop.core.receipt import ReceiptDocument
from pos_desktop.hardware.printing.backends import PrinterBackend, open_backend
from pos_desktop.hardware.printing.errors import PrinterUnavailable, Problem
from pos_desktop.hardware.printing.profiles import paper_profile
from pos_desktop.hardware.printing.shift_text import shift_report_blocks
from pos_desktop.i18n.markers import Translate, untranslated
from pos_desktop.services import print_queue as queue
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.printer_config import PrinterConfig, get_printer_config
from pos_desktop.store.models.printing import PrintJobKind, PrintJobStatus

if TYPE_CHECKING:
    from pos_desktop.hardware.printing.render import Rasterize

log = logging.getLogger(__name__)

BackendFactory = Callable[[PrinterConfig], PrinterBackend]
TranslatorFor = Callable[[str], Translate]  # a receipt's language -> its words in it


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 3
    base_delay_s: float = 2.0
    max_delay_s: float = 30.0

    def delay(self, attempts: int) -> float:
        return float(min(self.base_delay_s * 2 ** max(0, attempts - 1), self.max_delay_s))


@dataclass(frozen=True, slots=True)
class PrintEvent:
    """What happened to one job (delivered to ``on_event`` on the worker thread)."""

    job_id: str
    kind: str
    status: str  # DONE, QUEUED (will retry), FAILED
    attempts: int
    error: str | None = None
    problem: str | None = None  # errors.Problem value
    retry_in_s: float | None = None


def render_job(
    kind: str,
    payload: dict[str, Any],
    config: PrinterConfig,
    rasterize: Rasterize | None,
    translator: TranslatorFor | None = None,
) -> bytes:
    """The bytes for one queued job on this printer's paper."""
    # Imported here, on the worker's thread at the first job: python-escpos and its image
    # libraries cost a few hundred ms that the till's start-up should not pay.
    from pos_desktop.hardware.printing.render import (
        render_blocks,
        render_drawer_kick,
        render_receipt,
        render_test_page,
    )

    paper = paper_profile(config.width_mm)
    if kind in (PrintJobKind.RECEIPT, PrintJobKind.REFUND_RECEIPT):
        doc = ReceiptDocument.from_dict(payload["receipt"])
        copies = int(payload.get("copies") or 1)
        translate = translator(doc.language) if translator is not None else untranslated
        return render_receipt(
            doc,
            paper,
            rasterize,
            copy=bool(payload.get("reprint")),
            copies=copies,
            translate=translate,
        )
    if kind == PrintJobKind.DRAWER_KICK:
        return render_drawer_kick(config.drawer_pin, config.drawer_pulse_ms)
    if kind == PrintJobKind.TEST_PAGE:
        return render_test_page(paper, rasterize, description=config.describe())
    if kind == PrintJobKind.SHIFT_REPORT:
        # Jobs queued before reports carried a language print in English.
        language = str(payload.get("language") or "en")
        blocks = shift_report_blocks(
            payload["report"],
            paper,
            store_name=str(payload.get("store_name") or ""),
            names=payload.get("names") or {},
            time_zone=str(payload.get("time_zone") or "Asia/Colombo"),
            translate=translator(language) if translator is not None else untranslated,
        )
        return render_blocks(blocks, paper, rasterize)
    if kind == PrintJobKind.LABELS:
        from pos_desktop.hardware.printing.labels import render_labels

        labels = payload.get("labels") or []
        cut_each = bool(payload.get("cut_each", True))
        return render_labels(labels, paper, rasterize, cut_each=cut_each)
    raise ValueError(f"unknown print job kind {kind!r}")


class PrintWorker:
    """Drains one printer's queue on a daemon thread; ``process_next`` does one job inline."""

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        rasterize: Rasterize | None = None,
        translator: TranslatorFor | None = None,
        backend_factory: BackendFactory = open_backend,
        printer: str = queue.RECEIPT_PRINTER,
        retry: RetryPolicy | None = None,
        poll_interval_s: float = 0.25,
        on_event: Callable[[PrintEvent], None] | None = None,
    ) -> None:
        self.ctx = ctx
        self.rasterize = rasterize
        self.translator = translator  # language code -> receipt words in it (ui.i18n)
        self.backend_factory = backend_factory
        self.printer = printer
        self.retry = retry or RetryPolicy()
        self.poll_interval_s = poll_interval_s
        self.on_event = on_event
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- lifecycle --------------------------------------------------------------------------
    def start(self) -> None:
        """Start the thread; its first act requeues jobs a crash left PRINTING (on the worker
        thread, so a UI calling start() never waits on the disk)."""
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, name=f"pos-printer-{self.printer}", daemon=True
        )
        self._thread.start()

    def stop(self, timeout_s: float = 10.0) -> None:
        """Finish the job in hand (bounded by the printer timeout) and stop."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wake(self) -> None:
        """Look at the queue now (after queueing a job, or a reprint cuts a retry pause)."""
        self._wake.set()

    def _recover(self) -> None:
        try:
            recovered = queue.recover_interrupted(self.ctx, printer=self.printer)
            queue.purge_printed(self.ctx, printer=self.printer)
        except Exception:
            log.exception("could not tidy the print queue at start")
            return
        if recovered:
            log.warning("requeued %d print job(s) interrupted by a crash", recovered)

    def _run(self) -> None:
        self._recover()
        while not self._stop.is_set():
            pause = self.poll_interval_s
            try:
                event = self.process_next()
                if event is not None:
                    pause = event.retry_in_s if event.retry_in_s is not None else 0.0
            except Exception:  # the database was busy or broke: keep the thread alive
                log.exception("print worker cycle failed")
            if pause > 0:
                self._wake.wait(pause)
                self._wake.clear()

    # -- one job ----------------------------------------------------------------------------
    def _config_for(self, kind: str, payload: dict[str, Any]) -> PrinterConfig:
        override = payload.get("config") if kind == PrintJobKind.TEST_PAGE else None
        try:
            if override:
                return PrinterConfig.from_setting(override)
            with self.ctx.db.read() as s:
                return get_printer_config(s, self.ctx)
        except DomainError as exc:
            raise PrinterUnavailable(
                f"printer settings are not usable: {exc.message}", Problem.NOT_CONFIGURED
            ) from None

    def process_next(self) -> PrintEvent | None:
        """Print the next queued job, if any, and record the outcome. Never raises for a
        printer problem; returns what happened (None when the queue is empty)."""
        job = queue.claim_next(self.ctx, printer=self.printer)
        if job is None:
            return None
        try:
            config = self._config_for(job.kind, job.payload)
            try:
                data = render_job(job.kind, job.payload, config, self.rasterize, self.translator)
            except Exception as exc:  # a payload this code cannot print: retrying won't help
                log.exception("cannot render print job %s", job.id)
                error = f"cannot render this job: {exc}"
                queue.mark_failed(self.ctx, job.id, error)
                return self._emit(PrintEvent(job.id, job.kind, "FAILED", job.attempts, error))
            with self.backend_factory(config) as backend:
                backend.check_ready(needs_paper=job.kind != PrintJobKind.DRAWER_KICK)
                backend.send(data)
        except PrinterUnavailable as exc:
            return self._failed_attempt(job, exc.message, exc.problem)
        except Exception as exc:  # a driver error we did not foresee: same as unavailable
            log.exception("printer error on job %s", job.id)
            return self._failed_attempt(job, f"printer error: {exc}", Problem.FAILED)
        queue.mark_done(self.ctx, job.id)
        return self._emit(PrintEvent(job.id, job.kind, PrintJobStatus.DONE.value, job.attempts))

    def _failed_attempt(self, job: queue.ClaimedJob, error: str, problem: Problem) -> PrintEvent:
        if job.attempts >= self.retry.max_attempts:
            queue.mark_failed(self.ctx, job.id, error)
            status, retry_in = PrintJobStatus.FAILED.value, None
        else:
            queue.mark_retry(self.ctx, job.id, error)
            status, retry_in = PrintJobStatus.QUEUED.value, self.retry.delay(job.attempts)
        log.warning("print job %s (%s) attempt %d: %s", job.id, job.kind, job.attempts, error)
        event = PrintEvent(job.id, job.kind, status, job.attempts, error, problem.value, retry_in)
        return self._emit(event)

    def _emit(self, event: PrintEvent) -> PrintEvent:
        if self.on_event is not None:
            try:
                self.on_event(event)
            except Exception:
                log.exception("print event listener failed")
        return event
