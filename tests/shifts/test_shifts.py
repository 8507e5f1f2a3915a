"""Shift open, cash in/out, no-sale and close with exact over/short, on a real database."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from pos_desktop.core.errors import (
    ApprovalRequired,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from pos_desktop.core.money import Money
from pos_desktop.core.permissions import Permission
from pos_desktop.services.auth import approve
from pos_desktop.services.notifications import count_unread
from pos_desktop.services.settings import OVER_SHORT_LIMIT, set_setting
from pos_desktop.services.shift_reports import x_report, z_report
from pos_desktop.services.shifts import (
    cash_in,
    cash_out,
    close_shift,
    current_shift,
    open_shift,
    record_no_sale,
    require_open_shift,
)
from pos_desktop.store.models import AuditLog, OutboxEntry
from pos_desktop.store.models.shifts import CashMovement, ShiftClosing
from tests.shifts.sales_factory import LineSpec, PaySpec, SaleSpec, write_sales
from tests.support.terminal import MANAGER_PIN, Terminal


def lkr(rupees: int) -> Money:
    return Money(rupees * 100)


def _count(terminal: Terminal, model: type) -> int:
    with terminal.db.read() as s:
        return int(s.execute(select(func.count(model.id))).scalar_one())


def _cash_sale(terminal: Terminal, shift_id: str, counter: int, rupees: int) -> None:
    spec = SaleSpec(
        "SALE",
        counter,
        (LineSpec(1000, rupees * 100),),
        (PaySpec("CASH", rupees * 100, change_minor=50_00),),
    )
    write_sales(
        terminal.db,
        terminal.ctx.terminal,
        shift_id,
        terminal.cashier.user_id,
        [spec],
        terminal.ctx.clock(),
    )


def test_open_cash_in_out_close_with_exact_over_short(terminal: Terminal) -> None:
    ctx, cashier = terminal.ctx, terminal.cashier
    opened = open_shift(ctx, cashier, lkr(5000), denominations={1000: 4, 500: 2})
    with terminal.db.read() as s:
        shift = require_open_shift(s, ctx)
    assert shift.id == opened.shift_id and shift.cashier_id == cashier.user_id

    _cash_sale(terminal, shift.id, 1, 1250)  # customer paid 1,300, got 50 change
    _cash_sale(terminal, shift.id, 2, 800)
    cash_in(ctx, cashier, lkr(2000), "coins from the safe")
    cash_out(ctx, cashier, lkr(3000), "drop to safe")
    cash_out(ctx, cashier, lkr(450), "bread delivery", payout=True)
    record_no_sale(ctx, terminal.manager, reason="customer wanted change")

    expected = 5000 + 1250 + 800 + 2000 - 3000 - 450  # 5,600
    with terminal.db.read() as s:
        assert x_report(s, ctx, shift.id).expected_cash_minor == expected * 100
    # Counted 5,580 against 5,600 expected: short by LKR 20.00.
    counted = {5000: 1, 500: 1, 50: 1, 20: 1, 10: 1}  # 5,580
    result = close_shift(ctx, cashier, counted)
    assert result.over_short == Money(-20_00)
    assert result.z_report_number == 1
    report = result.report
    assert report.final and report.report == "Z" and report.status == "CLOSED"
    assert report.expected_cash_minor == 5600_00
    assert report.counted_cash_minor == 5580_00
    assert report.over_short_minor == -20_00
    assert report.cash_sales_minor == 2050_00
    assert (report.cash_in_minor, report.cash_out_minor, report.payouts_minor) == (
        2000_00,
        3000_00,
        450_00,
    )
    assert report.no_sale_count == 1
    assert report.counted_denominations == {"5000": 1, "500": 1, "50": 1, "20": 1, "10": 1}

    with terminal.db.read() as s:
        assert current_shift(s, ctx) is None
        with pytest.raises(ConflictError, match="no open shift: open a shift before selling"):
            require_open_shift(s, ctx)
        # The Z report reprinted later is the one produced at close.
        reprint = z_report(s, ctx, shift.id)
        assert dataclasses.replace(reprint, generated_at=report.generated_at) == report
        actions = s.execute(
            select(AuditLog.action).where(AuditLog.action.like("shift.%")).order_by(AuditLog.id)
        )
        assert [a for (a,) in actions] == [
            "shift.open",
            "shift.cash_in",
            "shift.cash_out",
            "shift.payout",
            "shift.no_sale",
            "shift.close",
        ]
        entities = set(s.execute(select(OutboxEntry.entity)).scalars())
    assert {"shifts", "shift_closings", "cash_movements"} <= entities
    # No cash operation after the close.
    with pytest.raises(ConflictError, match="no open shift"):
        cash_in(ctx, cashier, lkr(10), "late")


def test_one_open_shift_per_device_and_z_numbers_count_up(terminal: Terminal) -> None:
    ctx = terminal.ctx
    open_shift(ctx, terminal.cashier, lkr(0))
    with pytest.raises(ConflictError, match="already open"):
        open_shift(ctx, terminal.manager, lkr(100))
    assert close_shift(ctx, terminal.cashier, {}).z_report_number == 1
    open_shift(ctx, terminal.manager, lkr(1000))
    assert close_shift(ctx, terminal.manager, {1000: 1}).z_report_number == 2


@pytest.mark.parametrize(
    "bad",
    [Money(-1), Money(100, "USD"), Money(100_000_000_01)],
)
def test_bad_floats_are_refused(terminal: Terminal, bad: Money) -> None:
    with pytest.raises(ValidationError):
        open_shift(terminal.ctx, terminal.cashier, bad)
    with terminal.db.read() as s:
        assert current_shift(s, terminal.ctx) is None


def test_float_count_must_match_the_float(terminal: Terminal) -> None:
    with pytest.raises(ValidationError, match="counted by denomination"):
        open_shift(terminal.ctx, terminal.cashier, lkr(5000), denominations={1000: 4})
    with pytest.raises(ValidationError):
        open_shift(terminal.ctx, terminal.cashier, lkr(5000), denominations={3000: 1})


def test_opening_needs_manage_shift(terminal: Terminal) -> None:
    from pos_desktop.services.context import Actor

    nobody = Actor("x", "x", "Visitor", "cashier", frozenset(), 0)
    with pytest.raises(PermissionDenied):
        open_shift(terminal.ctx, nobody, lkr(100))


def test_cash_movements_need_a_reason_an_amount_and_an_open_shift(terminal: Terminal) -> None:
    ctx, cashier = terminal.ctx, terminal.cashier
    with pytest.raises(ConflictError, match="no open shift"):
        cash_in(ctx, cashier, lkr(100), "before opening")
    open_shift(ctx, cashier, lkr(1000))
    before = _count(terminal, CashMovement)
    for bad_call in (
        lambda: cash_in(ctx, cashier, lkr(100), "   "),
        lambda: cash_in(ctx, cashier, lkr(0), "zero"),
        lambda: cash_in(ctx, cashier, Money(-500), "negative"),
        lambda: cash_out(ctx, cashier, lkr(100), ""),
        lambda: cash_in(ctx, cashier, lkr(100), "x" * 501),
    ):
        with pytest.raises(ValidationError):
            bad_call()
    with pytest.raises(ConflictError, match="should hold only"):
        cash_out(ctx, cashier, lkr(1500), "more than the drawer holds")
    assert _count(terminal, CashMovement) == before


def test_large_cash_out_needs_approval(terminal: Terminal) -> None:
    ctx, cashier = terminal.ctx, terminal.cashier
    open_shift(ctx, cashier, lkr(20_000))
    cash_out(ctx, cashier, lkr(5_000), "at the limit: no approval")
    before = _count(terminal, CashMovement)
    with pytest.raises(ApprovalRequired):
        cash_out(ctx, cashier, lkr(6_000), "drop")
    with pytest.raises(PermissionDenied):
        cash_out(ctx, cashier, lkr(6_000), "drop", approver=terminal.cashier)
    assert _count(terminal, CashMovement) == before
    manager = approve(ctx, "manager", MANAGER_PIN, Permission.APPROVE_OVER_SHORT)
    result = cash_out(ctx, cashier, lkr(6_000), "drop", approver=manager)
    with terminal.db.read() as s:
        row = s.get(CashMovement, result.movement_id)
        assert row is not None
        assert (row.user_id, row.approved_by_id) == (cashier.user_id, manager.user_id)
    cash_out(ctx, terminal.manager, lkr(6_000), "manager's own drop")


def test_no_sale_needs_open_drawer_or_approval(terminal: Terminal) -> None:
    ctx = terminal.ctx
    open_shift(ctx, terminal.cashier, lkr(1000))
    with pytest.raises(ApprovalRequired):
        record_no_sale(ctx, terminal.cashier)
    result = record_no_sale(ctx, terminal.cashier, approver=terminal.manager, reason="change")
    assert result.type == "NO_SALE" and result.amount == Money(0)
    with terminal.db.read() as s:
        audit = s.execute(select(AuditLog).where(AuditLog.action == "shift.no_sale")).scalar_one()
    assert audit.user_id == terminal.cashier.user_id
    assert audit.approved_by_id == terminal.manager.user_id


def test_over_short_beyond_the_limit_needs_approval(terminal: Terminal) -> None:
    ctx, cashier = terminal.ctx, terminal.cashier
    open_shift(ctx, cashier, lkr(10_000))
    # Within the LKR 500 limit: the cashier closes alone... but try beyond first.
    with pytest.raises(ApprovalRequired):
        close_shift(ctx, cashier, {5000: 1, 2000: 2})  # 9,000: short 1,000
    with terminal.db.read() as s:
        assert current_shift(s, ctx) is not None  # nothing written
    assert _count(terminal, ShiftClosing) == 0
    with pytest.raises(ApprovalRequired):
        close_shift(ctx, cashier, {5000: 2, 1000: 1})  # 11,000: over 1,000
    result = close_shift(ctx, cashier, {5000: 1, 2000: 2}, approver=terminal.manager)
    assert result.over_short == lkr(-1000)
    with terminal.db.read() as s:
        closing = s.execute(select(ShiftClosing)).scalar_one()
        assert closing.approved_by_id == terminal.manager.user_id
        assert count_unread(s, ctx) == 1  # the back office hears about it


def test_over_short_within_the_limit_closes_without_approval(terminal: Terminal) -> None:
    ctx, cashier = terminal.ctx, terminal.cashier
    set_setting(ctx, terminal.admin, OVER_SHORT_LIMIT, 100_00)
    open_shift(ctx, cashier, lkr(1000))
    result = close_shift(ctx, cashier, {1000: 1, 100: 1})  # over 100: at the limit
    assert result.over_short == lkr(100)
    with terminal.db.read() as s:
        assert count_unread(s, ctx) == 0


def test_bad_counts_are_refused_before_anything_is_written(terminal: Terminal) -> None:
    ctx = terminal.ctx
    open_shift(ctx, terminal.cashier, lkr(1000))
    for bad in ({3000: 1}, {1000: -1}, {1000: 1_000_000}, {"abc": 1}):
        with pytest.raises(ValidationError):
            close_shift(ctx, terminal.cashier, bad)  # type: ignore[arg-type]
    with terminal.db.read() as s:
        assert current_shift(s, ctx) is not None


def test_a_closed_shift_cannot_be_edited(terminal: Terminal) -> None:
    ctx = terminal.ctx
    open_shift(ctx, terminal.cashier, lkr(1000))
    close_shift(ctx, terminal.cashier, {1000: 1})
    with terminal.db.uow() as uow:
        closing = uow.session.execute(select(ShiftClosing)).scalar_one()
        closing.counted_cash_minor = 0
        with pytest.raises(ConflictError):
            uow.session.flush()
