"""Which language the till speaks, and names of things in that language (Qt-free).

- Each user has a language (``users.language``, set with ``services.users.set_language``);
  signing in switches the UI to it.
- The login screen of a freshly started app uses the terminal's default, the setting
  ``ui.language`` (organization, store or device scope; "en" unless set). After a sign-out the
  screen stays in the last user's language (the UI keeps what it has).
- Product names come from ``translations`` rows (resource "products", field "name"), falling
  back to the product's own name. One indexed query for a whole list of products (the unique
  key (resource, resource_id, field, language) serves it), never one per product.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.i18n.languages import CODES, DEFAULT, normalize
from pos_desktop.services.catalog import ProductHit
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.settings import SettingSpec, get_setting, register_setting
from pos_desktop.store.models import Translation, User
from pos_desktop.store.models.catalog import Product

LOGIN_LANGUAGE: Final = "ui.language"
PRODUCTS: Final = "products"  # the resource name HQ and the demo catalog use
NAME: Final = "name"

register_setting(
    SettingSpec(
        LOGIN_LANGUAGE, str, DEFAULT, choices=CODES, description="language of the login screen"
    )
)


def login_language(session: Session, ctx: ServiceContext) -> str:
    """The terminal's default language (what the login screen speaks at start)."""
    return normalize(str(get_setting(session, ctx, LOGIN_LANGUAGE)))


def user_language(session: Session, ctx: ServiceContext, user_id: str) -> str:
    """A user's language; English for an unknown user or an unexpected value."""
    value = session.execute(
        select(User.language).where(
            User.id == user_id, User.organization_id == ctx.terminal.organization_id
        )
    ).scalar_one_or_none()
    return normalize(value)


def read_user_language(ctx: ServiceContext, user_id: str) -> str:
    with ctx.db.read() as s:
        return user_language(s, ctx, user_id)


def read_login_language(ctx: ServiceContext) -> str:
    with ctx.db.read() as s:
        return login_language(s, ctx)


def translated_names(
    session: Session, ctx: ServiceContext, language: str, product_ids: Iterable[str | None]
) -> dict[str, str]:
    """product id -> its name in ``language``, for the products that have one."""
    return {pid: name for pid, (name, _) in _names(session, ctx, language, product_ids).items()}


def _names(
    session: Session, ctx: ServiceContext, language: str, product_ids: Iterable[str | None]
) -> dict[str, tuple[str, str | None]]:
    ids = sorted({pid for pid in product_ids if pid})
    if normalize(language) == DEFAULT or not ids:
        return {}
    rows = session.execute(
        select(Translation.resource_id, Translation.value, Product.name)
        .outerjoin(Product, Product.id == Translation.resource_id)
        .where(
            Translation.resource == PRODUCTS,
            Translation.resource_id.in_(ids),
            Translation.field == NAME,
            Translation.language == language,
            Translation.organization_id == ctx.terminal.organization_id,
        )
    ).all()
    return {rid: (value.strip(), base) for rid, value, base in rows if value and value.strip()}


def localize_hits(
    session: Session, ctx: ServiceContext, hits: Sequence[ProductHit], language: str
) -> list[ProductHit]:
    """``hits`` with ``display_name`` set where the product has a name in ``language``.

    ``name`` stays the catalog name (it is what the sale's ledger line records); a variant's
    suffix ("Shirt M" -> "කමිසය M") is kept after the translated product name.
    """
    names = _names(session, ctx, language, (h.product_id for h in hits))
    if not names:
        return list(hits)
    out = []
    for hit in hits:
        found = names.get(hit.product_id)
        if found is None:
            out.append(hit)
            continue
        name, base = found
        variant = hit.variant_id is not None and base is not None and hit.name.startswith(base)
        suffix = hit.name[len(base) :] if variant and base is not None else ""
        out.append(dataclasses.replace(hit, display_name=name + suffix))
    return out
