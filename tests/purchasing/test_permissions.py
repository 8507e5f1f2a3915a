"""Only roles with MANAGE_PURCHASING (managers, admins) may read or change purchasing data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pos_desktop.core.errors import PermissionDenied
from pos_desktop.services import purchase_order_views as views
from pos_desktop.services import purchase_orders as orders
from pos_desktop.services import receiving, reorder, suppliers
from pos_desktop.services.context import Actor
from tests.purchasing.support import counts, draft_po, ordered_po, product, supplier
from tests.support.terminal import Terminal


def calls(terminal: Terminal) -> dict[str, Callable[[Actor], Any]]:
    ctx = terminal.ctx
    sid, pid = supplier(terminal), product(terminal)
    draft = draft_po(terminal, sid, [(pid, 2, None)])
    placed = ordered_po(terminal, sid, [(pid, 2, None)])
    po_draft = orders.PoDraft(sid, (orders.PoLineDraft(pid, 1),))
    return {
        "create supplier": lambda a: suppliers.create_supplier(
            ctx, a, suppliers.SupplierDraft("X")
        ),
        "edit supplier": lambda a: suppliers.update_supplier(
            ctx, a, sid, suppliers.SupplierDraft("Y")
        ),
        "deactivate supplier": lambda a: suppliers.set_supplier_active(ctx, a, sid, False),
        "list suppliers": lambda a: suppliers.list_suppliers(ctx, a),
        "create order": lambda a: orders.create_purchase_order(ctx, a, po_draft),
        "edit order": lambda a: orders.update_purchase_order(ctx, a, draft.id, po_draft),
        "order": lambda a: orders.order_purchase_order(ctx, a, draft.id),
        "cancel": lambda a: orders.cancel_purchase_order(ctx, a, draft.id),
        "close": lambda a: orders.close_purchase_order(ctx, a, placed.id),
        "receive": lambda a: receiving.receive_purchase_order(
            ctx, a, placed.id, [receiving.ReceiptLine(placed.lines[0].id, 1)]
        ),
        "list orders": lambda a: views.list_purchase_orders(ctx, a),
        "read order": lambda a: views.get_purchase_order(ctx, a, placed.id),
        "suggest": lambda a: reorder.suggest_orders(ctx, a),
        "make drafts": lambda a: reorder.create_suggested_drafts(
            ctx, a, reorder.Suggestions(placed.warehouse_id or "", ())
        ),
    }


def test_a_cashier_is_refused_everything_and_nothing_is_written(terminal: Terminal) -> None:
    actions = calls(terminal)
    before = counts(terminal)
    for name, call in actions.items():
        with pytest.raises(PermissionDenied, match="not allowed to manage purchasing"):
            call(terminal.cashier)
        assert counts(terminal) == before, name


def test_a_manager_and_an_admin_may(terminal: Terminal) -> None:
    actions = calls(terminal)
    for actor in (terminal.manager, terminal.admin):
        assert actions["list orders"](actor)
        assert actions["suggest"](actor).groups == ()
    assert actions["receive"](terminal.admin).po.lines[0].received_milli == 1_000
