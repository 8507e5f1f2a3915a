"""Builders for the purchasing tests: a supplier, products with a cost, orders in any status."""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from pos_desktop.services.purchase_order_views import PoView
from pos_desktop.services.purchase_orders import (
    PoDraft,
    PoLineDraft,
    create_purchase_order,
    order_purchase_order,
)
from pos_desktop.services.receiving import ReceiptLine, receive_purchase_order
from pos_desktop.services.suppliers import SupplierDraft, create_supplier
from pos_desktop.store.models import AuditLog
from pos_desktop.store.models.inventory import PurchaseOrder, PurchaseOrderLine, StockMovement
from pos_desktop.store.outbox import OutboxEntry
from tests.catalog.factory import make_product
from tests.support.terminal import Terminal

_names = itertools.count(1)


def supplier(terminal: Terminal, name: str | None = None, **fields: Any) -> str:
    name = name or f"Ceylon Foods {next(_names)} (Pvt) Ltd"
    return create_supplier(
        terminal.ctx, terminal.manager, SupplierDraft(name, **fields)
    ).supplier.id


def product(terminal: Terminal, cost_minor: int | None = 10_000, **fields: Any) -> str:
    return make_product(terminal, cost_minor=cost_minor, **fields).id


def draft_po(
    terminal: Terminal,
    supplier_id: str,
    lines: list[tuple[str, int | str | Decimal, int | None]],
    **fields: Any,
) -> PoView:
    draft = PoDraft(
        supplier_id=supplier_id,
        lines=tuple(PoLineDraft(pid, qty, cost) for pid, qty, cost in lines),
        **fields,
    )
    return create_purchase_order(terminal.ctx, terminal.manager, draft).po


def ordered_po(
    terminal: Terminal, supplier_id: str, lines: list[tuple[str, int | str | Decimal, int | None]]
) -> PoView:
    po = draft_po(terminal, supplier_id, lines)
    return order_purchase_order(terminal.ctx, terminal.manager, po.id).po


def receive(terminal: Terminal, po: PoView, *quantities: int | str, **kw: Any) -> PoView:
    """Receive ``quantities`` on the order's lines in line order (0 skips a line)."""
    items = [ReceiptLine(line.id, q) for line, q in zip(po.lines, quantities, strict=False)]
    return receive_purchase_order(terminal.ctx, terminal.manager, po.id, items, **kw).po


def counts(terminal: Terminal) -> dict[str, int]:
    """Rows a refused call must not have added to."""
    with terminal.db.read() as s:
        return {
            model.__tablename__: int(
                s.execute(select(func.count()).select_from(model)).scalar_one()
            )
            for model in (PurchaseOrder, PurchaseOrderLine, StockMovement, AuditLog, OutboxEntry)
        }
