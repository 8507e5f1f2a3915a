"""Declarative base and the column mixins every table is built from.

Conventions (DESIGN.md section 3):
- ``id``: UUIDv7 text made on the device.
- ``organization_id`` on every row; ``store_id`` on store-scoped rows; ``device_id`` on rows a
  device makes.
- money columns end in ``_minor`` (integer minor units) next to a ``currency`` column;
  quantities end in ``_milli`` (integer thousandths: 1.250 kg is 1250).
- timestamps are UTC (``UTCDateTime``).
- ``__sync_kind__`` tells the outbox how a table travels to HQ:
  ``"ledger"``  append-only facts, insert-if-new at HQ (sales, movements, loyalty, audit...)
  ``"lww"``     editable on many devices, merged per field by HLC (customers)
  ``"hq"``      HQ-authoritative reference data; local edits are proposals HQ re-broadcasts
  ``None``      device-local, never synced (held tickets, print queue, outbox itself)
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar, Literal

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from pos_desktop.core.clock import utc_now
from pos_desktop.core.ids import new_id
from pos_desktop.store.types import JSONText, UTCDateTime

SyncKind = Literal["ledger", "lww", "hq"] | None

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSONText(),
        list[Any]: JSONText(),
    }

    __sync_kind__: ClassVar[SyncKind] = None

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)

    def to_dict(self) -> dict[str, Any]:
        """Column values by column name (used for sync payloads and audit snapshots)."""
        return {c.key: getattr(self, c.key) for c in self.__mapper__.column_attrs}


class OrgScoped:
    @declared_attr
    def organization_id(cls) -> Mapped[str]:
        return mapped_column(ID, nullable=False, index=True)


class StoreScoped(OrgScoped):
    @declared_attr
    def store_id(cls) -> Mapped[str]:
        return mapped_column(ID, nullable=False, index=True)


class DeviceMade:
    @declared_attr
    def device_id(cls) -> Mapped[str | None]:
        return mapped_column(ID, nullable=True)


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(default=utc_now, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now, nullable=False)


class CreatedAt:
    created_at: Mapped[datetime] = mapped_column(default=utc_now, nullable=False)


class SoftDelete:
    deleted_at: Mapped[datetime | None] = mapped_column(default=None, nullable=True)


class HlcStamped:
    """Rows edited on several devices carry the HLC stamp of their last edit."""

    hlc: Mapped[str | None] = mapped_column(String(48), nullable=True)
