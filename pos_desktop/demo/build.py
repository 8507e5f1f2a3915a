"""Build the Lanka Mart demo store in a new terminal database.

Order: set-up service (organization, store, device, admin), users service (manager, cashier),
one transaction for the bulk reference data (categories, products, translations, opening stock,
customers with their loyalty ledger), the coupon service, rewards and campaigns, then past days
of trading through shifts and checkout. Content is seeded (same seed, same products, people and
baskets); ids and timestamps are real (UUIDv7, now).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Final

from sqlalchemy import select

from pos_desktop.core.clock import utc_now
from pos_desktop.core.errors import ValidationError
from pos_desktop.demo.catalog import seed_categories, seed_products
from pos_desktop.demo.credentials import DEMO_ADMIN, DEMO_USERS, demo_store_setup
from pos_desktop.demo.customers import seed_customers
from pos_desktop.demo.people import Person, people
from pos_desktop.demo.products import demo_products
from pos_desktop.demo.promotions import seed_coupons, seed_rewards_and_campaigns
from pos_desktop.demo.sales import seed_sales
from pos_desktop.services.auth import login_with_password, login_with_pin
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.setup import initialize_terminal
from pos_desktop.services.users import NewUser, create_user
from pos_desktop.store.models.catalog import Product
from pos_desktop.store.terminal import open_database

DEFAULT_SEED: Final = 20_250_414  # Sinhala and Tamil New Year
MIN_PRODUCTS: Final = 100  # below this the categories and weighed items are not all present


@dataclass(frozen=True, slots=True)
class DemoOptions:
    products: int = 2_200
    customers: int = 500
    seed: int = DEFAULT_SEED
    sales_days: int = 3
    sales_per_day: int = 30


@dataclass
class DemoSummary:
    database: Path
    products: int = 0
    weighed: int = 0
    translations: int = 0
    customers: int = 0
    tiers: dict[str, int] = field(default_factory=dict)
    coupons: int = 0
    rewards: int = 0
    campaigns: int = 0
    users: int = 0
    sales: int = 0
    closed_shifts: int = 0
    seconds: float = 0.0


def build_demo(
    path: Path,
    options: DemoOptions = DemoOptions(),
    *,
    now: datetime | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Create the demo store in ``path`` (a new or empty database file)."""
    if options.products < MIN_PRODUCTS:
        raise ValidationError(f"the demo store needs at least {MIN_PRODUCTS} products")
    started = utc_now()
    now = now or started
    say = progress or (lambda _msg: None)
    summary = DemoSummary(database=path)
    db = open_database(path)
    try:
        identity = initialize_terminal(db, demo_store_setup())
        ctx = ServiceContext(db=db, terminal=identity)
        admin = login_with_password(ctx, DEMO_ADMIN.username, DEMO_ADMIN.password or "")
        for user in DEMO_USERS[1:]:
            create_user(
                ctx,
                admin,
                NewUser(
                    username=user.username,
                    name=user.name,
                    role=user.role,
                    pin=user.pin,
                    password=user.password,
                    store_id=identity.store_id,
                ),
            )
        summary.users = len(DEMO_USERS)

        say(f"catalog: {options.products} products, {options.customers} customers")
        with db.uow() as uow:
            s = uow.session
            categories = seed_categories(s, ctx, now)
            catalog = seed_products(
                s,
                ctx,
                demo_products(options.seed, options.products),
                categories=categories,
                created_by_id=admin.user_id,
                now=now,
                seed=options.seed,
            )
            customers = seed_customers(
                s,
                ctx,
                people_for(options),
                now=now,
                seed=options.seed,
                created_by_id=admin.user_id,
            )
            uow.commit()
        summary.products, summary.weighed = catalog.products, catalog.weighed
        summary.translations = catalog.translations
        summary.customers, summary.tiers = len(customers.ids), customers.tiers

        say("promotions: coupons, rewards, campaigns")
        summary.coupons = len(seed_coupons(ctx, admin, now))
        summary.rewards, summary.campaigns = seed_rewards_and_campaigns(
            ctx, now, _rice_product(ctx)
        )

        if options.sales_days > 0:
            say(f"sales: {options.sales_days} past days through checkout")
            cashier_user = DEMO_USERS[2]
            cashier = login_with_pin(ctx, cashier_user.username, cashier_user.pin)
            sales = seed_sales(
                ctx,
                cashier,
                now=now,
                seed=options.seed,
                customers=customers.ids,
                days=options.sales_days,
                per_day=options.sales_per_day,
            )
            summary.sales, summary.closed_shifts = sales.sales, sales.closed_shifts
    finally:
        with db.engine.connect() as conn:
            # Fold the WAL into the main file so the finished database is one file to move.
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
    summary.seconds = (utc_now() - started).total_seconds()
    return summary


def people_for(options: DemoOptions) -> Iterator[Person]:
    return people(random.Random(options.seed), options.customers)


def _rice_product(ctx: ServiceContext) -> str | None:
    with ctx.db.read() as s:
        return s.execute(
            select(Product.id)
            .where(Product.name.like("%Samba Rice 1kg"))
            .order_by(Product.sku)
            .limit(1)
        ).scalar_one_or_none()
