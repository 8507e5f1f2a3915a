"""A page's "today" is the shop's date, not the computer's: at 19:00 UTC it is already the next
day in Colombo (UTC+05:30)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from pos_desktop.services.loyalty_policy import store_today
from tests.support.terminal import Terminal


def test_store_today_follows_the_shops_zone_and_the_service_clock(terminal: Terminal) -> None:
    late = replace(terminal.ctx, clock=lambda: datetime(2026, 11, 23, 19, 0, tzinfo=UTC))
    assert store_today(late) == date(2026, 11, 24)
    early = replace(terminal.ctx, clock=lambda: datetime(2026, 11, 23, 18, 0, tzinfo=UTC))
    assert store_today(early) == date(2026, 11, 23)
