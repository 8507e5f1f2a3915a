"""Crash reports: an unexpected exception leaves a file a support person can read.

``CrashReporter.install()`` hooks ``sys.excepthook`` (the main thread, and the exceptions
PySide6 routes there from Qt slots), ``threading.excepthook`` (worker threads) and
``faulthandler`` (segfaults and other hard crashes, into ``<crash_dir>/faults.log``). Each
exception writes ``<crash_dir>/crash-<UTC time>.txt``: the traceback, app version, platform,
thread, current screen and the last log lines, all through ``mask_secrets``. Tracebacks carry
no local variables, so customer data reaches a report only if an exception message holds it.

The sale data stays safe because the handler never touches the business database: it writes
files in the crash directory only. A service's unit of work rolls back on the exception that
passes through it, and a process that dies leaves SQLite to drop the uncommitted transaction
on the next open; committed sales are never affected.

``guard_startup`` runs the app's start: an exception escaping it writes a report, prints the
path on stderr and gives exit code 70 (EX_SOFTWARE). Once the window runs, the GUI sets
``notify`` so the cashier sees a calm message and the app carries on.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Final, TextIO

from pos_desktop.ops.logs import flush_log_handlers, mask_secrets, tail_lines
from pos_desktop.paths import DataPaths

log = logging.getLogger(__name__)

EXIT_CRASH: Final = 70  # EX_SOFTWARE: an internal error, not the user's
CRASH_DIR: Final = "crash"
FAULTS_FILE: Final = "faults.log"
REPORT_PREFIX: Final = "crash-"
REPORT_SUFFIX: Final = ".txt"
KEEP_REPORTS: Final = 100  # older reports are deleted when a new one is written
MAX_REPORTS_PER_RUN: Final = 20  # a paint handler raising in a loop must not fill the disk
LOG_LINES: Final = 200

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def crash_dir_of(data_dir: Path) -> Path:
    return data_dir / CRASH_DIR


def list_reports(crash_dir: Path) -> list[Path]:
    """The crash reports in ``crash_dir``, oldest first."""
    if not crash_dir.is_dir():
        return []
    return sorted(crash_dir.glob(f"{REPORT_PREFIX}*{REPORT_SUFFIX}"))


@dataclass
class CrashReporter:
    """Writes crash reports; no module state, so a test can make as many as it likes."""

    crash_dir: Path
    logs_dir: Path | None = None
    version: str = "unknown"
    # The screen the cashier was on (set by the GUI from its own thread; read from any).
    current_screen: str | None = None
    # Set by the GUI while its event loop runs: tells the cashier (may be called off the UI
    # thread; the GUI marshals it). None: the report path goes to stderr.
    notify: Callable[[Path], None] | None = None
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    written: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    # -- writing ------------------------------------------------------------------------------
    def write_report(self, info: ExcInfo, *, thread: str, where: str) -> Path:
        """Write one report file and return its path (raises OSError if the disk refuses)."""
        flush_log_handlers()
        lines = tail_lines(self.logs_dir, LOG_LINES) if self.logs_dir is not None else []
        text = mask_secrets(self._render(info, thread, where, lines))
        with self._lock:
            self.crash_dir.mkdir(parents=True, exist_ok=True)
            path = self._new_path()
            # Exclusive create: two threads crashing in the same microsecond never overwrite.
            with path.open("x", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            self.written += 1
            self._prune()
        return path

    def _render(self, info: ExcInfo, thread: str, where: str, lines: list[str]) -> str:
        exc_type, exc, tb = info
        now = self.clock().astimezone(UTC)
        head = [
            "POS crash report",
            f"time: {now.isoformat(timespec='seconds').replace('+00:00', 'Z')}",
            f"app version: {self.version}",
            f"python: {platform.python_version()} ({sys.executable})",
            f"platform: {platform.platform()}",
            f"pid: {os.getpid()}",
            f"thread: {thread}",
            f"where: {where}",
            f"screen: {self.current_screen or 'unknown'}",
            f"exception: {exc_type.__name__}: {exc}",
            "",
            "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
            "",
            f"last {len(lines)} log lines:",
            *lines,
            "",
        ]
        return "\n".join(head)

    def _new_path(self) -> Path:
        stamp = self.clock().astimezone(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
        path = self.crash_dir / f"{REPORT_PREFIX}{stamp}{REPORT_SUFFIX}"
        n = 1
        while path.exists():
            path = self.crash_dir / f"{REPORT_PREFIX}{stamp}-{n}{REPORT_SUFFIX}"
            n += 1
        return path

    def _prune(self) -> None:
        reports = list_reports(self.crash_dir)
        for old in reports[: max(0, len(reports) - KEEP_REPORTS)]:
            old.unlink(missing_ok=True)

    # -- handling -----------------------------------------------------------------------------
    def handle(
        self, info: ExcInfo, *, thread: str, where: str, announce: bool = True
    ) -> Path | None:
        """Report an unexpected exception: file, log line, then (``announce``) the cashier or
        stderr. Never raises (a handler that fails would hide the first error)."""
        path: Path | None = None
        try:
            if self.written < MAX_REPORTS_PER_RUN:
                path = self.write_report(info, thread=thread, where=where)
        except Exception as exc:
            _say(f"pos: could not write a crash report: {exc}")
        try:
            log.critical(
                "unexpected error in %s (%s); crash report: %s",
                thread,
                where,
                path or "not written",
                exc_info=info,
            )
            flush_log_handlers()
        except Exception:
            _say("pos: could not log the crash")
        if path is not None and announce:
            target = self.notify
            if target is not None:
                try:
                    target(path)
                    return path
                except Exception as exc:
                    _say(f"pos: could not show the crash message: {exc}")
            _say(f"pos: unexpected error ({info[0].__name__}); crash report saved to {path}")
        return path

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """``sys.excepthook``: the main thread, and exceptions raised in Qt slots."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        where = "Qt event loop" if self.notify is not None else "main thread"
        self.handle((exc_type, exc, tb), thread=threading.current_thread().name, where=where)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: a worker thread died; the app goes on without it."""
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "unknown thread"
        self.handle(
            (args.exc_type, args.exc_value, args.exc_traceback), thread=name, where="thread"
        )

    # -- installing ---------------------------------------------------------------------------
    def install(self) -> InstalledCrashHandlers:
        """Take over the three hooks; ``uninstall()`` on the result puts the previous back."""
        self.crash_dir.mkdir(parents=True, exist_ok=True)
        installed = InstalledCrashHandlers(
            reporter=self,
            previous_excepthook=sys.excepthook,
            previous_thread_hook=threading.excepthook,
            faulthandler_was_enabled=faulthandler.is_enabled(),
        )
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        # Kept open for the life of the process: faulthandler writes to its descriptor from a
        # signal handler, when nothing can be opened any more.
        faults = (self.crash_dir / FAULTS_FILE).open("a", encoding="utf-8")
        faulthandler.enable(file=faults, all_threads=True)
        installed.faults_file = faults
        return installed


@dataclass
class InstalledCrashHandlers:
    reporter: CrashReporter
    previous_excepthook: Callable[
        [type[BaseException], BaseException, TracebackType | None], object
    ]
    previous_thread_hook: Callable[[threading.ExceptHookArgs], object]
    faulthandler_was_enabled: bool
    faults_file: IO[str] | None = None

    def uninstall(self) -> None:
        if sys.excepthook == self.reporter.excepthook:
            sys.excepthook = self.previous_excepthook
        if threading.excepthook == self.reporter.thread_excepthook:
            threading.excepthook = self.previous_thread_hook
        if self.faults_file is not None:
            faulthandler.disable()
            if self.faulthandler_was_enabled and sys.stderr is not None:
                # A stream without a descriptor (pythonw) cannot take it back: leave it off.
                with contextlib.suppress(ValueError, OSError, AttributeError):
                    faulthandler.enable(file=sys.stderr, all_threads=True)
            self.faults_file.close()
            self.faults_file = None


def start_crash_reports(
    paths: DataPaths, *, schema_revision: str | None = None
) -> tuple[CrashReporter, InstalledCrashHandlers]:
    """The reporter for this data directory, installed (``pos run``): reports go to
    ``<data_dir>/crash`` with the tail of ``<data_dir>/logs/pos.log``."""
    from pos_desktop.app_sync import app_version

    reporter = CrashReporter(
        crash_dir=crash_dir_of(paths.data_dir), logs_dir=paths.logs_dir, version=app_version()
    )
    hooks = reporter.install()
    log.info(
        "app %s on schema %s; crash reports go to %s",
        reporter.version,
        schema_revision or "unknown",
        reporter.crash_dir,
    )
    return reporter, hooks


def guard_startup(
    reporter: CrashReporter,
    start: Callable[[], int],
    *,
    expected: tuple[type[BaseException], ...] = (),
    err: TextIO | None = None,
) -> int:
    """Run ``start``; an unexpected exception escaping it (a bug while the app starts or after
    its event loop) writes a report, prints where on stderr and returns ``EXIT_CRASH``.
    ``expected`` errors (a refusal with its own clear message) pass through."""
    try:
        return start()
    except expected:
        raise
    except Exception as exc:
        info: ExcInfo = (type(exc), exc, exc.__traceback__)
        thread = threading.current_thread().name
        path = reporter.handle(info, thread=thread, where="start-up", announce=False)
        stream = err if err is not None else sys.stderr
        message = mask_secrets(f"{type(exc).__name__}: {exc}")
        print(f"error: the point of sale stopped unexpectedly ({message})", file=stream)
        print(f"crash report: {path or 'could not be written'}", file=stream)
        return EXIT_CRASH


def _say(text: str) -> None:
    stream = sys.stderr or sys.__stderr__
    if stream is not None:
        with contextlib.suppress(Exception):  # no usable stderr (a windowed app): the log has it
            print(text, file=stream, flush=True)
