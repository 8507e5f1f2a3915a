"""The device token lives only in the OS keyring (``keyring``), never in SQLite or a file.

Where no usable keyring exists (a headless Linux box without Secret Service, the ``fail`` or
``null`` backend, an empty chain, or a plain-text file backend someone configured), every
operation raises ``KeyringUnavailable`` with a sentence saying what to install. There is no
silent fallback: a token written to a plain file next to the database would travel with every
copy of that file.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from pos_desktop.core.errors import DomainError

log = logging.getLogger(__name__)

SERVICE_NAME = "pos-desktop-sync"

INSTALL_HINT = (
    "No usable OS keyring was found to keep this terminal's HQ credential, and it is never "
    "written to a plain file. On Linux, run the till inside a desktop session with a Secret "
    "Service keyring (GNOME Keyring or KWallet) unlocked, and make sure the Python package "
    "'secretstorage' is installed; on Windows and macOS the system keyring works as installed."
)


class KeyringUnavailable(DomainError):
    """No OS keyring can hold the device token (see ``INSTALL_HINT``)."""

    code = "keyring_unavailable"

    def __init__(self, detail: str | None = None) -> None:
        message = INSTALL_HINT if not detail else f"{INSTALL_HINT} ({detail})"
        super().__init__(message)


def _unusable_reason(backend: KeyringBackend) -> str | None:
    """Why ``backend`` cannot be trusted with a secret, or None when it can."""
    module = type(backend).__module__
    name = type(backend).__name__
    if module == "keyring.backends.fail" or module == "keyring.backends.null":
        return f"the active backend is {module}.{name}"
    if module.startswith("keyrings.alt") and "plaintext" in name.lower():
        return f"the active backend {module}.{name} stores secrets as plain text"
    backends = getattr(backend, "backends", None)
    if module == "keyring.backends.chainer" and not backends:
        return "no keyring backend is installed"
    return None


class CredentialStore:
    """Device tokens by device id in the OS keyring (service ``pos-desktop-sync``)."""

    def __init__(self, service: str = SERVICE_NAME) -> None:
        self.service = service

    def _backend(self) -> KeyringBackend:
        backend = keyring.get_keyring()
        reason = _unusable_reason(backend)
        if reason is not None:
            raise KeyringUnavailable(reason)
        return backend

    def check(self) -> None:
        """Raise ``KeyringUnavailable`` now if a token could not be stored (before enrolling)."""
        self._backend()

    def get(self, device_id: str) -> str | None:
        try:
            return self._backend().get_password(self.service, device_id)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(str(exc)) from exc

    def set(self, device_id: str, token: str) -> None:
        backend = self._backend()
        try:
            backend.set_password(self.service, device_id, token)
            # Read it back: some backends accept a write and keep nothing.
            stored = backend.get_password(self.service, device_id)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(str(exc)) from exc
        if stored != token:
            raise KeyringUnavailable("the keyring accepted the credential but did not keep it")

    def delete(self, device_id: str) -> None:
        try:
            self._backend().delete_password(self.service, device_id)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already the wanted state
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(str(exc)) from exc
