"""Screenshots of the Reports pages on the demo store (three days of trading through checkout):
sales by day with its bar chart, and the first page of the exported sales-by-category PDF
rendered with pdftoppm. Saved to $POS_SCREENSHOT_DIR when set, else to a temporary folder."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pos_desktop.core.clock import utc_now
from pos_desktop.demo.build import DemoOptions
from pos_desktop.demo.credentials import DEMO_ADMIN
from pos_desktop.services.auth import login_with_password
from pos_desktop.services.reports_period import store_zone
from pos_desktop.ui.backoffice.reports import ReportPage
from pos_desktop.ui.context import UiContext
from tests.backoffice.support import demo_ui_for, open_back_office, open_page
from tests.reports.test_report_files import assert_not_blank, pdf_text
from tests.ui.conftest import wait_idle
from tests.ui.test_sell_screenshots import _save


@pytest.fixture
def demo_ui(tmp_path: Path, qtbot: QtBot) -> Iterator[UiContext]:
    yield from demo_ui_for(
        tmp_path, qtbot, DemoOptions(products=200, customers=30, sales_days=3, sales_per_day=30)
    )


def test_report_screenshots(demo_ui: UiContext, qtbot: QtBot, tmp_path: Path) -> None:
    ui = demo_ui
    admin = login_with_password(ui.ctx, DEMO_ADMIN.username, DEMO_ADMIN.password or "")
    shell, screen = open_back_office(qtbot, ui, admin)
    shell.resize(1366, 860)
    page = open_page(qtbot, ui, screen, "reports.sales")
    assert isinstance(page, ReportPage)
    today = utc_now().astimezone(store_zone(ui.ctx)).date()
    page.period.set_custom(today - timedelta(days=6), today)
    page.choose("day")
    wait_idle(qtbot, ui)
    rows = page.model.text_rows()
    assert len(rows) == 8  # seven days and the total
    trading = [r for r in rows[:-1] if r[1] != "0"]
    assert len(trading) >= 3, "the demo's days of trading show"
    qtbot.wait(100)
    image = _save(shell, "backoffice-report-sales.png", tmp_path)
    assert image.width() >= 1300

    page.choose("category")
    wait_idle(qtbot, ui)
    assert page.model.rowCount() >= 3
    page.export_dir = tmp_path / "exports"
    page.export("pdf")
    wait_idle(qtbot, ui)
    pdf = page.last_exports[-1]
    text = pdf_text(pdf)
    assert "Sales by category" in text and "Page 1 of" in text
    folder = Path(os.environ.get("POS_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    stem = tmp_path / "report-pdf"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )
    assert_not_blank(stem.with_suffix(".png"))
    shutil.copyfile(stem.with_suffix(".png"), folder / "backoffice-report-pdf.png")
