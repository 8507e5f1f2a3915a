"""Barcode label sheets as PDF (reportlab): A4 pages in a grid of labels, each with the product
name, the price and the barcode (EAN-13/EAN-8 as such, UPC-A as its EAN-13 form, anything else
as Code 128 of the SKU).

Sinhala and Tamil: a name is drawn in script runs, shaped with HarfBuzz and with an exact
text layer (script_text.py); it wraps on the shaped widths.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pos_desktop.reports.script_text import Run, draw_runs, register_fonts, runs, width

MODULE_MM: Final = 0.30  # EAN bar module: 0.264-0.66 mm is in the GS1 range


@dataclass(frozen=True, slots=True)
class SheetLabel:
    name: str
    price: str  # already formatted, e.g. "LKR 1,250.00"
    barcode: str | None  # a GTIN (checked by the caller) or None
    sku: str


@dataclass(frozen=True, slots=True)
class SheetGrid:
    columns: int
    rows: int
    margin_mm: float = 8.0
    gap_mm: float = 2.0


def _wrap(text: str, size: float, avail: float, lines: int) -> list[list[Run]]:
    """Up to ``lines`` lines of word runs fitting ``avail``; the last one cut with "…"."""
    out: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if width(runs(trial), size) <= avail or not current:
            current = trial
        else:
            out.append(current)
            current = word
    if current:
        out.append(current)
    if len(out) > lines:
        out = out[:lines]
        out[-1] += "…"
    fitted: list[list[Run]] = []
    for line in out:
        while len(line) > 1 and width(runs(line), size) > avail:
            line = line[:-2] + "…"
        fitted.append(runs(line))
    return fitted


def _barcode_drawing(label: SheetLabel, max_width: float, height: float) -> object:
    code = label.barcode or ""
    if len(code) == 12:
        code = "0" + code  # UPC-A is the EAN-13 with a leading zero
    if len(code) == 13:
        kind, value = "EAN13", code[:12]  # reportlab adds (and checks) the check digit
    elif len(code) == 8:
        kind, value = "EAN8", code[:7]
    else:
        kind, value = "Code128", label.sku
    module = MODULE_MM * mm
    drawing = createBarcodeDrawing(
        kind, value=value, barWidth=module, barHeight=height, humanReadable=True, fontSize=7
    )
    if drawing.width > max_width:  # a long Code 128: thinner bars rather than spill over
        drawing = createBarcodeDrawing(
            kind,
            value=value,
            barWidth=module * max_width / drawing.width,
            barHeight=height,
            humanReadable=True,
            fontSize=7,
        )
    return drawing


def cell_boxes(grid: SheetGrid) -> list[tuple[float, float, float, float]]:
    """Each label's box on the page in points, (left, top, right, bottom) measured from the
    page's top-left corner, in label order (for tests that read a sheet back label by label)."""
    page_w, page_h = A4
    margin, gap = grid.margin_mm * mm, grid.gap_mm * mm
    cell_w = (page_w - 2 * margin - (grid.columns - 1) * gap) / grid.columns
    cell_h = (page_h - 2 * margin - (grid.rows - 1) * gap) / grid.rows
    return [
        (
            margin + col * (cell_w + gap),
            margin + row * (cell_h + gap),
            margin + col * (cell_w + gap) + cell_w,
            margin + row * (cell_h + gap) + cell_h,
        )
        for row in range(grid.rows)
        for col in range(grid.columns)
    ]


def write_label_sheet(labels: Sequence[SheetLabel], grid: SheetGrid, path: Path) -> int:
    """Write the labels left to right, top to bottom, as many A4 pages as needed; returns the
    page count. Written beside ``path`` and renamed into place."""
    register_fonts()
    page_w, page_h = A4
    margin, gap = grid.margin_mm * mm, grid.gap_mm * mm
    cell_w = (page_w - 2 * margin - (grid.columns - 1) * gap) / grid.columns
    cell_h = (page_h - 2 * margin - (grid.rows - 1) * gap) / grid.rows
    name_size = max(6.0, min(9.0, cell_h / mm / 4.2))
    price_size = name_size + 2
    tmp = path.with_name(f".{path.name}.part")
    c = Canvas(str(tmp), pagesize=A4, pageCompression=1)
    c.setTitle("Barcode labels")
    per_page = grid.columns * grid.rows
    pages = 0
    for index, label in enumerate(labels):
        slot = index % per_page
        if slot == 0 and index:
            c.showPage()
        if slot == 0:
            pages += 1
        col, row = slot % grid.columns, slot // grid.columns
        x = margin + col * (cell_w + gap)
        top = page_h - margin - row * (cell_h + gap)
        pad = 1.5 * mm
        y = top - pad - name_size
        for line in _wrap(label.name, name_size, cell_w - 2 * pad, 2):
            draw_runs(c, x + pad, y, line, name_size)
            y -= name_size * 1.2
        draw_runs(c, x + pad, y - 0.5 * mm, runs(label.price, bold=True), price_size)
        bar_top = y - price_size * 0.6 - 1 * mm
        bar_height = max(6 * mm, bar_top - (top - cell_h) - pad - 3 * mm)
        drawing = _barcode_drawing(label, cell_w - 2 * pad, bar_height)
        dw = drawing.width  # type: ignore[attr-defined]
        dh = drawing.height  # type: ignore[attr-defined]
        renderPDF.draw(drawing, c, x + (cell_w - dw) / 2, bar_top - dh)
    if pages == 0:
        pages = 1  # an empty sheet is still a valid PDF
    c.save()
    tmp.replace(path)
    return pages
