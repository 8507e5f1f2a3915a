"""Stock ledger: on-hand is the ledger sum; receive, adjust, count, transfer; sale movements."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from pos_desktop.core.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from pos_desktop.services.stock import (
    SaleStockLine,
    adjust_stock,
    count_stock,
    create_warehouse,
    default_warehouse_id,
    on_hand,
    on_hand_many,
    receive_stock,
    record_movement,
    record_sale_movements,
    transfer_stock,
)
from pos_desktop.store.models import AuditLog, OutboxEntry
from pos_desktop.store.models.inventory import MovementType, StockMovement
from tests.catalog.factory import make_product
from tests.support.terminal import Terminal


def movements(terminal: Terminal, **where: object) -> list[StockMovement]:
    with terminal.db.read() as s:
        query = select(StockMovement).filter_by(**where).order_by(StockMovement.created_at)
        return list(s.execute(query).scalars())


def stock(terminal: Terminal, product_id: str, warehouse_id: str | None = None) -> Decimal:
    with terminal.db.read() as s:
        return on_hand(s, product_id, warehouse_id)


def ledger_sum(terminal: Terminal, product_id: str) -> int:
    with terminal.db.read() as s:
        total = s.execute(
            select(func.sum(StockMovement.quantity_milli)).where(
                StockMovement.product_id == product_id
            )
        ).scalar_one()
    return int(total or 0)


def test_receive_records_an_in_movement_and_is_audited(terminal: Terminal) -> None:
    p = make_product(terminal)
    result = receive_stock(terminal.ctx, terminal.manager, p.id, "12", unit_cost_minor=8_000)
    assert result.on_hand == Decimal(12)
    [m] = movements(terminal, product_id=p.id)
    assert (m.movement_type, m.reason, m.quantity_milli) == ("IN", "restock", 12_000)
    assert (m.unit_cost_minor, m.currency, m.created_by_id) == (
        8_000,
        "LKR",
        terminal.manager.user_id,
    )
    assert m.warehouse_id == result_warehouse(terminal)
    assert m.device_id == terminal.ctx.terminal.device_id
    with terminal.db.read() as s:
        audit_row = s.execute(
            select(AuditLog).where(AuditLog.action == "stock.receive")
        ).scalar_one()
        outbox = s.execute(
            select(OutboxEntry).where(OutboxEntry.entity == "stock_movements")
        ).scalar_one()
    assert audit_row.resource_id == p.id
    assert outbox.entity_id == m.id and outbox.operation == "insert"


def result_warehouse(terminal: Terminal) -> str:
    with terminal.db.read() as s:
        return default_warehouse_id(s, terminal.ctx.terminal.store_id)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(deltas=st.lists(st.integers(-50_000, 50_000).filter(bool), min_size=1, max_size=12))
def test_on_hand_always_equals_the_ledger_sum(terminal: Terminal, deltas: list[int]) -> None:
    p = make_product(terminal, is_weighed=True)  # kg: any thousandth is a valid quantity
    with terminal.db.uow() as uow:
        for d in deltas:
            record_movement(
                uow.session,
                terminal.ctx,
                product_id=p.id,
                quantity_milli=d,
                movement_type=MovementType.ADJUSTMENT,
                reason="adjustment",
            )
        uow.commit()
    assert ledger_sum(terminal, p.id) == sum(deltas)
    assert stock(terminal, p.id) == Decimal(sum(deltas)) / 1000


def test_adjust_needs_a_reason_and_may_go_negative(terminal: Terminal) -> None:
    p = make_product(terminal)
    receive_stock(terminal.ctx, terminal.manager, p.id, 2)
    with pytest.raises(ValidationError):
        adjust_stock(terminal.ctx, terminal.manager, p.id, -1, reason="  ")
    result = adjust_stock(terminal.ctx, terminal.manager, p.id, "-5", reason="broken in storage")
    assert result.on_hand == Decimal(-3)  # negative is allowed, never refused
    m = movements(terminal, product_id=p.id)[-1]
    assert (m.movement_type, m.reason, m.quantity_milli, m.note) == (
        "ADJUSTMENT",
        "adjustment",
        -5_000,
        "broken in storage",
    )
    adjust_stock(terminal.ctx, terminal.manager, p.id, 1, reason="found", kind="adjustment")
    assert stock(terminal, p.id) == Decimal(-2)


@pytest.mark.parametrize(
    ("quantity", "kind"),
    [("0", "adjustment"), ("1.5", "adjustment"), ("abc", "adjustment"), ("1e9", "adjustment"),
     ("NaN", "adjustment"), ("1", "sale")],
)  # fmt: skip
def test_bad_adjustments_are_refused(terminal: Terminal, quantity: str, kind: str) -> None:
    p = make_product(terminal)  # counted in pieces
    with pytest.raises(ValidationError):
        adjust_stock(terminal.ctx, terminal.manager, p.id, quantity, reason="x", kind=kind)
    assert movements(terminal, product_id=p.id) == []


def test_weighed_products_take_decimal_quantities(terminal: Terminal) -> None:
    p = make_product(terminal, is_weighed=True, item_code="10001")
    receive_stock(terminal.ctx, terminal.manager, p.id, "12.345")
    assert stock(terminal, p.id) == Decimal("12.345")
    with pytest.raises(ValidationError):
        receive_stock(terminal.ctx, terminal.manager, p.id, "0.0001")


def test_cashier_cannot_touch_stock(terminal: Terminal) -> None:
    p = make_product(terminal)
    other = create_warehouse(terminal.ctx, terminal.manager, "Back room", "BACK").warehouse_id
    attempts: list[Callable[[], object]] = [
        lambda: receive_stock(terminal.ctx, terminal.cashier, p.id, 1),
        lambda: adjust_stock(terminal.ctx, terminal.cashier, p.id, -1, reason="eaten"),
        lambda: count_stock(terminal.ctx, terminal.cashier, p.id, 3),
        lambda: transfer_stock(
            terminal.ctx,
            terminal.cashier,
            p.id,
            1,
            from_warehouse_id=result_warehouse(terminal),
            to_warehouse_id=other,
        ),
        lambda: create_warehouse(terminal.ctx, terminal.cashier, "Shed", "SHED"),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    assert movements(terminal) == []


def test_transfer_writes_two_paired_legs(terminal: Terminal) -> None:
    p = make_product(terminal)
    main = result_warehouse(terminal)
    back = create_warehouse(terminal.ctx, terminal.manager, "Back room", "back").warehouse_id
    receive_stock(terminal.ctx, terminal.manager, p.id, 10)
    result = transfer_stock(
        terminal.ctx, terminal.manager, p.id, 4, from_warehouse_id=main, to_warehouse_id=back
    )
    assert result.on_hand == Decimal(6) and result.transfer_id is not None
    legs = movements(terminal, transfer_id=result.transfer_id)
    assert sorted((m.warehouse_id, m.reason, m.quantity_milli) for m in legs) == sorted(
        [(main, "transfer_out", -4_000), (back, "transfer_in", 4_000)]
    )
    assert {m.movement_type for m in legs} == {"TRANSFER"}
    assert stock(terminal, p.id, main) == 6 and stock(terminal, p.id, back) == 4
    assert stock(terminal, p.id) == 10  # a transfer never changes the total
    with pytest.raises(ValidationError):
        transfer_stock(
            terminal.ctx, terminal.manager, p.id, 1, from_warehouse_id=main, to_warehouse_id=main
        )
    with pytest.raises(NotFoundError):
        transfer_stock(
            terminal.ctx, terminal.manager, p.id, 1, from_warehouse_id=main, to_warehouse_id="nope"
        )
    assert len(movements(terminal, product_id=p.id)) == 3


def test_count_records_the_difference(terminal: Terminal) -> None:
    p = make_product(terminal)
    receive_stock(terminal.ctx, terminal.manager, p.id, 10)
    result = count_stock(terminal.ctx, terminal.manager, p.id, 7, note="monthly count")
    assert result.on_hand == 7 and stock(terminal, p.id) == 7
    m = movements(terminal, product_id=p.id)[-1]
    assert (m.movement_type, m.reason, m.quantity_milli) == ("ADJUSTMENT", "count", -3_000)
    again = count_stock(terminal.ctx, terminal.manager, p.id, 7)
    assert again.movement_ids == () and len(movements(terminal, product_id=p.id)) == 2


def test_sale_and_return_movements_for_checkout(terminal: Terminal) -> None:
    a = make_product(terminal)
    b = make_product(terminal, is_weighed=True)
    sale_lines = [
        SaleStockLine(a.id, None, 2_000),
        SaleStockLine(b.id, None, 375),
        SaleStockLine(None, None, 1_000),  # open-price item: no stock
    ]
    with terminal.db.uow() as uow:
        made = record_sale_movements(
            uow.session, terminal.ctx, sale_lines, "sale-1", created_by_id="u1"
        )
        uow.commit()
    assert [(m.product_id, m.movement_type, m.reason, m.quantity_milli) for m in made] == [
        (a.id, "OUT", "sale", -2_000),
        (b.id, "OUT", "sale", -375),
    ]
    assert {(m.reference_type, m.reference_id) for m in made} == {("sale", "sale-1")}
    with terminal.db.uow() as uow:
        back = record_sale_movements(
            uow.session, terminal.ctx, [SaleStockLine(a.id, None, -1_000)], "ret-1"
        )
        damaged = record_sale_movements(
            uow.session, terminal.ctx, [SaleStockLine(a.id, None, -1_000)], "ret-2", restock=False
        )
        uow.commit()
    assert [(m.reason, m.quantity_milli) for m in back] == [("return", 1_000)]
    assert [(m.reason, m.quantity_milli) for m in damaged] == [
        ("return", 1_000),
        ("writeoff", -1_000),
    ]
    assert stock(terminal, a.id) == Decimal(-1)
    assert stock(terminal, b.id) == Decimal("-0.375")


def test_movements_are_append_only(terminal: Terminal) -> None:
    p = make_product(terminal)
    receive_stock(terminal.ctx, terminal.manager, p.id, 1)
    with terminal.db.uow() as uow:
        m = uow.session.execute(select(StockMovement)).scalar_one()
        m.quantity_milli = 5_000
        with pytest.raises(ConflictError):
            uow.session.flush()


@pytest.mark.parametrize(
    ("qty", "mtype", "reason"),
    [(1_000, "OUT", "sale"), (-1_000, "IN", "restock"), (0, "ADJUSTMENT", "count"),
     (1_000, "IN", "stolen"), (1_000, "MAGIC", "restock"), (10**12, "IN", "restock")],
)  # fmt: skip
def test_record_movement_refuses_inconsistent_rows(
    terminal: Terminal, qty: int, mtype: str, reason: str
) -> None:
    p = make_product(terminal)
    with terminal.db.uow() as uow, pytest.raises(DomainError):
        record_movement(
            uow.session, terminal.ctx, product_id=p.id, quantity_milli=qty,
            movement_type=mtype, reason=reason,
        )  # fmt: skip


def test_on_hand_many_pages_products(terminal: Terminal) -> None:
    a, b = make_product(terminal), make_product(terminal)
    receive_stock(terminal.ctx, terminal.manager, a.id, 3)
    with terminal.db.read() as s:
        assert on_hand_many(s, [a.id, b.id]) == {a.id: Decimal(3), b.id: Decimal(0)}
