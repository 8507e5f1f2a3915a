"""HQ's own tables: credentials, the sync machinery and server state.

- ``org_versions``: one counter row per organization (change version, tombstone horizon).
- ``sync_changes``: one row per changed entity row -> its latest version (compacted change log;
  ``deleted`` marks a tombstone).
- ``applied_ops``: every push entry HQ accepted, unique by op id and by seq per device, with the
  result a duplicate gets back.
- ``quarantine``: business-invalid entries, kept whole with the reason.
- ``lww_field_clocks``: per-field HLC of last-writer-wins rows (customers).
- ``device_credentials``, ``api_keys``, ``enroll_codes``: hashed credentials.
- ``rate_limits``: fixed-window request counters shared by every API process.
- ``server_meta``: the server epoch (a new one after a restore).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as text_

from sync.server.meta import (
    HQ_METADATA,
    ID_LEN,
    flag,
    id_col,
    integer,
    json_col,
    moment,
    org_col,
    ref,
    text,
    timestamps,
)

ORG_VERSIONS = Table(
    "org_versions",
    HQ_METADATA,
    Column("organization_id", String(ID_LEN), primary_key=True),
    integer("version"),
    integer("tombstone_horizon"),
    moment("updated_at", nullable=False, now=True),
)

SYNC_CHANGES = Table(
    "sync_changes",
    HQ_METADATA,
    org_col(),
    text("entity", 64, nullable=False),
    text("entity_id", 64, nullable=False),
    Column("version", BigInteger(), nullable=False),
    ref("store_id"),
    ref("origin_device_id"),
    Column("deleted", Boolean(), nullable=False, default=False),
    moment("changed_at", nullable=False, now=True),
    PrimaryKeyConstraint("organization_id", "entity", "entity_id"),
    # Pull reads "version > cursor" in order; a version belongs to exactly one row.
    Index("uq_sync_changes_org_version", "organization_id", "version", unique=True),
    # Only tombstones are ever searched by age (purge): a partial index, not one entry per row.
    Index(
        "ix_sync_changes_tombstones",
        "organization_id",
        "changed_at",
        postgresql_where=text_("deleted"),
        sqlite_where=text_("deleted"),
    ),
)

APPLIED_OPS = Table(
    "applied_ops",
    HQ_METADATA,
    org_col(),
    ref("device_id", nullable=False),
    text("op_id", ID_LEN, nullable=False),
    Column("seq", BigInteger(), nullable=False),
    text("batch_id", ID_LEN, nullable=False),
    text("entity", 64, nullable=False),
    text("entity_id", 64, nullable=False),
    text("status", 16, nullable=False),  # applied | quarantined
    Column("reason", Text(), nullable=True),
    moment("applied_at", nullable=False, now=True),
    PrimaryKeyConstraint("organization_id", "device_id", "op_id"),
    UniqueConstraint("organization_id", "device_id", "seq"),
)

QUARANTINE = Table(
    "quarantine",
    HQ_METADATA,
    id_col(),
    org_col(),
    ref("store_id"),
    ref("device_id", nullable=False),
    text("op_id", ID_LEN, nullable=False),
    Column("seq", BigInteger(), nullable=False),
    text("batch_id", ID_LEN, nullable=False),
    text("txn_id", ID_LEN, nullable=False),
    text("entity", 64, nullable=False),
    text("entity_id", 64, nullable=False),
    text("operation", 8, nullable=False),
    json_col("payload", nullable=False),
    text("hlc", 64, nullable=False),
    Column("schema_version", Integer(), nullable=False),
    Column("reason", Text(), nullable=False),
    moment("created_at", nullable=False, now=True),
    moment("resolved_at"),
    ref("resolved_by_id"),
    Index("ix_quarantine_org_created", "organization_id", "created_at"),
    Index("ix_quarantine_org_id", "organization_id", "id"),
)

LWW_FIELD_CLOCKS = Table(
    "lww_field_clocks",
    HQ_METADATA,
    org_col(),
    text("entity", 64, nullable=False),
    text("entity_id", 64, nullable=False),
    json_col("clocks", nullable=False),  # {field: hlc}
    PrimaryKeyConstraint("organization_id", "entity", "entity_id"),
)

DEVICE_CREDENTIALS = Table(
    "device_credentials",
    HQ_METADATA,
    Column("device_id", String(ID_LEN), primary_key=True),
    org_col(),
    ref("store_id", nullable=False),
    text("secret_hash", 64, nullable=False),  # sha256 hex of the device secret
    text("db_instance_id", 64, nullable=False),
    integer("last_seq"),  # highest seq used up by this device (applied or quarantined)
    text("app_version", 32),
    Column("schema_version", Integer(), nullable=True),
    moment("created_at", nullable=False, now=True),
    moment("revoked_at"),
    moment("last_seen_at"),
    Index("ix_device_credentials_org", "organization_id", "store_id"),
)

API_KEYS = Table(
    "api_keys",
    HQ_METADATA,
    id_col(),
    org_col(),
    text("name", 100, nullable=False),
    text("key_hash", 64, nullable=False),  # sha256 hex of the secret
    json_col("permissions", nullable=False, default=lambda: []),
    flag("is_active", True),
    moment("last_used_at"),
    moment("expires_at"),
    moment("revoked_at"),
    *timestamps(),
    Index("ix_api_keys_org", "organization_id"),
)

ENROLL_CODES = Table(
    "enroll_codes",
    HQ_METADATA,
    id_col(),
    org_col(),
    ref("store_id", nullable=False),
    text("code_hash", 64, nullable=False, unique=True),
    moment("expires_at", nullable=False),
    moment("used_at"),
    ref("used_by_device_id"),
    moment("created_at", nullable=False, now=True),
)

RATE_LIMITS = Table(
    "rate_limits",
    HQ_METADATA,
    text("identifier", 120, nullable=False),  # the credential (e.g. "dev:<id>", "key:<id>")
    Column("window_start", BigInteger(), nullable=False),  # epoch seconds
    integer("requests"),
    moment("updated_at", nullable=False, now=True),
    PrimaryKeyConstraint("identifier", "window_start"),
)

SERVER_META = Table(
    "server_meta",
    HQ_METADATA,
    Column("key", String(64), primary_key=True),
    text("value", 200, nullable=False),
    moment("updated_at", nullable=False, now=True),
)

SECRET_COLUMNS: frozenset[str] = frozenset(
    {
        "secret_hash",
        "key_hash",
        "code_hash",
        "password_hash",
        "pin_hash",
        "mfa_secret",
        "mfa_backup_codes",
        "consumer_key",
        "consumer_secret",
        "access_token",
        "webhook_token",
        "keys",
        "token",
    }
)
"""Columns never returned through an organization API key listing."""

HQ_TABLE_NAMES: tuple[str, ...] = (
    "org_versions",
    "sync_changes",
    "applied_ops",
    "quarantine",
    "lww_field_clocks",
    "device_credentials",
    "api_keys",
    "enroll_codes",
    "rate_limits",
    "server_meta",
)
