"""Barcode labels for chosen products: an A4 PDF sheet (``reports/label_sheet_pdf.py``) or
labels on the receipt/label printer through the print queue (job kind ``LABELS``, rendered by
``hardware/printing/labels.py``). MANAGE_CATALOG.

A label carries the product's name, the price it sells at when the labels are made (scheduled
price changes included: labels printed for tomorrow's price are made tomorrow, or with ``at``)
and its barcode. Quantities are copies per product (1-500; at most 2,000 labels at once).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from pos_desktop.core.errors import NotFoundError, ValidationError
from pos_desktop.core.money import Money, format_amount
from pos_desktop.core.permissions import Permission
from pos_desktop.services.catalog import ProductHit, search_products
from pos_desktop.services.context import Actor, Changes, ServiceContext, require
from pos_desktop.services.print_queue import QueuedJobs
from pos_desktop.services.scheduled_prices import effective_price_minor
from pos_desktop.store.models.catalog import Product, ProductVariant
from pos_desktop.store.models.printing import PrintJob, PrintJobKind, PrintJobStatus

MAX_COPIES: Final = 500
MAX_LABELS: Final = 2_000
ENTITY: Final = "print_jobs"


@dataclass(frozen=True, slots=True)
class LabelLayout:
    key: str
    columns: int
    rows: int

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


LAYOUTS: Final = {
    "3x8": LabelLayout("3x8", 3, 8),  # 24 a page, about 63 x 33 mm
    "4x10": LabelLayout("4x10", 4, 10),  # 40 a page, about 47 x 26 mm
    "2x7": LabelLayout("2x7", 2, 7),  # 14 a page: shelf-edge size
}


@dataclass(frozen=True, slots=True)
class LabelItem:
    product_id: str
    variant_id: str | None = None
    copies: int = 1


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    price_minor: int
    currency: str
    barcode: str | None
    sku: str

    @property
    def price_text(self) -> str:
        return f"{self.currency} {format_amount(Money(self.price_minor, self.currency))}"


@dataclass(frozen=True, slots=True)
class LabelSheet:
    path: Path
    pages: int
    labels: int


def find_label_products(ctx: ServiceContext, text: str, limit: int = 30) -> list[ProductHit]:
    """Products (any status) matching ``text``, priced as now, for the label picker."""
    with ctx.db.read() as s:
        return search_products(s, text, limit, include_inactive=True, at=ctx.clock())


def make_labels(
    ctx: ServiceContext, items: list[LabelItem], *, at: datetime | None = None
) -> list[Label]:
    """One ``Label`` per copy, in the order given; refuses unknown products and bad counts."""
    if not items:
        raise ValidationError("choose at least one product")
    if any(i.copies < 1 or i.copies > MAX_COPIES for i in items):
        raise ValidationError(f"copies must be between 1 and {MAX_COPIES}")
    if sum(i.copies for i in items) > MAX_LABELS:
        raise ValidationError(f"at most {MAX_LABELS} labels at once")
    when = at or ctx.clock()
    out: list[Label] = []
    with ctx.db.read() as s:
        for item in items:
            product = s.get(Product, item.product_id)
            if product is None or product.deleted_at is not None:
                raise NotFoundError("a chosen product is no longer in the catalog")
            name, barcode, sku = product.name, product.barcode, product.sku
            if item.variant_id is not None:
                variant = s.get(ProductVariant, item.variant_id)
                if variant is None or variant.product_id != product.id:
                    raise NotFoundError(f"that variant is not a variant of {product.name}")
                name = f"{product.name} {variant.value}"
                barcode, sku = variant.barcode, variant.sku or product.sku
            price = effective_price_minor(s, product.id, item.variant_id, when)
            label = Label(name, price, product.currency, barcode, sku)
            out.extend([label] * item.copies)
    return out


def label_sheet_pdf(
    ctx: ServiceContext,
    actor: Actor,
    items: list[LabelItem],
    path: Path | str,
    layout: str = "3x8",
    *,
    at: datetime | None = None,
) -> LabelSheet:
    """Write an A4 PDF of the labels in ``layout`` (a key of ``LAYOUTS``)."""
    require(actor, Permission.MANAGE_CATALOG)
    if layout not in LAYOUTS:
        raise ValidationError(f"unknown label layout {layout!r}")
    from pos_desktop.reports.label_sheet_pdf import SheetGrid, SheetLabel, write_label_sheet

    labels = make_labels(ctx, items, at=at)
    grid = LAYOUTS[layout]
    target = Path(path)
    pages = write_label_sheet(
        [SheetLabel(lb.name, lb.price_text, lb.barcode, lb.sku) for lb in labels],
        SheetGrid(grid.columns, grid.rows),
        target,
    )
    return LabelSheet(target, pages, len(labels))


def enqueue_labels(
    ctx: ServiceContext,
    actor: Actor,
    items: list[LabelItem],
    *,
    cut_each: bool = True,
    at: datetime | None = None,
) -> QueuedJobs:
    """Queue the labels for the receipt printer (one job; the worker renders and sends it)."""
    require(actor, Permission.MANAGE_CATALOG)
    labels = make_labels(ctx, items, at=at)
    payload = {
        "labels": [
            {"name": lb.name, "price": lb.price_text, "barcode": lb.barcode, "sku": lb.sku}
            for lb in labels
        ],
        "cut_each": cut_each,
    }
    with ctx.db.uow() as uow:
        job = PrintJob(
            device_id=ctx.terminal.device_id,
            printer="receipt",
            kind=PrintJobKind.LABELS.value,
            payload=payload,
            status=PrintJobStatus.QUEUED.value,
            attempts=0,
            created_by_id=actor.user_id,
            created_at=ctx.clock(),
        )
        uow.session.add(job)
        uow.commit()
    return QueuedJobs((job.id,), Changes.of(ENTITY, ids=(job.id,)))
