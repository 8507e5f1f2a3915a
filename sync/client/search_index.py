"""Product search during large pages: index a page's products with one set-based statement.

The search triggers (store/ddl.py) re-index a product row by row: three statements per
insert, several times the cost of the insert itself. For a page of thousands of products the
page's transaction drops the two product triggers, writes the rows, indexes exactly those
products with the statement ``store.ddl`` uses for a full rebuild (limited to the page's ids),
and creates the triggers again from their stored SQL. It is all one SQLite transaction (DDL
included), so a crash leaves the triggers as they were; other writers queue on the write lock
meanwhile, so no product is ever written without its index entry.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Final

from sqlalchemy import Connection

from pos_desktop.store.ddl import REBUILD_PRODUCT_SEARCH

log = logging.getLogger(__name__)

MIN_ROWS: Final = 200  # below this the triggers are cheaper than the DDL round trip
TRIGGERS: Final = ("products_fts_ai", "products_fts_au")
_JOIN: Final = "JOIN product_search_docids AS d ON d.product_id = p.id"
_PAGE_IDS: Final = "(SELECT value FROM json_each(?))"

_REBUILD_ROWS = next(
    (s for s in REBUILD_PRODUCT_SEARCH if s.startswith("INSERT INTO products_fts ")), ""
)
_USABLE = _REBUILD_ROWS.endswith(_JOIN)  # the shape this module extends; else keep triggers
_STATEMENTS: Final = (
    "INSERT OR IGNORE INTO product_search_docids (product_id) SELECT value FROM json_each(?)",
    "DELETE FROM products_fts WHERE rowid IN (SELECT docid FROM product_search_docids"
    f" WHERE product_id IN {_PAGE_IDS})",
    f"{_REBUILD_ROWS} WHERE p.id IN {_PAGE_IDS}",
)


def _trigger_sql(conn: Connection) -> list[str] | None:
    found: dict[str, str] = dict(
        conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
            TRIGGERS,
        ).all()
    )
    if set(found) != set(TRIGGERS):
        return None
    return [str(found[name]) for name in TRIGGERS]


@contextmanager
def products_indexed_per_page(
    conn: Connection, rows: int
) -> Iterator[Callable[[Iterable[str]], None]]:
    """Within the block the product triggers are off; call the yielded function with the ids
    written, once, before leaving. Small pages keep the triggers (the function does nothing)."""
    triggers = _trigger_sql(conn) if _USABLE and rows >= MIN_ROWS else None
    if triggers is None:
        yield lambda _ids: None
        return
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    written: list[str] = []
    try:
        yield written.extend
        if written:
            ids = json.dumps(written)
            for statement in _STATEMENTS:
                conn.exec_driver_sql(statement, (ids,))
    finally:
        # Also after an error: the transaction normally rolls back (DDL included), but a
        # caller that recovers and commits must never leave the catalog without triggers.
        for sql in triggers:
            try:
                conn.exec_driver_sql(sql)
            except Exception:
                log.exception("could not restore product search trigger")
