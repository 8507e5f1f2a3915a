"""The print queue: jobs for this terminal's receipt printer, as rows of ``print_jobs``.

A sale is committed first; its receipt is queued afterwards in its own short transaction, so a
printer that is off, out of paper or missing can never block or undo a sale. The printer worker
(``hardware.printing.worker``) takes QUEUED jobs in order (drawer kicks first), marks them
PRINTING while it sends, then DONE, or back to QUEUED to retry, or FAILED once it gives up.
Failed jobs stay visible and ``reprint`` puts them back. A crash leaves PRINTING rows, which
``recover_interrupted`` requeues when the worker starts.

The payload is everything the worker needs to print without reading the sale again: the receipt
document (``core.receipt``), the shift report as data, or the drawer pin.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import case, delete, select, update
from sqlalchemy.orm import Session

from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.core.receipt import ReceiptDocument, ReceiptKind
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
)
from pos_desktop.services.printer_config import PrinterConfig
from pos_desktop.services.receipt_builder import build_receipt
from pos_desktop.services.receipts import find_sale
from pos_desktop.services.settings import get_setting
from pos_desktop.services.shift_reports import ShiftReport
from pos_desktop.store.models import Organization, Store, User
from pos_desktop.store.models.printing import PrintJob, PrintJobKind, PrintJobStatus
from pos_desktop.store.models.sales import PaymentMethod, Sale

RECEIPT_PRINTER: Final = "receipt"
# A drawer kick older than this is dropped, never fired: a drawer that springs open minutes
# later (after a restart, or once the printer is back) is a security problem, not a service.
DRAWER_KICK_TTL: Final = timedelta(seconds=30)
ENTITY: Final = "print_jobs"
KEEP_PRINTED: Final = timedelta(days=14)

K, S = PrintJobKind, PrintJobStatus


@dataclass(frozen=True, slots=True)
class PrintJobView:
    id: str
    kind: str
    status: str
    printer: str
    title: str
    sale_id: str | None
    receipt_number: str | None
    attempts: int
    last_error: str | None
    created_at: datetime
    printed_at: datetime | None

    @property
    def reprintable(self) -> bool:
        return self.kind != K.DRAWER_KICK and self.status in (S.FAILED, S.DONE, S.CANCELLED)


@dataclass(frozen=True, slots=True)
class QueuedJobs:
    """What an enqueue/reprint/cancel call did; ``changes`` lets open views refresh."""

    job_ids: tuple[str, ...]
    changes: Changes


@dataclass(frozen=True, slots=True)
class ClaimedJob:
    """A job the worker took (now PRINTING), with what it needs to render it."""

    id: str
    kind: str
    payload: dict[str, Any]
    attempts: int  # including this one


# -- queueing ------------------------------------------------------------------------------


def _job(
    ctx: ServiceContext,
    actor: Actor | None,
    kind: PrintJobKind,
    payload: dict[str, Any],
    *,
    sale_id: str | None = None,
    shift_id: str | None = None,
    created_at: datetime | None = None,
) -> PrintJob:
    return PrintJob(
        device_id=ctx.terminal.device_id,
        printer=RECEIPT_PRINTER,
        kind=kind.value,
        sale_id=sale_id,
        shift_id=shift_id,
        payload=payload,
        status=S.QUEUED.value,
        attempts=0,
        created_by_id=actor.user_id if actor else None,
        created_at=created_at or ctx.clock(),
    )


def _opens_drawer(session: Session, ctx: ServiceContext, doc: ReceiptDocument) -> bool:
    methods = {p.method for p in doc.payments if not p.amount.is_zero()}
    if not methods:
        return False
    flagged = set(
        session.execute(
            select(PaymentMethod.code).where(
                PaymentMethod.organization_id == ctx.terminal.organization_id,
                PaymentMethod.opens_drawer.is_(True),
            )
        ).scalars()
    )
    return bool(methods & (flagged or {"CASH"}))


def enqueue_receipt(
    ctx: ServiceContext,
    actor: Actor | None,
    sale_id_or_receipt_number: str,
    *,
    language: str = "en",
    open_drawer: bool | None = None,
    copies: int | None = None,
) -> QueuedJobs:
    """Queue the receipt of a committed sale, refund or void; call it AFTER the checkout.

    ``open_drawer=None`` kicks the drawer when a payment was made by a method that opens it
    (cash); the kick is queued as its own job, printed first, so the drawer opens even when
    the receipt cannot print (out of paper). ``copies`` defaults to ``receipt.copies``; 0
    queues no paper at all. A refund or void gets a REFUND_RECEIPT job.
    """
    # The sale is committed and never changes: build the receipt on a read session and hold
    # the write lock only for the insert, so a checkout never waits behind a receipt.
    with ctx.db.read() as r:
        doc = build_receipt(r, ctx, sale_id_or_receipt_number, language=language)
        n = get_setting(r, ctx, "receipt.copies") if copies is None else copies
        if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= 5:
            raise ValidationError("receipt copies must be between 0 and 5")
        kick = _opens_drawer(r, ctx, doc) if open_drawer is None else open_drawer
    jobs: list[PrintJob] = []
    now = ctx.clock()
    if kick:
        reason = "sale" if doc.kind is ReceiptKind.SALE else "refund"
        jobs.append(_kick_job(ctx, actor, reason, doc.sale_id, now))
    if n > 0:
        kind = K.RECEIPT if doc.kind is ReceiptKind.SALE else K.REFUND_RECEIPT
        payload = {"receipt": doc.to_dict(), "copies": n, "reprint": False}
        jobs.append(_job(ctx, actor, kind, payload, sale_id=doc.sale_id, created_at=now))
    with ctx.db.uow() as uow:
        uow.session.add_all(jobs)
        uow.commit()
    return _queued(jobs)


def enqueue_refund_receipt(
    ctx: ServiceContext,
    actor: Actor | None,
    refund_id_or_receipt_number: str,
    *,
    language: str = "en",
    open_drawer: bool | None = None,
) -> QueuedJobs:
    """The receipt of a RETURN or VOID document (refuses a plain sale)."""
    with ctx.db.read() as s:
        sale = find_sale(s, refund_id_or_receipt_number)
        if sale.kind == "SALE":
            raise ValidationError(f"{sale.receipt_number} is a sale, not a refund or void")
    return enqueue_receipt(ctx, actor, sale.id, language=language, open_drawer=open_drawer)


def _kick_job(
    ctx: ServiceContext,
    actor: Actor | None,
    reason: str,
    sale_id: str | None,
    now: datetime,
) -> PrintJob:
    return _job(ctx, actor, K.DRAWER_KICK, {"reason": reason}, sale_id=sale_id, created_at=now)


def enqueue_drawer_kick(
    ctx: ServiceContext,
    actor: Actor | None = None,
    *,
    reason: str = "no_sale",
    sale_id: str | None = None,
) -> QueuedJobs:
    """Queue a cash drawer kick (printed before anything else waiting).

    Authorising and auditing it is the caller's job: ``services.shifts.record_no_sale`` does
    both for a manager's no-sale; a cash sale's kick comes from ``enqueue_receipt``.
    """
    with ctx.db.uow() as uow:
        job = _kick_job(ctx, actor, reason, sale_id, ctx.clock())
        uow.session.add(job)
        uow.commit()
    return _queued([job])


def enqueue_shift_report(
    ctx: ServiceContext, actor: Actor | None, report: ShiftReport, *, language: str = "en"
) -> QueuedJobs:
    """Queue an X or Z report for the receipt printer (the report is stored as data), printed
    in ``language`` (the words of the user who asked for it)."""
    with ctx.db.uow() as uow:
        s = uow.session
        store = s.get(Store, ctx.terminal.store_id)
        names = {
            uid: _user_name(s, uid)
            for uid in (report.cashier_id, report.closed_by_id, report.approved_by_id)
            if uid
        }
        org = s.get(Organization, ctx.terminal.organization_id)
        payload = {
            "report": report.to_dict(),
            "store_name": store.name if store else "",
            "names": names,
            "time_zone": org.timezone if org is not None else "Asia/Colombo",
            "language": language,
        }
        job = _job(ctx, actor, K.SHIFT_REPORT, payload, shift_id=report.shift_id)
        s.add(job)
        uow.commit()
    return _queued([job])


def enqueue_test_page(
    ctx: ServiceContext, actor: Actor | None = None, *, config: PrinterConfig | None = None
) -> QueuedJobs:
    """Queue a test page. With ``config`` it prints on that printer (e.g. one typed in the
    settings dialog and not saved yet) instead of the saved one."""
    payload: dict[str, Any] = {"config": config.to_setting() if config else None}
    with ctx.db.uow() as uow:
        job = _job(ctx, actor, K.TEST_PAGE, payload)
        uow.session.add(job)
        uow.commit()
    return _queued([job])


def _user_name(session: Session, user_id: str) -> str:
    user = session.get(User, user_id)
    return user.name if user is not None else user_id


def _queued(jobs: list[PrintJob]) -> QueuedJobs:
    ids = tuple(j.id for j in jobs)
    return QueuedJobs(ids, Changes.of(ENTITY, ids=ids) if ids else Changes())


# -- reprint and cancel ---------------------------------------------------------------------


def reprint(ctx: ServiceContext, actor: Actor | None, job_id_or_sale: str) -> QueuedJobs:
    """Print again. A queued/failed/cancelled job goes back to the queue as it is; a printed
    job, or a sale (id or receipt number), gets a new job marked as a copy. Audited."""
    text = (job_id_or_sale or "").strip()
    if not text:
        raise ValidationError("choose a print job or a receipt to reprint")
    with ctx.db.uow() as uow:
        s = uow.session
        target = _reprint_target(s, ctx, actor, text)
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "print.reprint",
                "print_job",
                target.id,
                new_values={"kind": target.kind, "sale_id": target.sale_id},
            ),
        )
        uow.commit()
    return _queued([target])


def reprint_last_receipt(ctx: ServiceContext, actor: Actor | None) -> QueuedJobs:
    """A copy of the last receipt this terminal issued (sale, refund or void)."""
    with ctx.db.read() as s:
        last = s.execute(
            select(Sale.id)
            .where(Sale.device_id == ctx.terminal.device_id)
            .order_by(Sale.created_at.desc(), Sale.receipt_number.desc())
            .limit(1)
        ).scalar_one_or_none()
    if last is None:
        raise NotFoundError("no receipt has been issued on this terminal yet")
    return reprint(ctx, actor, last)


def _reprint_target(s: Session, ctx: ServiceContext, actor: Actor | None, text: str) -> PrintJob:
    job = s.get(PrintJob, text.lower())
    if job is not None and job.device_id == ctx.terminal.device_id:
        if job.kind == K.DRAWER_KICK:
            raise ValidationError("a drawer kick cannot be reprinted; use No sale")
        if job.status == S.PRINTING:
            raise ValidationError("this job is printing now")
        if job.status != S.DONE:
            job.status = S.QUEUED.value
            job.attempts = 0
            job.last_error = None
            return job
        return _copy_of(s, ctx, actor, job)
    sale = find_sale(s, text)
    source = s.execute(
        select(PrintJob)
        .where(
            PrintJob.sale_id == sale.id,
            PrintJob.device_id == ctx.terminal.device_id,
            PrintJob.kind.in_((K.RECEIPT.value, K.REFUND_RECEIPT.value)),
        )
        .order_by(PrintJob.created_at.desc(), PrintJob.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if source is not None:
        return _copy_of(s, ctx, actor, source)
    # Never queued on this terminal (another till's sale, or printing was off): build it now.
    doc = build_receipt(s, ctx, sale.id)
    kind = K.RECEIPT if doc.kind is ReceiptKind.SALE else K.REFUND_RECEIPT
    payload = {"receipt": doc.to_dict(), "copies": 1, "reprint": True}
    job = _job(ctx, actor, kind, payload, sale_id=sale.id)
    s.add(job)
    return job


def _copy_of(s: Session, ctx: ServiceContext, actor: Actor | None, source: PrintJob) -> PrintJob:
    payload = {**(source.payload or {}), "reprint": True, "copies": 1}
    kind = PrintJobKind(source.kind)
    job = _job(ctx, actor, kind, payload, sale_id=source.sale_id, shift_id=source.shift_id)
    s.add(job)
    return job


def cancel_job(ctx: ServiceContext, actor: Actor | None, job_id: str) -> QueuedJobs:
    """Take a waiting or failed job off the queue (it stays listed as CANCELLED)."""
    with ctx.db.uow() as uow:
        s = uow.session
        job = s.get(PrintJob, job_id)
        if job is None or job.device_id != ctx.terminal.device_id:
            raise NotFoundError("no such print job")
        if job.status not in (S.QUEUED, S.FAILED):
            raise ValidationError(f"a {job.status.lower()} job cannot be cancelled")
        job.status = S.CANCELLED.value
        uow.commit()
    return _queued([job])


# -- what the UI shows ----------------------------------------------------------------------


def _title(job: PrintJob) -> tuple[str, str | None]:
    payload = job.payload or {}
    if job.kind in (K.RECEIPT, K.REFUND_RECEIPT):
        receipt = payload.get("receipt") or {}
        number = (receipt.get("meta") or {}).get("receipt_number")
        label = {"SALE": "Receipt", "REFUND": "Refund", "VOID": "Void"}.get(
            str(receipt.get("kind")), "Receipt"
        )
        copy = " (copy)" if payload.get("reprint") else ""
        return f"{label} {number}{copy}", number
    if job.kind == K.SHIFT_REPORT:
        report = payload.get("report") or {}
        z = report.get("z_report_number")
        return (f"Z report {z}" if report.get("report") == "Z" else "X report"), None
    if job.kind == K.TEST_PAGE:
        return "Test page", None
    if job.kind == K.LABELS:
        return f"Labels ({len(payload.get('labels') or [])})", None
    return "Open cash drawer", None


def _view(job: PrintJob) -> PrintJobView:
    title, number = _title(job)
    return PrintJobView(
        id=job.id,
        kind=job.kind,
        status=job.status,
        printer=job.printer,
        title=title,
        sale_id=job.sale_id,
        receipt_number=number,
        attempts=job.attempts,
        last_error=job.last_error,
        created_at=job.created_at,
        printed_at=job.printed_at,
    )


def _list(
    ctx: ServiceContext, statuses: tuple[str, ...], printer: str, limit: int
) -> tuple[PrintJobView, ...]:
    with ctx.db.read() as s:
        rows = s.execute(
            select(PrintJob)
            .where(
                PrintJob.status.in_(statuses),
                PrintJob.device_id == ctx.terminal.device_id,
                PrintJob.printer == printer,
            )
            .order_by(PrintJob.created_at, PrintJob.id)
            .limit(limit)
        ).scalars()
        return tuple(_view(j) for j in rows)


def pending_jobs(
    ctx: ServiceContext, *, printer: str = RECEIPT_PRINTER, limit: int = 200
) -> tuple[PrintJobView, ...]:
    """Jobs waiting or printing now, oldest first."""
    return _list(ctx, (S.QUEUED.value, S.PRINTING.value), printer, limit)


def failed_jobs(
    ctx: ServiceContext, *, printer: str = RECEIPT_PRINTER, limit: int = 200
) -> tuple[PrintJobView, ...]:
    """Jobs the worker gave up on, oldest first; each can be reprinted or cancelled."""
    return _list(ctx, (S.FAILED.value,), printer, limit)


def job_view(ctx: ServiceContext, job_id: str) -> PrintJobView:
    with ctx.db.read() as s:
        job = s.get(PrintJob, job_id)
        if job is None or job.device_id != ctx.terminal.device_id:
            raise NotFoundError("no such print job")
        return _view(job)


# -- the worker's side ----------------------------------------------------------------------


def recover_interrupted(ctx: ServiceContext, *, printer: str = RECEIPT_PRINTER) -> int:
    """Requeue jobs a crash left PRINTING (they may print twice: better than never)."""
    with ctx.db.uow() as uow:
        result = uow.session.execute(
            update(PrintJob)
            .where(
                PrintJob.status == S.PRINTING.value,
                PrintJob.device_id == ctx.terminal.device_id,
                PrintJob.printer == printer,
            )
            .values(status=S.QUEUED.value)
        )
        uow.commit()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def purge_printed(
    ctx: ServiceContext, *, keep: timedelta = KEEP_PRINTED, printer: str = RECEIPT_PRINTER
) -> int:
    """Delete printed and cancelled jobs older than ``keep`` (each holds a whole receipt; a
    later reprint builds the receipt again from the sale). Failed and waiting jobs stay."""
    cutoff = ctx.clock() - keep
    with ctx.db.uow() as uow:
        result = uow.session.execute(
            delete(PrintJob).where(
                PrintJob.status.in_((S.DONE.value, S.CANCELLED.value)),
                PrintJob.device_id == ctx.terminal.device_id,
                PrintJob.printer == printer,
                PrintJob.created_at < cutoff,
            )
        )
        uow.commit()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def claim_next(ctx: ServiceContext, *, printer: str = RECEIPT_PRINTER) -> ClaimedJob | None:
    """Take the next QUEUED job (drawer kicks first, then oldest) and mark it PRINTING.

    Stale drawer kicks (older than DRAWER_KICK_TTL) are cancelled on the way, never fired.
    """
    now = ctx.clock()
    waiting = (
        PrintJob.status == S.QUEUED.value,
        PrintJob.device_id == ctx.terminal.device_id,
        PrintJob.printer == printer,
    )
    # Look first without the write lock: the worker polls, checkouts must not queue behind it.
    with ctx.db.read() as r:
        if r.execute(select(PrintJob.id).where(*waiting).limit(1)).first() is None:
            return None
    first = case((PrintJob.kind == K.DRAWER_KICK.value, 0), else_=1)
    with ctx.db.uow() as uow:
        s = uow.session
        while True:
            job = s.execute(
                select(PrintJob)
                .where(*waiting)
                .order_by(first, PrintJob.created_at, PrintJob.id)
                .limit(1)
            ).scalar_one_or_none()
            if job is None:
                uow.commit()
                return None
            if job.kind == K.DRAWER_KICK and now - job.created_at > DRAWER_KICK_TTL:
                job.status = S.CANCELLED.value
                job.last_error = "drawer kick expired before the printer could take it"
                s.flush()
                continue
            job.status = S.PRINTING.value
            job.attempts += 1
            claimed = ClaimedJob(job.id, job.kind, dict(job.payload or {}), job.attempts)
            uow.commit()
            return claimed


def _finish(ctx: ServiceContext, job_id: str, status: PrintJobStatus, error: str | None) -> None:
    with ctx.db.uow() as uow:
        job = uow.session.get(PrintJob, job_id)
        if job is None:
            return
        if job.status != S.PRINTING:
            return  # cancelled or requeued meanwhile: leave the newer decision alone
        job.status = status.value
        job.last_error = error[:500] if error else None
        if status is S.DONE:
            job.printed_at = ctx.clock()
        uow.commit()


def mark_done(ctx: ServiceContext, job_id: str) -> None:
    _finish(ctx, job_id, S.DONE, None)


def mark_retry(ctx: ServiceContext, job_id: str, error: str) -> None:
    """Back to QUEUED with the error shown; the worker tries again after a pause."""
    _finish(ctx, job_id, S.QUEUED, error)


def mark_failed(ctx: ServiceContext, job_id: str, error: str) -> None:
    _finish(ctx, job_id, S.FAILED, error)
