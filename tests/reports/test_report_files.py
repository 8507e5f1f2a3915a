"""Report files: the PDF read back with pdftotext holds the figures the service computed and
renders to a non-blank PNG (pdftoppm); CSV with BOM and formula guard; XLSX with real numbers."""

from __future__ import annotations

import csv
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from PIL import Image, ImageStat

from pos_desktop.core.money import Money, format_amount
from pos_desktop.reports.report_export import ReportMeta, load_meta, write_csv, write_xlsx
from pos_desktop.reports.report_pdf import runs, write_report_pdf
from pos_desktop.reports.report_tables import Chart, Column, Kind, ReportTable, build_table
from pos_desktop.services.checkout import checkout
from pos_desktop.services.payments import PaymentRequest
from pos_desktop.services.reports_period import Period
from tests.reports.scenario import at, build_scenario, local
from tests.sales.conftest import _product
from tests.support.terminal import Terminal

MARCH = Period(date(2025, 3, 1), date(2025, 3, 31), "Asia/Colombo")
SINHALA = "පාන් 400g"
TAMIL = "பால் மா"


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode()


def first_page_png(path: Path, out: Path) -> Path:
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(path), str(out)],
        check=True,
    )
    return out.with_suffix(".png")


def assert_not_blank(png: Path) -> None:
    image = Image.open(png).convert("L")
    stat = ImageStat.Stat(image)
    assert stat.stddev[0] > 10, "the page is blank"
    dark = sum(image.histogram()[:128])
    assert dark > 500, "too little ink on the page"


def test_sales_pdf_has_the_figures_chart_and_page_numbers(
    terminal: Terminal, tmp_path: Path
) -> None:
    sc = build_scenario(terminal)
    bread = _product(terminal, sku="BREAD-SI", name=SINHALA, price_minor=180_00)
    milk = _product(terminal, sku="MILK-TA", name=TAMIL, price_minor=950_00)
    cart = sc.shop.cart((bread, 1), (milk, 1))
    checkout(
        at(sc.shop, local(4, 10, 0)), terminal.cashier, cart, [PaymentRequest("CASH", 2000_00)]
    )

    meta = load_meta(terminal.ctx, MARCH.label())
    for key in ("day", "product", "payment", "tax"):
        table = build_table(terminal.ctx, terminal.manager, key, MARCH)
        path = write_report_pdf(table, meta, tmp_path / f"{key}.pdf")
        text = pdf_text(path)
        assert "Test Store" in text and table.title in text
        assert "2025-03-01 to 2025-03-31" in text and "Generated" in text
        assert "Page 1 of" in text
        assert table.totals is not None
        for cell in table.totals:
            if isinstance(cell, Money):
                assert format_amount(cell) in text, (key, cell)
        assert_not_blank(first_page_png(path, tmp_path / f"{key}-page"))
        if key == "product":
            assert SINHALA.split()[0] in text and TAMIL.split()[0] in text
            for row in table.rows:
                assert format_amount(row[3]) in text  # type: ignore[arg-type]
        if key == "day":
            net = table.totals[5]
            assert isinstance(net, Money)
            assert net.minor == sum(r[5].minor for r in table.rows)  # type: ignore[union-attr]


def test_a_long_report_has_numbered_pages(terminal: Terminal, tmp_path: Path) -> None:
    rows = tuple((f"Item {i}", Money(i * 100)) for i in range(300))
    table = ReportTable(
        "product", "Long", (Column("Name", Kind.TEXT), Column("Amount", Kind.MONEY)), rows,
        ("Total", Money(sum(i * 100 for i in range(300)))), Chart("bar", 0, 1, limit=10), "LKR",
    )  # fmt: skip
    meta = ReportMeta("Shop", (), "2025-03-01", "2025-03-31 10:00")
    text = pdf_text(write_report_pdf(table, meta, tmp_path / "long.pdf"))
    pages = text.count("\f")
    assert pages >= 3 and f"Page {pages} of {pages}" in text


def test_csv_has_a_bom_plain_numbers_and_no_formulas(terminal: Terminal, tmp_path: Path) -> None:
    table = ReportTable(
        "product",
        "Sales by product",
        (Column("Product", Kind.TEXT), Column("Qty", Kind.QUANTITY), Column("Net", Kind.MONEY)),
        (
            ('=HYPERLINK("http://x")', Decimal("0.750"), Money(1250_00)),
            ("+94 phone", Decimal(3), Money(-300_50)),
            ("@SUM(A1)", Decimal(1), Money(5)),
            ("-minus", Decimal(1), Money(5)),
            (SINHALA, Decimal(2), Money(360_00)),
        ),
        ("Total", None, Money(1309_55)),
        None,
        "LKR",
    )
    path = write_csv(table, tmp_path / "p.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Product", "Qty", "Net"]
    assert rows[1] == ['\'=HYPERLINK("http://x")', "0.75", "1250.00"]
    assert rows[2] == ["'+94 phone", "3", "-300.50"]  # a negative amount stays a number
    assert rows[3][0] == "'@SUM(A1)" and rows[4][0] == "'-minus"
    assert rows[5] == [SINHALA, "2", "360.00"]
    assert rows[6] == ["Total", "", "1309.55"]


def test_xlsx_numbers_are_numbers(terminal: Terminal, tmp_path: Path) -> None:
    build_scenario(terminal)
    table = build_table(terminal.ctx, terminal.manager, "tax", MARCH)
    meta = load_meta(terminal.ctx, MARCH.label())
    path = write_xlsx(table, meta, tmp_path / "tax.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Tax report" and values[1][0] == "Test Store"
    header = next(i for i, row in enumerate(values) if row[0] == "Tax class")
    body = list(sheet.iter_rows(min_row=header + 2))
    taxable = body[0][2]
    assert isinstance(taxable.value, int | float | Decimal) and taxable.number_format == "#,##0.00"
    total = body[-1]
    assert total[0].value == "Total" and total[0].font.b
    assert table.totals is not None and isinstance(table.totals[3], Money)
    assert Decimal(str(total[3].value)) == table.totals[3].amount
    rate = body[0][1]
    assert rate.number_format == "0.00%"
    # Text that looks like a formula stays text.
    tricky = ReportTable("x", "T", (Column("Name", Kind.TEXT),), (("=1+1",),), None, None, "LKR")
    sheet2 = load_workbook(write_xlsx(tricky, meta, tmp_path / "t.xlsx")).active
    assert sheet2 is not None
    cell = next(c for row in sheet2.iter_rows() for c in row if c.value == "=1+1")
    assert cell.data_type == "s"


def test_runs_split_scripts() -> None:
    assert [f for f, _ in runs(SINHALA)] == ["NotoSansSinhala", "Helvetica"]
    assert list(runs("Rice 5kg")) == [("Helvetica", "Rice 5kg")]
    assert [f for f, _ in runs(TAMIL, bold=True)] == ["NotoSansTamil-Bold"]
