"""Adjustments with a reason from a fixed list (plus the manager's own words), as the back
office asks for them. The movement itself is ``services.stock.adjust_stock``; this maps each
reason to its movement kind and writes the reason code into the note and the audit entry, so
reports can group write-offs by cause. Without a reason nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Final

from pos_desktop.core.errors import ValidationError
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.stock import StockResult, adjust_stock
from pos_desktop.store.models.inventory import MovementReason


class AdjustReason(StrEnum):
    DAMAGED = "damaged"
    EXPIRED = "expired"
    THEFT = "theft"
    FOUND = "found"
    CORRECTION = "correction"
    SAMPLE = "sample"  # given away as a tasting or a sample
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ReasonRule:
    kind: MovementReason
    sign: int  # +1 adds stock only, -1 removes only, 0 either way
    needs_text: bool


REASON_RULES: Final[dict[AdjustReason, ReasonRule]] = {
    AdjustReason.DAMAGED: ReasonRule(MovementReason.DAMAGE, -1, False),
    AdjustReason.EXPIRED: ReasonRule(MovementReason.WRITEOFF, -1, False),
    AdjustReason.THEFT: ReasonRule(MovementReason.WRITEOFF, -1, False),
    AdjustReason.SAMPLE: ReasonRule(MovementReason.WRITEOFF, -1, False),
    AdjustReason.FOUND: ReasonRule(MovementReason.ADJUSTMENT, 1, False),
    AdjustReason.CORRECTION: ReasonRule(MovementReason.ADJUSTMENT, 0, False),
    AdjustReason.OTHER: ReasonRule(MovementReason.ADJUSTMENT, 0, True),
}


def adjust_with_reason(
    ctx: ServiceContext,
    actor: Actor,
    product_id: str,
    delta: Decimal | str | int,
    reason: AdjustReason | str | None,
    *,
    note: str = "",
    warehouse_id: str | None = None,
) -> StockResult:
    """Add (``delta`` > 0) or remove stock for ``reason``. Refused, with nothing written, when
    the reason is missing or unknown, when it does not fit the direction (stock is not *found*
    by removing it), or when "other" comes without words."""
    if reason is None or not str(reason).strip():
        raise ValidationError("choose a reason for the adjustment (damaged, expired, found...)")
    try:
        why = AdjustReason(str(reason).strip().lower())
    except ValueError as exc:
        raise ValidationError(f"{reason!r} is not a reason for an adjustment") from exc
    rule = REASON_RULES[why]
    words = " ".join(note.split())
    if rule.needs_text and not words:
        raise ValidationError("say in a few words why the stock is being adjusted")
    try:
        value = Decimal(str(delta).strip()) if not isinstance(delta, Decimal) else delta
    except ArithmeticError as exc:
        raise ValidationError(f"not a quantity: {delta!r}") from exc
    if value.is_finite() and rule.sign and value * rule.sign < 0:
        direction = "adds stock" if rule.sign > 0 else "removes stock"
        raise ValidationError(f"an adjustment for {why.value} {direction}; check the sign")
    text = f"{why.value}: {words}" if words else why.value
    return adjust_stock(
        ctx, actor, product_id, delta, reason=text, kind=rule.kind, warehouse_id=warehouse_id
    )
