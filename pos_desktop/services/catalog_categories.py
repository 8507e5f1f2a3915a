"""The category tree in the back office: list with product counts, rename, move, deactivate.

Creating a category is ``catalog_refs.create_category``. Rules here:
- a name is unique among its siblings (case-insensitive) and has no '>' (the path separator);
- a move never makes a category its own ancestor (refused, nothing written);
- deactivating refuses while live products or active sub-categories use the category, unless
  the manager names a category to move its products to (then both happen in one transaction);
  an inactive category disappears from the editor's picker, its history stays.
Counts are direct (products whose category is this one) and total (the whole subtree), live
products only.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.services.catalog_refs import CATEGORY_SEPARATOR, category_path
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.services.product_rules import nfc
from pos_desktop.store.models.catalog import Category, Product


@dataclass(frozen=True, slots=True)
class CategoryNode:
    id: str
    name: str
    parent_id: str | None
    is_active: bool
    sort_order: int
    direct_products: int
    total_products: int  # this category and every sub-category


@dataclass(frozen=True, slots=True)
class CategoryChange:
    category_id: str
    moved_products: int
    changes: Changes


def _children(rows: list[Category]) -> dict[str | None, list[Category]]:
    out: dict[str | None, list[Category]] = {}
    for row in rows:
        out.setdefault(row.parent_id, []).append(row)
    return out


def descendants(session: Session, organization_id: str, category_id: str) -> list[str]:
    """``category_id`` and every category below it (a cycle in pulled data cannot loop)."""
    parents = {
        cid: parent
        for cid, parent in session.execute(
            select(Category.id, Category.parent_id).where(
                Category.organization_id == organization_id
            )
        )
    }
    kids: dict[str | None, list[str]] = {}
    for cid, parent in parents.items():
        kids.setdefault(parent, []).append(cid)
    out, todo, seen = [], [category_id], set()
    while todo:
        cid = todo.pop()
        if cid in seen:
            continue
        seen.add(cid)
        out.append(cid)
        todo.extend(kids.get(cid, ()))
    return out


def category_tree(
    session: Session, organization_id: str, *, with_counts: bool = True
) -> list[CategoryNode]:
    """Every category (active or not) with its product counts (one grouped index read; zeros
    when ``with_counts`` is False), parents before children."""
    rows = list(
        session.execute(
            select(Category)
            .where(Category.organization_id == organization_id)
            .order_by(Category.sort_order, Category.name)
        ).scalars()
    )
    counts: dict[str | None, int] = {}
    if with_counts:
        counts = {
            cid: n
            for cid, n in session.execute(
                select(Product.category_id, func.count())
                .where(Product.deleted_at.is_(None), Product.category_id.is_not(None))
                .group_by(Product.category_id)
            )
        }
    kids = _children(rows)
    known = {r.id for r in rows}
    totals: dict[str, int] = {}

    def total(row: Category, path: frozenset[str]) -> int:
        if row.id in totals:
            return totals[row.id]
        value = counts.get(row.id, 0) + sum(
            total(k, path | {row.id}) for k in kids.get(row.id, ()) if k.id not in path
        )
        totals[row.id] = value
        return value

    ordered: list[CategoryNode] = []
    seen: set[str] = set()

    def walk(row: Category) -> None:
        if row.id in seen:
            return
        seen.add(row.id)
        ordered.append(
            CategoryNode(
                row.id,
                row.name,
                row.parent_id,
                row.is_active,
                row.sort_order,
                counts.get(row.id, 0),
                total(row, frozenset()),
            )
        )
        for kid in kids.get(row.id, ()):
            walk(kid)

    for row in rows:  # roots, and orphans whose parent did not arrive (yet)
        if row.parent_id is None or row.parent_id not in known:
            walk(row)
    for row in rows:  # anything left sits on a cycle: list it rather than hide it
        walk(row)
    return ordered


def _load(s: Session, ctx: ServiceContext, category_id: str) -> Category:
    row = s.get(Category, category_id)
    if row is None or row.organization_id != ctx.terminal.organization_id:
        raise NotFoundError("no such category")
    return row


def _clean_name(name: str) -> str:
    text = nfc(" ".join(name.split()))
    if not text:
        raise ValidationError("a category needs a name")
    if CATEGORY_SEPARATOR.strip() in text:
        raise ValidationError(f"a category name cannot contain {CATEGORY_SEPARATOR.strip()!r}")
    if len(text) > 200:
        raise ValidationError("a category name is longer than 200 characters")
    return text


def _check_sibling_name(s: Session, row: Category, name: str, parent_id: str | None) -> None:
    clash = s.execute(
        select(Category.id).where(
            Category.organization_id == row.organization_id,
            func.lower(Category.name) == name.lower(),
            Category.parent_id.is_(None) if parent_id is None else Category.parent_id == parent_id,
            Category.id != row.id,
        )
    ).first()
    if clash is not None:
        raise ConflictError(f"category {name!r} already exists there")


def rename_category(
    ctx: ServiceContext, actor: Actor, category_id: str, name: str
) -> CategoryChange:
    require(actor, Permission.MANAGE_CATALOG)
    clean = _clean_name(name)
    with ctx.db.uow() as uow:
        s = uow.session
        row = _load(s, ctx, category_id)
        _check_sibling_name(s, row, clean, row.parent_id)
        old = row.name
        if old != clean:
            row.name = clean
            row.updated_at = ctx.clock()
            s.flush()
            audit(
                s,
                ctx,
                actor,
                AuditEntry("category.rename", "categories", row.id, {"name": old}, {"name": clean}),
            )
        uow.commit()
    return CategoryChange(category_id, 0, Changes.of("categories", ids=(category_id,)))


def move_category(
    ctx: ServiceContext, actor: Actor, category_id: str, new_parent_id: str | None
) -> CategoryChange:
    """Re-parent a category (None: make it a root); refuses to create a cycle."""
    require(actor, Permission.MANAGE_CATALOG)
    with ctx.db.uow() as uow:
        s = uow.session
        row = _load(s, ctx, category_id)
        if new_parent_id is not None:
            parent = _load(s, ctx, new_parent_id)
            if new_parent_id in descendants(s, row.organization_id, row.id):
                raise ValidationError(
                    f"{row.name} cannot go under {parent.name}: that is inside {row.name} itself"
                )
        _check_sibling_name(s, row, row.name, new_parent_id)
        old_path = category_path(s, row.id)
        if row.parent_id != new_parent_id:
            old_parent = row.parent_id
            row.parent_id = new_parent_id
            row.updated_at = ctx.clock()
            s.flush()
            audit(
                s,
                ctx,
                actor,
                AuditEntry(
                    "category.move",
                    "categories",
                    row.id,
                    {"parent_id": old_parent, "path": old_path},
                    {"parent_id": new_parent_id, "path": category_path(s, row.id)},
                ),
            )
        uow.commit()
    return CategoryChange(category_id, 0, Changes.of("categories", ids=(category_id,)))


def set_category_active(
    ctx: ServiceContext,
    actor: Actor,
    category_id: str,
    active: bool,
    *,
    move_products_to: str | None = None,
) -> CategoryChange:
    """Deactivate (see the module doc for when it is refused) or reactivate a category."""
    require(actor, Permission.MANAGE_CATALOG)
    moved = 0
    with ctx.db.uow() as uow:
        s = uow.session
        row = _load(s, ctx, category_id)
        if not active:
            active_kids = s.execute(
                select(func.count()).where(
                    Category.parent_id == row.id, Category.is_active.is_(True)
                )
            ).scalar_one()
            if active_kids:
                raise ConflictError(
                    f"{row.name} has {active_kids} active sub-categories; move or deactivate "
                    "them first"
                )
            live = Product.category_id == row.id, Product.deleted_at.is_(None)
            used = s.execute(select(func.count()).where(*live)).scalar_one()
            if used and move_products_to is None:
                raise ConflictError(
                    f"{used} products are in {row.name}; move them to another category first"
                )
            if used and move_products_to is not None:
                target = _load(s, ctx, move_products_to)
                if target.id == row.id or not target.is_active:
                    raise ValidationError("move the products to another, active category")
                # ORM objects, not a bulk UPDATE: the sync outbox captures flushed objects.
                now = ctx.clock()
                for product in s.execute(select(Product).where(*live)).scalars():
                    product.category_id = target.id
                    product.updated_by_id = actor.user_id
                    product.updated_at = now
                    moved += 1
        elif row.parent_id is not None and not _load(s, ctx, row.parent_id).is_active:
            raise ConflictError("reactivate its parent category first")
        if row.is_active != active:
            row.is_active = active
            row.updated_at = ctx.clock()
            s.flush()
            audit(
                s,
                ctx,
                actor,
                AuditEntry(
                    "category.activate" if active else "category.deactivate",
                    "categories",
                    row.id,
                    {"is_active": not active},
                    {"is_active": active, "moved_products": moved, "to": move_products_to},
                ),
            )
        uow.commit()
    entities = ("categories", "products") if moved else ("categories",)
    return CategoryChange(category_id, moved, Changes.of(*entities, ids=(category_id,)))


def list_categories(ctx: ServiceContext) -> list[CategoryNode]:
    """The tree with counts, for the categories page (read lane)."""
    with ctx.db.read() as s:
        return category_tree(s, ctx.terminal.organization_id)
