"""Back-office catalog rules beyond catalog_edit: barcodes made in the shop, product images,
variant edits, and the warnings an editor shows before saving.

Generated barcodes (``allocate_ean13``)
--------------------------------------
A product without a manufacturer barcode gets an EAN-13 that no product or variant (live or
deleted) uses, from one of two number ranges:

- the shop's GS1 company prefix, when the ``catalog.barcode_prefix`` setting holds one (6-11
  digits, e.g. ``4791234``): prefix + item reference + check digit;
- otherwise (or when the setting is a 2-digit prefix 20-29) GS1's restricted-circulation range
  20-29, meant for numbers valid inside one store. The scanner set-up (``scanner.barcode``)
  may use those prefixes for scale labels (by default all ten: 20-24 price, 25-29 weight).
  A prefix no scale layout uses gives 10 free digits. Under a scale prefix the code keeps the
  label's value field at zero (``PP IIIII 00000 C``): a scale never prints a zero price or
  weight, so a generated code can never be mistaken for a real label, and the scan resolver
  looks such a code up as a plain barcode.

Numbers are handed out in order after the highest one already used in the range (an index
range scan, one row), so allocation costs the same at 10 or 200,000 products. Two back-office
PCs allocating offline at the same moment could pick the same number; saving the second product
is then refused (the barcode is already used) and the manager generates again.

Images (``import_image``)
-------------------------
A picked file is checked with Pillow (PNG, JPEG, WebP, GIF or BMP, at most 10 MB), copied into
``<data dir>/images/`` under its SHA-256 (the same picture added twice is stored once), and the
product keeps the relative path ``images/<hash>.<ext>`` so a moved data folder still works.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.core import barcode as bc
from pos_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.services import product_rules as rules
from pos_desktop.services.catalog_categories import CategoryNode, category_tree
from pos_desktop.services.catalog_edit import (
    ProductDetails,
    ProductResult,
    VariantDraft,
    barcode_owner,
    clean_variant,
    draft_of,
    get_product,
    update_product,
)
from pos_desktop.services.catalog_refs import TaxClassView, list_tax_classes
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.services.scan_resolver import load_barcode_config
from pos_desktop.services.settings import SettingSpec, get_setting, register_setting
from pos_desktop.store.models.catalog import Product, ProductVariant

BARCODE_PREFIX_SETTING: Final = "catalog.barcode_prefix"
register_setting(
    SettingSpec(
        BARCODE_PREFIX_SETTING,
        str,
        "",
        description="GS1 company prefix (or in-store prefix 20-29) for generated EAN-13s",
    )
)

IN_STORE_RANGE: Final = tuple(str(n) for n in range(20, 30))
IMAGE_FORMATS: Final = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "GIF": "gif", "BMP": "bmp"}
MAX_IMAGE_BYTES: Final = 10 * 1024 * 1024


# -- barcodes ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BarcodeRange:
    """EAN-13 bodies ``prefix + free digits + zeros`` (the check digit is appended)."""

    prefix: str
    free_digits: int

    @property
    def zeros(self) -> int:
        return 12 - len(self.prefix) - self.free_digits

    def code(self, n: int) -> str:
        return bc.make_ean13(f"{self.prefix}{n:0{self.free_digits}d}{'0' * self.zeros}")

    def number(self, code: str) -> int | None:
        """The free-digit number of ``code`` if it belongs to this range."""
        body = code[len(self.prefix) : 12]
        if len(code) != 13 or not code.startswith(self.prefix) or not body.isdigit():
            return None
        if self.zeros and body[self.free_digits :] != "0" * self.zeros:
            return None
        return int(body[: self.free_digits])


def _scale_free_digits(layout: bc.InStoreLayout) -> int:
    # Keep the value field (and its inner check digit, which is 0 for a zero value) at zero.
    return layout.item_digits


def barcode_ranges(session: Session, ctx: ServiceContext) -> list[BarcodeRange]:
    """The ranges generated barcodes come from, best first (see the module doc)."""
    configured = str(get_setting(session, ctx, BARCODE_PREFIX_SETTING) or "").strip()
    config = load_barcode_config(session, ctx)
    loyalty = config.loyalty_ean_prefix
    if configured and configured not in IN_STORE_RANGE:
        if not (configured.isascii() and configured.isdigit() and 6 <= len(configured) <= 11):
            raise ValidationError(
                f"the barcode prefix {configured!r} must be a GS1 company prefix of 6-11 digits "
                "or an in-store prefix 20-29"
            )
        if configured[:2] in bc.IN_STORE_PREFIXES or (loyalty and configured.startswith(loyalty)):
            raise ValidationError(
                f"the barcode prefix {configured} is an in-store or loyalty-card range"
            )
        return [BarcodeRange(configured, 12 - len(configured))]
    prefixes = [configured] if configured else list(IN_STORE_RANGE)
    free = [p for p in prefixes if p not in config.in_store]
    scale = [p for p in prefixes if p in config.in_store]
    ranges = [BarcodeRange(p, 10) for p in free]
    ranges += [BarcodeRange(p, _scale_free_digits(config.in_store[p])) for p in scale]
    if loyalty:
        ranges = [r for r in ranges if not r.prefix.startswith(loyalty)]
    return ranges


def _taken(session: Session, code: str) -> bool:
    in_products = session.execute(select(Product.id).where(Product.barcode == code)).first()
    return in_products is not None or (
        session.execute(select(ProductVariant.id).where(ProductVariant.barcode == code)).first()
        is not None
    )


def _highest(session: Session, r: BarcodeRange) -> int:
    """The highest number of range ``r`` in use (0: none). Walks the index from the top and
    stops at the first code of this range's shape."""
    lo, hi = r.prefix, r.prefix[:-1] + chr(ord(r.prefix[-1]) + 1)
    top = 0
    for table in (Product, ProductVariant):
        column = table.barcode
        offset = 0
        while True:
            chunk = (
                session.execute(
                    select(column)
                    .where(column >= lo, column < hi, func.length(column) == 13)
                    .order_by(column.desc())
                    .limit(200)
                    .offset(offset)
                )
                .scalars()
                .all()
            )
            numbers = [n for n in (r.number(str(c)) for c in chunk) if n is not None]
            if numbers:
                top = max(top, max(numbers))
                break
            if len(chunk) < 200:
                break
            offset += 200
    return top


def allocate_ean13(session: Session, ctx: ServiceContext) -> str:
    """A valid EAN-13 nobody uses yet (see the module doc). Never commits."""
    for r in barcode_ranges(session, ctx):
        limit = 10**r.free_digits - 1
        n = _highest(session, r) + 1
        if n <= limit:
            code = r.code(n)
            if not _taken(session, code):
                return code
        # The top of the range is used: look for a gap from the bottom (bounded effort).
        for n in range(1, min(limit, 10_000) + 1):
            code = r.code(n)
            if not _taken(session, code):
                return code
    raise ConflictError(
        "no free barcode number is left in the shop's ranges; set a GS1 company prefix "
        f"({BARCODE_PREFIX_SETTING})"
    )


def generate_barcode(ctx: ServiceContext, actor: Actor) -> str:
    """A fresh EAN-13 for an editor's barcode field (saved with the product)."""
    require(actor, Permission.MANAGE_CATALOG)
    with ctx.db.read() as s:
        return allocate_ean13(s, ctx)


def assign_generated_barcode(ctx: ServiceContext, actor: Actor, product_id: str) -> ProductResult:
    """Give a product without a barcode a generated one, in one transaction."""
    require(actor, Permission.MANAGE_CATALOG)
    with ctx.db.read() as s:
        current = get_product(s, product_id)
        if current is None or current.deleted:
            raise NotFoundError("no such product")
        if current.barcode:
            raise ConflictError(f"{current.sku} already has barcode {current.barcode}")
        code = allocate_ean13(s, ctx)
    return update_product(ctx, actor, product_id, replace(draft_of(current), barcode=code))


# -- images -----------------------------------------------------------------------------------


def images_dir(data_dir: Path) -> Path:
    return data_dir / rules.IMAGES_DIR


def import_image(data_dir: Path, source: Path) -> str:
    """Copy an image file into the data folder; returns the path to store in ``images``."""
    from PIL import Image, UnidentifiedImageError

    source = Path(source)
    if not source.is_file():
        raise ValidationError(f"{source.name} is not a file")
    size = source.stat().st_size
    if size == 0 or size > MAX_IMAGE_BYTES:
        raise ValidationError(f"{source.name} is empty or larger than 10 MB")
    try:
        with Image.open(source) as img:
            kind = img.format or ""
            img.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            f"{source.name} is not an image; choose a PNG, JPEG, WebP, GIF or BMP file"
        ) from exc
    ext = IMAGE_FORMATS.get(kind)
    if ext is None:
        raise ValidationError(
            f"{source.name} is a {kind or 'unknown'} image; use PNG, JPEG, WebP, GIF or BMP"
        )
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:32]
    folder = images_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{digest}.{ext}"
    target = folder / name
    if not target.exists():
        tmp = folder / f".{name}.tmp"
        shutil.copyfile(source, tmp)
        tmp.replace(target)  # atomic: a crash never leaves half a picture under the real name
    return f"{rules.IMAGES_DIR}/{name}"


def image_file(data_dir: Path, stored: str) -> Path:
    """Where a stored image path lives on this machine."""
    return data_dir / rules.clean_image_path(stored)


# -- variants ---------------------------------------------------------------------------------


def update_variant(
    ctx: ServiceContext,
    actor: Actor,
    variant_id: str,
    draft: VariantDraft,
    *,
    is_active: bool = True,
) -> ProductResult:
    """Replace a variant's name, value, SKU, barcode, price override and active flag."""
    require(actor, Permission.MANAGE_CATALOG)
    name, value, sku, barcode, price = clean_variant(draft)
    with ctx.db.uow() as uow:
        s = uow.session
        v = s.get(ProductVariant, variant_id)
        if v is None or v.organization_id != ctx.terminal.organization_id:
            raise NotFoundError("no such variant")
        p = s.get(Product, v.product_id)
        if p is None or p.deleted_at is not None:
            raise NotFoundError("no such product")
        if barcode and barcode != v.barcode:
            owner = barcode_owner(s, barcode)
            if owner is not None:
                raise ConflictError(f"barcode {barcode} is already used by {owner}")
        if sku and sku != v.sku:
            clash = s.execute(select(ProductVariant.id).where(ProductVariant.sku == sku)).first()
            if clash is not None:
                raise ConflictError(f"variant SKU {sku} is already used")
        old = {"value": v.value, "sku": v.sku, "barcode": v.barcode, "price_minor": v.price_minor}
        v.name, v.value, v.sku, v.barcode = name, value, sku, barcode
        v.price_minor, v.is_active = price, bool(is_active)
        v.updated_at = ctx.clock()
        s.flush()
        new = {"value": value, "sku": sku, "barcode": barcode, "price_minor": price}
        audit(s, ctx, actor, AuditEntry("product.variant_edit", "products", p.id, old, new))
        details = get_product(s, p.id)
        uow.commit()
    assert details is not None
    return ProductResult(details, Changes.of("products", "product_variants", ids=(p.id,)))


# -- editor warnings ---------------------------------------------------------------------------


def price_warnings(price_minor: int, cost_minor: int | None) -> list[str]:
    """What an editor should point out before saving (allowed, but worth a second look)."""
    warnings: list[str] = []
    if cost_minor is not None and price_minor < cost_minor:
        warnings.append("the price is below the cost: every sale loses money")
    if price_minor == 0:
        warnings.append("the price is zero: the product would be given away")
    return warnings


def parse_tags(text: str) -> tuple[str, ...]:
    """'organic, local ,, Organic' -> ('organic', 'local'): trimmed, blank and repeats dropped."""
    seen: set[str] = set()
    out: list[str] = []
    for part in text.split(","):
        tag = rules.nfc(" ".join(part.split()))
        if tag and tag.casefold() not in seen:
            if len(tag) > 50:
                raise ValidationError(f"tag {tag[:20]!r}... is longer than 50 characters")
            seen.add(tag.casefold())
            out.append(tag)
    return tuple(out)


# -- what the editor loads ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EditorData:
    product: ProductDetails | None  # None: a new product
    categories: tuple[CategoryNode, ...]  # the tree (parents first), counts not filled
    tax_classes: tuple[TaxClassView, ...]
    currency: str


def load_editor(ctx: ServiceContext, product_id: str | None) -> EditorData:
    org = ctx.terminal.organization_id
    with ctx.db.read() as s:
        product = get_product(s, product_id) if product_id else None
        if product_id and (product is None or product.deleted):
            raise NotFoundError("no such product")
        return EditorData(
            product,
            tuple(category_tree(s, org, with_counts=False)),
            tuple(list_tax_classes(s, org)),
            ctx.terminal.currency,
        )
