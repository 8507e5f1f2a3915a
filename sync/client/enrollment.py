"""Enrolling a terminal with HQ: one-time code in, device identity and token out.

``enroll`` refuses a database that cannot become this organization's terminal (one set up on
its own with ``pos init``, one enrolled in another organization, one holding sales), checks the
keyring can hold the token *before* spending the one-time code, and writes nothing partial:
the identity rows, the sync state and the keyring entry are all written, or none of them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import DomainError
from pos_desktop.core.ids import new_id
from pos_desktop.paths import database_files
from pos_desktop.store.database import Database, TerminalIdentity
from pos_desktop.store.models.sales import Sale
from pos_desktop.store.outbox import SCHEMA_VERSION, OutboxEntry
from pos_desktop.store.terminal import THIS_DEVICE_KEY, open_database, try_load_identity
from sync.client.convert import RowError, codec_for
from sync.client.credentials import CredentialStore
from sync.client.instance import ensure_instance
from sync.client.outbox_io import renumber_pending
from sync.client.state import (
    ACKED_SEQ_KEY,
    ENROLLED_AT_KEY,
    HQ_URL_KEY,
    LAST_ERROR_CODE_KEY,
    LAST_ERROR_KEY,
    ORGANIZATION_KEY,
    QUARANTINED_KEY,
    load_cursor,
    meta,
    put_meta,
    save_cursor,
)
from sync.client.table_writer import TableWriter, WriteResult
from sync.client.transport import HqBadResponse, HqClient, HqRejected, HqUnavailable
from sync.protocol import EnrollRequest, EnrollResponse

log = logging.getLogger(__name__)

DEFAULT_APP_VERSION = "0.1.0"


class EnrollmentError(DomainError):
    """Enrollment refused (by this terminal's rules or by HQ); nothing was written."""

    code = "enrollment_refused"


def normalize_hq_url(url: str) -> str:
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise EnrollmentError(f"{url!r} is not an HQ address; it looks like https://hq.example.com")
    return url.strip().rstrip("/")


def _refuse_unsuitable(db: Database) -> TerminalIdentity | None:
    """Checks that need no HQ answer; returns the identity of an already enrolled file."""
    with db.read() as session:
        sales = session.execute(select(func.count()).select_from(Sale)).scalar_one()
        enrolled_org = meta(session, ORGANIZATION_KEY)
    # A file already enrolled may be enrolled again (revoked, cloned, forgotten by a restored
    # HQ) with its sales: its pending entries go up under the new device, and a code of
    # another organization is refused below once HQ says whose it is.
    if sales and enrolled_org is None:
        raise EnrollmentError(
            f"{db.path} already holds {sales} sale(s); a terminal is enrolled on a new, empty "
            "database so its sales are never mixed with another organization's"
        )
    identity = try_load_identity(db)
    if identity is not None and enrolled_org is None:
        raise EnrollmentError(
            f"{db.path} was set up on its own (store {identity.store_code}) and belongs to "
            "another organization; enroll a new, empty database instead (another --data-dir)"
        )
    return identity


def _check_answer(answer: EnrollResponse, device_id: str) -> None:
    org, store, device = answer.organization, answer.store, answer.device
    problems = []
    if answer.device_id != device_id or device.get("id") != device_id:
        problems.append("the device id differs from the one this terminal made")
    if not org.get("id") or store.get("organization_id") != org.get("id"):
        problems.append("the store is not in the organization")
    if device.get("store_id") != store.get("id") or device.get("organization_id") != org.get("id"):
        problems.append("the device is not in the store")
    if problems:
        raise EnrollmentError("HQ's enrollment answer is inconsistent: " + "; ".join(problems))


def _write_rows(session: Session, entity: str, row: dict[str, Any]) -> None:
    codec = codec_for(entity)
    assert codec is not None
    try:
        values = codec.decode(row)
    except RowError as exc:
        raise EnrollmentError(f"HQ's enrollment answer has a bad {entity} row: {exc}") from exc
    result = WriteResult()
    TableWriter(session, codec, replace_colliding=True).upsert([values], result)
    if result.skipped:
        raise EnrollmentError(f"cannot store HQ's {entity} row: {result.skipped[0]}")


def _write_identity(
    db: Database, hq_url: str, answer: EnrollResponse, now: datetime
) -> TerminalIdentity:
    with db.uow() as uow:
        s = uow.session
        s.info["sync_apply"] = True  # HQ's rows are not news for HQ
        for entity, row in (
            ("organizations", answer.organization),
            ("stores", answer.store),
            ("devices", answer.device),
        ):
            _write_rows(s, entity, row)
        put_meta(s, THIS_DEVICE_KEY, answer.device_id)
        put_meta(s, HQ_URL_KEY, hq_url)
        put_meta(s, ORGANIZATION_KEY, str(answer.organization["id"]))
        put_meta(s, ENROLLED_AT_KEY, now.isoformat())
        for key in (LAST_ERROR_KEY, LAST_ERROR_CODE_KEY):
            put_meta(s, key, None)
        # A new device starts a new seq space at HQ: what the old one had acknowledged is HQ's
        # already (unless HQ was restored from a backup since: another epoch, and then it goes
        # up again too; ledger rows are insert-if-new at HQ, nothing counts twice); anything
        # still pending goes up under the new device from seq 1.
        if load_cursor(s).server_epoch in (None, answer.server_epoch):
            s.execute(delete(OutboxEntry).where(OutboxEntry.acked_at.is_not(None)))
        renumber_pending(s, 0)
        put_meta(s, ACKED_SEQ_KEY, "0")
        put_meta(s, QUARANTINED_KEY, "0")
        save_cursor(s, cursor=0, server_epoch=answer.server_epoch, snapshot=None)
        uow.commit()
    identity = try_load_identity(db)
    if identity is None:  # pragma: no cover - the rows were just written
        raise EnrollmentError("enrollment wrote an incomplete identity")
    return identity


def enroll(
    db_path: Path,
    hq_url: str,
    code: str,
    device_name: str,
    credentials: CredentialStore,
    transport: httpx.BaseTransport | None = None,
    *,
    app_version: str = DEFAULT_APP_VERSION,
    clock: Callable[[], datetime] | None = None,
) -> TerminalIdentity:
    """Enroll the terminal database at ``db_path`` with HQ using a one-time ``code``."""
    url = normalize_hq_url(hq_url)
    code = code.strip()
    name = device_name.strip()
    if not code:
        raise EnrollmentError("the enrollment code is empty")
    if not 1 <= len(name) <= 100:
        raise EnrollmentError("the terminal name must be 1-100 characters")
    credentials.check()  # before spending the one-time code
    existed = db_path.exists()
    try:
        return _enroll(db_path, url, code, name, credentials, transport, app_version, clock)
    except BaseException:
        if not existed:  # a refused enrollment leaves no half-made database behind
            for leftover in database_files(db_path):
                leftover.unlink(missing_ok=True)
        raise


ENROLL_ATTEMPTS = 3


def _ask(client: HqClient, request: EnrollRequest) -> EnrollResponse:
    """Send the enrollment, asking again (same device id, same file) when the answer was
    lost: HQ answers a repeated request for a code this device spent with a new token, so a
    dropped connection does not use the one-time code up for nothing."""
    for attempt in range(1, ENROLL_ATTEMPTS + 1):
        try:
            return client.enroll(request)
        except HqUnavailable:
            if attempt == ENROLL_ATTEMPTS:
                raise
            time.sleep(0.5 * attempt)
    raise AssertionError("unreachable")


def _enroll(
    db_path: Path,
    url: str,
    code: str,
    name: str,
    credentials: CredentialStore,
    transport: httpx.BaseTransport | None,
    app_version: str,
    clock: Callable[[], datetime] | None,
) -> TerminalIdentity:
    db = open_database(db_path)
    try:
        previous = _refuse_unsuitable(db)
        instance = ensure_instance(db)
        device_id = new_id()
        client = HqClient(url, lambda: None, instance.db_instance_id, transport)
        request = EnrollRequest(
            code=code,
            device_id=device_id,
            db_instance_id=instance.db_instance_id,
            device_name=name,
            app_version=app_version,
            schema_version=SCHEMA_VERSION,
        )
        try:
            answer = _ask(client, request)
        except HqRejected as exc:
            raise EnrollmentError(f"HQ refused the enrollment: {exc.message}") from exc
        except (HqUnavailable, HqBadResponse) as exc:
            raise EnrollmentError(f"enrollment failed: {exc}") from exc
        finally:
            client.close()
        _check_answer(answer, device_id)
        if previous is not None and previous.organization_id != answer.organization["id"]:
            raise EnrollmentError(
                "this database belongs to another organization than the enrollment code; the "
                "code is used up: ask HQ for a new one and enroll a new, empty database"
            )
        credentials.set(device_id, answer.device_token)
        try:
            now = clock() if clock is not None else datetime.now(UTC)
            identity = _write_identity(db, url, answer, now)
        except BaseException:
            credentials.delete(device_id)
            raise
        log.info("enrolled %s as device %s of store %s", db_path, device_id, identity.store_code)
        return identity
    finally:
        db.dispose()
