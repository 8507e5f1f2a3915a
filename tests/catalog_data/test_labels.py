"""Barcode labels: the A4 PDF read back with pdftotext (names, prices) and pdftoppm + pyzbar
(the EAN-13 codes); the ESC/POS labels received by a printer socket on 127.0.0.1."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from pyzbar.pyzbar import decode

from pos_desktop.core.errors import PermissionDenied, ValidationError
from pos_desktop.hardware.printing.worker import PrintWorker
from pos_desktop.reports.label_sheet_pdf import SheetGrid, cell_boxes
from pos_desktop.services.labels import (
    LabelItem,
    enqueue_labels,
    label_sheet_pdf,
    make_labels,
)
from pos_desktop.services.printer_config import save_printer_config
from pos_desktop.services.scheduled_prices import schedule_price
from pos_desktop.store.models.printing import PrintJob
from tests.catalog.factory import ean13, make_product
from tests.printing.conftest import PrinterServer, pil_rasterize
from tests.support.terminal import Terminal

NAMES = {
    "Anchor milk powder 400 g": ("LKR 1,250.50", 125_050),
    "Samba rice 5 kg": ("LKR 1,500.00", 150_000),
    "තේ කොළ 100g": ("LKR 450.00", 45_000),
    "பால் மா 400g": ("LKR 980.00", 98_000),
}


def _catalog(terminal: Terminal) -> dict[str, str]:
    """name -> product id, with EAN-13 codes 479...1 to 4."""
    ids = {}
    for n, (name, (_text, minor)) in enumerate(NAMES.items(), start=1):
        p = make_product(terminal, name=name, price_minor=minor, barcode=ean13(n))
        ids[name] = p.id
    return ids


def _decoded(pdf: Path, tmp_path: Path, grid: SheetGrid) -> list[str]:
    """The EAN-13 read from each label of the rendered pages, label by label (zbar reports
    one of two identical codes side by side on a page, so each label is cut out first)."""
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(prefix)], check=True)
    scale = 300 / 72
    codes: list[str] = []
    for png in sorted(tmp_path.glob("page*.png")):
        with Image.open(png) as image:
            for box in cell_boxes(grid):
                label = image.crop(tuple(round(v * scale) for v in box))
                found = [d.data.decode() for d in decode(label) if d.type == "EAN13"]
                codes += found
    return codes


def test_label_sheet_pdf_has_names_prices_and_readable_ean13(
    terminal: Terminal, tmp_path: Path
) -> None:
    ids = _catalog(terminal)
    items = [LabelItem(pid, copies=2) for pid in ids.values()]
    pdf = tmp_path / "labels.pdf"
    sheet = label_sheet_pdf(terminal.ctx, terminal.manager, items, pdf, "3x8")
    assert (sheet.pages, sheet.labels) == (1, 8)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    for name, (price, _minor) in NAMES.items():
        assert name.split()[0] in text, name
        assert price in text, price
    codes = _decoded(pdf, tmp_path, SheetGrid(3, 8))
    assert codes == [ean13(n) for n in range(1, 5) for _ in "ab"]  # in label order


def test_a_bigger_grid_spills_onto_more_pages(terminal: Terminal, tmp_path: Path) -> None:
    ids = _catalog(terminal)
    items = [LabelItem(ids["Samba rice 5 kg"], copies=45)]
    sheet = label_sheet_pdf(terminal.ctx, terminal.manager, items, tmp_path / "l.pdf", "4x10")
    assert (sheet.pages, sheet.labels) == (2, 45)
    with pytest.raises(ValidationError, match="layout"):
        label_sheet_pdf(terminal.ctx, terminal.manager, items, tmp_path / "x.pdf", "9x99")
    with pytest.raises(ValidationError, match="copies"):
        make_labels(terminal.ctx, [LabelItem(ids["Samba rice 5 kg"], copies=0)])
    with pytest.raises(PermissionDenied):
        label_sheet_pdf(terminal.ctx, terminal.cashier, items, tmp_path / "c.pdf")


def test_labels_carry_the_price_in_force_when_they_are_made(terminal: Terminal) -> None:
    ids = _catalog(terminal)
    now = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)
    ctx = replace(terminal.ctx, clock=lambda: now)
    rice = ids["Samba rice 5 kg"]
    schedule_price(ctx, terminal.manager, rice, 1600_00, datetime(2027, 1, 1))
    [today] = make_labels(ctx, [LabelItem(rice)])
    [then] = make_labels(ctx, [LabelItem(rice)], at=now + timedelta(days=40))
    assert (today.price_text, then.price_text) == ("LKR 1,500.00", "LKR 1,600.00")


def test_labels_on_the_receipt_printer_send_the_ean13_command(
    terminal: Terminal,
) -> None:
    ids = _catalog(terminal)
    server = PrinterServer().start()
    try:
        save_printer_config(terminal.ctx, terminal.admin, server.config())
        queued = enqueue_labels(
            terminal.ctx,
            terminal.manager,
            [LabelItem(ids["Anchor milk powder 400 g"], copies=2), LabelItem(ids["තේ කොළ 100g"])],
        )
        worker = PrintWorker(terminal.ctx, rasterize=pil_rasterize)
        event = worker.process_next()
        assert event is not None and event.status == "DONE", event
        (data,) = server.wait_jobs(1)
    finally:
        server.stop()
    # GS k m=67 (EAN13, function B) n=13 and the 13 digits, once per label copy.
    milk = b"\x1dkC\x0d" + ean13(1).encode()
    tea = b"\x1dkC\x0d" + ean13(3).encode()
    assert data.count(milk) == 2 and data.count(tea) == 1
    assert b"LKR 1,250.50" in data and b"LKR 450.00" in data
    assert b"Anchor milk powder 400 g" in data
    assert data.count(b"\x1dV") == 3  # a cut after each label
    with terminal.db.read() as s:
        job = s.get(PrintJob, queued.job_ids[0])
        assert job is not None and job.kind == "LABELS" and job.status == "DONE"
