"""Payload JSON <-> column values, by column type.

A push entry's payload is the terminal's row as JSON (``pos_desktop.store.outbox.row_payload``):
datetimes as ISO 8601 with offset, dates as ISO dates, ``DecimalText`` as strings, JSON columns
as JSON. ``to_values`` turns it into the values HQ writes, or raises ``Invalid`` with a reason a
manager can read (the entry is quarantined). ``to_wire`` is the reverse, for pull and snapshot.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Date,
    DateTime,
    Integer,
    String,
    Table,
    Text,
    type_coerce,
)

from pos_desktop.store.types import DecimalText, JSONText, UTCDateTime

META_FIELDS = frozenset({"_changed"})
"""Payload keys that are not columns (updates list the fields they changed)."""

INT_MIN, INT_MAX = -(2**63), 2**63 - 1


class Invalid(ValueError):
    """A payload HQ cannot store; ``reason`` says why (it goes to the quarantine)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


Converter = Callable[[str, Any], Any]


def _string(length: int | None) -> Converter:
    def convert(name: str, value: Any) -> Any:
        if not isinstance(value, str):
            raise Invalid(f"{name} must be text")
        if length is not None and len(value) > length:
            raise Invalid(f"{name} is longer than {length} characters")
        if "\x00" in value:
            raise Invalid(f"{name} contains a NUL character")
        return value

    return convert


def _integer(name: str, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(f"{name} must be a whole number")
    if not INT_MIN <= value <= INT_MAX:
        raise Invalid(f"{name} is out of range")
    return value


def _boolean(name: str, value: Any) -> Any:
    if not isinstance(value, bool):
        raise Invalid(f"{name} must be true or false")
    return value


def _datetime(name: str, value: Any) -> Any:
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise Invalid(f"{name} is not an ISO 8601 date and time") from None
    else:
        raise Invalid(f"{name} must be an ISO 8601 date and time")
    if parsed.tzinfo is None:
        raise Invalid(f"{name} has no UTC offset")
    return parsed.astimezone(UTC)


def _date(name: str, value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or len(value) != 10:
        raise Invalid(f"{name} must be an ISO date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Invalid(f"{name} is not a valid date") from None


def _decimal(name: str, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise Invalid(f"{name} must be a decimal number written as text")
    try:
        parsed = Decimal(value) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise Invalid(f"{name} is not a decimal number") from None
    if not parsed.is_finite() or len(str(parsed)) > 40:
        raise Invalid(f"{name} is not a usable decimal number")
    return parsed


def _json(name: str, value: Any) -> Any:
    def check(item: Any, depth: int) -> None:
        if depth > 32:
            raise Invalid(f"{name} is nested too deeply")
        if isinstance(item, float) and not math.isfinite(item):
            raise Invalid(f"{name} holds a number JSON cannot carry")
        if isinstance(item, dict):
            for key, sub in item.items():
                if not isinstance(key, str):
                    raise Invalid(f"{name} has a non-text key")
                check(sub, depth + 1)
        elif isinstance(item, list):
            for sub in item:
                check(sub, depth + 1)
        elif item is not None and not isinstance(item, str | int | float | bool):
            raise Invalid(f"{name} is not JSON")

    check(value, 0)
    return value


def converter_for(column: Column[Any]) -> Converter:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _datetime
    if isinstance(kind, DecimalText):
        return _decimal
    if isinstance(kind, JSONText):
        return _json
    if isinstance(kind, Boolean):
        return _boolean
    if isinstance(kind, Integer):
        return _integer
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, Text):
        return _string(None)
    if isinstance(kind, String):
        return _string(kind.length)
    raise TypeError(f"no payload converter for {column.table.name}.{column.name}: {kind!r}")


def _default(column: Column[Any]) -> Any:
    default = column.default
    if default is None:
        return None
    arg = default.arg  # type: ignore[attr-defined]
    return arg(None) if default.is_callable else arg


@cache
def _plan(table: Table) -> tuple[tuple[str, Converter, Column[Any]], ...]:
    return tuple((c.name, converter_for(c), c) for c in table.columns)


def to_values(table: Table, payload: Mapping[str, Any]) -> dict[str, Any]:
    """Every column of ``table`` from ``payload`` (missing ones take their default)."""
    plan = _plan(table)
    names = {name for name, _, _ in plan}
    for key in payload:
        if key not in names and key not in META_FIELDS:
            raise Invalid(f"{table.name} has no field {key!r}")
    values: dict[str, Any] = {}
    for name, convert, column in plan:
        raw = payload.get(name)
        value = _default(column) if name not in payload else None
        if raw is not None:
            value = convert(name, raw)
        if value is None and not column.nullable:
            raise Invalid(f"{name} is required")
        values[name] = value
    return values


def partial_values(table: Table, payload: Mapping[str, Any]) -> dict[str, Any]:
    """Only the columns present in ``payload``, converted (for edits of existing rows)."""
    plan = {name: (convert, column) for name, convert, column in _plan(table)}
    values: dict[str, Any] = {}
    for key, raw in payload.items():
        if key in META_FIELDS:
            continue
        if key not in plan:
            raise Invalid(f"{table.name} has no field {key!r}")
        convert, column = plan[key]
        value = None if raw is None else convert(key, raw)
        if value is None and not column.nullable:
            raise Invalid(f"{key} is required")
        values[key] = value
    return values


def changed_fields(table: Table, payload: Mapping[str, Any]) -> list[str] | None:
    """The ``_changed`` list of an update (None when absent), checked against the columns."""
    raw = payload.get("_changed")
    if raw is None:
        return None
    if not isinstance(raw, list) or not all(isinstance(f, str) for f in raw):
        raise Invalid("_changed must be a list of field names")
    for name in raw:
        if name not in table.c:
            raise Invalid(f"_changed names {name!r}, which is not a field of {table.name}")
    return list(raw)


def wire_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def to_wire(row: Mapping[str, Any] | Any, hidden: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {k: wire_value(v) for k, v in row.items() if k not in hidden}


def _iso_utc(value: Any) -> Any:
    # Read raw (naive UTC, as UTCDateTime stores it): same text as an aware isoformat().
    return None if value is None else value.isoformat() + "+00:00"


def _iso(value: Any) -> Any:
    return None if value is None else value.isoformat()


def _text(value: Any) -> Any:
    return None if value is None else str(value)


_COMMON_JSON: dict[str, Any] = {"[]": [], "{}": {}, "null": None}


def _json_text(value: Any) -> Any:
    if value is None:
        return None
    common = _COMMON_JSON.get(value, _COMMON_JSON)
    if common is not _COMMON_JSON:
        return type(common)() if common is not None else None  # a fresh [] or {}
    return json.loads(value)


@cache
def _wire_plan(table: Table) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    plan: list[tuple[str, Callable[[Any], Any] | None]] = []
    for column in table.columns:
        kind = column.type
        if isinstance(kind, UTCDateTime):
            plan.append((column.name, _iso_utc))
        elif isinstance(kind, Date):
            plan.append((column.name, _iso))
        elif isinstance(kind, DecimalText):
            plan.append((column.name, _text))
        elif isinstance(kind, JSONText):
            plan.append((column.name, _json_text))
        else:
            plan.append((column.name, None))
    return tuple(plan)


@cache
def wire_columns(table: Table) -> tuple[ColumnElement[Any], ...]:
    """The columns to select for ``table_rows_to_wire``: times, decimals and JSON read raw
    (their Python conversion would only be undone again for the wire)."""
    raw: list[ColumnElement[Any]] = []
    for column in table.columns:
        kind = column.type
        if isinstance(kind, UTCDateTime):
            raw.append(type_coerce(column, DateTime()).label(column.name))
        elif isinstance(kind, DecimalText | JSONText):
            raw.append(type_coerce(column, Text()).label(column.name))
        else:
            raw.append(column)
    return tuple(raw)


def table_rows_to_wire(table: Table, rows: Any) -> list[dict[str, Any]]:
    """Rows selected with ``wire_columns(table)`` as wire dicts (pull and snapshot send
    hundreds of thousands of rows, so only the columns that need it are converted)."""
    plan = _wire_plan(table)
    out = []
    for row in rows:
        item = {}
        for (name, convert), value in zip(plan, row, strict=True):
            item[name] = value if convert is None else convert(value)
        out.append(item)
    return out


def same_content(stored: Mapping[str, Any], incoming: Mapping[str, Any]) -> bool:
    """True when every incoming value equals the stored one (ledger insert-if-new)."""
    for key, value in incoming.items():
        old = stored.get(key)
        if isinstance(value, datetime) and isinstance(old, datetime):
            if value.astimezone(UTC) != old.astimezone(UTC):
                return False
        elif old != value:
            return False
    return True
