"""Suppliers: create, edit, search (any spelling of the phone), deactivate."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pos_desktop.core.errors import ConflictError, ValidationError
from pos_desktop.services.purchase_orders import PoDraft, PoLineDraft, create_purchase_order
from pos_desktop.services.suppliers import (
    SupplierDraft,
    create_supplier,
    get_supplier,
    list_suppliers,
    set_supplier_active,
    update_supplier,
)
from tests.purchasing.support import counts, product
from tests.support.terminal import Terminal

CEYLON = SupplierDraft(
    name="  Ceylon   Biscuits Ltd ",
    contact_person="Ruwan Jayasuriya",
    phone="077 123 4567",
    email="Orders@CeylonBiscuits.lk",
    address="No. 8, Industrial Estate\nEkala, Ja-Ela",
    payment_terms="30 days credit",
    notes="Delivers on Tuesdays",
)


def test_create_cleans_and_keeps_every_field(terminal: Terminal) -> None:
    s = create_supplier(terminal.ctx, terminal.manager, CEYLON).supplier
    assert s.name == "Ceylon Biscuits Ltd"
    assert s.phone == "+94771234567"
    assert s.email == "orders@ceylonbiscuits.lk"
    assert s.address == "No. 8, Industrial Estate\nEkala, Ja-Ela"
    assert (s.payment_terms, s.notes) == ("30 days credit", "Delivers on Tuesdays")
    assert get_supplier(terminal.ctx, terminal.manager, s.id) == s


@pytest.mark.parametrize("typed", ["0771234567", "+94 77 123 4567", "77-123", "Biscuits", "ruwan"])
def test_search_by_name_contact_or_any_phone_spelling(terminal: Terminal, typed: str) -> None:
    create_supplier(terminal.ctx, terminal.manager, CEYLON)
    create_supplier(terminal.ctx, terminal.manager, SupplierDraft("Lanka Soap", phone="0112345678"))
    found = list_suppliers(terminal.ctx, terminal.manager, typed)
    assert [s.name for s in found] == ["Ceylon Biscuits Ltd"]


def test_edit_changes_terms_and_notes_separately(terminal: Terminal) -> None:
    s = create_supplier(terminal.ctx, terminal.manager, CEYLON).supplier
    edited = update_supplier(
        terminal.ctx,
        terminal.manager,
        s.id,
        replace(s.draft(), payment_terms=None, notes="Call before 10"),
    ).supplier
    assert (edited.payment_terms, edited.notes) == (None, "Call before 10")
    edited = update_supplier(
        terminal.ctx, terminal.manager, s.id, replace(edited.draft(), payment_terms="COD")
    ).supplier
    assert (edited.payment_terms, edited.notes) == ("COD", "Call before 10")
    unchanged = update_supplier(terminal.ctx, terminal.manager, s.id, edited.draft())
    assert unchanged.changes.entities == frozenset()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "   "}, "needs a name"),
        ({"phone": "12345"}, "not a Sri Lankan number"),
        ({"email": "orders at ceylon"}, "not an email"),
        ({"name": "x" * 201}, "longer than 200"),
    ],
)
def test_bad_supplier_input_is_refused(
    terminal: Terminal, fields: dict[str, str], message: str
) -> None:
    before = counts(terminal)
    with pytest.raises(ValidationError, match=message):
        create_supplier(terminal.ctx, terminal.manager, replace(CEYLON, **fields))
    assert counts(terminal) == before


def test_duplicate_names_are_refused_among_active_suppliers(terminal: Terminal) -> None:
    first = create_supplier(terminal.ctx, terminal.manager, CEYLON).supplier
    with pytest.raises(ConflictError, match="already a supplier"):
        create_supplier(terminal.ctx, terminal.manager, SupplierDraft("ceylon biscuits ltd"))
    set_supplier_active(terminal.ctx, terminal.manager, first.id, False)
    second = create_supplier(terminal.ctx, terminal.manager, SupplierDraft("Ceylon Biscuits Ltd"))
    with pytest.raises(ConflictError, match="rename one first"):
        set_supplier_active(terminal.ctx, terminal.manager, first.id, True)
    assert second.supplier.is_active


def test_deactivated_supplier_is_hidden_and_cannot_be_ordered_from(terminal: Terminal) -> None:
    s = create_supplier(terminal.ctx, terminal.manager, CEYLON).supplier
    off = set_supplier_active(terminal.ctx, terminal.manager, s.id, False).supplier
    assert not off.is_active
    assert list_suppliers(terminal.ctx, terminal.manager) == []
    assert [
        x.id for x in list_suppliers(terminal.ctx, terminal.manager, include_inactive=True)
    ] == [s.id]
    draft = PoDraft(s.id, (PoLineDraft(product(terminal), 1),))
    with pytest.raises(ConflictError, match="deactivated"):
        create_purchase_order(terminal.ctx, terminal.manager, draft)
    back = set_supplier_active(terminal.ctx, terminal.manager, s.id, True).supplier
    assert back.is_active and create_purchase_order(terminal.ctx, terminal.manager, draft).po


def test_list_pages_by_name(terminal: Terminal) -> None:
    for name in ["Delta", "Alpha", "Charlie", "Bravo", "Echo"]:
        create_supplier(terminal.ctx, terminal.manager, SupplierDraft(name))
    first = list_suppliers(terminal.ctx, terminal.manager, limit=2)
    rest = list_suppliers(terminal.ctx, terminal.manager, after=(first[-1].name, first[-1].id))
    assert [s.name for s in first + rest] == ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
