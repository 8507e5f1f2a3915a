"""The Qt-free queries behind the sync inbox, the indicator and the sign-out warning."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from pos_desktop.core.errors import PermissionDenied
from pos_desktop.services import customers, notifications
from pos_desktop.services.sync_inbox import (
    load_inbox,
    pending_summary,
    unsynced_sales_count,
)
from pos_desktop.store.models import OutboxEntry
from tests.support.terminal import Terminal
from tests.sync_inbox.helpers import (
    ack_all,
    make_duplicates,
    overspend,
    quarantine,
    sell,
    sell_below_zero,
)
from tests.till.shop import build_shop


def test_unsynced_sales_count_follows_the_acknowledgements(terminal: Terminal) -> None:
    shop = build_shop(terminal)
    assert unsynced_sales_count(terminal.db) == 0  # set-up rows are pending, but no sale
    assert pending_summary(terminal.db).count > 0
    ack_all(terminal)
    assert pending_summary(terminal.db).count == 0
    assert pending_summary(terminal.db).oldest_at is None

    first = sell(shop)
    second = sell(shop)
    assert unsynced_sales_count(terminal.db) == 2
    summary = pending_summary(terminal.db)
    assert summary.count > 2  # lines, payments, movements... of both sales
    assert summary.oldest_at is not None

    ack_all(terminal)
    assert unsynced_sales_count(terminal.db) == 0
    third = sell(shop)
    assert unsynced_sales_count(terminal.db) == 1
    assert third.sale_id not in {first.sale_id, second.sale_id}


def test_a_sale_counts_until_every_entry_of_its_transaction_is_acknowledged(
    terminal: Terminal,
) -> None:
    shop = build_shop(terminal)
    ack_all(terminal)
    result = sell(shop)
    # HQ acknowledged the sales row but not yet its lines (the batch was cut after it).
    with terminal.db.uow() as uow:
        uow.session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.entity == "sales", OutboxEntry.entity_id == result.sale_id)
            .values(acked_at=OutboxEntry.created_at, ack_status="applied")
        )
        uow.commit()
    assert unsynced_sales_count(terminal.db) == 1
    ack_all(terminal)
    assert unsynced_sales_count(terminal.db) == 0


def test_a_quarantined_sale_is_in_the_inbox_not_in_the_unsynced_count(
    terminal: Terminal,
) -> None:
    shop = build_shop(terminal)
    ack_all(terminal)
    result = sell(shop)
    quarantine(terminal, result.sale_id, "receipt number already used at HQ")
    ack_all(terminal)  # the rest of the batch went through
    assert unsynced_sales_count(terminal.db) == 0
    inbox = load_inbox(terminal.ctx, terminal.manager)
    assert len(inbox.quarantined) == 1
    entry = inbox.quarantined[0]
    assert entry.entity == "sales"
    assert entry.entity_id == result.sale_id
    assert entry.reason == "receipt number already used at HQ"
    assert entry.label == result.receipt_number
    assert entry.refused_at is not None


def test_alerts_are_sync_negative_stock_and_negative_points_only(terminal: Terminal) -> None:
    shop = build_shop(terminal)
    sell_below_zero(shop)
    with terminal.db.uow() as uow:
        notifications.add_notification(
            uow.session,
            terminal.ctx,
            "SYNC",
            "Coupon over-used",
            "SAVE10 was used 3 times; its limit is 2.",
            data={"kind": "coupon_overuse"},
        )
        notifications.add_notification(
            uow.session, terminal.ctx, "SYSTEM", "Printer", "Printer is out of paper."
        )
        # As services.loyalty writes it when a refreshed balance turns negative.
        notifications.add_notification(
            uow.session,
            terminal.ctx,
            "LOYALTY",
            "Negative loyalty balance",
            "A customer's points balance is -20; review before their next redemption.",
            data={"customer_id": shop.customer_id, "balance": -20},
        )
        notifications.add_notification(
            uow.session,
            terminal.ctx,
            "LOYALTY",
            "Tier reached",
            "Gold tier.",
            data={"customer_id": shop.customer_id, "balance": 300},
        )
        uow.commit()
    alerts = load_inbox(terminal.ctx, terminal.manager).alerts
    assert {(a.type, a.title) for a in alerts} == {
        ("STOCK", "Negative stock: Soap bar"),
        ("SYNC", "Coupon over-used"),
        ("LOYALTY", "Negative loyalty balance"),
    }
    assert next(a for a in alerts if a.type == "SYNC").kind == "coupon_overuse"


def test_negative_balances_by_the_local_cache_or_by_hq(terminal: Terminal) -> None:
    shop = build_shop(terminal)
    a, b = make_duplicates(terminal)
    overspend(terminal, shop.customer_id, local=-40, hq=None)
    overspend(terminal, a, local=None, hq=-15)
    overspend(terminal, b, local=20, hq=5)  # fine on both sides
    rows = {r.customer_id: r for r in load_inbox(terminal.ctx, terminal.manager).negative_balances}
    assert set(rows) == {shop.customer_id, a}
    assert rows[shop.customer_id].local_points == -40
    assert rows[a].hq_points == -15 and rows[a].name == "Sunil Silva"


def test_merge_candidates_by_phone_then_merged_through_the_service(terminal: Terminal) -> None:
    older, newer = make_duplicates(terminal)
    inbox = load_inbox(terminal.ctx, terminal.manager)
    assert len(inbox.merge_candidates) == 1
    group = inbox.merge_candidates[0]
    assert group.reason == "phone"
    assert [c.id for c in group.customers] == [older, newer]

    customers.merge_customers(terminal.ctx, terminal.manager, older, newer, "same person")
    assert load_inbox(terminal.ctx, terminal.manager).merge_candidates == ()


def test_a_cashier_cannot_read_the_inbox(terminal: Terminal) -> None:
    with pytest.raises(PermissionDenied):
        load_inbox(terminal.ctx, terminal.cashier)
    assert load_inbox(terminal.ctx, terminal.admin).is_empty
