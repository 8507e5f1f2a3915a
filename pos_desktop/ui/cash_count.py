"""Counting a drawer by denomination: one count field per note and coin, a live total.

Used by the shift-close screen (the closing count) and the shift-open dialog (an optional
counted float). The arithmetic is core.denominations' (exact, validated); this widget only
gathers counts and shows values.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.denominations import (
    LKR_COINS,
    LKR_NOTES,
    MAX_COUNT_PER_DENOMINATION,
    count_total,
    denominations_for,
)
from pos_desktop.core.money import Money, format_amount

FIELD_HEIGHT = 40


class DenominationCount(QWidget):
    """Count fields for every note and coin of ``currency``; emits ``total_changed(Money)``."""

    total_changed = Signal(object)  # Money

    def __init__(self, currency: str = "LKR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.setObjectName("denominationCount")
        self._spins: dict[int, QSpinBox] = {}
        self._values: dict[int, QLabel] = {}
        faces = denominations_for(currency)
        notes = [f for f in faces if f in LKR_NOTES] if currency == "LKR" else list(faces)
        coins = [f for f in faces if f in LKR_COINS] if currency == "LKR" else []

        columns = QHBoxLayout()
        columns.addWidget(self._group(self.tr("Notes"), notes))
        if coins:
            coin_box = QVBoxLayout()
            coin_box.addWidget(self._group(self.tr("Coins"), coins))
            coin_box.addStretch(1)
            columns.addLayout(coin_box)

        self.total_label = QLabel()
        self.total_label.setObjectName("countTotal")
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.total_label.setFont(font)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        layout.addWidget(self.total_label)
        self._refresh()

    def _group(self, title: str, faces: list[int]) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        for row, face in enumerate(faces):
            name = QLabel(f"{face:,} ×")
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            spin = QSpinBox()
            spin.setObjectName(f"count_{face}")
            spin.setRange(0, MAX_COUNT_PER_DENOMINATION)
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setMinimumHeight(FIELD_HEIGHT)
            spin.setMinimumWidth(80)
            spin.valueChanged.connect(self._refresh)
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("000,000,000.00"))
            grid.addWidget(name, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(value, row, 2)
            name.setBuddy(spin)
            self._spins[face] = spin
            self._values[face] = value
        return box

    # -- reading and writing the count -----------------------------------------------------
    def counts(self) -> dict[int, int]:
        """Face value -> count, zeros left out (what shifts.close_shift takes)."""
        return {face: spin.value() for face, spin in self._spins.items() if spin.value()}

    def total(self) -> Money:
        return count_total(self.counts(), self.currency)

    def set_counts(self, counts: dict[int, int]) -> None:
        for face, spin in self._spins.items():
            spin.blockSignals(True)
            spin.setValue(counts.get(face, 0))
            spin.blockSignals(False)
        self._refresh()

    def clear(self) -> None:
        self.set_counts({})

    def spin(self, face: int) -> QSpinBox:
        return self._spins[face]

    def first_field(self) -> QSpinBox:
        return next(iter(self._spins.values()))

    def _refresh(self) -> None:
        for face, spin in self._spins.items():
            value = Money.of(face * spin.value(), self.currency)
            self._values[face].setText(format_amount(value) if spin.value() else "")
        total = self.total()
        self.total_label.setText(
            self.tr("Counted: {}").format(f"{self.currency} {format_amount(total)}")
        )
        self.total_changed.emit(total)


class AmountEdit(QLineEdit):
    """A money amount typed in major units ("1500", "1500.50"): at most two decimals, no sign."""

    def __init__(self, currency: str = "LKR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{0,9}([.]\d{0,2})?$"), self)
        )
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumHeight(FIELD_HEIGHT)
        self.setPlaceholderText("0.00")

    def amount(self) -> Money | None:
        """The amount typed, or None when the field is empty or holds only a dot."""
        text = self.text().strip()
        if not text or text == ".":
            return None
        return Money.of(text, self.currency)

    def set_amount(self, money: Money) -> None:
        self.setText(format_amount(money).replace(",", ""))
