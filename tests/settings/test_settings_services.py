"""Settings services: store profile, taxes, rates, payment methods, drawer, notifications."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos_desktop.core.errors import (
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from pos_desktop.services.catalog_refs import tax_class_by_code
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.currency_rates import list_rates, rate_on, set_rate
from pos_desktop.services.hardware_checks import (
    DrawerConfig,
    get_drawer_config,
    kick_drawer_for_test,
    save_drawer_config,
)
from pos_desktop.services.notification_centre import centre_page, get_prefs, save_prefs
from pos_desktop.services.notifications import add_notification, mark_all_read
from pos_desktop.services.payment_settings import (
    PaymentMethodEdit,
    list_payment_methods,
    reorder_payment_methods,
    update_payment_method,
)
from pos_desktop.services.printer_config import PrinterConfig, PrinterKind, save_printer_config
from pos_desktop.services.store_profile import (
    StoreProfile,
    get_store_profile,
    update_store_profile,
)
from pos_desktop.services.tax_settings import (
    TaxClassInput,
    list_tax_settings,
    save_tax_class,
    set_tax_inclusive,
)
from pos_desktop.store.models import AuditLog, CurrencyExchangeRate, Organization
from pos_desktop.store.models.printing import PrintJob
from pos_desktop.store.models.sales import PaymentMethod
from tests.auth.clock import MovableClock, with_clock
from tests.sales.conftest import Shop, _shop_template, shop
from tests.support.terminal import Terminal

__all__ = ["_shop_template", "shop"]  # fixtures

PROFILE = StoreProfile(
    name="  Perera   Stores ",
    address="12 Galle Road\n  Colombo 03 \n",
    phone="077 123 4567",
    vat_registration_number="114567890-7000",
    receipt_header="Open 8am - 10pm",
    receipt_footer="Thank you - come again!\nExchanges within 7 days",
)


def _audits(terminal: Terminal, prefix: str) -> list[AuditLog]:
    with terminal.db.read() as s:
        return list(s.execute(select(AuditLog).where(AuditLog.action.startswith(prefix))).scalars())


# -- store profile -----------------------------------------------------------------------------
def test_store_profile_is_cleaned_saved_and_audited(terminal: Terminal) -> None:
    update_store_profile(terminal.ctx, terminal.admin, PROFILE)
    with terminal.db.read() as s:
        saved = get_store_profile(s, terminal.ctx)
    assert saved.name == "Perera Stores" and saved.address == "12 Galle Road\nColombo 03"
    assert saved.receipt_footer.endswith("Exchanges within 7 days")
    (entry,) = _audits(terminal, "store.")
    assert entry.new_values is not None and entry.new_values["name"] == "Perera Stores"
    assert entry.old_values is not None and entry.old_values["name"] == "Test Store"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "  ", "store name"),
        ("phone", "call me", "not a phone number"),
        ("vat_registration_number", "VAT#1!", "VAT registration"),
        ("receipt_footer", "\n".join("x" * 10 for _ in range(7)), "at most 6 lines"),
        ("receipt_header", "y" * 501, "500 characters"),
    ],
)
def test_bad_store_profiles_are_refused(
    terminal: Terminal, field: str, value: str, message: str
) -> None:
    import dataclasses

    with pytest.raises(ValidationError, match=message):
        update_store_profile(
            terminal.ctx, terminal.admin, dataclasses.replace(PROFILE, **{field: value})
        )
    with terminal.db.read() as s:
        assert get_store_profile(s, terminal.ctx).name == "Test Store"


def test_only_settings_managers_edit_the_profile(terminal: Terminal) -> None:
    with pytest.raises(PermissionDenied):
        update_store_profile(terminal.ctx, terminal.manager, PROFILE)


# -- taxes -------------------------------------------------------------------------------------
def test_tax_classes_create_edit_and_validate(terminal: Terminal) -> None:
    ctx, admin = terminal.ctx, terminal.admin
    result = save_tax_class(ctx, admin, TaxClassInput("vat_red", "Reduced VAT", "7.5"))
    with terminal.db.read() as s:
        inclusive, rows = list_tax_settings(s, ctx)
    assert inclusive is True
    row = next(r for r in rows if r.code == "VAT_RED")
    assert row.rate == Decimal("0.075") and row.percent == Decimal("7.5")
    for bad, message in [
        (TaxClassInput("VAT18", "Dup", "18"), "already used"),
        (TaxClassInput("bad code", "X", "1"), "tax code"),
        (TaxClassInput("NEG", "Neg", "-1"), "between 0 and 100"),
        (TaxClassInput("BIG", "Big", "100.5"), "between 0 and 100"),
        (TaxClassInput("TXT", "Text", "eighteen"), "not a number"),
        (TaxClassInput("EX2", "Ex", "5", is_exempt=True), "exempt"),
        (TaxClassInput("FINE", "Fine", "1.23456"), "4 decimal"),
    ]:
        with pytest.raises((ValidationError, ConflictError), match=message):
            save_tax_class(ctx, admin, bad)
    with pytest.raises(ValidationError, match="floating-point"):
        save_tax_class(ctx, admin, TaxClassInput("FLT", "Float", 0.18))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="cannot change"):
        save_tax_class(ctx, admin, TaxClassInput("OTHER", "Reduced", "8", id=result.tax_class_id))
    save_tax_class(ctx, admin, TaxClassInput("VAT_RED", "Reduced VAT", "8", id=result.tax_class_id))
    with terminal.db.read() as s:
        assert tax_class_by_code(s, ctx.terminal.organization_id, "VAT_RED").rate == Decimal("0.08")
    assert [a.action for a in _audits(terminal, "tax_class.")] == [
        "tax_class.create",
        "tax_class.update",
    ]


def test_a_tax_class_in_use_cannot_be_switched_off(shop: Shop) -> None:
    shop_terminal = shop.term
    ctx = shop_terminal.ctx
    with shop_terminal.db.read() as s:
        _, rows = list_tax_settings(s, ctx)
    vat = next(r for r in rows if r.code == "VAT18")
    assert vat.products > 0
    with pytest.raises(ConflictError, match="active products"):
        save_tax_class(
            ctx,
            shop_terminal.admin,
            TaxClassInput("VAT18", vat.name, "18", is_active=False, id=vat.id),
        )


def test_tax_inclusive_flag(terminal: Terminal) -> None:
    set_tax_inclusive(terminal.ctx, terminal.admin, False)
    with terminal.db.read() as s:
        org = s.get(Organization, terminal.ctx.terminal.organization_id)
        assert org is not None and org.tax_inclusive is False
    with pytest.raises(PermissionDenied):
        set_tax_inclusive(terminal.ctx, terminal.manager, True)


# -- exchange rates ----------------------------------------------------------------------------
def test_rates_by_date_as_exact_decimals(terminal: Terminal) -> None:
    clock = MovableClock(datetime(2025, 3, 10, 9, tzinfo=UTC))
    ctx = with_clock(terminal.ctx, clock)
    set_rate(ctx, terminal.admin, "usd", "300.25", date(2025, 3, 7))
    set_rate(ctx, terminal.admin, "USD", "301.10", date(2025, 3, 10))
    set_rate(ctx, terminal.admin, "EUR", "325.5", date(2025, 3, 10))
    set_rate(ctx, terminal.admin, "INR", "3.5812", date(2025, 3, 10))
    with terminal.db.read() as s:
        assert rate_on(s, ctx, "USD", date(2025, 3, 9)) == Decimal("300.25")  # the weekend
        assert rate_on(s, ctx, "USD", date(2025, 3, 10)) == Decimal("301.10")
        assert rate_on(s, ctx, "USD", date(2025, 3, 1)) is None
        assert rate_on(s, ctx, "LKR", date(2025, 3, 1)) == Decimal(1)
        rates = list_rates(s, ctx)
    assert [(r.currency, r.rate) for r in rates][:3] == [
        ("EUR", Decimal("325.5")),
        ("INR", Decimal("3.5812")),
        ("USD", Decimal("301.10")),
    ]
    assert all(r.base == "LKR" for r in rates)
    # The same day again replaces that day's rate (audited with the old value).
    set_rate(ctx, terminal.admin, "USD", "302", date(2025, 3, 10))
    with terminal.db.read() as s:
        assert rate_on(s, ctx, "USD", date(2025, 3, 10)) == Decimal("302")
        assert s.execute(select(func.count(CurrencyExchangeRate.id))).scalar_one() == 4
    last = _audits(terminal, "currency.")[-1]
    assert last.old_values is not None and last.old_values["rate"] == "301.10"


@pytest.mark.parametrize(
    ("currency", "rate", "day", "message"),
    [
        ("USD", "0", date(2025, 3, 10), "more than zero"),
        ("USD", "-3", date(2025, 3, 10), "more than zero"),
        ("USD", "abc", date(2025, 3, 10), "not a number"),
        ("USD", "1.1234567", date(2025, 3, 10), "6 decimal"),
        ("USD", "5000000", date(2025, 3, 10), "typing mistake"),
        ("USD", "1e400", date(2025, 3, 10), "large"),
        ("LKR", "1", date(2025, 3, 10), "own currency"),
        ("DOLLARS", "1", date(2025, 3, 10), "currency code"),
        ("USD", "300", date(2025, 6, 1), "days ahead"),
    ],
)
def test_bad_rates_are_refused(
    terminal: Terminal, currency: str, rate: str, day: date, message: str
) -> None:
    ctx = with_clock(terminal.ctx, MovableClock(datetime(2025, 3, 10, 9, tzinfo=UTC)))
    with pytest.raises(ValidationError, match=message):
        set_rate(ctx, terminal.admin, currency, rate, day)
    with terminal.db.read() as s:
        assert s.execute(select(func.count(CurrencyExchangeRate.id))).scalar_one() == 0


def test_a_float_rate_is_refused(terminal: Terminal) -> None:
    with pytest.raises(ValidationError, match="floating-point"):
        set_rate(terminal.ctx, terminal.admin, "USD", 300.1, date.today())  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        set_rate(terminal.ctx, terminal.manager, "USD", "300", date.today())


# -- payment methods ---------------------------------------------------------------------------
def test_payment_methods_rename_switch_and_reorder(terminal: Terminal) -> None:
    ctx, admin = terminal.ctx, terminal.admin
    with terminal.db.read() as s:
        methods = {m.code: m for m in list_payment_methods(s, ctx)}
    assert {"CASH", "CARD", "BANK_TRANSFER", "COD", "PAYHERE", "LANKAQR"} <= set(methods)
    cod = methods["COD"]
    update_payment_method(ctx, admin, cod.id, PaymentMethodEdit("  COD  (courier) ", False, False))
    with pytest.raises(ConflictError, match="cash cannot"):
        update_payment_method(
            ctx, admin, methods["CASH"].id, PaymentMethodEdit("Cash", False, True)
        )
    with pytest.raises(ValidationError, match="name"):
        update_payment_method(ctx, admin, methods["CARD"].id, PaymentMethodEdit(" ", True, False))
    order = [methods[c].id for c in ("CARD", "CASH")] + [
        m.id for m in methods.values() if m.code not in ("CARD", "CASH")
    ]
    reorder_payment_methods(ctx, admin, order)
    with pytest.raises(ValidationError, match="exactly once"):
        reorder_payment_methods(ctx, admin, order[:-1])
    with terminal.db.read() as s:
        after = list_payment_methods(s, ctx)
        row = s.get(PaymentMethod, cod.id)
    assert [m.code for m in after][:2] == ["CARD", "CASH"]
    assert row is not None and row.name == "COD (courier)" and not row.is_active
    with pytest.raises(PermissionDenied):
        reorder_payment_methods(ctx, terminal.manager, order)


# -- drawer ------------------------------------------------------------------------------------
def test_drawer_pin_and_pulse_keep_the_printer_and_test_kick_is_audited(terminal: Terminal) -> None:
    ctx = terminal.ctx
    printer = PrinterConfig(kind=PrinterKind.NETWORK, host="10.0.0.9", tcp_port=9100)
    save_printer_config(ctx, terminal.admin, printer)
    save_drawer_config(ctx, terminal.admin, DrawerConfig(pin=5, pulse_ms=200))
    assert get_drawer_config(ctx) == DrawerConfig(5, 200)
    with pytest.raises(ValidationError, match="pulse"):
        save_drawer_config(ctx, terminal.admin, DrawerConfig(pin=2, pulse_ms=900))
    with pytest.raises(ValidationError, match="pin"):
        save_drawer_config(ctx, terminal.admin, DrawerConfig(pin=3, pulse_ms=100))
    assert get_drawer_config(ctx) == DrawerConfig(5, 200)
    queued = kick_drawer_for_test(ctx, terminal.admin)
    with terminal.db.read() as s:
        job = s.get(PrintJob, queued.job_ids[0])
        assert job is not None and job.kind == "DRAWER_KICK"
    (entry,) = _audits(terminal, "drawer.")
    assert entry.user_id == terminal.admin.user_id
    with pytest.raises(PermissionDenied):
        kick_drawer_for_test(ctx, terminal.manager)


# -- notifications centre ----------------------------------------------------------------------
def _notify(
    ctx: ServiceContext, terminal: Terminal, kind: str, title: str, user: str | None
) -> None:
    with terminal.db.uow() as uow:
        add_notification(uow.session, ctx, kind, title, f"{title} details", user_id=user)
        uow.commit()


def test_centre_lists_unread_first_filters_and_respects_toggles(terminal: Terminal) -> None:
    clock = MovableClock()
    ctx = with_clock(terminal.ctx, clock)
    me = terminal.manager.user_id
    for kind, title, user in [
        ("STOCK", "Rice low", None),
        ("SYSTEM", "Sync quarantined", None),
        ("PROMOTION", "New campaign", None),
        ("STOCK", "Soap out", me),
        ("ORDER", "Someone else's", terminal.cashier.user_id),
    ]:
        clock.advance(minutes=1)
        _notify(ctx, terminal, kind, title, user)
    with terminal.db.read() as s:
        page = centre_page(s, ctx, me)
    assert [n.title for n in page.items] == ["Soap out", "Sync quarantined", "Rice low"]
    assert page.unread == 3 and page.types == ["STOCK", "SYSTEM"]  # promotions off by default
    with terminal.db.read() as s:
        first = centre_page(s, ctx, me).items[0]
    from pos_desktop.services.notifications import mark_read

    mark_read(ctx, terminal.manager, [first.id])
    with terminal.db.read() as s:
        page = centre_page(s, ctx, me)
        stock = centre_page(s, ctx, me, type_="STOCK")
    assert [n.title for n in page.items] == ["Sync quarantined", "Rice low", "Soap out"]
    assert [n.title for n in stock.items] == ["Rice low", "Soap out"] and stock.unread == 1

    save_prefs(ctx, terminal.manager, {"STOCK": False, "PROMOTION": True})
    with terminal.db.read() as s:
        assert get_prefs(s, ctx, me).hidden() == ["STOCK"]
        page = centre_page(s, ctx, me)
    assert [n.title for n in page.items] == ["New campaign", "Sync quarantined"]
    with pytest.raises(ValidationError):
        save_prefs(ctx, terminal.manager, {"GOSSIP": True})
    mark_all_read(ctx, terminal.manager)
    with terminal.db.read() as s:
        assert centre_page(s, ctx, me).unread == 0
    assert timedelta(minutes=5) == clock.now - datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
