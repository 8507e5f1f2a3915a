"""Sinhala and Tamil in the PDFs: fonts, script runs, HarfBuzz shaping and a text layer.

The bundled Noto Sans Sinhala/Tamil fonts (resources/fonts) hold no Latin letters, so mixed
text ("පාන් 400g") is cut into runs by script, each drawn in a font that has its glyphs
(Helvetica for the rest). Script runs are shaped with HarfBuzz (reportlab's ``shapeStr``; the
``uharfbuzz`` package): conjuncts ("ශ්‍රී"), vowel signs drawn before their consonant ("පො",
"தே") and the like come out as the fonts mean them to. Widths are the shaped advances, so
wrapping and right alignment match what is drawn.

Shaped glyphs no longer map one-to-one onto characters (a ligature is one glyph, a vowel sign
moves in front), so each script run is wrapped in an ActualText span carrying the original
string: pdftotext, search and copy read the text exactly as typed.

reportlab's own Paragraph shaping is not used: it shapes a whole word with the font of the
word's first piece (mixed words break) and gives no ActualText, so the text layer comes out in
visual order with characters lost. ``ScriptParagraph`` wraps and draws runs itself instead.
Without uharfbuzz everything still works, unshaped (the old look).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from pos_desktop.resources import resource_dir

LATIN: Final = "Helvetica"
LATIN_BOLD: Final = "Helvetica-Bold"
# (first, last) code point -> (regular, bold) reportlab font names; files NAME[-Bold].ttf
SCRIPT_FONTS: Final = {
    (0x0D80, 0x0DFF): ("NotoSansSinhala", "NotoSansSinhala-Bold"),
    (0x0B80, 0x0BFF): ("NotoSansTamil", "NotoSansTamil-Bold"),
}
_JOINERS: Final = frozenset("\u200c\u200d")  # ZWNJ/ZWJ belong to the script run around them
Run = tuple[str, str]  # (font name, text)


def _file_of(name: str) -> str:
    family, _, weight = name.partition("-")
    return f"{family}-{weight or 'Regular'}.ttf"


def register_fonts() -> None:
    """Register the bundled Noto fonts with reportlab (once; a missing file is skipped and its
    script falls back to Helvetica)."""
    folder = resource_dir("fonts")
    known = set(pdfmetrics.getRegisteredFontNames())
    for pair in SCRIPT_FONTS.values():
        for name in pair:
            path = folder / _file_of(name)
            if name not in known and path.is_file():
                pdfmetrics.registerFont(TTFont(name, str(path)))


def _script_font(ch: str, bold: bool) -> str | None:
    code = ord(ch)
    for (lo, hi), (regular, heavy) in SCRIPT_FONTS.items():
        if lo <= code <= hi:
            font = heavy if bold else regular
            return font if font in pdfmetrics.getRegisteredFontNames() else None
    return None


def is_script_font(font: str) -> bool:
    return any(font in pair for pair in SCRIPT_FONTS.values())


def runs(text: str, bold: bool = False) -> list[Run]:
    """``text`` as (font, piece) runs, each piece drawable in its font. Spaces and joiners stay
    with the run they are in; everything without a script font is Helvetica."""
    latin = LATIN_BOLD if bold else LATIN
    out: list[Run] = []
    for ch in text:
        if out and (ch.isspace() or ch in _JOINERS):
            font = out[-1][0]
        else:
            font = _script_font(ch, bold) or latin
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def is_plain(text: str) -> bool:
    """True when ``text`` needs no script font (Helvetica draws all of it)."""
    return all(ord(ch) < 0x0370 for ch in text)


@lru_cache(maxsize=8192)
def shaped(font: str, text: str, size: float) -> tuple[str, float]:
    """(drawable string, width in points) of one run. Script runs come back shaped (a
    reportlab ShapedStr) with the shaped advance as width; Helvetica runs as they are."""
    if not is_script_font(font):
        return text, pdfmetrics.stringWidth(text, font, size)
    out = shapeStr(text, font, size)
    data = getattr(out, "__shapeData__", None)
    if not data:  # uharfbuzz missing, or shaping changed nothing
        return out, pdfmetrics.stringWidth(text, font, size)
    return out, float(sum(d.x_advance for d in data)) * size / 1000


def width(pieces: Iterable[Run], size: float) -> float:
    return float(sum(shaped(font, text, size)[1] for font, text in pieces))


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_runs(canvas: Canvas, x: float, y: float, pieces: Iterable[Run], size: float) -> float:
    """Draw runs from ``x`` on baseline ``y``; returns the x after the last one. Script runs
    are shaped and carry their text as ActualText (what extraction and search read)."""
    for font, text in pieces:
        drawable, advance = shaped(font, text, size)
        canvas.setFont(font, size)
        if is_script_font(font):
            canvas.addLiteral(f"/Span <</ActualText {_actual_text(text)}>> BDC")
            canvas.drawString(x, y, drawable)
            canvas.addLiteral("EMC")
        else:
            canvas.drawString(x, y, drawable)
        x += advance
    return x


def wrap_lines(text: str, size: float, avail: float, bold: bool = False) -> list[list[Run]]:
    """Greedy word wrap on shaped widths; explicit newlines break. A word wider than the line
    stands alone on it (never cut inside a syllable)."""
    lines: list[list[Run]] = []
    for part in text.split("\n"):
        current = part[: len(part) - len(part.lstrip())]  # an indent stays (shift report rows)
        for word in part.split():
            trial = f"{current} {word}" if current.strip() else current + word
            if current.strip() and width(runs(trial, bold), size) > avail:
                lines.append(runs(current, bold))
                current = word
            else:
                current = trial
        lines.append(runs(current, bold))
    return lines


class ScriptParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of mixed Latin/Sinhala/Tamil text, shaped, in a ParagraphStyle's size,
    leading, colour and alignment (no inline markup: the whole text is bold or not)."""

    def __init__(self, text: str, style: ParagraphStyle, bold: bool | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bold = ("Bold" in style.fontName) if bold is None else bold
        self.hAlign = {TA_RIGHT: "RIGHT", TA_CENTER: "CENTER"}.get(style.alignment, "LEFT")
        self._lines: list[list[Run]] = []
        self._widths: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size = self.style.fontSize
        self._lines = wrap_lines(self.text, size, availWidth, self.bold)
        self._widths = [width(line, size) for line in self._lines]
        # The natural width: a table cell or the frame places the block by its ALIGN/hAlign.
        self.width = min(availWidth, max(self._widths, default=0.0))
        self.height = self.style.leading * len(self._lines)
        return self.width, self.height

    def draw(self) -> None:
        style = self.style
        size = style.fontSize
        self.canv.setFillColor(style.textColor)
        y = self.height - size  # first baseline, as Paragraph puts it
        for line, line_w in zip(self._lines, self._widths, strict=True):
            x = 0.0
            if style.alignment == TA_RIGHT:
                x = self.width - line_w
            elif style.alignment == TA_CENTER:
                x = (self.width - line_w) / 2
            draw_runs(self.canv, x, y, line, size)
            y -= style.leading

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        return []  # short texts (names, headings, cells): moved whole to the next frame


def paragraph(text: str, style: ParagraphStyle, bold: bool = False) -> Flowable:
    """A Paragraph for Latin-only text (looks as before), a ScriptParagraph otherwise."""
    if is_plain(text):
        body = escape(text).replace("\n", "<br/>")
        return Paragraph(f"<b>{body}</b>" if bold else body, style)
    register_fonts()
    return ScriptParagraph(text, style, bold or None)


def cell(text: str, style: ParagraphStyle, bold: bool = False) -> Flowable | str:
    """A table cell: Latin-only text stays a string (the table style sets its font, bold rows
    included); text with Sinhala/Tamil becomes a ScriptParagraph in ``style``."""
    if is_plain(text):
        return text
    # A paragraph style's space before/after would make the row taller and push the text off
    # the baseline the string cells share.
    return paragraph(text, ParagraphStyle("cell", parent=style, spaceBefore=0, spaceAfter=0), bold)
