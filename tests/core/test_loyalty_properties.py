"""Properties of the loyalty rules that balances depend on."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.loyalty import (
    CampaignRule,
    CampaignType,
    LoyaltyPolicy,
    Tier,
    max_redeemable_points,
    points_to_earn,
    redemption_value,
    reversal_points,
    tier_for,
    validate_redemption,
)
from pos_desktop.core.money import Money

NOW = datetime(2025, 6, 15, tzinfo=UTC)

policies = st.builds(
    LoyaltyPolicy,
    earn_spend_minor=st.integers(1, 100_000),
    earn_points=st.integers(0, 10),
    point_value_minor=st.integers(1, 1_000),
    min_redeem_points=st.integers(1, 500),
    daily_redeem_cap_points=st.none() | st.integers(0, 10_000),
)
campaign_lists = st.lists(
    st.builds(
        CampaignRule,
        id=st.text("abc", min_size=1, max_size=3),
        type=st.just(CampaignType.PURCHASE),
        multiplier=st.decimals(min_value=1, max_value=5, places=2),
        bonus_points=st.integers(0, 500),
        min_purchase=st.none() | st.integers(0, 10**7).map(Money),
    ),
    max_size=4,
)
amounts = st.integers(0, 10**10)


@given(policies, st.sampled_from(Tier), campaign_lists, amounts, amounts, st.integers(0, 10**9))
def test_earning_is_monotonic_in_amount(
    policy: LoyaltyPolicy,
    tier: Tier,
    campaigns: list[CampaignRule],
    a: int,
    b: int,
    paid_points: int,
) -> None:
    low, high = sorted((a, b))
    earn_low = points_to_earn(
        Money(low), policy, tier, paid_with_points=Money(paid_points), campaigns=campaigns, now=NOW
    )
    earn_high = points_to_earn(
        Money(high), policy, tier, paid_with_points=Money(paid_points), campaigns=campaigns, now=NOW
    )
    assert 0 <= earn_low.points <= earn_high.points
    assert earn_low.base_points <= earn_high.base_points


@given(policies, amounts, st.sampled_from(Tier))
def test_higher_tier_never_earns_less(policy: LoyaltyPolicy, amount: int, tier: Tier) -> None:
    tiers = list(Tier)
    points = [points_to_earn(Money(amount), policy, t).points for t in tiers]
    assert points == sorted(points)
    assert tier_for(policy.tier_rule(tier).threshold, policy) is tier


@given(
    st.integers(0, 100_000),
    st.integers(1, 10**9),
    st.lists(st.integers(1, 10**6), min_size=1, max_size=8),
)
def test_returns_in_parts_reverse_exactly_what_was_earned(
    earned: int, sale_minor: int, weights: list[int]
) -> None:
    sale = Money(sale_minor)
    parts = sale.allocate(weights)  # returned amounts that sum exactly to the sale
    returned = Money(0)
    reversed_total = 0
    for part in parts:
        step = reversal_points(
            earned,
            sale,
            part,
            previously_returned=returned,
            previously_reversed=reversed_total,
        )
        assert step >= 0
        returned = returned + part
        reversed_total += step
        assert reversed_total <= earned
    assert reversed_total == earned


@given(st.integers(0, 100_000), st.integers(1, 10**9), st.integers(0, 10**9))
def test_partial_reversal_never_exceeds_earned(earned: int, sale: int, returned: int) -> None:
    returned = min(returned, sale)
    assert 0 <= reversal_points(earned, Money(sale), Money(returned)) <= earned


@given(
    policies,
    st.integers(-1_000, 10**6),
    st.integers(0, 10**9),
    st.integers(-10, 10**6),
    st.integers(0, 20_000),
)
def test_redemption_never_exceeds_balance_total_or_cap(
    policy: LoyaltyPolicy, balance: int, total_minor: int, points: int, today: int
) -> None:
    total = Money(total_minor)
    try:
        value = validate_redemption(
            points, balance=balance, order_total=total, policy=policy, redeemed_today=today
        )
    except ValidationError:
        return
    assert 0 < points <= balance
    assert points >= policy.min_redeem_points
    assert value == redemption_value(points, policy) and value <= total
    if policy.daily_redeem_cap_points is not None:
        assert today + points <= policy.daily_redeem_cap_points


@given(policies, st.integers(-1_000, 10**6), st.integers(0, 10**9), st.integers(0, 20_000))
def test_max_redeemable_is_always_accepted(
    policy: LoyaltyPolicy, balance: int, total_minor: int, today: int
) -> None:
    best = max_redeemable_points(
        balance=balance, order_total=Money(total_minor), policy=policy, redeemed_today=today
    )
    if best:
        validate_redemption(
            best, balance=balance, order_total=Money(total_minor), policy=policy,
            redeemed_today=today,
        )  # fmt: skip


def test_multiplier_uses_exact_fractions() -> None:
    # 1 point per 3 minor units x 3: a Decimal division would give 0.999... and floor to 0.
    policy = LoyaltyPolicy(earn_spend_minor=3)
    campaign = CampaignRule(id="c", type=CampaignType.PURCHASE, multiplier=Decimal(3))
    assert points_to_earn(Money(1), policy, campaigns=[campaign], now=NOW).points == 1
