"""Text -> 1-bit image with Qt and the bundled Noto fonts, for scripts printers cannot print.

Receipt printers print Sinhala and Tamil as "?" in text mode, so the renderer
(``hardware.printing.render``) asks for an image instead. Qt shapes both scripts correctly
from the bundled fonts (``ui.fonts``), also on the offscreen platform. Painting into a QImage
is allowed off the UI thread, so the print worker calls this from its own thread; a
QGuiApplication must exist and the fonts must be loaded once on the UI thread at start-up
(``load_bundled_fonts``), as the launcher does.
"""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from pos_desktop.ui.fonts import SINHALA_FAMILY, TAMIL_FAMILY

PIXEL_SIZE = 24  # the height of the printer's font A, so images sit well between text lines
MARGIN = 2
THRESHOLD = 128  # grey level below which a pixel is ink


def _is_tamil(text: str) -> bool:
    for ch in text:
        if "\u0b80" <= ch <= "\u0bff":
            return True
        if "\u0d80" <= ch <= "\u0dff":
            return False
    return False


def _font(bold: bool, text: str = "") -> QFont:
    font = QFont()
    # Qt falls back per character, so mixed "Rice සහල්" lines shape correctly; the script the
    # text starts with goes first (Qt warns when it asks the Sinhala font for Tamil shaping).
    scripts = [TAMIL_FAMILY, SINHALA_FAMILY] if _is_tamil(text) else [SINHALA_FAMILY, TAMIL_FAMILY]
    font.setFamilies([*scripts, "Noto Sans", "DejaVu Sans"])
    font.setPixelSize(PIXEL_SIZE)
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.NoAntialias)  # crisp 1-bit edges on paper
    return font


def rasterize_text(text: str, width_px: int, bold: bool) -> Image.Image:
    """Black text on white, word-wrapped, exactly ``width_px`` wide; a PIL mode "1" image."""
    if width_px <= 2 * MARGIN:
        raise ValueError(f"raster width must exceed {2 * MARGIN} pixels, got {width_px}")
    font = _font(bold, text)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
        Qt.TextFlag.TextWordWrap
    )
    inner = width_px - 2 * MARGIN
    bounds = QFontMetrics(font).boundingRect(QRect(0, 0, inner, 100_000), flags, text)
    height = max(bounds.height(), PIXEL_SIZE) + 2 * MARGIN
    image = QImage(width_px, height, QImage.Format.Format_Grayscale8)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    try:
        painter.setFont(font)
        painter.setPen(QColor(0, 0, 0))
        painter.drawText(QRect(MARGIN, MARGIN, inner, height - 2 * MARGIN), flags, text)
    finally:
        painter.end()
    return _to_pil(image)


def _to_pil(image: QImage) -> Image.Image:
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())[: stride * height]
    grey = Image.frombuffer("L", (width, height), data, "raw", "L", stride, 1)
    return grey.point(lambda v: 255 if v >= THRESHOLD else 0).convert("1")
