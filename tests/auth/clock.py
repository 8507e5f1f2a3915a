"""A clock tests can move forward (ServiceContext takes any callable returning aware UTC)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from pos_desktop.services.context import ServiceContext

START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


class MovableClock:
    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def with_clock(ctx: ServiceContext, clock: MovableClock) -> ServiceContext:
    return dataclasses.replace(ctx, clock=clock)
