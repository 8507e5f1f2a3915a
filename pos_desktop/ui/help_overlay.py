"""The keyboard-shortcut overlay (F1): renders ui/shortcuts.py's table, grouped by where each
key works, so the list a cashier sees is the list the code binds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.ui.shortcuts import SHORTCUTS, Shortcut

SCOPE_TITLES = {
    "anywhere": QT_TRANSLATE_NOOP("shortcuts", "Anywhere"),
    "sell screen": QT_TRANSLATE_NOOP("shortcuts", "On the sell screen"),
    "returns screen": QT_TRANSLATE_NOOP("shortcuts", "On the returns screen"),
    "shift close screen": QT_TRANSLATE_NOOP("shortcuts", "On the shift close screen"),
}


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutHelp(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutHelp")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcutTable")
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fill(SHORTCUTS)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setMinimumHeight(48)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def _fill(self, shortcuts: tuple[Shortcut, ...]) -> None:
        bold = QFont(self.table.font())
        bold.setBold(True)
        shade = QBrush(QColor("#e8eef5"))
        scope = None
        for shortcut in shortcuts:
            if shortcut.scope != scope:
                scope = shortcut.scope
                row = self.table.rowCount()
                self.table.insertRow(row)
                title = QCoreApplication.translate("shortcuts", SCOPE_TITLES.get(scope, scope))
                item = QTableWidgetItem(title)
                item.setFont(bold)
                item.setBackground(shade)
                self.table.setItem(row, 0, item)
                self.table.setSpan(row, 0, 1, 2)
            row = self.table.rowCount()
            self.table.insertRow(row)
            key = QTableWidgetItem(_native(shortcut.key))
            key.setFont(bold)
            key.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 0, key)
            label = QCoreApplication.translate("shortcuts", shortcut.label)
            self.table.setItem(row, 1, QTableWidgetItem(label))

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            a, b = self.table.item(row, 0), self.table.item(row, 1)
            out.append((a.text() if a else "", b.text() if b else ""))
        return out


def show_shortcuts(parent: QWidget | None) -> ShortcutHelp:
    dialog = ShortcutHelp(parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
