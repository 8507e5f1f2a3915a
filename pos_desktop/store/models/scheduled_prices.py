"""Scheduled price changes: "from this moment on, this product (or variant) costs that".

HQ-authoritative reference data (``__sync_kind__ = "hq"``, ``sync/entities.py``: up and down to
the whole organization), so every till holds every schedule and applies it offline.

Nobody rewrites ``products.price_minor`` at midnight. The price a till sells at is resolved
when it is read (``services/catalog.py``): the newest schedule of the product or variant that
is not cancelled and whose ``effective_from`` is at or before now, else the catalog price. Every
till reaches the same answer from the same rows without writing anything, and the switch
happens at the exact instant rather than when some timer next runs.

A price typed into the catalog by hand after a schedule took effect must win over it: the
``before_flush`` hook below cancels the schedules already due for a product or variant whose
``price_minor`` a local edit changes (``cancel_reason`` "superseded"), in the same flush, so the
cancellation travels with the new price. Schedules still in the future stay.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from sqlalchemy import CheckConstraint, Index, Integer, String, event, inspect, select
from sqlalchemy.orm import InstanceState, Mapped, Session, mapped_column
from sqlalchemy.orm.attributes import History

from pos_desktop.core.clock import utc_now
from pos_desktop.store.base import ID, Base, HlcStamped, OrgScoped, Timestamps
from pos_desktop.store.models.catalog import Product, ProductVariant

SUPERSEDED: Final = "superseded by a catalog price edit"


class ScheduledPrice(OrgScoped, Timestamps, HlcStamped, Base):
    """One price change. ``variant_id`` None: the product's own price (and so the price of its
    variants that have none of their own); else that variant's price."""

    __tablename__ = "scheduled_prices"
    __sync_kind__ = "hq"
    __table_args__ = (
        # The read-time lookup: equality on product and variant (IS NULL uses the index too),
        # then the newest effective_from at or before now; id breaks ties (UUIDv7: creation
        # order), so "newest due" is answered by the index alone.
        Index("ix_scheduled_prices_due", "product_id", "variant_id", "effective_from", "id"),
        Index("ix_scheduled_prices_effective_from", "effective_from"),
        CheckConstraint("price_minor >= 0", name="price_not_negative"),
    )

    product_id: Mapped[str] = mapped_column(ID)
    variant_id: Mapped[str | None] = mapped_column(ID)
    price_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="LKR")
    effective_from: Mapped[datetime] = mapped_column()
    note: Mapped[str | None] = mapped_column(String(500))
    created_by_id: Mapped[str | None] = mapped_column(ID)
    cancelled_at: Mapped[datetime | None] = mapped_column(default=None)
    cancelled_by_id: Mapped[str | None] = mapped_column(ID)
    cancel_reason: Mapped[str | None] = mapped_column(String(200))


def _history(obj: Any, name: str) -> History:
    state: InstanceState[Any] = inspect(obj)
    return state.attrs[name].history


def _price_changed(obj: Any) -> bool:
    history = _history(obj, "price_minor")
    return bool(history.deleted) and history.added != history.deleted


@event.listens_for(Session, "before_flush")
def _supersede_due_schedules(session: Session, _ctx: Any, _instances: Any) -> None:
    if session.info.get("sync_apply"):
        return  # HQ's rows arrive with their own cancellations
    targets: list[tuple[Product | ProductVariant, str, str | None]] = []
    for obj in session.dirty:
        if isinstance(obj, Product) and _price_changed(obj):
            targets.append((obj, obj.id, None))
        elif isinstance(obj, ProductVariant) and _price_changed(obj):
            targets.append((obj, obj.product_id, obj.id))
    clock = session.info.get("hlc")  # the outbox's HLC: stamp what this hook edits as well
    for obj, product_id, variant_id in targets:
        stamped = _history(obj, "updated_at").added
        now = stamped[0] if stamped and stamped[0] is not None else utc_now()
        by = getattr(obj, "updated_by_id", None)
        due = select(ScheduledPrice).where(
            ScheduledPrice.product_id == product_id,
            ScheduledPrice.variant_id.is_(None)
            if variant_id is None
            else ScheduledPrice.variant_id == variant_id,
            ScheduledPrice.cancelled_at.is_(None),
            ScheduledPrice.effective_from <= now,
        )
        with session.no_autoflush:
            for row in session.execute(due).scalars():
                row.cancelled_at, row.cancelled_by_id, row.cancel_reason = now, by, SUPERSEDED
                if clock is not None:
                    row.hlc = clock.now().encode()
