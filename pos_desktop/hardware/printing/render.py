"""ESC/POS bytes for receipts, reports, test pages and drawer kicks (python-escpos ``Dummy``).

Rendering never touches a device: escpos's ``Dummy`` printer collects the bytes, with a paper
profile that knows the pixel width (so escpos never prints warnings to stdout). Text goes out
in code page CP437; a line the code page cannot hold (Sinhala, Tamil: printers print those as
"?") goes out as a raster image (GS v 0) made by the injected ``rasterize`` (Qt, in
``ui/raster.py``), so this package stays Qt-free. Without a rasterizer such a line falls back
to its catalogue name, or to "?" for what cannot be printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Protocol

from escpos.printer import Dummy
from PIL import Image, ImageOps

from pos_desktop.core.receipt import ReceiptDocument
from pos_desktop.hardware.printing.layout import (
    Barcode,
    Block,
    Cut,
    Feed,
    QrCode,
    Text,
    columns,
    receipt_blocks,
    report_blocks,
    wrap,
)
from pos_desktop.hardware.printing.profiles import PaperProfile, escpos_profile
from pos_desktop.i18n.markers import Translate, untranslated

CODE_PAGE: Final = "CP437"
_PY_CODEC: Final = "cp437"
BARCODE_HEIGHT: Final = 60  # dots
SAMPLE_SCRIPTS: Final = "සිංහල  தமிழ்"


class Rasterize(Protocol):
    """Draws ``text`` (any script) as a black-on-white image exactly ``width_px`` wide,
    wrapping words to that width. ``ui.raster.rasterize_text`` is the Qt implementation."""

    def __call__(self, text: str, width_px: int, bold: bool) -> Image.Image: ...


def printable(text: str) -> bool:
    """Can the printer print this in its text code page (else it goes out as an image)?"""
    try:
        text.encode(_PY_CODEC)
    except UnicodeEncodeError:
        return False
    return True


def _printer(paper: PaperProfile) -> Dummy:
    return Dummy(profile=escpos_profile(paper))


class _Pen:
    """Sends a style command only when the style changes (receipts stay small on serial)."""

    def __init__(self, printer: Dummy) -> None:
        self.p = printer
        self.align: str | None = None
        self.bold: bool | None = None
        self.double: bool | None = None

    def style(self, *, align: str = "left", bold: bool = False, double: bool = False) -> None:
        changes: dict[str, object] = {}
        if align != self.align:
            changes["align"] = align
        if bold != self.bold:
            changes["bold"] = bold
        if double != self.double:
            changes |= {
                "normal_textsize": not double,
                "double_width": double,
                "double_height": double,
                # A size change sends ESC ! 0 first, which also turns bold off on Epson-type
                # printers: say the bold state again after it.
                "bold": bold,
            }
        if changes:
            self.p.set(**changes)
        self.align, self.bold, self.double = align, bold, double


def render_blocks(
    blocks: Sequence[Block], paper: PaperProfile, rasterize: Rasterize | None = None
) -> bytes:
    p = _printer(paper)
    p.hw("INIT")  # ESC @: a known state whatever the last job left behind
    p.charcode(CODE_PAGE)  # ESC t 0, fixed: no silent code page switching mid-receipt
    pen = _Pen(p)
    for block in blocks:
        if isinstance(block, Text):
            _text(pen, block, paper, rasterize)
        elif isinstance(block, Barcode):
            pen.style(align="center")
            _barcode(p, block.data, paper)
        elif isinstance(block, QrCode):
            pen.style(align="center")
            p.qr(block.data, native=True, size=paper.qr_size)
            p.ln()
        elif isinstance(block, Feed):
            p.ln(block.lines)
        elif isinstance(block, Cut):
            p.cut()
    return bytes(p.output)


def _text(pen: _Pen, block: Text, paper: PaperProfile, rasterize: Rasterize | None) -> None:
    if block.right is not None:
        _two_columns(pen, block, block.right, paper, rasterize)
        return
    text = block.text
    if not printable(text):
        if rasterize is not None:
            image = rasterize(text, paper.pixel_width, block.bold)
            _raster(pen, image, paper, block.align)
            return
        text = block.fallback if block.fallback and printable(block.fallback) else text
        text = text.encode(_PY_CODEC, "replace").decode(_PY_CODEC)
    pen.style(align=block.align, bold=block.bold, double=block.double)
    for line in wrap(text, paper.chars_per_line // (2 if block.double else 1)):
        pen.p.textln(line)


def _two_columns(
    pen: _Pen, block: Text, right: str, paper: PaperProfile, rasterize: Rasterize | None
) -> None:
    """A label and a right-aligned amount on one line. Printable: text columns as usual.
    Otherwise the label is drawn as an image beside the amount, which ends at the paper's right
    edge like the amounts printed as text, so the column of figures stays straight."""
    width = paper.chars_per_line // (2 if block.double else 1)
    if printable(block.text) and printable(right):
        pen.style(align=block.align, bold=block.bold, double=block.double)
        for line in columns(block.text, right, width):
            pen.p.textln(line)
        return
    if rasterize is None:
        left = block.fallback if block.fallback and printable(block.fallback) else block.text
        left = left.encode(_PY_CODEC, "replace").decode(_PY_CODEC)
        pen.style(align=block.align, bold=block.bold, double=block.double)
        for line in columns(left, right, width):
            pen.p.textln(line)
        return
    _raster(pen, _label_and_amount(rasterize, block.text, right, paper, block.bold), paper, "left")


def _ink_columns(image: Image.Image) -> Image.Image:
    box = ImageOps.invert(image.convert("L")).getbbox()
    return image if box is None else image.crop((box[0], 0, box[2], image.height))


def _label_and_amount(
    rasterize: Rasterize, label: str, amount: str, paper: PaperProfile, bold: bool
) -> Image.Image:
    full = paper.pixel_width
    figures = _ink_columns(rasterize(amount, full, bold))
    gap = max(8, full // paper.chars_per_line)  # at least one character's width apart
    room = max(full // 3, full - figures.width - gap)
    words = rasterize(label, room, bold)
    height = max(words.height, figures.height)
    line = Image.new("1", (full, height), 1)
    line.paste(words.crop((0, 0, min(words.width, room), words.height)), (0, 0))
    # Bottom-aligned: a wrapped label keeps its amount on its last line, as text columns do.
    line.paste(figures, (full - figures.width, height - figures.height))
    return line


def _raster(pen: _Pen, image: Image.Image, paper: PaperProfile, align: str) -> None:
    img = image
    if img.width > paper.pixel_width:  # a rasterizer that ignored the width: never overrun
        img = img.crop((0, 0, paper.pixel_width, img.height))
    center = False
    if align == "center":
        # Trim to the ink and let escpos pad it back to the paper's middle.
        box = ImageOps.invert(img.convert("L")).getbbox()
        if box is not None:
            img = img.crop((box[0], 0, box[2], img.height))
            center = True
    pen.style(align="left")
    pen.p.image(img, impl="bitImageRaster", center=center)


def code128_payload(text: str) -> str:
    """escpos CODE128 data: code set B for the text, set C (two digits a symbol) for a long
    trailing number, so a receipt number still fits 58 mm paper."""
    match = re.fullmatch(r"(.*?)(\d{4,})", text)
    if match is None:
        return "{B" + text.replace("{", "{{")
    head, digits = match.groups()
    if len(digits) % 2:
        head, digits = head + digits[0], digits[1:]
    pairs = "".join(chr(int(digits[i : i + 2])) for i in range(0, len(digits), 2))
    return ("{B" + head.replace("{", "{{") if head else "") + "{C" + pairs


def _barcode(p: Dummy, data: str, paper: PaperProfile) -> None:
    payload = code128_payload(data)
    modules = 11 * len(payload) + 35  # an upper bound: start, symbols, check, stop
    width = 3 if modules * 3 <= paper.pixel_width else 2
    # _hw_barcode rather than barcode(): the public method prints "Using hardware barcode
    # renderer" to stdout on every call (escpos 3.1); the bytes are the same.
    p._hw_barcode(
        payload,
        "CODE128",
        height=BARCODE_HEIGHT,
        width=width,
        pos="OFF",  # the number is printed as text above; HRI of set C data varies by model
        font="A",
        align_ct=True,
        function_type="B",
    )
    p.ln()


def render_receipt(
    doc: ReceiptDocument,
    paper: PaperProfile,
    rasterize: Rasterize | None = None,
    *,
    copy: bool = False,
    copies: int = 1,
    translate: Translate = untranslated,
) -> bytes:
    """The receipt (``copies`` times, each cut), marked "COPY" when reprinted; its fixed words
    through ``translate`` (for ``doc.language``: see ``ui.i18n.receipt_translate``)."""
    blocks = receipt_blocks(doc, paper, copy=copy, translate=translate)
    return render_blocks(blocks * max(1, copies), paper, rasterize)


def render_drawer_kick(pin: int = 2, pulse_ms: int = 100) -> bytes:
    """ESC p m t1 t2: a pulse on the drawer connector (pin 2 by default, or 5), on for
    ``pulse_ms`` (t1, in 2 ms units) then off for at least 100 ms (t2). The defaults give
    python-escpos' ``cashdraw(pin)`` bytes."""
    on = max(1, min(255, pulse_ms // 2))
    return b"\x1bp" + bytes((0 if pin == 2 else 1, on, max(on, 50)))


def render_test_page(
    paper: PaperProfile, rasterize: Rasterize | None = None, *, description: str = ""
) -> bytes:
    ruler = ("1234567890" * 10)[: paper.chars_per_line]
    blocks: list[Block] = [
        Text("TEST PRINT", bold=True, double=True, align="center"),
        Feed(),
        Text(description or "Receipt printer"),
        Text(f"Paper {paper.name}: {paper.chars_per_line} characters, {paper.pixel_width} dots"),
        Text(ruler),
        Text("Bold text", bold=True),
        Text("Sinhala and Tamil as an image:"),
        Text(SAMPLE_SCRIPTS, fallback="(no rasterizer: scripts not printed)"),
        Feed(),
        Barcode("TEST-000001"),
        QrCode("TEST PRINT"),
        Text("If you can read this, printing works.", align="center"),
        Cut(),
    ]
    return render_blocks(blocks, paper, rasterize)


def render_shift_report(
    lines: Sequence[str],
    paper: PaperProfile,
    rasterize: Rasterize | None = None,
    *,
    title: str = "SHIFT REPORT",
) -> bytes:
    """An X or Z report already laid out as text lines (see ``shift_text.shift_report_lines``)."""
    return render_blocks(report_blocks(title, list(lines), paper), paper, rasterize)
