"""The print queue as data: what gets queued after a sale, order, reprint, cancel, recovery."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.services import print_queue as pq
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.printer_config import PrinterConfig, PrinterKind
from pos_desktop.services.shift_reports import x_report
from pos_desktop.services.shifts import require_open_shift
from pos_desktop.store.models import AuditLog
from pos_desktop.store.models.printing import PrintJob
from pos_desktop.store.models.sales import Sale
from tests.printing.support import card_sale, cash_sale, refund_one_rice
from tests.sales.conftest import Shop
from tests.support.terminal import Terminal


def _jobs(shop: Shop) -> list[PrintJob]:
    with shop.term.db.read() as s:
        return list(
            s.execute(select(PrintJob).order_by(PrintJob.created_at, PrintJob.id)).scalars()
        )


def test_cash_sale_queues_a_drawer_kick_and_the_receipt(shop: Shop) -> None:
    sale = cash_sale(shop)
    result = pq.enqueue_receipt(shop.ctx, shop.term.cashier, sale.sale_id)
    assert result.changes.touches("print_jobs") and len(result.job_ids) == 2
    kick, receipt = _jobs(shop)
    assert (kick.kind, kick.status, kick.sale_id) == ("DRAWER_KICK", "QUEUED", sale.sale_id)
    assert (receipt.kind, receipt.status, receipt.sale_id) == ("RECEIPT", "QUEUED", sale.sale_id)
    assert receipt.payload["receipt"]["meta"]["receipt_number"] == sale.receipt_number
    assert receipt.created_by_id == shop.term.cashier.user_id
    assert receipt.device_id == shop.ctx.terminal.device_id
    (waiting_kick, waiting_receipt) = pq.pending_jobs(shop.ctx)
    assert waiting_receipt.title == f"Receipt {sale.receipt_number}"
    assert waiting_kick.title == "Open cash drawer"


def test_card_sale_does_not_open_the_drawer(shop: Shop) -> None:
    sale = card_sale(shop)
    pq.enqueue_receipt(shop.ctx, shop.term.cashier, sale.receipt_number)
    assert [j.kind for j in _jobs(shop)] == ["RECEIPT"]


def test_copies_setting_and_paperless(shop: Shop) -> None:
    sale = cash_sale(shop)
    pq.enqueue_receipt(shop.ctx, None, sale.sale_id, copies=0)
    assert [j.kind for j in _jobs(shop)] == ["DRAWER_KICK"]  # no paper, still the drawer
    with pytest.raises(ValidationError):
        pq.enqueue_receipt(shop.ctx, None, sale.sale_id, copies=9)
    assert len(_jobs(shop)) == 1  # nothing partial


def test_unknown_sale_is_refused_and_nothing_is_queued(shop: Shop) -> None:
    with pytest.raises(NotFoundError):
        pq.enqueue_receipt(shop.ctx, None, "S01-T01-999999")
    assert _jobs(shop) == []


def test_refund_receipt(shop: Shop) -> None:
    sale = cash_sale(shop)
    refund = refund_one_rice(shop, sale)
    with pytest.raises(ValidationError, match="is a sale"):
        pq.enqueue_refund_receipt(shop.ctx, None, sale.receipt_number)
    pq.enqueue_refund_receipt(shop.ctx, shop.term.manager, refund.return_receipt_number)
    kinds = [j.kind for j in _jobs(shop)]
    assert kinds == ["DRAWER_KICK", "REFUND_RECEIPT"]  # cash handed back: the drawer opens
    (_, view) = pq.pending_jobs(shop.ctx)
    assert view.title == f"Refund {refund.return_receipt_number}"


def test_drawer_kicks_go_first_and_stale_kicks_never_fire(shop: Shop) -> None:
    sale = card_sale(shop)
    pq.enqueue_receipt(shop.ctx, None, sale.sale_id)
    pq.enqueue_drawer_kick(shop.ctx, shop.term.manager)
    first = pq.claim_next(shop.ctx)
    assert first is not None and first.kind == "DRAWER_KICK" and first.attempts == 1
    pq.mark_done(shop.ctx, first.id)
    # A kick still waiting after the TTL (printer was off) is cancelled, not fired later.
    pq.enqueue_drawer_kick(shop.ctx, None, reason="no_sale")
    late = ServiceContext(
        shop.ctx.db,
        shop.ctx.terminal,
        clock=lambda: shop.ctx.clock() + pq.DRAWER_KICK_TTL + timedelta(seconds=1),
    )
    second = pq.claim_next(late)
    assert second is not None and second.kind == "RECEIPT"
    kicks = [j for j in _jobs(shop) if j.kind == "DRAWER_KICK"]
    assert [k.status for k in kicks] == ["DONE", "CANCELLED"]
    assert "expired" in (kicks[1].last_error or "")


def test_retry_fail_reprint_cancel(shop: Shop) -> None:
    sale = card_sale(shop)
    (job_id,) = pq.enqueue_receipt(shop.ctx, None, sale.sale_id).job_ids
    claimed = pq.claim_next(shop.ctx)
    assert claimed is not None and claimed.id == job_id
    assert pq.pending_jobs(shop.ctx)[0].status == "PRINTING"
    with pytest.raises(ValidationError, match="printing now"):
        pq.reprint(shop.ctx, None, job_id)
    pq.mark_retry(shop.ctx, job_id, "refused")
    (waiting,) = pq.pending_jobs(shop.ctx)
    assert (waiting.status, waiting.last_error, waiting.attempts) == ("QUEUED", "refused", 1)
    pq.claim_next(shop.ctx)
    pq.mark_failed(shop.ctx, job_id, "timeout")
    (failed,) = pq.failed_jobs(shop.ctx)
    assert (failed.id, failed.last_error, failed.reprintable) == (job_id, "timeout", True)
    assert pq.pending_jobs(shop.ctx) == ()
    # Reprint of a failed job puts the same job back, fresh.
    pq.reprint(shop.ctx, shop.term.cashier, job_id)
    (again,) = pq.pending_jobs(shop.ctx)
    assert (again.id, again.status, again.attempts, again.last_error) == (job_id, "QUEUED", 0, None)
    pq.cancel_job(shop.ctx, None, job_id)
    assert pq.pending_jobs(shop.ctx) == () and pq.failed_jobs(shop.ctx) == ()
    with pytest.raises(ValidationError):
        pq.cancel_job(shop.ctx, None, job_id)  # already cancelled
    with shop.term.db.read() as s:
        audits = s.execute(select(AuditLog).where(AuditLog.action == "print.reprint")).all()
    assert len(audits) == 1


def test_reprint_of_a_printed_receipt_is_a_new_copy(shop: Shop) -> None:
    sale = card_sale(shop)
    (job_id,) = pq.enqueue_receipt(shop.ctx, None, sale.sale_id).job_ids
    claimed = pq.claim_next(shop.ctx)
    assert claimed is not None
    pq.mark_done(shop.ctx, job_id)
    copy = pq.reprint(shop.ctx, None, sale.receipt_number)  # by receipt number
    (new_id,) = copy.job_ids
    assert new_id != job_id
    (view,) = pq.pending_jobs(shop.ctx)
    assert view.title == f"Receipt {sale.receipt_number} (copy)"
    last = pq.reprint_last_receipt(shop.ctx, shop.term.cashier)
    assert len(pq.pending_jobs(shop.ctx)) == 2 and last.job_ids[0] not in (job_id, new_id)


def test_reprint_of_a_sale_never_queued_builds_its_receipt(shop: Shop) -> None:
    sale = card_sale(shop)
    pq.reprint(shop.ctx, None, sale.sale_id)
    (job,) = _jobs(shop)
    assert job.payload["reprint"] is True and job.sale_id == sale.sale_id
    with pytest.raises(NotFoundError):
        pq.reprint(shop.ctx, None, "S01-T01-000777")
    with pytest.raises(ValidationError):
        pq.reprint(shop.ctx, None, "  ")
    with pytest.raises(NotFoundError):
        pq.job_view(shop.ctx, "no-such-job")


def test_reprint_last_receipt_on_a_till_without_sales(terminal: Terminal) -> None:
    with pytest.raises(NotFoundError, match="no receipt"):
        pq.reprint_last_receipt(terminal.ctx, terminal.cashier)


def test_crash_leaves_printing_jobs_which_are_requeued(shop: Shop) -> None:
    sale = cash_sale(shop)
    pq.enqueue_receipt(shop.ctx, None, sale.sale_id)
    assert pq.claim_next(shop.ctx) is not None  # then the app dies mid-print
    assert [j.status for j in pq.pending_jobs(shop.ctx)] == ["PRINTING", "QUEUED"]
    assert pq.recover_interrupted(shop.ctx) == 1
    assert [j.status for j in pq.pending_jobs(shop.ctx)] == ["QUEUED", "QUEUED"]


def test_shift_report_and_test_page_jobs(shop: Shop) -> None:
    cash_sale(shop)
    with shop.term.db.read() as s:
        report = x_report(s, shop.ctx, require_open_shift(s, shop.ctx).id)
    pq.enqueue_shift_report(shop.ctx, shop.term.cashier, report)
    config = PrinterConfig(kind=PrinterKind.NETWORK, host="10.0.0.9", width_mm=58)
    pq.enqueue_test_page(shop.ctx, shop.term.admin, config=config)
    report_job, test_job = _jobs(shop)
    assert report_job.kind == "SHIFT_REPORT" and report_job.shift_id == report.shift_id
    assert report_job.payload["names"][report.cashier_id] == "Kasun Cashier"
    assert test_job.payload["config"]["host"] == "10.0.0.9"
    assert [v.title for v in pq.pending_jobs(shop.ctx)] == ["X report", "Test page"]


def test_queueing_never_touches_the_sale(shop: Shop) -> None:
    sale = cash_sale(shop)
    with shop.term.db.read() as s:
        before = s.get(Sale, sale.sale_id)
        assert before is not None
        snapshot = before.to_dict()
    pq.enqueue_receipt(shop.ctx, None, sale.sale_id)
    pq.reprint(shop.ctx, None, sale.sale_id)
    with shop.term.db.read() as s:
        after = s.get(Sale, sale.sale_id)
        assert after is not None and after.to_dict() == snapshot
        assert s.execute(select(func.count()).select_from(Sale)).scalar_one() == 1


def test_old_printed_jobs_are_purged_failed_ones_kept(shop: Shop) -> None:
    sale = cash_sale(shop)
    kick_id, receipt_id = pq.enqueue_receipt(shop.ctx, None, sale.sale_id).job_ids
    for _ in range(2):
        claimed = pq.claim_next(shop.ctx)
        assert claimed is not None
    pq.mark_done(shop.ctx, kick_id)
    pq.mark_failed(shop.ctx, receipt_id, "refused")
    assert pq.purge_printed(shop.ctx) == 0  # too recent
    later = ServiceContext(
        shop.ctx.db,
        shop.ctx.terminal,
        clock=lambda: shop.ctx.clock() + pq.KEEP_PRINTED + timedelta(hours=1),
    )
    assert pq.purge_printed(later) == 1
    assert [j.id for j in _jobs(shop)] == [receipt_id]
