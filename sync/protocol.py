"""Versioned wire types shared by the terminal's sync engine and the HQ server.

Plain JSON over HTTP. Every body is one object; every type here parses strictly
(``from_json`` raises ``ProtocolError`` naming the bad field) so a malformed request gets a
clear 400 and nothing is written. See docs/sync-protocol.md for the rules behind each field.

This module imports nothing from the terminal or the server: both sides depend on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal, TypeVar, cast

PROTOCOL_VERSION = 1
"""Bumped on any incompatible change of these types or of the endpoint rules."""

API_PREFIX = "/v1"
ENROLL_PATH = f"{API_PREFIX}/enroll"
HELLO_PATH = f"{API_PREFIX}/hello"
PUSH_PATH = f"{API_PREFIX}/push"
PULL_PATH = f"{API_PREFIX}/pull"
SNAPSHOT_PATH = f"{API_PREFIX}/snapshot"
HEALTH_PATH = "/health"

DB_INSTANCE_HEADER = "X-POS-DB-Instance"
"""Every device request carries the random id of its SQLite file (clone detection)."""

DEVICE_TOKEN_PREFIX = "dev"
API_KEY_PREFIX = "key"
"""Credentials travel as ``Authorization: Bearer <prefix>.<id>.<secret>``."""

MAX_PUSH_ENTRIES = 2000
MAX_PULL_LIMIT = 5_000
DEFAULT_PULL_LIMIT = 1_000
MAX_BODY_BYTES = 8 * 1024 * 1024
"""Largest request body on the wire (after gzip)."""
MAX_INFLATED_BYTES = 32 * 1024 * 1024
"""Largest request body after inflating gzip (guards against gzip bombs)."""
GZIP_MIN_BYTES = 16 * 1024
"""Clients gzip request bodies at least this large (``Content-Encoding: gzip``)."""
MAX_CLOCK_LEAD_MS = 5 * 60 * 1000
"""HQ clamps an incoming HLC to at most this far ahead of its own clock before LWW merges."""

Operation = Literal["insert", "update", "delete"]
ChangeOp = Literal["upsert", "delete"]
EntryStatus = Literal["applied", "duplicate", "quarantined"]

OPERATIONS: frozenset[str] = frozenset({"insert", "update", "delete"})
CHANGE_OPS: frozenset[str] = frozenset({"upsert", "delete"})
ENTRY_STATUSES: frozenset[str] = frozenset({"applied", "duplicate", "quarantined"})


class ErrorCode:
    """Machine-readable ``error`` values of a 4xx/5xx body (``ErrorBody``)."""

    BAD_REQUEST = "bad_request"  # 400 malformed JSON or fields
    UNAUTHORIZED = "unauthorized"  # 401 missing/unknown credential
    REVOKED = "revoked"  # 401 credential revoked: stop and ask for re-enrollment
    FORBIDDEN = "forbidden"  # 403 credential valid but outside its scope
    NOT_FOUND = "not_found"  # 404
    ENROLL_CODE_INVALID = "enroll_code_invalid"  # 400 unknown, used or expired code
    DEVICE_ID_TAKEN = "device_id_taken"  # 409 enrollment with an id HQ already knows
    INSTANCE_MISMATCH = "instance_mismatch"  # 409 a second database file for one device
    SEQ_GAP = "seq_gap"  # 409 batch starts after last_seq + 1; details.last_seq
    SEQ_CONFLICT = "seq_conflict"  # 409 a seq HQ holds under another op id; details.last_seq
    SCHEMA_UNSUPPORTED = "schema_unsupported"  # 409 payload schema version outside HQ's range
    RESNAPSHOT = "resnapshot"  # 410 cursor older than the tombstone horizon or another epoch
    TOO_LARGE = "too_large"  # 413 body, inflated body or batch too large
    PROTOCOL_MISMATCH = "protocol_mismatch"  # 426 protocol_version not spoken by HQ
    RATE_LIMITED = "rate_limited"  # 429 with Retry-After
    INTERNAL = "internal"  # 500


class ProtocolError(ValueError):
    """A body that does not match the protocol; the message names the field."""


T = TypeVar("T")


def _require(body: Any, key: str, kind: type[T] | tuple[type, ...], where: str) -> T:
    if not isinstance(body, dict):
        raise ProtocolError(f"{where} must be a JSON object")
    if key not in body:
        raise ProtocolError(f"{where}.{key} is missing")
    value = body[key]
    # bool is an int in Python; never accept true/false for a number.
    if isinstance(value, bool) and kind is not bool and kind != (bool,):
        raise ProtocolError(f"{where}.{key} has the wrong type")
    if not isinstance(value, kind):
        raise ProtocolError(f"{where}.{key} has the wrong type")
    return cast(T, value)


def _optional(body: dict[str, Any], key: str, kind: type[T], where: str) -> T | None:
    if body.get(key) is None:
        return None
    return _require(body, key, kind, where)


def _text(body: Any, key: str, where: str, max_len: int = 200) -> str:
    value = _require(body, key, str, where)
    if not value or len(value) > max_len:
        raise ProtocolError(f"{where}.{key} must be 1-{max_len} characters")
    return value


def _count(body: Any, key: str, where: str, minimum: int = 0) -> int:
    value = _require(body, key, int, where)
    if value < minimum:
        raise ProtocolError(f"{where}.{key} must be >= {minimum}")
    return value


class _Wire:
    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict. Nested wire objects are converted; rows and payloads (already
        plain JSON values) are shared, not copied: the body is serialized at once, and
        ``dataclasses.asdict``'s deep copy cost ~20 s of CPU per 100,000 pushed entries."""
        names = _FIELD_NAMES.get(type(self))
        if names is None:
            names = _FIELD_NAMES[type(self)] = tuple(f.name for f in fields(self))  # type: ignore[arg-type]
        return {name: _plain(getattr(self, name)) for name in names}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    if isinstance(value, _Wire):
        return value.to_json()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class ErrorBody(_Wire):
    error: str
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, body: Any) -> ErrorBody:
        details = body.get("details") if isinstance(body, dict) else None
        return cls(
            error=_require(body, "error", str, "error"),
            message=_require(body, "message", str, "error"),
            details=details if isinstance(details, dict) else {},
        )


@dataclass(frozen=True, slots=True)
class EnrollRequest(_Wire):
    code: str
    device_id: str  # made on the device (UUIDv7); HQ confirms it
    db_instance_id: str
    device_name: str
    app_version: str
    schema_version: int
    protocol_version: int = PROTOCOL_VERSION

    @classmethod
    def from_json(cls, body: Any) -> EnrollRequest:
        w = "enroll"
        return cls(
            code=_text(body, "code", w, 64),
            device_id=_text(body, "device_id", w, 36),
            db_instance_id=_text(body, "db_instance_id", w, 64),
            device_name=_text(body, "device_name", w, 100),
            app_version=_text(body, "app_version", w, 32),
            schema_version=_count(body, "schema_version", w, 1),
            protocol_version=_count(body, "protocol_version", w, 1),
        )


@dataclass(frozen=True, slots=True)
class EnrollResponse(_Wire):
    device_id: str
    device_token: str  # "dev.<device_id>.<secret>": shown once, kept only in the OS keyring
    organization: dict[str, Any]  # the rows the terminal needs to know who it is
    store: dict[str, Any]
    device: dict[str, Any]
    server_epoch: str

    @classmethod
    def from_json(cls, body: Any) -> EnrollResponse:
        w = "enroll_response"
        return cls(
            device_id=_text(body, "device_id", w, 36),
            device_token=_text(body, "device_token", w, 200),
            organization=_require(body, "organization", dict, w),
            store=_require(body, "store", dict, w),
            device=_require(body, "device", dict, w),
            server_epoch=_text(body, "server_epoch", w, 64),
        )


@dataclass(frozen=True, slots=True)
class HelloRequest(_Wire):
    protocol_version: int
    schema_version: int
    app_version: str
    hlc: str | None = None  # the device's clock, so HQ can report skew

    @classmethod
    def from_json(cls, body: Any) -> HelloRequest:
        w = "hello"
        return cls(
            protocol_version=_count(body, "protocol_version", w, 1),
            schema_version=_count(body, "schema_version", w, 1),
            app_version=_text(body, "app_version", w, 32),
            hlc=_optional(body, "hlc", str, w),
        )


@dataclass(frozen=True, slots=True)
class HelloResponse(_Wire):
    server_epoch: str
    server_time_ms: int
    organization_id: str
    store_id: str
    device_id: str
    last_seq: int  # highest seq HQ holds from this device (0: none)
    org_version: int  # current change version of the organization
    min_schema_version: int
    max_schema_version: int
    tombstone_horizon: int  # cursors below this must resnapshot

    @classmethod
    def from_json(cls, body: Any) -> HelloResponse:
        w = "hello_response"
        return cls(
            server_epoch=_text(body, "server_epoch", w, 64),
            server_time_ms=_count(body, "server_time_ms", w),
            organization_id=_text(body, "organization_id", w, 36),
            store_id=_text(body, "store_id", w, 36),
            device_id=_text(body, "device_id", w, 36),
            last_seq=_count(body, "last_seq", w),
            org_version=_count(body, "org_version", w),
            min_schema_version=_count(body, "min_schema_version", w, 1),
            max_schema_version=_count(body, "max_schema_version", w, 1),
            tombstone_horizon=_count(body, "tombstone_horizon", w),
        )


@dataclass(frozen=True, slots=True)
class PushEntry(_Wire):
    op_id: str
    seq: int
    txn_id: str
    entity: str
    entity_id: str
    operation: str  # insert | update | delete
    payload: dict[str, Any]  # the whole row; updates add "_changed": [field, ...]
    hlc: str
    schema_version: int

    @classmethod
    def from_json(cls, body: Any, index: int = 0) -> PushEntry:
        w = f"entries[{index}]"
        operation = _text(body, "operation", w, 8)
        if operation not in OPERATIONS:
            raise ProtocolError(f"{w}.operation must be one of insert, update, delete")
        return cls(
            op_id=_text(body, "op_id", w, 36),
            seq=_count(body, "seq", w, 1),
            txn_id=_text(body, "txn_id", w, 36),
            entity=_text(body, "entity", w, 64),
            entity_id=_text(body, "entity_id", w, 36),
            operation=operation,
            payload=_require(body, "payload", dict, w),
            hlc=_text(body, "hlc", w, 64),
            schema_version=_count(body, "schema_version", w, 1),
        )


@dataclass(frozen=True, slots=True)
class PushRequest(_Wire):
    batch_id: str
    entries: list[PushEntry]

    @classmethod
    def from_json(cls, body: Any) -> PushRequest:
        raw = _require(body, "entries", list, "push")
        if not raw:
            raise ProtocolError("push.entries is empty")
        if len(raw) > MAX_PUSH_ENTRIES:
            raise ProtocolError(f"push.entries holds more than {MAX_PUSH_ENTRIES} entries")
        entries = [PushEntry.from_json(item, i) for i, item in enumerate(raw)]
        seqs = [e.seq for e in entries]
        if seqs != list(range(seqs[0], seqs[0] + len(seqs))):
            raise ProtocolError("push.entries must have consecutive seq values in order")
        if len({e.op_id for e in entries}) != len(entries):
            raise ProtocolError("push.entries repeats an op_id")
        return cls(batch_id=_text(body, "batch_id", "push", 36), entries=entries)


@dataclass(frozen=True, slots=True)
class EntryResult(_Wire):
    op_id: str
    seq: int
    status: str  # applied | duplicate | quarantined
    reason: str | None = None

    @classmethod
    def from_json(cls, body: Any, index: int = 0) -> EntryResult:
        w = f"results[{index}]"
        status = _text(body, "status", w, 16)
        if status not in ENTRY_STATUSES:
            raise ProtocolError(f"{w}.status is not a known status")
        return cls(
            op_id=_text(body, "op_id", w, 36),
            seq=_count(body, "seq", w, 1),
            status=status,
            reason=_optional(body, "reason", str, w),
        )


@dataclass(frozen=True, slots=True)
class PushResponse(_Wire):
    results: list[EntryResult]
    last_seq: int
    server_epoch: str

    @classmethod
    def from_json(cls, body: Any) -> PushResponse:
        raw = _require(body, "results", list, "push_response")
        return cls(
            results=[EntryResult.from_json(item, i) for i, item in enumerate(raw)],
            last_seq=_count(body, "last_seq", "push_response"),
            server_epoch=_text(body, "server_epoch", "push_response", 64),
        )


@dataclass(frozen=True, slots=True)
class PullRequest(_Wire):
    cursor: int
    limit: int = DEFAULT_PULL_LIMIT

    @classmethod
    def from_json(cls, body: Any) -> PullRequest:
        limit = _count(body, "limit", "pull", 1)
        if limit > MAX_PULL_LIMIT:
            raise ProtocolError(f"pull.limit must be at most {MAX_PULL_LIMIT}")
        return cls(cursor=_count(body, "cursor", "pull"), limit=limit)


@dataclass(frozen=True, slots=True)
class Change(_Wire):
    version: int
    entity: str
    entity_id: str
    op: str  # upsert | delete
    row: dict[str, Any] | None  # the current row for upsert; None for a tombstone

    @classmethod
    def from_json(cls, body: Any, index: int = 0) -> Change:
        w = f"changes[{index}]"
        op = _text(body, "op", w, 8)
        if op not in CHANGE_OPS:
            raise ProtocolError(f"{w}.op must be upsert or delete")
        row = _optional(body, "row", dict, w)
        if op == "upsert" and row is None:
            raise ProtocolError(f"{w}.row is missing for an upsert")
        return cls(
            version=_count(body, "version", w, 1),
            entity=_text(body, "entity", w, 64),
            entity_id=_text(body, "entity_id", w, 64),
            op=op,
            row=row,
        )


@dataclass(frozen=True, slots=True)
class PullResponse(_Wire):
    changes: list[Change]
    cursor: int  # save this with the applied page, in the same transaction
    has_more: bool
    server_epoch: str

    @classmethod
    def from_json(cls, body: Any) -> PullResponse:
        raw = _require(body, "changes", list, "pull_response")
        return cls(
            changes=[Change.from_json(item, i) for i, item in enumerate(raw)],
            cursor=_count(body, "cursor", "pull_response"),
            has_more=_require(body, "has_more", bool, "pull_response"),
            server_epoch=_text(body, "server_epoch", "pull_response", 64),
        )


@dataclass(frozen=True, slots=True)
class SnapshotRequest(_Wire):
    """One keyset page of the initial (or re-) snapshot.

    The first request sends ``at_version=None``; HQ fixes the version and names the first
    entity. Later requests send back ``at_version``, ``entity`` and ``after_id`` from the last
    response, so an interrupted snapshot resumes where the saved state says."""

    at_version: int | None = None
    entity: str | None = None
    after_id: str | None = None
    limit: int = DEFAULT_PULL_LIMIT

    @classmethod
    def from_json(cls, body: Any) -> SnapshotRequest:
        w = "snapshot"
        if not isinstance(body, dict):
            raise ProtocolError(f"{w} must be a JSON object")
        limit = _count(body, "limit", w, 1)
        if limit > MAX_PULL_LIMIT:
            raise ProtocolError(f"{w}.limit must be at most {MAX_PULL_LIMIT}")
        at_version = _optional(body, "at_version", int, w)
        if isinstance(at_version, bool) or (at_version is not None and at_version < 0):
            raise ProtocolError(f"{w}.at_version must be a version")
        return cls(
            at_version=at_version,
            entity=_optional(body, "entity", str, w),
            after_id=_optional(body, "after_id", str, w),
            limit=limit,
        )


@dataclass(frozen=True, slots=True)
class SnapshotResponse(_Wire):
    at_version: int  # after the last page, pull continues from this cursor
    entity: str | None  # entity of ``rows``; None when done
    rows: list[dict[str, Any]]
    next_entity: str | None  # what to ask for next (same entity while it has more rows)
    next_after_id: str | None
    done: bool
    server_epoch: str

    @classmethod
    def from_json(cls, body: Any) -> SnapshotResponse:
        w = "snapshot_response"
        if not isinstance(body, dict):
            raise ProtocolError(f"{w} must be a JSON object")
        return cls(
            at_version=_count(body, "at_version", w),
            entity=_optional(body, "entity", str, w),
            rows=_require(body, "rows", list, w),
            next_entity=_optional(body, "next_entity", str, w),
            next_after_id=_optional(body, "next_after_id", str, w),
            done=_require(body, "done", bool, w),
            server_epoch=_text(body, "server_epoch", w, 64),
        )


def make_token(prefix: str, ident: str, secret: str) -> str:
    return f"{prefix}.{ident}.{secret}"


def parse_token(token: str) -> tuple[str, str, str]:
    """Split ``prefix.id.secret``; raises ProtocolError for anything else."""
    parts = token.split(".")
    if len(parts) != 3 or not all(parts) or parts[0] not in (DEVICE_TOKEN_PREFIX, API_KEY_PREFIX):
        raise ProtocolError("credential must look like 'dev.<id>.<secret>' or 'key.<id>.<secret>'")
    return parts[0], parts[1], parts[2]
