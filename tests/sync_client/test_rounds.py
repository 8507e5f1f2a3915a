"""Sync rounds against the fake HQ: push then pull, failures at the transport, status."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import select, text

from pos_desktop.core.ids import HlcStamp
from pos_desktop.services import stock
from pos_desktop.store.models import Device, Notification
from pos_desktop.store.models.catalog import Product
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.sales import Sale
from pos_desktop.store.models.sync_views import LoyaltyBalance, StockLevel
from sync.client.status import Connection
from tests.sync_client import rows
from tests.sync_client.conftest import World
from tests.sync_client.helpers import count, open_shift, pending, sell


def hq_sales(world: World) -> list[str]:
    return sorted(r["receipt_number"] for r in world.hq.rows(world.org, "sales").values())


def test_offline_sales_are_pushed_once_and_the_status_says_so(world: World) -> None:
    till = world.till()
    assert till.engine.run_round().ok  # snapshot: catalog, cashier, tenders
    open_shift(till.db)
    first = sell(till.db, "SKU-0000001", 2)
    second = sell(till.db, "SKU-0000002")
    waiting = till.engine.status()
    assert waiting.pending > 0 and waiting.oldest_pending_at is not None
    report = till.engine.run_round()
    assert report.ok and report.applied == waiting.pending and report.duplicates == 0
    assert hq_sales(world) == sorted([first.receipt_number, second.receipt_number])
    status = till.engine.status()
    assert status.connection is Connection.ONLINE and status.pending == 0
    assert status.oldest_pending_at is None and status.last_error is None
    assert status.last_success_at is not None
    # A round with nothing to do is quick and changes nothing.
    idle = till.engine.run_round()
    assert idle.ok and idle.pushed == 0 and idle.pulled == 0


def test_another_tills_sales_arrive_and_the_last_unit_goes_negative(world: World) -> None:
    a, b = world.till("a"), world.till("b")
    for till in (a, b):
        assert till.engine.run_round().ok
        open_shift(till.db)
    product_id = next(
        r["id"] for r in world.hq.rows(world.org, "products").values() if r["sku"] == "SKU-0000001"
    )
    # Each till received the single unit in stock, then both sold it offline.
    for till in (a, b):
        ctx = till.engine.ctx
        with till.db.uow() as uow:
            stock.record_movement(
                uow.session,
                ctx,
                product_id=product_id,
                quantity_milli=500,
                movement_type="IN",
                reason="purchase",
            )
            uow.commit()
        sell(till.db, "SKU-0000001")
    assert a.engine.run_round().ok
    assert b.engine.run_round().ok  # pushes its sale, pulls a's
    assert a.engine.run_round().ok  # pulls b's
    for till in (a, b):
        assert count(till.db, Sale) == 2
        with till.db.read() as s:
            assert stock.on_hand(s, product_id) == -1
            kinds = [
                n.data.get("kind")
                for n in s.execute(select(Notification).where(Notification.type == "STOCK"))
                .scalars()
                .all()
            ]
        assert "NEGATIVE" in kinds
    # HQ's derived views came down too.
    assert count(a.db, StockLevel) >= 1
    assert len(world.hq.rows(world.org, "sales")) == 2


def test_answer_lost_after_hq_applied_is_a_duplicate_next_time(world: World) -> None:
    till = world.till()
    assert till.engine.run_round().ok
    open_shift(till.db)
    sale = sell(till.db, "SKU-0000001")
    to_send = pending(till.db)
    world.hq.fail_next("/v1/push", "lose_response")
    lost = till.engine.run_round()
    assert not lost.ok and lost.connection is Connection.OFFLINE
    assert pending(till.db) == to_send  # the terminal does not know HQ applied them
    assert hq_sales(world) == [sale.receipt_number]
    again = till.engine.run_round()
    assert again.ok and again.duplicates == to_send and again.applied == 0
    assert hq_sales(world) == [sale.receipt_number] and pending(till.db) == 0


def test_timeouts_and_server_errors_leave_everything_to_retry(world: World) -> None:
    till = world.till()
    assert till.engine.run_round().ok
    open_shift(till.db)
    sell(till.db, "SKU-0000001")
    for path, kind in (
        ("/v1/hello", "timeout_before"),
        ("/v1/push", "drop"),
        ("/v1/push", "http_500"),
        ("/v1/pull", "http_500"),
    ):
        world.hq.fail_next(path, kind)
        report = till.engine.run_round()
        assert not report.ok and report.connection is Connection.OFFLINE, (path, kind)
        assert report.error and ("HQ" in report.error)
        assert till.engine.status().connection is Connection.OFFLINE
    assert till.engine.run_round().ok
    assert pending(till.db) == 0 and len(world.hq.rows(world.org, "sales")) == 1


def test_revoked_terminal_is_blocked_and_stays_blocked_after_restart(world: World) -> None:
    till = world.till()
    assert till.engine.run_round().ok
    world.hq.revoke(till.identity.device_id)
    report = till.engine.run_round()
    assert not report.ok and report.error_code == "revoked"
    assert report.connection is Connection.BLOCKED
    status = till.reopen().engine.status()
    assert status.connection is Connection.BLOCKED
    assert status.last_error is not None and "enroll it again" in status.last_error


def test_quarantined_entry_does_not_wedge_the_queue(world: World) -> None:
    till = world.till()
    assert till.engine.run_round().ok
    open_shift(till.db)
    with till.db.uow() as uow:  # devices are HQ's: a terminal may not push them
        device = uow.session.get(Device, till.identity.device_id)
        assert device is not None
        device.name = "renamed locally"
        uow.commit()
    sale = sell(till.db, "SKU-0000001")
    report = till.engine.run_round()
    assert report.ok and report.quarantined == 1 and report.applied > 0
    assert hq_sales(world) == [sale.receipt_number]
    status = till.engine.status()
    assert status.quarantined == 1 and status.pending == 0
    assert world.hq.state.quarantine[0]["reason"] == "entity devices may not be pushed"


def test_hq_price_change_and_customer_edits_converge(world: World) -> None:
    a, b = world.till("a"), world.till("b")
    for till in (a, b):
        assert till.engine.run_round().ok
    product = next(iter(world.hq.rows(world.org, "products").values()))
    world.hq.put(world.org, "products", {**product, "price_minor": 999_00})
    nimal = rows.customer(world.org, "Nimal", phone="0771234567")
    world.hq.put(world.org, "customers", nimal)
    for till in (a, b):
        assert till.engine.run_round().ok
    # Offline edits of the same customer on both tills: a field each, and one field on both.
    for till, field, value in ((a, "notes", "VIP"), (b, "email", "n@example.com")):
        with till.db.uow() as uow:
            row = uow.session.get(Customer, nimal["id"])
            assert row is not None
            setattr(row, field, value)
            row.address = {"city": till.path.parent.name}
            uow.commit()
    for till in (a, b, a, b):
        assert till.engine.run_round().ok
    seen = []
    for till in (a, b):
        with till.db.read() as s:
            got = s.get(Customer, nimal["id"])
            assert got is not None
            seen.append((got.notes, got.email, got.address))
            price = s.get(Product, product["id"])
            assert price is not None and price.price_minor == 999_00
    assert seen[0] == seen[1] == ("VIP", "n@example.com", {"city": "b"})  # b edited last


def test_clock_skew_is_recorded_and_the_hlc_catches_up(world: World) -> None:
    till = world.till()
    ahead = 86_400_000 * 365 * 20  # HQ's clock 20 years ahead of this machine's
    now = world.hq.now_ms()
    world.hq.now_ms = lambda: now + ahead
    report = till.engine.run_round()
    assert report.ok and report.clock_skew_ms is not None and report.clock_skew_ms < -ahead / 2
    assert till.engine.status().clock_skew_ms == report.clock_skew_ms
    assert till.engine.hlc.now() > HlcStamp(now + ahead, 0, "hq")


def test_pull_in_small_pages_saves_the_cursor_each_time(world: World) -> None:
    till = world.till()
    assert till.engine.run_round().ok
    for n in range(10, 25):
        world.hq.put(world.org, "products", rows.product(world.org, n))
    till.engine.pull_limit = 4
    report = till.engine.run_round()
    assert report.ok and report.pull_pages == 4 and report.pulled == 15
    assert count(till.db, Product) == 18


def test_loyalty_balance_view_and_ledger_follow_the_customer(world: World) -> None:
    a, b = world.till("a"), world.till("b", store=world.hq.create_store(world.org, "S02"))
    nimal = rows.customer(world.org, "Nimal")
    world.hq.put(world.org, "customers", nimal)
    for till in (a, b):
        assert till.engine.run_round().ok
    earned = rows.hq_row(
        "loyalty_transactions",
        organization_id=world.org,
        store_id=a.identity.store_id,
        customer_id=nimal["id"],
        type="EARNED",
        points=25,
    )
    with a.db.uow() as uow:
        from pos_desktop.store.models.loyalty import LoyaltyTransaction

        uow.session.add(
            LoyaltyTransaction(**{k: v for k, v in earned.items() if k != "created_at"})
        )
        uow.commit()
    assert a.engine.run_round().ok
    assert b.engine.run_round().ok  # another store: the points follow the customer
    with b.db.read() as s:
        balance = s.execute(
            select(LoyaltyBalance).where(LoyaltyBalance.customer_id == nimal["id"])
        ).scalar_one()
        assert balance.points_balance == 25


def fts_count(session: Any, word: str) -> int:
    query = text("SELECT count(*) FROM products_fts WHERE products_fts MATCH :w")
    return int(session.execute(query, {"w": word}).scalar_one())


def test_large_product_pages_stay_searchable(world: World) -> None:
    from pos_desktop.services import catalog
    from sync.client.search_index import MIN_ROWS, TRIGGERS

    till = world.till()
    batch = [
        rows.product(world.org, 5000 + n, barcode=f"479{n:010d}", name=f"Kithul treacle {n}")
        for n in range(MIN_ROWS + 50)
    ]
    for item in batch:
        world.hq.put(world.org, "products", item)
    till.engine.snapshot_limit = 5000
    assert till.engine.run_round().ok
    with till.db.read() as s:
        assert fts_count(s, "kithul") == len(batch)
        assert [h.sku for h in catalog.search_products(s, "4790000000007")] == ["SKU-0005007"]
    # HQ renames them all: one pull page of updates, indexed the same way.
    for item in batch:
        world.hq.put(
            world.org, "products", {**item, "name": item["name"].replace("Kithul", "Palm")}
        )
    till.engine.pull_limit = 5000
    assert till.engine.run_round().ok
    with till.db.read() as s:
        assert catalog.search_products(s, "kithul") == []
        assert fts_count(s, "palm") == len(batch)
        assert len(catalog.search_products(s, "palm treacle 7")) >= 1
        names = {
            name
            for (name,) in s.execute(
                select(text("name"))
                .select_from(text("sqlite_master"))
                .where(text("type = 'trigger'"))
            )
        }
    assert set(TRIGGERS) <= names  # the per-row triggers are back for the till's own edits


def test_no_write_lock_is_held_while_waiting_for_hq(world: World) -> None:
    till = world.till()
    assert till.engine.run_round().ok
    open_shift(till.db)
    sell(till.db, "SKU-0000001")
    world.hq.put(world.org, "products", rows.product(world.org, 77))
    sold_meanwhile: list[str] = []
    paths: list[str] = []
    waits: list[float] = []

    def sell_while_hq_works(path: str, _body: object) -> None:
        # Runs while the engine waits for HQ's answer: a checkout must get the write lock now
        # (busy_timeout would make a held lock show up as a 5 s wait, then an error).
        if path not in paths:
            paths.append(path)
            started = time.monotonic()
            sold_meanwhile.append(sell(till.db, "SKU-0000002").receipt_number)
            waits.append(time.monotonic() - started)

    world.hq.before_apply = sell_while_hq_works
    till.db.engine.dispose()  # fresh connections: nothing cached holds a lock
    report = till.engine.run_round()
    world.hq.before_apply = None
    assert report.ok
    assert paths == ["/v1/hello", "/v1/push", "/v1/pull"]
    assert len(sold_meanwhile) == 3 and max(waits) < 2.0
    assert till.engine.run_round().ok and pending(till.db) == 0


def test_the_clock_keeps_what_it_saw_across_a_restart(world: World) -> None:
    till = world.till()
    ahead = world.hq.now_ms() + 86_400_000 * 365 * 20
    world.hq.now_ms = lambda: ahead
    assert till.engine.run_round().ok
    till.db.hlc = None  # a fresh process: the in-memory clock starts from the wall clock
    restarted = till.reopen().engine
    assert restarted.hlc.now() > HlcStamp(ahead, 0, "hq")


def test_a_keyring_gone_missing_blocks_with_what_to_install(world: World) -> None:
    import keyring
    from keyring.backends import fail

    till = world.till()
    keyring.set_keyring(fail.Keyring())
    report = till.reopen().engine.run_round()  # a restarted app reads the token again
    assert not report.ok and report.error_code == "keyring_unavailable"
    assert report.connection is Connection.BLOCKED
    assert report.error is not None and "Secret Service" in report.error
    assert world.hq.count("/v1/hello") == 0  # nothing was sent without a credential
