"""The back office's customers: paged list, a customer's file, merging a group."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pos_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.services import customer_admin as admin
from pos_desktop.services import loyalty
from pos_desktop.services.customers import CustomerInput, create_customer
from pos_desktop.store.models import AuditLog
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.loyalty import LoyaltyTransaction
from pos_desktop.store.models.sales import Sale, SaleKind
from tests.customers.test_customer_totals import document
from tests.loyalty.support import Clock, clocked, count
from tests.support.terminal import Terminal


def make(terminal: Terminal, name: str, phone: str | None = None) -> str:
    return create_customer(
        terminal.ctx,
        terminal.cashier,
        CustomerInput(name=name, phone=phone),
        allow_duplicate=True,
    ).customer.id


def earn(terminal: Terminal, customer_id: str, rupees: int, sale_id: str) -> None:
    with terminal.db.uow() as uow:
        loyalty.earn_for_sale(
            uow.session, terminal.ctx, customer_id, sale_id, Money(rupees * 100, "LKR")
        )
        uow.commit()


def test_list_pages_by_name_without_loading_everything(terminal: Terminal) -> None:
    names = [f"Customer {i:03d}" for i in range(25)]
    for name in reversed(names):
        make(terminal, name)
    seen: list[str] = []
    after = None
    pages = 0
    while True:
        with terminal.db.read() as s:
            page = admin.list_customers(s, terminal.ctx, after=after, limit=10)
        pages += 1
        seen.extend(r.name for r in page.rows)
        if page.next_after is None:
            break
        after = page.next_after
    assert seen == names and pages == 3


def test_list_filters_like_the_till_and_shows_points_and_tier(terminal: Terminal) -> None:
    nimal = make(terminal, "Nimal Perera", "0771234567")
    make(terminal, "Kamala Silva", "0719876543")
    loyalty.adjust_points(terminal.ctx, terminal.manager, nimal, 1_200, "opening balance")
    with terminal.db.read() as s:
        by_phone = admin.list_customers(s, terminal.ctx, "077 123")
        by_name = admin.list_customers(s, terminal.ctx, "kamala")
    assert [r.name for r in by_phone.rows] == ["Nimal Perera"]
    assert (by_phone.rows[0].points, by_phone.rows[0].tier) == (1_200, "SILVER")
    assert [r.name for r in by_name.rows] == ["Kamala Silva"]
    assert by_name.rows[0].tier == "BRONZE" and by_name.rows[0].points == 0


def test_customer_file_has_purchases_returns_and_a_running_ledger(terminal: Terminal) -> None:
    clock = Clock()
    ctx = clocked(terminal, clock)
    cid = make(terminal, "Nimal Perera")
    with terminal.db.uow() as uow:
        sale = document(terminal, cid, SaleKind.SALE.value, 50_000)
        sale.created_at = clock.now
        uow.session.add(sale)
        uow.session.flush()
        ret = document(terminal, cid, SaleKind.RETURN.value, -10_000)
        ret.original_sale_id = sale.id
        uow.session.add(ret)
        uow.commit()
        sale_id, sale_receipt = sale.id, sale.receipt_number
    earn(terminal, cid, 500, sale_id)  # 5 points
    clock.advance(minutes=1)
    loyalty.adjust_points(ctx, terminal.manager, cid, 100, "welcome")
    clock.advance(minutes=1)
    loyalty.adjust_points(ctx, terminal.manager, cid, -30, "typo")
    file = admin.load_customer_file(ctx, terminal.manager, cid)
    kinds = {p.kind: p for p in file.purchases}
    assert kinds["RETURN"].original_receipt == sale_receipt
    assert kinds["SALE"].total == Money(50_000, "LKR")
    assert [(e.type, e.points, e.balance_after) for e in file.ledger] == [
        ("ADJUSTED", -30, 75),
        ("ADJUSTED", 100, 105),
        ("EARNED", 5, 5),
    ]
    assert file.ledger[0].reason == "typo" and file.ledger[0].created_by == "Mala Manager"
    assert file.ledger[2].receipt_number == sale_receipt
    assert file.summary.balance == file.ledger[0].balance_after == 75
    with pytest.raises(PermissionDenied):
        admin.load_customer_file(ctx, terminal.cashier, cid)


def test_merge_keeps_every_ledger_entry_and_sums_the_balances(terminal: Terminal) -> None:
    keep = make(terminal, "Nimal Perera", "0771234567")
    dup1 = make(terminal, "N. Perera", "077 123 4567")
    dup2 = make(terminal, "Nimal P", "+94771234567")
    earn(terminal, keep, 1_000, "s1")
    earn(terminal, dup1, 2_500, "s2")
    earn(terminal, dup2, 700, "s3")
    loyalty.adjust_points(terminal.ctx, terminal.manager, dup2, 40, "goodwill")
    with terminal.db.read() as s:
        before = {c: loyalty.balance(s, c) for c in (keep, dup1, dup2)}
        entries = count(terminal, LoyaltyTransaction)
        expected = s.execute(
            select(func.sum(LoyaltyTransaction.points)).where(
                LoyaltyTransaction.customer_id.in_([keep, dup1, dup2])
            )
        ).scalar_one()
    assert sum(before.values()) == expected == 10 + 25 + 7 + 40

    result = admin.merge_group(terminal.ctx, terminal.manager, keep, [dup1, dup2], "same phone")
    assert result.merged == 2 and result.survivor.id == keep
    assert count(terminal, LoyaltyTransaction) == entries  # no entry moved, none dropped
    file = admin.load_customer_file(terminal.ctx, terminal.manager, dup1)  # resolves to keep
    assert file.customer.id == keep and set(file.merged_ids) == {dup1, dup2}
    assert len(file.ledger) == entries
    assert file.summary.balance == file.ledger[0].balance_after == expected
    with terminal.db.read() as s:
        assert loyalty.balance(s, keep) == expected
        assert loyalty.balance(s, dup2) == expected  # a merged id resolves to the survivor
        live = admin.list_customers(s, terminal.ctx, "0771234567")
        assert [r.id for r in live.rows] == [keep]
        assert live.rows[0].points == expected  # the list's cached balance covers the group
        merged_into = s.execute(
            select(Customer.merged_into_id).where(Customer.id.in_([dup1, dup2]))
        ).scalars()
        assert set(merged_into) == {keep}
    assert count(terminal, AuditLog, AuditLog.action == "customer.merge") == 2


def test_bad_merges_merge_nothing(terminal: Terminal) -> None:
    keep = make(terminal, "Nimal Perera")
    dup = make(terminal, "N Perera")
    other = make(terminal, "Sunil")
    admin.merge_group(terminal.ctx, terminal.manager, keep, [other], "same person")
    with pytest.raises(ConflictError, match="already merged"):
        admin.merge_group(terminal.ctx, terminal.manager, keep, [dup, other], "again")
    with pytest.raises(ValidationError, match="cannot also be merged"):
        admin.merge_group(terminal.ctx, terminal.manager, keep, [keep], "x")
    with pytest.raises(ValidationError, match="say why"):
        admin.merge_group(terminal.ctx, terminal.manager, keep, [dup], "  ")
    with pytest.raises(PermissionDenied):
        admin.merge_group(terminal.ctx, terminal.cashier, keep, [dup], "x")
    with terminal.db.read() as s:
        assert s.get(Customer, dup).merged_into_id is None  # type: ignore[union-attr]


def test_merge_candidates_share_phone_or_email(terminal: Terminal) -> None:
    a = make(terminal, "Nimal", "0771234567")
    b = make(terminal, "Nimal P", "077-123-4567")
    make(terminal, "Someone else", "0719999999")
    with terminal.db.read() as s:
        assert admin.merge_candidates_for(s, terminal.ctx, a) == [b]
        assert s.execute(select(func.count()).select_from(Sale)).scalar_one() == 0
