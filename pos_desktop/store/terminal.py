"""Opening a terminal database: migrate, then load which organization/store/device this file is."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.core.errors import NotFoundError
from pos_desktop.store import migrate
from pos_desktop.store.database import Database, TerminalIdentity
from pos_desktop.store.models import Device, Organization, Store, SyncMeta

THIS_DEVICE_KEY = "this_device_id"
DB_INSTANCE_KEY = "db_instance_id"
HQ_URL_KEY = "sync_hq_url"
"""Written at enrollment (``sync.client.enrollment``): a file holding it syncs with HQ."""


def open_database(path: Path, *, run_migrations: bool = True) -> Database:
    """Open (creating if needed) a terminal database file at the current schema.

    A file at an older schema is first copied to ``backups/`` (kind "pre-upgrade"); when that
    copy fails the file is not migrated (UpgradeBackupError, a readable sentence)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path)
    if run_migrations:
        try:
            migrate.upgrade(db.engine, before=lambda current: _backup_first(path, current))
        except BaseException:
            db.dispose()
            raise
    identity = try_load_identity(db)
    if identity is not None:
        db.set_device_clock(identity.device_id)
    return db


def _backup_first(path: Path, current: str) -> None:
    from pos_desktop.ops.backup import backup_before_upgrade  # loaded only for an upgrade

    backup_before_upgrade(path, current)


def get_meta(session: Session, key: str) -> str | None:
    row = session.execute(select(SyncMeta).where(SyncMeta.key == key)).scalar_one_or_none()
    return row.value if row else None


def set_meta(session: Session, key: str, value: str) -> None:
    row = session.execute(select(SyncMeta).where(SyncMeta.key == key)).scalar_one_or_none()
    if row is None:
        session.add(SyncMeta(key=key, value=value))
    else:
        row.value = value


def try_load_identity(db: Database) -> TerminalIdentity | None:
    with db.read() as session:
        device_id = get_meta(session, THIS_DEVICE_KEY)
        if device_id is None:
            return None
        device = session.get(Device, device_id)
        if device is None:
            return None
        store = session.get(Store, device.store_id)
        org = session.get(Organization, device.organization_id)
        if store is None or org is None:
            return None
        return TerminalIdentity(
            organization_id=org.id,
            store_id=store.id,
            device_id=device.id,
            store_code=store.code,
            device_code=device.code,
            currency=org.currency,
        )


def load_identity(db: Database) -> TerminalIdentity:
    identity = try_load_identity(db)
    if identity is None:
        raise NotFoundError(
            f"{db.path} is not set up as a terminal yet; run 'pos init' or 'pos demo' first"
        )
    return identity
