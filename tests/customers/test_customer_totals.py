"""The customer totals cache on a terminal: derived, device-local, never in the outbox.

Standalone (no HQ), ``refresh_customer_totals`` sums the sales the terminal holds. Enrolled, the
stored figure is HQ's count across every store (from the last pull) and each new document of
this till adds its share to it.
"""

from __future__ import annotations

from sqlalchemy import select

from pos_desktop.services import customers as svc
from pos_desktop.store.models import OutboxEntry
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.sales import Sale
from pos_desktop.store.terminal import HQ_URL_KEY, set_meta
from tests.support.terminal import Terminal

_receipts = iter(range(1, 10**6))


def make(terminal: Terminal, name: str = "Nimal Perera") -> str:
    return svc.create_customer(
        terminal.ctx, terminal.cashier, svc.CustomerInput(name=name)
    ).customer.id


def document(terminal: Terminal, customer_id: str, kind: str, total: int) -> Sale:
    ident = terminal.ctx.terminal
    return Sale(
        organization_id=ident.organization_id, store_id=ident.store_id,
        receipt_number=f"S01-T01-{next(_receipts):06d}", kind=kind,
        cashier_id=terminal.cashier.user_id, customer_id=customer_id, currency="LKR",
        subtotal_minor=total, total_minor=total, tax_inclusive=True,
    )  # fmt: skip


def record(terminal: Terminal, customer_id: str, kind: str, total: int) -> None:
    """A sales document of the customer and the refresh, in one transaction (as checkout)."""
    with terminal.db.uow() as uow:
        doc = document(terminal, customer_id, kind, total)
        uow.session.add(doc)
        uow.session.flush()
        svc.refresh_customer_totals(uow.session, terminal.ctx, customer_id, document=doc)
        uow.commit()


def totals(terminal: Terminal, customer_id: str) -> tuple[int, int]:
    with terminal.db.read() as s:
        view = svc.get_customer(s, customer_id)
    return view.total_orders, view.total_spent.minor


def customer_entries(terminal: Terminal) -> list[tuple[str, list[str] | None]]:
    with terminal.db.read() as s:
        rows = s.execute(
            select(OutboxEntry).where(OutboxEntry.entity == "customers").order_by(OutboxEntry.seq)
        ).scalars()
        return [(e.operation, e.payload.get("_changed")) for e in rows]


def enroll(terminal: Terminal) -> None:
    with terminal.db.uow() as uow:
        set_meta(uow.session, HQ_URL_KEY, "https://hq.example.lk")
        uow.commit()


def pull_figure(terminal: Terminal, customer_id: str, orders: int, spent: int) -> None:
    """HQ's count arriving with a pulled customer row (written as the sync applier does)."""
    with terminal.db.uow() as uow:
        uow.session.info["sync_apply"] = True
        row = uow.session.get(Customer, customer_id)
        assert row is not None
        row.total_orders, row.total_spent_minor = orders, spent
        uow.commit()


def test_standalone_terminal_sums_its_sales_and_writes_no_outbox_entry(
    terminal: Terminal,
) -> None:
    c = make(terminal)
    record(terminal, c, "SALE", 100_00)
    record(terminal, c, "SALE", 50_00)
    record(terminal, c, "RETURN", -20_00)
    record(terminal, c, "VOID", -50_00)
    assert totals(terminal, c) == (1, 80_00)
    assert customer_entries(terminal) == [("insert", None)]  # the creation only


def test_standalone_refresh_without_a_document_recounts_the_whole_merge_group(
    terminal: Terminal,
) -> None:
    keep, dup = make(terminal), make(terminal, "N. Perera")
    with terminal.db.uow() as uow:
        uow.session.add_all(
            [document(terminal, keep, "SALE", 10_00), document(terminal, dup, "SALE", 5_00)]
        )
        uow.session.get(Customer, dup).merged_into_id = keep  # type: ignore[union-attr]
        uow.commit()
    with terminal.db.uow() as uow:
        svc.refresh_customer_totals(uow.session, terminal.ctx, dup)  # resolves to the survivor
        uow.commit()
    assert totals(terminal, keep) == (2, 15_00)


def test_enrolled_terminal_adds_each_document_to_hqs_figure(terminal: Terminal) -> None:
    c = make(terminal)
    enroll(terminal)
    pull_figure(terminal, c, 7, 9000_00)  # other stores' sales, counted by HQ
    record(terminal, c, "SALE", 100_00)
    assert totals(terminal, c) == (8, 9100_00)
    record(terminal, c, "RETURN", -30_00)
    assert totals(terminal, c) == (8, 9070_00)
    record(terminal, c, "VOID", -70_00)
    assert totals(terminal, c) == (7, 9000_00)
    # Without a document there is nothing to add: HQ's figure stands.
    with terminal.db.uow() as uow:
        svc.refresh_customer_totals(uow.session, terminal.ctx, c)
        uow.commit()
    assert totals(terminal, c) == (7, 9000_00)
    # HQ's next count replaces the cache whole.
    pull_figure(terminal, c, 9, 9500_00)
    assert totals(terminal, c) == (9, 9500_00)
    assert customer_entries(terminal) == [("insert", None)]


def test_enrolled_terminal_counts_on_the_survivor(terminal: Terminal) -> None:
    keep, dup = make(terminal), make(terminal, "N. Perera")
    enroll(terminal)
    pull_figure(terminal, keep, 3, 300_00)
    with terminal.db.uow() as uow:
        uow.session.info["sync_apply"] = True  # the merge came from another till through HQ
        uow.session.get(Customer, dup).merged_into_id = keep  # type: ignore[union-attr]
        uow.commit()
    record(terminal, dup, "SALE", 25_00)  # a card still naming the old id
    assert totals(terminal, keep) == (4, 325_00)
    assert totals(terminal, dup) == (0, 0)


def test_the_loaded_row_follows_the_cache_in_the_same_transaction(terminal: Terminal) -> None:
    c = make(terminal)
    with terminal.db.uow() as uow:
        row = uow.session.get(Customer, c)
        assert row is not None
        doc = document(terminal, c, "SALE", 40_00)
        uow.session.add(doc)
        svc.refresh_customer_totals(uow.session, terminal.ctx, c, document=doc)
        assert (row.total_orders, row.total_spent_minor) == (1, 40_00)
        assert not uow.session.is_modified(row)  # nothing for the outbox to capture
        uow.commit()
    assert totals(terminal, c) == (1, 40_00)


def test_a_merge_moves_the_totals_without_sending_them(terminal: Terminal) -> None:
    keep, dup = make(terminal), make(terminal, "N. Perera")
    record(terminal, keep, "SALE", 100_00)
    record(terminal, dup, "SALE", 40_00)
    result = svc.merge_customers(terminal.ctx, terminal.manager, keep, dup, "same phone")
    assert (result.customer.total_orders, result.customer.total_spent.minor) == (2, 140_00)
    assert totals(terminal, keep) == (2, 140_00)
    assert totals(terminal, dup) == (0, 0)
    sent = [changed or [] for op, changed in customer_entries(terminal) if op == "update"]
    assert sent, "the merge itself travels"
    assert not any({"total_orders", "total_spent_minor"} & set(fields) for fields in sent)
