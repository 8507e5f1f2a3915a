"""Back-office loyalty rules: settings, tier changes both ways, expiry with a preview, manual
adjustments, rewards and campaigns applied by earn."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from pos_desktop.core.errors import PermissionDenied, ValidationError
from pos_desktop.core.loyalty import CampaignType, RewardType, Tier, TierRule
from pos_desktop.core.money import Money
from pos_desktop.services import loyalty
from pos_desktop.services import loyalty_admin as admin
from pos_desktop.services import loyalty_catalog as catalog
from pos_desktop.store.models import AuditLog, Setting
from pos_desktop.store.models.customers import Customer
from pos_desktop.store.models.loyalty import (
    CustomerLoyalty,
    LoyaltyCampaign,
    LoyaltyReward,
    LoyaltyTransaction,
)
from tests.loyalty.support import Clock, clocked, count, customer
from tests.support.terminal import Terminal


def lkr(rupees: int) -> Money:
    return Money(rupees * 100, "LKR")


def earn(terminal: Terminal, cid: str, rupees: int, sale_id: str) -> int:
    with terminal.db.uow() as uow:
        points = loyalty.earn_for_sale(uow.session, terminal.ctx, cid, sale_id, lkr(rupees)).points
        uow.commit()
    return points


def cached_tier(terminal: Terminal, cid: str) -> str:
    with terminal.db.read() as s:
        row = s.execute(
            select(CustomerLoyalty).where(CustomerLoyalty.customer_id == cid)
        ).scalar_one()
        return row.tier


def tiers(silver: int, gold: int, platinum: int) -> tuple[TierRule, ...]:
    return (
        TierRule(Tier.BRONZE, 0, Decimal(1)),
        TierRule(Tier.SILVER, silver, Decimal(1)),
        TierRule(Tier.GOLD, gold, Decimal(1)),
        TierRule(Tier.PLATINUM, platinum, Decimal(1)),
    )


# -- settings -----------------------------------------------------------------------------


def test_settings_round_trip_and_need_an_administrator(terminal: Terminal) -> None:
    current = admin.load_settings(terminal.ctx)
    assert current.earn_spend == lkr(100) and current.earn_points == 1
    new = dataclasses.replace(
        current, earn_spend=lkr(50), point_value=Money(50, "LKR"), expire_days=180,
        tiers=tiers(500, 2_000, 8_000),
    )  # fmt: skip
    with pytest.raises(PermissionDenied):  # organization-wide settings: MANAGE_SETTINGS
        admin.save_settings(terminal.ctx, terminal.manager, new)
    with pytest.raises(PermissionDenied):
        admin.save_settings(terminal.ctx, terminal.cashier, new)
    result = admin.save_settings(terminal.ctx, terminal.admin, new)
    assert result.settings == new == admin.load_settings(terminal.ctx)
    assert count(terminal, AuditLog, AuditLog.action == "setting.set") == 1
    cid = customer(terminal)
    assert earn(terminal, cid, 500, "s1") == 10  # 1 point per LKR 50


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"tiers": tiers(1_000, 1_000, 5_000)}, "GOLD must need more points than SILVER"),
        ({"tiers": tiers(5_000, 1_000, 8_000)}, "GOLD must need more points"),
        ({"tiers": tiers(1_000, 5_000, 0)}, "PLATINUM must need more points"),
        ({"tiers": tiers(1, 2, 3)[:3]}, "BRONZE, SILVER, GOLD and PLATINUM"),
        ({"earn_spend": lkr(0)}, "more than zero"),
        ({"earn_points": 0}, "at least 1"),
        ({"point_value": Money(0, "LKR")}, "worth more than zero"),
        ({"expire_days": 0}, "1 to 3650 days"),
        (
            {"tiers": (TierRule(Tier.BRONZE, 0, Decimal(0)), *tiers(1, 2, 3)[1:])},
            "multiplier must be positive",
        ),
    ],
)
def test_bad_settings_are_refused_and_nothing_stored(
    terminal: Terminal, change: dict[str, object], message: str
) -> None:
    bad = dataclasses.replace(admin.load_settings(terminal.ctx), **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=message):
        admin.save_settings(terminal.ctx, terminal.admin, bad)
    assert count(terminal, Setting, Setting.key == "loyalty.policy") == 0


# -- tiers --------------------------------------------------------------------------------


def test_tier_rises_on_earn_and_falls_on_a_return(terminal: Terminal) -> None:
    cid = customer(terminal)
    earn(terminal, cid, 90_000, "s1")  # 900 points: BRONZE
    assert cached_tier(terminal, cid) == "BRONZE"
    earn(terminal, cid, 20_000, "s2")  # 1,100 lifetime: crosses SILVER's 1,000
    assert cached_tier(terminal, cid) == "SILVER"
    with terminal.db.uow() as uow:
        loyalty.reverse_for_return(
            uow.session, terminal.ctx, cid, "s2", sale_amount=lkr(20_000),
            returned_amount=lkr(20_000), reason="returned",
        )  # fmt: skip
        uow.commit()
    assert cached_tier(terminal, cid) == "BRONZE"  # lifetime net of returns is 900 again
    with terminal.db.read() as s:
        changes = s.execute(
            select(AuditLog.old_values, AuditLog.new_values)
            .where(AuditLog.action == "loyalty.tier_changed")
            .order_by(AuditLog.created_at, AuditLog.id)
        ).all()
    assert [(o["tier"], n["tier"]) for o, n in changes] == [
        ("BRONZE", "SILVER"),
        ("SILVER", "BRONZE"),
    ]


def test_negative_adjustment_lowers_the_tier_but_expiry_and_spending_do_not(
    terminal: Terminal,
) -> None:
    clock = Clock()
    ctx = clocked(terminal, clock)
    cid = customer(terminal)
    earn(terminal, cid, 120_000, "s1")  # 1,200: SILVER
    with terminal.db.uow() as uow:
        loyalty.record_redemption(uow.session, ctx, cid, 300, "s2")
        uow.commit()
    assert cached_tier(terminal, cid) == "SILVER"  # spending keeps the tier
    clock.advance(days=400)
    assert admin.run_expiry(ctx, terminal.manager).points == 900
    assert cached_tier(terminal, cid) == "SILVER"  # lifetime earned did not change
    loyalty.adjust_points(ctx, terminal.manager, cid, 500, "promotion")
    loyalty.adjust_points(ctx, terminal.manager, cid, -500, "promotion given by mistake")
    assert cached_tier(terminal, cid) == "SILVER"
    loyalty.adjust_points(ctx, terminal.manager, cid, 100, "goodwill")
    loyalty.adjust_points(ctx, terminal.manager, cid, -100, "fraud", allow_negative=False)
    loyalty.adjust_points(ctx, terminal.manager, cid, -300, "fraud", allow_negative=True)
    assert cached_tier(terminal, cid) == "BRONZE"  # 1,200 - 300 lifetime


# -- expiry -------------------------------------------------------------------------------


def test_expiry_preview_matches_the_run_fifo_never_negative_and_idempotent(
    terminal: Terminal,
) -> None:
    clock = Clock()
    ctx = clocked(terminal, clock)
    admin.save_settings(  # 6 months
        ctx, terminal.admin, dataclasses.replace(admin.load_settings(ctx), expire_days=183)
    )
    a = customer(terminal, "Amara")
    b = customer(terminal, "Bandara")
    c = customer(terminal, "Chathura")
    earn(terminal, a, 40_000, "a1")  # 400, oldest
    earn(terminal, b, 10_000, "b1")  # 100
    earn(terminal, c, 20_000, "c1")  # 200
    clock.advance(days=120)
    earn(terminal, a, 30_000, "a2")  # 300, four months younger
    with terminal.db.uow() as uow:  # spends the oldest points first: 250 of the 400
        loyalty.record_redemption(uow.session, ctx, a, 250, "a3")
        loyalty.record_redemption(uow.session, ctx, c, 200, "c2")  # spent it all
        uow.commit()
    loyalty.adjust_points(ctx, terminal.manager, b, 50, "goodwill (never expires)")
    assert admin.preview_expiry(ctx, terminal.manager).lines == ()
    clock.advance(days=70)  # 190 days: the first credits are 7 days past their expiry
    preview = admin.preview_expiry(ctx, terminal.manager)
    assert [(line.name, line.points) for line in preview.lines] == [
        ("Amara", 150),
        ("Bandara", 100),
    ]
    assert count(terminal, LoyaltyTransaction, LoyaltyTransaction.type == "EXPIRED") == 0
    run = admin.run_expiry(ctx, terminal.manager)
    assert (run.customers, run.points) == (2, preview.points) == (2, 250)
    with terminal.db.read() as s:
        assert [loyalty.balance(s, x) for x in (a, b, c)] == [300, 50, 0]
        row = s.execute(select(AuditLog).where(AuditLog.action == "loyalty.expire")).scalar_one()
        assert row.user_id == terminal.manager.user_id
    assert admin.run_expiry(ctx, terminal.manager).points == 0  # idempotent
    assert admin.preview_expiry(ctx, terminal.manager).lines == ()
    clock.advance(days=365)
    assert admin.run_expiry(ctx, terminal.manager).points == 300
    with terminal.db.read() as s:
        assert min(loyalty.balance(s, x) for x in (a, b, c)) >= 0
    with pytest.raises(PermissionDenied):
        admin.run_expiry(ctx, terminal.cashier)


def test_expiry_leaves_a_negative_balance_alone(terminal: Terminal) -> None:
    clock = Clock()
    ctx = clocked(terminal, clock)
    cid = customer(terminal)
    earn(terminal, cid, 50_000, "s1")  # 500
    with terminal.db.uow() as uow:
        loyalty.record_redemption(uow.session, ctx, cid, 500, "s2")
        loyalty.reverse_for_return(
            uow.session, ctx, cid, "s1", sale_amount=lkr(50_000), returned_amount=lkr(20_000),
        )  # fmt: skip
        uow.commit()
    with terminal.db.read() as s:
        assert loyalty.balance(s, cid) == -200
    clock.advance(days=400)
    assert admin.preview_expiry(ctx, terminal.manager).lines == ()
    assert admin.run_expiry(ctx, terminal.manager).points == 0
    with terminal.db.read() as s:
        assert loyalty.balance(s, cid) == -200


# -- manual adjustments -------------------------------------------------------------------


def test_adjustment_below_zero_needs_an_explicit_allowance_and_is_audited(
    terminal: Terminal,
) -> None:
    cid = customer(terminal)
    loyalty.adjust_points(terminal.ctx, terminal.manager, cid, 100, "opening")
    with pytest.raises(ValidationError, match="balance is 100"):
        loyalty.adjust_points(terminal.ctx, terminal.manager, cid, -150, "fraud")
    assert count(terminal, LoyaltyTransaction) == 1
    with pytest.raises(PermissionDenied):
        loyalty.adjust_points(terminal.ctx, terminal.cashier, cid, -150, "x", allow_negative=True)
    result = loyalty.adjust_points(
        terminal.ctx, terminal.manager, cid, -150, "points spent before the fraud was found",
        allow_negative=True,
    )  # fmt: skip
    assert result.summary.balance == -50
    with terminal.db.read() as s:
        row = (
            s.execute(
                select(AuditLog)
                .where(AuditLog.action == "loyalty.adjust")
                .order_by(AuditLog.created_at.desc(), AuditLog.id.desc())
            )
            .scalars()
            .first()
        )
    assert row is not None and row.new_values is not None
    assert row.new_values["allowed_negative"] is True and row.reason.startswith("points spent")


# -- rewards ------------------------------------------------------------------------------


def test_rewards_create_edit_switch_off_and_the_till_sees_them(terminal: Terminal) -> None:
    made = catalog.save_reward(
        terminal.ctx, terminal.manager,
        catalog.RewardInput("LKR 500 off", 500, RewardType.DISCOUNT, lkr(500), usage_limit=20),
    )  # fmt: skip
    cid = customer(terminal)
    loyalty.adjust_points(terminal.ctx, terminal.manager, cid, 600, "opening")
    now = terminal.ctx.clock()
    with terminal.db.read() as s:
        assert [r.name for r in loyalty.available_rewards(s, terminal.ctx, cid, now)] == [
            "LKR 500 off"
        ]
    view = catalog.list_rewards(terminal.ctx)[0]
    assert (view.points_required, view.value, view.usage_limit) == (500, lkr(500), 20)
    catalog.save_reward(
        terminal.ctx, terminal.manager,
        catalog.RewardInput("LKR 500 off", 700, RewardType.DISCOUNT, lkr(500), usage_limit=20),
        made.id,
    )  # fmt: skip
    with terminal.db.read() as s:
        assert loyalty.available_rewards(s, terminal.ctx, cid, now) == []  # now costs 700
        audit = s.execute(
            select(AuditLog).where(AuditLog.action == "loyalty.reward.update")
        ).scalar_one()
        assert audit.old_values == {"points_required": 500}
    catalog.save_reward(
        terminal.ctx, terminal.manager,
        catalog.RewardInput("LKR 500 off", 700, RewardType.DISCOUNT, lkr(500), is_active=False),
        made.id,
    )  # fmt: skip
    assert not catalog.list_rewards(terminal.ctx)[0].is_active


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (catalog.RewardInput(" ", 10, RewardType.FREE_SHIPPING), "name is required"),
        (catalog.RewardInput("x", 0, RewardType.FREE_SHIPPING), "at least 1 point"),
        (catalog.RewardInput("x", 10, RewardType.DISCOUNT), "needs an amount"),
        (catalog.RewardInput("x", 10, RewardType.PRODUCT), "needs the product"),
        (catalog.RewardInput("x", 10, RewardType.FREE_SHIPPING, usage_limit=0), "at least 1"),
    ],
)
def test_bad_rewards_are_refused(
    terminal: Terminal, data: catalog.RewardInput, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        catalog.save_reward(terminal.ctx, terminal.manager, data)
    with pytest.raises(PermissionDenied):
        catalog.save_reward(
            terminal.ctx, terminal.cashier, catalog.RewardInput("x", 1, RewardType.FREE_SHIPPING)
        )
    assert count(terminal, LoyaltyReward) == 0


# -- campaigns ----------------------------------------------------------------------------


def test_purchase_campaign_multiplier_over_a_minimum_spend_in_its_dates(terminal: Terminal) -> None:
    clock = Clock()
    ctx = clocked(terminal, clock)
    catalog.save_campaign(
        ctx, terminal.manager,
        catalog.CampaignInput(
            "Double points", CampaignType.PURCHASE, multiplier=Decimal(2), bonus_points=10,
            min_purchase=lkr(2_000), valid_from=clock.now, valid_to=clock.now + timedelta(days=7),
        ),
    )  # fmt: skip
    cid = customer(terminal)
    assert earn(terminal, cid, 1_999, "s1") == 19  # under the minimum: base only
    assert earn(terminal, cid, 3_000, "s2") == 60 + 10  # x2 plus the bonus
    with terminal.db.read() as s:
        entry = s.execute(
            select(LoyaltyTransaction).where(LoyaltyTransaction.sale_id == "s2")
        ).scalar_one()
        assert entry.campaign_id is not None
    clock.advance(days=8)
    assert earn(terminal, cid, 3_000, "s3") == 30  # the campaign has ended


def test_birthday_and_anniversary_campaigns(terminal: Terminal) -> None:
    clock = Clock()  # 15 June 2025
    ctx = clocked(terminal, clock)
    for kind, bonus in ((CampaignType.BIRTHDAY, 200), (CampaignType.ANNIVERSARY, 50)):
        catalog.save_campaign(
            ctx, terminal.manager,
            catalog.CampaignInput(kind.value.title(), kind, bonus_points=bonus, window_days=3),
        )  # fmt: skip
    birthday = customer(terminal, "Birthday girl", birthday=date(1990, 6, 17))
    plain = customer(terminal, "Plain", birthday=date(1990, 1, 1))
    assert earn(terminal, birthday, 1_000, "s1") == 10 + 200
    assert earn(terminal, plain, 1_000, "s2") == 10
    clock.advance(days=365)  # a year on: both became customers a year ago today
    assert earn(terminal, plain, 1_000, "s3") == 10 + 50
    # 15 June 2026 is 2 days before the birthday (within 3): both bonuses add up
    assert earn(terminal, birthday, 1_000, "s4") == 10 + 200 + 50


def test_campaign_validation_and_audit(terminal: Terminal) -> None:
    with pytest.raises(ValidationError, match="bonus points or a multiplier"):
        catalog.save_campaign(
            terminal.ctx, terminal.manager, catalog.CampaignInput("Nothing", CampaignType.PURCHASE)
        )
    with pytest.raises(ValidationError, match="0 to 31 days"):
        catalog.save_campaign(
            terminal.ctx, terminal.manager,
            catalog.CampaignInput("B", CampaignType.BIRTHDAY, bonus_points=5, window_days=40),
        )  # fmt: skip
    with pytest.raises(ValidationError, match="end date is before"):
        now = terminal.ctx.clock()
        catalog.save_campaign(
            terminal.ctx, terminal.manager,
            catalog.CampaignInput(
                "P", CampaignType.PURCHASE, bonus_points=5, valid_from=now,
                valid_to=now - timedelta(days=1),
            ),
        )  # fmt: skip
    with pytest.raises(PermissionDenied):
        catalog.save_campaign(
            terminal.ctx, terminal.cashier,
            catalog.CampaignInput("P", CampaignType.PURCHASE, bonus_points=5),
        )  # fmt: skip
    assert count(terminal, LoyaltyCampaign) == 0
    made = catalog.save_campaign(
        terminal.ctx, terminal.manager,
        catalog.CampaignInput(
            "Gold double", CampaignType.PURCHASE, multiplier=Decimal("2.5"),
            tiers=frozenset({Tier.GOLD, Tier.PLATINUM}), min_purchase=lkr(1_000),
        ),
    )  # fmt: skip
    view = catalog.list_campaigns(terminal.ctx)[0]
    assert view.id == made.id and view.tiers == frozenset({Tier.GOLD, Tier.PLATINUM})
    assert view.min_purchase == lkr(1_000) and view.multiplier == Decimal("2.5")
    assert count(terminal, AuditLog, AuditLog.action == "loyalty.campaign.create") == 1
    assert count(terminal, Customer) == 0
