"""The terminal's sync engine (Qt-free): enrollment, rounds, the background worker.

The composition root calls ``build_sync`` and hands the engine to a ``SyncWorker``; the UI
reads ``SyncStatus``. See docs/sync-protocol.md for the protocol these modules implement.

Names are imported lazily (PEP 562): ``import sync.client.status`` on the UI's start-up path
does not pull in httpx, keyring and the engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sync.client.backoff import Backoff
    from sync.client.build import build_sync
    from sync.client.credentials import CredentialStore, KeyringUnavailable
    from sync.client.engine import SyncEngine
    from sync.client.enrollment import EnrollmentError, enroll
    from sync.client.report import RoundReport
    from sync.client.status import Connection, SyncStatus
    from sync.client.transport import (
        HqBadResponse,
        HqClient,
        HqError,
        HqRejected,
        HqUnavailable,
    )
    from sync.client.worker import SyncWorker

_WHERE = {
    "Backoff": "backoff",
    "build_sync": "build",
    "CredentialStore": "credentials",
    "KeyringUnavailable": "credentials",
    "SyncEngine": "engine",
    "EnrollmentError": "enrollment",
    "enroll": "enrollment",
    "RoundReport": "report",
    "Connection": "status",
    "SyncStatus": "status",
    "HqBadResponse": "transport",
    "HqClient": "transport",
    "HqError": "transport",
    "HqRejected": "transport",
    "HqUnavailable": "transport",
    "SyncWorker": "worker",
}

__all__ = [
    "Backoff",
    "Connection",
    "CredentialStore",
    "EnrollmentError",
    "HqBadResponse",
    "HqClient",
    "HqError",
    "HqRejected",
    "HqUnavailable",
    "KeyringUnavailable",
    "RoundReport",
    "SyncEngine",
    "SyncStatus",
    "SyncWorker",
    "build_sync",
    "enroll",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'sync.client' has no attribute {name!r}")
    return getattr(importlib.import_module(f"sync.client.{module}"), name)
