"""Set up two-factor sign-in: scan a QR code (or type the key), confirm a first code, keep the
backup codes.

Used from the back office (Users > "Set up two-factor sign-in" for oneself) and from the login
screen when the store requires MFA. The dialog only shows what the service produced (the secret
and its otpauth URI) and hands the typed code to ``confirm`` on the DB lane; the service checks
the code and switches MFA on. The backup codes are shown once, on the second page, and are not
kept anywhere by this dialog after it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.services.mfa import Enrolment
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.tasks import DB

MODULE_PX = 6  # one QR module, in pixels: a 33-module code is about 200 px, easy to scan


def qr_pixmap(text: str, module_px: int = MODULE_PX) -> QPixmap:
    """``text`` as a QR code (medium error correction, a quiet zone of 4 modules)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    matrix: list[list[bool]] = code.get_matrix()
    size = len(matrix) * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    x * module_px, y * module_px, module_px, module_px, Qt.GlobalColor.black
                )
    painter.end()
    return QPixmap.fromImage(image)


def grouped(secret: str) -> str:
    """The key in groups of four, as authenticator apps show it ("ABCD EFGH ...")."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


class MfaEnrolDialog(QDialog):
    def __init__(
        self,
        ui: UiContext,
        enrolment: Enrolment,
        confirm: Callable[[str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.enrolment = enrolment
        self._confirm = confirm
        self.outcome: Any = None  # the service's result once confirmed
        self.setObjectName("mfaEnrolDialog")
        self.setWindowTitle(self.tr("Two-factor sign-in"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._setup_page())
        self.pages.addWidget(self._codes_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- page 1: scan and confirm ------------------------------------------------------------
    def _setup_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "1. Open an authenticator app on your phone (Google Authenticator, Microsoft "
                "Authenticator, Aegis...) and scan this code, or type the key below.\n"
                "2. Type the 6-digit code the app shows to finish."
            )
        )
        intro.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setObjectName("mfaQr")
        self.qr.setPixmap(qr_pixmap(self.enrolment.uri))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key = QLabel(grouped(self.enrolment.secret))
        self.key.setObjectName("mfaKey")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.2)
        self.key.setFont(mono)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        account = QLabel(self.tr("Account: {}").format(self.enrolment.username))
        account.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = QLineEdit()
        self.code.setObjectName("mfaCode")
        self.code.setPlaceholderText(self.tr("6-digit code"))
        self.code.setMaxLength(8)
        self.code.setMinimumHeight(48)
        self.error = QLabel()
        self.error.setObjectName("mfaError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.confirm_button = QPushButton(self.tr("Turn on"))
        self.confirm_button.setObjectName("mfaConfirm")
        self.confirm_button.setMinimumHeight(48)
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)  # Enter in the code field confirms, never cancels
        cancel.setObjectName("mfaCancel")
        cancel.setMinimumHeight(48)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.qr)
        layout.addWidget(account)
        layout.addWidget(self.key)
        layout.addWidget(QLabel(self.tr("Code from the app")))
        layout.addWidget(self.code)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        return page

    def confirm(self) -> None:
        if not self.confirm_button.isEnabled():
            return  # a confirmation is on its way
        code = self.code.text().strip()
        if not code:
            self.error.setText(self.tr("Type the code the app shows."))
            return
        self.confirm_button.setEnabled(False)
        self.error.clear()
        confirm = self._confirm
        self.ui.run(lambda: confirm(code), self._confirmed, self._refused, lane=DB)

    def _refused(self, error: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        self.code.clear()
        self.code.setFocus()
        message = error.message if isinstance(error, DomainError) else str(error)
        self.error.setText(message)

    def _confirmed(self, outcome: Any) -> None:
        self.outcome = outcome
        codes = tuple(getattr(outcome, "backup_codes", ()))
        self.codes.setText("\n".join(codes))
        self.pages.setCurrentIndex(1)
        self.done_button.setFocus()

    # -- page 2: backup codes ----------------------------------------------------------------
    def _codes_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Two-factor sign-in is on."))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        note = QLabel(
            self.tr(
                "Write these backup codes down and keep them somewhere safe. Each works once, "
                "instead of a code from the app, if the phone is lost. They are shown only now."
            )
        )
        note.setWordWrap(True)
        self.codes = QLabel()
        self.codes.setObjectName("mfaBackupCodes")
        self.codes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.3)
        self.codes.setFont(mono)
        self.codes.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = QPushButton(self.tr("I have saved the codes"))
        self.done_button.setObjectName("mfaDone")
        self.done_button.setMinimumHeight(48)
        self.done_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(self.codes, 1)
        layout.addWidget(self.done_button)
        return page

    def reject(self) -> None:
        if self.outcome is not None:
            self.accept()  # MFA is on already: closing is the same as "done"
            return
        super().reject()

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.codes.clear()  # the codes leave the screen with the dialog
        super().done(result)
