"""The store's profile: name, address, phone, VAT registration number, receipt header and footer.

Receipts read these from the ``stores`` row (services/receipt_builder.py): the header lines print
under the store's name and address, the footer at the bottom (an empty footer falls back to the
``receipt.footer`` setting). A store row is HQ reference data; editing it here is an ordinary
synced write, audited with old and new values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Final

from sqlalchemy.orm import Session

from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.core.phone import normalize_phone
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
    require,
)
from pos_desktop.store.models import Store

MAX_RECEIPT_LINES: Final = 6
# Sri Lankan VAT numbers are written "123456789-7000"; other forms (TIN, letters) are allowed,
# but only characters a receipt printer's code page has.
_VAT: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 /\-]{3,31}$")


@dataclass(frozen=True, slots=True)
class StoreProfile:
    name: str
    address: str = ""
    phone: str = ""
    vat_registration_number: str = ""
    receipt_header: str = ""
    receipt_footer: str = ""


@dataclass(frozen=True, slots=True)
class StoreProfileResult:
    profile: StoreProfile
    changes: Changes


def _store(session: Session, ctx: ServiceContext) -> Store:
    store = session.get(Store, ctx.terminal.store_id)
    if store is None:
        raise NotFoundError("this terminal's store is missing")
    return store


def get_store_profile(session: Session, ctx: ServiceContext) -> StoreProfile:
    s = _store(session, ctx)
    return StoreProfile(
        s.name,
        s.address or "",
        s.phone or "",
        s.vat_registration_number or "",
        s.receipt_header or "",
        s.receipt_footer or "",
    )


def _lines(text: str, what: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    if len(lines) > MAX_RECEIPT_LINES:
        raise ValidationError(f"the receipt {what} has at most {MAX_RECEIPT_LINES} lines")
    joined = "\n".join(lines)
    if len(joined) > 500:
        raise ValidationError(f"the receipt {what} is at most 500 characters")
    return joined


def validate_profile(profile: StoreProfile) -> StoreProfile:
    """The profile cleaned (trimmed, phone normalised) or ValidationError."""
    name = " ".join(profile.name.split())
    if not name or len(name) > 200:
        raise ValidationError("a store name of 1-200 characters is required")
    address = "\n".join(x.strip() for x in profile.address.strip().splitlines() if x.strip())
    if len(address) > 500:
        raise ValidationError("the address is at most 500 characters")
    phone = profile.phone.strip()
    if phone:
        normalize_phone(phone)  # refuses what is not a phone number; stored as typed
        if len(phone) > 32:
            raise ValidationError("the phone number is at most 32 characters")
    vat = profile.vat_registration_number.strip()
    if vat and not _VAT.match(vat):
        raise ValidationError(
            "a VAT registration number is 4-32 letters, digits, spaces, '-' or '/' "
            "(e.g. 123456789-7000)"
        )
    return StoreProfile(
        name,
        address,
        phone,
        vat,
        _lines(profile.receipt_header, "header"),
        _lines(profile.receipt_footer, "footer"),
    )


def update_store_profile(
    ctx: ServiceContext, actor: Actor, profile: StoreProfile
) -> StoreProfileResult:
    require(actor, Permission.MANAGE_SETTINGS)
    clean = validate_profile(profile)
    with ctx.db.uow() as uow:
        s = uow.session
        store = _store(s, ctx)
        old = get_store_profile(s, ctx)
        store.name = clean.name
        store.address = clean.address or None
        store.phone = clean.phone or None
        store.vat_registration_number = clean.vat_registration_number or None
        store.receipt_header = clean.receipt_header or None
        store.receipt_footer = clean.receipt_footer or None
        changed = [
            f.name for f in fields(StoreProfile) if getattr(old, f.name) != getattr(clean, f.name)
        ]
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "store.update_profile",
                "store",
                store.id,
                old_values={k: getattr(old, k) for k in changed},
                new_values={k: getattr(clean, k) for k in changed},
            ),
        )
        uow.commit()
    return StoreProfileResult(clean, Changes.of("stores", ids=(ctx.terminal.store_id,)))
