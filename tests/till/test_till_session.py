"""TillSession: the sell screen's business logic on a real terminal database, without Qt."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from pos_desktop.core.discounts import amount_off, percent_off
from pos_desktop.core.errors import ApprovalRequired, PermissionDenied, ValidationError
from pos_desktop.core.money import Money
from pos_desktop.services import held_tickets, settings, till
from pos_desktop.services.context import Actor
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.scan_resolver import AddProduct
from pos_desktop.services.till import DiscountStatus, TillSession
from pos_desktop.store.models import AuditLog
from pos_desktop.store.models.sales import Payment, Sale, SaleLine
from tests.support.terminal import Terminal
from tests.till.shop import CARD, TillShop, build_shop


@pytest.fixture
def shop(terminal: Terminal) -> TillShop:
    return build_shop(terminal)


def _count(term: Terminal, model: Any, *where: Any) -> int:
    with term.db.read() as s:
        query = select(func.count()).select_from(model)
        if where:
            query = query.where(*where)
        return int(s.execute(query).scalar_one())


def test_add_merges_lines_and_totals_follow(shop: TillShop) -> None:
    t = TillSession()
    first = t.add_hit(shop.rice)
    again = t.add_hit(shop.rice, 2)
    soap = t.add_hit(shop.soap)
    assert (first.kind, first.row) == ("added", 0)
    assert (again.kind, again.row, again.line.quantity) == ("updated", 0, Decimal(3))
    assert (soap.kind, soap.row) == ("added", 1)
    totals = t.totals()
    assert totals.grand_total == Money(3 * 1250_00 + 95_50)
    assert totals.item_count == 4
    assert [tax.tax_class.code for tax in totals.taxes] == ["VAT18"]


def test_weighed_quantity_keeps_three_decimals_and_pieces_stay_whole(shop: TillShop) -> None:
    t = TillSession()
    dhal = t.add_hit(shop.dhal, "0.375").line
    assert dhal.quantity == Decimal("0.375")
    assert t.totals().grand_total == Money(180_00)  # 0.375 kg x 480.00
    changed = t.set_quantity(dhal.line_id, "1.25")
    assert changed.line.quantity == Decimal("1.250") and changed.kind == "updated"
    rice = t.add_hit(shop.rice).line
    with pytest.raises(ValidationError, match="whole number"):
        t.set_quantity(rice.line_id, "1.5")
    with pytest.raises(ValidationError, match="decimal places"):
        t.set_quantity(dhal.line_id, "0.0001")
    assert t.cart.line(rice.line_id).quantity == 1  # refused changes change nothing


def test_discount_within_the_cashiers_limit_is_applied(shop: TillShop) -> None:
    t = TillSession()
    line = t.add_hit(shop.rice).line
    outcome = t.set_line_discount(shop.term.cashier, line.line_id, percent_off("10"))
    assert outcome.status is DiscountStatus.APPLIED
    assert outcome.change is not None and outcome.change.row == 0
    assert t.totals().grand_total == Money(1125_00)
    assert t.approver is None


def test_discount_above_the_limit_needs_a_manager(shop: TillShop) -> None:
    t = TillSession()
    line = t.add_hit(shop.rice).line
    cashier, manager = shop.term.cashier, shop.term.manager
    asked = t.set_line_discount(cashier, line.line_id, amount_off(Money(250_00)))
    assert asked.status is DiscountStatus.NEEDS_APPROVAL
    assert asked.percent == Decimal("20.00") and asked.limit == 10
    assert t.cart.line(line.line_id).discount is None  # nothing changed yet
    # Another cashier cannot approve it; nobody approves their own request.
    with pytest.raises(PermissionDenied):
        t.set_line_discount(cashier, line.line_id, percent_off("20"), _other_cashier(cashier))
    again = t.set_line_discount(cashier, line.line_id, percent_off("20"), cashier)
    assert again.status is DiscountStatus.NEEDS_APPROVAL
    approved = t.set_line_discount(cashier, line.line_id, percent_off("20"), manager)
    assert approved.status is DiscountStatus.APPLIED and t.approver == manager
    assert t.authorise(cashier) == manager
    with pytest.raises(PermissionDenied, match="limit"):
        t.set_line_discount(cashier, line.line_id, percent_off("60"), manager)
    result = t.pay(shop.term.ctx, cashier, [PaymentRequest("CASH", 1000_00)])
    with shop.term.db.read() as s:
        sale = s.get(Sale, result.sale_id)
        assert sale is not None and sale.approved_by_id == manager.user_id
        assert sale.total_minor == 1000_00


def _other_cashier(actor: Actor) -> Actor:
    return Actor("someone-else", "other", "Other Cashier", "cashier", actor.permissions, 10)


def test_a_discount_larger_than_the_line_is_refused(shop: TillShop) -> None:
    t = TillSession()
    line = t.add_hit(shop.soap).line
    with pytest.raises(ValidationError, match="more than"):
        t.set_line_discount(shop.term.manager, line.line_id, amount_off(Money(100_00)))


def test_removing_a_line_writes_an_audit_row(shop: TillShop) -> None:
    t = TillSession()
    rice = t.add_hit(shop.rice, 2).line
    t.add_hit(shop.soap)
    before = _count(shop.term, AuditLog, AuditLog.action == "cart.line_removed")
    change = t.remove_line(shop.term.ctx, shop.term.cashier, rice.line_id, reason="changed mind")
    assert (change.kind, change.row) == ("removed", 0)
    assert [line.name for line in t.lines] == ["Soap bar"]
    with shop.term.db.read() as s:
        rows = (
            s.execute(select(AuditLog).where(AuditLog.action == "cart.line_removed"))
            .scalars()
            .all()
        )
    assert len(rows) == before + 1
    row = rows[-1]
    assert row.old_values is not None and row.old_values["name"] == "Rice 5kg"
    assert row.old_values["quantity_milli"] == 2000
    assert row.old_values["cart_id"] == t.cart.cart_id
    assert row.user_id == shop.term.cashier.user_id and row.reason == "changed mind"


def test_lowering_a_quantity_audits_the_part_taken_off(shop: TillShop) -> None:
    t = TillSession()
    rice = t.add_hit(shop.rice, 5).line
    change = t.remove_line(shop.term.ctx, shop.term.cashier, rice.line_id, quantity="2")
    assert change.kind == "updated" and change.line.quantity == 2
    with shop.term.db.read() as s:
        row = s.execute(select(AuditLog).where(AuditLog.action == "cart.line_removed")).scalar_one()
    assert row.old_values is not None and row.old_values["quantity_milli"] == 3000
    with pytest.raises(ValidationError, match="not lower"):
        t.check_removal(shop.term.cashier, rice.line_id, quantity="4")
    whole = t.check_removal(shop.term.cashier, rice.line_id, quantity="0")
    assert whole.quantity == 2  # zero means the whole line


def test_units_scanned_while_a_removal_was_audited_stay_on_the_sale(shop: TillShop) -> None:
    t = TillSession()
    rice = t.add_hit(shop.rice).line
    removed = t.check_removal(shop.term.cashier, rice.line_id)
    t.add_hit(shop.rice)  # a scan lands while the audit row is being written
    change = t.apply_removal(removed)
    assert change.kind == "updated" and change.line.quantity == 1


def test_removing_needs_approval_without_the_permission(shop: TillShop) -> None:
    t = TillSession()
    line = t.add_hit(shop.soap).line
    cashier = shop.term.cashier
    limited = Actor(
        cashier.user_id,
        cashier.username,
        cashier.name,
        cashier.role,
        cashier.permissions - {"remove_cart_line"},
        10,
    )
    with pytest.raises(ApprovalRequired):
        t.check_removal(limited, line.line_id)
    change = t.remove_line(shop.term.ctx, limited, line.line_id, approver=shop.term.manager)
    assert change.kind == "removed" and t.is_empty
    with shop.term.db.read() as s:
        row = s.execute(select(AuditLog).where(AuditLog.action == "cart.line_removed")).scalar_one()
    assert row.approved_by_id == shop.term.manager.user_id


def test_coupon_goes_on_the_cart_and_is_requoted_after_changes(shop: TillShop) -> None:
    t = TillSession()
    t.add_hit(shop.soap)
    with pytest.raises(ValidationError):
        t.apply_coupon(shop.term.ctx, "save10")  # below the 1,000.00 minimum
    assert t.cart.coupon is None
    t.add_hit(shop.rice)
    quote = t.apply_coupon(shop.term.ctx, "save10")
    assert quote.code == "SAVE10" and quote.discount == Money(134_55)
    assert t.totals().coupon_discount == Money(134_55)
    assert not t.coupon_is_stale()
    t.add_hit(shop.soap)
    assert t.coupon_is_stale()
    t.apply_coupon(shop.term.ctx, "SAVE10")
    result = t.pay(shop.term.ctx, shop.term.cashier, [PaymentRequest("CASH", 2000_00)])
    assert result.coupon_discount_minor == 144_10
    with pytest.raises(ValidationError):
        till.quote_coupon(shop.term.ctx, "NOPE", Money(5000_00), None)


def test_customer_loyalty_points_are_shown_and_redeemable(shop: TillShop) -> None:
    t = TillSession()
    found = till.customer_by_card(shop.term.ctx, "lc12345678")
    assert found is not None
    customer, loyalty = found
    assert customer.id == shop.customer_id and loyalty is not None
    assert loyalty.balance == 500 and loyalty.balance_value == Money(500_00)
    t.attach_customer(customer, loyalty)
    t.add_hit(shop.soap)
    assert t.redeemable_points() == 0  # 95.50 is worth fewer points than the minimum of 100
    t.add_hit(shop.rice)
    assert t.redeemable_points() == 500
    result = t.pay(
        shop.term.ctx,
        shop.term.cashier,
        [PaymentRequest("LOYALTY_POINTS", points=300), PaymentRequest("CASH", 1100_00)],
    )
    assert result.points_redeemed == 300 and result.customer_id == shop.customer_id
    assert result.change_minor == 1100_00 - (1345_50 - 300_00)
    assert t.customer is None and t.loyalty is None  # the next sale starts clean


def test_hold_and_recall_round_trip(shop: TillShop) -> None:
    t = TillSession()
    t.attach_customer_id(shop.term.ctx, shop.customer_id)
    t.add_hit(shop.rice, 2)
    t.add_hit(shop.dhal, "0.5")
    held_cart = t.cart.to_dict()
    ticket_id = t.hold(shop.term.ctx, shop.term.cashier, "blue shirt")
    assert t.is_empty and t.customer is None
    [view] = held_tickets.list_held(shop.term.ctx, shop.term.cashier)
    assert view.id == ticket_id and view.label == "blue shirt" and view.line_count == 2
    t.add_hit(shop.soap)
    with pytest.raises(ValidationError, match="finish or hold"):
        t.recall(shop.term.ctx, shop.term.cashier, ticket_id)
    t.reset()
    cart = t.recall(shop.term.ctx, shop.term.cashier, ticket_id)
    assert cart.to_dict() == held_cart
    assert t.customer is not None and t.customer.id == shop.customer_id
    assert t.loyalty is not None and t.loyalty.balance == 500
    assert held_tickets.list_held(shop.term.ctx, shop.term.cashier) == []


def test_pay_cash_commits_the_sale_and_starts_a_new_cart(shop: TillShop) -> None:
    t = TillSession()
    t.add_hit(shop.rice)
    t.add_hit(shop.tea, 2)
    cart_id = t.cart.cart_id
    result = t.pay(shop.term.ctx, shop.term.cashier, [PaymentRequest("CASH", 5000_00)])
    assert result.sale_id == cart_id and result.total_minor == 1250_00 + 900_00
    assert result.change_minor == 5000_00 - 2150_00
    assert t.is_empty and t.cart.cart_id != cart_id and not t.paying
    assert t.last_sale is not None and t.last_sale.receipt_number == result.receipt_number
    with shop.term.db.read() as s:
        names = s.execute(
            select(SaleLine.name).where(SaleLine.sale_id == cart_id).order_by(SaleLine.line_no)
        ).scalars()
        assert list(names) == ["Rice 5kg", "තේ කොළ 400g"]
    assert till.pending_sync_count(shop.term.ctx) > 0


def test_split_payment_card_and_cash(shop: TillShop) -> None:
    t = TillSession()
    t.add_hit(shop.rice, 2)
    result = t.pay(
        shop.term.ctx,
        shop.term.cashier,
        [PaymentRequest("CARD", 1500_00, reference="AUTH123"), PaymentRequest("CASH", 1000_00)],
    )
    assert result.change_minor == 0 and len(result.tenders) == 2
    assert _count(shop.term, Payment, Payment.sale_id == result.sale_id) == 2


def test_a_refused_checkout_keeps_the_cart(shop: TillShop) -> None:
    t = TillSession()
    t.add_hit(shop.rice)
    before = t.cart.to_dict()
    with pytest.raises(ValidationError, match="short"):
        t.pay(shop.term.ctx, shop.term.cashier, [PaymentRequest("CASH", 1000_00)])
    assert t.cart.to_dict() == before and not t.paying
    assert _count(shop.term, Sale) == 0


def test_retrying_a_checkout_does_not_sell_twice(shop: TillShop) -> None:
    t = TillSession()
    t.add_hit(shop.soap)
    cart = t.begin_payment()
    payments = [PaymentRequest("CASH", 100_00)]
    first = till.checkout_cart(shop.term.ctx, shop.term.cashier, cart, payments)
    second = till.checkout_cart(shop.term.ctx, shop.term.cashier, t.snapshot(), payments)
    assert second.replayed and second.sale_id == first.sale_id
    assert _count(shop.term, Sale) == 1


def test_the_cart_is_frozen_while_paying(shop: TillShop) -> None:
    t = TillSession()
    line = t.add_hit(shop.soap).line
    t.begin_payment()
    with pytest.raises(ValidationError, match="finish the payment"):
        t.add_hit(shop.rice)
    with pytest.raises(ValidationError, match="finish the payment"):
        t.set_quantity(line.line_id, 3)
    t.end_payment()
    t.add_hit(shop.rice)


def test_scans_resolve_and_apply(shop: TillShop) -> None:
    ctx = shop.term.ctx
    config = till.load_settings(ctx).barcode_config
    t = TillSession()
    added = t.apply_scan(till.resolve(ctx, shop.rice.barcode or "", config))
    assert added.kind == "line" and added.change is not None and added.change.kind == "added"
    again = t.apply_scan(till.resolve(ctx, shop.rice.barcode or "", config))
    assert again.change is not None and again.change.line.quantity == 2
    unknown = t.apply_scan(till.resolve(ctx, "4796000000008", config))
    assert unknown.kind == "rejected" and unknown.message and "4796000000008" in unknown.message
    card = t.apply_scan(till.resolve(ctx, CARD, config))
    assert card.kind == "customer" and t.cart.customer_id == shop.customer_id
    assert t.loyalty is not None and t.loyalty.balance == 500  # read with the same scan
    result = t.pay(ctx, shop.term.cashier, [PaymentRequest("CASH", 5000_00)])
    back = t.apply_scan(till.resolve(ctx, result.receipt_number, config))
    assert back.kind == "return" and back.receipt_number == result.receipt_number
    t.add_hit(shop.soap)
    t.begin_payment()
    busy = t.apply_scan(till.resolve(ctx, shop.soap.barcode or "", config))
    assert busy.kind == "rejected" and busy.message == "finish the payment first"
    assert [line.quantity for line in t.lines] == [1]


def test_a_weighed_product_scanned_by_its_plain_barcode_asks_for_the_weight(
    shop: TillShop,
) -> None:
    t = TillSession()
    outcome = t.apply_scan(AddProduct(shop.dhal, Decimal(1), None, "", "barcode"))
    assert outcome.needs_weight and outcome.change is not None


def test_settings_give_tax_mode_and_quick_keys(shop: TillShop) -> None:
    settings.set_setting(
        shop.term.ctx, shop.term.admin, till.QUICK_KEYS.key, {"skus": ["soap", "TEA", "GONE"]}
    )
    loaded = till.load_settings(shop.term.ctx)
    assert loaded.tax_inclusive and loaded.currency == "LKR"
    assert [hit.name for hit in loaded.quick_keys] == ["Soap bar", "තේ කොළ 400g"]


def test_search_finds_by_name_sku_and_barcode(shop: TillShop) -> None:
    ctx = shop.term.ctx
    assert [h.name for h in till.search(ctx, "ric")] == ["Rice 5kg"]
    assert [h.name for h in till.search(ctx, "soap")] == ["Soap bar"]
    assert [h.name for h in till.search(ctx, shop.tea.barcode or "")] == ["තේ කොළ 400g"]
    assert [h.name for h in till.search(ctx, "තේ")] == ["තේ කොළ 400g"]
