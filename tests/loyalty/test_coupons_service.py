"""Coupon services on a real terminal: admin, lookups in any case, usage limits across sync."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select, update

from pos_desktop.core.coupons import CouponType
from pos_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.services import coupons
from pos_desktop.services.coupons import CouponInput
from pos_desktop.store.models import AuditLog, OutboxEntry
from pos_desktop.store.models.loyalty import Coupon, CouponUsage
from tests.loyalty.support import Clock, clocked, count, customer
from tests.support.terminal import Terminal


def lkr(text: str) -> Money:
    return Money.of(text)


def make(terminal: Terminal, code: str = "avurudu10", **kw: Any) -> coupons.CouponView:
    data: dict[str, Any] = {"type": CouponType.PERCENTAGE, "value": Decimal(10), **kw}
    return coupons.create_coupon(
        terminal.ctx, terminal.manager, CouponInput(code=code, **data)
    ).coupon


def use(
    terminal: Terminal, code: str, amount: str, sale: str, customer_id: str | None = None
) -> Money:
    """What checkout does: validate, then record the usage in the same transaction."""
    with terminal.db.uow() as uow:
        s = uow.session
        discount = coupons.validate_coupon(
            s, terminal.ctx, code, lkr(amount), terminal.ctx.clock(), customer_id
        )
        found = coupons.find_coupon(s, terminal.ctx, code)
        assert found is not None
        coupons.record_usage(s, terminal.ctx, found.id, sale, customer_id, discount)
        uow.commit()
    return discount.amount


def check(terminal: Terminal, code: str, amount: str, customer_id: str | None = None) -> Money:
    with terminal.db.read() as s:
        return coupons.validate_coupon(
            s, terminal.ctx, code, lkr(amount), terminal.ctx.clock(), customer_id
        ).amount


def test_manager_creates_coupon_audited_and_found_in_any_case(terminal: Terminal) -> None:
    made = make(terminal, max_discount_amount=lkr("500"), min_order_amount=lkr("1000"))
    assert made.code == "AVURUDU10" and made.rule.max_discount_amount == lkr("500")
    with terminal.db.read() as s:
        assert coupons.find_coupon(s, terminal.ctx, " Avurudu10 ").id == made.id  # type: ignore[union-attr]
        assert coupons.find_coupon(s, terminal.ctx, "NOPE") is None
        row = s.execute(select(AuditLog).where(AuditLog.action == "coupon.create")).scalar_one()
        assert row.user_id == terminal.manager.user_id
    assert check(terminal, "avurudu10", "2000") == lkr("200")
    assert check(terminal, "AVURUDU10", "9000") == lkr("500")
    with pytest.raises(ValidationError, match=r"at least LKR 1,000\.00"):
        check(terminal, "avurudu10", "999")


def test_cashier_cannot_manage_coupons(terminal: Terminal) -> None:
    with pytest.raises(PermissionDenied):
        coupons.create_coupon(
            terminal.ctx, terminal.cashier, CouponInput("FREE", CouponType.FREE_SHIPPING)
        )
    made = make(terminal)
    with pytest.raises(PermissionDenied):
        coupons.deactivate_coupon(terminal.ctx, terminal.cashier, made.id, "over")


@pytest.mark.parametrize(
    ("kw", "error", "message"),
    [
        ({"code": "x"}, ValidationError, "3 to 32"),
        ({"value": Decimal(0)}, ValidationError, "more than 0%"),
        ({"value": Decimal("150")}, ValidationError, "at most 100%"),
        ({"type": CouponType.FIXED_AMOUNT, "value": Money.of("5", "USD")}, ValidationError, "LKR"),
        ({"usage_limit": 0}, ValidationError, "at least 1"),
        ({"per_customer_limit": 0}, ValidationError, "at least 1"),
        ({"code": "save-10"}, ConflictError, "already exists"),
    ],
)
def test_bad_coupons_are_refused_and_nothing_written(
    terminal: Terminal, kw: dict[str, Any], error: type[Exception], message: str
) -> None:
    make(terminal, "SAVE-10")
    with pytest.raises(error, match=message):
        make(terminal, **({"code": "OTHER"} | kw))
    assert count(terminal, Coupon) == 1


def test_coupon_past_its_limit_is_refused(terminal: Terminal) -> None:
    make(terminal, "TWICE", usage_limit=2)
    assert use(terminal, "twice", "1000", "s1") == lkr("100")
    assert use(terminal, "twice", "1000", "s2") == lkr("100")
    with pytest.raises(ValidationError, match="reached its usage limit"):
        use(terminal, "twice", "1000", "s3")
    assert count(terminal, CouponUsage) == 2


def test_hq_count_and_local_usages_are_not_counted_twice(terminal: Terminal) -> None:
    clock = Clock()
    clocked(terminal, clock)
    made = make(terminal, "HQ3", usage_limit=3)
    use(terminal, "HQ3", "1000", "s1")  # this till, not yet pushed
    # HQ counted 1 use from another till before it saw ours; our unsent use still counts.
    with terminal.db.uow() as uow:
        uow.session.execute(
            update(Coupon)
            .where(Coupon.id == made.id)
            .values(used_count=1, used_count_as_of=clock.now + timedelta(minutes=1))
        )
        uow.commit()
    clock.advance(minutes=5)
    use(terminal, "HQ3", "1000", "s2")  # 1 (HQ) + 2 local unsent = 3 now
    with pytest.raises(ValidationError, match="usage limit"):
        check(terminal, "HQ3", "1000")
    # Our two uses reach HQ (acked) and HQ recounts: 3 in all, none of ours counted again.
    with terminal.db.uow() as uow:
        uow.session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.entity == "coupon_usages")
            .values(acked_at=clock.now, ack_status="ok")
        )
        uow.session.execute(
            update(Coupon)
            .where(Coupon.id == made.id)
            .values(used_count=2, usage_limit=4, used_count_as_of=clock.now)
        )
        uow.commit()
    with terminal.db.read() as s:
        row = s.get(Coupon, made.id)
        assert row is not None and coupons.local_used_count(s, row) == 0
    use(terminal, "HQ3", "1000", "s3")  # 2 + 0 < 4
    clock.advance(minutes=1)
    use(terminal, "HQ3", "1000", "s4")  # 2 + 1 < 4
    with pytest.raises(ValidationError, match="usage limit"):
        check(terminal, "HQ3", "1000")  # 2 + 2


def test_per_customer_limit(terminal: Terminal) -> None:
    make(terminal, "ONCE", per_customer_limit=1)
    nimal = customer(terminal)
    kamala = customer(terminal, "Kamala")
    with pytest.raises(ValidationError, match="needs a customer"):
        check(terminal, "ONCE", "1000")
    use(terminal, "ONCE", "1000", "s1", nimal)
    with pytest.raises(ValidationError, match="already used coupon ONCE 1 time"):
        use(terminal, "ONCE", "1000", "s2", nimal)
    assert use(terminal, "ONCE", "1000", "s3", kamala) == lkr("100")


def test_validity_window_and_deactivation(terminal: Terminal) -> None:
    clock = Clock()
    ctx = clocked(terminal, clock)
    made = make(
        terminal, "WEEK", valid_from=clock.now + timedelta(days=1),
        valid_to=clock.now + timedelta(days=8),
    )  # fmt: skip
    with pytest.raises(ValidationError, match="not valid yet"):
        check(terminal, "WEEK", "1000")
    clock.advance(days=2)
    assert check(terminal, "WEEK", "1000") == lkr("100")
    with pytest.raises(ValidationError, match="why"):
        coupons.deactivate_coupon(ctx, terminal.manager, made.id, "")
    coupons.deactivate_coupon(ctx, terminal.manager, made.id, "printed with a typo")
    with pytest.raises(ValidationError, match="no longer active"):
        check(terminal, "WEEK", "1000")
    with pytest.raises(ConflictError, match="already inactive"):
        coupons.deactivate_coupon(ctx, terminal.manager, made.id, "again")
    clock.advance(days=10)
    with terminal.db.uow() as uow:
        uow.session.execute(update(Coupon).values(is_active=True))
        uow.commit()
    with pytest.raises(ValidationError, match="expired"):
        check(terminal, "WEEK", "1000")


def test_unknown_and_empty_codes(terminal: Terminal) -> None:
    with pytest.raises(ValidationError, match="no coupon NOPE"):
        check(terminal, "nope", "100")
    with pytest.raises(ValidationError, match="enter a coupon code"):
        check(terminal, "  ", "100")


def test_free_shipping_and_fixed_amount_usages(terminal: Terminal) -> None:
    make(terminal, "SHIP", type=CouponType.FREE_SHIPPING, value=None)
    make(terminal, "FLAT500", type=CouponType.FIXED_AMOUNT, value=lkr("500"))
    assert use(terminal, "ship", "100", "s1") == lkr("0")
    assert use(terminal, "flat500", "300", "s2") == lkr("300")
    with terminal.db.read() as s:
        rows = s.execute(select(CouponUsage).order_by(CouponUsage.sale_id)).scalars().all()
        assert [(r.discount_minor, r.free_shipping) for r in rows] == [(0, True), (300_00, False)]
        assert rows[0].device_id == terminal.ctx.terminal.device_id
        assert {e.entity for e in s.execute(select(OutboxEntry)).scalars()} >= {"coupon_usages"}


def test_record_usage_refusals(terminal: Terminal) -> None:
    made = make(terminal)
    with terminal.db.uow() as uow:
        with pytest.raises(ValidationError, match="negative"):
            coupons.record_usage(uow.session, terminal.ctx, made.id, "s", None, lkr("-1"))
        with pytest.raises(Exception, match="not found"):
            coupons.record_usage(uow.session, terminal.ctx, "missing", "s", None, lkr("1"))
