"""PO numbers: made on the device, gapless per device, unique, continuing after orders that came
back from HQ; other devices' numbers never collide."""

from __future__ import annotations

from datetime import UTC, datetime

from pos_desktop.services.purchasing_rules import format_po_number, po_counter
from pos_desktop.store.models.inventory import PurchaseOrder
from tests.purchasing.support import draft_po, product, supplier
from tests.support.terminal import Terminal


def _from_hq(terminal: Terminal, number: str) -> None:
    """An order as a pull from HQ would write it (another device's, or this one's from a backup)."""
    ident = terminal.ctx.terminal
    with terminal.db.uow() as uow:
        uow.session.info["sync_apply"] = True
        uow.session.add(
            PurchaseOrder(
                organization_id=ident.organization_id,
                store_id=ident.store_id,
                po_number=number,
                status="DRAFT",
                created_at=datetime(2024, 1, 1, tzinfo=UTC),
                updated_at=datetime(2024, 1, 1, tzinfo=UTC),
            )
        )
        uow.commit()


def test_numbers_follow_the_receipt_pattern_and_count_up(terminal: Terminal) -> None:
    sid, pid = supplier(terminal), product(terminal)
    numbers = [draft_po(terminal, sid, [(pid, 1, None)]).po_number for _ in range(3)]
    ident = terminal.ctx.terminal
    prefix = f"PO-{ident.store_code}-{ident.device_code}-"
    assert numbers == [f"{prefix}000001", f"{prefix}000002", f"{prefix}000003"]


def test_numbers_stay_unique_and_skip_past_this_devices_orders_from_hq(terminal: Terminal) -> None:
    ident = terminal.ctx.terminal
    sid, pid = supplier(terminal), product(terminal)
    _from_hq(terminal, format_po_number(ident.store_code, ident.device_code, 41))
    _from_hq(terminal, format_po_number(ident.store_code, "T09", 900))  # another till
    _from_hq(terminal, format_po_number("S77", ident.device_code, 900))  # another store
    made = [draft_po(terminal, sid, [(pid, 1, None)]).po_number for _ in range(5)]
    counters = [po_counter(n, ident.store_code, ident.device_code) for n in made]
    assert counters == [42, 43, 44, 45, 46]
    assert len(set(made)) == len(made)


def test_counter_grows_past_six_digits(terminal: Terminal) -> None:
    ident = terminal.ctx.terminal
    _from_hq(terminal, format_po_number(ident.store_code, ident.device_code, 999_999))
    made = draft_po(terminal, supplier(terminal), [(product(terminal), 1, None)]).po_number
    assert made == f"PO-{ident.store_code}-{ident.device_code}-1000000"
    again = draft_po(terminal, supplier(terminal), [(product(terminal), 1, None)]).po_number
    assert po_counter(again, ident.store_code, ident.device_code) == 1_000_001
