"""Physical stock takes: blind counts, the variance report, completion into COUNT movements,
and the snapshot moment that keeps sales made during the count."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from pos_desktop.core.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from pos_desktop.services.catalog import create_category
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.stock import (
    SaleStockLine,
    default_warehouse_id,
    on_hand_milli,
    receive_stock,
    record_sale_movements,
)
from pos_desktop.services.stock_take import (
    CountMode,
    cancel_stock_take,
    complete_stock_take,
    count_item,
    counted_lines,
    list_stock_takes,
    start_stock_take,
)
from pos_desktop.services.stock_take_report import variance_csv, variance_report
from pos_desktop.store.models import AuditLog
from pos_desktop.store.models.inventory import StockMovement
from pos_desktop.store.models.stock_take import StockTake
from tests.catalog.factory import ean13, make_product
from tests.support.terminal import Terminal

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves on by hand."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def tick(self, minutes: int = 1) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock(terminal: Terminal) -> Clock:
    return Clock()


@pytest.fixture
def ctx(terminal: Terminal, clock: Clock) -> ServiceContext:
    return replace(terminal.ctx, clock=clock)


def stock(terminal: Terminal, product_id: str) -> int:
    with terminal.db.read() as s:
        return on_hand_milli(s, product_id, default_warehouse_id(s, terminal.ctx.terminal.store_id))


def sell(ctx: ServiceContext, terminal: Terminal, product_id: str, units: int) -> None:
    with terminal.db.uow() as uow:
        record_sale_movements(
            uow.session, ctx, [SaleStockLine(product_id, None, units * 1000)], "sale-x"
        )
        uow.commit()


def test_variance_report_expected_counted_and_value(
    terminal: Terminal, ctx: ServiceContext, clock: Clock
) -> None:
    tea = make_product(terminal, name="Tea 100g", cost_minor=25_050, barcode=ean13(101))
    rice = make_product(terminal, name="Rice 5kg", cost_minor=120_000)
    soap = make_product(terminal, name="Soap", cost_minor=None)
    for p, qty in ((tea, 10), (rice, 4), (soap, 7)):
        receive_stock(ctx, terminal.manager, p.id, qty)
    clock.tick()
    take = start_stock_take(ctx, terminal.manager).stock_take_id
    clock.tick()
    for _ in range(8):  # eight tea packets scanned one by one
        count_item(ctx, terminal.manager, take, code=ean13(101))
    count_item(ctx, terminal.manager, take, code=rice.sku.lower(), quantity=5, mode="set")
    # Blind: the counting view carries counts only.
    lines = {ln.sku: ln.counted_milli for ln in counted_lines_of(terminal, take)}
    assert lines == {tea.sku: 8_000, rice.sku: 5_000}
    assert not hasattr(counted_lines_of(terminal, take)[0], "expected_milli")
    with terminal.db.read() as s:
        report = variance_report(s, ctx, take)
    by_sku = {ln.sku: ln for ln in report.lines}
    assert (by_sku[tea.sku].expected_milli, by_sku[tea.sku].difference_milli) == (10_000, -2_000)
    assert by_sku[tea.sku].difference_value_minor == -50_100
    assert by_sku[rice.sku].difference_value_minor == 120_000
    # Soap was not counted: listed, not part of the counted totals.
    assert by_sku[soap.sku].counted_milli is None and not by_sku[soap.sku].value_known
    assert report.expected_value_minor == 10 * 25_050 + 4 * 120_000
    assert report.counted_value_minor == 8 * 25_050 + 5 * 120_000
    assert report.difference_value_minor == 120_000 - 50_100
    assert (report.shortage_value_minor, report.surplus_value_minor) == (-50_100, 120_000)
    assert report.lines_with_variance == 2
    rows = list(csv.reader(io.StringIO(variance_csv(report))))
    assert rows[1][:6] == ["sku", "name", "unit", "expected", "counted", "difference"]
    tea_row = next(r for r in rows if r[0] == tea.sku)
    assert tea_row[3:6] == ["10", "8", "-2"] and tea_row[-1] == "-501.00"
    assert rows[-1][0] == "TOTAL" and rows[-1][-1] == "699.00"


def counted_lines_of(terminal: Terminal, take: str) -> list:  # type: ignore[type-arg]
    with terminal.db.read() as s:
        return counted_lines(s, terminal.ctx, take)


def test_complete_writes_count_movements_and_closes(
    terminal: Terminal, ctx: ServiceContext, clock: Clock
) -> None:
    a = make_product(terminal, cost_minor=1_000)
    b = make_product(terminal, cost_minor=1_000)
    same = make_product(terminal, cost_minor=1_000)
    for p in (a, b, same):
        receive_stock(ctx, terminal.manager, p.id, 6)
    clock.tick()
    take = start_stock_take(ctx, terminal.manager).stock_take_id
    clock.tick()
    count_item(ctx, terminal.manager, take, product_id=a.id, quantity=4, mode=CountMode.SET)
    count_item(ctx, terminal.manager, take, product_id=b.id, quantity=9, mode=CountMode.SET)
    count_item(ctx, terminal.manager, take, product_id=same.id, quantity=6, mode=CountMode.SET)
    clock.tick()
    result = complete_stock_take(ctx, terminal.manager, take)
    assert len(result.movement_ids) == 2  # no movement where the count equals the ledger
    assert (stock(terminal, a.id), stock(terminal, b.id), stock(terminal, same.id)) == (
        4_000,
        9_000,
        6_000,
    )
    with terminal.db.read() as s:
        counts = (
            s.execute(select(StockMovement).where(StockMovement.reason == "count")).scalars().all()
        )
        assert {(m.product_id, m.quantity_milli) for m in counts} == {
            (a.id, -2_000),
            (b.id, 3_000),
        }
        assert all(m.reference_type == "stock_take" and m.reference_id == take for m in counts)
        assert s.get(StockTake, take).status == "COMPLETED"  # type: ignore[union-attr]
        assert s.execute(
            select(AuditLog).where(AuditLog.action == "stock_take.complete")
        ).scalar_one()
    with pytest.raises(ConflictError):
        count_item(ctx, terminal.manager, take, product_id=a.id)
    with pytest.raises(ConflictError):
        complete_stock_take(ctx, terminal.manager, take)


def test_sales_during_the_count_are_not_lost(
    terminal: Terminal, ctx: ServiceContext, clock: Clock
) -> None:
    """Shelf of 10. A sale of 1 before the product is counted (the shelf shows 9, counted 9);
    another product counted 5 with 5 on the books, then 2 sold before completion: the count
    must keep both sales, not undo them."""
    early = make_product(terminal)
    late = make_product(terminal)
    receive_stock(ctx, terminal.manager, early.id, 10)
    receive_stock(ctx, terminal.manager, late.id, 5)
    clock.tick()
    take = start_stock_take(ctx, terminal.manager).stock_take_id
    clock.tick()
    sell(ctx, terminal, early.id, 1)  # sold before its shelf was counted
    clock.tick()
    count_item(ctx, terminal.manager, take, product_id=early.id, quantity=9, mode="set")
    count_item(ctx, terminal.manager, take, product_id=late.id, quantity=5, mode="set")
    clock.tick()
    sell(ctx, terminal, late.id, 2)  # sold after its shelf was counted
    sell(ctx, terminal, early.id, 3)
    clock.tick()
    with terminal.db.read() as s:
        report = variance_report(s, ctx, take)
    assert all(ln.difference_milli == 0 for ln in report.counted)
    result = complete_stock_take(ctx, terminal.manager, take)
    assert result.movement_ids == ()  # the counts matched: nothing to correct
    assert stock(terminal, early.id) == 6_000  # 9 counted - 3 sold later
    assert stock(terminal, late.id) == 3_000  # 5 counted - 2 sold later


def test_a_real_shortage_found_during_trading(
    terminal: Terminal, ctx: ServiceContext, clock: Clock
) -> None:
    p = make_product(terminal)
    receive_stock(ctx, terminal.manager, p.id, 10)
    clock.tick()
    take = start_stock_take(ctx, terminal.manager).stock_take_id
    clock.tick()
    count_item(ctx, terminal.manager, take, product_id=p.id, quantity=7, mode="set")  # 3 missing
    clock.tick()
    sell(ctx, terminal, p.id, 2)
    clock.tick()
    complete_stock_take(ctx, terminal.manager, take)
    assert stock(terminal, p.id) == 5_000  # counted 7, then 2 sold


def test_movement_pulled_late_but_made_before_the_count_is_included(
    terminal: Terminal, ctx: ServiceContext, clock: Clock
) -> None:
    """Another till sold 1 before the count; its movement arrives (synced) after the count was
    entered. Completion recomputes expected at the snapshot moment, so the sale is not taken
    off twice."""
    p = make_product(terminal)
    receive_stock(ctx, terminal.manager, p.id, 10)
    clock.tick()
    take = start_stock_take(ctx, terminal.manager).stock_take_id
    sold_at = clock.now + timedelta(seconds=30)
    clock.tick()
    count_item(ctx, terminal.manager, take, product_id=p.id, quantity=9, mode="set")
    clock.tick()
    sell(replace(ctx, clock=lambda: sold_at), terminal, p.id, 1)  # arrives now, made earlier
    complete_stock_take(ctx, terminal.manager, take)
    assert stock(terminal, p.id) == 9_000


def test_zero_uncounted_and_scope_by_category(
    terminal: Terminal, ctx: ServiceContext, clock: Clock
) -> None:
    drinks = create_category(terminal.ctx, terminal.manager, "Drinks").category_id
    cola = make_product(terminal, category_id=drinks)
    juice = make_product(terminal, category_id=drinks)
    bread = make_product(terminal)
    for p in (cola, juice, bread):
        receive_stock(ctx, terminal.manager, p.id, 3)
    clock.tick()
    take = start_stock_take(ctx, terminal.manager, category_id=drinks).stock_take_id
    with pytest.raises(ValidationError, match="outside"):
        count_item(ctx, terminal.manager, take, product_id=bread.id)
    count_item(ctx, terminal.manager, take, product_id=cola.id, quantity=3, mode="set")
    with terminal.db.read() as s:
        report = variance_report(s, ctx, take)
    assert [ln.product_id for ln in report.not_counted] == [juice.id]
    complete_stock_take(ctx, terminal.manager, take, zero_uncounted=True)
    assert (stock(terminal, cola.id), stock(terminal, juice.id), stock(terminal, bread.id)) == (
        3_000,
        0,
        3_000,
    )


def test_one_open_take_per_warehouse_cancel_writes_nothing(
    terminal: Terminal, ctx: ServiceContext
) -> None:
    p = make_product(terminal)
    receive_stock(ctx, terminal.manager, p.id, 4)
    take = start_stock_take(ctx, terminal.manager).stock_take_id
    with pytest.raises(ConflictError, match="being counted"):
        start_stock_take(ctx, terminal.manager)
    count_item(ctx, terminal.manager, take, product_id=p.id, quantity=1, mode="set")
    cancel_stock_take(ctx, terminal.manager, take, reason="wrong shelf")
    assert stock(terminal, p.id) == 4_000
    with terminal.db.read() as s:
        assert [t.status for t in list_stock_takes(s, ctx)] == ["CANCELLED"]
    start_stock_take(ctx, terminal.manager)  # the warehouse is free again


def test_bad_counts_are_refused(terminal: Terminal, ctx: ServiceContext) -> None:
    p = make_product(terminal)
    take = start_stock_take(ctx, terminal.manager).stock_take_id
    with pytest.raises(NotFoundError):
        count_item(ctx, terminal.manager, take, code="4790000000000")
    with pytest.raises(ValidationError):
        count_item(ctx, terminal.manager, take, product_id=p.id, quantity="1.5")  # pieces
    with pytest.raises(ValidationError):
        count_item(ctx, terminal.manager, take, product_id=p.id, quantity="-2", mode="set")
    with pytest.raises(ValidationError):
        count_item(ctx, terminal.manager, take, product_id=p.id, quantity=0)  # add 0
    with pytest.raises(PermissionDenied):
        count_item(ctx, terminal.cashier, take, product_id=p.id)
    with pytest.raises(PermissionDenied):
        start_stock_take(ctx, terminal.cashier)
    assert counted_lines_of(terminal, take) == []
    count_item(ctx, terminal.manager, take, product_id=p.id, quantity=0, mode="set")  # none
    assert counted_lines_of(terminal, take)[0].counted_milli == 0
