"""Seed customers with a loyalty history (points earned over the past months, some redeemed).

Fields go through the customer service's own validators (name, e-mail, card) and the phone
through core.phone, so rows are exactly what ``create_customer`` would store. Balances and tiers
follow from the EARNED/REDEEMED ledger rows: the ``customer_loyalty`` cache is written from
the sums of the very rows inserted, with core.loyalty.tier_for, which is what the loyalty
service's ``refresh_customer_loyalty`` computes (tests compare the two). Calling that service
per customer costs ~10 ms each, too slow for the benchmark's 50,000 customers.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Final

from sqlalchemy.orm import Session

from pos_desktop.core.ids import new_id
from pos_desktop.core.loyalty import LoyaltyPolicy, LoyaltyTxnType, tier_for
from pos_desktop.core.phone import normalize_phone
from pos_desktop.demo.barcodes import loyalty_card_number
from pos_desktop.demo.bulk import batched, insert_rows
from pos_desktop.demo.people import Person
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.customers import clean_card, clean_email, clean_name
from pos_desktop.services.loyalty_policy import policy
from pos_desktop.store.models.customers import Customer, CustomerStatus
from pos_desktop.store.models.loyalty import CustomerLoyalty, LoyaltyTransaction

# Lifetime points by share of customers: most are occasional shoppers, a few are regulars.
# (percent of customers, lowest, highest); thresholds of the default tiers are 1k/5k/20k.
LIFETIME_POINTS: Final = (
    (55, 0, 999),
    (28, 1_000, 4_999),
    (14, 5_000, 19_999),
    (3, 20_000, 40_000),
)
HISTORY_DAYS: Final = 330  # earned within the last year, so nothing has expired yet


@dataclass
class CustomerSeed:
    ids: list[str] = field(default_factory=list)
    ledger_rows: int = 0
    tiers: dict[str, int] = field(default_factory=dict)


def _lifetime(rng: random.Random) -> int:
    roll = rng.randrange(100)
    for share, low, high in LIFETIME_POINTS:
        if roll < share:
            return rng.randint(low, high)
        roll -= share
    return 0


def _display_phone(mobile: str) -> str:
    return f"{mobile[:3]} {mobile[3:6]} {mobile[6:]}"  # as a cashier types it: 077 123 4567


def seed_customers(
    session: Session,
    ctx: ServiceContext,
    people: Iterable[Person],
    *,
    now: datetime,
    seed: int,
    created_by_id: str | None,
    make_id: Callable[[], str] = new_id,
) -> CustomerSeed:
    """Customers, their loyalty ledger, and the loyalty cache, in the caller's transaction."""
    rng = random.Random(seed ^ 0xC0FFEE)
    ident = ctx.terminal
    pol = policy(session, ctx)
    result = CustomerSeed()
    caches: list[dict[str, Any]] = []
    for chunk in batched(people, 2_000):
        customers: list[dict[str, Any]] = []
        ledger: list[dict[str, Any]] = []
        for person in chunk:
            cid = make_id()
            member_since = now - timedelta(days=rng.randint(HISTORY_DAYS + 5, 3 * 365))
            customers.append(
                _customer_row(ident.organization_id, ident, cid, person, now, member_since)
                | {"loyalty_card_number": clean_card(loyalty_card_number(len(result.ids)))}
            )
            rows, earned = _history(rng, ctx, cid, now, pol, created_by_id, make_id)
            ledger += rows
            caches.append(_cache_row(ident.organization_id, cid, rows, earned, now, pol, make_id))
            result.ids.append(cid)
        insert_rows(session, Customer, customers)
        result.ledger_rows += insert_rows(session, LoyaltyTransaction, ledger)
    for chunk_rows in batched(caches):
        insert_rows(session, CustomerLoyalty, chunk_rows)
    for row in caches:
        result.tiers[row["tier"]] = result.tiers.get(row["tier"], 0) + 1
    return result


def _customer_row(
    org: str,
    ident: Any,
    cid: str,
    person: Person,
    now: datetime,
    member_since: datetime,
) -> dict[str, Any]:
    phone = _display_phone(person.mobile)
    birthday: date | None = None
    if person.birthday_days is not None:
        birthday = (now - timedelta(days=person.birthday_days)).date()
    return {
        "id": cid,
        "organization_id": org,
        "name": clean_name(person.full_name),
        "phone": phone,
        "phone_normalized": normalize_phone(phone),
        "email": clean_email(person.email),
        "address": {"street": person.street, "city": person.city},
        "status": CustomerStatus.ACTIVE.value,
        "birthday": birthday,
        "notes": None,
        "merged_into_id": None,
        "home_store_id": ident.store_id,
        "total_orders": 0,
        "total_spent_minor": 0,
        "currency": ident.currency,
        "hlc": None,
        "created_at": member_since,
        "updated_at": member_since,
    }


def _history(
    rng: random.Random,
    ctx: ServiceContext,
    cid: str,
    now: datetime,
    pol: LoyaltyPolicy,
    created_by_id: str | None,
    make_id: Callable[[], str],
) -> tuple[list[dict[str, Any]], int]:
    """EARNED entries adding up to a lifetime total, then perhaps one redemption."""
    lifetime = _lifetime(rng)
    if lifetime == 0:
        return [], 0
    parts = min(12, 1 + lifetime // 400)
    cuts = (
        sorted(rng.sample(range(1, lifetime), parts - 1)) if parts > 1 and lifetime > parts else []
    )
    amounts = [b - a for a, b in zip([0, *cuts], [*cuts, lifetime], strict=True)]
    days = sorted((rng.randint(5, HISTORY_DAYS) for _ in amounts), reverse=True)
    rows = []
    for points, ago in zip(amounts, days, strict=True):
        if points <= 0:
            continue
        at = now - timedelta(days=ago, minutes=rng.randint(0, 600))
        rows.append(
            _ledger(ctx, cid, LoyaltyTxnType.EARNED, points, at, make_id, created_by_id)
            | {"reason": "purchases", "expires_at": pol.expiry_for(at)}
        )
    if lifetime >= 2 * pol.min_redeem_points and rng.random() < 0.3:
        most = min(lifetime // 2, 1_500) // 100 * 100
        points = rng.randrange(pol.min_redeem_points, most + 1, 100)
        at = now - timedelta(days=rng.randint(1, 4), minutes=rng.randint(0, 600))
        rows.append(
            _ledger(ctx, cid, LoyaltyTxnType.REDEEMED, -points, at, make_id, created_by_id)
            | {"reason": "redeemed at the counter", "expires_at": None}
        )
    return rows, lifetime


def _ledger(
    ctx: ServiceContext,
    cid: str,
    kind: LoyaltyTxnType,
    points: int,
    at: datetime,
    make_id: Callable[[], str],
    created_by_id: str | None,
) -> dict[str, Any]:
    ident = ctx.terminal
    return {
        "id": make_id(),
        "organization_id": ident.organization_id,
        "store_id": ident.store_id,
        "device_id": ident.device_id,
        "customer_id": cid,
        "type": kind.value,
        "points": points,
        "sale_id": None,
        "return_id": None,
        "product_id": None,
        "campaign_id": None,
        "reward_id": None,
        "created_by_id": created_by_id,
        "created_at": at,
    }


def _cache_row(
    org: str,
    cid: str,
    rows: list[dict[str, Any]],
    earned: int,
    now: datetime,
    pol: LoyaltyPolicy,
    make_id: Callable[[], str],
) -> dict[str, Any]:
    redeemed = -sum(r["points"] for r in rows if r["type"] == LoyaltyTxnType.REDEEMED.value)
    expiries = [r["expires_at"] for r in rows if r["expires_at"] is not None]
    return {
        "id": make_id(),
        "organization_id": org,
        "customer_id": cid,
        "tier": tier_for(earned, pol).value,
        "points_balance": earned - redeemed,
        "total_earned": earned,
        "total_redeemed": redeemed,
        "total_expired": 0,
        "last_activity_at": max((r["created_at"] for r in rows), default=None),
        "expires_at": min(expiries, default=None),
        "created_at": now,
        "updated_at": now,
    }
