"""Scheduled price changes: the price in force switches exactly at ``effective_from``, on a till
that writes nothing at that moment; cancelled ones never apply; the newest due one wins;
variants; a sale at 23:59 and one at 00:01 get the old and the new price."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from pos_desktop.core.errors import NotFoundError, PermissionDenied, ValidationError
from pos_desktop.services import till_io
from pos_desktop.services.catalog import (
    VariantDraft,
    add_variant,
    lookup_barcode,
    search_products,
    set_price,
)
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.scheduled_prices import (
    ScheduleStatus,
    cancel_scheduled_price,
    effective_price_minor,
    list_scheduled_prices,
    schedule_price,
)
from pos_desktop.services.till import TillSession
from pos_desktop.store.models import AuditLog
from pos_desktop.store.models.catalog import Product
from pos_desktop.store.models.sales import SaleLine
from pos_desktop.store.models.scheduled_prices import SUPERSEDED, ScheduledPrice
from tests.catalog.factory import ean13, make_product
from tests.support.terminal import Terminal
from tests.till.shop import RICE_BARCODE, SOAP_BARCODE, build_shop

# Colombo is UTC+05:30: local midnight of 1 January 2027 is 18:30 UTC on 31 December.
NEW_YEAR_LOCAL = datetime(2027, 1, 1, 0, 0)
NEW_YEAR_UTC = datetime(2026, 12, 31, 18, 30, tzinfo=UTC)
BEFORE = datetime(2026, 12, 31, 4, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def clocked(terminal: Terminal, now: datetime = BEFORE) -> tuple[ServiceContext, Clock]:
    clock = Clock(now)
    return replace(terminal.ctx, clock=clock), clock


def price_at(terminal: Terminal, barcode: str, at: datetime) -> int:
    with terminal.db.read() as s:
        hit = lookup_barcode(s, barcode, at=at)
    assert hit is not None
    return hit.price_minor


def test_the_switch_happens_exactly_at_effective_from(terminal: Terminal) -> None:
    p = make_product(terminal, barcode=ean13(11), price_minor=100_00)
    ctx, _ = clocked(terminal)
    result = schedule_price(ctx, terminal.manager, p.id, 120_00, NEW_YEAR_LOCAL, note="new year")
    assert result.schedule.effective_from == NEW_YEAR_UTC  # typed in local time, kept in UTC
    assert result.schedule.status is ScheduleStatus.UPCOMING
    assert result.schedule.current_minor == 100_00
    tick = timedelta(microseconds=1)
    assert price_at(terminal, ean13(11), NEW_YEAR_UTC - tick) == 100_00
    assert price_at(terminal, ean13(11), NEW_YEAR_UTC) == 120_00
    assert price_at(terminal, ean13(11), NEW_YEAR_UTC + timedelta(days=30)) == 120_00
    with terminal.db.read() as s:
        # Nothing rewrote the catalog row: the price is resolved when read.
        assert s.get(Product, p.id).price_minor == 100_00  # type: ignore[union-attr]
        hits = search_products(s, p.sku, at=NEW_YEAR_UTC)
        assert hits[0].price_minor == 120_00
        assert effective_price_minor(s, p.id, None, NEW_YEAR_UTC - tick) == 100_00
        entry = s.execute(
            select(AuditLog).where(AuditLog.action == "product.price_scheduled")
        ).scalar_one()
        assert entry.new_values["price_minor"] == 120_00  # type: ignore[index]


def test_a_cancelled_change_never_applies(terminal: Terminal) -> None:
    p = make_product(terminal, barcode=ean13(12), price_minor=100_00)
    ctx, clock = clocked(terminal)
    sid = schedule_price(ctx, terminal.manager, p.id, 80_00, NEW_YEAR_LOCAL).schedule.id
    with pytest.raises(PermissionDenied):
        cancel_scheduled_price(ctx, terminal.cashier, sid)
    cancelled = cancel_scheduled_price(ctx, terminal.manager, sid, "supplier kept the price")
    assert cancelled.schedule.status is ScheduleStatus.CANCELLED
    assert price_at(terminal, ean13(12), NEW_YEAR_UTC + timedelta(days=1)) == 100_00
    with pytest.raises(ValidationError, match="already cancelled"):
        cancel_scheduled_price(ctx, terminal.manager, sid)
    # One already in force is not undone by a cancel: the catalog price is set instead.
    later = schedule_price(ctx, terminal.manager, p.id, 90_00, NEW_YEAR_LOCAL).schedule.id
    clock.now = NEW_YEAR_UTC + timedelta(hours=1)
    with pytest.raises(ValidationError, match="already in force"):
        cancel_scheduled_price(ctx, terminal.manager, later)
    with pytest.raises(NotFoundError):
        cancel_scheduled_price(ctx, terminal.manager, "no-such-id")


def test_the_newest_due_change_wins(terminal: Terminal) -> None:
    p = make_product(terminal, barcode=ean13(13), price_minor=100_00)
    ctx, clock = clocked(terminal)
    schedule_price(ctx, terminal.manager, p.id, 110_00, datetime(2027, 1, 1, 0, 0))
    schedule_price(ctx, terminal.manager, p.id, 130_00, datetime(2027, 3, 1, 0, 0))
    schedule_price(ctx, terminal.manager, p.id, 120_00, datetime(2027, 2, 1, 0, 0))
    # Two at the same moment: the one scheduled last wins.
    clock.now += timedelta(minutes=1)
    schedule_price(ctx, terminal.manager, p.id, 125_00, datetime(2027, 2, 1, 0, 0))
    local = timedelta(hours=5, minutes=30)
    assert price_at(terminal, ean13(13), datetime(2027, 1, 15, tzinfo=UTC)) == 110_00
    assert price_at(terminal, ean13(13), datetime(2027, 2, 1, tzinfo=UTC) - local) == 125_00
    assert price_at(terminal, ean13(13), datetime(2027, 4, 1, tzinfo=UTC)) == 130_00
    clock.now = datetime(2027, 2, 10, tzinfo=UTC)
    upcoming = list_scheduled_prices(ctx, "upcoming")
    past = list_scheduled_prices(ctx, "past")
    assert [v.price_minor for v in upcoming] == [130_00]
    assert upcoming[0].current_minor == 125_00
    assert [(v.price_minor, v.status) for v in past] == [
        (125_00, ScheduleStatus.IN_EFFECT),
        (120_00, ScheduleStatus.REPLACED),
        (110_00, ScheduleStatus.REPLACED),
    ]
    assert list_scheduled_prices(ctx, "all", search="nothing-like-this") == []
    assert len(list_scheduled_prices(ctx, "all", search=p.sku.lower())) == 4


def test_variants_follow_their_own_or_their_products_schedule(terminal: Terminal) -> None:
    p = make_product(terminal, barcode=ean13(14), price_minor=100_00)
    own = add_variant(
        terminal.ctx,
        terminal.manager,
        p.id,
        VariantDraft("Size", "1 kg", barcode=ean13(15), price_minor=180_00),
    ).product.variants
    inherits = add_variant(
        terminal.ctx, terminal.manager, p.id, VariantDraft("Size", "500 g", barcode=ean13(16))
    ).product.variants
    own_id = next(v.id for v in own if v.value == "1 kg")
    assert next(v.id for v in inherits if v.value == "500 g")
    ctx, _ = clocked(terminal)
    schedule_price(ctx, terminal.manager, p.id, 110_00, NEW_YEAR_LOCAL)
    schedule_price(ctx, terminal.manager, p.id, 200_00, NEW_YEAR_LOCAL, variant_id=own_id)
    after = NEW_YEAR_UTC + timedelta(minutes=1)
    assert price_at(terminal, ean13(14), after) == 110_00  # the product
    assert price_at(terminal, ean13(15), after) == 200_00  # its own schedule
    assert price_at(terminal, ean13(16), after) == 110_00  # follows the product's price
    assert price_at(terminal, ean13(15), BEFORE) == 180_00
    assert price_at(terminal, ean13(16), BEFORE) == 100_00
    other = make_product(terminal, price_minor=5_00)
    with pytest.raises(NotFoundError, match="not a variant"):
        schedule_price(ctx, terminal.manager, other.id, 1_00, NEW_YEAR_LOCAL, variant_id=own_id)


def test_bad_input_is_refused_and_nothing_is_written(terminal: Terminal) -> None:
    p = make_product(terminal, price_minor=100_00)
    ctx, _ = clocked(terminal)
    with pytest.raises(PermissionDenied):
        schedule_price(ctx, terminal.cashier, p.id, 1_00, NEW_YEAR_LOCAL)
    with pytest.raises(ValidationError, match="negative"):
        schedule_price(ctx, terminal.manager, p.id, -1, NEW_YEAR_LOCAL)
    with pytest.raises(ValidationError, match="too large"):
        schedule_price(ctx, terminal.manager, p.id, 10**12, NEW_YEAR_LOCAL)
    with pytest.raises(ValidationError, match="past"):
        schedule_price(ctx, terminal.manager, p.id, 1_00, BEFORE - timedelta(days=1))
    with pytest.raises(ValidationError, match="three years"):
        schedule_price(ctx, terminal.manager, p.id, 1_00, datetime(2031, 1, 1))
    with pytest.raises(NotFoundError):
        schedule_price(ctx, terminal.manager, "missing", 1_00, NEW_YEAR_LOCAL)
    with pytest.raises(ValidationError, match="note"):
        schedule_price(ctx, terminal.manager, p.id, 1_00, NEW_YEAR_LOCAL, note="x" * 501)
    with terminal.db.read() as s:
        assert s.execute(select(func.count()).select_from(ScheduledPrice)).scalar_one() == 0


def test_a_catalog_price_edit_ends_the_changes_already_in_force(terminal: Terminal) -> None:
    p = make_product(terminal, barcode=ean13(17), price_minor=100_00)
    ctx, clock = clocked(terminal)
    due = schedule_price(ctx, terminal.manager, p.id, 120_00, NEW_YEAR_LOCAL).schedule.id
    future = schedule_price(ctx, terminal.manager, p.id, 150_00, datetime(2027, 6, 1)).schedule.id
    clock.now = NEW_YEAR_UTC + timedelta(days=2)
    assert price_at(terminal, ean13(17), clock.now) == 120_00
    set_price(ctx, terminal.manager, p.id, 99_00)  # typed in the catalog after the change
    assert price_at(terminal, ean13(17), clock.now) == 99_00
    assert price_at(terminal, ean13(17), datetime(2027, 7, 1, tzinfo=UTC)) == 150_00
    with terminal.db.read() as s:
        ended = s.get(ScheduledPrice, due)
        kept = s.get(ScheduledPrice, future)
        assert ended is not None and ended.cancel_reason == SUPERSEDED
        assert ended.cancelled_at == clock.now
        assert kept is not None and kept.cancelled_at is None


def test_a_sale_at_2359_and_one_at_0001_get_the_right_prices(terminal: Terminal) -> None:
    shop = build_shop(terminal)
    ctx, clock = clocked(terminal)
    schedule_price(ctx, terminal.manager, shop.rice.product_id, 1300_00, NEW_YEAR_LOCAL)
    schedule_price(ctx, terminal.manager, shop.soap.product_id, 90_00, NEW_YEAR_LOCAL)
    prices: dict[str, list[int]] = {}
    for label, moment in (
        ("23:59", NEW_YEAR_UTC - timedelta(minutes=1)),
        ("00:01", NEW_YEAR_UTC + timedelta(minutes=1)),
    ):
        clock.now = moment
        t = TillSession()
        config = till_io.load_settings(ctx).barcode_config
        for code in (RICE_BARCODE, SOAP_BARCODE):
            assert t.apply_scan(till_io.resolve(ctx, code, config)).kind == "line"
        result = t.pay(ctx, terminal.cashier, [PaymentRequest("CASH", 2000_00)])
        with terminal.db.read() as s:
            prices[label] = sorted(
                s.execute(
                    select(SaleLine.unit_price_minor).where(SaleLine.sale_id == result.sale_id)
                ).scalars()
            )
    assert prices == {"23:59": [95_50, 1250_00], "00:01": [90_00, 1300_00]}
