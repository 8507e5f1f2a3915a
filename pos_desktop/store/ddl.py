"""SQL the ORM cannot express (FTS5 virtual tables and their triggers).

The Alembic migrations execute the same statements, so a migrated database and a test schema
built with ``create_all`` match.

Product search (``products_fts``)
---------------------------------
One FTS5 row per product: ``name`` and ``codes`` (SKU, barcode, in-store item code, and every
variant's SKU and barcode, space separated), plus ``product_id`` stored UNINDEXED so a match
yields the product id without a join. Prefix indexes of 1-3 characters make search-as-you-type
queries like ``"ki"*`` read a ready list instead of scanning the term index.

Why not ``content='products'``: an external-content FTS table is keyed by the content table's
integer rowid, and ``products`` has a text primary key, so its implicit rowid may be renumbered
by VACUUM and the index would silently point at the wrong products. Instead the FTS rowid comes
from ``product_search_docids``, whose ``docid INTEGER PRIMARY KEY`` is a real column that VACUUM
preserves, with ``product_id`` UNIQUE so a trigger finds a product's FTS row by an indexed
lookup (an UNINDEXED FTS column cannot be searched efficiently). The FTS table keeps its own
copy of the text (a few MB for 200k products), which also makes a rebuild a plain query.

Migrations: every statement is idempotent (IF NOT EXISTS). SQLite drops a table's triggers with
the table, so an Alembic batch migration that rebuilds ``products`` or ``product_variants`` must
run ``EXTRA_DDL`` again afterwards (and may call ``rebuild_product_search``). Alembic's
autogenerate should ignore ``products_fts*`` and ``product_search_docids`` (not in metadata).

Tokenizer: unicode61 by default treats combining marks as separators, which splits Sinhala and
Tamil words at every vowel sign (කිරි would become ක + ර); ``categories 'L* N* Co M*'`` keeps
marks inside tokens so those words index whole. ``remove_diacritics 2`` folds Latin accents
(Café matches cafe). Services NFC-normalise names before writing and queries before matching.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text


def _codes(row: str) -> str:
    """SQL for the ``codes`` text of product ``row`` (a trigger alias or table alias)."""
    return (
        f"{row}.sku || ' ' || coalesce({row}.barcode, '') || ' ' || coalesce({row}.item_code, '')"
        " || ' ' || coalesce((SELECT group_concat(coalesce(v.sku, '') || ' ' ||"
        " coalesce(v.barcode, ''), ' ') FROM product_variants AS v"
        f" WHERE v.product_id = {row}.id), '')"
    )


def _index_product(row: str) -> list[str]:
    """Statements (re)indexing product ``row`` (``new``) in products_fts."""
    return [
        f"INSERT OR IGNORE INTO product_search_docids (product_id) VALUES ({row}.id);",
        "DELETE FROM products_fts WHERE rowid ="
        f" (SELECT docid FROM product_search_docids WHERE product_id = {row}.id);",
        "INSERT INTO products_fts (rowid, product_id, name, codes)"
        f" SELECT d.docid, {row}.id, {row}.name, {_codes(row)}"
        f" FROM product_search_docids AS d WHERE d.product_id = {row}.id;",
    ]


def _refresh_codes(product_id: str) -> str:
    """Statement refreshing the codes of one product after a variant change."""
    return (
        f"UPDATE products_fts SET codes = (SELECT {_codes('p')} FROM products AS p"
        f" WHERE p.id = {product_id}) WHERE rowid ="
        f" (SELECT docid FROM product_search_docids WHERE product_id = {product_id});"
    )


def _trigger(name: str, event: str, body: list[str]) -> str:
    return f"CREATE TRIGGER IF NOT EXISTS {name} {event} BEGIN\n  " + "\n  ".join(body) + "\nEND"


PRODUCT_SEARCH_DDL: list[str] = [
    "CREATE TABLE IF NOT EXISTS product_search_docids ("
    " docid INTEGER PRIMARY KEY, product_id VARCHAR(36) NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS products_fts USING fts5("
    " product_id UNINDEXED, name, codes,"
    " tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\","
    " prefix = '1 2 3')",
    _trigger("products_fts_ai", "AFTER INSERT ON products", _index_product("new")),
    _trigger(
        "products_fts_au",
        "AFTER UPDATE OF name, sku, barcode, item_code ON products",
        _index_product("new"),
    ),
    _trigger(
        "products_fts_ad",
        "AFTER DELETE ON products",
        [
            "DELETE FROM products_fts WHERE rowid ="
            " (SELECT docid FROM product_search_docids WHERE product_id = old.id);",
            "DELETE FROM product_search_docids WHERE product_id = old.id;",
        ],
    ),
    _trigger(
        "product_variants_fts_ai",
        "AFTER INSERT ON product_variants",
        [_refresh_codes("new.product_id")],
    ),
    _trigger(
        "product_variants_fts_au",
        "AFTER UPDATE OF sku, barcode, product_id ON product_variants",
        [_refresh_codes("old.product_id"), _refresh_codes("new.product_id")],
    ),
    _trigger(
        "product_variants_fts_ad",
        "AFTER DELETE ON product_variants",
        [_refresh_codes("old.product_id")],
    ),
]

REBUILD_PRODUCT_SEARCH: list[str] = [
    "DELETE FROM products_fts",
    "INSERT OR IGNORE INTO product_search_docids (product_id) SELECT id FROM products",
    "DELETE FROM product_search_docids WHERE product_id NOT IN (SELECT id FROM products)",
    "INSERT INTO products_fts (rowid, product_id, name, codes)"
    f" SELECT d.docid, p.id, p.name, {_codes('p')}"
    " FROM products AS p JOIN product_search_docids AS d ON d.product_id = p.id",
    "INSERT INTO products_fts (products_fts) VALUES ('optimize')",
]
"""Re-derive the whole search index from ``products`` (after a bulk load or if ever in doubt)."""

EXTRA_DDL: list[str] = [*PRODUCT_SEARCH_DDL]


def create_extra(engine: Engine) -> None:
    with engine.begin() as conn:
        for statement in EXTRA_DDL:
            conn.execute(text(statement))


def rebuild_product_search(conn: Connection) -> None:
    """Rebuild products_fts in the caller's transaction."""
    for statement in REBUILD_PRODUCT_SEARCH:
        conn.execute(text(statement))


# Objects the statements above create; Alembic's autogenerate and schema comparison skip them.
EXTRA_TABLES: frozenset[str] = frozenset({"product_search_docids"})
EXTRA_TABLE_PREFIXES: tuple[str, ...] = ("products_fts",)


def is_extra_table(name: str | None) -> bool:
    return name is not None and (name in EXTRA_TABLES or name.startswith(EXTRA_TABLE_PREFIXES))
