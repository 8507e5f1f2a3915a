"""Loyalty in-transaction functions on a real terminal: earn, redeem, caps, reversals, merges."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.loyalty import Tier
from pos_desktop.core.money import Money
from pos_desktop.services import loyalty
from pos_desktop.services.customers import CustomerInput, create_customer, merge_customers
from pos_desktop.store.models import AuditLog, Notification, OutboxEntry
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.loyalty import CustomerLoyalty, LoyaltyTransaction
from tests.loyalty.support import Clock, clocked, count, customer
from tests.support.terminal import Terminal


def lkr(text: str) -> Money:
    return Money.of(text)


def earn(terminal: Terminal, customer_id: str, amount: str, sale_id: str = "sale-1") -> int:
    with terminal.db.uow() as uow:
        result = loyalty.earn_for_sale(uow.session, terminal.ctx, customer_id, sale_id, lkr(amount))
        uow.commit()
    return result.points


def redeem(terminal: Terminal, customer_id: str, points: int, total: str = "100000") -> Money:
    with terminal.db.uow() as uow:
        done = loyalty.record_redemption(
            uow.session, terminal.ctx, customer_id, points, "sale-r", order_total=lkr(total)
        )
        uow.commit()
    return done.value


def balance(terminal: Terminal, customer_id: str) -> int:
    with terminal.db.read() as s:
        return loyalty.balance(s, customer_id)


def test_earn_writes_ledger_expiry_cache_and_outbox(terminal: Terminal) -> None:
    clock = Clock()
    ctx = clocked(terminal, clock)
    cid = customer(terminal)
    assert earn(terminal, cid, "12,345.67") == 123
    with terminal.db.read() as s:
        entry = s.execute(select(LoyaltyTransaction)).scalar_one()
        assert (entry.type, entry.points, entry.sale_id) == ("EARNED", 123, "sale-1")
        assert entry.expires_at == clock.now + timedelta(days=365)
        assert (entry.store_id, entry.device_id) == (ctx.terminal.store_id, ctx.terminal.device_id)
        cache = s.execute(select(CustomerLoyalty)).scalar_one()
        assert (cache.points_balance, cache.total_earned, cache.tier) == (123, 123, "BRONZE")
        entities = set(s.execute(select(OutboxEntry.entity)).scalars())
        assert "loyalty_transactions" in entities
        assert "customer_loyalty" not in entities  # a device-local cache never syncs
        summary = loyalty.loyalty_summary(s, ctx, cid)
    assert summary.balance == 123 and summary.balance_value == lkr("123")
    assert (summary.next_tier, summary.points_to_next_tier) == (Tier.SILVER, 877)


def test_zero_points_write_nothing_and_negative_is_refused(terminal: Terminal) -> None:
    cid = customer(terminal)
    assert earn(terminal, cid, "99.99") == 0
    assert count(terminal, LoyaltyTransaction) == 0
    with terminal.db.uow() as uow, pytest.raises(ValidationError):
        loyalty.record_earn(uow.session, terminal.ctx, cid, -5, "s")


def test_redeem_more_than_balance_is_refused_and_nothing_written(terminal: Terminal) -> None:
    cid = customer(terminal)
    earn(terminal, cid, "50000")  # 500 points
    with pytest.raises(ValidationError, match="only 500 points"):
        redeem(terminal, cid, 501)
    with pytest.raises(ValidationError, match="at least 100"):
        redeem(terminal, cid, 99)
    with pytest.raises(ValidationError, match=r"more than the 299\.00"):
        redeem(terminal, cid, 300, total="299")
    assert count(terminal, LoyaltyTransaction) == 1
    assert redeem(terminal, cid, 300, total="300") == lkr("300")
    assert balance(terminal, cid) == 200


def test_daily_offline_cap_counts_todays_ledger_in_local_time(terminal: Terminal) -> None:
    clock = Clock()
    clocked(terminal, clock)
    cid = customer(terminal)
    earn(terminal, cid, "500000")  # 5,000 points
    redeem(terminal, cid, 600)
    with pytest.raises(ValidationError, match="400 left today"):
        redeem(terminal, cid, 500)
    assert balance(terminal, cid) == 4400
    # 23:59 in Colombo is still the same day...
    clock.now = clock.now.replace(hour=18, minute=29)
    with pytest.raises(ValidationError, match="daily redemption limit"):
        redeem(terminal, cid, 500)
    # ...00:01 the next local day is a new day, though still the same UTC date.
    clock.now = clock.now.replace(hour=18, minute=31)
    redeem(terminal, cid, 1000)
    assert balance(terminal, cid) == 3400


def test_blocked_customer_cannot_earn_or_redeem(terminal: Terminal) -> None:
    cid = customer(terminal)
    earn(terminal, cid, "50000")
    with terminal.db.uow() as uow:
        uow.session.get(Customer, cid).status = "BLOCKED"  # type: ignore[union-attr]
        uow.commit()
    with pytest.raises(ValidationError, match="blocked"):
        earn(terminal, cid, "1000")
    with pytest.raises(ValidationError, match="blocked"):
        redeem(terminal, cid, 100)


def test_part_paid_with_points_earns_nothing(terminal: Terminal) -> None:
    cid = customer(terminal)
    with terminal.db.uow() as uow:
        result = loyalty.earn_for_sale(
            uow.session, terminal.ctx, cid, "s1", lkr("1000"), paid_with_points=lkr("400")
        )
        uow.commit()
    assert result.points == 6


def test_return_in_parts_reverses_exactly_what_was_earned(terminal: Terminal) -> None:
    cid = customer(terminal)
    assert earn(terminal, cid, "3000", "sale-9") == 30
    steps = []
    returned = lkr("0")
    with terminal.db.uow() as uow:
        for part in ("1000", "1000", "1000"):
            steps.append(
                loyalty.reverse_for_return(
                    uow.session, terminal.ctx, cid, "sale-9", sale_amount=lkr("3000"),
                    returned_amount=lkr(part), previously_returned=returned, return_id="ret",
                )
            )  # fmt: skip
            returned = returned + lkr(part)
        uow.commit()
    assert sum(steps) == 30
    assert balance(terminal, cid) == 0
    with terminal.db.uow() as uow, pytest.raises(ValidationError, match="already taken back"):
        loyalty.record_reversal(uow.session, terminal.ctx, cid, 1, "sale-9", "again")


def test_reversal_refusals_and_negative_balance_is_flagged(terminal: Terminal) -> None:
    cid = customer(terminal)
    earn(terminal, cid, "20000", "sale-1")  # 200 points
    redeem(terminal, cid, 150)
    with terminal.db.uow() as uow:
        with pytest.raises(ValidationError, match="reason"):
            loyalty.record_reversal(uow.session, terminal.ctx, cid, 10, "sale-1", "  ")
        with pytest.raises(ValidationError, match="earned 0 points"):
            loyalty.record_reversal(uow.session, terminal.ctx, cid, 10, "other-sale", "return")
        with pytest.raises(ValidationError, match="cannot take back 201"):
            loyalty.record_reversal(uow.session, terminal.ctx, cid, 201, "sale-1", "return")
        loyalty.record_reversal(uow.session, terminal.ctx, cid, 200, "sale-1", "full return")
        uow.commit()
    # The points were already spent: the balance goes negative and managers are told.
    assert balance(terminal, cid) == -150
    with terminal.db.read() as s:
        note = s.execute(select(Notification).where(Notification.type == "LOYALTY")).scalar_one()
        assert note.data == {"customer_id": cid, "balance": -150}
        summary = loyalty.loyalty_summary(s, terminal.ctx, cid)
    assert (summary.total_earned, summary.total_redeemed) == (0, 150)
    assert summary.balance_value == lkr("0")


def test_points_that_paid_for_returned_goods_can_be_given_back(terminal: Terminal) -> None:
    cid = customer(terminal)
    earn(terminal, cid, "50000", "sale-1")
    with terminal.db.uow() as uow:
        loyalty.record_redemption(uow.session, terminal.ctx, cid, 300, "sale-2")
        with pytest.raises(ValidationError, match="cannot give back 301"):
            loyalty.record_redemption_refund(uow.session, terminal.ctx, cid, 301, "sale-2", "r")
        loyalty.record_redemption_refund(uow.session, terminal.ctx, cid, 300, "sale-2", "refund")
        uow.commit()
    with terminal.db.read() as s:
        summary = loyalty.loyalty_summary(s, terminal.ctx, cid)
    assert (summary.balance, summary.total_redeemed, summary.total_earned) == (500, 0, 500)


def test_ledger_rows_are_append_only(terminal: Terminal) -> None:
    from pos_desktop.core.errors import ConflictError

    cid = customer(terminal)
    earn(terminal, cid, "1000")
    with terminal.db.uow() as uow:
        uow.session.execute(select(LoyaltyTransaction)).scalar_one().points = 9999
        with pytest.raises(ConflictError):
            uow.session.flush()


def test_merged_customers_share_one_balance(terminal: Terminal) -> None:
    keep = customer(terminal, phone="0771234567")
    dup = create_customer(
        terminal.ctx, terminal.cashier, CustomerInput(name="Nimal P", phone="771234567"),
        allow_duplicate=True,
    ).customer.id  # fmt: skip
    earn(terminal, keep, "10000", "s1")
    earn(terminal, dup, "20000", "s2")
    merge_customers(terminal.ctx, terminal.manager, keep, dup, "same phone")
    assert balance(terminal, keep) == balance(terminal, dup) == 300
    earn(terminal, dup, "10000", "s3")  # an offline till still using the old id
    with terminal.db.read() as s:
        rows = s.execute(
            select(LoyaltyTransaction.customer_id).where(LoyaltyTransaction.sale_id == "s3")
        ).scalars()
        assert list(rows) == [keep]
        summary = loyalty.loyalty_summary(s, terminal.ctx, dup)
    assert (summary.customer_id, summary.balance) == (keep, 400)
    # a return of the sale made under the old id still finds what it earned
    with terminal.db.uow() as uow:
        loyalty.record_reversal(uow.session, terminal.ctx, keep, 200, "s2", "return")
        uow.commit()
    assert balance(terminal, keep) == 200


def test_tier_change_is_audited_and_raises_the_multiplier(terminal: Terminal) -> None:
    cid = customer(terminal)
    earn(terminal, cid, "100000", "s1")  # 1,000 points: SILVER
    with terminal.db.read() as s:
        change = s.execute(
            select(AuditLog).where(AuditLog.action == "loyalty.tier_changed")
        ).scalar_one()
        assert change.old_values == {"tier": "BRONZE"}
        assert change.new_values == {"tier": "SILVER", "total_earned": 1000}
    assert earn(terminal, cid, "1000", "s2") == 12  # 10 x 1.25 = 12.5 -> 12


def test_birthday_campaign_from_the_database(terminal: Terminal) -> None:
    from pos_desktop.store.models.loyalty import LoyaltyCampaign

    clock = Clock()
    clocked(terminal, clock)
    ident = terminal.ctx.terminal
    cid = customer(terminal, birthday=date(1990, 6, 15))
    other = customer(terminal, "Kamala", birthday=date(1990, 1, 1))
    with terminal.db.uow() as uow:
        uow.session.add_all(
            [
                LoyaltyCampaign(
                    organization_id=ident.organization_id, name="Birthday", type="BIRTHDAY",
                    bonus_points=100,
                ),
                LoyaltyCampaign(
                    organization_id=ident.organization_id, name="Weekend x2", type="PURCHASE",
                    points_multiplier=2, conditions={"min_purchase_minor": 500000},
                ),
                LoyaltyCampaign(
                    organization_id=ident.organization_id, name="Over", type="PURCHASE",
                    bonus_points=999, valid_to=clock.now - timedelta(days=1),
                ),
                LoyaltyCampaign(
                    organization_id=ident.organization_id, name="Broken", type="NOPE",
                    bonus_points=999,
                ),
            ]
        )  # fmt: skip
        uow.commit()
    with terminal.db.read() as s:
        names = [c.type.value for c in loyalty.active_campaigns(s, terminal.ctx, clock.now)]
    assert names == ["BIRTHDAY", "PURCHASE"]
    assert earn(terminal, cid, "1000", "a") == 110
    assert earn(terminal, other, "1000", "b") == 10
    assert earn(terminal, other, "5000", "c") == 100
    with terminal.db.read() as s:
        row = s.execute(
            select(LoyaltyTransaction).where(LoyaltyTransaction.sale_id == "a")
        ).scalar_one()
    assert row.campaign_id is not None


def test_available_rewards_and_taking_one(terminal: Terminal) -> None:
    from pos_desktop.store.models.loyalty import LoyaltyReward

    clock = Clock()
    clocked(terminal, clock)
    org = terminal.ctx.terminal.organization_id
    cid = customer(terminal)
    earn(terminal, cid, "60000")  # 600 points

    def reward(name: str, points: int, **kw: object) -> LoyaltyReward:
        fields: dict[str, object] = {"type": "DISCOUNT", "value_minor": points * 100, **kw}
        return LoyaltyReward(organization_id=org, name=name, points_required=points, **fields)

    with terminal.db.uow() as uow:
        uow.session.add_all(
            [
                reward("LKR 500 off", 500),
                reward("LKR 100 off", 100),
                reward("Too dear", 1000),
                reward("Switched off", 100, is_active=False),
                reward("Over", 100, valid_to=clock.now - timedelta(days=1)),
                reward("Claimed", 100, usage_limit=3, used_count=3),
                reward("Unknown type", 100, type="MYSTERY"),
            ]
        )
        uow.commit()
    with terminal.db.read() as s:
        offered = loyalty.available_rewards(s, terminal.ctx, cid, clock.now)
    assert [r.name for r in offered] == ["LKR 100 off", "LKR 500 off"]
    chosen = offered[1]
    with terminal.db.uow() as uow:
        taken = loyalty.record_redemption(
            uow.session, terminal.ctx, cid, chosen.points_required, "sale-x",
            order_total=lkr("2000"), reward_id=chosen.id,
        )  # fmt: skip
        uow.commit()
    assert taken.value == lkr("500")
    with terminal.db.read() as s:
        row = s.get(LoyaltyTransaction, taken.entry_id)
        assert row is not None and row.reward_id == chosen.id
        assert [r.name for r in loyalty.available_rewards(s, terminal.ctx, cid, clock.now)] == [
            "LKR 100 off"
        ]
