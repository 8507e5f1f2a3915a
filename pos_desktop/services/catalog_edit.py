"""Catalog writes: create, update, reprice and deactivate products; add variants.

Every service requires MANAGE_CATALOG, validates everything before writing (so a refusal writes
nothing), and audits: product creation, every price change (old and new price), deactivation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.services import product_rules as rules
from pos_desktop.services.catalog_refs import DEFAULT_TAX_CLASS, tax_class_by_code
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.store.models.catalog import (
    Category,
    Product,
    ProductStatus,
    ProductVariant,
    Supplier,
    TaxClass,
)


@dataclass(frozen=True, slots=True)
class ProductDraft:
    """Everything a manager edits on a product. ``update_product`` replaces all of it, so an
    edit form loads ``draft_of(get_product(...))`` and changes fields with dataclasses.replace."""

    sku: str
    name: str
    price_minor: int
    barcode: str | None = None
    cost_minor: int | None = None
    category_id: str | None = None
    tax_class_code: str = DEFAULT_TAX_CLASS
    is_weighed: bool = False
    unit: str | None = None  # None: kg when weighed, else pcs
    status: str = ProductStatus.ACTIVE.value
    item_code: str | None = None
    stock_threshold_milli: int | None = None
    supplier_id: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    # Paths relative to the data directory (catalog_admin.import_image); None keeps what the
    # product has, so a draft built without images (CSV import) never erases them.
    images: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class VariantView:
    id: str
    name: str
    value: str
    sku: str | None
    barcode: str | None
    price_minor: int | None
    is_active: bool


@dataclass(frozen=True, slots=True)
class ProductDetails:
    id: str
    sku: str
    name: str
    price_minor: int
    currency: str
    barcode: str | None
    cost_minor: int | None
    category_id: str | None
    tax_class_id: str | None
    tax_class_code: str | None
    is_weighed: bool
    unit: str
    status: str
    item_code: str | None
    stock_threshold_milli: int | None
    supplier_id: str | None
    description: str | None
    tags: tuple[str, ...]
    deleted: bool
    variants: tuple[VariantView, ...] = field(default=())
    images: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ProductResult:
    product: ProductDetails
    changes: Changes


def get_product(session: Session, product_id: str) -> ProductDetails | None:
    p = session.get(Product, product_id)
    if p is None:
        return None
    tax = session.get(TaxClass, p.tax_class_id) if p.tax_class_id else None
    variants = session.execute(
        select(ProductVariant)
        .where(ProductVariant.product_id == p.id)
        .order_by(ProductVariant.sort_order, ProductVariant.id)
    ).scalars()
    return ProductDetails(
        id=p.id,
        sku=p.sku,
        name=p.name,
        price_minor=p.price_minor,
        currency=p.currency,
        barcode=p.barcode,
        cost_minor=p.cost_minor,
        category_id=p.category_id,
        tax_class_id=p.tax_class_id,
        tax_class_code=tax.code if tax else None,
        is_weighed=p.is_weighed,
        unit=p.unit,
        status=p.status,
        item_code=p.item_code,
        stock_threshold_milli=p.stock_threshold_milli,
        supplier_id=p.supplier_id,
        description=p.description,
        tags=tuple(p.tags or ()),
        deleted=p.deleted_at is not None,
        variants=tuple(
            VariantView(v.id, v.name, v.value, v.sku, v.barcode, v.price_minor, v.is_active)
            for v in variants
        ),
        images=tuple(str(i) for i in (p.images or ())),
    )


def draft_of(details: ProductDetails) -> ProductDraft:
    return ProductDraft(
        sku=details.sku,
        name=details.name,
        price_minor=details.price_minor,
        barcode=details.barcode,
        cost_minor=details.cost_minor,
        category_id=details.category_id,
        tax_class_code=details.tax_class_code or DEFAULT_TAX_CLASS,
        is_weighed=details.is_weighed,
        unit=details.unit,
        status=details.status,
        item_code=details.item_code,
        stock_threshold_milli=details.stock_threshold_milli,
        supplier_id=details.supplier_id,
        description=details.description,
        tags=details.tags,
        images=details.images,
    )


def barcode_owner(
    session: Session, barcode: str, *, except_product: str | None = None
) -> str | None:
    """SKU of another live product (or of a variant's product) already using ``barcode``."""
    own = [] if except_product is None else [Product.id != except_product]
    p = session.execute(
        select(Product.sku).where(Product.barcode == barcode, Product.deleted_at.is_(None), *own)
    ).first()
    if p is not None:
        return str(p[0])
    v = session.execute(
        select(Product.sku)
        .join(ProductVariant, ProductVariant.product_id == Product.id)
        .where(ProductVariant.barcode == barcode, Product.deleted_at.is_(None), *own)
    ).first()
    return None if v is None else str(v[0])


def _clean(
    session: Session, ctx: ServiceContext, d: ProductDraft, pid: str | None
) -> dict[str, Any]:
    """Validated column values for ``d``; raises before anything is written."""
    org = ctx.terminal.organization_id
    values: dict[str, Any] = {
        "sku": rules.clean_sku(d.sku),
        "name": rules.clean_name(d.name),
        "price_minor": rules.check_price_minor("price", d.price_minor),
        "cost_minor": None
        if d.cost_minor is None
        else rules.check_price_minor("cost", d.cost_minor),
        "barcode": rules.clean_barcode(d.barcode),
        "item_code": rules.clean_item_code(d.item_code),
        "is_weighed": bool(d.is_weighed),
        "unit": rules.clean_unit(d.unit, d.is_weighed),
        "status": rules.clean_status(d.status),
        "tax_class_id": tax_class_by_code(session, org, d.tax_class_code).id,
        "description": d.description,
        "tags": [rules.nfc(t.strip()) for t in d.tags if t.strip()],
    }
    if d.images is not None:
        values["images"] = [rules.clean_image_path(i) for i in d.images]
    if d.stock_threshold_milli is not None and d.stock_threshold_milli < 0:
        raise ValidationError("the low-stock level cannot be negative")
    values["stock_threshold_milli"] = d.stock_threshold_milli
    category = session.get(Category, d.category_id) if d.category_id else None
    if d.category_id and (category is None or category.organization_id != org):
        raise NotFoundError("the category does not exist")
    supplier = session.get(Supplier, d.supplier_id) if d.supplier_id else None
    if d.supplier_id and (supplier is None or supplier.organization_id != org):
        raise NotFoundError("the supplier does not exist")
    values["category_id"] = d.category_id or None
    values["supplier_id"] = d.supplier_id or None
    other = session.execute(
        select(Product.id).where(Product.sku == values["sku"], Product.organization_id == org)
    ).scalar_one_or_none()
    if other is not None and other != pid:
        raise ConflictError(f"SKU {values['sku']} is already used by another product")
    if values["barcode"] and (
        owner := barcode_owner(session, values["barcode"], except_product=pid)
    ):
        raise ConflictError(f"barcode {values['barcode']} is already used by {owner}")
    if values["item_code"]:
        own = [] if pid is None else [Product.id != pid]
        holder = session.execute(
            select(Product.sku).where(
                Product.item_code == values["item_code"], Product.organization_id == org, *own
            )
        ).first()
        if holder is not None:
            raise ConflictError(f"item code {values['item_code']} is already used by {holder[0]}")
    return values


def price_audit(
    session: Session, ctx: ServiceContext, actor: Actor, p: Product, old: int, reason: str | None
) -> None:
    audit(
        session,
        ctx,
        actor,
        AuditEntry(
            "product.price_change",
            "products",
            p.id,
            {"price_minor": old, "currency": p.currency},
            {"price_minor": p.price_minor, "currency": p.currency, "sku": p.sku},
            reason=reason,
        ),
    )


def create_product(ctx: ServiceContext, actor: Actor, draft: ProductDraft) -> ProductResult:
    require(actor, Permission.MANAGE_CATALOG)
    with ctx.db.uow() as uow:
        s = uow.session
        values = _clean(s, ctx, draft, None)
        now = ctx.clock()
        p = Product(
            organization_id=ctx.terminal.organization_id,
            currency=ctx.terminal.currency,
            created_by_id=actor.user_id,
            updated_by_id=actor.user_id,
            created_at=now,
            updated_at=now,
            **values,
        )
        s.add(p)
        s.flush()
        new_values = {k: values[k] for k in ("sku", "name", "price_minor", "barcode")}
        audit(s, ctx, actor, AuditEntry("product.create", "products", p.id, None, new_values))
        details = get_product(s, p.id)
        uow.commit()
    assert details is not None
    return ProductResult(details, Changes.of("products", ids=(p.id,)))


def _load(s: Session, ctx: ServiceContext, product_id: str) -> Product:
    p = s.get(Product, product_id)
    if p is None or p.organization_id != ctx.terminal.organization_id or p.deleted_at:
        raise NotFoundError("no such product")
    return p


def update_product(
    ctx: ServiceContext,
    actor: Actor,
    product_id: str,
    draft: ProductDraft,
    *,
    reason: str | None = None,
) -> ProductResult:
    """Replace the product's editable fields with ``draft``; a price change is audited."""
    require(actor, Permission.MANAGE_CATALOG)
    with ctx.db.uow() as uow:
        s = uow.session
        p = _load(s, ctx, product_id)
        values = _clean(s, ctx, draft, p.id)
        old_price = p.price_minor
        changed = {k: v for k, v in values.items() if getattr(p, k) != v}
        for key, value in changed.items():
            setattr(p, key, value)
        if changed:
            p.updated_by_id = actor.user_id
            p.updated_at = ctx.clock()
            s.flush()
        if p.price_minor != old_price:
            price_audit(s, ctx, actor, p, old_price, reason)
        details = get_product(s, p.id)
        uow.commit()
    assert details is not None
    return ProductResult(details, Changes.of("products", ids=(p.id,)) if changed else Changes())


def set_price(
    ctx: ServiceContext,
    actor: Actor,
    product_id: str,
    price_minor: int,
    *,
    reason: str | None = None,
) -> ProductResult:
    with ctx.db.read() as s:
        current = get_product(s, product_id)
    if current is None or current.deleted:
        raise NotFoundError("no such product")
    return update_product(
        ctx, actor, product_id, replace(draft_of(current), price_minor=price_minor), reason=reason
    )


def deactivate_product(
    ctx: ServiceContext, actor: Actor, product_id: str, *, reason: str | None = None
) -> ProductResult:
    """Stop selling a product (status INACTIVE): scans and search no longer find it; its
    history and stock ledger stay. Reactivate with update_product(status="ACTIVE")."""
    require(actor, Permission.MANAGE_CATALOG)
    with ctx.db.uow() as uow:
        s = uow.session
        p = _load(s, ctx, product_id)
        old = p.status
        if old != ProductStatus.INACTIVE.value:
            p.status = ProductStatus.INACTIVE.value
            p.updated_by_id = actor.user_id
            p.updated_at = ctx.clock()
            entry = AuditEntry(
                "product.deactivate", "products", p.id, {"status": old}, {"status": p.status}
            )
            entry.reason = reason
            audit(s, ctx, actor, entry)
            s.flush()
        details = get_product(s, p.id)
        uow.commit()
    assert details is not None
    return ProductResult(details, Changes.of("products", ids=(p.id,)))


@dataclass(frozen=True, slots=True)
class VariantDraft:
    name: str  # e.g. "Size"
    value: str  # e.g. "1 kg"
    sku: str | None = None
    barcode: str | None = None
    price_minor: int | None = None  # None: the product's price


def clean_variant(
    draft: VariantDraft,
) -> tuple[str, str, str | None, str | None, int | None]:
    """A variant draft's (name, value, sku, barcode, price) checked and normalised; raises
    ValidationError before anything is written."""
    name, value = rules.nfc(draft.name.strip()), rules.nfc(draft.value.strip())
    if not name or not value or len(name) > 100 or len(value) > 100:
        raise ValidationError("a variant needs a name and a value of at most 100 characters")
    sku = rules.clean_sku(draft.sku) if draft.sku and draft.sku.strip() else None
    barcode = rules.clean_barcode(draft.barcode)
    price = (
        None if draft.price_minor is None else rules.check_price_minor("price", draft.price_minor)
    )
    return name, value, sku, barcode, price


def add_variant(
    ctx: ServiceContext, actor: Actor, product_id: str, draft: VariantDraft
) -> ProductResult:
    require(actor, Permission.MANAGE_CATALOG)
    name, value, sku, barcode, price = clean_variant(draft)
    with ctx.db.uow() as uow:
        s = uow.session
        p = _load(s, ctx, product_id)
        if barcode and (owner := barcode_owner(s, barcode)):
            raise ConflictError(f"barcode {barcode} is already used by {owner}")
        if sku and s.execute(select(ProductVariant.id).where(ProductVariant.sku == sku)).first():
            raise ConflictError(f"variant SKU {sku} is already used")
        s.add(
            ProductVariant(
                organization_id=p.organization_id,
                product_id=p.id,
                name=name,
                value=value,
                sku=sku,
                barcode=barcode,
                price_minor=price,
            )
        )
        s.flush()
        audit(
            s,
            ctx,
            actor,
            AuditEntry("product.variant_add", "products", p.id, None, {"value": value, "sku": sku}),
        )
        details = get_product(s, p.id)
        uow.commit()
    assert details is not None
    return ProductResult(details, Changes.of("products", "product_variants", ids=(p.id,)))
