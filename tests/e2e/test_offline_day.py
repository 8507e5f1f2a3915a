"""End to end: a real ``pos-hq`` process (PostgreSQL and SQLite), four real terminal files in
three stores of two organizations, a day of offline business, then sync until quiescent.

The invariants of DESIGN.md section 4 are checked against an oracle that reads the terminal
files with ``sqlite3`` and HQ's database with plain SQL (tests/e2e/oracle.py), never through
the sync code: I1 nothing lost, I2 nothing duplicated, I3 convergence, I5 isolation; plus
drained outboxes and a last round that changes nothing. (I4, interrupted pulls, is the
fault-injection tests' subject.) The story itself is tests/e2e/scenario.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.e2e import oracle
from tests.e2e.oracle import HqDatabase, TerminalFile, hlc_key, project, union_by_id
from tests.e2e.scenario import (
    NEW_MILK_PRICE,
    SPENT_PER_STORE,
    WELCOME_POINTS,
    Story,
    act_one,
    act_three,
    act_two,
)
from tests.e2e.world import Till, World
from tests.support.hq_process import hq_cli

# Rows that legitimately change when nothing happens: when a credential was last seen or
# used, request counters, and the terminal's own record of its last round.
HQ_VOLATILE_TABLES = frozenset({"rate_limits"})
HQ_VOLATILE_COLUMNS = frozenset({"last_seen_at", "last_used_at"})
TERMINAL_VOLATILE_TABLES = frozenset({"sync_meta"})


class Oracle:
    """The files and the database behind a finished story, read independently."""

    def __init__(self, story: Story, hq: HqDatabase) -> None:
        self.story = story
        self.hq = hq
        self.files = {t.name: TerminalFile(t.name, t.path) for t in self.tills}

    @property
    def tills(self) -> tuple[Till, ...]:
        s = self.story
        return (s.t1, s.t2, s.t3, s.t4)

    def of(self, till: Till) -> TerminalFile:
        return self.files[till.name]

    def org_tills(self, org_id: str) -> list[Till]:
        return [t for t in self.tills if t.organization_id == org_id]

    def made(self, org_id: str, table: str, keys: tuple[str, ...]) -> dict[str, tuple[Any, ...]]:
        """Every row of ``table`` the organization's terminals made themselves, by id."""
        return union_by_id(
            (self.of(t).made_here(table, t.device_id) for t in self.org_tills(org_id)), keys
        )

    def made_parts(self, org_id: str, table: str) -> dict[str, tuple[Any, ...]]:
        """Lines, taxes or status history of the sales the organization's terminals made."""
        return union_by_id(
            (self.of(t).sale_parts_made_here(table, t.device_id) for t in self.org_tills(org_id)),
            oracle.SALE_PARTS[table],
        )

    def hq_set(self, table: str, org_id: str, keys: tuple[str, ...]) -> dict[str, tuple[Any, ...]]:
        rows = self.hq.of_org(table, org_id)
        assert len({r["id"] for r in rows}) == len(rows)
        return {str(r["id"]): tuple(r[k] for k in keys) for r in rows}


# -- the checks -------------------------------------------------------------------------------


def check_what_the_cashiers_saw_is_in_the_files(o: Oracle) -> None:
    for till in o.tills:
        receipts = {r.receipt_number: r.total_minor for r in o.story.sales[till.name]}
        in_file = {
            r["receipt_number"]: r["total_minor"]
            for r in o.of(till).made_here("sales", till.device_id)
        }
        assert in_file == receipts, till.name


def check_i1_nothing_lost(o: Oracle) -> None:
    for org in (o.story.a.organization_id, o.story.b.organization_id):
        for table, keys in oracle.LEDGERS.items():
            made = o.made(org, table, keys)
            assert made, (table, org)
            assert o.hq_set(table, org, keys) == made, table
        for table, keys in oracle.SALE_PARTS.items():
            made = o.made_parts(org, table)
            assert made, (table, org)
            assert o.hq_set(table, org, keys) == made, table
    # Every payment adds up to its sale, at HQ as on the till.
    for sale in o.hq.rows("SELECT * FROM sales"):
        paid = o.hq.scalar(
            "SELECT sum(amount_minor) FROM payments WHERE sale_id = :id", id=sale["id"]
        )
        assert paid == sale["total_minor"], sale["receipt_number"]


def check_i2_exactly_once(o: Oracle) -> None:
    for till in o.tills:
        outbox = o.of(till).outbox()
        n = len(outbox)
        assert [e["seq"] for e in outbox] == list(range(1, n + 1)), till.name
        ops = o.hq.rows(
            "SELECT op_id, seq, status, organization_id FROM applied_ops WHERE device_id = :d",
            d=till.device_id,
        )
        assert len(ops) == n == len({op["op_id"] for op in ops}), till.name
        assert sorted(op["seq"] for op in ops) == list(range(1, n + 1)), till.name
        assert {op["op_id"] for op in ops} == {e["id"] for e in outbox}, till.name
        assert {op["status"] for op in ops} == {"applied"}, till.name
        assert {op["organization_id"] for op in ops} == {till.organization_id}
        last_seq = o.hq.scalar(
            "SELECT last_seq FROM device_credentials WHERE device_id = :d", d=till.device_id
        )
        assert last_seq == n, till.name
    assert o.hq.scalar("SELECT count(*) FROM quarantine") == 0
    for table in ("sales", "sale_lines", "payments", "stock_movements", "loyalty_transactions"):
        dupes = o.hq.rows(f"SELECT id FROM {table} GROUP BY id HAVING count(*) > 1")
        assert dupes == [], table
    receipts = o.hq.rows(
        "SELECT organization_id, receipt_number FROM sales "
        "GROUP BY organization_id, receipt_number HAVING count(*) > 1"
    )
    assert receipts == []


def check_outboxes_drained(o: Oracle) -> None:
    for till in o.tills:
        f = o.of(till)
        assert f.pending_outbox() == 0, till.name
        statuses = {r["ack_status"] for r in f.rows("SELECT DISTINCT ack_status FROM sync_outbox")}
        assert statuses == {"applied"}, (till.name, statuses)
        assert till.engine.status().pending == 0


def check_i3_store_ledgers_converge(o: Oracle) -> None:
    s = o.story
    a = s.a.organization_id
    for store, tills in ((s.s01(), (s.t1, s.t2)), (s.s02(), (s.t3,))):
        for table, keys in (
            ("sales", oracle.SALE_KEYS),
            ("payments", oracle.PAYMENT_KEYS),
            ("stock_movements", oracle.MOVEMENT_KEYS),
        ):
            expected = {
                k: v
                for k, v in o.made(a, table, keys).items()
                if v[keys.index("store_id")] == store
            }
            for till in tills:
                held = o.of(till).all(table, "WHERE store_id = ?", store)
                assert {str(r["id"]): tuple(r[k] for k in keys) for r in held} == expected, (
                    till.name,
                    table,
                )
        lines = {k: v for k, v in o.made_parts(a, "sale_lines").items() if v[-1] == store}
        for till in tills:
            held = o.of(till).all("sale_lines", "WHERE store_id = ?", store)
            assert project(held, oracle.LINE_KEYS) == set(lines.values()), till.name


def _expected_customer_fields(o: Oracle, customer_id: str) -> dict[str, Any]:
    """Per field, the value of the edit with the highest HLC (from every terminal's outbox)."""
    latest: dict[str, tuple[tuple[int, int, str], Any]] = {}
    for till in o.org_tills(o.story.a.organization_id):
        for entry in o.of(till).rows(
            "SELECT hlc, payload, operation FROM sync_outbox "
            "WHERE entity = 'customers' AND entity_id = ?",
            customer_id,
        ):
            payload = entry["payload"]
            fields = payload.get("_changed") if entry["operation"] == "update" else list(payload)
            for name in fields or ():
                stamp = hlc_key(entry["hlc"])
                if name in payload and (name not in latest or stamp > latest[name][0]):
                    latest[name] = (stamp, payload[name])
    return {name: value for name, (_, value) in latest.items()}


def check_i3_customers_converge(o: Oracle) -> None:
    s = o.story
    a = s.a.organization_id
    expected = _expected_customer_fields(o, s.nimal)
    # Different fields both survive; the field edited on both tills has one winner.
    assert expected["email"] == s.edits["T1"]["email"]
    assert expected["notes"] == s.edits["T3"]["notes"]
    assert expected["name"] in (s.edits["T1"]["name"], s.edits["T3"]["name"])
    hq_rows = {r["id"]: r for r in o.hq.of_org("customers", a)}
    for field in ("name", "email", "notes", "phone"):
        assert hq_rows[s.nimal][field] == expected[field], field
    hq_view = project(hq_rows.values(), oracle.CUSTOMER_KEYS)
    for till in o.org_tills(a):
        held = o.of(till).all("customers")
        assert project(held, oracle.CUSTOMER_KEYS) == hq_view, till.name


def check_i3_prices_converge(o: Oracle) -> None:
    s = o.story
    a = s.a.organization_id
    hq_products = project(o.hq.of_org("products", a), oracle.PRODUCT_KEYS)
    milk = o.hq.scalar("SELECT price_minor FROM products WHERE id = :id", id=s.milk)
    assert milk == NEW_MILK_PRICE
    for till in o.org_tills(a):
        assert project(o.of(till).all("products"), oracle.PRODUCT_KEYS) == hq_products, till.name
    # The offline sales keep the price the cashier charged.
    old = {
        r["unit_price_minor"]
        for r in o.hq.rows(
            "SELECT unit_price_minor FROM sale_lines WHERE product_id = :id", id=s.milk
        )
    }
    assert old == {450_00}


def _levels(rows: list[oracle.Row]) -> dict[tuple[Any, ...], int]:
    return {
        (r["store_id"], r["warehouse_id"], r["product_id"], r["variant_id"]): r["on_hand_milli"]
        for r in rows
    }


def _alerts(o: Oracle, org: str, kind: str) -> list[oracle.Row]:
    """HQ's notifications of one kind (negative_stock, negative_loyalty, coupon_overuse)."""
    return [n for n in o.hq.of_org("notifications", org) if (n["data"] or {}).get("kind") == kind]


def check_i3_stock(o: Oracle) -> None:
    s = o.story
    for org in (s.a.organization_id, s.b.organization_id):
        made = o.made(org, "stock_movements", oracle.MOVEMENT_KEYS)
        expected: dict[tuple[Any, ...], int] = {}
        for row in made.values():
            key = row[1:5]  # store, warehouse, product, variant
            expected[key] = expected.get(key, 0) + row[6]
        hq_movements = oracle.sums(
            o.hq.of_org("stock_movements", org),
            ("store_id", "warehouse_id", "product_id", "variant_id"),
            "quantity_milli",
        )
        assert hq_movements == expected
        levels = o.hq.of_org("stock_levels", org)
        assert _levels(levels) == expected
        for till in o.org_tills(org):  # the view came down to every terminal of the org
            held = o.of(till).all("stock_levels")
            assert project(held, oracle.STOCK_LEVEL_KEYS) == project(
                levels, oracle.STOCK_LEVEL_KEYS
            ), till.name
    levels_a = _levels(o.hq.of_org("stock_levels", s.a.organization_id))
    gift = [v for k, v in levels_a.items() if k[2] == s.gift_box]
    assert gift == [-1000]
    for till in (s.t1, s.t2):  # both tills' own ledgers say -1 too
        on_hand = o.of(till).scalar(
            "SELECT sum(quantity_milli) FROM stock_movements WHERE product_id = ?", s.gift_box
        )
        assert on_hand == -1000, till.name
    alerts = _alerts(o, s.a.organization_id, "negative_stock")
    assert len(alerts) == 1, alerts
    assert alerts[0]["store_id"] == s.s01()
    assert alerts[0]["data"]["product_id"] == s.gift_box
    for till in (s.t1, s.t2):  # S01's managers see it at their tills
        held = o.of(till).all("notifications", "WHERE id = ?", alerts[0]["id"])
        assert len(held) == 1, till.name
    assert o.of(s.t3).all("notifications", "WHERE id = ?", alerts[0]["id"]) == []


def check_i3_loyalty(o: Oracle) -> None:
    s = o.story
    a = s.a.organization_id
    ledger = o.made(a, "loyalty_transactions", oracle.LOYALTY_KEYS)
    hq_ledger = o.hq_set("loyalty_transactions", a, oracle.LOYALTY_KEYS)
    assert hq_ledger == ledger
    for customer in (s.nimal, s.kamala):
        mine = {k: v for k, v in ledger.items() if v[1] == customer}
        total = sum(v[3] for v in mine.values())
        hq_balance = o.hq.rows("SELECT * FROM loyalty_balances WHERE customer_id = :c", c=customer)
        assert [b["points_balance"] for b in hq_balance] == [total]
        for till in o.org_tills(a):
            f = o.of(till)
            held = f.all("loyalty_transactions", "WHERE customer_id = ?", customer)
            assert {str(r["id"]): tuple(r[k] for k in oracle.LOYALTY_KEYS) for r in held} == mine
            view = f.all("loyalty_balances", "WHERE customer_id = ?", customer)
            assert project(view, oracle.BALANCE_KEYS) == project(hq_balance, oracle.BALANCE_KEYS), (
                till.name
            )
            cache = f.scalar(
                "SELECT points_balance FROM customer_loyalty WHERE customer_id = ?", customer
            )
            assert cache == total, till.name
    nimal = sum(v[3] for v in ledger.values() if v[1] == s.nimal)
    redeemed = [v[3] for v in ledger.values() if v[1] == s.nimal and v[2] == "REDEEMED"]
    assert sorted(redeemed) == [-SPENT_PER_STORE, -SPENT_PER_STORE]
    assert nimal < 0 < WELCOME_POINTS  # overspent between the two stores ...
    flagged = _alerts(o, a, "negative_loyalty")
    assert [n["data"]["customer_id"] for n in flagged] == [s.nimal]  # ... flagged, not fixed
    assert flagged[0]["data"]["points_balance"] == nimal


def check_coupon_uses(o: Oracle) -> None:
    s = o.story
    a = s.a.organization_id
    uses = o.made(a, "coupon_usages", ("id", "coupon_id", "sale_id", "store_id"))
    assert len(uses) == 2 and {v[3] for v in uses.values()} == {s.s01(), s.s02()}
    (coupon_id,) = {v[1] for v in uses.values()}
    assert o.hq_set("coupon_usages", a, ("id", "coupon_id", "sale_id", "store_id")) == uses
    coupon = o.hq.rows("SELECT * FROM coupons WHERE id = :id", id=coupon_id)[0]
    assert coupon["used_count"] == 2 and coupon["usage_limit"] == 1
    overuse = _alerts(o, a, "coupon_overuse")
    assert len(overuse) == 1 and overuse[0]["data"]["used_count"] == 2
    for till in o.org_tills(a):
        held = o.of(till).scalar("SELECT used_count FROM coupons WHERE id = ?", coupon_id)
        assert held == 2, till.name


def check_store_totals(o: Oracle) -> None:
    s = o.story
    stores = {
        s.a.organization_id: {s.s01(), s.s02()},
        s.b.organization_id: {s.b.store_ids["S01"]},
    }
    for org, org_stores in stores.items():
        expected: dict[str, int] = {}
        for row in o.made(org, "sales", oracle.SALE_KEYS).values():
            store, total = row[3], row[9]
            expected[store] = expected.get(store, 0) + total
        assert set(expected) == org_stores
        at_hq = {
            r["store_id"]: int(r["total"])
            for r in o.hq.rows(
                "SELECT store_id, sum(total_minor) AS total FROM sales "
                "WHERE organization_id = :org GROUP BY store_id",
                org=org,
            )
        }
        assert at_hq == expected


def check_i5_isolation(o: Oracle) -> None:
    s = o.story
    for till in o.tills:
        f = o.of(till)
        for table, columns in f.tables().items():
            if "organization_id" not in columns:
                continue
            seen = {
                r["organization_id"]
                for r in f.rows(f'SELECT DISTINCT organization_id FROM "{table}"')
            }
            assert seen <= {till.organization_id, None}, (till.name, table, seen)
        orgs_held = {r["id"] for r in f.all("organizations")}
        assert orgs_held == {till.organization_id}, till.name
    for table in ("sales", "sale_lines", "payments", "stock_movements"):
        assert o.of(s.t3).all(table, "WHERE store_id = ?", s.s01()) == [], table
        for till in (s.t1, s.t2):
            assert o.of(till).all(table, "WHERE store_id = ?", s.s02()) == [], (till.name, table)
    # At HQ no row of one organization carries a device of the other.
    devices = {t.device_id: t.organization_id for t in o.tills}
    for table, columns in o.hq.tables().items():
        if "device_id" not in columns or "organization_id" not in columns:
            continue
        for row in o.hq.rows(f"SELECT DISTINCT organization_id, device_id FROM {table}"):
            owner = devices.get(row["device_id"])
            assert owner in (None, row["organization_id"]), (table, row)
    # And HQ's rows of B come only from B's terminal (and HQ), never from A's.
    b_devices = {
        r["device_id"]
        for r in o.hq.rows(
            "SELECT DISTINCT device_id FROM sales WHERE organization_id = :b", b=s.b.organization_id
        )
    }
    assert b_devices == {s.t4.device_id}


def check_idempotent_round(o: Oracle, world: World) -> None:
    """One more pass over every terminal pushes nothing, pulls nothing and writes nothing."""
    hq_before = o.hq.dump(HQ_VOLATILE_TABLES, HQ_VOLATILE_COLUMNS)
    tills_before = {t.name: o.of(t).dump(TERMINAL_VOLATILE_TABLES) for t in o.tills}
    for till in world:
        report = till.sync()
        assert report.ok, report
        assert (report.pushed, report.pulled, report.snapshot_rows) == (0, 0, 0), till.name
    assert o.hq.dump(HQ_VOLATILE_TABLES, HQ_VOLATILE_COLUMNS) == hq_before
    for till in o.tills:
        after = o.of(till).dump(TERMINAL_VOLATILE_TABLES)
        changed = [name for name in after if after[name] != tills_before[till.name].get(name)]
        assert changed == [], (till.name, changed)


# -- the test ----------------------------------------------------------------------------------


def test_an_offline_day_converges_with_nothing_lost_or_doubled(
    start_world: Callable[[str], World], hq_db_url: str
) -> None:
    hq_cli(hq_db_url, "migrate")
    world = start_world(hq_db_url)
    story = act_one(world, hq_db_url)
    act_two(world, story)
    passes = act_three(world)
    assert passes >= 2

    hq = HqDatabase(hq_db_url)
    try:
        o = Oracle(story, hq)
        check_what_the_cashiers_saw_is_in_the_files(o)
        check_outboxes_drained(o)
        check_i1_nothing_lost(o)
        check_i2_exactly_once(o)
        check_i3_store_ledgers_converge(o)
        check_i3_customers_converge(o)
        check_i3_prices_converge(o)
        check_i3_stock(o)
        check_i3_loyalty(o)
        check_coupon_uses(o)
        check_store_totals(o)
        check_i5_isolation(o)
        check_idempotent_round(o, world)
    finally:
        hq.close()
