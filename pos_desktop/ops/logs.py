"""Rotating log files in the data directory: ``<data_dir>/logs/pos.log`` (UTF-8, UTC times).

``configure_logging(logs_dir)`` installs one size-rotating handler on the root logger and
returns a ``LoggingSetup`` whose ``undo()`` takes it off again (tests, and a second start in
the same process). Nothing is configured at import time: ``pos run`` and the commands that
change data call it once at their start.

Secrets never reach the file: every formatted line (message, arguments and traceback alike)
goes through ``mask_secrets``, which blanks the values of ``token=``, ``password=``, ``pin=``,
``Authorization:`` / ``Bearer`` headers, JSON fields of those names, and e-mail addresses.
The code still should not log them; this is the net under that rule.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import re
import sys
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from pos_desktop.core.errors import DomainError

LOG_FILE: Final = "pos.log"
ENV_LOG_LEVEL: Final = "POS_LOG_LEVEL"
DEFAULT_LEVEL: Final = logging.INFO
MAX_BYTES: Final = 5 * 1024 * 1024
BACKUP_COUNT: Final = 10
MASK: Final = "***"

LINE_FORMAT: Final = "%(asctime)s %(levelname)-7s [%(threadName)s] %(name)s: %(message)s"
DATE_FORMAT: Final = "%Y-%m-%dT%H:%M:%S"

# Names whose value is a secret wherever it appears: key=value, key: value, "key": "value".
_SECRET_NAMES: Final = (
    r"(?:access_|refresh_|device_|api_|auth_|enroll(?:ment)?_|session_)?token"
    r"|password|passwd|pwd|pin|pin_code|pin_hash|password_hash|secret|api_key|apikey"
    r"|enrollment_code|code_secret"
    r"|credential|cookie|set-cookie"
)
_KEY_VALUE: Final = re.compile(
    r"""(?P<key>(?<![A-Za-z0-9_.\-])["']?(?:"""
    + _SECRET_NAMES
    + r""")["']?\s*[:=]\s*)(?P<value>"[^"]*"|'[^']*'|[^\s,;&}\]\)]+)""",
    re.IGNORECASE,
)
_AUTH_HEADER: Final = re.compile(
    r"(?P<key>\bauthorization\b[\"']?\s*[:=]\s*[\"']?)(?P<value>(?:(?:bearer|basic|token)\s+)?"
    r"[^\s\"',;]+)",
    re.IGNORECASE,
)
_BEARER: Final = re.compile(r"(?P<key>\bbearer\s+)(?P<value>[A-Za-z0-9._~+/=-]+)", re.IGNORECASE)
_EMAIL: Final = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")


def mask_secrets(text: str) -> str:
    """``text`` with secret values replaced by ``***`` (the names stay, so a reader sees that
    something was there). Personal e-mail addresses are masked too."""
    text = _AUTH_HEADER.sub(lambda m: m["key"] + MASK, text)
    text = _BEARER.sub(lambda m: m["key"] + MASK, text)
    text = _KEY_VALUE.sub(_mask_value, text)
    return _EMAIL.sub(MASK + "@" + MASK, text)


def _mask_value(match: re.Match[str]) -> str:
    value = match["value"]
    if value == MASK or value.strip("\"'") == MASK:
        return match[0]
    quote = value[0] if value[:1] in ("'", '"') else ""
    return f"{match['key']}{quote}{MASK}{quote}"


class RedactingFormatter(logging.Formatter):
    """The log line format in UTC, with ``mask_secrets`` applied to the whole line (so an
    exception message or a traceback carrying a token is masked as well)."""

    converter = staticmethod(time.gmtime)

    def __init__(self) -> None:
        super().__init__(LINE_FORMAT, DATE_FORMAT)

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return f"{super().formatTime(record, datefmt)}.{int(record.msecs):03d}Z"

    def format(self, record: logging.LogRecord) -> str:
        return mask_secrets(super().format(record))


class SecretFilter(logging.Filter):
    """Masks secrets in a record's message before any handler sees it (for handlers that do
    not use ``RedactingFormatter``, e.g. the console of ``pos-hq serve``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let the handler report it as usual
            return True
        masked = mask_secrets(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def level_from(environ: Mapping[str, str] | None = None, default: int = DEFAULT_LEVEL) -> int:
    """The level named by ``POS_LOG_LEVEL`` (DEBUG, INFO, WARNING, ERROR or a number)."""
    raw = (os.environ if environ is None else environ).get(ENV_LOG_LEVEL, "").strip().upper()
    if not raw:
        return default
    if raw.isdigit():
        return int(raw)
    level = logging.getLevelName(raw)
    return level if isinstance(level, int) else default


@dataclass
class LoggingSetup:
    """What ``configure_logging`` installed; ``undo()`` restores the root logger."""

    log_file: Path
    handler: logging.Handler | None  # None: an earlier setup already writes this file
    previous_level: int

    def undo(self) -> None:
        if self.handler is None:
            return
        root = logging.getLogger()
        root.removeHandler(self.handler)
        root.setLevel(self.previous_level)
        self.handler.close()
        self.handler = None


class _PosFileHandler(logging.handlers.RotatingFileHandler):
    """Marks the handlers this module installed (so a second call does not double lines)."""


def configure_logging(
    logs_dir: Path,
    *,
    level: int | str | None = None,
    environ: Mapping[str, str] | None = None,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
) -> LoggingSetup:
    """Send every logger's records to ``logs_dir/pos.log``, rotated at ``max_bytes`` with
    ``backup_count`` old files. ``level`` wins over ``POS_LOG_LEVEL``, which wins over INFO."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    log_file = logs_dir / LOG_FILE
    root = logging.getLogger()
    previous = root.level
    for existing in root.handlers:
        if isinstance(existing, _PosFileHandler) and Path(existing.baseFilename) == log_file:
            return LoggingSetup(log_file, None, previous)
    handler = _PosFileHandler(
        log_file, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
    )
    handler.setFormatter(RedactingFormatter())
    resolved = level_from(environ) if level is None else _as_level(level)
    root.addHandler(handler)
    root.setLevel(resolved)
    # Chatty libraries at DEBUG would drown the till's own lines.
    for noisy in ("httpx", "httpcore", "PIL", "alembic.runtime.plugins", "urllib3"):
        logging.getLogger(noisy).setLevel(max(resolved, logging.WARNING))
    logging.captureWarnings(True)  # warnings.warn(...) ends up in the file too
    return LoggingSetup(log_file, handler, previous)


def _as_level(level: int | str) -> int:
    if isinstance(level, int):
        return level
    found = logging.getLevelName(level.strip().upper())
    return found if isinstance(found, int) else DEFAULT_LEVEL


def log_start(
    log: logging.Logger,
    what: str,
    *,
    version: str,
    data_dir: Path,
    schema_revision: str | None = None,
    **extra: str,
) -> None:
    """One line saying what started, on which data, where (read first when a shop calls)."""
    parts = [
        f"{what} started",
        f"version {version}",
        f"schema {schema_revision or 'unknown'}",
        f"data dir {data_dir}",
        f"python {platform.python_version()}",
        f"platform {platform.platform()}",
        f"pid {os.getpid()}",
        *(f"{key.replace('_', ' ')} {value}" for key, value in extra.items()),
    ]
    log.info(", ".join(parts))


def log_command(command: str, data_dir: Path, run: Callable[[], int]) -> int:
    """Run a ``pos`` command between a start line and an outcome line in the log. A refusal
    (``DomainError``) is a warning; anything else unexpected is logged with its traceback.
    Exceptions still propagate: the command line prints them its own way."""
    from pos_desktop.app_sync import app_version  # the CLI has it loaded already

    log = logging.getLogger("pos_desktop.cli")
    log_start(log, f"pos {command}", version=app_version(), data_dir=data_dir)
    try:
        code = run()
    except DomainError as exc:
        log.warning("pos %s refused: %s", command, exc.message)
        raise
    except KeyboardInterrupt:
        log.warning("pos %s interrupted", command)
        raise
    except Exception:
        log.exception("pos %s failed", command)
        raise
    log.info("pos %s finished with exit code %d", command, code)
    return code


def tail_lines(logs_dir: Path, count: int = 200) -> list[str]:
    """The last ``count`` lines of the current log file (empty when there is none). Reads from
    the end so a 5 MB file costs a few blocks, not the whole file."""
    path = logs_dir / LOG_FILE
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            end = handle.tell()
            block, data = 64 * 1024, b""
            position = end
            while position > 0 and data.count(b"\n") <= count:
                step = min(block, position)
                position -= step
                handle.seek(position)
                data = handle.read(step) + data
    except OSError:
        return []
    lines = data.decode("utf-8", errors="replace").splitlines()
    return list(deque(lines, maxlen=count))


def flush_log_handlers() -> None:
    """Push buffered records to disk (before a crash report reads the tail, or an exit)."""
    for handler in logging.getLogger().handlers:
        try:
            handler.flush()
        except Exception:  # a broken handler must not stop a crash report
            print("pos: could not flush a log handler", file=sys.stderr)
