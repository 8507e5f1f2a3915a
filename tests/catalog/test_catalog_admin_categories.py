"""The category tree: counts, rename, move without cycles, deactivate with or without products."""

from __future__ import annotations

import pytest

from pos_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from pos_desktop.services import catalog_categories as cats
from pos_desktop.services.catalog_refs import create_category
from pos_desktop.store.models.catalog import Category, Product
from tests.catalog.factory import make_product
from tests.support.terminal import Terminal


def _tree(t: Terminal) -> tuple[str, str, str, str]:
    food = create_category(t.ctx, t.manager, "Food").category_id
    dairy = create_category(t.ctx, t.manager, "Dairy", parent_id=food).category_id
    cheese = create_category(t.ctx, t.manager, "Cheese", parent_id=dairy).category_id
    drinks = create_category(t.ctx, t.manager, "Drinks").category_id
    return food, dairy, cheese, drinks


def _parent(t: Terminal, cid: str) -> str | None:
    with t.db.read() as s:
        row = s.get(Category, cid)
        assert row is not None
        return row.parent_id


def test_counts_per_category_and_subtree(terminal: Terminal) -> None:
    food, dairy, cheese, drinks = _tree(terminal)
    for cid in (dairy, cheese, cheese, food):
        make_product(terminal, category_id=cid)
    nodes = {n.id: n for n in cats.list_categories(terminal.ctx)}
    assert (nodes[cheese].direct_products, nodes[cheese].total_products) == (2, 2)
    assert (nodes[dairy].direct_products, nodes[dairy].total_products) == (1, 3)
    assert (nodes[food].direct_products, nodes[food].total_products) == (1, 4)
    assert nodes[drinks].total_products == 0
    order = [n.id for n in cats.list_categories(terminal.ctx)]
    assert order.index(food) < order.index(dairy) < order.index(cheese)


def test_rename_refuses_a_sibling_name_and_separator(terminal: Terminal) -> None:
    food, dairy, _cheese, drinks = _tree(terminal)
    cats.rename_category(terminal.ctx, terminal.manager, dairy, "Milk & Dairy")
    with terminal.db.read() as s:
        row = s.get(Category, dairy)
        assert row is not None and row.name == "Milk & Dairy"
    with pytest.raises(ConflictError):
        cats.rename_category(terminal.ctx, terminal.manager, drinks, "food")
    with pytest.raises(ValidationError):
        cats.rename_category(terminal.ctx, terminal.manager, drinks, "A > B")
    with pytest.raises(ValidationError):
        cats.rename_category(terminal.ctx, terminal.manager, drinks, "   ")
    with pytest.raises(PermissionDenied):
        cats.rename_category(terminal.ctx, terminal.cashier, drinks, "Beverages")
    assert food


def test_move_reparents_and_refuses_cycles(terminal: Terminal) -> None:
    food, dairy, cheese, drinks = _tree(terminal)
    cats.move_category(terminal.ctx, terminal.manager, dairy, drinks)
    assert _parent(terminal, dairy) == drinks
    with pytest.raises(ValidationError, match="inside"):
        cats.move_category(terminal.ctx, terminal.manager, drinks, cheese)
    with pytest.raises(ValidationError):
        cats.move_category(terminal.ctx, terminal.manager, dairy, dairy)
    assert _parent(terminal, drinks) is None  # nothing written by the refusals
    cats.move_category(terminal.ctx, terminal.manager, dairy, None)
    assert _parent(terminal, dairy) is None
    assert food


def test_move_refuses_a_name_clash_at_the_destination(terminal: Terminal) -> None:
    food, dairy, _cheese, drinks = _tree(terminal)
    create_category(terminal.ctx, terminal.manager, "Dairy", parent_id=drinks)
    with pytest.raises(ConflictError):
        cats.move_category(terminal.ctx, terminal.manager, dairy, drinks)
    assert _parent(terminal, dairy) == food


def test_deactivate_refuses_while_products_or_children_use_it(terminal: Terminal) -> None:
    food, dairy, cheese, drinks = _tree(terminal)
    p = make_product(terminal, category_id=cheese)
    with pytest.raises(ConflictError, match="1 products"):
        cats.set_category_active(terminal.ctx, terminal.manager, cheese, False)
    with pytest.raises(ConflictError, match="sub-categories"):
        cats.set_category_active(terminal.ctx, terminal.manager, dairy, False)
    with pytest.raises(ValidationError):
        cats.set_category_active(
            terminal.ctx, terminal.manager, cheese, False, move_products_to=cheese
        )
    result = cats.set_category_active(
        terminal.ctx, terminal.manager, cheese, False, move_products_to=drinks
    )
    assert result.moved_products == 1 and result.changes.touches("products")
    with terminal.db.read() as s:
        row, product = s.get(Category, cheese), s.get(Product, p.id)
        assert row is not None and not row.is_active
        assert product is not None and product.category_id == drinks
    # Now dairy has no active child and no products: it can go; food can't come back under it.
    cats.set_category_active(terminal.ctx, terminal.manager, dairy, False)
    with pytest.raises(ConflictError, match="parent"):
        cats.set_category_active(terminal.ctx, terminal.manager, cheese, True)
    cats.set_category_active(terminal.ctx, terminal.manager, dairy, True)
    cats.set_category_active(terminal.ctx, terminal.manager, cheese, True)
    assert food


def test_descendants_survive_a_cycle_in_pulled_data(terminal: Terminal) -> None:
    food, dairy, cheese, _drinks = _tree(terminal)
    with terminal.db.uow() as uow:  # a broken tree as HQ might send it
        row = uow.session.get(Category, food)
        assert row is not None
        row.parent_id = cheese
        uow.commit()
    with terminal.db.read() as s:
        found = set(cats.descendants(s, terminal.ctx.terminal.organization_id, food))
    assert found == {food, dairy, cheese}
    assert {n.id for n in cats.list_categories(terminal.ctx)} >= {food, dairy, cheese}
