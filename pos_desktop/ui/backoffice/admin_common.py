"""Pieces of the Administration and Settings pages (no rules here): their translation context,
coloured status lines and a small non-blocking prompt dialog. Tables and buttons: widgets.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.ui.backoffice.widgets import MIN_HEIGHT, button, error_text, named, status_label
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.tasks import DB

CONTEXT: Final = "AdminPages"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def show_error(label: QLabel, error: BaseException) -> None:
    label.setStyleSheet("color: #b00020;")
    label.setText(error_text(error))


def show_ok(label: QLabel, text: str) -> None:
    label.setStyleSheet("color: #1b5e20;")
    label.setText(text)


class PromptDialog(QDialog):
    """One field (text, secret or a choice) and OK; ``action(value)`` runs on the DB lane and
    the dialog closes when it succeeds, or shows the service's refusal and stays open."""

    def __init__(
        self,
        ui: UiContext,
        title: str,
        prompt: str,
        action: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        secret: bool = False,
        choices: Sequence[tuple[str, str]] = (),
        initial: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self._action = action
        self.setObjectName("adminPrompt")
        self.setWindowTitle(title)
        self.field: QLineEdit | None = None
        self.choice: QComboBox | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        if choices:
            self.choice = named(QComboBox(), "promptChoice")
            for value, label in choices:
                self.choice.addItem(label, value)
            self.choice.setCurrentIndex(max(0, self.choice.findData(initial)))
            self.choice.setMinimumHeight(MIN_HEIGHT)
            layout.addWidget(self.choice)
        else:
            self.field = named(QLineEdit(initial), "promptField")
            self.field.setMinimumHeight(MIN_HEIGHT)
            if secret:
                self.field.setEchoMode(QLineEdit.EchoMode.Password)
            layout.addWidget(self.field)
        self.error = status_label("promptError")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = button(
            QCoreApplication.translate("AdminPages", "Cancel"), "promptCancel", self.reject
        )
        cancel.setAutoDefault(False)  # Enter submits (the OK button is the default)
        row.addWidget(cancel)
        self.ok = button(QCoreApplication.translate("AdminPages", "OK"), "promptOk", self.submit)
        self.ok.setDefault(True)
        row.addWidget(self.ok)
        layout.addLayout(row)

    def value(self) -> str:
        if self.choice is not None:
            return str(self.choice.currentData())
        assert self.field is not None
        return self.field.text()

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return  # already submitted
        value = self.value()
        action = self._action
        self.ok.setEnabled(False)
        self.ui.run(lambda: action(value), self._done, self._refused, lane=DB)

    def _done(self, _result: object) -> None:
        self.ok.setEnabled(True)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        show_error(self.error, error)


def open_prompt(dialog: PromptDialog) -> PromptDialog:
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
