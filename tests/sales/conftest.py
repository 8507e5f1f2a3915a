"""A shop ready to sell: products with stock, an open shift, a loyalty customer, a coupon."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from pos_desktop.core.cart import Cart
from pos_desktop.core.money import Money
from pos_desktop.services import catalog, catalog_edit, customers, shifts, stock
from pos_desktop.services.catalog import ProductHit
from pos_desktop.services.context import ServiceContext
from pos_desktop.store.models import OutboxEntry, User
from pos_desktop.store.terminal import load_identity, open_database
from tests.support.terminal import Terminal, actor_for, make_terminal


@dataclass
class Shop:
    term: Terminal
    rice: ProductHit  # 1,250.00 a pack, VAT 18%
    soap: ProductHit  # 95.50 a bar, VAT 18%
    dhal: ProductHit  # 480.00 a kg, weighed, exempt
    customer_id: str

    @property
    def ctx(self) -> Any:
        return self.term.ctx

    def cart(self, *items: tuple[ProductHit, str | int]) -> Cart:
        cart = Cart(self.term.ctx.terminal.currency)
        for hit, qty in items:
            cart.add_item(
                product_id=hit.product_id,
                name=hit.name,
                unit_price=hit.price,
                tax_class=hit.tax_class(),
                quantity=qty,
                sku=hit.sku,
                barcode=hit.barcode,
                weighed=hit.is_weighed,
            )
        return cart

    def on_hand(self, hit: ProductHit) -> Decimal:
        with self.term.db.read() as s:
            return stock.on_hand(s, hit.product_id)

    def count(self, model: Any) -> int:
        with self.term.db.read() as s:
            return int(s.execute(select(func.count()).select_from(model)).scalar_one())

    def outbox_count(self) -> int:
        return self.count(OutboxEntry)


def _product(term: Terminal, **draft: Any) -> ProductHit:
    result = catalog_edit.create_product(term.ctx, term.admin, catalog_edit.ProductDraft(**draft))
    stock.receive_stock(term.ctx, term.admin, result.product.id, "100")
    with term.db.read() as s:
        hits = catalog.search_products(s, draft["sku"])
    return next(h for h in hits if h.product_id == result.product.id)


def _build(terminal: Terminal) -> Shop:
    rice = _product(terminal, sku="RICE5", name="Rice 5kg", price_minor=1250_00, cost_minor=1000_00)
    soap = _product(terminal, sku="SOAP", name="Soap bar", price_minor=95_50)
    dhal = _product(
        terminal,
        sku="DHAL",
        name="Red dhal",
        price_minor=480_00,
        is_weighed=True,
        tax_class_code="EXEMPT",
    )
    customer = customers.create_customer(
        terminal.ctx,
        terminal.cashier,
        customers.CustomerInput(name="Nimal Perera", phone="0771234567"),
    )
    shifts.open_shift(terminal.ctx, terminal.cashier, Money(5000_00))
    return Shop(terminal, rice, soap, dhal, customer.customer.id)


@pytest.fixture(scope="session")
def _shop_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Shop]]:
    """Build the shop once (argon2 PIN hashing makes a terminal cost ~2 s) and copy its file."""
    path = tmp_path_factory.mktemp("shop-template") / "pos.db"
    term = make_terminal(path)
    built = _build(term)
    with term.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    term.db.dispose()
    yield path, built


@pytest.fixture
def shop(_shop_template: tuple[Path, Shop], tmp_path: Path) -> Iterator[Shop]:
    """A fresh copy of the template shop: its own SQLite file, same ids."""
    template, built = _shop_template
    path = tmp_path / "pos.db"
    shutil.copyfile(template, path)
    db = open_database(path)
    ctx = ServiceContext(db=db, terminal=load_identity(db))
    with db.read() as s:
        users = {u.username: actor_for(u) for u in s.execute(select(User)).scalars()}
    term = Terminal(db, ctx, users["admin"], users["manager"], users["cashier"])
    yield Shop(term, built.rice, built.soap, built.dhal, built.customer_id)
    db.dispose()
