"""``pos doctor``: check the data directory, the database, the schema, hardware config, keyring.

Prints one ``OK`` / ``WARN`` / ``FAIL`` line per check and exits 1 when anything FAILs. It only
looks: it never creates, migrates or repairs anything (a broken file must stay as found).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import keyring
from sqlalchemy import text

from pos_desktop.cli.common import CliEnv
from pos_desktop.ops.crash import FAULTS_FILE, crash_dir_of, list_reports
from pos_desktop.services.context import ServiceContext
from pos_desktop.services.printer_config import (
    PRINTER_KINDS,
    PRINTER_SETTING,
    printer_config_problem,
)
from pos_desktop.services.settings import get_setting
from pos_desktop.store import migrate
from pos_desktop.store.database import Database, TerminalIdentity
from pos_desktop.store.terminal import try_load_identity

# Settings keys the hardware adapters read (values are JSON objects with a "kind"). The printer
# setting and the fields each kind needs belong to services/printer_config.py.
SCANNER_SETTING: Final = "hardware.scanner"

# Which fields each kind of device needs to be usable.
SCANNER_KINDS: Final[dict[str, tuple[str, ...]]] = {
    "keyboard_wedge": (),
    "serial": ("port",),
    "camera": (),
    "none": (),
}

OK, WARN, FAIL = "OK", "WARN", "FAIL"


@dataclass(frozen=True, slots=True)
class Check:
    status: str
    name: str
    detail: str

    def line(self) -> str:
        return f"{self.status:<5} {self.name}: {self.detail}"


def register(sub: Any) -> None:
    parser = sub.add_parser("doctor", help="check the database, schema, hardware config, keyring")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, env: CliEnv) -> int:
    checks = run_checks(env)
    for check in checks:
        env.say(check.line())
    failed = sum(c.status == FAIL for c in checks)
    warned = sum(c.status == WARN for c in checks)
    env.say(f"{len(checks)} checks: {failed} failed, {warned} warnings")
    return 1 if failed else 0


def run_checks(env: CliEnv) -> list[Check]:
    checks = [check_data_dir(env)]
    if checks[0].status == FAIL:
        return [*checks, check_keyring()]
    checks += [check_writable_dir("logs", env.paths.logs_dir), *check_crash_reports(env)]
    path = env.paths.database
    if not path.exists():
        checks.append(
            Check(FAIL, "database", f"{path} does not exist; run 'pos init' or 'pos demo'")
        )
        return [*checks, check_keyring()]
    db = Database(path)
    try:
        checks += _database_checks(db)
    finally:
        db.dispose()
    checks.append(check_keyring())
    return checks


def check_data_dir(env: CliEnv) -> Check:
    d = env.paths.data_dir
    if not d.is_dir():
        return Check(FAIL, "data directory", f"{d} does not exist (from {env.paths.source})")
    if not os.access(d, os.W_OK | os.X_OK):
        return Check(FAIL, "data directory", f"{d} is not writable")
    return Check(OK, "data directory", f"{d} (from {env.paths.source})")


def check_writable_dir(label: str, path: Path) -> Check:
    """A directory the app writes (logs, crash reports): writable, or creatable by 'pos run'."""
    if path.is_dir():
        if os.access(path, os.W_OK | os.X_OK):
            return Check(OK, label, f"{path} is writable")
        return Check(FAIL, label, f"{path} is not writable: 'pos run' cannot start")
    if path.exists():
        return Check(FAIL, label, f"{path} is not a directory")
    # Missing is normal before the first 'pos run'; the data dir check proved it can be made.
    return Check(OK, label, f"{path} (created by the first 'pos run')")


def check_crash_reports(env: CliEnv) -> list[Check]:
    directory = crash_dir_of(env.paths.data_dir)
    writable = check_writable_dir("crash dir", directory)
    if writable.status == FAIL:
        return [writable]
    reports = list_reports(directory)
    faults = directory / FAULTS_FILE
    hard = faults.is_file() and faults.stat().st_size > 0
    if not reports and not hard:
        return [writable, Check(OK, "crash reports", "none")]
    parts = []
    if reports:
        parts.append(f"{len(reports)} in {directory} (newest {reports[-1].name})")
    if hard:
        parts.append(f"hard-crash traces in {faults}")
    detail = "; ".join(parts) + ": send them to support, then delete them"
    return [writable, Check(WARN, "crash reports", detail)]


def _database_checks(db: Database) -> list[Check]:
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            journal = conn.execute(text("PRAGMA journal_mode")).scalar()
    except Exception as exc:  # any driver error here means the file cannot be used
        return [Check(FAIL, "database opens", f"{db.path}: {_reason(exc)}")]
    checks = [Check(OK, "database opens", f"{db.path} (journal {journal})")]
    checks.append(check_integrity(db))
    checks.append(check_migrations(db))
    identity, identity_check = check_identity(db)
    checks.append(identity_check)
    if identity is not None:
        checks.append(
            check_device_setting(
                db, identity, PRINTER_SETTING, "printer", PRINTER_KINDS, printer_config_problem
            )
        )
        checks.append(check_device_setting(db, identity, SCANNER_SETTING, "scanner", SCANNER_KINDS))
    return checks


def check_integrity(db: Database) -> Check:
    try:
        with db.engine.connect() as conn:
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
    except Exception as exc:
        return Check(FAIL, "integrity", _reason(exc))
    if rows == ["ok"]:
        return Check(OK, "integrity", "PRAGMA integrity_check: ok")
    return Check(FAIL, "integrity", "; ".join(str(r) for r in rows[:5]))


def check_migrations(db: Database) -> Check:
    try:
        if migrate.is_current(db.engine):
            return Check(OK, "schema", f"migrations at head ({migrate.head_revision()})")
        current = migrate.current_revision(db.engine)
        head = migrate.head_revision()
    except Exception as exc:
        return Check(FAIL, "schema", _reason(exc))
    if current is None:
        return Check(FAIL, "schema", "no schema version recorded; this is not a POS database")
    return Check(
        FAIL,
        "schema",
        f"at {current}, this app expects {head}: 'pos run' upgrades an older database; "
        "a newer one needs the newer app",
    )


def check_identity(db: Database) -> tuple[TerminalIdentity | None, Check]:
    try:
        identity = try_load_identity(db)
    except Exception as exc:
        return None, Check(FAIL, "identity", _reason(exc))
    if identity is None:
        return None, Check(FAIL, "identity", "not set up as a terminal; run 'pos init'")
    detail = f"store {identity.store_code}, device {identity.device_code}, {identity.currency}"
    return identity, Check(OK, "identity", detail)


def check_device_setting(
    db: Database,
    identity: TerminalIdentity,
    key: str,
    label: str,
    kinds: dict[str, tuple[str, ...]],
    validate: Callable[[Any], str | None] | None = None,
) -> Check:
    try:
        with db.read() as session:
            # The settings service applies the device > store > organization precedence.
            value = get_setting(session, ServiceContext(db=db, terminal=identity), key)
    except Exception as exc:
        return Check(FAIL, label, f"cannot read setting {key!r}: {_reason(exc)}")
    if value is None or (isinstance(value, dict) and value.get("kind") == "none"):
        return Check(WARN, label, f"not configured (setting {key!r})")
    problem = _config_problem(value, kinds) or (validate(value) if validate else None)
    if problem:
        return Check(FAIL, label, f"setting {key!r} is invalid: {problem}")
    details = ", ".join(f"{k}={value[k]}" for k in kinds[value["kind"]])
    return Check(OK, label, f"{value['kind']}" + (f" ({details})" if details else ""))


def _config_problem(value: Any, kinds: dict[str, tuple[str, ...]]) -> str | None:
    if not isinstance(value, dict):
        return "expected an object with a 'kind'"
    kind = value.get("kind")
    if kind not in kinds:
        return f"kind {kind!r} is not one of {', '.join(sorted(kinds))}"
    missing = [f for f in kinds[kind] if value.get(f) in (None, "")]
    if missing:
        return f"{kind} needs {', '.join(missing)}"
    return None


def check_keyring(get_backend: Callable[[], Any] = keyring.get_keyring) -> Check:
    try:
        backend = get_backend()
    except Exception as exc:
        return Check(WARN, "keyring", f"no keyring: {_reason(exc)}; secrets cannot be stored")
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    if type(backend).__module__ == "keyring.backends.fail" or getattr(backend, "priority", 1) <= 0:
        return Check(
            WARN,
            "keyring",
            f"no usable keyring backend ({name}): secrets such as the HQ device credential "
            "cannot be stored on this machine; install/unlock a system keyring "
            "(Secret Service, KWallet, macOS Keychain, Windows Credential Locker)",
        )
    try:
        backend.get_password("pos-desktop", "doctor-probe")  # read-only: proves it answers
    except Exception as exc:
        return Check(WARN, "keyring", f"{name} does not answer: {_reason(exc)}")
    return Check(OK, "keyring", name)


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0]
