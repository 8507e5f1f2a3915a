"""Catalog reference data: tax classes, categories (a tree) and suppliers."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.services.product_rules import nfc, slugify
from pos_desktop.store.database import TerminalIdentity
from pos_desktop.store.models.catalog import Category, Supplier, TaxClass

DEFAULT_TAX_CLASS: Final = "VAT18"
CATEGORY_SEPARATOR: Final = " > "

# Sri Lanka: standard VAT 18 %; zero-rated supplies (exports, some essentials) are VAT-able at
# 0 %; exempt supplies are outside VAT altogether (fresh produce, medicine...).
DEFAULT_TAX_CLASSES: Final = (
    ("VAT18", "VAT 18%", Decimal("0.18"), False),
    ("ZERO", "Zero-rated", Decimal("0"), False),
    ("EXEMPT", "Exempt", Decimal("0"), True),
)


@dataclass(frozen=True, slots=True)
class TaxClassView:
    id: str
    code: str
    name: str
    rate: Decimal
    is_exempt: bool


@dataclass(frozen=True, slots=True)
class CategoryResult:
    category_id: str
    path: str
    changes: Changes


@dataclass(frozen=True, slots=True)
class SupplierResult:
    supplier_id: str
    changes: Changes


def seed_tax_classes(session: Session, identity: TerminalIdentity) -> None:
    """Default tax classes of a new organization (called by services.setup)."""
    for code, name, rate, exempt in DEFAULT_TAX_CLASSES:
        session.add(
            TaxClass(
                organization_id=identity.organization_id,
                code=code,
                name=name,
                rate=rate,
                is_exempt=exempt,
            )
        )
    session.flush()


def list_tax_classes(session: Session, organization_id: str) -> list[TaxClassView]:
    rows = session.execute(
        select(TaxClass)
        .where(TaxClass.organization_id == organization_id, TaxClass.is_active.is_(True))
        .order_by(TaxClass.code)
    ).scalars()
    return [TaxClassView(t.id, t.code, t.name, t.rate, t.is_exempt) for t in rows]


def tax_class_by_code(session: Session, organization_id: str, code: str) -> TaxClass:
    row = session.execute(
        select(TaxClass).where(
            TaxClass.organization_id == organization_id,
            func.upper(TaxClass.code) == code.strip().upper(),
            TaxClass.is_active.is_(True),
        )
    ).scalar_one_or_none()
    if row is None:
        raise ValidationError(f"unknown tax class {code!r}")
    return row


def _category_named(
    session: Session, organization_id: str, name: str, parent_id: str | None
) -> Category | None:
    query = select(Category).where(
        Category.organization_id == organization_id,
        func.lower(Category.name) == name.lower(),
        Category.parent_id.is_(None) if parent_id is None else Category.parent_id == parent_id,
    )
    return session.execute(query.limit(1)).scalar_one_or_none()


def _unique_slug(session: Session, organization_id: str, name: str) -> str:
    base = slugify(name)
    slug, n = base, 1
    while session.execute(
        select(Category.id).where(
            Category.organization_id == organization_id, Category.slug == slug
        )
    ).first():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _new_category(
    session: Session, organization_id: str, name: str, parent_id: str | None, sort_order: int = 0
) -> Category:
    row = Category(
        organization_id=organization_id,
        name=name,
        slug=_unique_slug(session, organization_id, name),
        parent_id=parent_id,
        sort_order=sort_order,
    )
    session.add(row)
    session.flush()
    return row


def _split_path(path: str) -> list[str]:
    parts = [nfc(" ".join(p.split())) for p in path.split(CATEGORY_SEPARATOR.strip())]
    if not parts or any(not p for p in parts):
        raise ValidationError(f"category {path!r} has an empty name")
    if any(len(p) > 200 for p in parts):
        raise ValidationError("a category name is longer than 200 characters")
    return parts


def ensure_category_path(session: Session, organization_id: str, path: str) -> str:
    """Id of the category 'Food > Dairy' (names case-insensitive), creating missing levels.
    Never commits; the caller's service checks permissions."""
    parent_id: str | None = None
    for name in _split_path(path):
        found = _category_named(session, organization_id, name, parent_id)
        parent_id = (found or _new_category(session, organization_id, name, parent_id)).id
    assert parent_id is not None
    return parent_id


def category_path(session: Session, category_id: str | None) -> str:
    """'Food > Dairy' for a category id ('' for None); stops on a cycle or a missing parent."""
    names: list[str] = []
    seen: set[str] = set()
    current = category_id
    while current is not None and current not in seen:
        seen.add(current)
        row = session.get(Category, current)
        if row is None:
            break
        names.append(row.name)
        current = row.parent_id
    return CATEGORY_SEPARATOR.join(reversed(names))


def create_category(
    ctx: ServiceContext,
    actor: Actor,
    name: str,
    *,
    parent_id: str | None = None,
    sort_order: int = 0,
) -> CategoryResult:
    require(actor, Permission.MANAGE_CATALOG)
    (clean,) = _split_path(name.replace(CATEGORY_SEPARATOR.strip(), " "))
    org = ctx.terminal.organization_id
    with ctx.db.uow() as uow:
        s = uow.session
        if parent_id is not None:
            parent = s.get(Category, parent_id)
            if parent is None or parent.organization_id != org:
                raise NotFoundError("the parent category does not exist")
        if _category_named(s, org, clean, parent_id) is not None:
            raise ConflictError(f"category {clean!r} already exists there")
        row = _new_category(s, org, clean, parent_id, sort_order)
        audit(
            s,
            ctx,
            actor,
            AuditEntry("category.create", "categories", row.id, None, {"name": clean}),
        )
        path = category_path(s, row.id)
        uow.commit()
    return CategoryResult(row.id, path, Changes.of("categories", ids=(row.id,)))


def create_supplier(
    ctx: ServiceContext,
    actor: Actor,
    name: str,
    *,
    contact_person: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    address: str | None = None,
) -> SupplierResult:
    require(actor, Permission.MANAGE_CATALOG)
    clean = nfc(" ".join(name.split()))
    if not clean or len(clean) > 200:
        raise ValidationError("a supplier needs a name of at most 200 characters")
    if email and "@" not in email:
        raise ValidationError(f"{email!r} is not an email address")
    with ctx.db.uow() as uow:
        s = uow.session
        row = Supplier(
            organization_id=ctx.terminal.organization_id,
            name=clean,
            contact_person=contact_person,
            email=email,
            phone=phone,
            address=address,
        )
        s.add(row)
        s.flush()
        audit(
            s, ctx, actor, AuditEntry("supplier.create", "suppliers", row.id, None, {"name": clean})
        )
        uow.commit()
    return SupplierResult(row.id, Changes.of("suppliers", ids=(row.id,)))
