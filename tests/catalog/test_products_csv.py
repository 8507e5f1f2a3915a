"""Products CSV: validation reports by row, nothing partial, skip mode, export/import round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos_desktop.core.errors import PermissionDenied
from pos_desktop.services.catalog import get_product, lookup_barcode, search_products
from pos_desktop.services.products_csv import (
    COLUMNS,
    ProductImportError,
    export_products,
    import_products,
)
from pos_desktop.store.models import AuditLog
from pos_desktop.store.models.catalog import Category, Product
from tests.catalog.factory import ean13, make_product
from tests.support.terminal import Terminal, make_terminal

HEADER = ",".join(COLUMNS)


def write(tmp_path: Path, body: str, name: str = "products.csv") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def count(terminal: Terminal, model: type[object]) -> int:
    with terminal.db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


GOOD = f"""{HEADER}
MILK-400,Anchor Milk Powder 400g,1250.50,{ean13(1)},980,Food > Dairy,VAT18,pcs,false,ACTIVE,,5
RICE-KG,Samba Rice,"1,240.00",,,Food > Grains,EXEMPT,kg,true,ACTIVE,10001,2.5
SUGAR,සීනි 1kg,310,{ean13(2)},,Food > Grains,ZERO,,,,,
"""


def test_import_creates_products_categories_and_reports(terminal: Terminal, tmp_path: Path) -> None:
    report = import_products(terminal.ctx, terminal.manager, write(tmp_path, GOOD))
    assert (report.rows, report.created, report.updated, report.skipped) == (3, 3, 0, 0)
    assert report.ok and report.changes.touches("products")
    with terminal.db.read() as s:
        milk = lookup_barcode(s, ean13(1))
        rice = lookup_barcode(s, "10001")
        sugar = search_products(s, "සීනි")
        categories = sorted(s.execute(select(Category.name)).scalars())
        milk_details = get_product(s, milk.product_id) if milk else None
    assert milk is not None and milk.price_minor == 125_050 and milk.tax_code == "VAT18"
    assert milk_details is not None and milk_details.cost_minor == 98_000
    assert milk_details.stock_threshold_milli == 5_000
    assert rice is not None and (rice.price_minor, rice.unit, rice.is_weighed) == (
        124_000,
        "kg",
        True,
    )
    assert rice.tax_code == "EXEMPT"
    assert [h.sku for h in sugar] == ["SUGAR"] and sugar[0].tax_code == "ZERO"
    assert categories == ["Dairy", "Food", "Grains"]
    with terminal.db.read() as s:
        [entry] = s.execute(select(AuditLog).where(AuditLog.action == "products.import")).scalars()
    assert entry.new_values is not None and entry.new_values["created"] == 3


def test_reimport_is_unchanged_and_a_price_change_is_audited(
    terminal: Terminal, tmp_path: Path
) -> None:
    import_products(terminal.ctx, terminal.manager, write(tmp_path, GOOD))
    again = import_products(terminal.ctx, terminal.manager, write(tmp_path, GOOD))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    changed = GOOD.replace("1250.50", "1300.00")
    result = import_products(terminal.ctx, terminal.manager, write(tmp_path, changed))
    assert (result.created, result.updated, result.unchanged) == (0, 1, 2)
    with terminal.db.read() as s:
        [entry] = s.execute(
            select(AuditLog).where(AuditLog.action == "product.price_change")
        ).scalars()
    assert entry.old_values == {"price_minor": 125_050, "currency": "LKR"}
    assert entry.new_values is not None and entry.new_values["price_minor"] == 130_000


BROKEN = f"""{HEADER}
OK-1,Good Row,100,{ean13(3)},,,,,,,,
BAD-CHECK,Bad check digit,100,4790000000012,,,,,,,,
NEG,Negative price,-5,,,,,,,,,
NAN,Unparseable price,abc,,,,,,,,,
HUGE,Absurd price,999999999999,,,,,,,,,
CENTS,Too many decimals,1.005,,,,,,,,,
OK-1,Duplicate SKU,100,,,,,,,,,
DUPBC,Duplicate barcode,100,{ean13(3)},,,,,,,,
TAX,Unknown tax,100,,,,VAT99,,,,,
SHORT,Too few fields,100
,Missing sku,100,,,,,,,,,
NONAME,,100,,,,,,,,,
WEIGH,Weighed pcs,100,,,,,pcs,true,,,
ITEM,Bad item code,100,,,,,,,,12,
STAT,Bad status,100,,,,,,,GONE,,
TAKEN,Barcode of existing product,100,{ean13(9)},,,,,,,,
"""


def test_broken_rows_are_reported_by_line_and_nothing_is_written(
    terminal: Terminal, tmp_path: Path
) -> None:
    make_product(terminal, sku="EXISTING", barcode=ean13(9))
    before = (count(terminal, Product), count(terminal, Category), count(terminal, AuditLog))
    with pytest.raises(ProductImportError) as info:
        import_products(terminal.ctx, terminal.manager, write(tmp_path, BROKEN))
    found = [(e.row, e.column) for e in info.value.report.errors]
    assert found == [
        (3, "barcode"),
        (4, "price"),
        (5, "price"),
        (6, "price"),
        (7, "price"),
        (8, "sku"),
        (9, "barcode"),
        (10, "tax_class"),
        (11, None),
        (12, "sku"),
        (13, "name"),
        (14, "unit"),
        (15, "item_code"),
        (16, "status"),
        (17, "barcode"),
    ]
    reasons = {e.row: e.reason for e in info.value.report.errors}
    assert "check digit" in reasons[3]
    assert "also on row 2" in reasons[8]
    assert "EXISTING" in reasons[17]
    assert "row 3" in info.value.message and "more problems" in info.value.message
    after = (count(terminal, Product), count(terminal, Category), count(terminal, AuditLog))
    assert after == before


def test_skip_bad_rows_imports_the_good_ones(terminal: Terminal, tmp_path: Path) -> None:
    body = f"""{HEADER}
A-1,Alpha,100,,,Snacks,,,,,,
B-1,Beta,-1,,,Snacks,,,,,,
C-1,Gamma,200,,,,,,,,,
"""
    report = import_products(
        terminal.ctx, terminal.manager, write(tmp_path, body), skip_bad_rows=True
    )
    assert (report.created, report.skipped) == (2, 1)
    assert [(e.row, e.column) for e in report.errors] == [(3, "price")]
    assert not report.ok
    with terminal.db.read() as s:
        assert sorted(s.execute(select(Product.sku)).scalars()) == ["A-1", "C-1"]


@pytest.mark.parametrize(
    ("body", "row", "fragment"),
    [
        ("sku,name\nA,B\n", 1, "required column is missing"),
        ("sku,name,price,colour\nA,B,1,red\n", 1, "unknown column"),
        ("sku,name,price,price\nA,B,1,2\n", 1, "twice"),
        ("", 1, "empty"),
        ('sku,name,price\nA,"unclosed,1\n', 2, "broken CSV"),
    ],
)
def test_file_level_problems(
    terminal: Terminal, tmp_path: Path, body: str, row: int, fragment: str
) -> None:
    with pytest.raises(ProductImportError) as info:
        import_products(terminal.ctx, terminal.manager, write(tmp_path, body))
    [error] = info.value.report.errors[:1]
    assert error.row == row and fragment in error.reason
    assert count(terminal, Product) == 0


def test_non_utf8_file_gets_a_clear_error(terminal: Terminal, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("sku,name,price\nA,Crème brûlée,100\n".encode("latin-1"))
    with pytest.raises(ProductImportError) as info:
        import_products(terminal.ctx, terminal.manager, path)
    assert "not UTF-8" in info.value.message and "line 2" in info.value.message
    assert count(terminal, Product) == 0


def test_missing_file_is_a_clear_error(terminal: Terminal, tmp_path: Path) -> None:
    with pytest.raises(ProductImportError, match="cannot read"):
        import_products(terminal.ctx, terminal.manager, tmp_path / "nope.csv")


def test_bom_semicolons_quotes_and_partial_columns(terminal: Terminal, tmp_path: Path) -> None:
    p = make_product(terminal, sku="KEEP", barcode=ean13(4), item_code="40001", price_minor=500)
    body = '\ufeffSKU;Name;Price\nKEEP;"Kept; renamed";7.50\nNEW;"Multi\nline";1\n'
    report = import_products(terminal.ctx, terminal.manager, write(tmp_path, body))
    assert (report.created, report.updated) == (1, 1)
    with terminal.db.read() as s:
        kept = get_product(s, p.id)
    assert kept is not None
    assert (kept.name, kept.price_minor) == ("Kept; renamed", 750)
    assert (kept.barcode, kept.item_code) == (ean13(4), "40001")  # columns left out are kept


def test_cashier_cannot_import(terminal: Terminal, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        import_products(terminal.ctx, terminal.cashier, write(tmp_path, GOOD))
    assert count(terminal, Product) == 0


def test_export_then_import_round_trips(terminal: Terminal, tmp_path: Path) -> None:
    import_products(terminal.ctx, terminal.manager, write(tmp_path, GOOD))
    make_product(terminal, sku='Q,"X', name='Quote "and", comma', cost_minor=1)
    first = export_products(terminal.ctx, tmp_path / "out.csv")
    assert first.rows == 4
    again = import_products(terminal.ctx, terminal.manager, first.path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    other = make_terminal(tmp_path / "other.db")
    try:
        copied = import_products(other.ctx, other.manager, first.path)
        assert copied.created == 4
        second = export_products(other.ctx, tmp_path / "out2.csv")
    finally:
        other.db.dispose()
    assert second.path.read_text(encoding="utf-8") == first.path.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".export-*"))
