"""Quick keys: a grid of big buttons for the products a shop sells most without a barcode
(bread, a bunch of bananas, a cup of tea). Which products, in which order, is the
``till.quick_keys`` setting (SKUs); the sell screen loads them off the UI thread."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from pos_desktop.services.catalog import ProductHit
from pos_desktop.ui.i18n import money_text

COLUMNS: Final = 3
BUTTON_HEIGHT: Final = 64
NAME_WIDTH: Final = 150  # px of name before it is elided (the full name is the tooltip)


class QuickKeys(QWidget):
    chosen = Signal(object)  # ProductHit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickKeys")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self.buttons: list[QPushButton] = []

    def set_products(self, hits: Sequence[ProductHit]) -> None:
        for button in self.buttons:
            self._grid.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        metrics = QFontMetrics(self.font())
        for i, hit in enumerate(hits):
            name = metrics.elidedText(hit.shown_name, Qt.TextElideMode.ElideRight, NAME_WIDTH)
            unit = "/kg" if hit.is_weighed else ""
            button = QPushButton(f"{name}\n{money_text(hit.price)}{unit}")
            button.setObjectName(f"quickKey_{hit.sku}")
            button.setToolTip(hit.shown_name)
            button.setMinimumHeight(BUTTON_HEIGHT)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tap must not steal the keyboard
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, h=hit: self.chosen.emit(h))
            self._grid.addWidget(button, i // COLUMNS, i % COLUMNS)
            self.buttons.append(button)
        self.setVisible(bool(self.buttons))
