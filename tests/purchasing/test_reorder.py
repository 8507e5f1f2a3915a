"""Suggested orders: max - (on hand + on order) for items at or below their reorder level,
grouped by supplier; drafts made from them count as on order."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.services.catalog import update_product
from pos_desktop.services.catalog_edit import draft_of, get_product
from pos_desktop.services.purchase_order_views import get_purchase_order
from pos_desktop.services.purchase_orders import cancel_purchase_order
from pos_desktop.services.purchasing_rules import suggested_quantity_milli
from pos_desktop.services.reorder import create_suggested_drafts, suggest_orders
from pos_desktop.services.stock import default_warehouse_id, receive_stock
from pos_desktop.store.models.inventory import PurchaseOrderStatus as S
from pos_desktop.store.models.inventory import WarehouseInventory
from tests.purchasing.support import draft_po, ordered_po, product, receive, supplier
from tests.support.terminal import Terminal


def levels(terminal: Terminal, product_id: str, reorder: int | None, maximum: int | None) -> None:
    with terminal.db.uow() as uow:
        s = uow.session
        s.add(
            WarehouseInventory(
                organization_id=terminal.ctx.terminal.organization_id,
                warehouse_id=default_warehouse_id(s, terminal.ctx.terminal.store_id),
                product_id=product_id,
                reorder_level_milli=None if reorder is None else reorder * 1000,
                max_level_milli=None if maximum is None else maximum * 1000,
            )
        )
        uow.commit()


def stocked(terminal: Terminal, supplier_id: str | None, on_hand: int, cost: int = 10_000) -> str:
    pid = product(terminal, cost, supplier_id=supplier_id)
    if on_hand:
        receive_stock(terminal.ctx, terminal.manager, pid, on_hand)
    return pid


def suggested(terminal: Terminal) -> dict[str, int]:
    out = {}
    for group in suggest_orders(terminal.ctx, terminal.manager).groups:
        for line in group.lines:
            out[line.product_id] = line.quantity_milli // 1000
    return out


def test_suggestion_math_counts_open_orders(terminal: Terminal) -> None:
    sid = supplier(terminal)
    low = stocked(terminal, sid, 4)  # at/below reorder 5, max 20: order 16
    at_level = stocked(terminal, sid, 5)  # exactly at the level: order 15
    above = stocked(terminal, sid, 6)  # above: nothing
    coming = stocked(terminal, sid, 2)  # 2 on hand + 6 on order = 8 > 5: nothing
    partly = stocked(terminal, sid, 0)  # 1 received + (4 ordered - 1 received) = 4: order 16
    unset = stocked(terminal, sid, 0)  # no reorder level: never suggested
    for pid in (low, at_level, above, coming, partly):
        levels(terminal, pid, 5, 20)
    levels(terminal, unset, None, 20)
    ordered_po(terminal, sid, [(coming, 6, None)])
    receive(terminal, ordered_po(terminal, sid, [(partly, 4, None)]), 1)
    assert suggested(terminal) == {low: 16, at_level: 15, partly: 16}


def test_cancelled_and_received_orders_are_not_on_order(terminal: Terminal) -> None:
    sid = supplier(terminal)
    pid = stocked(terminal, sid, 1)
    levels(terminal, pid, 5, 12)
    draft = draft_po(terminal, sid, [(pid, 3, None)])
    assert suggested(terminal) == {pid: 8}, "12 - (1 + 3 on a draft)"
    cancel_purchase_order(terminal.ctx, terminal.manager, draft.id)
    assert suggested(terminal) == {pid: 11}
    done = ordered_po(terminal, sid, [(pid, 2, None)])
    receive(terminal, done, 2)  # received: now on hand, not on order
    assert suggested(terminal) == {pid: 9}
    big = ordered_po(terminal, sid, [(pid, 3, None)])  # 3 + 3 coming = 6 > 5: nothing
    assert suggested(terminal) == {}
    cancel_purchase_order(terminal.ctx, terminal.manager, big.id)
    assert suggested(terminal) == {pid: 9}


def test_without_a_maximum_the_stock_goes_just_above_the_level(terminal: Terminal) -> None:
    pid = stocked(terminal, supplier(terminal), 3)
    levels(terminal, pid, 5, None)
    assert suggested(terminal) == {pid: 3}


def test_groups_by_supplier_and_makes_one_draft_each(terminal: Terminal) -> None:
    tea_co, soap_co = supplier(terminal, "Tea Co"), supplier(terminal, "Soap Co")
    tea, milk = stocked(terminal, tea_co, 0, 50_000), stocked(terminal, tea_co, 1, 30_000)
    soap = stocked(terminal, soap_co, 2, 9_000)
    orphan = stocked(terminal, None, 0)
    for pid in (tea, milk, soap, orphan):
        levels(terminal, pid, 2, 10)
    suggestions = suggest_orders(terminal.ctx, terminal.manager)
    assert [(g.supplier_name, len(g.lines)) for g in suggestions.groups] == [
        ("Soap Co", 1),
        ("Tea Co", 2),
        ("", 1),
    ]
    assert suggestions.groups[1].total.minor == 10 * 50_000 + 9 * 30_000

    made = create_suggested_drafts(terminal.ctx, terminal.manager, suggestions)
    assert len(made.po_ids) == 2 and made.skipped_without_supplier == 1
    pos = [get_purchase_order(terminal.ctx, terminal.manager, i) for i in made.po_ids]
    assert {p.supplier_name: p.status for p in pos} == {"Soap Co": S.DRAFT, "Tea Co": S.DRAFT}
    by_product = {line.product_id: line for p in pos for line in p.lines}
    assert by_product[tea].ordered_milli == 10_000 and by_product[tea].unit_cost_minor == 50_000
    assert by_product[soap].ordered_milli == 8_000
    assert suggested(terminal) == {orphan: 10}, "drafts count as on order"


def test_drafts_for_chosen_suppliers_only(terminal: Terminal) -> None:
    a, b = supplier(terminal), supplier(terminal)
    pa, pb = stocked(terminal, a, 0), stocked(terminal, b, 0)
    levels(terminal, pa, 1, 4)
    levels(terminal, pb, 1, 4)
    made = create_suggested_drafts(
        terminal.ctx, terminal.manager, suggest_orders(terminal.ctx, terminal.manager), [b]
    )
    assert len(made.po_ids) == 1
    assert suggested(terminal) == {pa: 4}


def test_inactive_products_are_left_out(terminal: Terminal) -> None:
    pid = stocked(terminal, supplier(terminal), 0)
    levels(terminal, pid, 1, 4)
    with terminal.db.read() as s:
        details = get_product(s, pid)
    assert details is not None
    update_product(
        terminal.ctx, terminal.manager, pid, replace(draft_of(details), status="INACTIVE")
    )
    assert suggested(terminal) == {}


@given(
    on_hand=st.integers(-50_000, 200_000),
    on_order=st.integers(0, 100_000),
    reorder=st.integers(0, 100_000),
    extra=st.integers(0, 100_000),
)
def test_suggested_quantity_property(on_hand: int, on_order: int, reorder: int, extra: int) -> None:
    maximum = reorder + extra
    qty = suggested_quantity_milli(on_hand, on_order, reorder, maximum)
    if on_hand + on_order > reorder:
        assert qty == 0
    else:
        assert qty == maximum - (on_hand + on_order) and qty >= 0
        assert on_hand + on_order + qty == maximum


@pytest.mark.parametrize("maximum", [None, 3])
def test_no_reorder_level_means_no_suggestion(maximum: int | None) -> None:
    assert suggested_quantity_milli(-5_000, 0, None, maximum) == 0
