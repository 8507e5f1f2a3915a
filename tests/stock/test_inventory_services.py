"""Back-office inventory services: warehouses, the stock list, reorder/max levels, adjustments
with a reason, transfers, movement history and the notifications they raise."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from pos_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from pos_desktop.services.stock import (
    SaleStockLine,
    default_warehouse_id,
    on_hand_milli,
    receive_stock,
    record_sale_movements,
    transfer_stock,
)
from pos_desktop.services.stock_adjust import adjust_with_reason
from pos_desktop.services.stock_history import movement_history
from pos_desktop.services.stock_list import StockStatus, list_stock, set_stock_levels
from pos_desktop.services.warehouses import (
    create_warehouse,
    deactivate_warehouse,
    list_warehouses,
    reactivate_warehouse,
    rename_warehouse,
)
from pos_desktop.store.models import AuditLog, Notification
from pos_desktop.store.models.inventory import StockMovement, WarehouseInventory
from tests.catalog.factory import make_product
from tests.support.terminal import Terminal


def main(terminal: Terminal) -> str:
    with terminal.db.read() as s:
        return default_warehouse_id(s, terminal.ctx.terminal.store_id)


def count_rows(terminal: Terminal, model: type) -> int:
    with terminal.db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def stock_alerts(terminal: Terminal) -> list[Notification]:
    with terminal.db.read() as s:
        q = select(Notification).where(Notification.type == "STOCK")
        return list(s.execute(q.order_by(Notification.created_at, Notification.id)).scalars())


# -- warehouses -------------------------------------------------------------------------------


def test_warehouses_create_rename_deactivate(terminal: Terminal) -> None:
    back = create_warehouse(terminal.ctx, terminal.manager, "Back room", "back").warehouse_id
    rename_warehouse(terminal.ctx, terminal.manager, back, "  Back   store ")
    with terminal.db.read() as s:
        names = [(w.name, w.code, w.is_default) for w in list_warehouses(s, terminal.ctx)]
    assert names == [("Main", "MAIN", True), ("Back store", "BACK", False)]
    with pytest.raises(ConflictError, match="default"):
        deactivate_warehouse(terminal.ctx, terminal.manager, main(terminal))
    p = make_product(terminal)
    receive_stock(terminal.ctx, terminal.manager, p.id, 2, warehouse_id=back)
    with pytest.raises(ConflictError, match="still holds stock"):
        deactivate_warehouse(terminal.ctx, terminal.manager, back)
    transfer_stock(
        terminal.ctx,
        terminal.manager,
        p.id,
        2,
        from_warehouse_id=back,
        to_warehouse_id=main(terminal),
    )
    deactivate_warehouse(terminal.ctx, terminal.manager, back)
    with terminal.db.read() as s:
        assert [w.code for w in list_warehouses(s, terminal.ctx)] == ["MAIN"]
        assert len(list_warehouses(s, terminal.ctx, include_inactive=True)) == 2
        actions = set(s.execute(select(AuditLog.action)).scalars())
    assert {"warehouse.rename", "warehouse.deactivate"} <= actions
    reactivate_warehouse(terminal.ctx, terminal.manager, back)
    with pytest.raises(ValidationError):
        rename_warehouse(terminal.ctx, terminal.manager, back, "   ")
    with pytest.raises(PermissionDenied):
        rename_warehouse(terminal.ctx, terminal.cashier, back, "Mine")


# -- stock list and levels --------------------------------------------------------------------


def test_stock_list_pages_by_sku_with_status(terminal: Terminal) -> None:
    wh = main(terminal)
    products = [make_product(terminal, sku=f"INV-{n:03d}", name=f"Item {n}") for n in range(7)]
    receive_stock(terminal.ctx, terminal.manager, products[0].id, 1)
    receive_stock(terminal.ctx, terminal.manager, products[1].id, 30)
    receive_stock(terminal.ctx, terminal.manager, products[2].id, 5)
    with terminal.db.uow() as uow:
        record_sale_movements(
            uow.session, terminal.ctx, [SaleStockLine(products[3].id, None, 2_000)], "s1"
        )
        uow.commit()
    set_stock_levels(
        terminal.ctx, terminal.manager, products[0].id, wh, reorder_level=2, max_level=10
    )
    set_stock_levels(
        terminal.ctx, terminal.manager, products[1].id, wh, reorder_level=2, max_level=10
    )
    seen: list[str] = []
    after = None
    with terminal.db.read() as s:
        while True:
            page = list_stock(s, terminal.ctx, wh, text="Item", after=after, limit=3)
            seen += [r.sku for r in page.rows]
            if page.next_after is None:
                break
            after = page.next_after
        statuses = {r.sku: r.status for r in list_stock(s, terminal.ctx, wh, text="INV").rows}
        low = list_stock(s, terminal.ctx, wh, status=StockStatus.LOW).rows
        negative = list_stock(s, terminal.ctx, wh, status=StockStatus.NEGATIVE).rows
        over = list_stock(s, terminal.ctx, wh, status=StockStatus.OVER).rows
    assert seen == [p.sku for p in products]
    assert statuses["INV-000"] is StockStatus.LOW
    assert statuses["INV-001"] is StockStatus.OVER
    assert statuses["INV-002"] is StockStatus.OK
    assert statuses["INV-003"] is StockStatus.NEGATIVE
    assert [r.sku for r in low] == ["INV-000"]
    assert [r.sku for r in negative] == ["INV-003"] and negative[0].on_hand == Decimal(-2)
    assert [r.sku for r in over] == ["INV-001"]


@pytest.mark.parametrize(
    ("reorder", "maximum"),
    [("-1", "5"), ("5", "4"), ("abc", None), ("1.5", None), (None, "-3")],
)
def test_levels_are_validated_and_nothing_is_written(
    terminal: Terminal, reorder: str | None, maximum: str | None
) -> None:
    p = make_product(terminal)
    with pytest.raises(ValidationError):
        set_stock_levels(
            terminal.ctx,
            terminal.manager,
            p.id,
            main(terminal),
            reorder_level=reorder,
            max_level=maximum,
        )
    assert count_rows(terminal, WarehouseInventory) == 0


def test_levels_set_update_and_clear(terminal: Terminal) -> None:
    p = make_product(terminal)
    wh = main(terminal)
    set_stock_levels(terminal.ctx, terminal.manager, p.id, wh, reorder_level="0", max_level="0")
    set_stock_levels(terminal.ctx, terminal.manager, p.id, wh, reorder_level=3, max_level=12)
    with terminal.db.read() as s:
        row = s.execute(select(WarehouseInventory)).scalar_one()
        assert (row.reorder_level_milli, row.max_level_milli) == (3_000, 12_000)
    set_stock_levels(terminal.ctx, terminal.manager, p.id, wh, reorder_level="", max_level=None)
    with terminal.db.read() as s:
        row = s.execute(select(WarehouseInventory)).scalar_one()
        assert (row.reorder_level_milli, row.max_level_milli) == (None, None)
    with pytest.raises(PermissionDenied):
        set_stock_levels(terminal.ctx, terminal.cashier, p.id, wh, reorder_level=1, max_level=2)


# -- adjustments ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "delta", "note"),
    [
        (None, "-1", "dropped"),
        ("", "-1", ""),
        ("bogus", "-1", ""),
        ("found", "-2", ""),
        ("damaged", "3", ""),
        ("other", "1", "   "),
    ],
)
def test_adjust_without_a_fitting_reason_is_refused_and_writes_nothing(
    terminal: Terminal, reason: str | None, delta: str, note: str
) -> None:
    p = make_product(terminal)
    before = (count_rows(terminal, StockMovement), count_rows(terminal, AuditLog))
    with pytest.raises(ValidationError):
        adjust_with_reason(terminal.ctx, terminal.manager, p.id, delta, reason, note=note)
    assert (count_rows(terminal, StockMovement), count_rows(terminal, AuditLog)) == before


def test_adjust_with_reason_records_kind_and_words(terminal: Terminal) -> None:
    p = make_product(terminal)
    receive_stock(terminal.ctx, terminal.manager, p.id, 10)
    adjust_with_reason(terminal.ctx, terminal.manager, p.id, "-2", "expired", note="past date")
    adjust_with_reason(terminal.ctx, terminal.manager, p.id, "-1", "damaged")
    adjust_with_reason(terminal.ctx, terminal.manager, p.id, "1", "found", note="behind shelf")
    with terminal.db.read() as s:
        rows = s.execute(
            select(StockMovement.reason, StockMovement.note, StockMovement.quantity_milli)
            .where(StockMovement.movement_type == "ADJUSTMENT")
            .order_by(StockMovement.created_at)
        ).all()
        assert on_hand_milli(s, p.id) == 8_000
    assert [tuple(r) for r in rows] == [
        ("writeoff", "expired: past date", -2_000),
        ("damage", "damaged", -1_000),
        ("adjustment", "found: behind shelf", 1_000),
    ]


# -- transfers --------------------------------------------------------------------------------


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    moves=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), st.integers(1, 9)), max_size=8)
)
def test_transfers_conserve_the_store_total(
    terminal: Terminal, moves: list[tuple[int, int, int]]
) -> None:
    p = make_product(terminal)
    whs = [main(terminal)] + [
        create_warehouse(terminal.ctx, terminal.manager, f"W{n}", f"W{n}{p.sku[-4:]}").warehouse_id
        for n in range(2)
    ]
    receive_stock(terminal.ctx, terminal.manager, p.id, 20)
    for src, dst, qty in moves:
        if src == dst:
            with pytest.raises(ValidationError):
                transfer_stock(
                    terminal.ctx,
                    terminal.manager,
                    p.id,
                    qty,
                    from_warehouse_id=whs[src],
                    to_warehouse_id=whs[dst],
                )
            continue
        transfer_stock(
            terminal.ctx,
            terminal.manager,
            p.id,
            qty,
            from_warehouse_id=whs[src],
            to_warehouse_id=whs[dst],
        )
    with terminal.db.read() as s:
        per = [on_hand_milli(s, p.id, w) for w in whs]
        assert sum(per) == on_hand_milli(s, p.id) == 20_000


# -- history ----------------------------------------------------------------------------------


def test_movement_history_shows_every_movement_with_reference_and_user(terminal: Terminal) -> None:
    p = make_product(terminal)
    wh = main(terminal)
    back = create_warehouse(terminal.ctx, terminal.manager, "Back", "BK").warehouse_id
    receive_stock(terminal.ctx, terminal.manager, p.id, 10, unit_cost_minor=500)
    transfer_stock(
        terminal.ctx, terminal.manager, p.id, 3, from_warehouse_id=wh, to_warehouse_id=back
    )
    adjust_with_reason(terminal.ctx, terminal.manager, p.id, "-1", "theft")
    with terminal.db.read() as s:
        everything = movement_history(s, terminal.ctx, p.id).rows
        first = movement_history(s, terminal.ctx, p.id, limit=2)
        rest = movement_history(s, terminal.ctx, p.id, before=first.next_before, limit=10)
        in_back = movement_history(s, terminal.ctx, p.id, warehouse_id=back).rows
    assert len(everything) == 4
    assert [m.id for m in first.rows + rest.rows] == [m.id for m in everything]
    assert {m.user_name for m in everything} == {"Mala Manager"}
    transfer_rows = [m for m in everything if m.transfer_id]
    assert len(transfer_rows) == 2 and transfer_rows[0].reference.startswith("TR-")
    assert {m.warehouse_name for m in everything} == {"Main", "Back"}
    assert [m.quantity for m in in_back] == [Decimal(3)]


# -- notifications ----------------------------------------------------------------------------


def test_low_stock_alert_is_raised_once_not_on_every_sale(terminal: Terminal) -> None:
    p = make_product(terminal, name="Anchor 400g")
    wh = main(terminal)
    receive_stock(terminal.ctx, terminal.manager, p.id, 10)
    set_stock_levels(terminal.ctx, terminal.manager, p.id, wh, reorder_level=4, max_level=20)
    assert stock_alerts(terminal) == []
    for n in range(8):  # 10 -> 2, passing the level at the 6th sale
        with terminal.db.uow() as uow:
            record_sale_movements(
                uow.session, terminal.ctx, [SaleStockLine(p.id, None, 1_000)], f"s{n}"
            )
            uow.commit()
    [alert] = stock_alerts(terminal)
    assert alert.title == "Low stock: Anchor 400g" and "down to 4" in alert.message
    adjust_with_reason(terminal.ctx, terminal.manager, p.id, "-5", "damaged")  # -3: negative
    kinds = [a.data["kind"] for a in stock_alerts(terminal)]
    assert kinds == ["LOW", "NEGATIVE"]
    assert "Negative stock" in stock_alerts(terminal)[1].title


def test_raising_the_reorder_level_above_stock_flags_it_once(terminal: Terminal) -> None:
    p = make_product(terminal)
    receive_stock(terminal.ctx, terminal.manager, p.id, 3)
    wh = main(terminal)
    set_stock_levels(terminal.ctx, terminal.manager, p.id, wh, reorder_level=5, max_level=None)
    set_stock_levels(terminal.ctx, terminal.manager, p.id, wh, reorder_level=6, max_level=None)
    assert [a.data["kind"] for a in stock_alerts(terminal)] == ["LOW"]


def test_stock_list_text_filter_gives_the_same_page_either_way(
    terminal: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many text matches walk the SKU index instead of sorting the matches: same rows."""
    from pos_desktop.services import stock_list as sl

    for n in range(6):
        make_product(terminal, sku=f"K-{n}", name=f"Kottu mee {n}" if n % 2 else f"Bun {n}")
    wh = main(terminal)
    with terminal.db.read() as s:
        sorted_page = [r.sku for r in list_stock(s, terminal.ctx, wh, text="kottu", limit=2).rows]
        monkeypatch.setattr(sl, "FTS_DRIVE_LIMIT", 0)
        walked = list_stock(s, terminal.ctx, wh, text="kottu", limit=2)
    assert sorted_page == [r.sku for r in walked.rows] == ["K-1", "K-3"]
    assert walked.next_after == "K-3"
