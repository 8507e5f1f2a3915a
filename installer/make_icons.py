"""Render resources/icons/pos-desktop.svg into the PNG (Linux .desktop entry) and the ICO
(Windows executable and shortcuts). Run once after changing the SVG; the outputs are committed:
    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(svg: Path, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    QGuiApplication(sys.argv[:1])
    svg = ICONS / "pos-desktop.svg"
    render(svg, 256).save(ICONS / "pos-desktop.png", optimize=True)
    render(svg, 256).save(
        ICONS / "pos-desktop.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (256, 256)]
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
