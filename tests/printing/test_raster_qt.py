"""ui/raster.py: Sinhala and Tamil drawn by Qt with the bundled Noto fonts, for the printer."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PIL import Image, ImageOps
from PySide6.QtWidgets import QApplication

from pos_desktop.hardware.printing.profiles import PAPER_58, PAPER_80, PaperProfile
from pos_desktop.hardware.printing.render import render_receipt
from pos_desktop.services.receipt_builder import build_receipt
from pos_desktop.ui.fonts import load_bundled_fonts
from pos_desktop.ui.raster import rasterize_text
from tests.printing.support import cash_sale
from tests.sales.conftest import Shop

SINHALA = "ශ්‍රී ලංකා සහල් 5kg"
TAMIL = "அரிசி 5 கிலோ"


@pytest.fixture(autouse=True)
def fonts(qapp: QApplication) -> None:
    assert {"Noto Sans Sinhala", "Noto Sans Tamil"} <= set(load_bundled_fonts())


def _ink(image: Image.Image) -> tuple[int, int, int, int] | None:
    return ImageOps.invert(image.convert("L")).getbbox()


@pytest.mark.parametrize("paper", [PAPER_58, PAPER_80], ids=["58mm", "80mm"])
@pytest.mark.parametrize("text", [SINHALA, TAMIL], ids=["sinhala", "tamil"])
def test_image_is_not_blank_and_as_wide_as_the_paper(text: str, paper: PaperProfile) -> None:
    image = rasterize_text(text, paper.pixel_width, False)
    assert image.mode == "1" and image.width == paper.pixel_width
    box = _ink(image)
    assert box is not None, "nothing was drawn"
    left, top, right, bottom = box
    assert right - left > 60 and bottom - top > 12  # real glyphs, not a dot
    histogram = image.convert("L").histogram()
    black, white = histogram[0], histogram[255]
    assert black + white == image.width * image.height  # pure 1-bit, ready for GS v 0
    assert 0 < black < white


def test_bold_draws_more_ink_and_long_text_wraps() -> None:
    regular = rasterize_text(SINHALA, 576, False).convert("L").histogram()[0]
    bold = rasterize_text(SINHALA, 576, True).convert("L").histogram()[0]
    assert bold > regular
    one_line = rasterize_text(TAMIL, 384, False)
    wrapped = rasterize_text(" ".join([TAMIL] * 8), 384, False)
    assert wrapped.width == 384 and wrapped.height > 2 * one_line.height


def test_glyphs_are_shaped_not_boxes() -> None:
    """Missing glyphs would draw identical 'tofu' boxes: different words must look different
    and the conjunct ශ්‍රී must be narrower than its letters drawn apart."""
    a = rasterize_text("සහල්", 576, False)
    b = rasterize_text("පොල්", 576, False)
    assert a.tobytes() != b.tobytes()
    conjunct = _ink(rasterize_text("ශ්‍රී", 576, False))
    apart = _ink(rasterize_text("ශ ් ‍ ර ී", 576, False))
    assert conjunct is not None and apart is not None
    assert conjunct[2] - conjunct[0] < apart[2] - apart[0]


def test_receipt_with_a_sinhala_product_prints_it_as_raster(shop: Shop) -> None:
    sale = cash_sale(shop)
    with shop.term.db.read() as s:
        doc = build_receipt(s, shop.ctx, sale.receipt_number)
    doc = replace(doc, lines=(replace(doc.lines[0], name=SINHALA), *doc.lines[1:]))
    data = render_receipt(doc, PAPER_80, rasterize_text)
    start = data.index(b"\x1dv0")  # GS v 0: raster bit image
    width_bytes = data[start + 4] + 256 * data[start + 5]
    height = data[start + 6] + 256 * data[start + 7]
    assert width_bytes == PAPER_80.pixel_width // 8 and height > 20
    end = start + 8 + width_bytes * height
    text_part = data[:start] + data[end : data.index(b"\x1dk")]
    assert b"?" not in text_part  # nothing printed as "?"
    assert b"Soap bar" in data  # Latin names stay text
