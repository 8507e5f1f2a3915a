"""The print queue: receipts, reports and drawer kicks waiting for (or done by) a printer.

Device-local (never synced): a job belongs to this terminal's printers. A sale is committed
first; its receipt job is queued afterwards, so a printer that is off, out of paper or missing
never blocks or undoes a sale: the job waits here, visible, and can be reprinted.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.core.clock import utc_now
from pos_desktop.store.base import ID, Base


class PrintJobKind(StrEnum):
    RECEIPT = "RECEIPT"
    REFUND_RECEIPT = "REFUND_RECEIPT"
    SHIFT_REPORT = "SHIFT_REPORT"
    TEST_PAGE = "TEST_PAGE"
    DRAWER_KICK = "DRAWER_KICK"
    LABELS = "LABELS"  # product barcode labels (services/labels.py)


class PrintJobStatus(StrEnum):
    QUEUED = "QUEUED"
    PRINTING = "PRINTING"
    DONE = "DONE"
    FAILED = "FAILED"  # gave up retrying automatically; waits for "reprint"
    CANCELLED = "CANCELLED"


class PrintJob(Base):
    __tablename__ = "print_jobs"
    __sync_kind__ = None
    __table_args__ = (Index("ix_print_jobs_status", "status", "created_at"),)

    device_id: Mapped[str] = mapped_column(ID, nullable=False)
    printer: Mapped[str] = mapped_column(String(64), nullable=False, default="receipt")
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    sale_id: Mapped[str | None] = mapped_column(ID, index=True)
    shift_id: Mapped[str | None] = mapped_column(ID)
    payload: Mapped[dict[str, Any]] = mapped_column(nullable=False, default=dict)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default=PrintJobStatus.QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_by_id: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utc_now)
    printed_at: Mapped[datetime | None] = mapped_column()
