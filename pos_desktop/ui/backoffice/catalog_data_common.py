"""The translation context of the catalog data pages (price changes, import, labels). Their
titles, tables, buttons and error text are widgets.py's, amounts formats.py's."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

CONTEXT: Final = "CatalogData"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
