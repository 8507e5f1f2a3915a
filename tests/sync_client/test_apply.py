"""Applying HQ's changes on a real terminal file: kinds, conversions, scope, effects."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from pos_desktop.core.ids import new_id
from pos_desktop.services import catalog_edit, customers, stock
from pos_desktop.store.models import Notification, Store, SyncMeta
from pos_desktop.store.models.catalog import Product, ProductVariant, TaxClass
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.loyalty import CustomerLoyalty
from pos_desktop.store.models.system import CurrencyExchangeRate
from pos_desktop.store.outbox import OutboxEntry
from sync.client.apply import Applier, ApplyReport
from sync.client.effects import follow_up
from sync.client.outbox_io import mark_acked, read_pending
from sync.protocol import Change, EntryResult
from tests.support.terminal import Terminal
from tests.sync_client import rows
from tests.sync_client.helpers import count


def apply(term: Terminal, *changes: tuple[str, str, dict[str, Any] | None]) -> ApplyReport:
    """Apply (entity, op, row-or-id) changes the way a pull page is applied."""
    page = [
        Change(
            version=i + 1,
            entity=entity,
            entity_id=row["id"] if isinstance(row, dict) else str(row),
            op=op,
            row=row if isinstance(row, dict) else None,
        )
        for i, (entity, op, row) in enumerate(changes)
    ]
    with term.db.uow() as uow:
        uow.session.info["sync_apply"] = True
        report = Applier(term.ctx.terminal).apply_changes(uow.session, page)
        follow_up(uow.session, term.ctx, report.loyalty_customers, report.stock)
        uow.commit()
    return report


def ack_everything(term: Terminal) -> None:
    entries = read_pending(term.db, 100_000)
    with term.db.uow() as uow:
        results = [EntryResult(e.op_id, e.seq, "applied") for e in entries]
        mark_acked(uow.session, results, rows.NOW)
        uow.commit()


def org(term: Terminal) -> str:
    return term.ctx.terminal.organization_id


def outbox_size(term: Terminal) -> int:
    return count(term.db, OutboxEntry)


def test_json_values_come_back_as_column_types(terminal: Terminal) -> None:
    before = outbox_size(terminal)
    rate = rows.exchange_rate(org(terminal), "305.125", date(2026, 1, 2))
    tax = rows.tax_class(org(terminal), "VAT8", "0.08")
    item = rows.product(org(terminal), 1, is_weighed=True, unit="kg", tags=["a", "b"])
    item["dimensions"] = {"w": 3}
    item["deleted_at"] = "2026-01-03T04:05:06.789000+00:00"
    report = apply(
        terminal,
        ("currency_exchange_rates", "upsert", rate),
        ("tax_classes", "upsert", tax),
        ("products", "upsert", item),
    )
    assert report.rows == 3 and report.skipped == 0
    with terminal.db.read() as s:
        got_rate = s.get(CurrencyExchangeRate, rate["id"])
        assert got_rate is not None
        assert got_rate.rate == Decimal("305.125") and got_rate.rate_date == date(2026, 1, 2)
        got_tax = s.get(TaxClass, tax["id"])
        assert (
            got_tax is not None and got_tax.rate == Decimal("0.08") and got_tax.is_exempt is False
        )
        got = s.get(Product, item["id"])
        assert got is not None and got.is_weighed is True and got.tags == ["a", "b"]
        assert got.dimensions == {"w": 3}
        assert got.deleted_at == datetime(2026, 1, 3, 4, 5, 6, 789000, tzinfo=UTC)
        assert got.created_at == rows.NOW
    assert outbox_size(terminal) == before  # applied rows are never echoed to HQ


def test_hq_row_wins_and_local_row_with_its_sku_yields(terminal: Terminal) -> None:
    local = catalog_edit.create_product(
        terminal.ctx,
        terminal.admin,
        catalog_edit.ProductDraft(sku="RICE", name="Rice (made offline)", price_minor=100),
    ).product
    with terminal.db.uow() as uow:
        uow.session.add(
            ProductVariant(
                organization_id=org(terminal), product_id=local.id, name="Size", value="5kg"
            )
        )
        uow.commit()
    hq_item = rows.product(org(terminal), 1, sku="RICE", name="Rice 5kg", price_minor=1250_00)
    report = apply(terminal, ("products", "upsert", hq_item))
    assert report.skipped == 0
    with terminal.db.read() as s:
        assert s.get(Product, local.id) is None  # replaced, with its variant
        assert s.execute(select(func.count()).select_from(ProductVariant)).scalar_one() == 0
        got = s.get(Product, hq_item["id"])
        assert got is not None and got.name == "Rice 5kg"
    # A later HQ edit overwrites whatever the terminal holds.
    hq_item["price_minor"] = 1300_00
    apply(terminal, ("products", "upsert", hq_item))
    with terminal.db.read() as s:
        got = s.get(Product, hq_item["id"])
        assert got is not None and got.price_minor == 1300_00


def test_ledger_rows_insert_if_new(terminal: Terminal) -> None:
    cust = customers.create_customer(
        terminal.ctx, terminal.cashier, customers.CustomerInput(name="Nimal")
    ).customer
    entry = rows.hq_row(
        "loyalty_transactions",
        organization_id=org(terminal),
        store_id=new_id(),
        customer_id=cust.id,
        type="EARNED",
        points=40,
    )
    first = apply(terminal, ("loyalty_transactions", "upsert", entry))
    twice = apply(terminal, ("loyalty_transactions", "upsert", {**entry, "points": 999}))
    assert (first.rows, twice.rows) == (1, 0)
    with terminal.db.read() as s:
        cache = s.execute(
            select(CustomerLoyalty).where(CustomerLoyalty.customer_id == cust.id)
        ).scalar_one()
        assert cache.points_balance == 40  # the loyalty cache followed the pulled ledger row


def test_negative_balance_from_another_store_is_flagged(terminal: Terminal) -> None:
    cust = customers.create_customer(
        terminal.ctx, terminal.cashier, customers.CustomerInput(name="Nimal")
    ).customer
    spent = rows.hq_row(
        "loyalty_transactions",
        organization_id=org(terminal),
        store_id=new_id(),
        customer_id=cust.id,
        type="REDEEMED",
        points=-30,
    )
    apply(terminal, ("loyalty_transactions", "upsert", spent))
    assert count(terminal.db, Notification, Notification.type == "LOYALTY") == 1


def test_stock_sold_below_zero_by_another_till_raises_an_alert(terminal: Terminal) -> None:
    item = catalog_edit.create_product(
        terminal.ctx,
        terminal.admin,
        catalog_edit.ProductDraft(sku="LAST", name="Last unit", price_minor=100),
    ).product
    stock.receive_stock(terminal.ctx, terminal.admin, item.id, "1")
    with terminal.db.read() as s:
        warehouse = stock.default_warehouse_id(s, terminal.ctx.terminal.store_id)
    sold_elsewhere = rows.hq_row(
        "stock_movements",
        organization_id=org(terminal),
        store_id=terminal.ctx.terminal.store_id,
        device_id=new_id(),
        warehouse_id=warehouse,
        product_id=item.id,
        movement_type="OUT",
        reason="sale",
        quantity_milli=-2000,
    )
    apply(terminal, ("stock_movements", "upsert", sold_elsewhere))
    with terminal.db.read() as s:
        assert stock.on_hand(s, item.id) == -1
        alerts = s.execute(select(Notification).where(Notification.type == "STOCK")).scalars().all()
    assert [a.data["kind"] for a in alerts] == ["NEGATIVE"]


def test_customer_pending_edit_is_laid_back_until_hq_merged_it(terminal: Terminal) -> None:
    cust = customers.create_customer(
        terminal.ctx, terminal.cashier, customers.CustomerInput(name="Nimal", phone="0771234567")
    ).customer
    ack_everything(terminal)  # HQ has the customer as created
    with terminal.db.uow() as uow:
        row = uow.session.get(Customer, cust.id)
        assert row is not None
        row.notes = "prefers SMS"  # a local edit HQ has not acknowledged yet
        uow.commit()
    with terminal.db.read() as s:
        local = s.get(Customer, cust.id)
        assert local is not None and local.hlc is not None
        local_hlc = local.hlc
    older = rows.customer(
        org(terminal), "Nimal P.", id=cust.id, notes="", hlc="000000000000001:00000:x"
    )
    apply(terminal, ("customers", "upsert", older))
    with terminal.db.read() as s:
        got = s.get(Customer, cust.id)
        assert got is not None and got.name == "Nimal P." and got.notes == "prefers SMS"
    newer_hlc = "9" * 15 + ":00000:other"
    assert newer_hlc > local_hlc
    newer = rows.customer(org(terminal), "Nimal Perera", id=cust.id, notes="call", hlc=newer_hlc)
    apply(terminal, ("customers", "upsert", newer))
    with terminal.db.read() as s:
        got = s.get(Customer, cust.id)
        assert got is not None and got.notes == "call"  # HQ's newer edit stands


def test_tombstones_delete_but_never_facts_or_this_terminal(terminal: Terminal) -> None:
    tax = rows.tax_class(org(terminal), "OLD", "0.05")
    apply(terminal, ("tax_classes", "upsert", tax))
    report = apply(
        terminal,
        ("tax_classes", "delete", tax["id"]),  # type: ignore[arg-type]
        ("stores", "delete", terminal.ctx.terminal.store_id),  # type: ignore[arg-type]
        ("sales", "delete", new_id()),  # type: ignore[arg-type]
    )
    with terminal.db.read() as s:
        assert s.get(TaxClass, tax["id"]) is None
        assert s.get(Store, terminal.ctx.terminal.store_id) is not None
    assert report.skipped == 1  # the ledger tombstone, refused and reported


def test_unknown_entities_columns_and_local_tables_are_ignored(terminal: Terminal) -> None:
    tax = rows.tax_class(org(terminal), "NEW", "0.1")
    tax["colour"] = "green"  # a column from a newer HQ
    evil = {"id": new_id(), "key": "this_device_id", "value": "someone-else"}
    report = apply(
        terminal,
        ("gift_cards", "upsert", {"id": new_id(), "balance": 5}),
        ("sync_meta", "upsert", evil),
        ("tax_classes", "upsert", tax),
    )
    assert report.ignored_entities == {"gift_cards", "sync_meta"}
    assert count(terminal.db, TaxClass, TaxClass.code == "NEW") == 1
    assert count(terminal.db, SyncMeta, SyncMeta.value == "someone-else") == 0


def test_rows_outside_the_scope_or_invalid_are_skipped_not_fatal(terminal: Terminal) -> None:
    foreign = rows.tax_class(new_id(), "FOREIGN", "0.1")
    bad_date = rows.exchange_rate(org(terminal), "1.5", date(2026, 1, 1))
    bad_date["rate_date"] = "yesterday"
    other_store_sale_line = rows.hq_row(
        "stock_movements",
        organization_id=org(terminal),
        store_id=new_id(),
        warehouse_id=new_id(),
        product_id=new_id(),
        movement_type="OUT",
        reason="sale",
        quantity_milli=-1000,
    )
    fine = rows.tax_class(org(terminal), "FINE", "0.1")
    report = apply(
        terminal,
        ("tax_classes", "upsert", foreign),
        ("currency_exchange_rates", "upsert", bad_date),
        ("stock_movements", "upsert", other_store_sale_line),
        ("tax_classes", "upsert", fine),
    )
    assert report.skipped == 3 and report.rows == 1
    assert count(terminal.db, TaxClass, TaxClass.code.in_(["FOREIGN", "FINE"])) == 1


def test_snapshot_pages_refresh_only_the_loyalty_caches_this_till_keeps(terminal: Terminal) -> None:
    known = customers.create_customer(
        terminal.ctx, terminal.cashier, customers.CustomerInput(name="Regular")
    ).customer
    stranger = customers.create_customer(
        terminal.ctx, terminal.cashier, customers.CustomerInput(name="From another store")
    ).customer
    with terminal.db.uow() as uow:
        uow.session.add(
            CustomerLoyalty(organization_id=org(terminal), customer_id=known.id, points_balance=0)
        )
        uow.commit()
    ledger = [
        rows.hq_row(
            "loyalty_transactions",
            organization_id=org(terminal),
            store_id=new_id(),
            customer_id=who,
            type="EARNED",
            points=7,
        )
        for who in (known.id, stranger.id)
    ]
    with terminal.db.uow() as uow:
        uow.session.info["sync_apply"] = True
        report = Applier(terminal.ctx.terminal).apply_snapshot_page(
            uow.session, "loyalty_transactions", ledger, prune_range=None
        )
        follow_up(uow.session, terminal.ctx, report.loyalty_customers, report.stock, snapshot=True)
        uow.commit()
    with terminal.db.read() as s:
        caches = dict(
            s.execute(select(CustomerLoyalty.customer_id, CustomerLoyalty.points_balance)).all()
        )
    assert caches == {known.id: 7}
