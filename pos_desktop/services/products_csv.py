"""Products CSV/XLSX import and export (``pos import products FILE`` / ``pos export products
FILE``; the back office's import page previews through ``services/product_import.py``).

File format: UTF-8 CSV (a BOM, as Excel writes, is fine), comma separated (a header with ``;``
or tabs and no commas is read with that separator), or an Excel workbook (``.xlsx``, first
worksheet; ``services/product_files.py`` reads it into the same cells). One header row, then
one product per row. A cell an export guarded against formula injection (``'=...``) is read
back without the apostrophe.
Header names are case-insensitive and may come in any order; unknown columns are refused (a
misspelt optional column would otherwise be ignored silently).

=================  ========  ===============================================================
column             required  meaning
=================  ========  ===============================================================
sku                yes       product code, unique; an existing SKU is updated, a new one created
name               yes       product name (any script; normalised to NFC)
price              yes       selling price in major units: ``1250.50`` (``1,250.50`` accepted)
barcode            no        EAN-8, UPC-A, EAN-13 or GTIN-14 with a correct check digit
cost               no        purchase cost, same format as price; blank = unknown
category           no        category path ``Food > Dairy``; missing levels are created
tax_class          no        tax class code (VAT18, ZERO, EXEMPT...); blank = VAT18
unit               no        ``pcs`` or ``kg``; blank = kg when weighed, else pcs
is_weighed         no        true/false, yes/no, 1/0; blank = false
status             no        ACTIVE, INACTIVE or DRAFT; blank = ACTIVE
item_code          no        5-digit code the scale prints inside in-store barcodes
stock_threshold    no        low-stock level in pieces or kg (up to 3 decimals); blank = none
=================  ========  ===============================================================

A column left out of the header keeps the current value of existing products (and its default
for new ones); a column present with a blank cell sets the blank value.

Import validates every row before writing anything and reports each problem with its line
number (the header is line 1) and column. With any error nothing is imported, unless
``skip_bad_rows`` is set: then the good rows are imported and the bad ones listed as skipped.
All writes happen in one transaction. ``export_products`` writes exactly these columns, so an
export imports back unchanged.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.permissions import Permission
from pos_desktop.core.quantity import from_milli
from pos_desktop.services import product_files as files
from pos_desktop.services import product_rules as rules
from pos_desktop.services.catalog_edit import price_audit
from pos_desktop.services.catalog_refs import (
    CATEGORY_SEPARATOR,
    DEFAULT_TAX_CLASS,
    ensure_category_path,
)
from pos_desktop.services.context import Actor, AuditEntry, Changes, ServiceContext, audit, require
from pos_desktop.store.models.catalog import Category, Product, ProductVariant, TaxClass

COLUMNS: Final = (
    "sku",
    "name",
    "price",
    "barcode",
    "cost",
    "category",
    "tax_class",
    "unit",
    "is_weighed",
    "status",
    "item_code",
    "stock_threshold",
)
REQUIRED: Final = ("sku", "name", "price")
MAX_FILE_BYTES: Final = 256 * 1024 * 1024
_CHUNK: Final = 500


@dataclass(frozen=True, slots=True)
class RowError:
    row: int  # line number in the file; the header is line 1
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ImportReport:
    rows: int  # data rows read (blank lines not counted)
    created: int
    updated: int
    unchanged: int
    skipped: int
    errors: tuple[RowError, ...]
    changes: Changes = field(default_factory=Changes)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        head = (
            f"{self.rows} rows: {self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.skipped} skipped"
        )
        return "\n".join([head, *map(str, self.errors)])


class ProductImportError(ValidationError):
    """The file or some rows are invalid; nothing was imported. ``report.errors`` lists why."""

    def __init__(self, message: str, report: ImportReport) -> None:
        super().__init__(message)
        self.report = report


@dataclass(frozen=True, slots=True)
class ExportReport:
    rows: int
    path: Path


@dataclass(slots=True)
class _Row:
    line: int
    values: dict[str, Any]  # product column -> clean value; only for columns in the header
    category: str | None = None  # path, resolved to an id at write time
    errors: list[RowError] = field(default_factory=list)


def _fail(errors: list[RowError], rows: int = 0) -> ProductImportError:
    report = ImportReport(rows, 0, 0, 0, 0, tuple(errors))
    first = errors[0]
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return ProductImportError(f"nothing imported: {first}{more}", report)


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _fail([RowError(0, None, f"file is larger than {MAX_FILE_BYTES // 2**20} MB")])
        data = path.read_bytes()
    except OSError as exc:
        raise _fail([RowError(0, None, f"cannot read {path}: {exc.strerror or exc}")]) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        reason = (
            f"the file is not UTF-8 text (first bad byte on line {line}); "
            "save it as 'CSV UTF-8' and try again"
        )
        raise _fail([RowError(line, None, reason)]) from exc


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    first = text.split("\n", 1)[0]
    delimiter = ","
    if "," not in first:
        delimiter = ";" if ";" in first else ("\t" if "\t" in first else ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1
    try:
        for record in reader:
            yield line, record
            line = reader.line_num + 1
    except csv.Error as exc:
        raise _fail([RowError(line, None, f"broken CSV: {exc}")]) from exc


def _header(record: list[str]) -> list[str]:
    names = [h.strip().lower().replace(" ", "_") for h in record]
    errors: list[RowError] = []
    for name in sorted({n for n in names if names.count(n) > 1}):
        errors.append(RowError(1, name, "column appears twice"))
    for name in names:
        if name not in COLUMNS:
            errors.append(RowError(1, name or "(blank)", "unknown column"))
    for name in REQUIRED:
        if name not in names:
            errors.append(RowError(1, name, "required column is missing"))
    if errors:
        raise _fail(errors)
    return names


def _parse_row(line: int, cells: dict[str, str], currency: str, tax_ids: dict[str, str]) -> _Row:
    cells = {k: files.unguard(v) for k, v in cells.items()}
    row = _Row(line, {})
    weighed = False
    if "is_weighed" in cells:
        try:
            weighed = rules.parse_bool("is_weighed", cells["is_weighed"])
        except ValidationError as exc:
            row.errors.append(RowError(line, "is_weighed", exc.message))

    def take(column: str, key: str, parse: Any) -> None:
        if column not in cells:
            return
        try:
            row.values[key] = parse(cells[column])
        except ValidationError as exc:
            row.errors.append(RowError(line, column, exc.message))

    def tax(text: str) -> str:
        code = (text.strip() or DEFAULT_TAX_CLASS).upper()
        if code not in tax_ids:
            raise ValidationError(f"unknown tax class {text.strip()!r}")
        return tax_ids[code]

    take("sku", "sku", rules.clean_sku)
    take("name", "name", rules.clean_name)
    take("price", "price_minor", lambda t: rules.parse_price("price", t, currency))
    take("barcode", "barcode", rules.clean_barcode)
    take(
        "cost",
        "cost_minor",
        lambda t: rules.parse_price("cost", t, currency) if t.strip() else None,
    )
    take("tax_class", "tax_class_id", tax)
    take("is_weighed", "is_weighed", lambda _t: weighed)
    take("unit", "unit", lambda t: rules.clean_unit(t, weighed))
    take("status", "status", rules.clean_status)
    take("item_code", "item_code", rules.clean_item_code)
    take("stock_threshold", "stock_threshold_milli", rules.parse_threshold_milli)
    if "is_weighed" in cells and "unit" not in cells:
        row.values["unit"] = rules.clean_unit(None, weighed)
    if "category" in cells and cells["category"].strip():
        path = cells["category"].strip()
        parts = [p.strip() for p in path.split(CATEGORY_SEPARATOR.strip())]
        if any(not p for p in parts) or any(len(p) > 200 for p in parts):
            row.errors.append(RowError(line, "category", f"category {path!r} has an empty name"))
        row.category = path
    return row


def _file_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """The file's records, CSV or XLSX by its suffix; file-level problems raise ``_fail``."""
    if files.file_format(path) == "csv":
        yield from _records(_read_text(path))
        return
    if not path.is_file():
        raise _fail([RowError(0, None, f"cannot read {path}: no such file")])
    try:
        yield from files.xlsx_records(path)
    except files.FileReadError as exc:
        raise _fail([RowError(exc.line, None, exc.reason)]) from exc


def _parse_file(ctx: ServiceContext, s: Session, path: Path) -> tuple[list[str], list[_Row]]:
    records = _file_records(path)
    xlsx = files.file_format(path) == "xlsx"
    first = next(records, None)
    if first is None or not any(c.strip() for c in first[1]):
        raise _fail([RowError(1, None, "the file is empty; expected a header row")])
    header = _header(first[1])
    tax_ids = {
        code.upper(): tid
        for code, tid in s.execute(
            select(TaxClass.code, TaxClass.id).where(
                TaxClass.organization_id == ctx.terminal.organization_id,
                TaxClass.is_active.is_(True),
            )
        )
    }
    rows: list[_Row] = []
    for line, record in records:
        if not any(c.strip() for c in record):
            continue
        if xlsx and len(record) < len(header):
            record = record + [""] * (len(header) - len(record))  # trailing blank cells
        if len(record) != len(header):
            bad = _Row(line, {})
            reason = f"has {len(record)} fields, the header has {len(header)}"
            bad.errors.append(RowError(line, None, reason))
            rows.append(bad)
            continue
        cells = dict(zip(header, record, strict=True))
        rows.append(_parse_row(line, cells, ctx.terminal.currency, tax_ids))
    return header, rows


def _check_duplicates(rows: list[_Row]) -> None:
    for key, column in (("sku", "sku"), ("barcode", "barcode"), ("item_code", "item_code")):
        first: dict[str, int] = {}
        for row in rows:
            value = row.values.get(key)
            if not value:
                continue
            if value in first:
                row.errors.append(
                    RowError(row.line, column, f"{value} is also on row {first[value]}")
                )
            else:
                first[value] = row.line


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _code_owners(s: Session, org: str, key: str, codes: list[str]) -> dict[str, str]:
    """Which live product (by SKU) already uses each barcode or item code."""
    column = Product.barcode if key == "barcode" else Product.item_code
    owners: dict[str, str] = {}
    for part in _chunks(codes):
        query = select(column, Product.sku).where(
            column.in_(part), Product.organization_id == org, Product.deleted_at.is_(None)
        )
        owners.update((str(code), sku) for code, sku in s.execute(query))
        if key == "barcode":
            variant_query = (
                select(ProductVariant.barcode, Product.sku)
                .join(Product, Product.id == ProductVariant.product_id)
                .where(ProductVariant.barcode.in_(part), Product.deleted_at.is_(None))
            )
            owners.update(
                (str(code), f"a variant of {sku}") for code, sku in s.execute(variant_query)
            )
    return owners


def _check_database(s: Session, org: str, rows: list[_Row]) -> dict[str, Product]:
    """Existing products by SKU, and conflicts with codes other products already use."""
    skus = [r.values["sku"] for r in rows if r.values.get("sku")]
    existing: dict[str, Product] = {}
    for part in _chunks(skus):
        query = select(Product).where(Product.organization_id == org, Product.sku.in_(part))
        existing.update((p.sku, p) for p in s.execute(query).scalars())
    in_file = set(skus)
    for key in ("barcode", "item_code"):
        owners = _code_owners(s, org, key, [r.values[key] for r in rows if r.values.get(key)])
        for row in rows:
            code = row.values.get(key)
            owner = owners.get(code) if code else None
            # A product listed in the file gets its new codes from the file; its old ones free up.
            if owner and owner != row.values.get("sku") and owner not in in_file:
                row.errors.append(RowError(row.line, key, f"{code} is already used by {owner}"))
    for row in rows:
        product = existing.get(row.values.get("sku", ""))
        if product is not None and product.deleted_at is not None:
            row.errors.append(
                RowError(row.line, "sku", f"{product.sku} belongs to a deleted product")
            )
        # Columns left out keep the product's values; the result must still be consistent.
        weighed = row.values.get("is_weighed", product.is_weighed if product else False)
        unit = row.values.get("unit", product.unit if product else "pcs")
        if weighed and unit != "kg" and not row.errors:
            row.errors.append(RowError(row.line, "unit", "a weighed item is sold by the kg"))
    return existing


def _check_sku_clashes(
    s: Session, org: str, rows: list[_Row], existing: dict[str, Product]
) -> None:
    """A new SKU that differs from a catalog SKU only in case, or that a variant already uses,
    would make a second product a cashier cannot tell apart: refused."""
    new = [r for r in rows if r.values.get("sku") and r.values["sku"] not in existing]
    if not new:
        return
    folded = {r.values["sku"].upper() for r in new}
    clash: dict[str, str] = {}
    for part in _chunks(sorted(folded)):
        query = select(Product.sku).where(
            Product.organization_id == org, func.upper(Product.sku).in_(part)
        )
        clash.update((sku.upper(), sku) for sku in s.execute(query).scalars())
        variants = (
            select(ProductVariant.sku, Product.sku)
            .join(Product, Product.id == ProductVariant.product_id)
            .where(func.upper(ProductVariant.sku).in_(part))
        )
        clash.update(
            (str(vsku).upper(), f"a variant of {psku}") for vsku, psku in s.execute(variants)
        )
    for row in new:
        other = clash.get(row.values["sku"].upper())
        if other is not None:
            row.errors.append(
                RowError(row.line, "sku", f"{row.values['sku']} is already used by {other}")
            )


@dataclass(frozen=True, slots=True)
class Checked:
    """A file read and every row validated, inside the caller's transaction."""

    header: list[str]
    rows: list[_Row]
    existing: dict[str, Product]  # catalog products by SKU that the file names

    @property
    def errors(self) -> tuple[RowError, ...]:
        return tuple(e for r in self.rows for e in r.errors)


def validate_file(ctx: ServiceContext, s: Session, path: Path) -> Checked:
    """Read and validate every row (no writes). File-level problems raise
    ``ProductImportError``; row problems are left on each row's ``errors``."""
    org = ctx.terminal.organization_id
    header, rows = _parse_file(ctx, s, path)
    _check_duplicates(rows)
    existing = _check_database(s, org, rows)
    _check_sku_clashes(s, org, rows, existing)
    return Checked(header, rows, existing)


def import_products(
    ctx: ServiceContext, actor: Actor, path: Path | str, *, skip_bad_rows: bool = False
) -> ImportReport:
    """Validate every row, then create or update products by SKU in one transaction.

    Raises ``ProductImportError`` (a ValidationError carrying ``report``) when the file cannot
    be read or, unless ``skip_bad_rows``, when any row is invalid; nothing is written then.
    """
    require(actor, Permission.MANAGE_CATALOG)
    org = ctx.terminal.organization_id
    with ctx.db.uow() as uow:
        s = uow.session
        checked = validate_file(ctx, s, Path(path))
        header, rows, existing, errors = (
            checked.header,
            checked.rows,
            checked.existing,
            checked.errors,
        )
        if errors and not skip_bad_rows:
            raise _fail(list(errors), len(rows))
        good = [r for r in rows if not r.errors]
        created = updated = unchanged = 0
        now = ctx.clock()
        categories: dict[str, str] = {}
        default_tax = s.execute(
            select(TaxClass.id).where(
                TaxClass.organization_id == org, TaxClass.code == DEFAULT_TAX_CLASS
            )
        ).scalar_one_or_none()
        for row in good:
            values = dict(row.values)
            if "category" in header:
                values["category_id"] = None
                if row.category:
                    key = row.category.casefold()
                    if key not in categories:
                        categories[key] = ensure_category_path(s, org, row.category)
                    values["category_id"] = categories[key]
            product = existing.get(values["sku"])
            if product is None:
                values.setdefault("tax_class_id", default_tax)
                s.add(
                    Product(
                        organization_id=org,
                        currency=ctx.terminal.currency,
                        created_by_id=actor.user_id,
                        updated_by_id=actor.user_id,
                        created_at=now,
                        updated_at=now,
                        **values,
                    )
                )
                created += 1
                continue
            changed = {k: v for k, v in values.items() if getattr(product, k) != v}
            if not changed:
                unchanged += 1
                continue
            old_price = product.price_minor
            for key, value in changed.items():
                setattr(product, key, value)
            product.updated_by_id, product.updated_at = actor.user_id, now
            if "price_minor" in changed:
                price_audit(s, ctx, actor, product, old_price, "CSV import")
            updated += 1
        try:
            s.flush()
        except IntegrityError as exc:  # a code swap between rows that the checks cannot order
            raise _fail([RowError(0, None, f"conflicting codes: {exc.orig}")], len(rows)) from exc
        report = ImportReport(
            rows=len(rows),
            created=created,
            updated=updated,
            unchanged=unchanged,
            skipped=len(rows) - len(good),
            errors=errors,
            changes=Changes.of("products", "categories") if created or updated else Changes(),
        )
        audit(
            s,
            ctx,
            actor,
            AuditEntry(
                "products.import",
                "products",
                None,
                None,
                {
                    "file": Path(path).name,
                    "created": created,
                    "updated": updated,
                    "skipped": report.skipped,
                },
            ),
        )
        uow.commit()
    return report


def _category_paths(s: Session, org: str) -> dict[str, str]:
    query = select(Category.id, Category.name, Category.parent_id).where(
        Category.organization_id == org
    )
    nodes = {cid: (name, parent) for cid, name, parent in s.execute(query)}
    paths: dict[str, str] = {}
    for cid in nodes:
        names: list[str] = []
        seen: set[str] = set()
        current: str | None = cid
        while current is not None and current in nodes and current not in seen:
            seen.add(current)
            names.append(nodes[current][0])
            current = nodes[current][1]
        paths[cid] = CATEGORY_SEPARATOR.join(reversed(names))
    return paths


def export_products(ctx: ServiceContext, path: Path | str) -> ExportReport:
    """Write every product that is not deleted, by SKU, in the import format (UTF-8, no BOM;
    text a spreadsheet would run as a formula is guarded, see product_files). The file is
    written beside the target and renamed into place, so a crash leaves no half-written
    export."""
    target = Path(path)
    org = ctx.terminal.organization_id
    count = 0
    with ctx.db.read() as s:
        paths = _category_paths(s, org)
        taxes = {tid: code for tid, code in s.execute(select(TaxClass.id, TaxClass.code))}
        query = (
            select(Product)
            .where(Product.organization_id == org, Product.deleted_at.is_(None))
            .order_by(Product.sku)
            .execution_options(yield_per=1000)
        )
        rows = (_export_row(p, paths, taxes) for p in s.execute(query).scalars())
        count = files.write_csv(target, COLUMNS, rows)
    return ExportReport(count, target)


def _export_row(p: Product, paths: dict[str, str], taxes: dict[str, str]) -> list[str]:
    return [
        p.sku,
        p.name,
        rules.format_price(p.price_minor, p.currency),
        p.barcode or "",
        "" if p.cost_minor is None else rules.format_price(p.cost_minor, p.currency),
        paths.get(p.category_id or "", ""),
        taxes.get(p.tax_class_id or "", ""),
        p.unit,
        "true" if p.is_weighed else "false",
        p.status,
        p.item_code or "",
        "" if p.stock_threshold_milli is None else str(from_milli(p.stock_threshold_milli)),
    ]
