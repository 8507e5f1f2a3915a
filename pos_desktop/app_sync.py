"""The sync pieces the app is composed with (Qt-free): the OS-keyring credential store, a factory
for the background sync worker, and the enrollment call.

Nothing of the sync engine (httpx, keyring backends) is imported here at module level: the
factories import it when they run, on a background lane after the window is shown, so start-up
stays light and a till without sync never loads it. ``pos_desktop.ui.sync_controller`` owns the
worker these factories build; tests pass fakes with the same shapes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

from pos_desktop.store.database import Database, TerminalIdentity
from sync.client.status import SyncStatus

StatusCallback = Callable[[SyncStatus], None]


class SyncWorkerLike(Protocol):
    """What the app needs of ``sync.client.worker.SyncWorker``."""

    def start(self) -> None: ...

    def stop(self, timeout: float = 5.0) -> object: ...  # the real one says whether it stopped

    def sync_now(self) -> None: ...

    def status(self) -> SyncStatus: ...


# Builds the worker for this database, reporting through ``on_status`` (called on the worker's
# thread); None when the terminal is not enrolled. May touch the disk and the keyring: call it
# off the UI thread.
WorkerFactory = Callable[[StatusCallback], SyncWorkerLike | None]


class EnrollFn(Protocol):
    """``sync.client.enrollment.enroll``: registers this database with HQ using a one-time code,
    writes the terminal identity and keeps the device secret in the keyring. Raises with a
    sentence a person can read (bad code, HQ unreachable, no keyring, another organization)."""

    def __call__(
        self, db_path: Path, hq_url: str, code: str, device_name: str, credentials: Any
    ) -> TerminalIdentity: ...


@dataclass(frozen=True, slots=True)
class SyncPieces:
    make_worker: WorkerFactory
    credentials: Callable[[], Any]  # builds the CredentialStore (keyring) when first needed


def app_version() -> str:
    try:
        return metadata.version("pos-desktop")
    except metadata.PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0"


def credential_store() -> Any:
    from sync.client import CredentialStore

    return CredentialStore()


def default_sync_pieces(db: Database, *, transport: Any = None) -> SyncPieces:
    """The real engine: ``build_sync`` (None = not enrolled) wrapped in a ``SyncWorker``.
    ``transport`` (an ``httpx.BaseTransport``) replaces the network in tests."""

    def make_worker(on_status: StatusCallback) -> SyncWorkerLike | None:
        from sync.client import SyncWorker, build_sync

        engine = build_sync(
            db, credentials=credential_store(), app_version=app_version(), transport=transport
        )
        if engine is None:
            return None
        worker: SyncWorkerLike = SyncWorker(engine, on_status=on_status)
        return worker

    return SyncPieces(make_worker=make_worker, credentials=credential_store)


def enroll_with_hq(
    db_path: Path, hq_url: str, code: str, device_name: str, credentials: Any
) -> TerminalIdentity:
    """The real enrollment (an ``EnrollFn``); imports the engine only when it runs."""
    from sync.client import enroll

    identity: TerminalIdentity = enroll(
        db_path, hq_url, code, device_name, credentials, app_version=app_version()
    )
    return identity
