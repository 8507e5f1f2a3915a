"""The virtual paper (tests/support/escpos_paper.py) on bytes built by hand and by the renderer:
it draws what a printer would, and refuses what it does not understand."""

from __future__ import annotations

import pytest
from PIL import Image, ImageOps

from pos_desktop.hardware.printing.profiles import PAPER_58, PAPER_80
from pos_desktop.hardware.printing.render import render_drawer_kick, render_test_page
from tests.printing.conftest import pil_rasterize
from tests.support.escpos_paper import (
    MARGIN,
    BarcodeMark,
    CutMark,
    DrawerPulse,
    QrMark,
    RasterImage,
    TextLine,
    UnknownCommand,
    print_paper,
)

INIT = b"\x1b@\x1bt\x00"


def _ink(image: Image.Image, box: tuple[int, int, int, int] | None = None) -> tuple[int, ...]:
    """Bounding box of the dark pixels (in paper coordinates, margin removed)."""
    region = image.crop(box) if box else image
    found = ImageOps.invert(region.convert("L")).point(lambda v: 255 if v > 128 else 0).getbbox()
    assert found is not None, "no ink"
    dx, dy = (box[0], box[1]) if box else (0, 0)
    return (
        found[0] + dx - MARGIN,
        found[1] + dy - MARGIN,
        found[2] + dx - MARGIN,
        found[3] + dy - MARGIN,
    )


def test_text_lines_carry_style_and_alignment() -> None:
    data = (
        INIT
        + b"\x1ba\x01\x1b!\x30\x1bE\x01SHOP\n"
        + b"\x1ba\x00\x1b!\x00\x1bE\x00left\n"
        + b"\x1ba\x02right\n"
    )
    paper = print_paper(data)
    shop, left, right = paper.items
    assert shop == TextLine(
        "SHOP", top=0, align="center", bold=True, double_width=True, double_height=True
    )
    assert isinstance(left, TextLine) and left.text == "left" and not left.bold
    assert left.top == 48  # a double-height line is 48 dots tall
    assert isinstance(right, TextLine) and right.top == 48 + 30
    x0, _, x1, y1 = _ink(paper.image, (0, 0, paper.image.width, MARGIN + 48))
    assert abs((x0 + x1) / 2 - 576 / 2) < 12 and 80 <= x1 - x0 <= 96  # 4 cells of 24 dots
    assert 30 < y1 <= 48
    rx0, _, rx1, _ = _ink(paper.image, (0, MARGIN + 78, paper.image.width, MARGIN + 108))
    assert rx1 > 576 - 4 and rx1 - rx0 <= 5 * 12


def test_print_mode_resets_emphasis_as_printers_do() -> None:
    # ESC ! carries the emphasized bit: ESC ! 0 after ESC E 1 prints plain text.
    paper = print_paper(INIT + b"\x1bE\x01bold\n\x1b!\x00plain\n")
    assert [(t.text, t.bold) for t in paper.of(TextLine)] == [("bold", True), ("plain", False)]


def test_code_page_437_and_automatic_wrap() -> None:
    paper = print_paper(INIT + b"\x9c 5\n" + b"x" * 50 + b"\n")
    assert paper.texts() == ["£ 5", "x" * 48, "xx"]
    assert [t.text for t in print_paper(INIT + b"y" * 40 + b"\n", dots=384).of(TextLine)] == [
        "y" * 32,
        "y" * 8,
    ]


def test_raster_image_lands_where_printed() -> None:
    # 16 x 3 dots: a black first row, a white second, the left half black in the third.
    rows = b"\xff\xff" + b"\x00\x00" + b"\xff\x00"
    paper = print_paper(INIT + b"top\n" + b"\x1dv0\x00\x02\x00\x03\x00" + rows + b"after\n")
    _, raster, after = paper.items
    assert isinstance(raster, RasterImage) and (raster.width, raster.height) == (16, 3)
    assert raster.top == 30 and isinstance(after, TextLine) and after.top == 33
    px = paper.image.getpixel
    y = MARGIN + 30
    assert [px((MARGIN + x, y)) for x in (0, 15)] == [0, 0]
    assert px((MARGIN + 16, y)) == 255 and px((MARGIN + 3, y + 1)) == 255
    assert px((MARGIN + 7, y + 2)) == 0 and px((MARGIN + 8, y + 2)) == 255


def test_barcode_qr_cut_and_drawer() -> None:
    data = (
        INIT
        + b"\x1ba\x01\x1dh\x3c\x1dw\x02\x1df\x00\x1dH\x00"
        + b"\x1dk\x49\x08{BAB{C\x0c\x22"  # CODE128: set B "AB", set C 12 34
        + b"\n"
        + b"\x1d(k\x04\x001A2\x00\x1d(k\x03\x001C\x06\x1d(k\x03\x001E0"
        + b"\x1d(k\x06\x001P0R-1\x1d(k\x03\x001Q0\n"
        + b"\x1bd\x06\x1dV\x00"
        + b"\x1bp\x00\x32\x32"
    )
    paper = print_paper(data)
    barcode = paper.of(BarcodeMark)
    assert barcode == [BarcodeMark("CODE128", "AB1234", top=0)]
    (qr,) = paper.of(QrMark)
    assert isinstance(qr, QrMark) and qr.data == "R-1" and qr.modules == 21 and qr.module_size == 6
    assert qr.top == 60 + 30  # below the barcode and its line feed
    (cut,) = paper.of(CutMark)
    assert isinstance(cut, CutMark) and not cut.partial
    assert cut.top > qr.top + 21 * 6
    assert paper.of(DrawerPulse) == [DrawerPulse(pin=2, on_ms=100)]
    # The cut is a dashed line across the whole picture.
    row = [paper.image.getpixel((x, MARGIN + cut.top)) for x in range(paper.image.width)]
    assert 0 in row and 255 in row


@pytest.mark.parametrize(
    "data, why",
    [
        (b"\x1bz\x01", "ESC 0x7a"),
        (b"\x1dZ\x02", "GS 0x5a"),
        (b"a\tb\n", "control character 0x09"),
        (b"\x1bt\x63", "code page 99"),
        (b"\x1dv0\x00\x02\x00\x05\x00\xff", "data ends"),
        (b"\x1dH\x02\x1dk\x49\x02AB", "HRI"),  # printed digits under a barcode: not drawn
        (b"\x1dH\x07", "value 7 for hri"),
        (b"text\x1bk", "ESC 0x6b"),
        (b"half\x1dv0\x00\x01\x00\x01\x00\xff", "middle of a text line"),
        (b"\x1ba\x07", "bad parameter"),
    ],
)
def test_what_it_does_not_understand_fails_loudly(data: bytes, why: str) -> None:
    with pytest.raises(UnknownCommand, match=why):
        print_paper(INIT + data)


def test_the_renderers_test_page_prints_whole() -> None:
    for paper_profile in (PAPER_80, PAPER_58):
        data = render_test_page(paper_profile, pil_rasterize, description="Loopback printer")
        paper = print_paper(data, dots=paper_profile.pixel_width)
        texts = paper.texts()
        assert texts[0] == "TEST PRINT" and "Loopback printer" in texts
        first = paper.items[0]
        assert isinstance(first, TextLine) and first.double_width and first.align == "center"
        assert any(isinstance(i, RasterImage) for i in paper.items)  # the scripts line
        assert [b.data for b in paper.of(BarcodeMark)] == ["TEST-000001"]
        assert [q.data for q in paper.of(QrMark)] == ["TEST PRINT"]
        assert isinstance(paper.items[-1], CutMark)
        assert paper.image.width == paper_profile.pixel_width + 2 * MARGIN
    assert print_paper(render_drawer_kick(5)).of(DrawerPulse) == [DrawerPulse(pin=5, on_ms=100)]
