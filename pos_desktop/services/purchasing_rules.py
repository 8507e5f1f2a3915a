"""Purchasing rules without a database: the purchase-order status flow, PO numbers, the
weighted-average cost a delivery leaves on a product, and how much a reorder suggests.

Status flow::

    DRAFT ──order──> ORDERED ──receive──> PARTIALLY_RECEIVED ──receive──> RECEIVED
      │                 │  └──────────receive (everything)──────────────────┘
      └──cancel──> CANCELLED <──cancel (nothing received yet)

A partially received order may take further partial deliveries (PARTIALLY_RECEIVED to itself)
and may be closed short (to RECEIVED) when the supplier will not deliver the rest. Received and
cancelled orders are final. Goods already booked into stock cannot be cancelled away: that is a
return to the supplier, a stock movement of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from pos_desktop.core.errors import ConflictError, ValidationError
from pos_desktop.store.models.inventory import PurchaseOrderStatus as Status

# What each status may become. A pair not listed is refused with ``transition_refusal``.
TRANSITIONS: Final[dict[Status, frozenset[Status]]] = {
    Status.DRAFT: frozenset({Status.ORDERED, Status.CANCELLED}),
    Status.ORDERED: frozenset({Status.PARTIALLY_RECEIVED, Status.RECEIVED, Status.CANCELLED}),
    Status.PARTIALLY_RECEIVED: frozenset({Status.PARTIALLY_RECEIVED, Status.RECEIVED}),
    Status.RECEIVED: frozenset(),
    Status.CANCELLED: frozenset(),
}
OPEN_STATUSES: Final = frozenset({Status.ORDERED, Status.PARTIALLY_RECEIVED})
RECEIVABLE: Final = OPEN_STATUSES
EDITABLE: Final = frozenset({Status.DRAFT})

_LABELS: Final = {
    Status.DRAFT: "a draft",
    Status.ORDERED: "ordered",
    Status.PARTIALLY_RECEIVED: "partly received",
    Status.RECEIVED: "fully received",
    Status.CANCELLED: "cancelled",
}
_VERBS: Final = {
    Status.DRAFT: "go back to draft",
    Status.ORDERED: "be ordered",
    Status.PARTIALLY_RECEIVED: "take a partial delivery",
    Status.RECEIVED: "be marked received",
    Status.CANCELLED: "be cancelled",
}


def may_transition(current: Status | str, target: Status | str) -> bool:
    return Status(target) in TRANSITIONS[Status(current)]


def transition_refusal(po_number: str, current: Status | str, target: Status | str) -> str:
    """Why ``current`` cannot become ``target``, in words a manager reads."""
    now, wanted = Status(current), Status(target)
    text = f"purchase order {po_number} is {_LABELS[now]}; it cannot {_VERBS[wanted]}"
    if now is Status.PARTIALLY_RECEIVED and wanted is Status.CANCELLED:
        text += " (goods were received: close it short or return them to the supplier)"
    elif now in (Status.RECEIVED, Status.CANCELLED):
        text += " (it is closed)"
    elif wanted in (Status.PARTIALLY_RECEIVED, Status.RECEIVED) and now is Status.DRAFT:
        text += " (order it first)"
    return text


def check_transition(po_number: str, current: Status | str, target: Status | str) -> Status:
    """The target status, or ConflictError saying why the order cannot move there."""
    if not may_transition(current, target):
        raise ConflictError(transition_refusal(po_number, current, target), code="po_status")
    return Status(target)


# -- PO numbers --------------------------------------------------------------------------------

PO_PREFIX: Final = "PO"
PO_COUNTER_DIGITS: Final = 6
_PO_NUMBER: Final = re.compile(
    r"PO-(?P<store>[A-Z0-9]{1,8})-(?P<device>[A-Z0-9]{1,8})-(?P<n>\d{6,12})"
)


def format_po_number(store_code: str, device_code: str, counter: int) -> str:
    """``PO-S01-T01-000123``: made on the device, unique without asking HQ (like receipts)."""
    if counter < 1:
        raise ValidationError("a purchase order counter starts at 1")
    return f"{PO_PREFIX}-{store_code}-{device_code}-{counter:0{PO_COUNTER_DIGITS}d}"


def po_counter(number: str, store_code: str, device_code: str) -> int | None:
    """The counter of a PO number this device made, else None (other devices, odd text)."""
    match = _PO_NUMBER.fullmatch(number)
    if match is None or (match["store"], match["device"]) != (store_code, device_code):
        return None
    return int(match["n"])


def line_total_minor(quantity_milli: int, unit_cost_minor: int) -> int:
    """Quantity (thousandths) x unit cost, rounded half up to whole minor units."""
    exact = Decimal(quantity_milli) * unit_cost_minor / 1000
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


# -- cost --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Delivery:
    """Goods of one product arriving at one cost (quantity in thousandths, cost per unit)."""

    quantity_milli: int
    unit_cost_minor: int


def weighted_average_cost(
    on_hand_before_milli: int, old_cost_minor: int | None, deliveries: list[Delivery]
) -> int:
    """The product's cost after ``deliveries`` arrive on top of ``on_hand_before_milli``.

    cost = (on_hand_before * old_cost + sum(qty_i * cost_i)) / (on_hand_before + sum(qty_i)),
    rounded once to whole minor units, half up (the rounding Sri Lankan documents use; a cost
    is never negative, so half up is away from zero). When there is no stock worth averaging
    with (on hand zero or negative: the goods were sold before they were booked in, or the
    product has no cost yet) the cost is the deliveries' own average cost: old stock that
    is not there cannot dilute the new price.
    """
    received = sum(d.quantity_milli for d in deliveries)
    if received <= 0 or any(d.quantity_milli <= 0 for d in deliveries):
        raise ValidationError("a delivery has a positive quantity")
    if any(d.unit_cost_minor < 0 for d in deliveries) or (old_cost_minor or 0) < 0:
        raise ValidationError("a cost cannot be negative")
    value = sum(Decimal(d.quantity_milli) * d.unit_cost_minor for d in deliveries)
    quantity = Decimal(received)
    if on_hand_before_milli > 0 and old_cost_minor is not None:
        value += Decimal(on_hand_before_milli) * old_cost_minor
        quantity += on_hand_before_milli
    return int((value / quantity).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# -- reorder -----------------------------------------------------------------------------------


def suggested_quantity_milli(
    on_hand_milli: int,
    on_order_milli: int,
    reorder_level_milli: int | None,
    max_level_milli: int | None,
) -> int:
    """How much to order: ``max - (on hand + on order)`` for an item at or below its reorder
    level (counting what is already on open orders as coming), else 0.

    An item without a reorder level is never suggested. Without a maximum, the order tops the
    stock up to the reorder level plus one (at least one unit, so the item leaves the low list).
    """
    if reorder_level_milli is None:
        return 0
    expected = on_hand_milli + on_order_milli
    if expected > reorder_level_milli:
        return 0
    target = max_level_milli if max_level_milli is not None else reorder_level_milli + 1000
    return max(0, target - expected)
