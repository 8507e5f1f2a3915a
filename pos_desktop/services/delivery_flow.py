"""The status flows of delivery orders and deliveries, and how a current status is derived.

Orders: PENDING -> CONFIRMED -> PROCESSING -> PACKED -> OUT_FOR_DELIVERY -> DELIVERED, one step
at a time, and CANCELLED from any state before DELIVERED. DELIVERED and CANCELLED are final.

Deliveries (a courier carrying an order): PENDING -> PROCESSING -> DISPATCHED -> DELIVERED
(PENDING -> DISPATCHED when the courier takes it at once), and RETURNED from any state before
DELIVERED (failed attempt, refused parcel, order cancelled). DELIVERED and RETURNED are final.

A status is never stored as a column: it is the newest row of the history (highest ``seq``,
then latest ``created_at``, then id), see store/models/delivery.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final, Protocol, TypeVar

from pos_desktop.core.errors import ValidationError
from pos_desktop.store.models.delivery import DeliveryStatus, OrderStatus

S = OrderStatus
D = DeliveryStatus

ORDER_NEXT: Final[dict[OrderStatus, tuple[OrderStatus, ...]]] = {
    S.PENDING: (S.CONFIRMED, S.CANCELLED),
    S.CONFIRMED: (S.PROCESSING, S.CANCELLED),
    S.PROCESSING: (S.PACKED, S.CANCELLED),
    S.PACKED: (S.OUT_FOR_DELIVERY, S.CANCELLED),
    S.OUT_FOR_DELIVERY: (S.DELIVERED, S.CANCELLED),
    S.DELIVERED: (),
    S.CANCELLED: (),
}

DELIVERY_NEXT: Final[dict[DeliveryStatus, tuple[DeliveryStatus, ...]]] = {
    D.PENDING: (D.PROCESSING, D.DISPATCHED, D.RETURNED),
    D.PROCESSING: (D.DISPATCHED, D.RETURNED),
    D.DISPATCHED: (D.DELIVERED, D.RETURNED),
    D.DELIVERED: (),
    D.RETURNED: (),
}

GOODS_OUT: Final = frozenset({S.PACKED, S.OUT_FOR_DELIVERY, S.DELIVERED})
"""Statuses in which the order's goods have left stock (the OUT movement is made at PACKED)."""

ACTIVE_DELIVERY: Final = frozenset({D.PENDING, D.PROCESSING, D.DISPATCHED})


def order_status(value: str) -> OrderStatus:
    try:
        return OrderStatus(value)
    except ValueError as exc:
        raise ValidationError(f"{value!r} is not an order status") from exc


def delivery_status(value: str) -> DeliveryStatus:
    try:
        return DeliveryStatus(value)
    except ValueError as exc:
        raise ValidationError(f"{value!r} is not a delivery status") from exc


def check_order_step(current: OrderStatus, new: OrderStatus) -> None:
    if new not in ORDER_NEXT[current]:
        allowed = ", ".join(s.value for s in ORDER_NEXT[current]) or "nothing (final)"
        raise ValidationError(
            f"an order that is {current.value} cannot become {new.value}; next: {allowed}",
            code="illegal_transition",
        )


def check_delivery_step(current: DeliveryStatus, new: DeliveryStatus) -> None:
    if new not in DELIVERY_NEXT[current]:
        allowed = ", ".join(s.value for s in DELIVERY_NEXT[current]) or "nothing (final)"
        raise ValidationError(
            f"a delivery that is {current.value} cannot become {new.value}; next: {allowed}",
            code="illegal_transition",
        )


class HistoryRow(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def seq(self) -> int: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def new_status(self) -> str: ...


R = TypeVar("R", bound=HistoryRow)


def history_key(row: HistoryRow) -> tuple[int, datetime, str]:
    return (row.seq, row.created_at, row.id)


def latest(rows: Iterable[R]) -> R | None:
    """The row in force: highest seq, then latest time, then highest id."""
    return max(rows, key=history_key, default=None)


@dataclass(frozen=True, slots=True)
class Derived:
    status: str
    seq: int  # the next change is written with seq + 1
    concurrent: bool  # two tills changed it from the same point while offline


def derive(rows: Sequence[HistoryRow]) -> Derived | None:
    top = latest(rows)
    if top is None:
        return None
    seqs = [r.seq for r in rows]
    return Derived(top.new_status, top.seq, len(seqs) != len(set(seqs)))
