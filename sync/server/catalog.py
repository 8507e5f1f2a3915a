"""``pos-hq catalog import FILE``: the terminal's products CSV, imported into an organization.

The file format, the parsing and the per-row checks are the terminal's own
(``pos_desktop.services.products_csv``), so a file exported from a till imports at HQ unchanged.
All-or-nothing: any bad row refuses the whole file, listing every problem with its line number.
Products are matched by SKU (updated) or created; category paths create their missing levels.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from pos_desktop.core.errors import ValidationError
from pos_desktop.core.ids import new_id
from pos_desktop.services import products_csv as csvfmt
from pos_desktop.services.catalog_refs import CATEGORY_SEPARATOR, DEFAULT_TAX_CLASS
from pos_desktop.services.product_rules import nfc, slugify
from sync.protocol import ErrorCode
from sync.server.admin import find_org, hq_hlc
from sync.server.changes import ChangeSet, record
from sync.server.convert import to_values
from sync.server.errors import HqError
from sync.server.merge import write_rows
from sync.server.schema import SYNCED, table
from sync.server.sqlutil import chunks

PRODUCTS = table("products")
VARIANTS = table("product_variants")
CATEGORIES = table("categories")
TAXES = table("tax_classes")


def _refuse(exc: csvfmt.ProductImportError) -> HqError:
    return HqError(
        ErrorCode.BAD_REQUEST,
        str(exc),
        400,
        {"errors": [str(e) for e in exc.report.errors[:200]]},
    )


def _parse(session: Session, org_id: str, currency: str, path: Path) -> tuple[list[str], list[Any]]:
    records = csvfmt._records(csvfmt._read_text(path))
    first = next(records, None)
    if first is None or not any(c.strip() for c in first[1]):
        raise csvfmt._fail([csvfmt.RowError(1, None, "the file is empty; expected a header row")])
    header = csvfmt._header(first[1])
    tax_ids = {
        str(code).upper(): tid
        for code, tid in session.execute(
            select(TAXES.c.code, TAXES.c.id).where(
                TAXES.c.organization_id == org_id, TAXES.c.is_active.is_(True)
            )
        )
    }
    rows: list[Any] = []
    for line, record_ in records:
        if not any(c.strip() for c in record_):
            continue
        if len(record_) != len(header):
            bad = csvfmt._Row(line, {})
            reason = f"has {len(record_)} fields, the header has {len(header)}"
            bad.errors.append(csvfmt.RowError(line, None, reason))
            rows.append(bad)
            continue
        rows.append(
            csvfmt._parse_row(line, dict(zip(header, record_, strict=True)), currency, tax_ids)
        )
    csvfmt._check_duplicates(rows)
    return header, rows


def _existing(session: Session, org_id: str, rows: list[Any]) -> dict[str, dict[str, Any]]:
    skus = [r.values["sku"] for r in rows if r.values.get("sku")]
    found: dict[str, dict[str, Any]] = {}
    for part in chunks(skus, 500):
        stmt = select(PRODUCTS).where(
            PRODUCTS.c.organization_id == org_id, PRODUCTS.c.sku.in_(part)
        )
        found.update((r["sku"], dict(r)) for r in session.execute(stmt).mappings())
    in_file = set(skus)
    for key in ("barcode", "item_code"):
        codes = [r.values[key] for r in rows if r.values.get(key)]
        owners: dict[str, str] = {}
        for part in chunks(codes, 500):
            column = PRODUCTS.c[key]
            owners.update(
                (str(code), str(sku))
                for code, sku in session.execute(
                    select(column, PRODUCTS.c.sku).where(
                        column.in_(part),
                        PRODUCTS.c.organization_id == org_id,
                        PRODUCTS.c.deleted_at.is_(None),
                    )
                )
            )
            if key == "barcode":
                owners.update(
                    (str(code), f"a variant of {sku}")
                    for code, sku in session.execute(
                        select(VARIANTS.c.barcode, PRODUCTS.c.sku)
                        .join(PRODUCTS, PRODUCTS.c.id == VARIANTS.c.product_id)
                        .where(VARIANTS.c.barcode.in_(part), VARIANTS.c.organization_id == org_id)
                    )
                )
        for row in rows:
            code = row.values.get(key)
            owner = owners.get(code) if code else None
            if owner and owner != row.values.get("sku") and owner not in in_file:
                row.errors.append(
                    csvfmt.RowError(row.line, key, f"{code} is already used by {owner}")
                )
    for row in rows:
        product = found.get(row.values.get("sku", ""))
        if product is not None and product["deleted_at"] is not None:
            row.errors.append(
                csvfmt.RowError(row.line, "sku", f"{product['sku']} belongs to a deleted product")
            )
        weighed = row.values.get("is_weighed", product["is_weighed"] if product else False)
        unit = row.values.get("unit", product["unit"] if product else "pcs")
        if weighed and unit != "kg" and not row.errors:
            row.errors.append(csvfmt.RowError(row.line, "unit", "a weighed item is sold by the kg"))
    return found


class _Categories:
    """Category paths -> ids, creating missing levels (names compared case-insensitively)."""

    def __init__(self, session: Session, org_id: str, now: datetime, changes: ChangeSet) -> None:
        self.session, self.org_id, self.now, self.changes = session, org_id, now, changes
        self.cache: dict[str, str] = {}

    def id_for(self, path: str) -> str:
        key = path.casefold()
        if key not in self.cache:
            parent: str | None = None
            for name in [nfc(" ".join(p.split())) for p in path.split(CATEGORY_SEPARATOR.strip())]:
                parent = self._find(name, parent) or self._create(name, parent)
            assert parent is not None
            self.cache[key] = parent
        return self.cache[key]

    def _find(self, name: str, parent: str | None) -> str | None:
        c = CATEGORIES.c
        stmt = select(c.id).where(
            c.organization_id == self.org_id,
            func.lower(c.name) == name.lower(),
            c.parent_id.is_(None) if parent is None else c.parent_id == parent,
        )
        found = self.session.execute(stmt.limit(1)).scalar_one_or_none()
        return None if found is None else str(found)

    def _create(self, name: str, parent: str | None) -> str:
        c = CATEGORIES.c
        base = slugify(name)
        slug, n = base, 1
        while self.session.execute(
            select(c.id).where(c.organization_id == self.org_id, c.slug == slug)
        ).first():
            n += 1
            slug = f"{base}-{n}"
        row = to_values(
            CATEGORIES,
            {"id": new_id(), "organization_id": self.org_id, "name": name, "slug": slug},
        )
        row.update(parent_id=parent, created_at=self.now, updated_at=self.now)
        write_rows(self.session, SYNCED["categories"], {}, {row["id"]: row})
        self.changes.touch("categories", row["id"])
        return str(row["id"])


def import_catalog(session: Session, org_id: str, path: Path, now: datetime) -> int:
    """Create or update the file's products in one transaction; returns how many changed."""
    org = find_org(session, org_id)
    try:
        header, rows = _parse(session, org["id"], org["currency"], Path(path))
        existing = _existing(session, org["id"], rows)
        errors = [e for r in rows for e in r.errors]
        if errors:
            raise csvfmt._fail(errors, len(rows))
    except csvfmt.ProductImportError as exc:
        raise _refuse(exc) from None
    except ValidationError as exc:
        raise HqError(ErrorCode.BAD_REQUEST, exc.message, 400) from None
    changes = ChangeSet(org["id"])
    categories = _Categories(session, org["id"], now, changes)
    default_tax = session.execute(
        select(TAXES.c.id).where(
            TAXES.c.organization_id == org["id"], TAXES.c.code == DEFAULT_TAX_CLASS
        )
    ).scalar_one_or_none()
    before = {p["id"]: p for p in existing.values()}
    after: dict[str, dict[str, Any] | None] = {}
    stamp = hq_hlc(now)
    for row in rows:
        values = dict(row.values)
        if "category" in header:
            values["category_id"] = categories.id_for(row.category) if row.category else None
        current = existing.get(values["sku"])
        if current is None:
            values.setdefault("tax_class_id", default_tax)
            new = to_values(
                PRODUCTS,
                {
                    "id": new_id(),
                    "organization_id": org["id"],
                    "currency": org["currency"],
                    **values,
                },
            )
            new.update(created_at=now, updated_at=now, hlc=stamp)
            after[new["id"]] = new
        elif any(current[k] != v for k, v in values.items()):
            after[current["id"]] = {**current, **values, "updated_at": now, "hlc": stamp}
    try:
        with session.begin_nested():
            write_rows(session, SYNCED["products"], before, after)
    except (
        IntegrityError,
        DataError,
    ) as exc:  # a code swap between rows that the checks cannot order
        raise HqError(
            ErrorCode.BAD_REQUEST, f"nothing imported: conflicting codes ({exc})"[:500], 400
        ) from None
    for product_id in after:
        changes.touch("products", product_id)
    record(session, changes, now)
    return len(after)
