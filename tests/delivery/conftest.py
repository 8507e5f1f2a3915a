"""A shop that takes delivery orders: two products in stock, a courier, a known customer."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from pos_desktop.services import catalog_edit, customers, stock
from pos_desktop.services.delivery_couriers import CourierInput, create_courier
from pos_desktop.services.delivery_orders import (
    Address,
    NewOrder,
    OrderLineInput,
    OrderResult,
    create_order,
)
from tests.support.terminal import Terminal, make_terminal, open_terminal

COLOMBO = Address(line1="No. 42, Galle Road", city="Colombo 03", district="Colombo")


@dataclass
class DeliveryShop:
    term: Terminal
    rice: str  # 1,250.00, VAT 18% inclusive, 50 in stock
    tea: str  # 640.00, 50 in stock
    courier: str
    customer: str  # Nimal Perera, 0771234567

    @property
    def ctx(self) -> Any:
        return self.term.ctx

    def order(self, **over: Any) -> OrderResult:
        fields: dict[str, Any] = {
            "customer_name": "Nimal Perera",
            "customer_phone": "0771234567",
            "address": COLOMBO,
            "lines": [OrderLineInput(self.rice, 2), OrderLineInput(self.tea, 1)],
            "delivery_fee_minor": 350_00,
        }
        fields.update(over)
        return create_order(self.ctx, self.term.manager, NewOrder(**fields))

    def on_hand(self, product_id: str) -> Decimal:
        with self.term.db.read() as s:
            return stock.on_hand(s, product_id)

    def count(self, model: Any, *where: Any) -> int:
        with self.term.db.read() as s:
            query = select(func.count()).select_from(model)
            for clause in where:
                query = query.where(clause)
            return int(s.execute(query).scalar_one())


def _product(term: Terminal, sku: str, name: str, price: int) -> str:
    made = catalog_edit.create_product(
        term.ctx, term.admin, catalog_edit.ProductDraft(sku=sku, name=name, price_minor=price)
    )
    stock.receive_stock(term.ctx, term.admin, made.product.id, "50")
    return made.product.id


def build_shop(term: Terminal) -> DeliveryShop:
    rice = _product(term, "RICE5", "Keeri Samba 5kg", 1250_00)
    tea = _product(term, "TEA400", "Dilmah Tea 400g", 640_00)
    courier = create_courier(
        term.ctx, term.manager, CourierInput("Kamal Express", "0712345678", vehicle_type="bike")
    ).courier.id
    customer = customers.create_customer(
        term.ctx,
        term.manager,
        customers.CustomerInput(name="Nimal Perera", phone="0771234567"),
    ).customer.id
    return DeliveryShop(term, rice, tea, courier, customer)


@pytest.fixture(scope="session")
def _shop_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DeliveryShop]]:
    """Build the shop once (argon2 PIN hashes, products, stock) and copy its file per test."""
    path = tmp_path_factory.mktemp("delivery-shop") / "pos.db"
    term = make_terminal(path)
    built = build_shop(term)
    with term.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    term.db.dispose()
    yield path, built


@pytest.fixture
def shop(_shop_template: tuple[Path, DeliveryShop], tmp_path: Path) -> Iterator[DeliveryShop]:
    """A fresh copy of the template shop: its own SQLite file, same ids."""
    template, built = _shop_template
    path = tmp_path / "pos.db"
    shutil.copyfile(template, path)
    term = open_terminal(path)
    yield DeliveryShop(term, built.rice, built.tea, built.courier, built.customer)
    term.db.dispose()


@pytest.fixture
def make_shop() -> Callable[[Terminal], DeliveryShop]:
    return build_shop
