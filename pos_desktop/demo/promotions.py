"""Demo coupons (through the coupon service), loyalty rewards and campaigns.

Coupons cover every type and the states a cashier meets: percentage with a minimum order and a
cap, a fixed amount, free shipping, one per customer, one already expired, and one with a small
usage limit that the demo's past sales use up (see sales.py), so it is at its limit.
Rewards and campaigns have no service yet (HQ manages them); their rows are written as HQ
would send them, with the types core.loyalty knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Final

from pos_desktop.core.coupons import CouponType
from pos_desktop.core.loyalty import CampaignType, RewardType, Tier
from pos_desktop.core.money import Money
from pos_desktop.services.context import Actor, ServiceContext
from pos_desktop.services.coupons import CouponInput, create_coupon
from pos_desktop.store.models.loyalty import LoyaltyCampaign, LoyaltyReward

LIMITED_COUPON: Final = "FIRST50"  # usage limit 3, used 3 times by the demo's past sales
LIMITED_COUPON_USES: Final = 3
EXPIRED_COUPON: Final = "VESAK25"


@dataclass(frozen=True, slots=True)
class PromotionSeed:
    coupons: dict[str, str]  # code -> id
    rewards: int
    campaigns: int


def _lkr(rupees: int) -> Money:
    return Money(rupees * 100, "LKR")


def coupon_inputs(now: datetime) -> list[CouponInput]:
    month = timedelta(days=30)
    return [
        CouponInput(
            code="AVURUDU10",
            type=CouponType.PERCENTAGE,
            value=Decimal(10),
            name="Avurudu 10% off",
            description="10% off bills over LKR 3,000 (up to LKR 1,500 off)",
            min_order_amount=_lkr(3_000),
            max_discount_amount=_lkr(1_500),
            valid_from=now - month,
            valid_to=now + 2 * month,
        ),
        CouponInput(
            code="SAVE500",
            type=CouponType.FIXED_AMOUNT,
            value=_lkr(500),
            name="LKR 500 off",
            description="LKR 500 off bills over LKR 5,000",
            min_order_amount=_lkr(5_000),
            valid_from=now - month,
            valid_to=now + 3 * month,
        ),
        CouponInput(
            code="FREEDELIVERY",
            type=CouponType.FREE_SHIPPING,
            name="Free home delivery",
            description="Free delivery within Colombo for orders over LKR 2,500",
            min_order_amount=_lkr(2_500),
        ),
        CouponInput(
            code="WELCOME15",
            type=CouponType.PERCENTAGE,
            value=Decimal(15),
            name="Welcome 15% off",
            description="New loyalty members: 15% off one bill (up to LKR 1,000)",
            max_discount_amount=_lkr(1_000),
            per_customer_limit=1,
        ),
        CouponInput(
            code=EXPIRED_COUPON,
            type=CouponType.PERCENTAGE,
            value=Decimal(5),
            name="Vesak week 5% off",
            description="Expired: shows how a past promotion is refused",
            valid_from=now - 3 * month,
            valid_to=now - timedelta(days=7),
        ),
        CouponInput(
            code=LIMITED_COUPON,
            type=CouponType.FIXED_AMOUNT,
            value=_lkr(50),
            name="LKR 50 off, first three bills",
            description="Limited to three uses; the demo's past sales used them all",
            usage_limit=LIMITED_COUPON_USES,
            valid_from=now - month,
        ),
    ]


def seed_coupons(ctx: ServiceContext, actor: Actor, now: datetime) -> dict[str, str]:
    return {
        result.coupon.code: result.coupon.id
        for result in (create_coupon(ctx, actor, data) for data in coupon_inputs(now))
    }


def seed_rewards_and_campaigns(
    ctx: ServiceContext, now: datetime, reward_product_id: str | None
) -> tuple[int, int]:
    org = ctx.terminal.organization_id
    rewards = [
        LoyaltyReward(
            organization_id=org,
            name="LKR 500 off your bill",
            points_required=500,
            type=RewardType.DISCOUNT.value,
            value_minor=500_00,
            category="Discounts",
        ),
        LoyaltyReward(
            organization_id=org,
            name="LKR 1,000 cashback",
            points_required=950,
            type=RewardType.CASHBACK.value,
            value_minor=1_000_00,
            category="Cashback",
        ),
        LoyaltyReward(
            organization_id=org,
            name="Free home delivery",
            points_required=150,
            type=RewardType.FREE_SHIPPING.value,
            category="Delivery",
        ),
    ]
    if reward_product_id is not None:
        rewards.append(
            LoyaltyReward(
                organization_id=org,
                name="Free 1kg of rice",
                points_required=300,
                type=RewardType.PRODUCT.value,
                product_id=reward_product_id,
                usage_limit=200,
                category="Groceries",
            )
        )
    campaigns = [
        LoyaltyCampaign(
            organization_id=org,
            name="Avurudu double points",
            description="Double points on bills over LKR 2,000 during the New Year season",
            type=CampaignType.PURCHASE.value,
            points_multiplier=Decimal(2),
            bonus_points=0,
            conditions={"min_purchase_minor": 2_000_00},
            valid_from=now - timedelta(days=10),
            valid_to=now + timedelta(days=20),
        ),
        LoyaltyCampaign(
            organization_id=org,
            name="Birthday bonus",
            description="200 bonus points on a purchase in the week of your birthday",
            type=CampaignType.BIRTHDAY.value,
            points_multiplier=Decimal(1),
            bonus_points=200,
            conditions={"window_days": 7, "tiers": [t.value for t in Tier]},
        ),
    ]
    with ctx.db.uow() as uow:
        uow.session.add_all([*rewards, *campaigns])
        uow.commit()
    return len(rewards), len(campaigns)
