"""Product writes: permission, validation (nothing partial written), price audit, categories."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from pos_desktop.core.errors import ConflictError, DomainError, NotFoundError, PermissionDenied
from pos_desktop.services.catalog import (
    VariantDraft,
    add_variant,
    category_path,
    create_category,
    create_product,
    create_supplier,
    deactivate_product,
    draft_of,
    ensure_category_path,
    get_product,
    set_price,
    update_product,
)
from pos_desktop.store.models import AuditLog, OutboxEntry
from pos_desktop.store.models.catalog import Category, Product
from tests.catalog.factory import draft, ean13, make_product
from tests.support.terminal import Terminal


def count(terminal: Terminal, model: type[object]) -> int:
    with terminal.db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def audits(terminal: Terminal, action: str) -> list[AuditLog]:
    with terminal.db.read() as s:
        return list(s.execute(select(AuditLog).where(AuditLog.action == action)).scalars())


def test_create_product_writes_row_audit_and_outbox(terminal: Terminal) -> None:
    p = make_product(
        terminal, name="  Kist   Mixed Fruit Jam ", barcode=ean13(1), cost_minor=30_000
    )
    assert p.name == "Kist Mixed Fruit Jam"
    assert (p.currency, p.status, p.unit, p.tax_class_code) == ("LKR", "ACTIVE", "pcs", "VAT18")
    [entry] = audits(terminal, "product.create")
    assert entry.resource_id == p.id and entry.user_id == terminal.manager.user_id
    with terminal.db.read() as s:
        ops = s.execute(
            select(OutboxEntry.operation).where(
                OutboxEntry.entity == "products", OutboxEntry.entity_id == p.id
            )
        ).scalars()
        assert list(ops) == ["insert"]


def test_cashier_cannot_edit_the_catalog(terminal: Terminal) -> None:
    p = make_product(terminal)
    with pytest.raises(PermissionDenied):
        create_product(terminal.ctx, terminal.cashier, draft())
    with pytest.raises(PermissionDenied):
        update_product(terminal.ctx, terminal.cashier, p.id, replace(draft_of(p), price_minor=1))
    with pytest.raises(PermissionDenied):
        deactivate_product(terminal.ctx, terminal.cashier, p.id)
    with pytest.raises(PermissionDenied):
        create_category(terminal.ctx, terminal.cashier, "Dairy")
    assert count(terminal, Product) == 1
    with terminal.db.read() as s:
        assert s.get(Product, p.id).price_minor == 10_000  # type: ignore[union-attr]


BAD_DRAFTS: dict[str, dict[str, object]] = {
    "empty name": {"name": "   "},
    "negative price": {"price_minor": -1},
    "absurd price": {"price_minor": 10**12},
    "negative cost": {"cost_minor": -5},
    "wrong check digit": {"barcode": "4790000000012"},
    "letters in barcode": {"barcode": "47900A0000011"},
    "odd barcode length": {"barcode": "1234567"},
    "fullwidth digits": {"barcode": "４７９００００００００１７"},
    "unknown tax class": {"tax_class_code": "VAT99"},
    "weighed by the piece": {"is_weighed": True, "unit": "pcs"},
    "unknown unit": {"unit": "box"},
    "unknown status": {"status": "SOLD_OUT"},
    "short item code": {"item_code": "123"},
    "spaces in sku": {"sku": "AB 12"},
    "empty sku": {"sku": ""},
    "unknown category": {"category_id": "nope"},
    "unknown supplier": {"supplier_id": "nope"},
    "negative threshold": {"stock_threshold_milli": -1000},
}


@pytest.mark.parametrize("case", sorted(BAD_DRAFTS))
def test_bad_product_input_is_refused_and_nothing_written(terminal: Terminal, case: str) -> None:
    before = (count(terminal, Product), count(terminal, AuditLog), count(terminal, OutboxEntry))
    with pytest.raises(DomainError):
        create_product(terminal.ctx, terminal.manager, draft(**BAD_DRAFTS[case]))
    after = (count(terminal, Product), count(terminal, AuditLog), count(terminal, OutboxEntry))
    assert after == before


def make_conflict(terminal: Terminal, case: str) -> Callable[[], object]:
    first = make_product(terminal, sku="DUP-1", barcode=ean13(2), item_code="20001")
    other = make_product(terminal)
    add_variant(terminal.ctx, terminal.manager, other.id, VariantDraft("Size", "L", None, ean13(3)))
    cases: dict[str, Callable[[], object]] = {
        "sku": lambda: make_product(terminal, sku="DUP-1"),
        "barcode": lambda: make_product(terminal, barcode=ean13(2)),
        "variant barcode": lambda: make_product(terminal, barcode=ean13(3)),
        "item code": lambda: make_product(terminal, item_code="20001"),
        "update to taken sku": lambda: update_product(
            terminal.ctx, terminal.manager, other.id, replace(draft_of(other), sku="DUP-1")
        ),
        "variant with taken barcode": lambda: add_variant(
            terminal.ctx, terminal.manager, first.id, VariantDraft("Size", "S", None, ean13(2))
        ),
    }
    return cases[case]


@pytest.mark.parametrize(
    "case",
    [
        "sku",
        "barcode",
        "variant barcode",
        "item code",
        "update to taken sku",
        "variant with taken barcode",
    ],
)
def test_duplicate_codes_conflict(terminal: Terminal, case: str) -> None:
    attempt = make_conflict(terminal, case)
    before = count(terminal, Product)
    with pytest.raises(ConflictError):
        attempt()
    assert count(terminal, Product) == before


def test_price_change_is_audited_with_old_and_new_price(terminal: Terminal) -> None:
    p = make_product(terminal, price_minor=10_000)
    update_product(terminal.ctx, terminal.manager, p.id, replace(draft_of(p), name="Renamed"))
    assert audits(terminal, "product.price_change") == []
    result = set_price(terminal.ctx, terminal.manager, p.id, 12_500, reason="supplier increase")
    assert result.product.price_minor == 12_500
    [entry] = audits(terminal, "product.price_change")
    assert entry.old_values == {"price_minor": 10_000, "currency": "LKR"}
    assert entry.new_values is not None and entry.new_values["price_minor"] == 12_500
    assert entry.reason == "supplier increase"
    assert entry.user_id == terminal.manager.user_id


def test_update_keeps_own_codes_and_unchanged_update_changes_nothing(terminal: Terminal) -> None:
    p = make_product(terminal, barcode=ean13(4), item_code="30001")
    result = update_product(terminal.ctx, terminal.manager, p.id, draft_of(p))
    assert result.changes.entities == frozenset()
    assert get_product_or_fail(terminal, p.id) == p


def get_product_or_fail(terminal: Terminal, product_id: str) -> object:
    with terminal.db.read() as s:
        found = get_product(s, product_id)
    assert found is not None
    return found


def test_deactivate_is_audited_and_reversible(terminal: Terminal) -> None:
    p = make_product(terminal)
    off = deactivate_product(terminal.ctx, terminal.manager, p.id, reason="discontinued").product
    assert off.status == "INACTIVE"
    [entry] = audits(terminal, "product.deactivate")
    assert entry.reason == "discontinued"
    on = update_product(
        terminal.ctx, terminal.manager, p.id, replace(draft_of(off), status="ACTIVE")
    )
    assert on.product.status == "ACTIVE"
    with pytest.raises(NotFoundError):
        deactivate_product(terminal.ctx, terminal.manager, "missing")


def test_categories_form_a_tree(terminal: Terminal) -> None:
    food = create_category(terminal.ctx, terminal.manager, "Food")
    dairy = create_category(terminal.ctx, terminal.manager, "Dairy", parent_id=food.category_id)
    assert dairy.path == "Food > Dairy"
    with pytest.raises(ConflictError):
        create_category(terminal.ctx, terminal.manager, "dairy", parent_id=food.category_id)
    with terminal.db.uow() as uow:
        same = ensure_category_path(
            uow.session, terminal.ctx.terminal.organization_id, "food > DAIRY"
        )
        new = ensure_category_path(
            uow.session, terminal.ctx.terminal.organization_id, "Food > Cheese"
        )
        uow.commit()
    assert same == dairy.category_id
    with terminal.db.read() as s:
        assert category_path(s, new) == "Food > Cheese"
        slugs = sorted(s.execute(select(Category.slug)).scalars())
    assert slugs == ["cheese", "dairy", "food"]
    p = make_product(terminal, category_id=new)
    assert p.category_id == new


def test_supplier_can_be_linked(terminal: Terminal) -> None:
    sup = create_supplier(terminal.ctx, terminal.manager, "Ceylon Biscuits Ltd", phone="0112345678")
    p = make_product(terminal, supplier_id=sup.supplier_id)
    assert p.supplier_id == sup.supplier_id
