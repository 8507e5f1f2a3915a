"""Suppliers: who the store buys from (back office, permission MANAGE_PURCHASING).

Phones are kept in the E.164 form of core/phone.py (077 123 4567 is stored +94771234567), so a
search by any spelling of the number finds the supplier. Suppliers are never deleted: one that
is no longer used is deactivated (its purchase orders keep pointing at it) and can be
reactivated.

Payment terms ("30 days credit", "cash on delivery") have no column of their own yet: until
the schema has one they are kept as the first line of ``notes`` ("Payment terms: ...") and this
module is the only place that reads or writes that line.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Final

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.core.phone import normalize_phone, phone_search_digits
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.store.models.catalog import Supplier

TERMS_PREFIX: Final = "Payment terms: "
PAGE_SIZE: Final = 100


@dataclass(frozen=True, slots=True)
class SupplierDraft:
    name: str
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    payment_terms: str | None = None
    tax_number: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class SupplierView:
    id: str
    name: str
    contact_person: str | None
    phone: str | None  # E.164
    email: str | None
    address: str | None
    payment_terms: str | None
    tax_number: str | None
    notes: str | None
    is_active: bool

    def draft(self) -> SupplierDraft:
        return SupplierDraft(
            self.name,
            self.contact_person,
            self.phone,
            self.email,
            self.address,
            self.payment_terms,
            self.tax_number,
            self.notes,
        )


@dataclass(frozen=True, slots=True)
class SupplierResult:
    supplier: SupplierView
    changes: Changes


def phone_display(e164: str | None) -> str:
    """+94771234567 as "+94 77 123 4567" (other countries as stored)."""
    if not e164:
        return ""
    if e164.startswith("+94") and len(e164) == 12:
        n = e164[3:]
        return f"+94 {n[:2]} {n[2:5]} {n[5:]}"
    return e164


# -- notes with the payment terms line ---------------------------------------------------------


def _split_notes(stored: str | None) -> tuple[str | None, str | None]:
    """(payment terms, the rest of the notes) from the stored notes."""
    if not stored:
        return None, None
    first, _, rest = stored.partition("\n")
    if first.startswith(TERMS_PREFIX):
        return first[len(TERMS_PREFIX) :].strip() or None, rest.strip() or None
    return None, stored


def _join_notes(terms: str | None, notes: str | None) -> str | None:
    head = f"{TERMS_PREFIX}{terms}" if terms else None
    parts = [p for p in (head, notes) if p]
    return "\n".join(parts) or None


def view(row: Supplier) -> SupplierView:
    terms, notes = _split_notes(row.notes)
    return SupplierView(
        row.id,
        row.name,
        row.contact_person,
        row.phone,
        row.email,
        row.address,
        terms,
        row.tax_number,
        notes,
        row.is_active,
    )


# -- checks ------------------------------------------------------------------------------------


def _text(value: str | None, label: str, limit: int, *, one_line: bool = True) -> str | None:
    if value is None:
        return None
    clean = unicodedata.normalize("NFC", value).strip()
    if one_line:
        clean = " ".join(clean.split())
    if len(clean) > limit:
        raise ValidationError(f"the {label} is longer than {limit} characters")
    return clean or None


def _clean(draft: SupplierDraft) -> dict[str, str | None]:
    name = _text(draft.name, "supplier name", 200)
    if not name:
        raise ValidationError("a supplier needs a name")
    email = _text(draft.email, "email", 200)
    if email is not None:
        local, at, domain = email.partition("@")
        if not at or not local or "." not in domain or " " in email:
            raise ValidationError(f"{email!r} is not an email address")
    phone = _text(draft.phone, "phone", 40)
    terms = _text(draft.payment_terms, "payment terms", 100)
    notes = _text(draft.notes, "notes", 2000, one_line=False)
    return {
        "name": name,
        "contact_person": _text(draft.contact_person, "contact person", 200),
        "phone": normalize_phone(phone) if phone else None,
        "email": email.lower() if email else None,
        "address": _text(draft.address, "address", 500, one_line=False),
        "tax_number": _text(draft.tax_number, "tax number", 32),
        "notes": _join_notes(terms, notes),
    }


def _name_taken(s: Session, ctx: ServiceContext, name: str, other_than: str | None) -> bool:
    query = select(Supplier.id).where(
        Supplier.organization_id == ctx.terminal.organization_id,
        func.lower(Supplier.name) == name.lower(),
        Supplier.is_active.is_(True),
        Supplier.deleted_at.is_(None),
    )
    if other_than is not None:
        query = query.where(Supplier.id != other_than)
    return s.execute(query.limit(1)).first() is not None


def load_supplier(s: Session, ctx: ServiceContext, supplier_id: str) -> Supplier:
    row = s.get(Supplier, supplier_id)
    if row is None or row.organization_id != ctx.terminal.organization_id or row.deleted_at:
        raise NotFoundError("no such supplier")
    return row


# -- queries -----------------------------------------------------------------------------------


def list_suppliers(
    ctx: ServiceContext,
    actor: Actor,
    search: str = "",
    *,
    include_inactive: bool = False,
    after: tuple[str, str] | None = None,
    limit: int = PAGE_SIZE,
) -> list[SupplierView]:
    """A page of suppliers by name; ``after`` = (name, id) of the last row of the previous page.
    ``search`` matches the name, contact, email or any spelling of the phone number."""
    require(actor, Permission.MANAGE_PURCHASING)
    query = select(Supplier).where(
        Supplier.organization_id == ctx.terminal.organization_id, Supplier.deleted_at.is_(None)
    )
    if not include_inactive:
        query = query.where(Supplier.is_active.is_(True))
    text = search.strip()
    if text:
        like = f"%{text.replace('%', '').replace('_', '')}%"
        matches = [
            Supplier.name.ilike(like),
            Supplier.contact_person.ilike(like),
            Supplier.email.ilike(like),
        ]
        digits = phone_search_digits(text)
        if digits:
            matches.append(Supplier.phone.like(f"%{digits}%"))
        query = query.where(or_(*matches))
    if after is not None:
        name, sid = after
        query = query.where(
            or_(Supplier.name > name, (Supplier.name == name) & (Supplier.id > sid))
        )
    query = query.order_by(Supplier.name, Supplier.id).limit(max(1, min(limit, 500)))
    with ctx.db.read() as s:
        return [view(row) for row in s.execute(query).scalars()]


def get_supplier(ctx: ServiceContext, actor: Actor, supplier_id: str) -> SupplierView:
    require(actor, Permission.MANAGE_PURCHASING)
    with ctx.db.read() as s:
        return view(load_supplier(s, ctx, supplier_id))


# -- writes ------------------------------------------------------------------------------------


def create_supplier(ctx: ServiceContext, actor: Actor, draft: SupplierDraft) -> SupplierResult:
    require(actor, Permission.MANAGE_PURCHASING)
    values = _clean(draft)
    with ctx.db.uow() as uow:
        s = uow.session
        name = values["name"] or ""
        if _name_taken(s, ctx, name, None):
            raise ConflictError(f"there is already a supplier called {name}")
        row = Supplier(organization_id=ctx.terminal.organization_id, is_active=True, **values)
        s.add(row)
        s.flush()
        audit(s, ctx, actor, AuditEntry("supplier.create", "suppliers", row.id, None, values))
        result = view(row)
        uow.commit()
    return SupplierResult(result, Changes.of("suppliers", ids=(row.id,)))


def update_supplier(
    ctx: ServiceContext, actor: Actor, supplier_id: str, draft: SupplierDraft
) -> SupplierResult:
    require(actor, Permission.MANAGE_PURCHASING)
    values = _clean(draft)
    with ctx.db.uow() as uow:
        s = uow.session
        row = load_supplier(s, ctx, supplier_id)
        name = values["name"] or ""
        if row.is_active and _name_taken(s, ctx, name, row.id):
            raise ConflictError(f"there is already a supplier called {name}")
        old = {k: getattr(row, k) for k in values if getattr(row, k) != values[k]}
        for key in old:
            setattr(row, key, values[key])
        if old:
            row.updated_at = ctx.clock()
            s.flush()
            new = {k: values[k] for k in old}
            audit(s, ctx, actor, AuditEntry("supplier.update", "suppliers", row.id, old, new))
        result = view(row)
        uow.commit()
    return SupplierResult(result, Changes.of("suppliers", ids=(row.id,)) if old else Changes())


def set_supplier_active(
    ctx: ServiceContext, actor: Actor, supplier_id: str, active: bool
) -> SupplierResult:
    """Deactivate (hidden from lists and new orders; its orders stay) or reactivate."""
    require(actor, Permission.MANAGE_PURCHASING)
    with ctx.db.uow() as uow:
        s = uow.session
        row = load_supplier(s, ctx, supplier_id)
        if active and not row.is_active and _name_taken(s, ctx, row.name, row.id):
            raise ConflictError(f"another active supplier is called {row.name}; rename one first")
        changed = row.is_active != active
        if changed:
            row.is_active = active
            row.updated_at = ctx.clock()
            s.flush()
            action = "supplier.reactivate" if active else "supplier.deactivate"
            entry = AuditEntry(action, "suppliers", row.id, {"is_active": not active})
            entry.new_values = {"is_active": active}
            audit(s, ctx, actor, entry)
        result = view(row)
        uow.commit()
    return SupplierResult(result, Changes.of("suppliers", ids=(row.id,)) if changed else Changes())
