"""Physical stock takes: a counting session over one warehouse and the counts entered in it.

Device-local (``__sync_kind__ = None``): a stock take is worked on the back-office PC that
started it, and what the rest of the organization needs from it is its outcome, the COUNT
adjustments it writes to the ``stock_movements`` ledger when completed (those sync as ledger
rows). So neither table needs a sync rule nor an HQ migration.

The snapshot moment: each line remembers ``snapshot_at``, the moment its product was counted
(first scanned, or last typed as a fresh total). Completing the take compares the count with
the ledger *as it stood at that moment* and writes the difference as a movement now; every
movement after the snapshot (a sale rung up while the shelf was being counted, another till's
sale pulled later) stays on top of the count. That is "on hand = last count + later movements".
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.store.base import ID, Base, DeviceMade, OrgScoped, StoreScoped, Timestamps


class StockTakeStatus(StrEnum):
    OPEN = "OPEN"
    COMPLETED = "COMPLETED"
    CANCELLED = "CANCELLED"


class StockTake(StoreScoped, DeviceMade, Timestamps, Base):
    __tablename__ = "stock_takes"
    __sync_kind__ = None
    __table_args__ = (
        CheckConstraint("status IN ('OPEN', 'COMPLETED', 'CANCELLED')", name="status_known"),
        # One open count per warehouse: two overlapping counts would each write a correction.
        Index(
            "uq_stock_takes_open_warehouse",
            "warehouse_id",
            unique=True,
            sqlite_where=text("status = 'OPEN'"),
        ),
    )

    warehouse_id: Mapped[str] = mapped_column(ID, index=True)
    status: Mapped[str] = mapped_column(String(16), default=StockTakeStatus.OPEN.value)
    category_id: Mapped[str | None] = mapped_column(ID)  # scope: None is the whole warehouse
    note: Mapped[str | None] = mapped_column(String(500))
    started_by_id: Mapped[str | None] = mapped_column(ID)
    started_at: Mapped[datetime] = mapped_column()
    finished_by_id: Mapped[str | None] = mapped_column(ID)
    finished_at: Mapped[datetime | None] = mapped_column()


class StockTakeLine(OrgScoped, Timestamps, Base):
    """One product (or variant) counted in a stock take."""

    __tablename__ = "stock_take_lines"
    __sync_kind__ = None
    __table_args__ = (
        Index(
            "uq_stock_take_lines_item",
            "stock_take_id",
            "product_id",
            text("coalesce(variant_id, '')"),
            unique=True,
        ),
        CheckConstraint("counted_milli >= 0", name="counted_not_negative"),
    )

    stock_take_id: Mapped[str] = mapped_column(ForeignKey("stock_takes.id"), index=True)
    product_id: Mapped[str] = mapped_column(ID)
    variant_id: Mapped[str | None] = mapped_column(ID)
    counted_milli: Mapped[int] = mapped_column(Integer)
    snapshot_at: Mapped[datetime] = mapped_column()
    # The ledger at snapshot_at, as known when counted; completion recomputes it so movements
    # pulled later but made before the snapshot are included.
    expected_milli: Mapped[int] = mapped_column(Integer)
    unit_cost_minor: Mapped[int | None] = mapped_column(Integer)
    counted_by_id: Mapped[str | None] = mapped_column(ID)
    movement_id: Mapped[str | None] = mapped_column(ID)  # the COUNT movement written on completion
