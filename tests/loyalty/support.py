"""Helpers for loyalty and coupon service tests: a movable clock and quick customers."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from pos_desktop.services.context import ServiceContext
from pos_desktop.services.customers import CustomerInput, create_customer
from tests.support.terminal import Terminal

# 10:00 in Colombo (UTC+05:30).
START = datetime(2025, 6, 15, 4, 30, tzinfo=UTC)


class Clock:
    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def clocked(terminal: Terminal, clock: Clock) -> ServiceContext:
    ctx = dataclasses.replace(terminal.ctx, clock=clock)
    terminal.ctx = ctx
    return ctx


def customer(terminal: Terminal, name: str = "Nimal Perera", **kw: Any) -> str:
    return create_customer(
        terminal.ctx, terminal.cashier, CustomerInput(name=name, **kw)
    ).customer.id


def count(terminal: Terminal, model: Any, *where: Any) -> int:
    with terminal.db.read() as s:
        query = select(func.count()).select_from(model)
        if where:
            query = query.where(*where)
        return int(s.execute(query).scalar_one())
