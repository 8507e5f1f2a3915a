"""Bundled Noto fonts for Sinhala and Tamil, so nothing depends on the system's fonts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from pos_desktop.resources import resource_dir

FONTS_DIR = resource_dir("fonts")  # the repository's resources/fonts, or the bundle's copy
SINHALA_FAMILY = "Noto Sans Sinhala"
TAMIL_FAMILY = "Noto Sans Tamil"


def load_bundled_fonts(fonts_dir: Path = FONTS_DIR) -> list[str]:
    """Register every bundled .ttf with Qt; returns the families loaded. Idempotent."""
    families: list[str] = []
    for path in sorted(fonts_dir.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))
