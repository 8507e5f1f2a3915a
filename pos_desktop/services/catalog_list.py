"""The back office's product list: filtered, sorted, keyset-paged reads over the whole catalog.

Nothing here loads the catalog: a listing is a count plus one page of ``PAGE`` rows, and the
next page continues after the last row's sort key (``(sort value, id) > (:v, :id)``, a keyset,
so page 1000 costs what page 1 costs when the sort column is indexed). Rows are plain tuples
turned into small frozen dataclasses.

Filters combine with AND: text (the search index over name, SKU, barcode, item code and variant
codes: every typed word must prefix-match, as at the till), category including every
sub-category, status, tax class, "no barcode". Deleted products are never listed.

Plans (every first page an index read, checked with EXPLAIN QUERY PLAN in
tests/catalog/test_catalog_list_plans.py): each filter's own match count is read from its index,
capped at ``DRIVE_LIMIT`` (text: the FTS doclists; category: ``ix_products_category_id``;
status: ``ix_products_status``; tax class; "no barcode": ``ix_products_barcode``). The filter
matching fewest products drives the count, and drives the page too when it matches at most
``DRIVE_LIMIT`` products or the count found at most ``COUNT_CAP``: its rows are read and sorted.
Otherwise the sort column's index is walked (``ix_products_name`` (name, id),
``ix_products_price`` (price_minor, id), the SKU key), or, sorted by name with a one-valued
status, tax class or category filter, that filter's ``(column, name, id)`` index, so a page
reads about ``PAGE`` rows. Every other filter is written with a unary + (no index) so SQLite
never mixes plans; a text filter then tests each row against the match's FTS rowids.
``organization_id`` is always ``+p.organization_id`` (a terminal holds one organization).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.services.catalog import fts_query
from pos_desktop.services.catalog_categories import descendants
from pos_desktop.services.context import ServiceContext
from pos_desktop.store.models.catalog import ProductStatus

PAGE: Final = 200
MAX_PAGE: Final = 1000
# A filter matching at most this many products drives the query (read through its index, then
# sorted); above it the sort column's index is walked, reading rows in order until a page is full.
DRIVE_LIMIT: Final = 5000
# Text matches cluster in name order (typing "di" matches names from "Di..."), so a name-index
# walk can read far more rows than the ratio suggests: text drives up to this many matches.
TEXT_DRIVE_LIMIT: Final = 20_000
# Each filter's own matches are counted up to ESTIMATE_CAP (about 1 ms for a broad filter), and
# up to WIDE_ESTIMATE_CAP when every filter is broader (so the narrower one drives).
ESTIMATE_CAP: Final = 20_000
WIDE_ESTIMATE_CAP: Final = 50_000
COUNT_CAP: Final = 1000

Sort = Literal["name", "sku", "price"]
SORT_COLUMNS: Final = {"name": "p.name", "sku": "p.sku", "price": "p.price_minor"}


@dataclass(frozen=True, slots=True)
class ProductFilter:
    text: str = ""
    category_id: str | None = None  # and its sub-categories
    status: str | None = None  # ACTIVE, INACTIVE, DRAFT; None: any
    tax_class_id: str | None = None
    no_barcode: bool = False
    sort: Sort = "name"
    descending: bool = False


@dataclass(frozen=True, slots=True)
class ProductRow:
    id: str
    sku: str
    name: str
    barcode: str | None
    price_minor: int
    cost_minor: int | None
    currency: str
    status: str
    category_id: str | None
    tax_class_id: str | None
    is_weighed: bool

    def sort_value(self, sort: Sort) -> str | int:
        if sort == "price":
            return self.price_minor
        return self.sku if sort == "sku" else self.name


@dataclass(frozen=True, slots=True)
class PageKey:
    """Where the next page starts: after (value, id) in the listing's order."""

    value: str | int
    id: str


@dataclass(frozen=True, slots=True)
class ProductPage:
    rows: tuple[ProductRow, ...]
    next_after: PageKey | None  # None: this was the last page


@dataclass(frozen=True, slots=True)
class ProductListing:
    """What a filter change shows: how many match and the first page."""

    filter: ProductFilter
    total: int  # at most COUNT_CAP unless exact
    exact: bool  # False: at least ``total`` match ("1,000+")
    page: ProductPage


_COLUMNS = (
    "p.id, p.sku, p.name, p.barcode, p.price_minor, p.cost_minor, p.currency, p.status,"
    " p.category_id, p.tax_class_id, p.is_weighed"
)
# The match's rowids (doclists only) map to products through product_search_docids: reading
# product_id from the FTS table's stored text instead costs about a third more per match.
_FTS_SOURCE = (
    "(SELECT rowid AS docid FROM products_fts WHERE products_fts MATCH :match) AS m"
    " CROSS JOIN product_search_docids AS d ON d.docid = m.docid"
    " CROSS JOIN products AS p ON p.id = d.product_id"
)
# A text filter tested row by row (when another index drives the query): the FTS rowids of the
# match are read once (doclists only, no stored text) and each product's rowid looked up.
_FTS_PROBE = (
    "(SELECT d.docid FROM product_search_docids AS d WHERE d.product_id = p.id)"
    " IN (SELECT rowid FROM products_fts WHERE products_fts MATCH :match)"
)


@dataclass(frozen=True, slots=True)
class _Term:
    """One filter: ``indexed`` lets SQLite use the column's index, ``plain`` tests the same
    thing with that index disabled (unary +), so exactly one index drives each query."""

    key: str  # "text", "category", "status", "tax", "barcode"
    indexed: str  # for "text": unused (the FTS match is the source)
    plain: str
    single: bool  # one value: an index (column, name, id) serves "ORDER BY name, id"


@dataclass(frozen=True, slots=True)
class _Query:
    base: list[str]  # organization, not deleted (never indexed)
    terms: list[_Term]
    params: dict[str, Any]
    fts: str | None  # the MATCH expression when text was typed
    expanding: tuple[str, ...]


def _query(session: Session, organization_id: str, f: ProductFilter) -> _Query:
    if f.sort not in SORT_COLUMNS:
        raise ValidationError(f"cannot sort products by {f.sort!r}")
    base = ["+p.organization_id = :org", "p.deleted_at IS NULL"]
    params: dict[str, Any] = {"org": organization_id}
    terms: list[_Term] = []
    expanding: list[str] = []
    match = fts_query(f.text) if f.text.strip() else None
    if f.text.strip() and match is None:
        base.append("0")  # only punctuation typed: nothing can match
    if f.status:
        if f.status not in {s.value for s in ProductStatus}:
            raise ValidationError(f"unknown status {f.status!r}")
        terms.append(_Term("status", "p.status = :status", "+p.status = :status", True))
        params["status"] = f.status
    if f.tax_class_id:
        terms.append(_Term("tax", "p.tax_class_id = :tax", "+p.tax_class_id = :tax", True))
        params["tax"] = f.tax_class_id
    if f.no_barcode:
        terms.append(_Term("barcode", "p.barcode IS NULL", "+p.barcode IS NULL", False))
    if f.category_id:
        cats = descendants(session, organization_id, f.category_id)
        terms.append(
            _Term("category", "p.category_id IN :cats", "+p.category_id IN :cats", len(cats) == 1)
        )
        params["cats"] = cats
        expanding.append("cats")
    if match is not None:
        terms.append(_Term("text", "", _FTS_PROBE, False))
        params["match"] = match
    return _Query(base, terms, params, match, tuple(expanding))


def _statement(sql: str, q: _Query) -> Any:
    stmt = text(sql)
    for name in q.expanding:
        if f":{name}" in sql:
            stmt = stmt.bindparams(bindparam(name, expanding=True))
    return stmt


def _estimate(session: Session, q: _Query, term: _Term, cap: int) -> int:
    """How many products pass ``term`` alone (at most ``cap``), read from its index only."""
    if term.key == "text":
        inner = "SELECT 1 FROM products_fts WHERE products_fts MATCH :match"
    else:
        inner = f"SELECT 1 FROM products AS p WHERE {term.indexed}"
    sql = f"SELECT count(*) FROM ({inner} LIMIT :cap)"
    return int(session.execute(_statement(sql, q), {**q.params, "cap": cap}).scalar_one())


def _estimates(session: Session, q: _Query, *, refine: bool = False) -> dict[str, int]:
    """Each filter's own match count, capped at ``ESTIMATE_CAP + 1`` (read from its index
    only); with ``refine``, when every filter is over that cap they are counted further so the
    narrower of two broad filters drives a query whose combination may match few."""
    est = {t.key: _estimate(session, q, t, ESTIMATE_CAP + 1) for t in q.terms}
    if refine and len(est) > 1 and min(est.values()) > ESTIMATE_CAP:
        est.update({t.key: _estimate(session, q, t, WIDE_ESTIMATE_CAP + 1) for t in q.terms})
    return est


def _drives(key: str, n: int) -> bool:
    return n <= (TEXT_DRIVE_LIMIT if key == "text" else DRIVE_LIMIT)


# Ties (every filter over the cap): the usually narrower filter drives.
_PREFERENCE: Final = ("barcode", "category", "text", "tax", "status")


def _smallest(est: dict[str, int]) -> str | None:
    return min(est, key=lambda k: (est[k], _PREFERENCE.index(k))) if est else None


def _source(q: _Query, indexed: str | None) -> tuple[str, list[str]]:
    """FROM and WHERE with only the ``indexed`` filter able to use an index (the FTS match
    becomes the source for "text")."""
    source, where = "products AS p", list(q.base)
    for t in q.terms:
        if t.key == indexed and t.key == "text":
            source = _FTS_SOURCE
        else:
            where.append(t.indexed if t.key == indexed else t.plain)
    return source, where


def _count(session: Session, q: _Query, est: dict[str, int], cap: int | None) -> int:
    # Driven by the filter matching the fewest products: when filters combine to few matches,
    # counting reads that filter's products once.
    source, where = _source(q, _smallest(est))
    inner = f"SELECT 1 FROM {source} WHERE {' AND '.join(where)}"
    params = dict(q.params)
    if cap is not None:
        inner += " LIMIT :cap"
        params["cap"] = cap + 1
    sql = f"SELECT count(*) FROM ({inner})"
    return int(session.execute(_statement(sql, q), params).scalar_one())


def count_products(
    session: Session, organization_id: str, f: ProductFilter, cap: int | None = None
) -> int:
    """How many products match; with ``cap``, stops counting at ``cap + 1`` (so a caller can
    show "1,000+" at once and ask for the exact figure separately)."""
    q = _query(session, organization_id, f)
    return _count(session, q, _estimates(session, q, refine=True), cap)


def list_page(
    session: Session,
    organization_id: str,
    f: ProductFilter,
    after: PageKey | None = None,
    limit: int = PAGE,
    *,
    fts_matches: int | None = None,
    few: bool = False,
) -> ProductPage:
    """One page of the listing, starting after ``after`` (None: from the top). ``few``: the
    caller counted at most ``COUNT_CAP`` matches, so sorting them beats walking an index of
    the sort column (which would visit every product to find a rare combination).
    ``fts_matches`` is accepted for compatibility and unused."""
    q = _query(session, organization_id, f)
    return _page(session, q, f, after, limit, _estimates(session, q, refine=few), few)


def _page(
    session: Session,
    q: _Query,
    f: ProductFilter,
    after: PageKey | None,
    limit: int,
    est: dict[str, int],
    few: bool,
) -> ProductPage:
    """Two shapes. Driven: the filter matching fewest products (at most ``DRIVE_LIMIT``, or
    any when the combination is ``few``) is read through its index and its rows sorted
    (``ORDER BY +column``: no sort-index walk). Walked: the sort column's index is read in
    order until the page is full; sorted by name, a one-valued status, tax class or category
    filter walks its ``(column, name, id)`` index instead, so only matching rows are read."""
    limit = max(1, min(limit, MAX_PAGE))
    column = SORT_COLUMNS[f.sort]
    driver = _smallest(est)
    driven = driver is not None and (few or _drives(driver, est[driver]))
    if driven:
        source, where = _source(q, driver)
        if driver == "text" and f.sort == "name":
            return _text_by_name(session, q, f, after, limit, where)
        key_column, plus = f"+{column}", "+"
    else:
        prefix = None
        if f.sort == "name":
            narrow = [t for t in q.terms if t.single]
            prefix = min(narrow, key=lambda t: est[t.key]).key if narrow else None
        source, where = _source(q, prefix)
        key_column, plus = column, ""
    params = dict(q.params)
    direction = "DESC" if f.descending else "ASC"
    if after is not None:
        cmp = "<" if f.descending else ">"
        where.append(f"({key_column}, p.id) {cmp} (:after_v, :after_id)")
        params.update(after_v=after.value, after_id=after.id)
    order = f"{plus}{column} {direction}, p.id {direction}"
    sql = (
        f"SELECT {_COLUMNS} FROM {source} WHERE {' AND '.join(where)} ORDER BY {order} LIMIT :limit"
    )
    params["limit"] = limit + 1  # one more tells whether another page follows
    raw = session.execute(_statement(sql, q), params).all()
    rows = tuple(
        ProductRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], bool(r[10]))
        for r in raw[:limit]
    )
    more = len(raw) > limit
    last = rows[-1] if rows else None
    next_after = PageKey(last.sort_value(f.sort), last.id) if more and last else None
    return ProductPage(rows, next_after)


def list_products(
    ctx: ServiceContext, f: ProductFilter, limit: int = PAGE, *, count_cap: int = COUNT_CAP
) -> ProductListing:
    """First page and a count capped at ``count_cap`` for a filter (what the list runs on the
    read lane per change; ``exact_count`` follows when the cap was reached)."""
    org = ctx.terminal.organization_id
    with ctx.db.read() as s:
        q = _query(s, org, f)
        est = _estimates(s, q, refine=True)
        keys = _matching_keys(s, q, f, est, count_cap)
        if len(keys) <= count_cap:
            # Few: the pass that counted them also read their sort keys; the page is theirs.
            page = _page_of_keys(s, q, f, keys, limit)
        else:
            page = _page(s, q, f, None, limit, est, False)
    total = len(keys)
    return ProductListing(f, min(total, count_cap), total <= count_cap, page)


def _matching_keys(
    session: Session, q: _Query, f: ProductFilter, est: dict[str, int], cap: int
) -> list[tuple[Any, str]]:
    """(sort value, id) of up to ``cap + 1`` matches, read the way ``_count`` reads them."""
    source, where = _source(q, _smallest(est))
    sql = (
        f"SELECT {SORT_COLUMNS[f.sort]}, p.id FROM {source} WHERE {' AND '.join(where)} LIMIT :cap"
    )
    rows = session.execute(_statement(sql, q), {**q.params, "cap": cap + 1}).all()
    return [(r[0], r[1]) for r in rows]


def _page_of_keys(
    session: Session, q: _Query, f: ProductFilter, keys: list[tuple[Any, str]], limit: int
) -> ProductPage:
    """The first page of a few known matches: sorted here (str order is SQLite's BINARY order:
    code points, as UTF-8 bytes compare), rows read by id."""
    limit = max(1, min(limit, MAX_PAGE))
    ordered = sorted(keys, reverse=f.descending)
    wanted = [i for _v, i in ordered[:limit]]
    if not wanted:
        return ProductPage((), None)
    stmt = text(f"SELECT {_COLUMNS} FROM products AS p WHERE p.id IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    by_id = {r[0]: r for r in session.execute(stmt, {"ids": wanted})}
    rows = tuple(
        ProductRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], bool(r[10]))
        for r in (by_id[i] for i in wanted)
    )
    more = len(ordered) > limit
    last = rows[-1]
    return ProductPage(rows, PageKey(last.sort_value(f.sort), last.id) if more else None)


def exact_count(ctx: ServiceContext, f: ProductFilter) -> int:
    with ctx.db.read() as s:
        return count_products(s, ctx.terminal.organization_id, f)


def next_products(
    ctx: ServiceContext, f: ProductFilter, after: PageKey, limit: int = PAGE, *, few: bool = False
) -> ProductPage:
    """The page after ``after``; ``few`` as the first listing said (``ProductListing.exact``)."""
    with ctx.db.read() as s:
        return list_page(s, ctx.terminal.organization_id, f, after, limit, few=few)


def _text_by_name(
    session: Session,
    q: _Query,
    f: ProductFilter,
    after: PageKey | None,
    limit: int,
    where: list[str],
) -> ProductPage:
    """Text filter sorted by name in two steps. The search index keeps its own copy of the
    names, so the matches are sorted there (no product row read), then product rows are read
    for the next few candidates only, the other filters applied, until the page is full.
    (One SQL join would read every matching product row before sorting.)"""
    direction = "DESC" if f.descending else "ASC"
    cmp = "<" if f.descending else ">"
    rows: list[ProductRow] = []
    key = after
    chunk = limit + 1
    by_ids = _statement(
        f"SELECT {_COLUMNS} FROM products AS p WHERE p.id IN :ids AND {' AND '.join(where)}",
        q,
    ).bindparams(bindparam("ids", expanding=True))
    while len(rows) <= limit:
        keyset = "" if key is None else f" AND (name, product_id) {cmp} (:v, :id)"
        params: dict[str, Any] = {"match": q.fts, "n": chunk}
        if key is not None:
            params.update(v=key.value, id=key.id)
        candidates = session.execute(
            text(
                f"SELECT product_id, name FROM products_fts WHERE products_fts MATCH :match"
                f"{keyset} ORDER BY name {direction}, product_id {direction} LIMIT :n"
            ),
            params,
        ).all()
        if not candidates:
            break
        found = {
            r[0]: r
            for r in session.execute(by_ids, {**q.params, "ids": [c[0] for c in candidates]})
        }
        for product_id, _name in candidates:
            r = found.get(product_id)
            if r is not None:
                rows.append(
                    ProductRow(
                        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], bool(r[10])
                    )
                )
        last_id, last_name = candidates[-1]
        key = PageKey(last_name, last_id)
        if len(candidates) < chunk:
            break
        chunk = min(chunk * 4, 20 * MAX_PAGE)  # filters rejected many: read further ahead
    page = tuple(rows[:limit])
    more = len(rows) > limit
    # The FTS copy of a name equals products.name (triggers keep them equal), so the key of
    # the last shown row continues the same order.
    next_after = PageKey(page[-1].name, page[-1].id) if more and page else None
    return ProductPage(page, next_after)
