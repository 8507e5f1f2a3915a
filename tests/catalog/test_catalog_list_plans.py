"""Product list plans: the index-walk and the filter-driven shapes list the same rows, and each
first page reads an index in order (EXPLAIN QUERY PLAN), as at 200,000 products."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from pos_desktop.services import catalog_list as cl
from pos_desktop.services.catalog_refs import create_category
from tests.catalog.factory import ean13, make_product
from tests.support.terminal import Terminal

WORDS = ["rice", "samba", "dilmah", "tea", "soap", "milk", "red", "keeri"]


@pytest.fixture
def catalog(terminal: Terminal) -> dict[str, str]:
    food = create_category(terminal.ctx, terminal.manager, "Food").category_id
    rice = create_category(terminal.ctx, terminal.manager, "Rice", parent_id=food).category_id
    home = create_category(terminal.ctx, terminal.manager, "Home").category_id
    rng = random.Random(5)
    for n in range(60):
        words = rng.sample(WORDS, 2)
        make_product(
            terminal,
            name=f"{words[0].title()} {words[1]} {rng.randrange(1, 9)}",
            category_id=rng.choice([food, rice, home]),
            price_minor=rng.choice([100_00, 250_00, 990_00, rng.randrange(1, 2000) * 100]),
            barcode=ean13(n + 1) if n % 4 else None,
            status=rng.choice(["ACTIVE", "ACTIVE", "DRAFT"]),
        )
    return {"food": food, "rice": rice, "home": home}


def _filters(cats: dict[str, str]) -> Iterator[cl.ProductFilter]:
    for sort in ("name", "price", "sku"):
        for descending in (False, True):
            for extra in (
                {},
                {"text": "rice"},
                {"text": "r"},
                {"status": "DRAFT"},
                {"status": "ACTIVE", "text": "samba"},
                {"category_id": cats["food"]},
                {"category_id": cats["home"], "status": "ACTIVE"},
                {"no_barcode": True, "text": "tea"},
            ):
                yield cl.ProductFilter(sort=sort, descending=descending, **extra)


def _pages(t: Terminal, f: cl.ProductFilter, few: bool) -> list[str]:
    org = t.ctx.terminal.organization_id
    ids: list[str] = []
    with t.db.read() as s:
        page = cl.list_page(s, org, f, None, 4, few=few)
        ids += [r.id for r in page.rows]
        while page.next_after is not None:
            page = cl.list_page(s, org, f, page.next_after, 4, few=few)
            ids += [r.id for r in page.rows]
    return ids


def test_walked_driven_and_few_shapes_list_the_same_rows(
    terminal: Terminal, catalog: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    driven = {f: _pages(terminal, f, few=False) for f in _filters(catalog)}  # small: driven
    monkeypatch.setattr(cl, "DRIVE_LIMIT", 0)
    monkeypatch.setattr(cl, "TEXT_DRIVE_LIMIT", 0)
    for f, expected in driven.items():
        assert _pages(terminal, f, few=False) == expected, f  # every filter walks
        assert _pages(terminal, f, few=True) == expected, f
        listing = cl.list_products(terminal.ctx, f, limit=4)
        assert [r.id for r in listing.page.rows] == expected[:4], f
        assert listing.total == len(expected) and listing.exact
        assert (listing.page.next_after is None) == (len(expected) <= 4)
    assert any(driven.values()) and not all(len(v) == 60 for v in driven.values())


def _plans(t: Terminal, f: cl.ProductFilter) -> list[str]:
    """The plan of the page query list_products ran (the last SELECT of the products)."""
    seen: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, sql: str, params: Any, *_: Any) -> None:
        if sql.startswith("SELECT p.id"):
            seen.append((sql, params))

    engine = t.db.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        cl.list_products(t.ctx, f, limit=4, count_cap=2)  # over the cap: not "few"
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    sql, params = seen[-1]
    raw = engine.raw_connection()
    try:
        return [r[3] for r in raw.cursor().execute("EXPLAIN QUERY PLAN " + sql, params)]
    finally:
        raw.close()


@pytest.mark.parametrize(
    ("extra", "index"),
    [
        ({}, "ix_products_name"),
        ({"sort": "price"}, "ix_products_price"),
        ({"status": "ACTIVE"}, "ix_products_status"),
        ({"category_id": "home"}, "ix_products_category_id"),
        ({"text": "rice"}, "ix_products_name"),
        ({"text": "rice", "status": "ACTIVE"}, "ix_products_status"),
    ],
)
def test_broad_filters_walk_an_index_in_order(
    terminal: Terminal,
    catalog: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    extra: dict[str, str],
    index: str,
) -> None:
    monkeypatch.setattr(cl, "DRIVE_LIMIT", 0)  # as at 200,000 products: every filter is broad
    monkeypatch.setattr(cl, "TEXT_DRIVE_LIMIT", 0)
    if "category_id" in extra:
        extra = {**extra, "category_id": catalog[extra["category_id"]]}
    plan = " | ".join(_plans(terminal, cl.ProductFilter(**extra)))  # type: ignore[arg-type]
    assert index in plan
    assert "TEMP B-TREE" not in plan


def test_a_narrow_filter_drives_and_sorts(terminal: Terminal, catalog: dict[str, str]) -> None:
    plan = " | ".join(_plans(terminal, cl.ProductFilter(no_barcode=True, sort="price")))
    assert "ix_products_barcode" in plan and "TEMP B-TREE" in plan
