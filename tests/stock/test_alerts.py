"""Low and negative stock notifications: raised after movements, never duplicated while unread."""

from __future__ import annotations

from sqlalchemy import select, update

from pos_desktop.services.stock import (
    SaleStockLine,
    adjust_stock,
    receive_stock,
    record_sale_movements,
)
from pos_desktop.store.models import Notification
from pos_desktop.store.models.inventory import WarehouseInventory
from tests.catalog.factory import make_product
from tests.support.terminal import Terminal


def stock_alerts(terminal: Terminal) -> list[Notification]:
    with terminal.db.read() as s:
        query = select(Notification).where(Notification.type == "STOCK")
        return list(s.execute(query.order_by(Notification.created_at, Notification.id)).scalars())


def sell(terminal: Terminal, product_id: str, units: int, sale_id: str = "sale") -> None:
    with terminal.db.uow() as uow:
        record_sale_movements(
            uow.session, terminal.ctx, [SaleStockLine(product_id, None, units * 1000)], sale_id
        )
        uow.commit()


def mark_all_read(terminal: Terminal) -> None:
    with terminal.db.uow() as uow:  # as services.notifications does: a local annotation
        uow.session.execute(update(Notification).values(is_read=True))
        uow.commit()


def test_low_stock_raises_one_notification_until_read(terminal: Terminal) -> None:
    p = make_product(terminal, name="Milo 400g", stock_threshold_milli=5_000)
    receive_stock(terminal.ctx, terminal.manager, p.id, 10)
    sell(terminal, p.id, 4)  # 6 left: above the level
    assert stock_alerts(terminal) == []
    sell(terminal, p.id, 1)  # 5 left: at the level
    [alert] = stock_alerts(terminal)
    assert alert.data["kind"] == "LOW" and alert.data["product_id"] == p.id
    assert alert.data["on_hand_milli"] == 5_000
    assert "Milo 400g" in alert.title and alert.store_id == terminal.ctx.terminal.store_id
    sell(terminal, p.id, 1)
    sell(terminal, p.id, 1)
    assert len(stock_alerts(terminal)) == 1, "no spam while the alert is unread"
    mark_all_read(terminal)
    sell(terminal, p.id, 1)
    assert [n.data["kind"] for n in stock_alerts(terminal)] == ["LOW", "LOW"]


def test_negative_stock_is_allowed_and_flagged_separately(terminal: Terminal) -> None:
    p = make_product(terminal, stock_threshold_milli=2_000)
    receive_stock(terminal.ctx, terminal.manager, p.id, 3)
    sell(terminal, p.id, 1)  # 2: low
    sell(terminal, p.id, 3)  # -1: negative, the sale still went through
    kinds = [n.data["kind"] for n in stock_alerts(terminal)]
    assert kinds == ["LOW", "NEGATIVE"]
    sell(terminal, p.id, 1)
    adjust_stock(terminal.ctx, terminal.manager, p.id, -1, reason="breakage")
    assert [n.data["kind"] for n in stock_alerts(terminal)] == ["LOW", "NEGATIVE"]


def test_products_without_a_level_only_alert_when_negative(terminal: Terminal) -> None:
    p = make_product(terminal)
    receive_stock(terminal.ctx, terminal.manager, p.id, 1)
    sell(terminal, p.id, 1)  # 0 left, no level set
    assert stock_alerts(terminal) == []
    sell(terminal, p.id, 1)
    assert [n.data["kind"] for n in stock_alerts(terminal)] == ["NEGATIVE"]


def test_restocking_never_alerts_and_a_warehouse_level_wins(terminal: Terminal) -> None:
    p = make_product(terminal, stock_threshold_milli=1_000)
    with terminal.db.read() as s:
        from pos_desktop.services.stock import default_warehouse_id

        wid = default_warehouse_id(s, terminal.ctx.terminal.store_id)
    with terminal.db.uow() as uow:
        uow.session.add(
            WarehouseInventory(
                organization_id=terminal.ctx.terminal.organization_id,
                warehouse_id=wid,
                product_id=p.id,
                reorder_level_milli=8_000,
            )
        )
        uow.commit()
    receive_stock(terminal.ctx, terminal.manager, p.id, 3)  # below the level, but coming in
    assert stock_alerts(terminal) == []
    sell(terminal, p.id, 1)  # 2 <= 8 (warehouse level), although > 1 (product level)
    assert [n.data["kind"] for n in stock_alerts(terminal)] == ["LOW"]


def test_alerts_for_different_products_are_independent(terminal: Terminal) -> None:
    a = make_product(terminal, stock_threshold_milli=1_000)
    b = make_product(terminal, stock_threshold_milli=1_000)
    sell(terminal, a.id, 1)
    sell(terminal, b.id, 1)
    assert sorted(n.data["product_id"] for n in stock_alerts(terminal)) == sorted([a.id, b.id])


def test_one_document_checks_each_product_once_on_its_final_stock(terminal: Terminal) -> None:
    a = make_product(terminal, stock_threshold_milli=2_000)
    b = make_product(terminal, stock_threshold_milli=2_000)
    c = make_product(terminal, stock_threshold_milli=2_000)
    for p in (a, b, c):
        receive_stock(terminal.ctx, terminal.manager, p.id, 4)
    lines = [
        SaleStockLine(a.id, None, 1_000),  # 3 after this line: above the level...
        SaleStockLine(b.id, None, 2_000),  # 2: low
        SaleStockLine(a.id, None, 4_000),  # ...then -1 after the whole document: negative
        SaleStockLine(c.id, None, 1_000),  # 3: nothing to say
    ]
    with terminal.db.uow() as uow:
        record_sale_movements(uow.session, terminal.ctx, lines, "sale")
        uow.commit()
    alerts = {n.data["product_id"]: n.data for n in stock_alerts(terminal)}
    assert set(alerts) == {a.id, b.id}
    assert (alerts[a.id]["kind"], alerts[a.id]["on_hand_milli"]) == ("NEGATIVE", -1_000)
    assert (alerts[b.id]["kind"], alerts[b.id]["on_hand_milli"]) == ("LOW", 2_000)
