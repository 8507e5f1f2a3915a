"""Customer services on a real terminal database: create, duplicates, edits, lookups, merges."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from pos_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from pos_desktop.services import customers as svc
from pos_desktop.services.customers import CustomerInput, DuplicateCustomer
from pos_desktop.store.models import AuditLog, OutboxEntry
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.sales import Sale
from tests.support.terminal import Terminal


def count(terminal: Terminal, model: Any) -> int:
    with terminal.db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def make(terminal: Terminal, name: str = "Nimal Perera", **kw: Any) -> svc.CustomerView:
    return svc.create_customer(
        terminal.ctx, terminal.cashier, CustomerInput(name=name, **kw)
    ).customer


def test_cashier_creates_customer_with_normalised_phone_audit_and_outbox(
    terminal: Terminal,
) -> None:
    result = svc.create_customer(
        terminal.ctx,
        terminal.cashier,
        CustomerInput(
            name="  Nimal   Perera ",
            phone="077 123 4567",
            email=" Nimal@Example.LK ",
            loyalty_card_number="lc 0001",
            address={"line1": "12 Galle Rd", "city": "Colombo 03"},
            birthday=date(1990, 4, 14),
        ),
    )
    c = result.customer
    assert (c.name, c.phone, c.phone_normalized) == ("Nimal Perera", "077 123 4567", "+94771234567")
    assert (c.email, c.loyalty_card_number, c.status) == ("nimal@example.lk", "LC0001", "ACTIVE")
    assert c.home_store_id == terminal.ctx.terminal.store_id
    assert result.changes.touches("customers")
    with terminal.db.read() as s:
        outbox = s.execute(
            select(OutboxEntry).where(OutboxEntry.entity == "customers")
        ).scalar_one()
        assert outbox.operation == "insert" and outbox.payload["phone_normalized"] == "+94771234567"
        assert s.get(Customer, c.id).hlc  # type: ignore[union-attr]
        row = s.execute(select(AuditLog).where(AuditLog.action == "customer.create")).scalar_one()
        assert row.user_id == terminal.cashier.user_id and row.resource_id == c.id


def test_duplicate_phone_in_another_format_is_refused_with_the_existing_id(
    terminal: Terminal,
) -> None:
    first = make(terminal, phone="077 123 4567")
    before = count(terminal, Customer)
    with pytest.raises(DuplicateCustomer) as err:
        make(terminal, "N. Perera", phone="+94771234567")
    assert err.value.existing_ids == (first.id,)
    assert isinstance(err.value, ConflictError) and "+94771234567" in err.value.message
    assert count(terminal, Customer) == before
    second = svc.create_customer(
        terminal.ctx,
        terminal.cashier,
        CustomerInput(name="N. Perera", phone="0094 77 123 4567"),
        allow_duplicate=True,
    ).customer
    with terminal.db.read() as s:
        groups = svc.duplicate_candidates(s)
    assert groups == [svc.DuplicateGroup("+94771234567", (first.id, second.id))]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "   "}, "needs a name"),
        ({"name": "x" * 201}, "at most 200"),
        ({"phone": "077 123"}, "not a Sri Lankan number"),
        ({"phone": "call me"}, "not a phone number"),
        ({"email": "nimal@"}, "not an email"),
        ({"loyalty_card_number": "A1"}, "4 to 32"),
        ({"birthday": date.today() + timedelta(days=400)}, "future"),
        ({"address": "12 Galle Rd"}, "named lines"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    terminal: Terminal, fields: dict[str, Any], message: str
) -> None:
    data = {"name": "Nimal", **fields}
    before = (count(terminal, Customer), count(terminal, OutboxEntry))
    with pytest.raises(ValidationError, match=message):
        svc.create_customer(terminal.ctx, terminal.cashier, CustomerInput(**data))
    assert (count(terminal, Customer), count(terminal, OutboxEntry)) == before


def test_loyalty_card_is_unique(terminal: Terminal) -> None:
    make(terminal, loyalty_card_number="LC0001")
    with pytest.raises(ConflictError, match="already belongs to Nimal Perera"):
        make(terminal, "Kamala", loyalty_card_number="lc0001")


def test_user_without_permission_cannot_create(terminal: Terminal) -> None:
    nobody = dataclasses.replace(terminal.cashier, permissions=frozenset())
    with pytest.raises(PermissionDenied):
        svc.create_customer(terminal.ctx, nobody, CustomerInput(name="X"))
    assert count(terminal, Customer) == 0


def test_update_writes_only_fields_that_change(terminal: Terminal) -> None:
    c = make(terminal, phone="0771234567", email="a@b.lk")
    result = svc.update_customer(
        terminal.ctx,
        terminal.cashier,
        c.id,
        {"phone": "+94 77 123 4567", "email": "A@B.LK", "notes": "prefers SMS"},
    )
    # normalised phone and email are unchanged; only the typed phone and the notes change
    assert result.changed_fields == ("notes", "phone")
    with terminal.db.read() as s:
        update = s.execute(
            select(OutboxEntry).where(
                OutboxEntry.entity == "customers", OutboxEntry.operation == "update"
            )
        ).scalar_one()
    assert update.payload["_changed"] == ["hlc", "notes", "phone"]
    again = svc.update_customer(terminal.ctx, terminal.cashier, c.id, {"notes": "prefers SMS"})
    assert again.changed_fields == () and not again.changes.entities


def test_status_and_card_replacement_need_a_manager(terminal: Terminal) -> None:
    c = make(terminal)
    with pytest.raises(PermissionDenied):
        svc.update_customer(terminal.ctx, terminal.cashier, c.id, {"status": "BLOCKED"})
    # a cashier may give a card to a customer without one, but not replace it
    svc.update_customer(terminal.ctx, terminal.cashier, c.id, {"loyalty_card_number": "LC0007"})
    with pytest.raises(PermissionDenied):
        svc.update_customer(terminal.ctx, terminal.cashier, c.id, {"loyalty_card_number": "LC0008"})
    done = svc.update_customer(
        terminal.ctx, terminal.manager, c.id, {"status": "BLOCKED", "loyalty_card_number": "LC0008"}
    )
    assert (done.customer.status, done.customer.loyalty_card_number) == ("BLOCKED", "LC0008")
    with pytest.raises(ValidationError, match="status is one of"):
        svc.update_customer(terminal.ctx, terminal.manager, c.id, {"status": "VIP"})
    with pytest.raises(ValidationError, match="no field"):
        svc.update_customer(terminal.ctx, terminal.manager, c.id, {"total_spent_minor": 5})


def test_changing_phone_to_anothers_is_a_duplicate(terminal: Terminal) -> None:
    a = make(terminal, phone="0771111111")
    b = make(terminal, "Kamala", phone="0772222222")
    with pytest.raises(DuplicateCustomer) as err:
        svc.update_customer(terminal.ctx, terminal.cashier, b.id, {"phone": "+94771111111"})
    assert err.value.existing_ids == (a.id,)
    with terminal.db.read() as s:
        assert svc.get_customer(s, b.id).phone_normalized == "+94772222222"


def test_find_and_search(terminal: Terminal) -> None:
    nimal = make(terminal, phone="077 123 4567", loyalty_card_number="LC0001", email="nimal@x.lk")
    kamala = make(terminal, "Kamala Silva", phone="011 234 5678")
    make(terminal, "Sunil Fernando")
    with terminal.db.read() as s:
        assert [c.id for c in svc.find_by_phone(s, "+94 77 123 4567")] == [nimal.id]
        assert svc.find_by_phone(s, "0770000000") == []
        assert svc.find_by_card(s, " lc0001 ").id == nimal.id  # type: ignore[union-attr]
        assert svc.find_by_card(s, "NOPE99") is None
        assert svc.find_by_card(s, "!") is None
        assert [c.id for c in svc.search_customers(s, "silva")] == [kamala.id]
        assert [c.id for c in svc.search_customers(s, "077 123")] == [nimal.id]
        assert [c.id for c in svc.search_customers(s, "2345678")] == [kamala.id]
        assert [c.id for c in svc.search_customers(s, "lc00")] == [nimal.id]
        assert [c.id for c in svc.search_customers(s, "nimal@")] == [nimal.id]
        assert {c.name for c in svc.search_customers(s, "il", limit=10)} == {
            "Kamala Silva",
            "Sunil Fernando",
        }
        assert len(svc.search_customers(s, "a", limit=1)) == 1
        assert svc.search_customers(s, "   ") == []
        assert svc.search_customers(s, "100%_") == []


def test_merge_leaves_a_tombstone_and_moves_the_card(terminal: Terminal) -> None:
    keep = make(terminal, phone="0771234567")
    dup = svc.create_customer(
        terminal.ctx,
        terminal.cashier,
        CustomerInput(
            name="Nimal P", phone="771234567", loyalty_card_number="LC0009", email="n@x.lk"
        ),
        allow_duplicate=True,
    ).customer
    with pytest.raises(PermissionDenied):
        svc.merge_customers(terminal.ctx, terminal.cashier, keep.id, dup.id, "same person")
    with pytest.raises(ValidationError, match="why"):
        svc.merge_customers(terminal.ctx, terminal.manager, keep.id, dup.id, " ")
    result = svc.merge_customers(terminal.ctx, terminal.manager, keep.id, dup.id, "same phone")
    assert result.customer.loyalty_card_number == "LC0009"
    assert result.customer.email == "n@x.lk"
    with terminal.db.read() as s:
        tomb = s.get(Customer, dup.id)
        assert tomb is not None and tomb.merged_into_id == keep.id
        assert tomb.loyalty_card_number is None
        assert svc.find_by_card(s, "LC0009").id == keep.id  # type: ignore[union-attr]
        assert [c.id for c in svc.find_by_phone(s, "0771234567")] == [keep.id]
        assert svc.duplicate_candidates(s) == []
        assert svc.resolve_customer_id(s, dup.id) == keep.id
        assert set(svc.merge_group_ids(s, keep.id)) == {keep.id, dup.id}
    with pytest.raises(ConflictError, match="already merged"):
        svc.merge_customers(terminal.ctx, terminal.manager, keep.id, dup.id, "again")
    with pytest.raises(ConflictError, match="merged into another"):
        svc.update_customer(terminal.ctx, terminal.cashier, dup.id, {"notes": "x"})
    with pytest.raises(ValidationError, match="themselves"):
        svc.merge_customers(terminal.ctx, terminal.manager, dup.id, keep.id, "loop")


def test_merge_cycle_resolves_to_one_survivor(terminal: Terminal) -> None:
    # Two offline terminals merged A into B and B into A; both tombstones arrive by sync.
    a, b = make(terminal, "A"), make(terminal, "B")
    with terminal.db.uow() as uow:
        uow.session.get(Customer, a.id).merged_into_id = b.id  # type: ignore[union-attr]
        uow.session.get(Customer, b.id).merged_into_id = a.id  # type: ignore[union-attr]
        uow.commit()
    with terminal.db.read() as s:
        assert (
            svc.resolve_customer_id(s, a.id) == svc.resolve_customer_id(s, b.id) == min(a.id, b.id)
        )


def test_refresh_totals_from_sales(terminal: Terminal) -> None:
    c = make(terminal)
    ident = terminal.ctx.terminal

    def sale(n: int, kind: str, total: int) -> Sale:
        return Sale(
            organization_id=ident.organization_id, store_id=ident.store_id,
            receipt_number=f"S01-T01-{n:06d}", kind=kind, cashier_id=terminal.cashier.user_id,
            customer_id=c.id, currency="LKR", subtotal_minor=total, total_minor=total,
            tax_inclusive=True,
        )  # fmt: skip

    with terminal.db.uow() as uow:
        uow.session.add_all([sale(1, "SALE", 100_00), sale(2, "SALE", 50_00),
                             sale(3, "RETURN", -20_00), sale(4, "VOID", -50_00)])  # fmt: skip
        uow.session.flush()
        svc.refresh_customer_totals(uow.session, terminal.ctx, c.id)
        uow.commit()
    with terminal.db.read() as s:
        view = svc.get_customer(s, c.id)
    assert (view.total_orders, view.total_spent.minor) == (1, 80_00)
