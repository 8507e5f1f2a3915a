"""The purchase-order status flow: every (from, to) pair, through the rules and the services."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from pos_desktop.core.errors import ConflictError
from pos_desktop.services.purchase_order_views import PoView, get_purchase_order
from pos_desktop.services.purchase_orders import (
    PoDraft,
    PoLineDraft,
    cancel_purchase_order,
    close_purchase_order,
    order_purchase_order,
    update_purchase_order,
)
from pos_desktop.services.purchasing_rules import (
    TRANSITIONS,
    check_transition,
    may_transition,
)
from pos_desktop.store.models.inventory import PurchaseOrderStatus as S
from tests.purchasing.support import counts, draft_po, product, receive, supplier
from tests.support.terminal import Terminal

LEGAL = {
    (S.DRAFT, S.ORDERED),
    (S.DRAFT, S.CANCELLED),
    (S.ORDERED, S.PARTIALLY_RECEIVED),
    (S.ORDERED, S.RECEIVED),
    (S.ORDERED, S.CANCELLED),
    (S.PARTIALLY_RECEIVED, S.PARTIALLY_RECEIVED),
    (S.PARTIALLY_RECEIVED, S.RECEIVED),
}
ALL_PAIRS = list(itertools.product(S, S))


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS)
def test_rule_table_allows_exactly_the_documented_pairs(current: S, target: S) -> None:
    assert may_transition(current, target) == ((current, target) in LEGAL)
    if (current, target) in LEGAL:
        assert check_transition("PO-X", current, target) is target
    else:
        with pytest.raises(ConflictError) as refused:
            check_transition("PO-S01-T01-000007", current, target)
        assert "PO-S01-T01-000007" in refused.value.message
        assert "cannot" in refused.value.message


def test_final_statuses_go_nowhere() -> None:
    assert TRANSITIONS[S.RECEIVED] == frozenset() and TRANSITIONS[S.CANCELLED] == frozenset()


# -- the same pairs through the services ---------------------------------------------------------


def _po_in(terminal: Terminal, status: S) -> PoView:
    """An order of two lines (10 each) brought to ``status`` the way a manager would."""
    sid = supplier(terminal)
    po = draft_po(terminal, sid, [(product(terminal), 10, 5_000), (product(terminal), 10, 7_500)])
    if status is S.DRAFT:
        return po
    if status is S.CANCELLED:
        return cancel_purchase_order(terminal.ctx, terminal.manager, po.id).po
    po = order_purchase_order(terminal.ctx, terminal.manager, po.id).po
    if status is S.PARTIALLY_RECEIVED:
        return receive(terminal, po, 5)
    if status is S.RECEIVED:
        return receive(terminal, po, 10, 10)
    return po


def _to(terminal: Terminal, target: S) -> Callable[[PoView], PoView]:
    ctx, manager = terminal.ctx, terminal.manager
    if target is S.ORDERED:
        return lambda po: order_purchase_order(ctx, manager, po.id).po
    if target is S.CANCELLED:
        return lambda po: cancel_purchase_order(ctx, manager, po.id, "not needed").po
    if target is S.PARTIALLY_RECEIVED:
        return lambda po: receive(terminal, po, 1)  # 1 more on line 1: never completes it
    # RECEIVED: everything outstanding arrives
    return lambda po: receive(terminal, po, *(line.outstanding_milli // 1000 for line in po.lines))


SERVICE_PAIRS = [(c, t) for c, t in ALL_PAIRS if t is not S.DRAFT]  # nothing goes back to draft


@pytest.mark.parametrize(("current", "target"), SERVICE_PAIRS)
def test_services_follow_the_flow(terminal: Terminal, current: S, target: S) -> None:
    po = _po_in(terminal, current)
    assert po.status is current
    move = _to(terminal, target)
    if (current, target) in LEGAL:
        assert move(po).status is target
        return
    before = counts(terminal)
    with pytest.raises(ConflictError) as refused:
        move(po)
    assert po.po_number in refused.value.message
    assert counts(terminal) == before, "a refused change writes nothing"
    assert get_purchase_order(terminal.ctx, terminal.manager, po.id).status is current


def test_cancelling_after_goods_arrived_is_refused_with_the_reason(terminal: Terminal) -> None:
    po = _po_in(terminal, S.PARTIALLY_RECEIVED)
    with pytest.raises(ConflictError, match="goods were received"):
        cancel_purchase_order(terminal.ctx, terminal.manager, po.id)


def test_close_short_only_after_a_partial_delivery(terminal: Terminal) -> None:
    ordered = _po_in(terminal, S.ORDERED)
    with pytest.raises(ConflictError, match="cancel it instead"):
        close_purchase_order(terminal.ctx, terminal.manager, ordered.id)
    partial = _po_in(terminal, S.PARTIALLY_RECEIVED)
    closed = close_purchase_order(terminal.ctx, terminal.manager, partial.id, "rest discontinued")
    assert closed.po.status is S.RECEIVED and closed.po.received_at is not None
    assert closed.po.lines[0].outstanding_milli == 5_000, "what never came stays visible"


def test_ordering_stamps_the_time_and_only_drafts_are_edited(terminal: Terminal) -> None:
    po = _po_in(terminal, S.ORDERED)
    assert po.ordered_at is not None
    again = PoDraft(po.supplier_id or "", (PoLineDraft(po.lines[0].product_id, 3),))
    with pytest.raises(ConflictError, match="only a draft can be edited"):
        update_purchase_order(terminal.ctx, terminal.manager, po.id, again)
