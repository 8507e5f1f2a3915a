"""Loyalty rules: tiers, earning with campaigns, redemption refusals, reversals, rewards."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.loyalty import (
    CampaignRule,
    CampaignType,
    CustomerFacts,
    LoyaltyPolicy,
    RewardRule,
    RewardType,
    Tier,
    TierRule,
    campaign_from_conditions,
    check_reward,
    max_redeemable_points,
    points_to_earn,
    policy_from_dict,
    policy_to_dict,
    redemption_value,
    reversal_points,
    reward_discount,
    tier_for,
    validate_redemption,
)
from pos_desktop.core.money import Money

NOW = datetime(2025, 6, 15, 10, 0, tzinfo=UTC)
P = LoyaltyPolicy()


def lkr(text: str) -> Money:
    return Money.of(text)


@pytest.mark.parametrize(
    ("lifetime", "tier"),
    [
        (0, Tier.BRONZE),
        (999, Tier.BRONZE),
        (1_000, Tier.SILVER),
        (4_999, Tier.SILVER),
        (5_000, Tier.GOLD),
        (20_000, Tier.PLATINUM),
        (-50, Tier.BRONZE),
    ],
)
def test_default_tiers(lifetime: int, tier: Tier) -> None:
    assert tier_for(lifetime, P) is tier


def test_base_earn_is_one_point_per_lkr_100_rounded_down() -> None:
    assert points_to_earn(lkr("99.99"), P).points == 0
    assert points_to_earn(lkr("100"), P).points == 1
    assert points_to_earn(lkr("12,345.67"), P).points == 123


def test_part_paid_with_points_earns_nothing() -> None:
    result = points_to_earn(lkr("1000"), P, paid_with_points=lkr("400"))
    assert result.points == 6
    assert points_to_earn(lkr("100"), P, paid_with_points=lkr("500")).points == 0


def test_tier_multiplier_applies_before_rounding_down() -> None:
    # 750 LKR = 7.5 base; GOLD x1.5 = 11.25 -> 11 (the half point of base is not lost first)
    result = points_to_earn(lkr("750"), P, Tier.GOLD)
    assert (result.base_points, result.points) == (7, 11)
    assert points_to_earn(lkr("750"), P, Tier.SILVER).points == 9  # 9.375
    assert points_to_earn(lkr("750"), P, Tier.PLATINUM).points == 15


def test_campaigns_best_multiplier_and_all_bonuses() -> None:
    double = CampaignRule(id="c1", type=CampaignType.PURCHASE, multiplier=Decimal(2))
    triple = CampaignRule(
        id="c2", type=CampaignType.PURCHASE, multiplier=Decimal(3), min_purchase=lkr("5000")
    )
    bonus = CampaignRule(id="c3", type=CampaignType.PURCHASE, bonus_points=50)
    small = points_to_earn(lkr("1000"), P, campaigns=[double, triple, bonus], now=NOW)
    assert (small.points, small.campaign_ids) == (10 * 2 + 50, ("c1", "c3"))
    big = points_to_earn(lkr("5000"), P, campaigns=[double, triple, bonus], now=NOW)
    assert big.points == 50 * 3 + 50
    assert big.campaign_id == "c1"


def test_campaign_windows_limits_and_tiers() -> None:
    base = {"id": "c", "type": CampaignType.PURCHASE, "bonus_points": 10}
    not_started = CampaignRule(**base, valid_from=NOW + timedelta(hours=1))  # type: ignore[arg-type]
    ended = CampaignRule(**base, valid_to=NOW - timedelta(hours=1))  # type: ignore[arg-type]
    off = CampaignRule(**base, is_active=False)  # type: ignore[arg-type]
    used_up = CampaignRule(**base, usage_limit=5, used_count=5)  # type: ignore[arg-type]
    gold_only = CampaignRule(**base, tiers=frozenset({Tier.GOLD}))  # type: ignore[arg-type]
    referral = CampaignRule(id="r", type=CampaignType.REFERRAL, bonus_points=100)
    for campaign in (not_started, ended, off, used_up, gold_only, referral):
        assert points_to_earn(lkr("100"), P, campaigns=[campaign], now=NOW).points == 1
    assert points_to_earn(lkr("100"), P, Tier.GOLD, campaigns=[gold_only], now=NOW).points == 11


def test_birthday_and_anniversary_campaigns() -> None:
    birthday = CampaignRule(id="b", type=CampaignType.BIRTHDAY, bonus_points=100, window_days=3)
    anniversary = CampaignRule(id="a", type=CampaignType.ANNIVERSARY, multiplier=Decimal(2))
    today = date(2025, 6, 15)
    near = CustomerFacts(today=today, birthday=date(1990, 6, 17), member_since=date(2024, 6, 15))
    far = CustomerFacts(today=today, birthday=date(1990, 7, 1), member_since=date(2025, 6, 15))
    assert (
        points_to_earn(lkr("1000"), P, campaigns=[birthday], now=NOW, customer=near).points == 110
    )
    assert points_to_earn(lkr("1000"), P, campaigns=[birthday], now=NOW, customer=far).points == 10
    assert (
        points_to_earn(lkr("1000"), P, campaigns=[anniversary], now=NOW, customer=near).points == 20
    )
    # joined today: no anniversary yet
    assert (
        points_to_earn(lkr("1000"), P, campaigns=[anniversary], now=NOW, customer=far).points == 10
    )
    assert points_to_earn(lkr("1000"), P, campaigns=[birthday], now=NOW).points == 10


def test_leap_day_birthday_celebrated_on_28_february() -> None:
    birthday = CampaignRule(id="b", type=CampaignType.BIRTHDAY, bonus_points=100)
    facts = CustomerFacts(today=date(2025, 2, 28), birthday=date(2000, 2, 29))
    assert points_to_earn(lkr("0"), P, campaigns=[birthday], now=NOW, customer=facts).points == 100


def test_campaign_from_conditions() -> None:
    rule = campaign_from_conditions(
        id="c",
        type="PURCHASE",
        multiplier=Decimal("1.5"),
        bonus_points=0,
        is_active=True,
        valid_from=None,
        valid_to=None,
        usage_limit=None,
        used_count=0,
        conditions={"min_purchase_minor": 250000, "tiers": ["GOLD"], "unknown": 1},
        currency="LKR",
    )
    assert rule.min_purchase == lkr("2500")
    assert rule.tiers == frozenset({Tier.GOLD})
    with pytest.raises(ValidationError):
        CampaignRule(id="x", type=CampaignType.PURCHASE, multiplier=Decimal("0.5"))


def test_earning_refuses_bad_amounts() -> None:
    with pytest.raises(ValidationError, match="negative"):
        points_to_earn(lkr("-1"), P)
    with pytest.raises(ValidationError, match="USD"):
        points_to_earn(Money.of("10", "USD"), P)


def test_disabled_programme_earns_and_redeems_nothing() -> None:
    off = LoyaltyPolicy(enabled=False)
    bonus = CampaignRule(id="c", type=CampaignType.PURCHASE, bonus_points=50)
    assert points_to_earn(lkr("1000"), off, campaigns=[bonus], now=NOW).points == 0
    with pytest.raises(ValidationError, match="switched off"):
        validate_redemption(100, balance=500, order_total=lkr("1000"), policy=off)
    assert max_redeemable_points(balance=500, order_total=lkr("1000"), policy=off) == 0


def test_redemption_value_and_validation() -> None:
    assert redemption_value(250, P) == lkr("250")
    assert validate_redemption(250, balance=300, order_total=lkr("1000"), policy=P) == lkr("250")


@pytest.mark.parametrize(
    ("points", "balance", "total", "today", "message"),
    [
        (0, 500, "1000", 0, "positive whole number"),
        (-5, 500, "1000", 0, "positive whole number"),
        (50, 500, "1000", 0, "at least 100 points"),
        (600, 500, "1000", 0, "only 500 points"),
        (400, 500, "399.99", 0, "more than the 399.99"),
        (400, 5000, "5000", 700, "daily redemption limit is 1000 points per customer; 300 left"),
    ],
)
def test_redemption_refusals(
    points: int, balance: int, total: str, today: int, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        validate_redemption(
            points, balance=balance, order_total=lkr(total), policy=P, redeemed_today=today
        )


def test_max_redeemable_points() -> None:
    assert max_redeemable_points(balance=5000, order_total=lkr("750.50"), policy=P) == 750
    assert max_redeemable_points(balance=5000, order_total=lkr("5000"), policy=P) == 1000
    assert (
        max_redeemable_points(balance=5000, order_total=lkr("5000"), policy=P, redeemed_today=950)
        == 0
    )  # 50 left is under the minimum of 100


def test_reversal_proportional_and_split_returns_add_up() -> None:
    assert reversal_points(10, lkr("1000"), lkr("150")) == 2  # 1.5 -> 2 (half up)
    assert reversal_points(10, lkr("1000"), lkr("1000")) == 10
    first = reversal_points(7, lkr("300"), lkr("100"))  # 2.33 -> 2
    second = reversal_points(
        7, lkr("300"), lkr("100"), previously_returned=lkr("100"), previously_reversed=first
    )
    third = reversal_points(
        7,
        lkr("300"),
        lkr("100"),
        previously_returned=lkr("200"),
        previously_reversed=first + second,
    )
    assert (first, second, third) == (2, 3, 2)
    assert first + second + third == 7


def test_reversal_refuses_returning_more_than_sold() -> None:
    with pytest.raises(ValidationError, match="exceed"):
        reversal_points(10, lkr("1000"), lkr("600"), previously_returned=lkr("500"))
    with pytest.raises(ValidationError):
        reversal_points(10, lkr("1000"), lkr("-1"))


def test_policy_round_trip_and_refusals() -> None:
    custom = LoyaltyPolicy(
        earn_spend_minor=5_000,
        daily_redeem_cap_points=None,
        tiers=(TierRule(Tier.BRONZE, 0, Decimal(1)), TierRule(Tier.GOLD, 100, Decimal("1.75"))),
    )
    assert policy_from_dict(policy_to_dict(custom)) == custom
    assert policy_from_dict({}) == LoyaltyPolicy()
    for bad in (
        {"earn_spend_minor": 0},
        {"earn_points": "1"},
        {"point_value_minor": 1.5},
        {"typo_key": 1},
        {"tiers": [{"tier": "BRONZE", "threshold": 10, "multiplier": "1"}]},
        {"tiers": [{"tier": "BRONZE", "threshold": 0, "multiplier": "1"}, {"tier": "GOLD"}]},
        {
            "tiers": [
                {"tier": "BRONZE", "threshold": 0, "multiplier": "1"},
                {"tier": "GOLD", "threshold": 0, "multiplier": "2"},
            ]
        },
    ):
        with pytest.raises(ValidationError):
            policy_from_dict(bad)


def test_rewards() -> None:
    reward = RewardRule(
        id="r", name="LKR 500 off", points_required=500, type=RewardType.DISCOUNT,
        value=lkr("500"), usage_limit=10, used_count=2,
        valid_to=NOW + timedelta(days=1),
    )  # fmt: skip
    check_reward(reward, balance=500, now=NOW)
    assert reward_discount(reward, lkr("300")) == lkr("300")
    assert reward_discount(reward, lkr("3000")) == lkr("500")
    with pytest.raises(ValidationError, match="needs 500 points"):
        check_reward(reward, balance=499, now=NOW)
    with pytest.raises(ValidationError, match="ended"):
        check_reward(reward, balance=500, now=NOW + timedelta(days=2))
    with pytest.raises(ValidationError, match="fully claimed"):
        check_reward(
            RewardRule("r", "x", 1, RewardType.CASHBACK, usage_limit=1, used_count=1),
            balance=5,
            now=NOW,
        )
