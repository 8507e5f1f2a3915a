"""``pos import products`` / ``pos export products``: sign-in, row reports, nothing partial."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos_desktop.paths import DATABASE_FILE
from pos_desktop.store.models.catalog import Product
from pos_desktop.store.terminal import open_database
from tests.cli.helpers import ADMIN_PASSWORD, init_store, run_cli

GOOD = """sku,name,price,barcode,category,tax_class,is_weighed,item_code
RICE-1,Samba Rice 5kg,1250.00,4790000000013,Food > Rice,EXEMPT,false,
TEA-1,Ceylon Tea 400g,1450.50,,Food > Tea,VAT18,false,
CARROT,Carrot,420.00,,Vegetables,EXEMPT,true,10001
"""
BROKEN = """sku,name,price,barcode
OK-1,Fine Product,100.00,
BAD-1,,50.00,
BAD-2,Bad Price,abc,
BAD-3,Bad Barcode,10.00,4790000000018
"""


def _products(data_dir: Path) -> int:
    db = open_database(data_dir / DATABASE_FILE)
    try:
        with db.read() as s:
            return int(s.execute(select(func.count(Product.id))).scalar_one())
    finally:
        db.dispose()


@pytest.fixture
def store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    data = tmp_path / "store"
    assert init_store(capsys, data).code == 0
    monkeypatch.setenv("POS_USER", "owner")
    monkeypatch.setenv("POS_PASSWORD", ADMIN_PASSWORD)
    return data


def test_broken_csv_reports_each_row_and_imports_nothing(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "broken.csv"
    csv_file.write_text(BROKEN, encoding="utf-8")
    run = run_cli(capsys, "--data-dir", str(store), "import", "products", str(csv_file))
    assert run.code == 2
    assert "nothing imported" in run.err
    assert "row 3, name" in run.err
    assert "row 4, price" in run.err
    assert "row 5, barcode" in run.err and "check digit" in run.err
    assert "Traceback" not in run.err
    assert _products(store) == 0


def test_skip_bad_rows_imports_the_good_ones_and_still_fails_the_exit_code(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "broken.csv"
    csv_file.write_text(BROKEN, encoding="utf-8")
    args = ("--data-dir", str(store), "import", "products", str(csv_file), "--skip-bad-rows")
    run = run_cli(capsys, *args)
    assert run.code == 1
    assert "1 created" in run.out and "3 skipped" in run.out
    assert "row 4, price" in run.err
    assert _products(store) == 1


def test_export_then_import_round_trips(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "good.csv"
    source.write_text(GOOD, encoding="utf-8")
    assert run_cli(capsys, "--data-dir", str(store), "import", "products", str(source)).code == 0
    first = tmp_path / "export1.csv"
    run = run_cli(capsys, "--data-dir", str(store), "export", "products", str(first))
    assert run.code == 0 and "exported 3 products" in run.out

    # Into a second, fresh store: same catalog out again, byte for byte.
    other = tmp_path / "other"
    assert init_store(capsys, other).code == 0
    run = run_cli(capsys, "--data-dir", str(other), "import", "products", str(first))
    assert run.code == 0 and "3 created" in run.out
    second = tmp_path / "export2.csv"
    assert run_cli(capsys, "--data-dir", str(other), "export", "products", str(second)).code == 0
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    # Re-importing an unchanged export changes nothing.
    again = run_cli(capsys, "--data-dir", str(other), "import", "products", str(second))
    assert again.code == 0 and "3 unchanged" in again.out


def test_import_signs_in_and_checks_permissions(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "good.csv"
    source.write_text(GOOD, encoding="utf-8")
    args = ("--data-dir", str(store), "import", "products", str(source))
    monkeypatch.setenv("POS_PASSWORD", "wrong-password")
    wrong = run_cli(capsys, *args)
    assert wrong.code == 2 and "Wrong username or password" in wrong.err
    monkeypatch.delenv("POS_USER")
    anonymous = run_cli(capsys, *args)
    assert anonymous.code == 2 and "--user" in anonymous.err
    missing = run_cli(capsys, "--data-dir", str(store), "import", "products", "/no/such.csv")
    assert missing.code == 2 and "no such file" in missing.err
    assert _products(store) == 0


def test_a_cashier_cannot_import_or_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "demo"
    small = ("--products", "120", "--customers", "10", "--sales-days", "0")
    assert run_cli(capsys, "--data-dir", str(data), "demo", *small).code == 0
    monkeypatch.setenv("POS_USER", "cashier")
    monkeypatch.setenv("POS_PIN", "1111")
    source = tmp_path / "good.csv"
    source.write_text(GOOD, encoding="utf-8")
    imported = run_cli(capsys, "--data-dir", str(data), "import", "products", str(source))
    assert imported.code == 2 and "not allowed" in imported.err
    exported = run_cli(capsys, "--data-dir", str(data), "export", "products", str(tmp_path / "o"))
    assert exported.code == 2 and "not allowed" in exported.err
    assert not (tmp_path / "o").exists()
    assert _products(data) == 120
