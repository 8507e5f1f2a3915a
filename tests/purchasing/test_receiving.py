"""Receiving against an order: stock in, received quantities, status and the product's cost, all in
one transaction; over-receipt and bad input refused with nothing written."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.services.catalog import get_product
from pos_desktop.services.purchase_order_views import get_purchase_order
from pos_desktop.services.purchase_orders import order_purchase_order
from pos_desktop.services.purchasing_rules import Delivery, weighted_average_cost
from pos_desktop.services.receiving import ReceiptLine, receive_purchase_order
from pos_desktop.services.stock import (
    adjust_stock,
    create_warehouse,
    on_hand_milli,
    receive_stock,
)
from pos_desktop.store.models import AuditLog
from pos_desktop.store.models.inventory import PurchaseOrderStatus as S
from pos_desktop.store.models.inventory import StockMovement
from tests.purchasing.support import counts, draft_po, ordered_po, product, receive, supplier
from tests.support.terminal import Terminal


def expected_cost(on_hand: int, old: int | None, deliveries: list[tuple[int, int]]) -> int:
    """The rule written out again with exact fractions: average of what is on the shelf and
    what arrived, half up; no stock (or none worth anything) to average with: the new cost."""
    qty = sum(q for q, _ in deliveries)
    value = sum((Fraction(q) * c for q, c in deliveries), Fraction(0))
    if on_hand > 0 and old is not None:
        value += Fraction(on_hand) * old
        qty += on_hand
    exact: Fraction = value / qty
    whole = exact.numerator // exact.denominator
    return whole + (1 if exact - whole >= Fraction(1, 2) else 0)


def cost_of(terminal: Terminal, product_id: str) -> int | None:
    with terminal.db.read() as s:
        details = get_product(s, product_id)
    assert details is not None
    return details.cost_minor


def stock(terminal: Terminal, product_id: str, warehouse_id: str | None = None) -> int:
    with terminal.db.read() as s:
        return on_hand_milli(s, product_id, warehouse_id)


def test_partial_then_full_receipt(terminal: Terminal) -> None:
    tea, soap = product(terminal, 50_000), product(terminal, 12_000)
    po = ordered_po(terminal, supplier(terminal), [(tea, 10, 50_000), (soap, 24, 12_000)])
    assert po.total_minor == 10 * 50_000 + 24 * 12_000

    part = receive(terminal, po, 4, 0)
    assert part.status is S.PARTIALLY_RECEIVED and part.received_at is None
    assert [(x.received_milli, x.outstanding_milli) for x in part.lines] == [
        (4_000, 6_000),
        (0, 24_000),
    ]
    assert stock(terminal, tea) == 4_000 and stock(terminal, soap) == 0
    assert part.lines[0].on_hand_milli == 4_000

    done = receive(terminal, part, 6, 24)
    assert done.status is S.RECEIVED and done.received_at is not None
    assert all(x.outstanding_milli == 0 for x in done.lines)
    assert stock(terminal, tea) == 10_000 and stock(terminal, soap) == 24_000
    with terminal.db.read() as s:
        moves = list(
            s.execute(select(StockMovement).where(StockMovement.reference_id == po.id)).scalars()
        )
    assert sorted(m.quantity_milli for m in moves) == [4_000, 6_000, 24_000]
    assert {(m.movement_type, m.reason, m.reference_type) for m in moves} == {
        ("IN", "purchase", "purchase_order")
    }
    assert {m.warehouse_id for m in moves} == {po.warehouse_id}
    assert {m.note for m in moves} == {po.po_number}


def test_goods_go_to_the_orders_warehouse(terminal: Terminal) -> None:
    back = create_warehouse(terminal.ctx, terminal.manager, "Back room", "BACK").warehouse_id
    rice = product(terminal, 20_000)

    po = draft_po(terminal, supplier(terminal), [(rice, 5, None)], warehouse_id=back)
    po = order_purchase_order(terminal.ctx, terminal.manager, po.id).po
    assert po.lines[0].unit_cost_minor == 20_000, "the cost defaults to the product's"
    receive(terminal, po, 5)
    assert stock(terminal, rice, back) == 5_000 and stock(terminal, rice) == 5_000


@pytest.mark.parametrize(
    ("opening", "old_cost", "qty", "unit_cost"),
    [
        (10, 10_000, 5, 13_000),  # plain average: 11,000.00
        (3, 10_001, 7, 10_000),  # 10,000.3 -> 10,000
        (1, 101, 1, 100),  # 100.5 -> 101: half up
        (1, 100, 2, 101),  # 100.666.. -> 101
        (0, 10_000, 4, 12_345),  # nothing on the shelf: the receipt's cost
        (-5, 10_000, 8, 9_000),  # sold before booked in: the receipt's cost
        (2, None, 3, 7_777),  # no cost yet: the receipt's cost
    ],
)
def test_receipt_updates_cost_by_weighted_average(
    terminal: Terminal, opening: int, old_cost: int | None, qty: int, unit_cost: int
) -> None:
    pid = product(terminal, old_cost)
    if opening > 0:
        receive_stock(terminal.ctx, terminal.manager, pid, opening)
    elif opening < 0:
        adjust_stock(terminal.ctx, terminal.manager, pid, opening, reason="sold before delivery")
    po = ordered_po(terminal, supplier(terminal), [(pid, qty, unit_cost)])
    result = receive_purchase_order(
        terminal.ctx, terminal.manager, po.id, [ReceiptLine(po.lines[0].id, qty)]
    )
    want = expected_cost(opening * 1000, old_cost, [(qty * 1000, unit_cost)])
    assert cost_of(terminal, pid) == want
    assert stock(terminal, pid) == (opening + qty) * 1000
    if want != old_cost:
        [change] = result.cost_changes
        assert (change.old_cost_minor, change.new_cost_minor) == (old_cost, want)
        with terminal.db.read() as s:
            [row] = s.execute(
                select(AuditLog).where(
                    AuditLog.action == "product.cost_change", AuditLog.resource_id == pid
                )
            ).scalars()
        assert row.old_values == {"cost_minor": old_cost}
        assert row.new_values is not None and row.new_values["cost_minor"] == want
        assert row.new_values["po_number"] == po.po_number


def test_actual_cost_on_delivery_overrides_the_ordered_cost(terminal: Terminal) -> None:
    pid = product(terminal, 10_000)
    receive_stock(terminal.ctx, terminal.manager, pid, 6)
    po = ordered_po(terminal, supplier(terminal), [(pid, 4, 10_000)])
    receive_purchase_order(
        terminal.ctx, terminal.manager, po.id, [ReceiptLine(po.lines[0].id, 4, 11_250)]
    )
    assert cost_of(terminal, pid) == expected_cost(6_000, 10_000, [(4_000, 11_250)]) == 10_500
    with terminal.db.read() as s:
        [move] = s.execute(
            select(StockMovement).where(StockMovement.reference_id == po.id)
        ).scalars()
    assert move.unit_cost_minor == 11_250 and move.currency == "LKR"


def test_two_deliveries_average_in_turn(terminal: Terminal) -> None:
    pid = product(terminal, 10_000)
    receive_stock(terminal.ctx, terminal.manager, pid, 10)
    po = ordered_po(terminal, supplier(terminal), [(pid, 10, 12_000)])
    receive_purchase_order(
        terminal.ctx, terminal.manager, po.id, [ReceiptLine(po.lines[0].id, 3, 12_000)]
    )
    first = expected_cost(10_000, 10_000, [(3_000, 12_000)])
    assert cost_of(terminal, pid) == first
    receive_purchase_order(
        terminal.ctx, terminal.manager, po.id, [ReceiptLine(po.lines[0].id, 7, 13_000)]
    )
    assert cost_of(terminal, pid) == expected_cost(13_000, first, [(7_000, 13_000)])


def test_over_receipt_is_refused_with_nothing_written(terminal: Terminal) -> None:
    pid, other = product(terminal, 10_000), product(terminal, 5_000)
    po = ordered_po(terminal, supplier(terminal), [(other, 2, None), (pid, 5, 15_000)])
    before = counts(terminal)
    with pytest.raises(ConflictError, match="only 5 outstanding") as refused:
        receive(terminal, po, 2, 6)  # the first line is fine, the second is one too many
    assert refused.value.code == "over_receipt"
    assert counts(terminal) == before
    assert stock(terminal, pid) == 0 and stock(terminal, other) == 0
    assert cost_of(terminal, pid) == 10_000 and cost_of(terminal, other) == 5_000
    after = get_purchase_order(terminal.ctx, terminal.manager, po.id)
    assert after.status is S.ORDERED and not after.received_anything


def test_over_receipt_accepted_when_confirmed(terminal: Terminal) -> None:
    pid = product(terminal, 10_000)
    po = ordered_po(terminal, supplier(terminal), [(pid, 5, None)])
    done = receive(terminal, po, 6, allow_over_receipt=True)
    assert done.status is S.RECEIVED and done.lines[0].received_milli == 6_000
    assert stock(terminal, pid) == 6_000


@pytest.mark.parametrize(
    ("quantities", "error", "message"),
    [
        ((0,), ValidationError, "at least one line"),
        (("1.5",), ValidationError, "whole number"),
        (("-1",), ValidationError, "positive"),
        (("abc",), ValidationError, "not a quantity"),
    ],
)
def test_bad_deliveries_write_nothing(
    terminal: Terminal, quantities: tuple[str | int, ...], error: type[Exception], message: str
) -> None:
    pid = product(terminal)
    po = ordered_po(terminal, supplier(terminal), [(pid, 5, None)])
    before = counts(terminal)
    with pytest.raises(error, match=message):
        receive(terminal, po, *quantities)
    assert counts(terminal) == before


def test_a_line_of_another_order_or_a_negative_cost_is_refused(terminal: Terminal) -> None:
    pid = product(terminal)
    sid = supplier(terminal)
    po, other = (
        ordered_po(terminal, sid, [(pid, 5, None)]),
        ordered_po(terminal, sid, [(pid, 1, None)]),
    )
    before = counts(terminal)
    with pytest.raises(NotFoundError):
        receive_purchase_order(
            terminal.ctx, terminal.manager, po.id, [ReceiptLine(other.lines[0].id, 1)]
        )
    with pytest.raises(ValidationError, match="zero or more"):
        receive_purchase_order(
            terminal.ctx, terminal.manager, po.id, [ReceiptLine(po.lines[0].id, 1, -5)]
        )
    assert counts(terminal) == before


def test_weighed_goods_take_grams(terminal: Terminal) -> None:
    dhal = product(terminal, 40_000, is_weighed=True)
    po = ordered_po(terminal, supplier(terminal), [(dhal, "25.5", 40_000)])
    assert po.total_minor == 1_020_000
    part = receive(terminal, po, "10.250")
    assert part.lines[0].received_milli == 10_250 and stock(terminal, dhal) == 10_250


@given(
    on_hand=st.integers(-10_000_000, 10_000_000),
    old=st.one_of(st.none(), st.integers(0, 10**9)),
    deliveries=st.lists(
        st.tuples(st.integers(1, 10_000_000), st.integers(0, 10**9)), min_size=1, max_size=4
    ),
)
def test_weighted_average_matches_an_independent_computation(
    on_hand: int, old: int | None, deliveries: list[tuple[int, int]]
) -> None:
    got = weighted_average_cost(on_hand, old, [Delivery(q, c) for q, c in deliveries])
    assert got == expected_cost(on_hand, old, deliveries)
    costs = [c for _, c in deliveries] + ([old] if old is not None and on_hand > 0 else [])
    assert min(costs) <= got <= max(costs), "an average lies between what it averages"
