"""Product import with a preview, and the filtered catalog export (the back office's
"catalog.import" page; ``pos import products`` applies without a preview).

read -> validate every row -> preview -> apply. ``preview_import`` reads the file (CSV or XLSX)
and runs every check ``products_csv.import_products`` runs, writes nothing, and says for each
row whether it would create a product, change one (which columns), leave one unchanged, or is
in error (column and reason). ``apply_import`` reads and validates the file again in the
writing transaction (the catalog may have changed since the preview) and applies it all or
nothing; with ``skip_bad_rows`` (chosen explicitly) only the valid rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pos_desktop.core.permissions import Permission
from pos_desktop.services import product_files as files
from pos_desktop.services import products_csv as pcsv
from pos_desktop.services.catalog_refs import CATEGORY_SEPARATOR
from pos_desktop.services.context import Actor, ServiceContext, require
from pos_desktop.store.models.catalog import Product, TaxClass

MAX_PREVIEW_ROWS: Final = 100_000


class RowAction(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class PreviewRow:
    line: int  # row number in the file (the header is 1)
    action: RowAction
    sku: str
    name: str
    changed: tuple[str, ...]  # columns whose value would change (CHANGED rows)
    errors: tuple[pcsv.RowError, ...]


@dataclass(frozen=True, slots=True)
class ImportPreview:
    file: str
    format: files.Format
    rows: tuple[PreviewRow, ...]
    file_errors: tuple[pcsv.RowError, ...]  # header/encoding problems: nothing can be applied

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def error_rows(self) -> int:
        return self.count(RowAction.ERROR)

    def can_apply(self, skip_bad_rows: bool) -> bool:
        """Something to write, and either no row error or the manager chose to skip them."""
        if self.file_errors:
            return False
        work = self.count(RowAction.NEW) + self.count(RowAction.CHANGED)
        return work > 0 and (skip_bad_rows or self.error_rows == 0)


# Column of the file -> product attribute it sets (category is compared by path).
_ATTRS: Final = {
    "sku": "sku",
    "name": "name",
    "price": "price_minor",
    "barcode": "barcode",
    "cost": "cost_minor",
    "tax_class": "tax_class_id",
    "unit": "unit",
    "is_weighed": "is_weighed",
    "status": "status",
    "item_code": "item_code",
    "stock_threshold": "stock_threshold_milli",
}


def _changed(
    row: pcsv._Row, product: Product, header: list[str], paths: dict[str, str]
) -> tuple[str, ...]:
    out = [
        column
        for column, attr in _ATTRS.items()
        if column in header and attr in row.values and getattr(product, attr) != row.values[attr]
    ]
    if "category" in header:
        current = paths.get(product.category_id or "", "")
        wanted = row.category or ""
        norm = CATEGORY_SEPARATOR.strip()
        if [p.strip().casefold() for p in current.split(norm)] != [
            p.strip().casefold() for p in wanted.split(norm)
        ]:
            out.append("category")
    return tuple(out)


def _preview_rows(s: Session, ctx: ServiceContext, checked: pcsv.Checked) -> list[PreviewRow]:
    paths = pcsv._category_paths(s, ctx.terminal.organization_id)
    out: list[PreviewRow] = []
    for row in checked.rows[:MAX_PREVIEW_ROWS]:
        sku = str(row.values.get("sku", ""))
        name = str(row.values.get("name", ""))
        product = checked.existing.get(sku)
        changed: tuple[str, ...]
        if row.errors:
            action, changed = RowAction.ERROR, ()
        elif product is None:
            action, changed = RowAction.NEW, ()
        else:
            changed = _changed(row, product, checked.header, paths)
            action = RowAction.CHANGED if changed else RowAction.UNCHANGED
            name = name or product.name
        out.append(PreviewRow(row.line, action, sku, name, changed, tuple(row.errors)))
    return out


def preview_import(ctx: ServiceContext, actor: Actor, path: Path | str) -> ImportPreview:
    """What importing ``path`` would do, row by row. Writes nothing (the transaction that may
    create category rows while checking is never committed)."""
    require(actor, Permission.MANAGE_CATALOG)
    path = Path(path)
    fmt = files.file_format(path)
    with ctx.db.read() as s:
        try:
            checked = pcsv.validate_file(ctx, s, path)
        except pcsv.ProductImportError as exc:
            return ImportPreview(path.name, fmt, (), exc.report.errors)
        rows = _preview_rows(s, ctx, checked)
    return ImportPreview(path.name, fmt, tuple(rows), ())


def apply_import(
    ctx: ServiceContext, actor: Actor, path: Path | str, *, skip_bad_rows: bool = False
) -> pcsv.ImportReport:
    """Apply the file in one transaction (see ``products_csv.import_products``)."""
    return pcsv.import_products(ctx, actor, path, skip_bad_rows=skip_bad_rows)


# -- export --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which products to export: text in SKU/name/barcode, a status, a category (exactly)."""

    text: str = ""
    status: str | None = None
    category_id: str | None = None


def export_catalog(
    ctx: ServiceContext,
    actor: Actor,
    path: Path | str,
    flt: ExportFilter | None = None,
    *,
    fmt: files.Format | None = None,
) -> pcsv.ExportReport:
    """The filtered catalog in the import format, CSV (formula-guarded) or XLSX (text cells);
    the format follows the file's suffix unless given."""
    require(actor, Permission.MANAGE_CATALOG)
    target = Path(path)
    kind = fmt or files.file_format(target)
    flt = flt or ExportFilter()
    org = ctx.terminal.organization_id
    with ctx.db.read() as s:
        paths = pcsv._category_paths(s, org)
        taxes = {tid: code for tid, code in s.execute(select(TaxClass.id, TaxClass.code))}
        query = select(Product).where(Product.organization_id == org, Product.deleted_at.is_(None))
        needle = flt.text.strip()
        if needle:
            like = f"%{needle.replace('%', '').replace('_', '')}%"
            query = query.where(
                or_(Product.sku.ilike(like), Product.name.ilike(like), Product.barcode == needle)
            )
        if flt.status:
            query = query.where(Product.status == flt.status)
        if flt.category_id:
            query = query.where(Product.category_id == flt.category_id)
        query = query.order_by(Product.sku).execution_options(yield_per=1000)
        rows = (pcsv._export_row(p, paths, taxes) for p in s.execute(query).scalars())
        if kind == "xlsx":
            count = files.write_xlsx(target, pcsv.COLUMNS, rows, title="Products")
        else:
            count = files.write_csv(target, pcsv.COLUMNS, rows)
    return pcsv.ExportReport(count, target)
