"""A transfer to another store, end to end through sync: the sender's OUT leg and its
organization-wide TRANSFER notice go up, the destination pulls the notice, lists the transfer
as pending and confirms what arrived (its IN leg); the stock in transit is nobody's on hand."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.services.auth import actor_from_user
from pos_desktop.services.context import Actor
from pos_desktop.services.stock import default_warehouse_id, on_hand_milli, receive_stock
from pos_desktop.services.stock_transfers import (
    pending_inbound_transfers,
    receive_from_store,
    send_to_store,
)
from pos_desktop.store.models import User
from pos_desktop.store.models.catalog import Product
from pos_desktop.store.models.inventory import StockMovement
from tests.sync_client import conftest as sync_fixtures
from tests.sync_client import rows
from tests.sync_client.conftest import Till, World
from tests.sync_client.helpers import ctx_of, seed_people_and_tenders
from tests.sync_client.rows import hq_row

world = sync_fixtures.world  # the fake HQ with one organization and store


def add_manager(world: World, store: str) -> None:
    world.hq.put(
        world.org,
        "users",
        hq_row(
            "users",
            organization_id=world.org,
            store_id=store,
            username=f"manager-{store[-4:]}",
            name="Mala Manager",
            role="manager",
        ),
    )


def manager(till: Till) -> Actor:
    with till.db.read() as s:
        user = s.execute(
            select(User).where(User.role == "manager", User.store_id == till.identity.store_id)
        ).scalar_one()
        return actor_from_user(user)


def stock_here(till: Till, product_id: str) -> int:
    with till.db.read() as s:
        return on_hand_milli(s, product_id, default_warehouse_id(s, till.identity.store_id))


def test_transfer_to_another_store_goes_out_then_in_when_confirmed(world: World) -> None:
    second = world.hq.create_store(world.org, "S02")
    world.hq.put(world.org, "warehouses", rows.warehouse(world.org, second))
    seed_people_and_tenders(world.hq, world.org, second)
    add_manager(world, world.store)
    add_manager(world, second)
    a, b = world.till("a"), world.till("b", store=second)
    for till in (a, b):
        assert till.engine.run_round().ok
    with a.db.read() as s:
        product_id = s.execute(select(Product.id).where(Product.sku == "SKU-0000001")).scalar_one()
    ctx_a, ctx_b = ctx_of(a.db), ctx_of(b.db)
    receive_stock(ctx_a, manager(a), product_id, 10)
    with pytest.raises(ValidationError):
        send_to_store(ctx_a, manager(a), product_id, 1, to_store_id=world.store)
    sent = send_to_store(ctx_a, manager(a), product_id, 4, to_store_id=second, note="weekend")
    assert sent.transfer_id is not None and stock_here(a, product_id) == 6_000
    with a.db.read() as s:
        assert pending_inbound_transfers(s, ctx_a) == []  # addressed to S02, not to S01
        [out] = s.execute(
            select(StockMovement).where(StockMovement.transfer_id.is_not(None))
        ).scalars()
    assert (out.movement_type, out.reason, out.quantity_milli) == (
        "TRANSFER",
        "transfer_out",
        -4_000,
    )

    assert a.engine.run_round().ok  # the OUT leg and the notice go up
    assert b.engine.run_round().ok  # the notice comes down to S02
    with b.db.read() as s:
        [inbound] = pending_inbound_transfers(s, ctx_b)
    assert inbound.transfer_id == sent.transfer_id and inbound.quantity_milli == 4_000
    assert inbound.from_store_name.startswith("S01") and inbound.note == "weekend"
    assert stock_here(b, product_id) == 0  # in transit: not on hand anywhere yet

    with pytest.raises(ValidationError):
        receive_from_store(ctx_b, manager(b), sent.transfer_id, received=5)  # more than sent
    got = receive_from_store(ctx_b, manager(b), sent.transfer_id, received=3, note="one broken")
    assert got.on_hand == 3 and stock_here(b, product_id) == 3_000
    with b.db.read() as s:
        assert pending_inbound_transfers(s, ctx_b) == []
        [leg] = s.execute(
            select(StockMovement).where(StockMovement.transfer_id == sent.transfer_id)
        ).scalars()
    assert (leg.reason, leg.quantity_milli, leg.store_id) == ("transfer_in", 3_000, second)
    assert "1 short" in (leg.note or "")
    with pytest.raises(ConflictError):
        receive_from_store(ctx_b, manager(b), sent.transfer_id)
    with pytest.raises(NotFoundError):
        receive_from_store(ctx_b, manager(b), "no-such-transfer")
    assert b.engine.run_round().ok  # the IN leg goes up, accepted as S02's own row
    assert world.hq.rows(world.org, "stock_movements")[leg.id]["store_id"] == second
