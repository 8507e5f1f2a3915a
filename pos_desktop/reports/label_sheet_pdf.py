"""Barcode label sheets as PDF (reportlab): A4 pages in a grid of labels, each with the product
name, the price and the barcode (EAN-13/EAN-8 as such, UPC-A as its EAN-13 form, anything else
as Code 128 of the SKU).

Sinhala and Tamil: the bundled Noto fonts (resources/fonts) have those scripts but no Latin
letters, so a name is drawn in runs, each run in a font that has its glyphs (Helvetica for the
rest). Without HarfBuzz reportlab places the characters without complex shaping: the text is
right (pdftotext reads it back) but some vowel signs may not sit where a shaping engine would
put them.
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
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from pos_desktop.resources import resource_dir

LATIN: Final = "Helvetica"
LATIN_BOLD: Final = "Helvetica-Bold"
_FONTS: Final = {
    "sinhala": ("NotoSansSinhala", "NotoSansSinhala-Regular.ttf"),
    "sinhala-bold": ("NotoSansSinhala-Bold", "NotoSansSinhala-Bold.ttf"),
    "tamil": ("NotoSansTamil", "NotoSansTamil-Regular.ttf"),
    "tamil-bold": ("NotoSansTamil-Bold", "NotoSansTamil-Bold.ttf"),
}
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


def _register_fonts() -> dict[str, str]:
    """Font names by script key; scripts whose font file is missing fall back to Latin."""
    names: dict[str, str] = {}
    folder = resource_dir("fonts")
    for key, (name, filename) in _FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            path = folder / filename
            if not path.is_file():
                continue
            pdfmetrics.registerFont(TTFont(name, str(path)))
        names[key] = name
    return names


def _script(ch: str) -> str | None:
    code = ord(ch)
    if 0x0D80 <= code <= 0x0DFF:
        return "sinhala"
    if 0x0B80 <= code <= 0x0BFF:
        return "tamil"
    if code in (0x200C, 0x200D):  # joiners belong to the script run around them
        return "joiner"
    return None


def _runs(text: str, fonts: dict[str, str], bold: bool) -> list[tuple[str, str]]:
    """``text`` cut into (font name, piece) runs, each piece drawable in its font."""
    runs: list[tuple[str, str]] = []
    current: str | None = None
    for ch in text:
        script = _script(ch)
        if script == "joiner":
            script = current if current in ("sinhala", "tamil") else None
        key = f"{script}-bold" if script and bold else script
        font = fonts.get(key, LATIN_BOLD if bold else LATIN) if key else None
        font = font or (LATIN_BOLD if bold else LATIN)
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
        current = script
    return runs


def _width(runs: list[tuple[str, str]], size: float) -> float:
    return float(sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in runs))


def _draw_runs(c: Canvas, x: float, y: float, runs: list[tuple[str, str]], size: float) -> None:
    for font, piece in runs:
        c.setFont(font, size)
        c.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, font, size)


def _wrap(
    text: str, fonts: dict[str, str], size: float, width: float, lines: int
) -> list[list[tuple[str, str]]]:
    """Up to ``lines`` lines of word runs fitting ``width``; the last one cut with "…"."""
    out: list[str] = []
    words = text.split()
    current = ""
    for word in words:
        trial = f"{current} {word}".strip()
        if _width(_runs(trial, fonts, False), size) <= width or not current:
            current = trial
        else:
            out.append(current)
            current = word
    if current:
        out.append(current)
    if len(out) > lines:
        out = out[:lines]
        out[-1] += "…"
    fitted: list[list[tuple[str, str]]] = []
    for line in out:
        while len(line) > 1 and _width(_runs(line, fonts, False), size) > width:
            line = line[:-2] + "…"
        fitted.append(_runs(line, fonts, False))
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
    fonts = _register_fonts()
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
        for line in _wrap(label.name, fonts, name_size, cell_w - 2 * pad, 2):
            _draw_runs(c, x + pad, y, line, name_size)
            y -= name_size * 1.2
        price_runs = _runs(label.price, fonts, True)
        _draw_runs(c, x + pad, y - 0.5 * mm, price_runs, price_size)
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
