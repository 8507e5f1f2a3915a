"""Loyalty settings and the shop's local day.

The whole ``LoyaltyPolicy`` lives under one settings key, ``loyalty.policy`` (declared by
services.settings), in the JSON form ``core.loyalty.policy_to_dict`` writes; missing fields
take their defaults and ``{}`` means all defaults. ``loyalty.enabled`` switches the programme
off without touching the policy. A malformed policy pulled from HQ falls back to the defaults
rather than stopping sales; ``update_loyalty_policy`` refuses one before it is stored.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.loyalty import LoyaltyPolicy, policy_from_dict, policy_to_dict
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.settings import (
    LOYALTY_POLICY,
    SettingResult,
    get_settings,
    set_setting,
)
from pos_desktop.store.models import Organization

ENABLED_KEY: Final = "loyalty.enabled"
DEFAULT_ZONE: Final = "Asia/Colombo"


def policy(session: Session, ctx: ServiceContext) -> LoyaltyPolicy:
    """The loyalty policy in force on this terminal (settings over defaults).

    Kept in ``session.info`` for the rest of the transaction: checkout asks several times per
    sale, and a unit of work's session lives for one transaction only.
    """
    key = ("loyalty_policy", ctx.terminal.organization_id, ctx.terminal.store_id)
    cached = session.info.get(key)
    if isinstance(cached, LoyaltyPolicy):
        return cached
    session.info[key] = result = _load_policy(session, ctx)
    return result


def _load_policy(session: Session, ctx: ServiceContext) -> LoyaltyPolicy:
    base = LoyaltyPolicy(currency=ctx.terminal.currency)
    values = get_settings(session, ctx, (LOYALTY_POLICY, ENABLED_KEY))  # one query for both
    stored: Any = values[LOYALTY_POLICY]
    try:
        result = policy_from_dict(stored if isinstance(stored, dict) else {}, base)
    except ValidationError:
        result = base  # a bad row from HQ must not stop sales
    if result.enabled and values[ENABLED_KEY] is False:
        result = policy_from_dict({"enabled": False}, result)
    return result


def update_loyalty_policy(
    ctx: ServiceContext, actor: Actor, new_policy: LoyaltyPolicy
) -> SettingResult:
    """Store a policy for the whole organization (MANAGE_SETTINGS, audited by set_setting)."""
    data = policy_to_dict(new_policy)
    policy_from_dict(data)  # round-trips: refuse anything policy() could not read back
    return set_setting(ctx, actor, LOYALTY_POLICY, data, scope="organization")


def local_zone(session: Session, ctx: ServiceContext) -> ZoneInfo:
    """The organization's time zone (kept in ``session.info`` for the transaction)."""
    key = ("loyalty_zone", ctx.terminal.organization_id)
    cached = session.info.get(key)
    if isinstance(cached, ZoneInfo):
        return cached
    org = session.get(Organization, ctx.terminal.organization_id)
    try:
        zone = ZoneInfo(org.timezone if org else DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo(DEFAULT_ZONE)
    session.info[key] = zone
    return zone


def store_today(ctx: ServiceContext) -> date:
    """Today in the shop's time zone by the service clock: what a page's "today" means (the
    computer's own date can already be tomorrow or still yesterday there)."""
    with ctx.db.read() as session:
        return local_day(session, ctx, ctx.clock())[0]


def local_day(
    session: Session, ctx: ServiceContext, now: datetime
) -> tuple[date, datetime, datetime]:
    """The shop's local date at ``now`` and that day's bounds in UTC."""
    zone = local_zone(session, ctx)
    today = now.astimezone(zone).date()
    start = datetime.combine(today, time(0), zone).astimezone(UTC)
    end = datetime.combine(today + timedelta(days=1), time(0), zone).astimezone(UTC)
    return today, start, end
