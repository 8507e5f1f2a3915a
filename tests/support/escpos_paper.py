"""A virtual receipt printer: ESC/POS bytes -> a picture of the paper, plus what was printed.

Tests hand it the bytes a real printer received (e.g. from the loopback ``PrinterServer``) and
get a PNG of the paper roll and a list of what came out (text lines with their style, raster
images, barcodes, QR codes, cuts, drawer pulses), so a receipt can be looked at and asserted on.

It behaves like an Epson-compatible 203 dpi printer with font A cells of 12x24 dots (font B
9x17), drawn with DejaVu Sans Mono. Only the commands listed in ``_ESC``/``_GS`` and the
``_control`` method are understood; anything else raises ``UnknownCommand`` with its offset,
so the picture never silently differs from what a printer would do with the same bytes.
Barcodes and QR codes are drawn as labelled placeholder boxes of their printed size (their
data is in ``Paper.items``); a cut is a dashed line.
"""

from __future__ import annotations

import functools
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final, TypeVar

from PIL import Image, ImageDraw, ImageFont

DOTS_80MM: Final = 576  # printable width of 80 mm paper at 203 dpi
MARGIN: Final = 24  # unprinted paper either side in the picture
DEFAULT_LINE_SPACING: Final = 30  # dots (ESC 2)
CUT_FEED: Final = 24
CODE_PAGES: Final = {0: "cp437", 2: "cp850", 16: "cp1252", 17: "cp866", 19: "cp858"}
SYMBOLOGIES: Final = {
    0: "UPC-A", 1: "UPC-E", 2: "EAN13", 3: "EAN8", 4: "CODE39", 5: "ITF", 6: "CODABAR",
    65: "UPC-A", 66: "UPC-E", 67: "EAN13", 68: "EAN8", 69: "CODE39", 70: "ITF", 71: "CODABAR",
    72: "CODE93", 73: "CODE128",
}  # fmt: skip
FONTS: Final = {0: (12, 24, 20), 1: (9, 17, 15)}  # font -> cell width, cell height, point size
ESC, GS, DLE, LF, CR = 0x1B, 0x1D, 0x10, 0x0A, 0x0D


class UnknownCommand(ValueError):
    """Bytes this virtual printer does not understand (so it will not guess)."""


# -- what came out ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TextLine:
    text: str
    top: int
    align: str = "left"
    bold: bool = False  # any character of the line
    double_width: bool = False
    double_height: bool = False


@dataclass(frozen=True, slots=True)
class RasterImage:
    top: int
    width: int
    height: int
    image: Image.Image = field(repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class BarcodeMark:
    symbology: str
    data: str  # human-readable: CODE128 code sets decoded ("{C" pairs back to digits)
    top: int


@dataclass(frozen=True, slots=True)
class QrMark:
    data: str
    top: int
    modules: int
    module_size: int


@dataclass(frozen=True, slots=True)
class CutMark:
    top: int
    partial: bool


@dataclass(frozen=True, slots=True)
class DrawerPulse:
    pin: int
    on_ms: int


Item = TextLine | RasterImage | BarcodeMark | QrMark | CutMark | DrawerPulse
_I = TypeVar("_I", TextLine, RasterImage, BarcodeMark, QrMark, CutMark, DrawerPulse)


@dataclass
class Paper:
    image: Image.Image
    items: list[Item]

    def texts(self) -> list[str]:
        return [i.text for i in self.items if isinstance(i, TextLine)]

    def of(self, kind: type[_I]) -> list[_I]:
        return [i for i in self.items if isinstance(i, kind)]

    def save(self, path: Path) -> Path:
        self.image.save(path)
        return path


# -- fonts --------------------------------------------------------------------------------------
_FONT_DIRS: Final = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
)


@functools.cache
def _font_file(bold: bool) -> str:
    name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    for folder in _FONT_DIRS:
        if (folder / name).is_file():
            return str(folder / name)
    style = ":style=Bold" if bold else ""
    try:
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", f"DejaVu Sans Mono{style}"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        found = ""
    if found.endswith(name):
        return found
    raise FileNotFoundError(f"{name} not found: install fonts-dejavu-core")


@functools.cache
def _glyph(char: str, font: int, bold: bool) -> Image.Image:
    """One character cell, black on white (mode "L"), at the font's normal size."""
    width, height, size = FONTS[font]
    face = ImageFont.truetype(_font_file(bold), size)
    cell = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(cell)
    ascent, descent = face.getmetrics()
    top = (height - ascent - descent) // 2
    advance = face.getlength(char)
    draw.text(((width - advance) / 2, top), char, font=face, fill=0)
    return cell


@functools.cache
def _label_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_font_file(False), size)


# -- the printer --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Style:
    font: int = 0
    bold: bool = False
    underline: bool = False
    width: int = 1  # character size multipliers
    height: int = 1
    invert: bool = False


@dataclass
class _State:
    style: _Style = _Style()
    align: str = "left"
    codec: str = "cp437"
    line_spacing: int = DEFAULT_LINE_SPACING
    barcode_height: int = 162
    barcode_module: int = 3
    hri: int = 0
    hri_font: int = 0
    qr_module: int = 3
    qr_ec: str = "L"
    qr_data: bytes = b""


class _Printer:
    def __init__(self, data: bytes, dots: int) -> None:
        self.data = data
        self.dots = dots
        self.pos = 0
        self.y = 0
        self.state = _State()
        self.line: list[tuple[str, _Style]] = []
        self.patches: list[tuple[int, int, Image.Image]] = []  # x, y, image
        self.items: list[Item] = []

    # reading
    def take(self, count: int) -> bytes:
        if self.pos + count > len(self.data):
            self.fail(f"command needs {count} more byte(s), the data ends")
        chunk = self.data[self.pos : self.pos + count]
        self.pos += count
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]

    def fail(self, why: str, at: int | None = None) -> None:
        at = self.pos if at is None else at
        context = self.data[max(0, at - 4) : at + 8].hex(" ")
        raise UnknownCommand(f"{why} at byte {at} (…{context}…)")

    def run(self) -> None:
        while self.pos < len(self.data):
            start = self.pos
            b = self.byte()
            if b == ESC:
                self._command(_ESC, "ESC", start)
            elif b == GS:
                self._command(_GS, "GS", start)
            elif b == DLE:
                self._dle(start)
            elif b == LF:
                self.print_line(feed=True)
            elif b == CR:
                pass  # Epson ignores CR while automatic line feed is off (the default)
            elif b < 0x20 or b == 0x7F:
                self.fail(f"control character 0x{b:02x}", start)
            else:
                self.put(bytes([b]).decode(self.state.codec))
        self.print_line(feed=False)

    def _command(self, table: dict[int, Callable[[_Printer], None]], name: str, at: int) -> None:
        code = self.byte()
        handler = table.get(code)
        if handler is None:
            self.fail(f"unknown command {name} 0x{code:02x} ({chr(code)!r})", at)
        else:
            try:
                handler(self)
            except UnknownCommand:
                raise
            except (KeyError, ValueError) as error:
                self.fail(f"bad parameter for {name} {chr(code)!r}: {error}", at)

    def _dle(self, at: int) -> None:
        if self.byte() != 0x04:  # DLE EOT n: a status request; nothing on paper
            self.fail("unknown DLE command", at)
        self.byte()

    # text
    def put(self, char: str) -> None:
        style = self.state.style
        cell_w = FONTS[style.font][0] * style.width
        if sum(FONTS[s.font][0] * s.width for _, s in self.line) + cell_w > self.dots:
            self.print_line(feed=True)  # the printer wraps a full line by itself
        self.line.append((char, style))

    def print_line(self, *, feed: bool) -> None:
        if not self.line:
            if feed:
                self.y += self.state.line_spacing
            return
        cells = [self._cell(c, s) for c, s in self.line]
        width = sum(c.width for c in cells)
        height = max(c.height for c in cells)
        x = {"left": 0, "center": (self.dots - width) // 2, "right": self.dots - width}[
            self.state.align
        ]
        for cell in cells:  # characters of different heights share the baseline
            self.patches.append((x, self.y + height - cell.height, cell))
            x += cell.width
        styles = [s for _, s in self.line]
        self.items.append(
            TextLine(
                text="".join(c for c, _ in self.line),
                top=self.y,
                align=self.state.align,
                bold=any(s.bold for s in styles),
                double_width=any(s.width > 1 for s in styles),
                double_height=any(s.height > 1 for s in styles),
            )
        )
        self.line = []
        self.y += max(self.state.line_spacing, height)

    def _cell(self, char: str, style: _Style) -> Image.Image:
        cell = _glyph(char, style.font, style.bold)
        if style.underline:
            cell = cell.copy()
            ImageDraw.Draw(cell).line(
                (0, cell.height - 2, cell.width, cell.height - 2), fill=0, width=1
            )
        if style.invert:
            cell = Image.eval(cell, lambda v: 255 - v)
        if style.width > 1 or style.height > 1:
            size = (cell.width * style.width, cell.height * style.height)
            cell = cell.resize(size, Image.Resampling.NEAREST)  # as a printer multiplies dots
        return cell

    def need_line_start(self, what: str) -> None:
        if self.line:
            self.fail(f"{what} in the middle of a text line (printers differ here)")

    def place(self, image: Image.Image) -> int:
        """Put a block (raster, barcode, QR) at the current line, aligned; returns its top."""
        x = {"left": 0, "center": (self.dots - image.width) // 2}.get(
            self.state.align, self.dots - image.width
        )
        top = self.y
        self.patches.append((max(0, x), top, image))
        self.y += image.height
        return top

    def style(self, **changes: object) -> None:
        self.state.style = replace(self.state.style, **changes)  # type: ignore[arg-type]

    # the picture
    def picture(self) -> Image.Image:
        length = max([self.y, *(y + p.height for _, y, p in self.patches)]) + MARGIN
        paper = Image.new("L", (self.dots + 2 * MARGIN, length + MARGIN), 255)
        for x, y, patch in self.patches:
            paper.paste(patch.convert("L"), (MARGIN + x, MARGIN + y))
        return paper


# -- ESC commands -------------------------------------------------------------------------------
def _init(p: _Printer) -> None:
    p.print_line(feed=False)
    p.state = _State()


def _print_mode(p: _Printer) -> None:  # ESC ! n
    n = p.byte()
    p.style(
        font=n & 0x01,
        bold=bool(n & 0x08),
        height=2 if n & 0x10 else 1,
        width=2 if n & 0x20 else 1,
        underline=bool(n & 0x80),
    )


def _align(p: _Printer) -> None:  # ESC a n
    n = p.byte()
    p.need_line_start("ESC a")
    p.state.align = {0: "left", 1: "center", 2: "right", 48: "left", 49: "center", 50: "right"}[n]


def _code_page(p: _Printer) -> None:  # ESC t n
    n = p.byte()
    if n not in CODE_PAGES:
        p.fail(f"code page {n} is not known to the virtual printer")
    p.state.codec = CODE_PAGES[n]


def _font(p: _Printer) -> None:  # ESC M n
    n = p.byte()
    if n not in (0, 1, 48, 49):
        p.fail(f"font {n} is not known to the virtual printer")
    p.style(font=n & 0x01)


def _feed_lines(p: _Printer) -> None:  # ESC d n: print the buffer, feed n lines
    n = p.byte()
    if p.line:  # the printed line is the first of the n
        p.print_line(feed=True)
        n -= 1
    p.y += max(0, n) * p.state.line_spacing


def _feed_dots(p: _Printer) -> None:  # ESC J n
    n = p.byte()
    p.print_line(feed=False)
    p.y += n


def _line_spacing(p: _Printer) -> None:  # ESC 3 n
    p.state.line_spacing = p.byte()


def _default_spacing(p: _Printer) -> None:  # ESC 2
    p.state.line_spacing = DEFAULT_LINE_SPACING


def _drawer(p: _Printer) -> None:  # ESC p m t1 t2
    pin, on, _off = p.take(3)
    p.items.append(DrawerPulse(pin=2 if pin in (0, 48) else 5, on_ms=on * 2))


_ESC: Final[dict[int, Callable[[_Printer], None]]] = {
    ord("@"): _init,
    ord("!"): _print_mode,
    ord("E"): lambda p: p.style(bold=bool(p.byte() & 1)),
    ord("-"): lambda p: p.style(underline=p.byte() in (1, 2, 49, 50)),
    ord("a"): _align,
    ord("t"): _code_page,
    ord("M"): _font,
    ord("d"): _feed_lines,
    ord("J"): _feed_dots,
    ord("3"): _line_spacing,
    ord("2"): _default_spacing,
    ord("p"): _drawer,
}


# -- GS commands --------------------------------------------------------------------------------
def _size(p: _Printer) -> None:  # GS ! n
    n = p.byte()
    p.style(width=(n >> 4) + 1, height=(n & 0x0F) + 1)


def _raster(p: _Printer) -> None:  # GS v 0 m xL xH yL yH d1...dk
    at = p.pos - 2
    if p.byte() != ord("0"):
        p.fail("GS v other than GS v 0", at)
    mode, xl, xh, yl, yh = p.take(5)
    if mode not in (0, 48):
        p.fail(f"GS v 0 in scaled mode {mode} is not supported", at)
    width_bytes, height = xl + 256 * xh, yl + 256 * yh
    p.need_line_start("GS v 0")
    bits = p.take(width_bytes * height)
    # ESC/POS: 1 = black. PIL "1" raw: 1 = white; invert while unpacking.
    image = Image.frombytes("1", (width_bytes * 8, height), bits, "raw", "1;I")
    if image.width > p.dots:
        p.fail(f"a {image.width}-dot image on {p.dots}-dot paper", at)
    top = p.place(image)
    p.items.append(RasterImage(top=top, width=image.width, height=height, image=image))


def _code128_text(data: bytes) -> str:
    out, code_set, i = [], "B", 0
    while i < len(data):
        b = data[i]
        if b == ord("{") and i + 1 < len(data):
            nxt = chr(data[i + 1])
            if nxt in "ABC":
                code_set, i = nxt, i + 2
                continue
            if nxt == "{":
                out.append("{")
                i += 2
                continue
        out.append(f"{b:02d}" if code_set == "C" else chr(b))
        i += 1
    return "".join(out)


def _barcode(p: _Printer) -> None:  # GS k m ...
    at = p.pos - 2
    m = p.byte()
    if m not in SYMBOLOGIES:
        p.fail(f"barcode system {m}", at)
    if m < 65:
        end = p.data.find(b"\x00", p.pos)
        if end < 0:
            p.fail("barcode data without its NUL", at)
        data = p.take(end - p.pos)
        p.take(1)
    else:
        data = p.take(p.byte())
    p.need_line_start("GS k")
    symbology = SYMBOLOGIES[m]
    text = _code128_text(data) if symbology == "CODE128" else data.decode("ascii")
    modules = 11 * len(data) + 35 if symbology == "CODE128" else 12 * len(data) + 20
    width = min(p.dots, modules * p.state.barcode_module)
    box = _placeholder(width, p.state.barcode_height, [symbology, text])
    if p.state.hri in (1, 2, 3, 49, 50, 51):
        p.fail("barcode HRI text is not drawn by the virtual printer", at)
    top = p.place(box)
    p.items.append(BarcodeMark(symbology=symbology, data=text, top=top))


def _qr(p: _Printer) -> None:  # GS ( k pL pH cn fn [params]
    at = p.pos - 2
    if p.byte() != ord("k"):
        p.fail("GS ( other than GS ( k", at)
    pl, ph = p.take(2)
    body = p.take(pl + 256 * ph)
    if len(body) < 2 or body[0] != 49:
        p.fail("GS ( k for a symbol other than QR", at)
    fn, params = body[1], body[2:]
    if fn == 65:  # model
        return
    if fn == 67:
        p.state.qr_module = params[0]
    elif fn == 69:
        p.state.qr_ec = {48: "L", 49: "M", 50: "Q", 51: "H"}[params[0]]
    elif fn == 80:
        p.state.qr_data = params[1:]
    elif fn == 81:
        p.need_line_start("QR print")
        data = p.state.qr_data.decode("utf-8")
        modules = _qr_modules(data, p.state.qr_ec)
        side = modules * p.state.qr_module
        top = p.place(_placeholder(side, side, ["QR", data]))
        p.items.append(QrMark(data=data, top=top, modules=modules, module_size=p.state.qr_module))
    else:
        p.fail(f"QR function {fn}", at)


def _qr_modules(data: str, level: str) -> int:
    import qrcode

    levels = {
        "L": qrcode.constants.ERROR_CORRECT_L,
        "M": qrcode.constants.ERROR_CORRECT_M,
        "Q": qrcode.constants.ERROR_CORRECT_Q,
        "H": qrcode.constants.ERROR_CORRECT_H,
    }
    code = qrcode.QRCode(error_correction=levels[level], box_size=1, border=0)
    code.add_data(data)
    code.make(fit=True)
    return int(code.modules_count)


def _placeholder(width: int, height: int, lines: list[str]) -> Image.Image:
    """A hatched box of the printed size with its content written in it."""
    box = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(box)
    for x in range(-height, width, 12):
        draw.line((x, height, x + height, 0), fill=215)
    draw.rectangle((0, 0, width - 1, height - 1), outline=0, width=2)
    font = _label_font(14)
    y = max(2, (height - 18 * len(lines)) // 2)
    for line in lines:
        text = line if font.getlength(line) <= width - 8 else line[: max(1, width // 9)] + "…"
        left = max(4, (width - font.getlength(text)) / 2)
        draw.rectangle((left - 2, y, left + font.getlength(text) + 2, y + 17), fill=255)
        draw.text((left, y), text, font=font, fill=0)
        y += 18
    return box


def _cut(p: _Printer) -> None:  # GS V m [n]
    m = p.byte()
    if m in (65, 66):
        p.y += p.byte()
    elif m not in (0, 1, 48, 49):
        p.fail(f"cut mode {m}")
    p.print_line(feed=False)
    p.y += CUT_FEED // 2
    partial = m in (1, 49, 66)
    line = Image.new("L", (p.dots + 2 * MARGIN, 2), 255)
    draw = ImageDraw.Draw(line)
    for x in range(0, line.width, 16):
        draw.line((x, 0, x + 8, 0), fill=0, width=2)
    p.patches.append((-MARGIN, p.y, line))
    p.items.append(CutMark(top=p.y, partial=partial))
    p.y += CUT_FEED


def _set(name: str, *, allowed: tuple[int, ...] | None = None) -> Callable[[_Printer], None]:
    def handler(p: _Printer) -> None:
        n = p.byte()
        if allowed is not None and n not in allowed:
            p.fail(f"value {n} for {name}")
        setattr(p.state, name, n)

    return handler


_GS: Final[dict[int, Callable[[_Printer], None]]] = {
    ord("!"): _size,
    ord("B"): lambda p: p.style(invert=bool(p.byte() & 1)),
    ord("v"): _raster,
    ord("k"): _barcode,
    ord("("): _qr,
    ord("V"): _cut,
    ord("h"): _set("barcode_height"),
    ord("w"): _set("barcode_module", allowed=(1, 2, 3, 4, 5, 6)),
    ord("H"): _set("hri", allowed=(0, 1, 2, 3, 48, 49, 50, 51)),
    ord("f"): _set("hri_font", allowed=(0, 1, 48, 49)),  # HRI text itself is refused above
}


def print_paper(data: bytes, *, dots: int = DOTS_80MM) -> Paper:
    """What a printer ``dots`` wide makes of ``data``: the paper's picture and its items.
    Raises ``UnknownCommand`` for bytes it does not understand."""
    printer = _Printer(data, dots)
    printer.run()
    return Paper(image=printer.picture(), items=printer.items)
