"""``pos demo``: the Lanka Mart store, built once for this module through the command line."""

from __future__ import annotations

import io
import random
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from pos_desktop.cli.main import main
from pos_desktop.core.barcode import LoyaltyCard, is_valid_gtin, parse_scan
from pos_desktop.core.coupons import CouponType
from pos_desktop.core.errors import ValidationError
from pos_desktop.core.money import Money
from pos_desktop.demo.catalog_data import CATEGORIES
from pos_desktop.demo.credentials import DEMO_STORE, DEMO_USERS
from pos_desktop.demo.people import people
from pos_desktop.demo.products import demo_products
from pos_desktop.demo.promotions import EXPIRED_COUPON, LIMITED_COUPON
from pos_desktop.paths import DATABASE_FILE
from pos_desktop.services.auth import login_with_password, login_with_pin
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.coupons import validate_coupon
from pos_desktop.services.loyalty import loyalty_summary
from pos_desktop.store.database import Database
from pos_desktop.store.models import Organization, Store, Translation, User
from pos_desktop.store.models.catalog import Category, Product, TaxClass
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.inventory import StockMovement
from pos_desktop.store.models.loyalty import (
    Coupon,
    CustomerLoyalty,
    LoyaltyCampaign,
    LoyaltyReward,
)
from pos_desktop.store.models.sales import Sale
from pos_desktop.store.models.shifts import Shift, ShiftClosing
from pos_desktop.store.terminal import load_identity, open_database
from tests.cli.helpers import run_cli

# One build shared by the module: keep its tests on one xdist worker.
pytestmark = pytest.mark.xdist_group("demo")

SINHALA = re.compile("[\u0d80-\u0dff]")
TAMIL = re.compile("[\u0b80-\u0bff]")


@dataclass
class Demo:
    data_dir: Path
    output: str
    db: Database
    ctx: ServiceContext


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    data_dir = tmp_path_factory.mktemp("demo")
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--data-dir", str(data_dir), "demo"])
    assert code == 0, err.getvalue()
    db = open_database(data_dir / DATABASE_FILE)
    yield Demo(data_dir, out.getvalue(), db, ServiceContext(db, load_identity(db)))
    db.dispose()


def test_demo_says_where_the_database_is_and_how_to_sign_in(demo: Demo) -> None:
    assert str(demo.data_dir / DATABASE_FILE) in demo.output
    for user in DEMO_USERS:
        assert user.username in demo.output
        assert f"PIN {user.pin}" in demo.output
        if user.password:
            assert user.password in demo.output
    assert not (demo.data_dir / (DATABASE_FILE + ".building")).exists()


def test_demo_store_identity(demo: Demo) -> None:
    with demo.db.read() as s:
        org = s.get(Organization, demo.ctx.terminal.organization_id)
        store = s.get(Store, demo.ctx.terminal.store_id)
    assert org is not None and org.name == DEMO_STORE.organization and org.currency == "LKR"
    assert store is not None and store.name == DEMO_STORE.store
    assert store.vat_registration_number == DEMO_STORE.vat_registration_number
    assert store.address and store.phone


def test_at_least_2000_products_with_valid_ean13_and_weighed_items(demo: Demo) -> None:
    with demo.db.read() as s:
        rows = s.execute(
            select(
                Product.barcode, Product.item_code, Product.is_weighed, Product.unit,
                Product.price_minor, Product.category_id, TaxClass.code,
            ).join(TaxClass, TaxClass.id == Product.tax_class_id)
        ).all()  # fmt: skip
        categories = {r.id: r.name for r in s.execute(select(Category.id, Category.name))}
        search_rows = s.execute(text("SELECT count(*) FROM products_fts")).scalar_one()
    assert len(rows) >= 2_000
    packaged = [r for r in rows if not r.is_weighed]
    weighed = [r for r in rows if r.is_weighed]
    barcodes = [r.barcode for r in packaged]
    assert all(b is not None and len(b) == 13 and is_valid_gtin(b) for b in barcodes)
    assert len(set(barcodes)) == len(barcodes)
    assert len(weighed) >= 50
    codes = [r.item_code for r in weighed]
    assert all(c is not None and re.fullmatch(r"\d{5}", c) for c in codes)
    assert len(set(codes)) == len(codes)
    assert all(r.unit == "kg" and r.barcode is None for r in weighed)
    assert all(r.price_minor > 0 for r in rows)
    assert {r.code for r in rows} == {"VAT18", "EXEMPT"}
    used = {categories[r.category_id] for r in rows}
    assert used == {c.name for c in CATEGORIES}
    assert {
        "Rice",
        "Dhal & Pulses",
        "Spices",
        "Tea & Coffee",
        "Vegetables",
        "Fish & Seafood",
    } <= used
    assert search_rows == len(rows)


def test_every_product_has_an_opening_stock_movement(demo: Demo) -> None:
    with demo.db.read() as s:
        products = s.execute(select(func.count(Product.id))).scalar_one()
        openings = s.execute(
            select(StockMovement.product_id, StockMovement.movement_type).where(
                StockMovement.reason == "opening"
            )
        ).all()
    assert len(openings) == products
    assert len({o.product_id for o in openings}) == products
    assert {o.movement_type for o in openings} == {"IN"}


def test_a_good_share_of_products_has_sinhala_and_tamil_names(demo: Demo) -> None:
    with demo.db.read() as s:
        products = s.execute(select(func.count(Product.id))).scalar_one()
        rows = s.execute(
            select(Translation.language, Translation.value, Translation.field).where(
                Translation.resource == "products"
            )
        ).all()
    by_language = Counter(r.language for r in rows)
    assert by_language["si"] >= products * 0.4
    assert by_language["ta"] >= products * 0.4
    assert {r.field for r in rows} == {"name"}
    assert all(SINHALA.search(r.value) for r in rows if r.language == "si")
    assert all(TAMIL.search(r.value) for r in rows if r.language == "ta")


def test_500_customers_with_mobiles_cards_and_real_loyalty(demo: Demo) -> None:
    with demo.db.read() as s:
        customers = s.execute(select(Customer)).scalars().all()
        caches = {c.customer_id: c for c in s.execute(select(CustomerLoyalty)).scalars()}
        assert len(customers) == 500
        phones = [c.phone_normalized for c in customers]
        assert all(p and re.fullmatch(r"\+947\d{8}", p) for p in phones)
        assert len(set(phones)) == 500
        cards = [c.loyalty_card_number for c in customers]
        assert len(set(cards)) == 500
        assert all(isinstance(parse_scan(c or ""), LoyaltyCard) for c in cards)
        # The cached balance and tier are what the loyalty service computes from the ledger.
        for customer in random.Random(1).sample(customers, 60):
            summary = loyalty_summary(s, demo.ctx, customer.id)
            cache = caches[customer.id]
            assert (cache.points_balance, cache.tier) == (summary.balance, summary.tier.value)
            assert cache.total_earned == summary.total_earned
    tiers = Counter(c.tier for c in caches.values())
    assert len(tiers) >= 3
    assert tiers["BRONZE"] > tiers.get("PLATINUM", 0)


def test_the_three_documented_users_sign_in(demo: Demo) -> None:
    admin, manager, cashier = DEMO_USERS
    assert admin.password is not None
    actor = login_with_password(demo.ctx, admin.username, admin.password)
    assert actor.role == "admin"
    assert login_with_pin(demo.ctx, manager.username, manager.pin).role == "manager"
    assert login_with_pin(demo.ctx, cashier.username, cashier.pin).role == "cashier"
    with demo.db.read() as s:
        assert s.execute(select(func.count(User.id))).scalar_one() == 3


def test_coupons_rewards_and_campaigns(demo: Demo) -> None:
    now = datetime.now(UTC)
    big = Money(20_000_00, "LKR")
    with demo.db.read() as s:
        coupons = s.execute(select(Coupon)).scalars().all()
        assert {c.type for c in coupons} == {t.value for t in CouponType}
        assert validate_coupon(s, demo.ctx, "avurudu10", big, now).amount == Money(1_500_00)
        with pytest.raises(ValidationError, match=r"expired|valid"):
            validate_coupon(s, demo.ctx, EXPIRED_COUPON, big, now)
        with pytest.raises(ValidationError, match=r"limit|used"):
            validate_coupon(s, demo.ctx, LIMITED_COUPON, big, now)
        rewards = s.execute(select(LoyaltyReward)).scalars().all()
        campaigns = s.execute(select(LoyaltyCampaign)).scalars().all()
    assert len(rewards) >= 3
    assert any(c.valid_from and c.valid_from <= now <= (c.valid_to or now) for c in campaigns)


def test_past_sales_went_through_checkout_and_shifts(demo: Demo) -> None:
    with demo.db.read() as s:
        sales = s.execute(select(func.count(Sale.id))).scalar_one()
        shifts = s.execute(select(func.count(Shift.id))).scalar_one()
        closed = s.execute(select(func.count(ShiftClosing.id))).scalar_one()
        integrity = s.execute(text("PRAGMA integrity_check")).scalar_one()
    assert sales >= 60
    assert (shifts, closed) == (4, 3)
    assert integrity == "ok"


def test_reports_on_the_demo_need_a_user_allowed_to_view_them(
    demo: Demo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    manager, cashier = DEMO_USERS[1], DEMO_USERS[2]
    base = ("--data-dir", str(demo.data_dir), "report")
    z = run_cli(capsys, *base, "z", "--user", manager.username, "--pin")
    assert z.code == 2  # no PIN given and no terminal to ask on
    monkeypatch.setenv("POS_PIN", manager.pin)
    z = run_cli(capsys, *base, "z", "--user", manager.username, "--pin")
    assert z.code == 0, z.err
    assert "Z REPORT No. 3" in z.out and "EXPECTED IN DRAWER" in z.out
    x = run_cli(capsys, *base, "x", "--user", manager.username)
    assert x.code == 0, x.err
    assert "X REPORT" in x.out and "(OPEN)" in x.out
    monkeypatch.setenv("POS_PIN", cashier.pin)
    refused = run_cli(capsys, *base, "x", "--user", cashier.username)
    assert refused.code == 2
    assert "not allowed to view reports" in refused.err


def test_demo_if_missing_keeps_the_store_and_a_second_demo_is_refused(
    demo: Demo, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (demo.data_dir / DATABASE_FILE).stat().st_size
    kept = run_cli(capsys, "--data-dir", str(demo.data_dir), "demo", "--if-missing")
    assert kept.code == 0
    assert "nothing to do" in kept.out and DEMO_USERS[0].password in kept.out  # type: ignore[operator]
    refused = run_cli(capsys, "--data-dir", str(demo.data_dir), "demo")
    assert refused.code == 2 and "refusing to overwrite" in refused.err
    assert (demo.data_dir / DATABASE_FILE).stat().st_size == before
    doctor = run_cli(capsys, "--data-dir", str(demo.data_dir), "doctor")
    assert doctor.code == 0, doctor.out


def test_demo_refuses_a_tiny_catalog(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = run_cli(capsys, "--data-dir", str(tmp_path), "demo", "--products", "10")
    assert run.code == 2
    assert not (tmp_path / DATABASE_FILE).exists()


def test_demo_content_is_deterministic() -> None:
    assert list(demo_products(5, 2_500)) == list(demo_products(5, 2_500))
    assert list(demo_products(5, 300)) != list(demo_products(6, 300))
    assert list(people(random.Random(3), 200)) == list(people(random.Random(3), 200))
