"""First-run set-up of a terminal database: organization, store, this device, first admin."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, ValidationError
from pos_desktop.core.ids import new_id
from pos_desktop.core.permissions import Role
from pos_desktop.services.passwords import hash_secret
from pos_desktop.store.database import Database, TerminalIdentity
from pos_desktop.store.models import Device, Organization, Store, User
from pos_desktop.store.terminal import (
    DB_INSTANCE_KEY,
    THIS_DEVICE_KEY,
    set_meta,
    try_load_identity,
)


@dataclass(frozen=True, slots=True)
class StoreSetup:
    organization_name: str
    store_name: str
    admin_username: str
    admin_password: str
    admin_pin: str
    admin_name: str = "Administrator"
    store_code: str = "S01"
    device_code: str = "T01"
    currency: str = "LKR"
    timezone: str = "Asia/Colombo"
    tax_inclusive: bool = True
    vat_registration_number: str | None = None
    address: str | None = None
    phone: str | None = None


def validate_pin(pin: str) -> None:
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValidationError("a PIN is 4 to 8 digits")


def validate_password(password: str) -> None:
    if len(password) < 8:
        raise ValidationError("a password has at least 8 characters")


def _validate(spec: StoreSetup) -> None:
    for label, value in (
        ("organization name", spec.organization_name),
        ("store name", spec.store_name),
        ("admin username", spec.admin_username),
    ):
        if not value.strip():
            raise ValidationError(f"{label} is required")
    for label, code in (("store code", spec.store_code), ("device code", spec.device_code)):
        # Receipt numbers print these codes (and barcode them), so ASCII letters and digits only.
        if not (code.isascii() and code.isalnum() and 1 <= len(code) <= 8):
            raise ValidationError(f"{label} must be 1-8 letters A-Z or digits, got {code!r}")
    validate_password(spec.admin_password)
    validate_pin(spec.admin_pin)


def initialize_terminal(db: Database, spec: StoreSetup) -> TerminalIdentity:
    """Create the store and its first admin in one transaction. Refuses an initialised file."""
    _validate(spec)
    if try_load_identity(db) is not None:
        raise ConflictError(f"{db.path} is already set up; refusing to initialise it twice")
    device_id = new_id()
    db.set_device_clock(device_id)
    with db.uow() as uow:
        s = uow.session
        org = Organization(
            id=new_id(),
            name=spec.organization_name.strip(),
            currency=spec.currency,
            timezone=spec.timezone,
            tax_inclusive=spec.tax_inclusive,
        )
        store = Store(
            id=new_id(),
            organization_id=org.id,
            code=spec.store_code.upper(),
            name=spec.store_name.strip(),
            vat_registration_number=spec.vat_registration_number,
            address=spec.address,
            phone=spec.phone,
        )
        device = Device(
            id=device_id,
            organization_id=org.id,
            store_id=store.id,
            code=spec.device_code.upper(),
            name=f"Terminal {spec.device_code.upper()}",
        )
        admin = User(
            organization_id=org.id,
            username=spec.admin_username.strip().lower(),
            name=spec.admin_name,
            role=Role.ADMIN.value,
            password_hash=hash_secret(spec.admin_password),
            pin_hash=hash_secret(spec.admin_pin),
        )
        # No ORM relationships here, so flush parents before children for the foreign keys.
        for row in (org, store, device, admin):
            s.add(row)
            s.flush()
        set_meta(s, THIS_DEVICE_KEY, device_id)
        set_meta(s, DB_INSTANCE_KEY, secrets.token_hex(16))
        identity = TerminalIdentity(
            organization_id=org.id,
            store_id=store.id,
            device_id=device_id,
            store_code=store.code,
            device_code=device.code,
            currency=spec.currency,
        )
        _seed_defaults(s, identity)
        uow.commit()
    return identity


def _seed_defaults(session: Session, identity: TerminalIdentity) -> None:
    """Default rows other slices need (payment methods, a default warehouse, tax classes...)."""
    from pos_desktop.services.catalog_refs import seed_tax_classes
    from pos_desktop.services.payments import seed_payment_methods
    from pos_desktop.services.stock import seed_default_warehouse

    seed_payment_methods(session, identity.organization_id)
    seed_tax_classes(session, identity)
    seed_default_warehouse(session, identity)
