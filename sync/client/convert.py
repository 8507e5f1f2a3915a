"""JSON rows from HQ to the values SQLite stores for a terminal table, decided by the table.

HQ sends rows as JSON: datetimes and dates as ISO text, decimals as text, booleans as JSON
booleans, JSON columns as nested values. ``TableCodec.decode`` checks each value against its
column's type (an aware UTC datetime, a ``date``, a ``Decimal``, a ``bool``, an ``int``) and
then runs the column type's own bind processing, so the result is exactly what the ORM would
have written (the same datetime text, the same key-sorted JSON) and goes to the driver as it
is: a snapshot of 200,000 rows skips SQLAlchemy's per-row statement machinery. Columns this
terminal does not have (a newer HQ) are dropped and reported once; a value that cannot be
converted makes the row invalid (``RowError``), never a crash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, Table
from sqlalchemy.dialects import sqlite

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


_DIALECT = sqlite.dialect()


def _default_for(column: Any) -> Callable[[], Any] | None:
    """The column's Python-side default, bind-processed like a value HQ sent."""
    default = column.default
    if default is None or not (default.is_scalar or default.is_callable):
        return None
    bind = column.type.dialect_impl(_DIALECT).bind_processor(_DIALECT) or (lambda v: v)
    if default.is_scalar:
        value = default.arg
        return lambda: bind(value)
    make = default.arg
    return lambda: bind(make(None))  # SQLAlchemy wraps defaults to take an execution context


_MEMO_MAX = 4096


def _storage(column_type: Any) -> Converter | None:
    """JSON value -> checked Python value -> the column type's bind processing."""
    check = converter_for(column_type)
    bind: Converter | None = column_type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
    if check is None and bind is None:
        return None
    if check is None:
        assert bind is not None
        if isinstance(column_type, JSONText):
            return _json_storage(bind)
        return bind
    if bind is None:
        return check
    if isinstance(column_type, UTCDateTime | DateTime | Date):
        return _memo(lambda value: bind(check(value)))
    return lambda value: bind(check(value))


def _json_storage(bind: Converter) -> Converter:
    def run(value: Any) -> Any:
        # Most JSON columns hold an empty list or object: skip the encoder for those.
        if value == [] and isinstance(value, list):
            return "[]"
        if value == {} and isinstance(value, dict):
            return "{}"
        return bind(value)

    return run


def _memo(convert: Converter) -> Converter:
    """Rows of one import share timestamps: convert each distinct text once (bounded)."""
    cache: dict[Any, Any] = {}

    def run(value: Any) -> Any:
        try:
            return cache[value]
        except KeyError:
            if len(cache) >= _MEMO_MAX:
                cache.clear()
            cache[value] = result = convert(value)
            return result
        except TypeError:  # unhashable: not a date anyway, let the check say so
            return convert(value)

    return run


class TableCodec:
    """Converts HQ's JSON rows for one table (built once per table, see ``codec_for``)."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.converters: dict[str, Converter | None] = {
            c.name: _storage(c.type) for c in table.columns
        }
        self.defaults: dict[str, Callable[[], Any]] = {
            c.name: fill for c in table.columns if (fill := _default_for(c)) is not None
        }
        self._reported: set[str] = set()

    def decode(self, row: dict[str, Any]) -> dict[str, Any]:
        """Stored column values for ``row``; unknown keys dropped. Raises ``RowError``."""
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

    def with_defaults(self, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` plus the stored defaults of the columns it lacks (for an INSERT)."""
        missing = [name for name in self.defaults if name not in values]
        if not missing:
            return values
        return {**values, **{name: self.defaults[name]() for name in missing}}

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
