"""Which copy of the terminal file this is: the database instance id and its fingerprint.

A random ``db_instance_id`` alone travels with a copied file, so HQ could not tell the copy
from the original. Beside it the file keeps a fingerprint of where it lives (host name and the
absolute, resolved path). When the fingerprint no longer matches, the file was copied or moved:
it gets a new instance id, and HQ (which bound the device to the old one) answers
``instance_mismatch`` until a person re-enrolls it or HQ resets the binding. A clone can never
push under the original's device id and interleave its seq numbers.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from pos_desktop.store.database import Database
from pos_desktop.store.terminal import DB_INSTANCE_KEY
from sync.client.state import FINGERPRINT_KEY, meta, put_meta

log = logging.getLogger(__name__)


def fingerprint(db_path: Path, hostname: str | None = None) -> str:
    """Hash of host and resolved absolute path (paths can exceed the meta column's width)."""
    host = hostname if hostname is not None else socket.gethostname()
    where = str(Path(db_path).expanduser().resolve())
    return hashlib.sha256(f"{host}\0{where}".encode()).hexdigest()


def new_instance_id() -> str:
    return secrets.token_hex(16)


@dataclass(frozen=True, slots=True)
class Instance:
    db_instance_id: str
    changed: bool  # a new id was made now because the file had moved or been copied


def ensure_instance_in(session: Session, db_path: Path, hostname: str | None = None) -> Instance:
    """The file's instance id, renewed when the fingerprint changed. In the caller's txn."""
    current = fingerprint(db_path, hostname)
    instance_id = meta(session, DB_INSTANCE_KEY)
    stored = meta(session, FINGERPRINT_KEY)
    if instance_id is None:
        instance_id = new_instance_id()
        put_meta(session, DB_INSTANCE_KEY, instance_id)
        put_meta(session, FINGERPRINT_KEY, current)
        return Instance(instance_id, changed=False)
    if stored is None:
        # A file from before sync existed (made by 'pos init'): adopt where it is now.
        put_meta(session, FINGERPRINT_KEY, current)
        return Instance(instance_id, changed=False)
    if stored != current:
        log.warning("database %s was copied or moved: new database instance id", db_path)
        instance_id = new_instance_id()
        put_meta(session, DB_INSTANCE_KEY, instance_id)
        put_meta(session, FINGERPRINT_KEY, current)
        return Instance(instance_id, changed=True)
    return Instance(instance_id, changed=False)


def ensure_instance(db: Database, hostname: str | None = None) -> Instance:
    """Read the instance id, writing only when something must change (a short write)."""
    with db.read() as session:
        instance_id = meta(session, DB_INSTANCE_KEY)
        stored = meta(session, FINGERPRINT_KEY)
    if instance_id is not None and stored == fingerprint(db.path, hostname):
        return Instance(instance_id, changed=False)
    with db.uow() as uow:
        uow.session.info["sync_apply"] = True
        found = ensure_instance_in(uow.session, db.path, hostname)
        uow.commit()
    return found
