"""Back office, catalog data pages: price changes (schedule in the dialog, cancel), import with
preview (errors highlighted, Apply only when allowed) and export, barcode labels to a PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.app import AppServices
from pos_desktop.paths import resolve_data_paths
from pos_desktop.store.models.catalog import Product
from pos_desktop.store.models.scheduled_prices import ScheduledPrice
from pos_desktop.ui.backoffice.import_page import ERROR_BRUSH, ImportPage
from pos_desktop.ui.backoffice.labels_page import LabelsPage
from pos_desktop.ui.backoffice.price_change_dialog import PriceChangeDialog
from pos_desktop.ui.backoffice.price_changes_page import PriceChangesPage
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.tasks import TaskRunner
from tests.backoffice.support import open_back_office, open_page
from tests.catalog.factory import ean13, make_product
from tests.support.terminal import Terminal
from tests.ui.conftest import wait_idle


def test_schedule_and_cancel_a_price_change(
    ui: UiContext, qtbot: QtBot, terminal: Terminal
) -> None:
    rice = make_product(terminal, sku="RICE5", name="Samba rice 5 kg", price_minor=1500_00)
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "catalog.price_changes")
    assert isinstance(page, PriceChangesPage)
    assert page.table.rowCount() == 0
    qtbot.mouseClick(page.schedule_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.search, "samba")
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    assert dialog.target is not None and dialog.target.product_id == rice.id
    qtbot.keyClicks(dialog.price, "1,650.00")
    day = datetime.now() + timedelta(days=3)
    dialog.when.setDateTime(QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0)))
    qtbot.keyClicks(dialog.note, "supplier price rise")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    with terminal.db.read() as s:
        row = s.execute(select(ScheduledPrice)).scalar_one()
    assert (row.product_id, row.price_minor, row.note) == (rice.id, 1650_00, "supplier price rise")
    assert page.table.item(0, 1).text() == "Samba rice 5 kg"
    assert page.table.item(0, 0).text() == day.strftime("%Y-%m-%d 00:00")  # store time
    assert "1,650.00" in page.table.item(0, 4).text()
    page.table.selectRow(0)
    assert page.cancel_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    with terminal.db.read() as s:
        assert s.execute(select(ScheduledPrice.cancelled_at)).scalar_one() is not None
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)  # no longer upcoming


def test_import_preview_highlights_errors_and_applies_only_when_allowed(
    ui: UiContext, qtbot: QtBot, terminal: Terminal, tmp_path: Path
) -> None:
    make_product(terminal, sku="TEA", name="Tea", price_minor=450_00)
    path = tmp_path / "products.csv"
    path.write_text(
        "sku,name,price,barcode\n"
        "TEA,Ceylon tea 100 g,450.00,\n"
        f"RICE,Samba rice,1500,{ean13(1)}\n"
        "BAD,Negative,-3,123\n",
        encoding="utf-8",
    )
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "catalog.import")
    assert isinstance(page, ImportPage)
    page.load_file(path)
    wait_idle(qtbot, ui)
    table = page.table
    assert table.rowCount() == 3
    actions = [table.item(r, 1).text() for r in range(3)]
    assert actions == ["Changed", "New", "Error"]
    assert "price" in table.item(2, 4).text() and "barcode" in table.item(2, 4).text()
    assert table.item(2, 0).background() == ERROR_BRUSH
    assert "1 new, 1 changed, 0 unchanged, 1 with errors" in page.counts.text()
    assert not page.apply_button.isEnabled()
    page.skip_bad.setChecked(True)
    assert page.apply_button.isEnabled()
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui)
    assert "1 created, 1 updated" in page.status.text() and "1 skipped" in page.status.text()
    with terminal.db.read() as s:
        names = dict(s.execute(select(Product.sku, Product.name)).all())
    assert names == {"TEA": "Ceylon tea 100 g", "RICE": "Samba rice"}
    page.export_filter.setText("rice")
    page.export_to(tmp_path / "out.xlsx")
    wait_idle(qtbot, ui)
    assert (tmp_path / "out.xlsx").is_file() and "1 product" in page.status.text()


def test_labels_page_saves_a_pdf_of_the_chosen_products(
    ui: UiContext, qtbot: QtBot, terminal: Terminal, tmp_path: Path
) -> None:
    make_product(terminal, sku="RICE5", name="Samba rice 5 kg", barcode=ean13(7))
    _shell, screen = open_back_office(qtbot, ui, terminal.manager)
    page = open_page(qtbot, ui, screen, "catalog.labels")
    assert isinstance(page, LabelsPage)
    qtbot.keyClicks(page.search, "samba")
    qtbot.waitUntil(lambda: page.results.count() == 1)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    spin = page.table.cellWidget(0, 3)
    assert isinstance(spin, QSpinBox)
    spin.setValue(30)
    page.layout_box.setCurrentIndex(page.layout_box.findData("4x10"))
    page.save_pdf(tmp_path / "labels.pdf")
    wait_idle(qtbot, ui)
    assert (tmp_path / "labels.pdf").read_bytes().startswith(b"%PDF")
    assert "30 labels on 1 page" in page.status.text()
    page.print_labels()
    wait_idle(qtbot, ui)
    assert "queued" in page.status.text()


def test_price_change_starts_at_the_stores_next_midnight(qtbot: QtBot, terminal: Terminal) -> None:
    # 19:00 UTC is already the 24th in Colombo: the default start is the store's next midnight,
    # the 25th, whatever date the computer itself shows.
    ctx = replace(terminal.ctx, clock=lambda: datetime(2026, 11, 23, 19, 0, tzinfo=UTC))
    runner = TaskRunner()
    ui = UiContext(
        AppServices(paths=resolve_data_paths(terminal.db.path.parent), db=terminal.db, ctx=ctx),
        runner,
    )
    try:
        dialog = PriceChangeDialog(ui)
        qtbot.addWidget(dialog)
        wait_idle(qtbot, ui)
        assert dialog.when.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-25 00:00"
    finally:
        runner.shutdown()
