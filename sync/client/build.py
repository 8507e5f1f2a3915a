"""``build_sync``: the composition root's one call to get a sync engine (or None).

Reads the HQ address from ``sync_meta`` (written at enrollment); the token comes from the OS
keyring when a request needs it (read once, then kept in memory for the process).
"""

from __future__ import annotations

import threading

import httpx

from pos_desktop.store.database import Database
from pos_desktop.store.terminal import try_load_identity
from sync.client.credentials import CredentialStore
from sync.client.engine import SyncEngine
from sync.client.instance import ensure_instance
from sync.client.state import HQ_URL_KEY, meta
from sync.client.transport import HqClient


class _CachedToken:
    """Reads the keyring lazily (on the worker thread, not at start-up) and once."""

    def __init__(self, credentials: CredentialStore, device_id: str) -> None:
        self._credentials = credentials
        self._device_id = device_id
        self._token: str | None = None
        self._lock = threading.Lock()

    def __call__(self) -> str | None:
        with self._lock:
            if self._token is None:
                self._token = self._credentials.get(self._device_id)
            return self._token


def hq_url(db: Database) -> str | None:
    with db.read() as session:
        return meta(session, HQ_URL_KEY)


def build_sync(
    db: Database,
    *,
    credentials: CredentialStore,
    app_version: str,
    transport: httpx.BaseTransport | None = None,
) -> SyncEngine | None:
    """The engine for an enrolled terminal; None when it is not enrolled (standalone)."""
    url = hq_url(db)
    identity = try_load_identity(db)
    if url is None or identity is None:
        return None
    instance = ensure_instance(db)
    client = HqClient(
        url,
        _CachedToken(credentials, identity.device_id),
        instance.db_instance_id,
        transport,
        user_agent=f"pos-desktop/{app_version}",
    )
    return SyncEngine(db, client, app_version=app_version, identity=identity)
