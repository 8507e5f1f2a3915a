"""JSON rows from HQ back to the column values of a terminal table, decided by the table.

HQ sends rows as JSON: datetimes and dates as ISO text, decimals as text, booleans as JSON
booleans, JSON columns as nested values. ``TableCodec`` turns a row into the Python values the
table's column types bind (aware UTC datetimes, ``date``, ``Decimal``, ``bool``, ``int``),
precomputed per table so a snapshot of 200,000 rows spends its time in SQLite, not here.
Columns this terminal does not have (a newer HQ) are dropped and reported once; a value that
cannot be converted makes the row invalid (``RowError``), never a crash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, Table

from pos_desktop.store.base import Base
from pos_desktop.store.types import DecimalText, JSONText, UTCDateTime

log = logging.getLogger(__name__)

Converter = Callable[[Any], Any]


class RowError(ValueError):
    """A row HQ sent that this terminal cannot store (the message names the column)."""


def _datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        moment = datetime.fromisoformat(value)
    else:
        raise TypeError("not a datetime")
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    raise TypeError("not a date")


def _decimal(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise TypeError("a boolean is not a decimal")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int | str | float):
        # str() of a float is its shortest repr ("0.18"), never the binary expansion.
        result = Decimal(str(value))
        if not result.is_finite():
            raise ValueError("not a finite decimal")
        return result
    raise TypeError("not a decimal")


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.lower() in ("true", "false", "1", "0"):
        return value.lower() in ("true", "1")
    raise TypeError("not a boolean")


def _integer(value: Any) -> int:
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return int(value)
    raise TypeError("not an integer")


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return str(value)
    raise TypeError("not text")


def converter_for(column_type: Any) -> Converter | None:
    """None: the JSON value is stored as it is (JSON columns)."""
    if isinstance(column_type, UTCDateTime | DateTime):
        return _datetime
    if isinstance(column_type, Date):
        return _date
    if isinstance(column_type, DecimalText):
        return _decimal
    if isinstance(column_type, Boolean):
        return _boolean
    if isinstance(column_type, Integer):
        return _integer
    if isinstance(column_type, JSONText):
        return None
    return _text


class TableCodec:
    """Converts HQ's JSON rows for one table (built once per table, see ``codec_for``)."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.converters: dict[str, Converter | None] = {
            c.name: converter_for(c.type) for c in table.columns
        }
        self.required = frozenset(
            c.name
            for c in table.columns
            if not c.nullable and c.default is None and c.server_default is None
        )
        self._reported: set[str] = set()

    def decode(self, row: dict[str, Any]) -> dict[str, Any]:
        """Column values for ``row``; unknown keys dropped. Raises ``RowError``."""
        out: dict[str, Any] = {}
        converters = self.converters
        for key, value in row.items():
            if key not in converters:
                self._report_unknown(key)
                continue
            conv = converters[key]
            if value is None or conv is None:
                out[key] = value
                continue
            try:
                out[key] = conv(value)
            except (TypeError, ValueError, InvalidOperation) as exc:
                raise RowError(f"{self.table.name}.{key}: {value!r} is not valid ({exc})") from exc
        if not isinstance(out.get("id"), str) or not out["id"]:
            raise RowError(f"{self.table.name}: row without an id")
        return out

    def missing_required(self, values: Iterable[str]) -> list[str]:
        present = set(values)
        return sorted(self.required - present)

    def _report_unknown(self, key: str) -> None:
        if key not in self._reported:
            self._reported.add(key)
            log.info("HQ sent %s.%s, which this terminal does not have: ignored", self.table, key)


_CODECS: dict[str, TableCodec] = {}


def codec_for(entity: str) -> TableCodec | None:
    """The codec of a terminal table by name, or None when this terminal has no such table."""
    codec = _CODECS.get(entity)
    if codec is None:
        table = Base.metadata.tables.get(entity)
        if table is None:
            return None
        codec = _CODECS[entity] = TableCodec(table)
    return codec
