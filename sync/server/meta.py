"""HQ's own ``MetaData`` and the column helpers its tables are built from.

HQ never uses the terminal's ``Base.metadata``: the business tables are copied into this one
(``schema.py``) and adapted for a multi-tenant PostgreSQL or SQLite database.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Boolean, Column, MetaData, String

from pos_desktop.core.clock import utc_now
from pos_desktop.store.base import NAMING_CONVENTION
from pos_desktop.store.types import JSONText, UTCDateTime

HQ_METADATA = MetaData(naming_convention=NAMING_CONVENTION)

ID_LEN = 36


def id_col() -> Column[str]:
    return Column("id", String(ID_LEN), primary_key=True)


def org_col() -> Column[str]:
    return Column("organization_id", String(ID_LEN), nullable=False)


def ref(name: str, *, nullable: bool = True, index: bool = False) -> Column[str]:
    """A plain id reference (no foreign key: rows arrive in any order)."""
    return Column(name, String(ID_LEN), nullable=nullable, index=index)


def text(name: str, length: int, *, nullable: bool = True, **kw: Any) -> Column[str]:
    return Column(name, String(length), nullable=nullable, **kw)


def integer(name: str, *, nullable: bool = False, default: int | None = 0) -> Column[int]:
    return Column(name, BigInteger(), nullable=nullable, default=default)


def flag(name: str, default: bool) -> Column[bool]:
    return Column(name, Boolean(), nullable=False, default=default)


def moment(name: str, *, nullable: bool = True, now: bool = False) -> Column[Any]:
    return Column(name, UTCDateTime(), nullable=nullable, default=utc_now if now else None)


def json_col(name: str, *, nullable: bool = True, default: Any = None) -> Column[Any]:
    return Column(name, JSONText(), nullable=nullable, default=default)


def timestamps() -> list[Column[Any]]:
    return [
        moment("created_at", nullable=False, now=True),
        moment("updated_at", nullable=False, now=True),
    ]
