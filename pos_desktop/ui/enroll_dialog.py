"""Enrolling this terminal with HQ: HQ's address, the one-time enrollment code a manager made
with ``pos-hq enroll-code``, and a name for this device.

The enrollment itself (``sync.client.enrollment.enroll``, injected as ``enroll``) runs on the
"network" lane: it talks to HQ, writes the terminal identity into the database and puts the
device secret into the OS keyring. Its errors are shown as sentences in the dialog and the
dialog stays open to correct the input and retry: a bad address, HQ unreachable, an invalid or
used code, no keyring backend on this computer, a database that belongs to another
organization. On success ``identity`` holds the new terminal and the dialog is accepted.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Final, Protocol
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.app_sync import EnrollFn
from pos_desktop.core.errors import DomainError
from pos_desktop.store.database import TerminalIdentity
from pos_desktop.ui.tasks import NETWORK

MIN_HEIGHT: Final = 48
MAX_CODE: Final = 64


class RunFn(Protocol):
    """``UiContext.run`` or ``TaskRunner.run`` (the first start has no UiContext yet)."""

    def __call__(
        self,
        fn: Callable[[], TerminalIdentity],
        on_done: Callable[[TerminalIdentity], None] | None = ...,
        on_error: Callable[[BaseException], None] | None = ...,
        *,
        lane: str = ...,
    ) -> Future[TerminalIdentity]: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("EnrollDialog", text)


def check_hq_url(text: str) -> str:
    """HQ's address as the engine wants it (``https://host[:port][/prefix]``, no trailing
    slash); raises DomainError with a sentence for anything else."""
    url = text.strip()
    if not url:
        raise DomainError(
            QCoreApplication.translate(
                "EnrollDialog", "Enter HQ's address, for example https://hq.example.com."
            )
        )
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError on a port that is not a number
    except ValueError:
        parts, port = None, None
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.query
        or parts.fragment
        or (port is not None and not 0 < port < 65536)
    ):
        raise DomainError(
            QCoreApplication.translate(
                "EnrollDialog",
                "“{}” is not an HQ address: it starts with https:// (or http://) and names the "
                "server, for example https://hq.example.com or http://192.168.1.10:8000.",
            ).format(url)
        )
    return url.rstrip("/")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def describe_enroll_error(error: BaseException, url: str) -> str:
    """A sentence for what went wrong, whatever layer raised it."""
    if type(error).__name__ == "KeyringUnavailable":  # sync.client.credentials: its own words
        return str(error)
    if isinstance(error, DomainError):
        return _sentence(error.message)
    if _is_unreachable(error):
        return QCoreApplication.translate(
            "EnrollDialog",
            "HQ at {} cannot be reached ({}). Check the address, the network cable or Wi-Fi, "
            "and that the HQ server is running.",
        ).format(url, error or type(error).__name__)
    text = str(error).strip()
    return (
        _sentence(text)
        if text
        else QCoreApplication.translate("EnrollDialog", "Enrollment failed: {}").format(
            type(error).__name__
        )
    )


def _is_unreachable(error: BaseException) -> bool:
    if isinstance(error, (ConnectionError, TimeoutError, socket.gaierror)):
        return True
    try:
        import httpx
    except ImportError:  # pragma: no cover - httpx is a dependency
        return False
    return isinstance(error, httpx.TransportError)


class EnrollDialog(QDialog):
    def __init__(
        self,
        run: RunFn,
        enroll: EnrollFn,
        db_path: Path,
        credentials: Callable[[], Any],
        parent: QWidget | None = None,
        *,
        device_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrollDialog")
        self.setWindowTitle(self.tr("Enroll this terminal with HQ"))
        self.setMinimumWidth(560)
        self._run = run
        self._enroll = enroll
        self._db_path = db_path
        self._credentials = credentials
        self.identity: TerminalIdentity | None = None
        self.busy = False

        intro = QLabel(
            self.tr(
                "This terminal is not set up yet. Enter HQ's address and the enrollment code a "
                "manager created for this store (pos-hq enroll-code). The code works once."
            )
        )
        intro.setWordWrap(True)
        where = QLabel(self.tr("Data folder: {}").format(db_path.parent))
        where.setObjectName("enrollDataDir")
        where.setWordWrap(True)

        self.url = self._field("enrollUrl", self.tr("https://hq.example.com"), 300)
        self.code = self._field("enrollCode", self.tr("one-time code"), MAX_CODE)
        self.device = self._field("enrollDevice", self.tr("e.g. Till 1"), 100)
        self.device.setText(device_name if device_name is not None else socket.gethostname())
        form = QFormLayout()
        form.addRow(self.tr("HQ address"), self.url)
        form.addRow(self.tr("Enrollment code"), self.code)
        form.addRow(self.tr("Device name"), self.device)

        self.error = QLabel()
        self.error.setObjectName("enrollError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.progress = QLabel()
        self.progress.setObjectName("enrollProgress")

        buttons = QDialogButtonBox()
        self.submit_button = QPushButton(self.tr("Enroll"))
        self.submit_button.setObjectName("enrollSubmit")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("enrollCancel")
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.submit_button, self.cancel_button):
            button.setMinimumHeight(MIN_HEIGHT)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.url.setFocus()

    def _field(self, name: str, placeholder: str, limit: int) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        field.setMaxLength(limit)
        field.setMinimumHeight(MIN_HEIGHT)
        return field  # Enter in a field presses the default button (Enroll)

    # -- enrolling -------------------------------------------------------------------------
    def submit(self) -> None:
        if self.busy:
            return
        try:
            url = check_hq_url(self.url.text())
        except DomainError as bad:
            self._fail(bad.message, self.url)
            return
        code = "".join(self.code.text().split())
        if not code:
            self._fail(self.tr("Enter the enrollment code HQ gave for this terminal."), self.code)
            return
        name = " ".join(self.device.text().split())
        if not name:
            self._fail(self.tr("Give this terminal a name, for example Till 1."), self.device)
            return
        enroll, db_path, credentials = self._enroll, self._db_path, self._credentials
        self._set_busy(True)
        self.error.clear()
        self.progress.setText(self.tr("Contacting HQ…"))
        self._run(
            lambda: enroll(db_path, url, code, name, credentials()),
            self._enrolled,
            lambda error: self._failed(error, url),
            lane=NETWORK,
        )

    def _enrolled(self, identity: TerminalIdentity) -> None:
        self._set_busy(False)
        self.identity = identity
        self.progress.setText(
            self.tr("Enrolled as device {} of store {}.").format(
                identity.device_code, identity.store_code
            )
        )
        self.accept()

    def _failed(self, error: BaseException, url: str) -> None:
        self._set_busy(False)
        self.progress.clear()
        self._fail(describe_enroll_error(error, url), self.code)

    def _fail(self, text: str, field: QLineEdit) -> None:
        self.error.setText(text)
        field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.submit_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        for field in (self.url, self.code, self.device):
            field.setReadOnly(busy)

    def reject(self) -> None:
        if self.busy:  # HQ may be writing our identity right now: let it finish
            return
        super().reject()
