"""Facade of the HQ data layer: what the HTTP app (sync/server/app.py) and the ``pos-hq``
command line call. Qt-free and HTTP-free.

Every function takes an open ``Session`` inside a transaction (``HqDatabase.transaction()``;
``transaction(readonly=True)`` for pull, snapshot and listings); callers commit. Refusals raise
``HqError`` (sync/server/errors.py) carrying a ``protocol.ErrorCode``, a sentence and the HTTP
status; raise it out of the transaction so that it rolls back and a 4xx changes nothing.

The work is done in small modules: database (engine, epoch), schema/hq_models/hq_commerce
(tables), auth (credentials, enroll, hello), push/apply/merge/views/changes (push), pull
(pull and snapshot), ratelimit, org_api (API keys), admin, catalog.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from sync.protocol import PushRequest, PushResponse
from sync.server import push as _push
from sync.server.admin import (
    create_api_key,
    create_org,
    create_store,
    create_user,
    find_org,
    find_store,
    list_devices,
    make_enroll_code,
    reset_instance,
    revoke_api_key,
    revoke_device,
)
from sync.server.auth import ApiKeyScope, DeviceScope, authenticate, enroll, hello
from sync.server.catalog import import_catalog
from sync.server.changes import purge_tombstones
from sync.server.context import PushContext
from sync.server.database import HqDatabase, rotate_epoch, server_epoch
from sync.server.errors import HqError
from sync.server.org_api import org_list, org_upsert
from sync.server.pull import pull, snapshot
from sync.server.ratelimit import check_rate


def push(session: Session, scope: DeviceScope, req: PushRequest, now: datetime) -> PushResponse:
    """Apply one batch of the device's outbox (see sync/server/push.py)."""
    ctx = PushContext(scope.organization_id, scope.store_id, scope.device_id, now)
    return _push.push(session, ctx, req)


__all__ = [
    "ApiKeyScope",
    "DeviceScope",
    "HqDatabase",
    "HqError",
    "authenticate",
    "check_rate",
    "create_api_key",
    "create_org",
    "create_store",
    "create_user",
    "enroll",
    "find_org",
    "find_store",
    "hello",
    "import_catalog",
    "list_devices",
    "make_enroll_code",
    "org_list",
    "org_upsert",
    "pull",
    "purge_tombstones",
    "push",
    "reset_instance",
    "revoke_api_key",
    "revoke_device",
    "rotate_epoch",
    "server_epoch",
    "snapshot",
]
