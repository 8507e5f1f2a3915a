"""Shifts and the cash drawer ledger.

Design: a shift is two append-only facts, not one row edited twice.

- ``shifts`` is the opening: who opened which drawer on which device, when, with what float.
- ``shift_closings`` is the close: counted cash by denomination, expected cash, over/short,
  who closed and who approved, and the per-device Z report number. At most one per shift
  (unique ``shift_id``), so a double close is refused by the database itself, here and at HQ.
- ``cash_movements`` is the drawer ledger in between (float, cash in/out, payouts, no-sale).

A shift is OPEN exactly when it has no closing row. Why not one ``shifts`` row updated at close
and synced as ``"hq"``? HQ is not the authority over a shift: the terminal that opened it is, and
the numbers of an issued Z report must never change afterwards. As ledger rows the opening and
the closing merge at HQ as insert-if-new facts with no conflict rule to get wrong, the outbox
refuses any later edit of a closed shift's figures, and no HLC/last-writer-wins merge can ever
resurrect an "open" status over a close. The cost is one anti-join to find the open shift,
served by ``ix_shifts_device_opened`` and the unique index on ``shift_closings.shift_id``.

Closings and movements belong to the shift's own document (made on the same device, pushed
after it in outbox order), so they carry a real foreign key to ``shifts``.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.store.base import ID, Base, CreatedAt, DeviceMade, StoreScoped
from pos_desktop.store.types import JSONText


class ShiftStatus(StrEnum):
    OPEN = "OPEN"
    CLOSED = "CLOSED"


class CashMovementType(StrEnum):
    FLOAT = "FLOAT"  # the opening float put in the drawer
    CASH_IN = "CASH_IN"  # change brought in from the safe or bank
    CASH_OUT = "CASH_OUT"  # cash taken to the safe or bank (a drop)
    PAYOUT = "PAYOUT"  # cash paid out of the drawer to someone (a supplier, a petty expense)
    NO_SALE = "NO_SALE"  # drawer opened without a sale; amount 0


# Sign of each movement type in the drawer's expected cash.
MOVEMENT_SIGN: dict[str, int] = {
    CashMovementType.FLOAT: 1,
    CashMovementType.CASH_IN: 1,
    CashMovementType.CASH_OUT: -1,
    CashMovementType.PAYOUT: -1,
    CashMovementType.NO_SALE: 0,
}


class Shift(StoreScoped, DeviceMade, CreatedAt, Base):
    """The opening of a shift on one device (ledger). Closed when a ``ShiftClosing`` exists."""

    __tablename__ = "shifts"
    __sync_kind__ = "ledger"
    __table_args__ = (Index("ix_shifts_device_opened", "device_id", "opened_at"),)

    cashier_id: Mapped[str] = mapped_column(ID, nullable=False, index=True)
    opened_at: Mapped[datetime] = mapped_column(nullable=False)
    opening_float_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    # Optional count of the float by denomination ({"1000": 2, "100": 10}).
    opening_denominations: Mapped[dict[str, Any] | None] = mapped_column(JSONText())


class ShiftClosing(StoreScoped, DeviceMade, CreatedAt, Base):
    """The close of a shift (ledger): the counted drawer and the Z report's cash figures."""

    __tablename__ = "shift_closings"
    __sync_kind__ = "ledger"
    __table_args__ = (UniqueConstraint("device_id", "z_report_number"),)

    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), nullable=False, unique=True)
    closed_at: Mapped[datetime] = mapped_column(nullable=False)
    closed_by_id: Mapped[str] = mapped_column(ID, nullable=False)
    approved_by_id: Mapped[str | None] = mapped_column(ID)  # over/short beyond the limit
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    counted_cash_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    counted_denominations: Mapped[dict[str, Any]] = mapped_column(JSONText(), nullable=False)
    expected_cash_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    over_short_minor: Mapped[int] = mapped_column(Integer, nullable=False)  # counted - expected
    # Per-device gapless Z number: 1, 2, 3... (printed with the store and device codes).
    z_report_number: Mapped[int] = mapped_column(Integer, nullable=False)
    note: Mapped[str | None] = mapped_column(String(500))


class CashMovement(StoreScoped, DeviceMade, CreatedAt, Base):
    """Cash into or out of the drawer during a shift (ledger). Amounts are positive."""

    __tablename__ = "cash_movements"
    __sync_kind__ = "ledger"

    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), nullable=False, index=True)
    type: Mapped[str] = mapped_column(String(16), nullable=False)  # CashMovementType
    amount_minor: Mapped[int] = mapped_column(Integer, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    reason: Mapped[str | None] = mapped_column(String(500))
    user_id: Mapped[str] = mapped_column(ID, nullable=False)
    approved_by_id: Mapped[str | None] = mapped_column(ID)
