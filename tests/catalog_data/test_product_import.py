"""Import with a preview (CSV and XLSX), the broken file of the issue, and exports guarded
against spreadsheet formula injection."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import text

from pos_desktop.core.errors import PermissionDenied
from pos_desktop.services.catalog import VariantDraft, add_variant, lookup_barcode
from pos_desktop.services.product_import import (
    ExportFilter,
    RowAction,
    apply_import,
    export_catalog,
    preview_import,
)
from pos_desktop.services.products_csv import COLUMNS, ProductImportError
from tests.catalog.factory import ean13, make_product
from tests.support.terminal import Terminal

HEADER = "sku,name,price,barcode,category,tax_class"


def write(tmp_path: Path, body: str, name: str = "p.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(body.encode(encoding))
    return path


def xlsx(tmp_path: Path, rows: list[list[Any]], name: str = "p.xlsx") -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def snapshot(terminal: Terminal) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables an import could touch, and the outbox."""
    tables = ("products", "product_variants", "categories", "sync_outbox", "audit_logs")
    with terminal.db.read() as s:
        return {
            t: [tuple(r) for r in s.execute(text(f"SELECT * FROM {t} ORDER BY id"))] for t in tables
        }


def test_preview_says_new_changed_unchanged_and_apply_writes_it(
    terminal: Terminal, tmp_path: Path
) -> None:
    make_product(terminal, sku="TEA", name="Tea 100 g", price_minor=450_00, barcode=ean13(1))
    make_product(terminal, sku="SOAP", name="Soap", price_minor=95_00, barcode=ean13(2))
    body = (
        "sku,name,price,barcode\n"
        f"TEA,Tea 100 g,450.00,{ean13(1)}\n"  # unchanged
        f"SOAP,Soap bar,99.50,{ean13(2)}\n"  # name and price change
        f"RICE,Samba rice 5 kg,1500,{ean13(3)}\n"  # new
    )
    path = write(tmp_path, body)
    before = snapshot(terminal)
    preview = preview_import(terminal.ctx, terminal.manager, path)
    assert snapshot(terminal) == before  # a preview writes nothing
    assert [(r.line, r.action, r.changed) for r in preview.rows] == [
        (2, RowAction.UNCHANGED, ()),
        (3, RowAction.CHANGED, ("name", "price")),
        (4, RowAction.NEW, ()),
    ]
    assert preview.can_apply(False)
    report = apply_import(terminal.ctx, terminal.manager, path)
    assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
    with terminal.db.read() as s:
        soap = lookup_barcode(s, ean13(2))
        rice = lookup_barcode(s, ean13(3))
    assert soap is not None and (soap.name, soap.price_minor) == ("Soap bar", 99_50)
    assert rice is not None and rice.price_minor == 1500_00
    with pytest.raises(PermissionDenied):
        preview_import(terminal.ctx, terminal.cashier, path)


def test_xlsx_goes_through_the_same_validator(terminal: Terminal, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path,
        [
            ["SKU", "Name", "Price", "Barcode", "Category", "Tax class"],
            ["MILK", "Anchor milk 400 g", 1250.5, int(ean13(4)), "Food > Dairy", "VAT18"],
            ["DHAL", "පරිප්පු 1kg", 480, None, None, None],  # trailing blanks
            [None, None, None, None, None, None],  # an empty row
            ["BAD", "Bad barcode", -5, float(ean13(5)[:-1] + "0"), None, None],
        ],
    )
    preview = preview_import(terminal.ctx, terminal.manager, path)
    assert preview.format == "xlsx"
    assert [(r.line, r.action) for r in preview.rows] == [
        (2, RowAction.NEW),
        (3, RowAction.NEW),
        (5, RowAction.ERROR),
    ]
    assert {(e.column, e.reason.split(" ")[0]) for e in preview.rows[2].errors} == {
        ("price", "price"),
        ("barcode", "barcode"),
    }
    assert not preview.can_apply(False) and preview.can_apply(True)
    report = apply_import(terminal.ctx, terminal.manager, path, skip_bad_rows=True)
    assert (report.created, report.skipped) == (2, 1)
    with terminal.db.read() as s:
        milk = lookup_barcode(s, ean13(4))
    assert milk is not None and milk.price_minor == 1250_50


BROKEN = (
    f"{HEADER}\n"
    f"A1,Good one,100,{ean13(10)},,\n"
    f"A2,Wrong check digit,100,{ean13(11)[:-1]}{(int(ean13(11)[-1]) + 1) % 10},,\n"
    "A3,Letters in barcode,100,47900ABC00013,,\n"
    f"A1,Same SKU again,100,{ean13(12)},,\n"
    "a-existing,Case twin of a catalog SKU,100,,,\n"
    "VAR-SKU,Uses a variant's SKU,100,,,\n"
    "A4,Negative price,-12.50,,,\n"
    "A5,Huge price,99999999999,,,\n"
    f"A6,{'N' * 300},100,,,\n"
    "A7,Unknown tax,100,,,GST99\n"
    ",,,,,\n"
    "\n"
    "A8,Too many fields,100,,,,extra\n"
)


def test_the_broken_file_is_reported_row_by_row_and_nothing_is_written(
    terminal: Terminal, tmp_path: Path
) -> None:
    existing = make_product(terminal, sku="A-EXISTING", name="Existing", price_minor=1_00)
    add_variant(terminal.ctx, terminal.manager, existing.id, VariantDraft("Size", "L", "VAR-SKU"))
    path = write(tmp_path, BROKEN)
    before = snapshot(terminal)
    preview = preview_import(terminal.ctx, terminal.manager, path)
    problems = {(e.row, e.column) for r in preview.rows for e in r.errors}
    assert problems == {
        (3, "barcode"),  # wrong check digit
        (4, "barcode"),  # letters
        (5, "sku"),  # A1 is also on row 2
        (6, "sku"),  # differs only in case from A-EXISTING
        (7, "sku"),  # a variant's SKU
        (8, "price"),  # negative
        (9, "price"),  # too large
        (10, "name"),  # longer than 200 characters
        (11, "tax_class"),
        (14, None),  # field count
    }
    reasons = {e.row: e.reason for r in preview.rows for e in r.errors}
    assert "check digit" in reasons[3] and "digits only" in reasons[4]
    assert "row 2" in reasons[5] and "A-EXISTING" in reasons[6] and "variant" in reasons[7]
    assert "negative" in reasons[8] and "too large" in reasons[9]
    assert [r.action for r in preview.rows if r.line == 2] == [RowAction.NEW]
    assert preview.error_rows == 10 and not preview.can_apply(False)
    with pytest.raises(ProductImportError) as refused:
        apply_import(terminal.ctx, terminal.manager, path)
    assert len(refused.value.report.errors) == 10
    assert snapshot(terminal) == before  # nothing half-imported


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("sku,name,prise,barcode", {("prise", "unknown column"), ("price", "required")}),
        ("sku,name", {("price", "required")}),
        ("sku,name,price,name", {("name", "column appears twice")}),
    ],
)
def test_wrong_or_missing_columns_get_a_header_report(
    terminal: Terminal, tmp_path: Path, header: str, expected: set[tuple[str, str]]
) -> None:
    path = write(tmp_path, f"{header}\nX1,Thing,1,\n")
    before = snapshot(terminal)
    preview = preview_import(terminal.ctx, terminal.manager, path)
    assert preview.rows == () and not preview.can_apply(True)
    found = {(e.column, e.reason) for e in preview.file_errors}
    assert all(e.row == 1 for e in preview.file_errors)
    for column, words in expected:
        assert any(c == column and words in r for c, r in found), found
    with pytest.raises(ProductImportError):
        apply_import(terminal.ctx, terminal.manager, path, skip_bad_rows=True)
    assert snapshot(terminal) == before


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_non_utf8_text_is_refused_naming_the_line_and_nothing_is_written(
    terminal: Terminal, tmp_path: Path, encoding: str
) -> None:
    body = f"{HEADER}\nC1,Cafe,100,,,\nC2,Café crème,250,,,\n"
    path = write(tmp_path, body, encoding=encoding)
    before = snapshot(terminal)
    preview = preview_import(terminal.ctx, terminal.manager, path)
    [error] = preview.file_errors
    assert error.row == 3 and "not UTF-8" in error.reason and "CSV UTF-8" in error.reason
    with pytest.raises(ProductImportError, match="line 3"):
        apply_import(terminal.ctx, terminal.manager, path, skip_bad_rows=True)
    assert snapshot(terminal) == before  # no 'CafÃ©' written either


def test_a_file_that_is_not_a_workbook_is_refused(terminal: Terminal, tmp_path: Path) -> None:
    path = write(tmp_path, "sku,name,price\nX,Y,1\n", name="renamed.xlsx")
    preview = preview_import(terminal.ctx, terminal.manager, path)
    assert [e.reason for e in preview.file_errors] == [
        "the file is not an Excel workbook (.xlsx); save it as one"
    ]


def test_exports_guard_formulas_and_import_back_unchanged(
    terminal: Terminal, tmp_path: Path
) -> None:
    make_product(terminal, sku="F1", name='=HYPERLINK("http://x","click")', price_minor=1_00)
    make_product(terminal, sku="F2", name="+94 phone card", price_minor=2_00)
    make_product(terminal, sku="F3", name="@home mug", price_minor=3_00)
    make_product(terminal, sku="F4", name="-20% soap", price_minor=4_00)
    make_product(terminal, sku="PLAIN", name="Plain tea", price_minor=5_00)
    out_csv = export_catalog(terminal.ctx, terminal.manager, tmp_path / "c.csv")
    assert out_csv.rows == 5
    with (tmp_path / "c.csv").open(encoding="utf-8", newline="") as fh:
        names = {row["sku"]: row["name"] for row in csv.DictReader(fh)}
    assert names == {
        "F1": '\'=HYPERLINK("http://x","click")',
        "F2": "'+94 phone card",
        "F3": "'@home mug",
        "F4": "'-20% soap",
        "PLAIN": "Plain tea",
    }
    export_catalog(terminal.ctx, terminal.manager, tmp_path / "c.xlsx")
    sheet = load_workbook(tmp_path / "c.xlsx").worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header == list(COLUMNS)
    cells = {sheet.cell(r, 1).value: sheet.cell(r, 2) for r in range(2, sheet.max_row + 1)}
    assert cells["F1"].data_type == "s" and cells["F1"].value == '=HYPERLINK("http://x","click")'
    assert all(c.data_type == "s" for c in cells.values())
    # Both exports import back unchanged (the CSV's apostrophes are taken off again).
    for name in ("c.csv", "c.xlsx"):
        preview = preview_import(terminal.ctx, terminal.manager, tmp_path / name)
        assert {r.action for r in preview.rows} == {RowAction.UNCHANGED}, preview.rows


def test_export_follows_the_filter(terminal: Terminal, tmp_path: Path) -> None:
    make_product(terminal, sku="TEA-1", name="Tea one", price_minor=1_00)
    make_product(terminal, sku="TEA-2", name="Tea two", price_minor=1_00, status="DRAFT")
    make_product(terminal, sku="SOAP", name="Soap", price_minor=1_00)
    report = export_catalog(
        terminal.ctx, terminal.manager, tmp_path / "f.csv", ExportFilter(text="tea")
    )
    assert report.rows == 2
    report = export_catalog(
        terminal.ctx,
        terminal.manager,
        tmp_path / "g.csv",
        ExportFilter(text="tea", status="ACTIVE"),
    )
    assert report.rows == 1
    with pytest.raises(PermissionDenied):
        export_catalog(terminal.ctx, terminal.cashier, tmp_path / "h.csv")
