"""Report periods in the shop's local time, and which sales documents a sales report counts.

Period: a range of whole local days, first and last day included, in the organization's time
zone (``loyalty_policy.local_zone``: the zone receipts print their times in, Asia/Colombo when
unset). It becomes a half-open UTC range ``[start, end)`` for the queries, so a sale at 23:59
local time belongs to that local day even when it is already the next day in UTC.

Presets: today, yesterday, this week (Monday to today), this month (the 1st to today), last
month (the whole calendar month before), or a custom first..last day.

What a sales report counts ("net sales"), the same everywhere (by day, hour, product, category,
cashier, payment method, tax):

- SALE documents made in the period that were not voided: completed sales;
- RETURN documents made in the period, with their negative amounts: refunds count on the day
  the goods came back, whatever day the original sale was;
- nothing of a voided sale: neither the sale nor its VOID document. A void only cancels a sale
  of the same shift, so for any range covering whole shifts the net figures equal the Z
  reports' (Z net total = sales + returns + voids, where each void cancels its sale exactly).

A sale is "voided" when a VOID document points at it (``original_sale_id``), as of the moment
the report is read. Only this store's documents are counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, exists, or_
from sqlalchemy.orm import Session, aliased

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP, Translate, untranslated
from pos_desktop.services.context import Actor, ServiceContext, require
from pos_desktop.services.loyalty_policy import local_zone
from pos_desktop.store.models.sales import Sale, SaleKind

MAX_DAYS = 366 * 3  # a custom range longer than this is a typing mistake


class Preset(StrEnum):
    TODAY = "today"
    YESTERDAY = "yesterday"
    THIS_WEEK = "this_week"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Period:
    """Local days ``first``..``last`` (both included) in ``zone``; UTC bounds ``[start, end)``."""

    first: date
    last: date
    zone: str

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValidationError("the period ends before it starts")
        if (self.last - self.first).days > MAX_DAYS:
            raise ValidationError("a report covers at most three years")

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, time(0), self.tz).astimezone(UTC)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.last + timedelta(days=1), time(0), self.tz).astimezone(UTC)

    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]

    def label(self, translate: Translate = untranslated) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        text = translate("Reports", QT_TRANSLATE_NOOP("Reports", "{first} to {last}"))
        return text.format(first=self.first.isoformat(), last=self.last.isoformat())


def preset_days(preset: Preset, today: date) -> tuple[date, date]:
    """First and last local day of a preset, seen from the local date ``today``."""
    if preset is Preset.TODAY:
        return today, today
    if preset is Preset.YESTERDAY:
        day = today - timedelta(days=1)
        return day, day
    if preset is Preset.THIS_WEEK:
        return today - timedelta(days=today.weekday()), today
    if preset is Preset.THIS_MONTH:
        return today.replace(day=1), today
    if preset is Preset.LAST_MONTH:
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    raise ValidationError("a custom period needs its first and last day")


def store_zone(ctx: ServiceContext) -> ZoneInfo:
    with ctx.db.read() as s:
        return local_zone(s, ctx)


def make_period(
    ctx: ServiceContext,
    preset: Preset | str,
    first: date | None = None,
    last: date | None = None,
) -> Period:
    """The period of ``preset`` as of ``ctx.clock()`` in the store's zone (custom: first..last)."""
    zone = store_zone(ctx)
    chosen = Preset(preset)
    if chosen is Preset.CUSTOM:
        if first is None or last is None:
            raise ValidationError("a custom period needs its first and last day")
        return Period(first, last, zone.key)
    today = ctx.clock().astimezone(zone).date()
    a, b = preset_days(chosen, today)
    return Period(a, b, zone.key)


def require_reports(actor: Actor) -> None:
    require(actor, Permission.VIEW_REPORTS)


# -- the documents a sales report counts -----------------------------------------------------

_Voids = aliased(Sale, name="voids")


def not_voided() -> ColumnElement[bool]:
    """``Sale`` is not the original of a VOID document (served by ix original_sale_id)."""
    return ~exists().where(_Voids.original_sale_id == Sale.id, _Voids.kind == SaleKind.VOID.value)


def counted_sales(session: Session, ctx: ServiceContext, period: Period) -> ColumnElement[bool]:
    """WHERE clause over ``Sale``: this store's counted documents made in ``period``."""
    del session  # kept in the signature: callers hold a read session for the whole report
    return and_(
        Sale.store_id == ctx.terminal.store_id,
        Sale.created_at >= period.start,
        Sale.created_at < period.end,
        or_(
            Sale.kind == SaleKind.RETURN.value,
            and_(Sale.kind == SaleKind.SALE.value, not_voided()),
        ),
    )
