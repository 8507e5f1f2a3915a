"""Which database objects Alembic compares: everything but the raw-DDL search tables."""

from __future__ import annotations

from pos_desktop.store.ddl import is_extra_table


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # FTS5 tables, their shadow tables and their indexes are made by raw DDL, not by models.
    table = getattr(obj, "table", None)
    owner = getattr(table, "name", None) if table is not None else name
    return not (is_extra_table(name) or is_extra_table(owner))
