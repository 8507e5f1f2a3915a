"""The back-office product list: filters, sorts, keyset pages that cover everything once."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pos_desktop.core.errors import ValidationError
from pos_desktop.services import catalog_list as cl
from pos_desktop.services.catalog_edit import draft_of, update_product
from pos_desktop.services.catalog_refs import create_category, tax_class_by_code
from pos_desktop.store.models.catalog import Product
from tests.catalog.factory import ean13, make_product
from tests.support.terminal import Terminal


def _all(t: Terminal, f: cl.ProductFilter, limit: int) -> list[cl.ProductRow]:
    org = t.ctx.terminal.organization_id
    rows: list[cl.ProductRow] = []
    with t.db.read() as s:
        page = cl.list_page(s, org, f, None, limit)
        rows += page.rows
        while page.next_after is not None:
            page = cl.list_page(s, org, f, page.next_after, limit)
            rows += page.rows
    return rows


@pytest.fixture
def shop(terminal: Terminal) -> dict[str, str]:
    food = create_category(terminal.ctx, terminal.manager, "Food").category_id
    rice = create_category(terminal.ctx, terminal.manager, "Rice", parent_id=food).category_id
    tea = create_category(terminal.ctx, terminal.manager, "Tea").category_id
    names = [
        ("Samba rice 5kg", rice, 1250_00, ean13(1)),
        ("Red rice 1kg", rice, 310_00, None),
        ("Keeri samba rice", rice, 420_00, ean13(2)),
        ("Rice flour", food, 180_00, None),
        ("Dilmah tea 100 bags", tea, 990_00, ean13(3)),
        ("Dilmah tea 50 bags", tea, 560_00, ean13(4)),
        ("Lipton tea 100 bags", tea, 870_00, ean13(5)),
    ]
    ids = {}
    for name, cat, price, code in names:
        ids[name] = make_product(
            terminal, name=name, category_id=cat, price_minor=price, barcode=code
        ).id
    ids.update(food=food, rice=rice, tea=tea)
    return ids


def names(rows: list[cl.ProductRow]) -> list[str]:
    return [r.name for r in rows]


@pytest.mark.parametrize("limit", [1, 2, 3, 50])
@pytest.mark.parametrize("sort", ["name", "sku", "price"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("text", ["", "rice", "tea 100"])
def test_pages_cover_every_match_once_in_order(
    terminal: Terminal,
    shop: dict[str, str],
    limit: int,
    sort: cl.Sort,
    descending: bool,
    text: str,
) -> None:
    f = cl.ProductFilter(text=text, sort=sort, descending=descending)
    rows = _all(terminal, f, limit)
    assert len({r.id for r in rows}) == len(rows)
    keys = [(r.sort_value(sort), r.id) for r in rows]
    assert keys == sorted(keys, reverse=descending)
    with terminal.db.read() as s:
        total = cl.count_products(s, terminal.ctx.terminal.organization_id, f)
    assert total == len(rows)
    expected = {"": 7, "rice": 4, "tea 100": 2}[text]
    assert len(rows) == expected


def test_filters(terminal: Terminal, shop: dict[str, str]) -> None:
    by_cat = _all(terminal, cl.ProductFilter(category_id=shop["food"]), 10)
    assert set(names(by_cat)) == {
        "Samba rice 5kg",
        "Red rice 1kg",
        "Keeri samba rice",
        "Rice flour",
    }  # sub-categories included
    assert names(_all(terminal, cl.ProductFilter(text="dilmah 100"), 10)) == ["Dilmah tea 100 bags"]
    no_code = _all(terminal, cl.ProductFilter(no_barcode=True), 10)
    assert set(names(no_code)) == {"Red rice 1kg", "Rice flour"}
    assert _all(terminal, cl.ProductFilter(text="%%%"), 10) == []
    # Status and tax class
    p = shop["Red rice 1kg"]
    with terminal.db.read() as s:
        row = s.get(Product, p)
        assert row is not None
        from pos_desktop.services.catalog_edit import get_product

        details = get_product(s, p)
        zero = tax_class_by_code(s, terminal.ctx.terminal.organization_id, "ZERO").id
    assert details is not None
    update_product(
        terminal.ctx,
        terminal.manager,
        p,
        replace(draft_of(details), status="DRAFT", tax_class_code="ZERO"),
    )
    assert names(_all(terminal, cl.ProductFilter(status="DRAFT"), 10)) == ["Red rice 1kg"]
    assert names(_all(terminal, cl.ProductFilter(tax_class_id=zero), 10)) == ["Red rice 1kg"]
    assert len(_all(terminal, cl.ProductFilter(status="ACTIVE", text="rice"), 10)) == 3
    with pytest.raises(ValidationError):
        _all(terminal, cl.ProductFilter(status="SOLD"), 10)


def test_listing_caps_the_count_and_exact_count_follows(
    terminal: Terminal, shop: dict[str, str]
) -> None:
    listing = cl.list_products(terminal.ctx, cl.ProductFilter(), limit=2, count_cap=3)
    assert (listing.total, listing.exact) == (3, False)
    assert len(listing.page.rows) == 2 and listing.page.next_after is not None
    assert cl.exact_count(terminal.ctx, cl.ProductFilter()) == 7
    small = cl.list_products(terminal.ctx, cl.ProductFilter(text="lipton"))
    assert (small.total, small.exact, small.page.next_after) == (1, True, None)


def test_few_matches_sort_gives_the_same_pages(terminal: Terminal, shop: dict[str, str]) -> None:
    org = terminal.ctx.terminal.organization_id
    for f in (
        cl.ProductFilter(sort="price"),
        cl.ProductFilter(status="ACTIVE", descending=True),
        cl.ProductFilter(category_id=shop["food"], sort="sku"),
    ):
        with terminal.db.read() as s:
            pages = []
            for few in (False, True):
                page = cl.list_page(s, org, f, None, 2, few=few)
                rows = list(page.rows)
                while page.next_after is not None:
                    page = cl.list_page(s, org, f, page.next_after, 2, few=few)
                    rows += page.rows
                pages.append([r.id for r in rows])
        assert pages[0] == pages[1] and pages[0]
