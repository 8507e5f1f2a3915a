"""The shift report PDF (Qt-free): every section of a Z report with sales, returns, tax classes,
payment methods and a counted drawer, read back with pdftotext; atomic file naming."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from pos_desktop.core.money import Money
from pos_desktop.reports.shift_report_pdf import REPORTS_FOLDER, save_shift_report_pdf
from pos_desktop.reports.shift_report_rows import load_header, report_sections
from pos_desktop.services import shifts
from pos_desktop.services.shift_reports import read_report
from tests.shifts.sales_factory import LineSpec, PaySpec, SaleSpec, write_sales
from tests.support.terminal import Terminal


def _text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode()


def _shift_with_sales(terminal: Terminal) -> str:
    opened = shifts.open_shift(terminal.ctx, terminal.cashier, Money(2000_00))
    specs = [
        SaleSpec(
            "SALE",
            1,
            (
                LineSpec(2000, 1180_00, tax_minor=180_00),
                LineSpec(1000, 300_00, "EXEMPT", Decimal(0)),
            ),
            (PaySpec("CASH", 1480_00, change_minor=20_00),),
        ),
        SaleSpec(
            "SALE",
            2,
            (LineSpec(1000, 590_00, tax_minor=90_00),),
            (PaySpec("CARD", 590_00),),
        ),
        SaleSpec(
            "RETURN",
            3,
            (LineSpec(-1000, -300_00, "EXEMPT", Decimal(0)),),
            (PaySpec("CASH", -300_00),),
        ),
    ]
    write_sales(
        terminal.db,
        terminal.ctx.terminal,
        opened.shift_id,
        terminal.cashier.user_id,
        specs,
        datetime(2025, 3, 1, 5, 0, tzinfo=UTC),
    )
    shifts.cash_out(terminal.ctx, terminal.cashier, Money(1000_00), "drop to safe")
    return opened.shift_id


def test_z_report_pdf_has_every_section(terminal: Terminal, tmp_path: Path) -> None:
    _shift_with_sales(terminal)
    # Expected: 2,000 float + 1,480 cash - 300 refund - 1,000 drop = 2,180.00
    closed = shifts.close_shift(terminal.ctx, terminal.cashier, {1000: 2, 100: 1, 50: 1, 20: 1})
    assert closed.over_short == Money(-10_00)
    path = save_shift_report_pdf(terminal.ctx, closed.report, tmp_path)
    assert path == tmp_path / REPORTS_FOLDER / "Z00001_S01-T01.pdf"
    assert not list(path.parent.glob("*.part"))
    text = _text(path)
    for expected in (
        "Test Store",
        "VAT reg. no. 123456789-7000",
        "Z report No. 1",
        "Kasun Cashier",
        "Sales (2)",
        "LKR 2,070.00",
        "Returns (1)",
        "LKR -300.00",
        "Net total",
        "LKR 1,770.00",
        "VAT 18%",
        "EXEMPT 0%",
        "Cash (2)",
        "Card (1)",
        "refunded",
        "Opening float",
        "Cash out",
        "LKR -1,000.00",
        "Expected in drawer",
        "LKR 2,180.00",
        "Counted",
        "LKR 2,170.00",
        "Short",
        "LKR -10.00",
        "1000 x 2",
        "20 x 1",
    ):
        assert expected in text, expected


def test_x_report_pdf_is_named_by_time_and_says_it_is_a_reading(
    terminal: Terminal, tmp_path: Path
) -> None:
    _shift_with_sales(terminal)
    report = read_report(terminal.ctx, terminal.cashier, "X")
    path = save_shift_report_pdf(terminal.ctx, report, tmp_path)
    assert path.name.startswith("X_S01-T01_") and path.suffix == ".pdf"
    text = _text(path)
    assert "X report (reading, not final)" in text
    assert "the shift stays open" in text
    assert "Counted" not in text


def test_sections_use_names_not_ids(terminal: Terminal) -> None:
    _shift_with_sales(terminal)
    report = read_report(terminal.ctx, terminal.cashier, "X")
    with terminal.db.read() as s:
        header = load_header(s, terminal.ctx, report)
    assert header.terminal == "S01-T01"
    rows = {r.label: r.value for sec in report_sections(report, header) for r in sec.rows}
    assert rows["Cashier"] == "Kasun Cashier"
    assert rows["Items sold"] == "3"  # 2 + 1 + 1 - 1
