"""The story of the end-to-end test, in three acts.

1. Set-up, online: two organizations made with the ``pos-hq`` commands (A: stores S01 and S02;
   B: one store, also coded S01), users, a catalog imported per organization, a coupon made
   with A's API key; terminals enrolled over HTTP (T1, T2 in A/S01, T3 in A/S02, T4 in B/S01)
   and snapshotted; stock received (exactly 1 unit of GIFT-BOX in S01), customers made on T1
   with 150 welcome points; everybody syncs, so every till starts the day knowing the same.
2. Offline: the network goes; every till sells (cash and card, customers earning points); the
   last GIFT-BOX is sold on T1 and on T2; Nimal is edited on T1 and T3 (different fields, and
   the name on both); Nimal spends 100 points at T1 and 100 at T3 (150 between them); the
   10 %-off coupon (limit 1) is used at T1 and T3; HQ changes MILK's price with the API key.
3. The network comes back: every till syncs at once (one thread each), then rounds on every
   till until a whole pass moves nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import httpx

from pos_desktop.services.checkout import CheckoutResult
from tests.e2e import shop
from tests.e2e.shop import CARD
from tests.e2e.world import USERS, Till, World, import_catalog, write_catalog
from tests.support.hq_process import Tenant, setup_tenant

NEW_MILK_PRICE = 475_00
WELCOME_POINTS = 150
SPENT_PER_STORE = 100
COUPON = "SAVE10"

CATALOG_A = (
    ("RICE-5KG", "Samba rice 5 kg", "1500.00", "4790000000013", "VAT18"),
    ("MILK-1L", "Fresh milk 1 l", "450.00", "4790000000020", "VAT18"),
    ("TEA-100", "Ceylon tea 100 g", "900.00", "4790000000037", "VAT18"),
    ("GIFT-BOX", "Gift box (last one)", "2500.00", "4790000000044", "VAT18"),
)
CATALOG_B = (
    # Same SKU and barcode as A's rice: tenants never collide on them.
    ("RICE-5KG", "Red rice 5 kg", "1350.00", "4790000000013", "VAT18"),
    ("SOAP-1", "Sandalwood soap", "200.00", "4790000000051", "VAT18"),
)


@dataclass
class Story:
    """What happened, as the test will check it (ids, not numbers computed by the code)."""

    a: Tenant
    b: Tenant
    t1: Till
    t2: Till
    t3: Till
    t4: Till
    nimal: str = ""
    kamala: str = ""
    sunil: str = ""  # B's customer
    gift_box: str = ""
    milk: str = ""
    sales: dict[str, list[CheckoutResult]] = field(default_factory=dict)
    edits: dict[str, dict[str, object]] = field(default_factory=dict)  # till -> Nimal's edit

    @property
    def a_tills(self) -> tuple[Till, Till, Till]:
        return (self.t1, self.t2, self.t3)

    def s01(self) -> str:
        return self.a.store_ids["S01"]

    def s02(self) -> str:
        return self.a.store_ids["S02"]


def make_tenants(db_url: str, tmp: Path) -> tuple[Tenant, Tenant]:
    a = setup_tenant(db_url, "Perera Stores", ("S01", "S02"), codes_per_store=2, users=USERS)
    b = setup_tenant(db_url, "Silva Traders", ("S01",), users=USERS, migrate=False)
    assert import_catalog(db_url, a, write_catalog(tmp / "catalog-a.csv", CATALOG_A)) == 4
    assert import_catalog(db_url, b, write_catalog(tmp / "catalog-b.csv", CATALOG_B)) == 2
    return a, b


def hq_put(world: World, tenant: Tenant, entity: str, *rows: dict[str, object]) -> None:
    """Edit HQ-owned data with the organization's API key, as an integration would."""
    with world.hq.client() as client:
        answer = client.put(
            f"/v1/org/{entity}",
            json={"rows": list(rows)},
            headers={"Authorization": f"Bearer {tenant.api_key}"},
        )
    assert answer.status_code == 200, answer.text
    assert answer.json()["upserted"] == len(rows)


def act_one(world: World, db_url: str) -> Story:
    """Set-up: tenants, terminals, snapshot, opening stock and customers, all synced."""
    a, b = make_tenants(db_url, world.tmp.parent)
    hq_put(world, a, "coupons", shop.coupon_row(COUPON, percent="10", usage_limit=1))
    story = Story(
        a,
        b,
        world.enroll("T1", a, "S01"),
        world.enroll("T2", a, "S01"),
        world.enroll("T3", a, "S02"),
        world.enroll("T4", b, "S01"),
    )
    for till in world:  # initial snapshot of each
        report = till.sync()
        assert report.ok and report.snapshot_rows > 0, report
    t1, t2, t3, t4 = story.t1, story.t2, story.t3, story.t4
    story.gift_box = shop.product(t1, "GIFT-BOX").product_id
    story.milk = shop.product(t1, "MILK-1L").product_id
    for sku in ("RICE-5KG", "MILK-1L", "TEA-100"):
        shop.receive(t1, sku, 50)
        shop.receive(t3, sku, 50)
    shop.receive(t1, "GIFT-BOX", 1)
    shop.receive(t4, "SOAP-1", 50)
    story.nimal = shop.new_customer(t1, "Nimal Perera", "0771234567")
    story.kamala = shop.new_customer(t1, "Kamala Silva", "0712345678")
    story.sunil = shop.new_customer(t4, "Sunil Fernando", "0779876543")
    assert shop.give_points(t1, story.nimal, WELCOME_POINTS) == WELCOME_POINTS
    world.sync_until_quiescent()
    # Everyone starts the offline day knowing the same: T2 sees the single gift box, T3
    # sees Nimal's points.
    assert shop.on_hand(t2, "GIFT-BOX") == 1000
    assert shop.balance(t3, story.nimal) == WELCOME_POINTS
    return story


def _sale(story: Story, till: Till, result: CheckoutResult) -> CheckoutResult:
    story.sales.setdefault(till.name, []).append(result)
    return result


def act_two(world: World, story: Story) -> None:
    """Offline: sales everywhere, the last unit twice, concurrent edits, points overspent."""
    world.go_offline()
    t1, t2, t3, t4 = story.t1, story.t2, story.t3, story.t4
    for till in world:
        shop.open_shift(till)

    sale = shop.sell
    _sale(story, t1, sale(t1, [("RICE-5KG", 2)]))
    _sale(
        story, t1, sale(t1, [("MILK-1L", 1), ("TEA-100", 1)], method=CARD, customer_id=story.kamala)
    )
    _sale(story, t1, sale(t1, [("GIFT-BOX", 1)]))
    story.edits["T1"] = {"name": "Nimal Perera (T1)", "email": "nimal@example.com"}
    shop.edit_customer(t1, story.nimal, **story.edits["T1"])
    _sale(
        story,
        t1,
        sale(t1, [("TEA-100", 2)], customer_id=story.nimal, points=SPENT_PER_STORE),
    )
    _sale(story, t1, sale(t1, [("RICE-5KG", 1)], coupon=COUPON))

    _sale(story, t2, sale(t2, [("GIFT-BOX", 1)], method=CARD))
    _sale(story, t2, sale(t2, [("MILK-1L", 3)], customer_id=story.kamala))

    story.edits["T3"] = {"name": "Nimal P. Perera (T3)", "notes": "Prefers SMS"}
    shop.edit_customer(t3, story.nimal, **story.edits["T3"])
    _sale(
        story,
        t3,
        sale(t3, [("RICE-5KG", 1)], method=CARD, customer_id=story.nimal, points=SPENT_PER_STORE),
    )
    _sale(story, t3, sale(t3, [("TEA-100", 1)], coupon=COUPON))
    _sale(story, t3, sale(t3, [("MILK-1L", 2)], method=CARD))

    _sale(story, t4, sale(t4, [("SOAP-1", 5)]))
    _sale(
        story, t4, sale(t4, [("RICE-5KG", 1), ("SOAP-1", 1)], method=CARD, customer_id=story.sunil)
    )

    # Each till saw the last gift box go and Nimal's points go, but not the other till's.
    assert shop.on_hand(t1, "GIFT-BOX") == shop.on_hand(t2, "GIFT-BOX") == 0
    assert shop.balance(t1, story.nimal) >= 0 and shop.balance(t3, story.nimal) >= 0

    # Meanwhile HQ changes a price with the organization's API key.
    hq_put(world, story.a, "products", {"id": story.milk, "price_minor": NEW_MILK_PRICE})


def act_three(world: World) -> int:
    """Back online: every till syncs at the same moment, then rounds until quiescent;
    returns the passes it took after the first."""
    for name, report in world.sync_all_at_once().items():
        assert report.ok, f"{name}: {report.error_code} {report.error}"
        assert report.applied > 0 and report.quarantined == 0, (name, report)
    return world.sync_until_quiescent()


def api_get(world: World, tenant: Tenant, entity: str) -> list[dict[str, object]]:
    """Rows of one entity through the organization API (used only to show the key's scope)."""
    rows: list[dict[str, object]] = []
    after: str | None = None
    with world.hq.client() as client:
        while True:
            params: dict[str, str | int] = {"limit": 5000}
            if after:
                params["after_id"] = after
            answer: httpx.Response = client.get(
                f"/v1/org/{entity}",
                params=params,
                headers={"Authorization": f"Bearer {tenant.api_key}"},
            )
            assert answer.status_code == 200, answer.text
            rows += answer.json()["rows"]
            after = answer.json()["next_after_id"]
            if not after:
                return rows
