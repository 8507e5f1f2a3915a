"""HQ migration 0003: the API-only delivery tables give way to the terminal's ledgers. Couriers
keep their rows; a database that holds old orders stops with a message instead of losing them;
downgrade and upgrade again round-trip. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from sync.server.database import alembic_config
from sync.server.service import HqDatabase
from tests.support import pg

ORG = "0190a1b2-0000-7000-8000-00000000000a"
COURIER = "0190a1b2-0000-7000-8000-00000000000c"


@pytest.fixture(params=["sqlite", "postgresql"])
def hq(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HqDatabase]:
    if request.param == "sqlite":
        db = HqDatabase(f"sqlite:///{tmp_path / 'hq.db'}")
        yield db
        db.dispose()
        return
    with pg.fresh_database("hqdlv") as url:
        db = HqDatabase(url)
        try:
            yield db
        finally:
            db.dispose()


def _to(db: HqDatabase, revision: str, *, down: bool = False) -> None:
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)


def _add_courier(db: HqDatabase) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO couriers (id, organization_id, name, phone, status, "
                "total_earnings_minor, currency, is_active, created_at, updated_at) VALUES "
                "(:id, :org, 'Kamal Express', '+94712345678', 'AVAILABLE', 0, 'LKR', true, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            ),
            {"id": COURIER, "org": ORG},
        )


def test_couriers_keep_their_rows_and_the_new_tables_appear(hq: HqDatabase) -> None:
    _to(hq, "0002")
    _add_courier(hq)
    _to(hq, "0003")
    with hq.engine.connect() as conn:
        row = conn.execute(text("SELECT name, phone, status FROM couriers")).one()
        columns = {c["name"] for c in inspect(conn).get_columns("orders")}
        tables = set(inspect(conn).get_table_names())
    assert tuple(row) == ("Kamal Express", "+94712345678", "AVAILABLE")
    assert {"order_payments", "deliveries", "delivery_status_history"} <= tables
    assert {"customer_phone", "cod_amount_minor", "device_id"} <= columns
    assert "status" not in columns  # derived from the history, never stored
    _to(hq, "0002", down=True)
    _to(hq, "0003")
    with hq.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM couriers")).scalar_one() == 1


def test_old_api_orders_stop_the_upgrade_instead_of_being_dropped(hq: HqDatabase) -> None:
    _to(hq, "0002")
    with hq.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO orders (id, organization_id, order_number, status, shipping_status,"
                " subtotal_minor, tax_minor, shipping_minor, discount_minor, total_minor,"
                " currency, created_at, updated_at) VALUES ('o1', :org, 'A1B2C', 'PENDING',"
                " 'PENDING', 0, 0, 0, 0, 0, 'LKR', '2026-01-01 00:00:00',"
                " '2026-01-01 00:00:00')"
            ),
            {"org": ORG},
        )
    with pytest.raises(RuntimeError, match="orders, which holds 1 rows"):
        _to(hq, "0003")
    with hq.engine.connect() as conn:
        assert conn.execute(text("SELECT order_number FROM orders")).scalar_one() == "A1B2C"
