"""Tax classes (code, name, rate, exempt, active) and whether shelf prices include tax.

Rates are typed in percent as text ("18", "2.5") and stored as the fraction the model keeps
(``Decimal("0.18")``), exactly. Rules:
- a code is 1-16 of A-Z 0-9 _ and unique in the organization; it is what sales record, so it
  cannot be changed once the class exists (make a new class instead);
- a rate is 0 to 100 percent with at most 4 decimals; an exempt class has rate 0;
- a class that active products still use cannot be deactivated (they would sell untaxed);
- prices tax-inclusive or not is the organization's ``tax_inclusive`` flag; it applies to
  sales made after the change (each sale keeps the flag it was made with).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import (
    Actor,
    AuditEntry,
    Changes,
    ServiceContext,
    audit,
    require,
)
from pos_desktop.services.currency_rates import parse_decimal
from pos_desktop.store.models import Organization
from pos_desktop.store.models.catalog import Product, TaxClass

_CODE: Final = re.compile(r"^[A-Z0-9_]{1,16}$")
HUNDRED: Final = Decimal(100)


@dataclass(frozen=True, slots=True)
class TaxClassRow:
    id: str
    code: str
    name: str
    rate: Decimal  # fraction
    is_exempt: bool
    is_active: bool
    products: int  # active products using it

    @property
    def percent(self) -> Decimal:
        return (self.rate * HUNDRED).normalize() if self.rate else Decimal(0)


@dataclass(frozen=True, slots=True)
class TaxClassInput:
    code: str
    name: str
    percent: str | Decimal
    is_exempt: bool = False
    is_active: bool = True
    id: str | None = None  # None: a new class


@dataclass(frozen=True, slots=True)
class TaxResult:
    tax_class_id: str | None
    changes: Changes


def _active_products(session: Session, tax_class_id: str) -> int:
    return int(
        session.execute(
            select(func.count(Product.id)).where(
                Product.tax_class_id == tax_class_id,
                Product.status == "ACTIVE",
                Product.deleted_at.is_(None),
            )
        ).scalar_one()
    )


def list_tax_settings(session: Session, ctx: ServiceContext) -> tuple[bool, list[TaxClassRow]]:
    """(prices include tax?, every tax class with the number of active products using it)."""
    org = session.get(Organization, ctx.terminal.organization_id)
    inclusive = bool(org.tax_inclusive) if org is not None else True
    used: dict[str | None, int] = {
        tax_class_id: int(count)
        for tax_class_id, count in session.execute(
            select(Product.tax_class_id, func.count(Product.id))
            .where(Product.status == "ACTIVE", Product.deleted_at.is_(None))
            .group_by(Product.tax_class_id)
        )
    }
    rows = session.execute(
        select(TaxClass)
        .where(TaxClass.organization_id == ctx.terminal.organization_id)
        .order_by(TaxClass.is_active.desc(), TaxClass.code)
    ).scalars()
    return inclusive, [
        TaxClassRow(t.id, t.code, t.name, t.rate, t.is_exempt, t.is_active, used.get(t.id, 0))
        for t in rows
    ]


def _validated(spec: TaxClassInput) -> tuple[str, str, Decimal]:
    code = spec.code.strip().upper()
    if not _CODE.match(code):
        raise ValidationError("a tax code is 1-16 capital letters, digits or _ (e.g. VAT18)")
    name = " ".join(spec.name.split())
    if not name or len(name) > 100:
        raise ValidationError("a tax class needs a name of 1-100 characters")
    percent = parse_decimal(spec.percent, "the tax rate", places=4)
    if not Decimal(0) <= percent <= HUNDRED:
        raise ValidationError("a tax rate is between 0 and 100 percent")
    if spec.is_exempt and percent != 0:
        raise ValidationError("an exempt class charges no tax: its rate must be 0")
    return code, name, percent / HUNDRED


def save_tax_class(ctx: ServiceContext, actor: Actor, spec: TaxClassInput) -> TaxResult:
    """Create a tax class or edit one (MANAGE_SETTINGS; audited)."""
    require(actor, Permission.MANAGE_SETTINGS)
    code, name, rate = _validated(spec)
    org_id = ctx.terminal.organization_id
    with ctx.db.uow() as uow:
        s = uow.session
        clash = s.execute(
            select(TaxClass.id).where(TaxClass.organization_id == org_id, TaxClass.code == code)
        ).scalar_one_or_none()
        if spec.id is None:
            if clash is not None:
                raise ConflictError(f"the tax code {code} is already used")
            row = TaxClass(organization_id=org_id, code=code, name=name, rate=rate)
            row.is_exempt, row.is_active = spec.is_exempt, spec.is_active
            s.add(row)
            s.flush()
            old = None
        else:
            found = s.get(TaxClass, spec.id)
            if found is None or found.organization_id != org_id:
                raise NotFoundError("no such tax class")
            row = found
            if code != row.code:
                raise ValidationError("a tax code cannot change once sales may carry it")
            if row.is_active and not spec.is_active:
                users = _active_products(s, row.id)
                if users:
                    raise ConflictError(
                        f"{users} active products use {row.code}: move them to another "
                        "tax class first"
                    )
            old = {
                "name": row.name,
                "rate": str(row.rate),
                "is_exempt": row.is_exempt,
                "is_active": row.is_active,
            }
            row.name, row.rate = name, rate
            row.is_exempt, row.is_active = spec.is_exempt, spec.is_active
        new = {
            "code": code,
            "name": name,
            "rate": str(rate),
            "is_exempt": spec.is_exempt,
            "is_active": spec.is_active,
        }
        action = "tax_class.create" if old is None else "tax_class.update"
        audit(s, ctx, actor, AuditEntry(action, "tax_class", row.id, old, new))
        uow.commit()
        row_id = row.id
    return TaxResult(row_id, Changes.of("tax_classes", ids=(row_id,)))


def set_tax_inclusive(ctx: ServiceContext, actor: Actor, inclusive: bool) -> TaxResult:
    """Whether shelf prices include tax (for sales made from now on)."""
    require(actor, Permission.MANAGE_SETTINGS)
    with ctx.db.uow() as uow:
        s = uow.session
        org = s.get(Organization, ctx.terminal.organization_id)
        if org is None:
            raise NotFoundError("this terminal's organization is missing")
        old = bool(org.tax_inclusive)
        org.tax_inclusive = bool(inclusive)
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "organization.tax_inclusive",
                "organization",
                org.id,
                {"tax_inclusive": old},
                {"tax_inclusive": bool(inclusive)},
            ),
        )
        uow.commit()
    return TaxResult(None, Changes.of("organizations", "tax_classes"))
