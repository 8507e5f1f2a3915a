"""The back office's product list: filtered, sorted, keyset-paged reads over the whole catalog.

Nothing here loads the catalog: a listing is a count plus one page of ``PAGE`` rows, and the
next page continues after the last row's sort key (``(sort value, id) > (:v, :id)``, a keyset,
so page 1000 costs what page 1 costs when the sort column is indexed). Rows are plain tuples
turned into small frozen dataclasses.

Filters combine with AND: text (the search index over name, SKU, barcode, item code and variant
codes: every typed word must prefix-match, as at the till), category including every
sub-category, status, tax class, "no barcode". Deleted products are never listed.

Plans: a text filter drives the query from the FTS match when it matches few products (the
common case once a word is typed), otherwise from the sort order; a category drives it from
``ix_products_category_id``. ``organization_id`` is written ``+p.organization_id`` so SQLite never
prefers that (one-valued) index over the sort order.
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
# Below this many text matches the FTS result drives the query (a sort of a few thousand rows);
# above it the sort order does (reading rows in order until a page is full).
FTS_DRIVE_LIMIT: Final = 5000
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
_FTS = "SELECT product_id FROM products_fts WHERE products_fts MATCH :match"


@dataclass(frozen=True, slots=True)
class _Query:
    where: list[str]
    params: dict[str, Any]
    fts: str | None  # the MATCH expression when text was typed
    expanding: tuple[str, ...]


def _query(session: Session, organization_id: str, f: ProductFilter) -> _Query:
    if f.sort not in SORT_COLUMNS:
        raise ValidationError(f"cannot sort products by {f.sort!r}")
    where = ["+p.organization_id = :org", "p.deleted_at IS NULL"]
    params: dict[str, Any] = {"org": organization_id}
    expanding: list[str] = []
    match = fts_query(f.text) if f.text.strip() else None
    if f.text.strip() and match is None:
        where.append("0")  # only punctuation typed: nothing can match
    if f.status:
        if f.status not in {s.value for s in ProductStatus}:
            raise ValidationError(f"unknown status {f.status!r}")
        where.append("p.status = :status")
        params["status"] = f.status
    if f.tax_class_id:
        where.append("p.tax_class_id = :tax")
        params["tax"] = f.tax_class_id
    if f.no_barcode:
        where.append("p.barcode IS NULL")
    if f.category_id:
        where.append("p.category_id IN :cats")
        params["cats"] = descendants(session, organization_id, f.category_id)
        expanding.append("cats")
    if match is not None:
        params["match"] = match
    return _Query(where, params, match, tuple(expanding))


def _statement(sql: str, q: _Query) -> Any:
    stmt = text(sql)
    for name in q.expanding:
        stmt = stmt.bindparams(bindparam(name, expanding=True))
    return stmt


def _fts_matches(session: Session, match: str) -> int:
    return int(
        session.execute(
            text("SELECT count(*) FROM products_fts WHERE products_fts MATCH :m"), {"m": match}
        ).scalar_one()
    )


def count_products(
    session: Session, organization_id: str, f: ProductFilter, cap: int | None = None
) -> int:
    """How many products match; with ``cap``, stops counting at ``cap + 1`` (so a caller can
    show "1,000+" at once and ask for the exact figure separately)."""
    q = _query(session, organization_id, f)
    source = "products AS p"
    if q.fts is not None:
        source = f"({_FTS}) AS m CROSS JOIN products AS p ON p.id = m.product_id"
    inner = f"SELECT 1 FROM {source} WHERE {' AND '.join(q.where)}"
    params = dict(q.params)
    if cap is not None:
        inner += " LIMIT :cap"
        params["cap"] = cap + 1
    sql = f"SELECT count(*) FROM ({inner})"
    return int(session.execute(_statement(sql, q), params).scalar_one())


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
    caller counted at most a few thousand matches, so sorting them beats walking an index of
    the sort column (which would visit every product to find a rare status)."""
    limit = max(1, min(limit, MAX_PAGE))
    q = _query(session, organization_id, f)
    column = SORT_COLUMNS[f.sort]
    where, params = list(q.where), dict(q.params)
    if q.fts is not None and f.sort == "name":
        return _text_by_name(session, q, f, after, limit)
    direction = "DESC" if f.descending else "ASC"
    source = "products AS p"
    if after is not None:
        cmp = "<" if f.descending else ">"
        where.append(f"({column}, p.id) {cmp} (:after_v, :after_id)")
        params.update(after_v=after.value, after_id=after.id)
    if q.fts is not None:
        if fts_matches is None:
            fts_matches = _fts_matches(session, q.fts)
        if fts_matches <= FTS_DRIVE_LIMIT:
            # CROSS JOIN fixes the join order in SQLite: read the matches, then their rows.
            source = f"({_FTS}) AS m CROSS JOIN products AS p ON p.id = m.product_id"
        else:
            where.append(f"p.id IN ({_FTS})")
    # A unary + keeps SQLite from walking a sort-column index for a selective filter.
    order = f"{'+' if few else ''}{column} {direction}, p.id {direction}"
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
        matches = _fts_matches(s, q.fts) if q.fts is not None and f.sort != "name" else None
        total = count_products(s, org, f, cap=count_cap)
        page = list_page(s, org, f, None, limit, fts_matches=matches, few=total <= count_cap)
    return ProductListing(f, min(total, count_cap), total <= count_cap, page)


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
    session: Session, q: _Query, f: ProductFilter, after: PageKey | None, limit: int
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
        f"SELECT {_COLUMNS} FROM products AS p WHERE p.id IN :ids AND {' AND '.join(q.where)}",
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
