"""Search as you type (FTS5): name prefixes, codes, scripts, ranking, odd input, index upkeep."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from pos_desktop.services.catalog import (
    VariantDraft,
    add_variant,
    deactivate_product,
    draft_of,
    fts_query,
    search_products,
    update_product,
)
from pos_desktop.store.ddl import rebuild_product_search
from pos_desktop.store.models.catalog import Product
from tests.catalog.factory import ean13, make_product
from tests.support.terminal import Terminal


def names(terminal: Terminal, query: str, **kw: object) -> list[str]:
    with terminal.db.read() as s:
        return [h.name for h in search_products(s, query, **kw)]  # type: ignore[arg-type]


def test_finds_by_name_prefix_of_any_word(terminal: Terminal) -> None:
    make_product(terminal, name="Anchor Milk Powder 400g")
    make_product(terminal, name="Maliban Cream Crackers")
    assert names(terminal, "anch") == ["Anchor Milk Powder 400g"]
    assert names(terminal, "Mil") == ["Anchor Milk Powder 400g"]
    assert names(terminal, "anc pow") == ["Anchor Milk Powder 400g"]
    assert names(terminal, "cream crack") == ["Maliban Cream Crackers"]
    assert names(terminal, "anchor crackers") == []


def test_finds_by_sku_and_barcode_exact_matches_first(terminal: Terminal) -> None:
    target = make_product(terminal, name="Kist Jam", sku="KJ-100", barcode=ean13(11))
    make_product(terminal, name="KJ-100 Holder")  # the code also appears in another name
    with terminal.db.read() as s:
        by_sku = search_products(s, "KJ-100")
        by_lower_sku = search_products(s, "kj-100")
        by_barcode = search_products(s, ean13(11))
        by_partial = search_products(s, ean13(11)[:7])
    assert by_sku[0].product_id == target.id and by_sku[0].matched_by == "sku"
    assert len(by_sku) == 2
    assert by_lower_sku[0].product_id == target.id
    assert by_barcode[0].product_id == target.id and by_barcode[0].matched_by == "barcode"
    assert [h.product_id for h in by_partial] == [target.id]


def test_variant_codes_are_searchable(terminal: Terminal) -> None:
    p = make_product(terminal, name="Elephant House Ginger Beer")
    add_variant(
        terminal.ctx, terminal.manager, p.id, VariantDraft("Size", "1 L", "EGB-1L", ean13(12))
    )
    with terminal.db.read() as s:
        exact = search_products(s, ean13(12))
        by_sku_prefix = search_products(s, "EGB-1")
    assert exact[0].variant_id is not None and exact[0].name == "Elephant House Ginger Beer 1 L"
    assert [h.product_id for h in by_sku_prefix] == [p.id]


def test_rename_updates_the_index(terminal: Terminal) -> None:
    p = make_product(terminal, name="Old Name Biscuits")
    update_product(
        terminal.ctx, terminal.manager, p.id, replace(draft_of(p), name="Marie Biscuits")
    )
    assert names(terminal, "old") == []
    assert names(terminal, "marie") == ["Marie Biscuits"]
    assert names(terminal, "bisc") == ["Marie Biscuits"]


def test_sinhala_and_tamil_names_are_searchable_by_word_prefix(terminal: Terminal) -> None:
    make_product(terminal, name="කිරි පිටි 400g")
    make_product(terminal, name="කරවල")  # starts with the same letter, different word
    make_product(terminal, name="சர்க்கரை 1kg")
    assert names(terminal, "කිරි") == ["කිරි පිටි 400g"]
    assert names(terminal, "පිටි") == ["කිරි පිටි 400g"]
    assert names(terminal, "කි") == ["කිරි පිටි 400g"]  # vowel sign stays inside the word
    assert names(terminal, "සීනි") == []
    assert names(terminal, "சர்க்") == ["சர்க்கரை 1kg"]


def test_accents_and_case_do_not_matter(terminal: Terminal) -> None:
    make_product(terminal, name="Café Ceylon Tea")
    assert names(terminal, "CAFE") == ["Café Ceylon Tea"]
    assert names(terminal, "café") == ["Café Ceylon Tea"]


def test_ranking_exact_then_prefix_then_first_word_then_other_words(terminal: Terminal) -> None:
    for name in ["Coconut Milk", "Milk Powder", "Milk", "Milkmaid Condensed", "Fresh Milk 1L"]:
        make_product(terminal, name=name)
    assert names(terminal, "milk") == [
        "Milk",
        "Milk Powder",
        "Milkmaid Condensed",
        "Coconut Milk",
        "Fresh Milk 1L",
    ]


def test_inactive_and_deleted_products_are_left_out(terminal: Terminal) -> None:
    a = make_product(terminal, name="Sunlight Soap")
    b = make_product(terminal, name="Sunlight Lemon")
    make_product(terminal, name="Sunlight Extra")
    deactivate_product(terminal.ctx, terminal.manager, a.id)
    with terminal.db.uow() as uow:
        row = uow.session.get(Product, b.id)
        assert row is not None
        row.deleted_at = terminal.ctx.clock()
        uow.commit()
    assert names(terminal, "sunl") == ["Sunlight Extra"]
    assert sorted(names(terminal, "sunl", include_inactive=True)) == [
        "Sunlight Extra",
        "Sunlight Soap",
    ]


def test_limit_is_respected(terminal: Terminal) -> None:
    for i in range(30):
        make_product(terminal, name=f"Prima Noodles {i}")
    assert len(names(terminal, "prima")) == 20
    assert len(names(terminal, "prima", limit=5)) == 5


def test_queries_are_escaped() -> None:
    assert fts_query('milk "powder') == '"milk"* """powder"*'
    assert fts_query("a OR b") == '"a"* "OR"* "b"*'
    assert fts_query("  -- ** ()  ") is None
    assert fts_query("") is None


ODD = ['"', '""', "AND", "OR", "NOT", "NEAR(", "*", "(", ")", "a:b", "^", "-", "'", "\\",
       "{x}", "name:milk", "🍚", "\x00", "%", "_", "x" * 5000, "NOT milk", "milk OR",
       "\u0dca"]  # fmt: skip


def test_odd_input_never_raises(terminal: Terminal) -> None:
    make_product(terminal, name="Milk")
    with terminal.db.read() as s:
        for query in ODD:
            search_products(s, query)
        assert [h.name for h in search_products(s, "NOT milk")] == []  # NOT is just a word


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=40))
def test_any_text_is_a_safe_query(terminal: Terminal, query: str) -> None:
    with terminal.db.read() as s:
        hits = search_products(s, query)
    assert isinstance(hits, list)


def test_index_matches_a_rebuild_after_many_edits(terminal: Terminal) -> None:
    p = make_product(terminal, name="One", barcode=ean13(20))
    q = make_product(terminal, name="Two")
    update_product(terminal.ctx, terminal.manager, p.id, replace(draft_of(p), sku="ONE-1"))
    add_variant(terminal.ctx, terminal.manager, q.id, VariantDraft("Pack", "6", "TWO-6", ean13(21)))
    sql = text("SELECT rowid, product_id, name, codes FROM products_fts ORDER BY rowid")
    with terminal.db.read() as s:
        before = s.execute(sql).all()
    with terminal.db.engine.begin() as conn:
        rebuild_product_search(conn)
    with terminal.db.read() as s:
        after = s.execute(sql).all()
    assert before == after
    assert {r.product_id for r in after} == {p.id, q.id}
    codes = {r.product_id: r.codes.split() for r in after}
    assert codes[p.id] == ["ONE-1", ean13(20)]
    assert codes[q.id][1:] == ["TWO-6", ean13(21)]


def test_vacuum_keeps_the_index_pointing_at_the_right_products(terminal: Terminal) -> None:
    made = [make_product(terminal, name=f"Vac Item {i}") for i in range(5)]
    with terminal.db.uow() as uow:  # delete a row in the middle so rowids have a gap
        uow.session.execute(text("DELETE FROM products WHERE id = :id"), {"id": made[1].id})
        uow.commit()
    raw = sqlite3.connect(terminal.db.path, isolation_level=None)
    # SQLite may renumber the implicit rowids of text-keyed tables here (it does not always);
    # the search index must not depend on them either way.
    raw.execute("VACUUM")
    raw.close()
    with terminal.db.read() as s:
        hits = search_products(s, "vac item 3")
        everything = search_products(s, "vac")
    assert hits[0].product_id == made[3].id
    expected = {m.id: m.name for m in made if m is not made[1]}
    assert {h.product_id: h.name for h in everything} == expected
