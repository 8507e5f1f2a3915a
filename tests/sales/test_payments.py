"""Tender validation: cash-only change, no overpaying by card, references, pending methods."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.core.errors import ValidationError
from pos_desktop.services.payments import (
    PENDING_VERIFICATION,
    MethodRule,
    PaymentRequest,
    accepted_methods,
    plan_tenders,
)
from pos_desktop.store.models.sales import PaymentMethodCode as M
from pos_desktop.store.models.sales import PaymentStatus
from tests.support.terminal import Terminal

RULES = {
    code.value: MethodRule(
        code.value,
        code.value.title(),
        requires_reference=code not in (M.CASH, M.LOYALTY_POINTS),
        pending_verification=code in PENDING_VERIFICATION,
    )
    for code in M
}


def test_cash_sale_gives_change() -> None:
    plan = plan_tenders([PaymentRequest(M.CASH, 500_00)], 420_50, RULES)
    assert plan.change_minor == 79_50
    (cash,) = plan.tenders
    assert (cash.amount_minor, cash.tendered_minor, cash.change_minor) == (420_50, 500_00, 79_50)
    assert plan.paid_minor == 420_50


def test_split_cash_card_lankaqr_applies_non_cash_first() -> None:
    plan = plan_tenders(
        [
            PaymentRequest(M.CASH, 1000_00),
            PaymentRequest(M.CARD, 300_00, reference="AUTH123"),
            PaymentRequest(M.LANKAQR, 200_00, reference="QR-9"),
        ],
        1200_00,
        RULES,
    )
    by_method = {t.method: t for t in plan.tenders}
    assert by_method[M.CARD].status == PaymentStatus.COMPLETED
    assert by_method[M.LANKAQR].status == PaymentStatus.PENDING_VERIFICATION
    assert by_method[M.CASH].amount_minor == 700_00
    assert plan.change_minor == 300_00


@pytest.mark.parametrize("method", [M.CARD, M.LANKAQR, M.BANK_TRANSFER, M.PAYHERE, M.COD])
def test_overpaying_by_non_cash_is_refused(method: M) -> None:
    with pytest.raises(ValidationError, match="only cash"):
        plan_tenders([PaymentRequest(method, 101_00, reference="R1")], 100_00, RULES)


@pytest.mark.parametrize("method", [M.CARD, M.LANKAQR, M.BANK_TRANSFER, M.PAYHERE, M.COD])
def test_reference_required(method: M) -> None:
    with pytest.raises(ValidationError, match="reference"):
        plan_tenders([PaymentRequest(method, 100_00, reference="  ")], 100_00, RULES)


def test_short_payment_refused() -> None:
    with pytest.raises(ValidationError, match="short"):
        plan_tenders([PaymentRequest(M.CASH, 99_99)], 100_00, RULES)


def test_unneeded_cash_refused() -> None:
    with pytest.raises(ValidationError, match="not needed"):
        plan_tenders(
            [PaymentRequest(M.CARD, 100_00, reference="A"), PaymentRequest(M.CASH, 5_00)],
            100_00,
            RULES,
        )


@pytest.mark.parametrize("amount", [0, -1, 10**15])
def test_absurd_amounts_refused(amount: int) -> None:
    with pytest.raises(ValidationError):
        plan_tenders([PaymentRequest(M.CASH, amount)], 100_00, RULES)


def test_unknown_or_inactive_method_refused() -> None:
    with pytest.raises(ValidationError, match="not accepted"):
        plan_tenders([PaymentRequest("STRIPE", 100_00)], 100_00, RULES)


def test_zero_total_needs_no_payment() -> None:
    assert plan_tenders([], 0, RULES).tenders == ()
    with pytest.raises(ValidationError, match="take a payment"):
        plan_tenders([], 1, RULES)


def test_seeded_methods_enforce_hard_rules(terminal: Terminal) -> None:
    with terminal.db.read() as s:
        methods = accepted_methods(s, terminal.ctx.terminal.organization_id)
    assert set(methods) == {m.value for m in M}
    assert methods[M.CARD].requires_reference and not methods[M.CARD].pending_verification
    assert methods[M.LANKAQR].pending_verification
    assert not methods[M.CASH].requires_reference


@given(
    due=st.integers(0, 10**7),
    tenders=st.lists(
        st.tuples(st.sampled_from([M.CASH, M.CARD, M.LANKAQR]), st.integers(1, 2 * 10**7)),
        max_size=4,
    ),
)
def test_plan_never_applies_more_than_due_and_change_is_cash(
    due: int, tenders: list[tuple[M, int]]
) -> None:
    requests = [PaymentRequest(m, a, reference="R") for m, a in tenders]
    try:
        plan = plan_tenders(requests, due, RULES)
    except ValidationError:
        return
    assert plan.paid_minor == due
    for t in plan.tenders:
        assert t.amount_minor + t.change_minor == t.tendered_minor
        assert t.amount_minor > 0
        if t.method != M.CASH:
            assert t.change_minor == 0
    assert plan.change_minor == sum(t.change_minor for t in plan.tenders)
