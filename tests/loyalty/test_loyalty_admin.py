"""Loyalty services with their own transaction: adjustments, expiry, policy settings."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from pos_desktop.core.errors import PermissionDenied, ValidationError
from pos_desktop.core.loyalty import LoyaltyPolicy, Tier, TierRule
from pos_desktop.core.money import Money
from pos_desktop.services import loyalty
from pos_desktop.services.settings import LOYALTY_POLICY, set_setting
from pos_desktop.store.models import AuditLog
from pos_desktop.store.models.loyalty import LoyaltyTransaction
from tests.loyalty.support import Clock, clocked, count, customer
from tests.support.terminal import Terminal


def earn(terminal: Terminal, customer_id: str, amount: str, sale_id: str = "s") -> int:
    with terminal.db.uow() as uow:
        points = loyalty.earn_for_sale(
            uow.session, terminal.ctx, customer_id, sale_id, Money.of(amount)
        ).points
        uow.commit()
    return points


def test_cashier_cannot_adjust_points(terminal: Terminal) -> None:
    cid = customer(terminal)
    with pytest.raises(PermissionDenied):
        loyalty.adjust_points(terminal.ctx, terminal.cashier, cid, 500, "goodwill")
    assert count(terminal, LoyaltyTransaction) == 0


def test_manager_adjusts_with_reason_and_audit(terminal: Terminal) -> None:
    cid = customer(terminal)
    result = loyalty.adjust_points(terminal.ctx, terminal.manager, cid, 250, " lost receipt ")
    assert result.summary.balance == 250
    assert result.changes.touches("loyalty_transactions")
    with terminal.db.read() as s:
        entry = s.get(LoyaltyTransaction, result.entry_id)
        assert entry is not None
        assert (entry.type, entry.points, entry.reason) == ("ADJUSTED", 250, "lost receipt")
        assert entry.created_by_id == terminal.manager.user_id
        row = s.execute(select(AuditLog).where(AuditLog.action == "loyalty.adjust")).scalar_one()
        assert row.user_id == terminal.manager.user_id and row.reason == "lost receipt"
        assert row.old_values == {"balance": 0}
    down = loyalty.adjust_points(terminal.ctx, terminal.manager, cid, -50, "typo")
    assert down.summary.balance == 200


@pytest.mark.parametrize(
    ("points", "reason", "message"),
    [
        (100, "   ", "reason is required"),
        (0, "x", "non-zero"),
        (-201, "x", "cannot remove 201 points; the balance is 200"),
        (10**9, "x", "implausibly large"),
    ],
)
def test_bad_adjustments_are_refused_and_nothing_written(
    terminal: Terminal, points: int, reason: str, message: str
) -> None:
    cid = customer(terminal)
    loyalty.adjust_points(terminal.ctx, terminal.manager, cid, 200, "opening balance")
    with pytest.raises(ValidationError, match=message):
        loyalty.adjust_points(terminal.ctx, terminal.manager, cid, points, reason)
    assert count(terminal, LoyaltyTransaction) == 1
    assert count(terminal, AuditLog, AuditLog.action == "loyalty.adjust") == 1


def test_unspent_points_expire_once(terminal: Terminal) -> None:
    clock = Clock()
    ctx = clocked(terminal, clock)
    cid = customer(terminal)
    other = customer(terminal, "Kamala")
    earn(terminal, cid, "50000", "s1")  # 500, expiring in 365 days
    earn(terminal, other, "20000", "s2")  # 200
    clock.advance(days=100)
    earn(terminal, cid, "30000", "s3")  # 300, expiring 100 days later than the first
    with terminal.db.uow() as uow:
        loyalty.record_redemption(uow.session, ctx, cid, 350, "s4")  # takes the oldest first
        uow.commit()
    assert loyalty.expire_points(ctx).entries == 0  # nothing is due yet
    clock.advance(days=266)  # first lots are past their expiry, the second is not
    result = loyalty.expire_points(ctx)
    assert (result.entries, result.points) == (2, 150 + 200)
    assert set(result.customer_ids) == {cid, other}
    with terminal.db.read() as s:
        assert loyalty.balance(s, cid) == 300
        assert loyalty.balance(s, other) == 0
        summary = loyalty.loyalty_summary(s, ctx, cid)
    assert summary.total_expired == 150
    assert loyalty.expire_points(ctx).entries == 0  # idempotent
    clock.advance(days=100)
    assert loyalty.expire_points(ctx).points == 300
    with terminal.db.read() as s:
        assert loyalty.balance(s, cid) == 0
        assert s.execute(select(AuditLog).where(AuditLog.action == "loyalty.expire")).first()


def test_policy_defaults_settings_and_permission(terminal: Terminal) -> None:
    with terminal.db.read() as s:
        assert loyalty.policy(s, terminal.ctx) == LoyaltyPolicy()
    custom = LoyaltyPolicy(
        earn_spend_minor=5_000,
        daily_redeem_cap_points=200,
        tiers=(TierRule(Tier.BRONZE, 0, Decimal(1)), TierRule(Tier.GOLD, 10, Decimal(2))),
    )
    with pytest.raises(PermissionDenied):
        loyalty.update_loyalty_policy(terminal.ctx, terminal.manager, custom)
    loyalty.update_loyalty_policy(terminal.ctx, terminal.admin, custom)
    with terminal.db.read() as s:
        assert loyalty.policy(s, terminal.ctx) == custom
    cid = customer(terminal)
    assert earn(terminal, cid, "100") == 2  # 1 point per LKR 50
    assert earn(terminal, cid, "400") == 8  # lifetime 10: GOLD
    assert earn(terminal, cid, "1000") == 40  # GOLD from 10 lifetime points: x2
    loyalty.adjust_points(terminal.ctx, terminal.manager, cid, 500, "welcome bonus")
    with (
        terminal.db.uow() as uow,
        pytest.raises(ValidationError, match="limit is 200 points"),
    ):
        loyalty.record_redemption(uow.session, terminal.ctx, cid, 201, "x")


def test_switched_off_and_malformed_policies(terminal: Terminal) -> None:
    cid = customer(terminal)
    # A malformed policy row (as HQ might send) falls back to the defaults: sales go on.
    set_setting(terminal.ctx, terminal.admin, LOYALTY_POLICY, {"earn_points": "many"})
    with terminal.db.read() as s:
        assert loyalty.policy(s, terminal.ctx) == LoyaltyPolicy()
    set_setting(terminal.ctx, terminal.admin, "loyalty.enabled", False)
    assert earn(terminal, cid, "5000") == 0
    with (
        terminal.db.uow() as uow,
        pytest.raises(ValidationError, match="switched off"),
    ):
        loyalty.record_redemption(uow.session, terminal.ctx, cid, 100, "x")


def test_expiry_days_none_means_points_never_expire(terminal: Terminal) -> None:
    clock = Clock()
    ctx = clocked(terminal, clock)
    loyalty.update_loyalty_policy(ctx, terminal.admin, LoyaltyPolicy(points_expire_days=None))
    cid = customer(terminal)
    earn(terminal, cid, "10000")
    clock.advance(days=5000)
    assert loyalty.expire_points(ctx).entries == 0
    with terminal.db.read() as s:
        row = s.execute(select(LoyaltyTransaction)).scalar_one()
    assert row.expires_at is None


def test_expiry_copes_with_deleted_and_unknown_customers(terminal: Terminal) -> None:
    from pos_desktop.store.models.customers import Customer

    clock = Clock()
    ctx = clocked(terminal, clock)
    gone = customer(terminal)
    earn(terminal, gone, "10000")
    with terminal.db.uow() as uow:
        row = uow.session.get(Customer, gone)
        assert row is not None
        row.deleted_at = clock.now
        # a ledger row pulled from HQ for a customer this terminal does not hold
        uow.session.add(
            LoyaltyTransaction(
                organization_id=ctx.terminal.organization_id, customer_id="elsewhere",
                type="EARNED", points=70, expires_at=clock.now + timedelta(days=1),
                created_at=clock.now,
            )
        )  # fmt: skip
        uow.commit()
    clock.advance(days=400)
    result = loyalty.expire_points(ctx)
    assert (result.entries, result.points) == (2, 170)
    assert loyalty.expire_points(ctx).entries == 0
