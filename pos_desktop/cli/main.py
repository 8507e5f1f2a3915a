"""The ``pos`` command line: argparse dispatch to one module per command group.

Every handler takes ``(args, env)`` and returns an exit code. User errors (DomainError) print
one line on stderr and exit 2 with no traceback; a FAIL from ``pos doctor`` exits 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import cast

import sqlalchemy.exc

from pos_desktop.cli import (
    backup_commands,
    demo,
    doctor,
    init,
    paths,
    products,
    report,
    run,
    self_test,
    sync_commands,
)
from pos_desktop.cli.common import CliEnv
from pos_desktop.core.errors import DomainError
from pos_desktop.paths import resolve_data_paths
from pos_desktop.store.migrate import SchemaTooNewError

EXIT_OK = 0
EXIT_FAILED_CHECK = 1
EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130

Handler = Callable[[argparse.Namespace, CliEnv], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pos",
        description="Offline-first point of sale: set up, demo store, import/export, reports.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data directory holding pos.db (default: $POS_DATA_DIR, else the per-user data dir)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (
        init,
        demo,
        products,
        report,
        doctor,
        run,
        paths,
        sync_commands,
        self_test,
        backup_commands,
    ):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(self_test.alias_flag(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help or a usage error; argparse already printed why
        return exc.code if isinstance(exc.code, int) else EXIT_USER_ERROR
    env = CliEnv(paths=resolve_data_paths(args.data_dir), environ=os.environ)
    handler = cast(Handler, args.handler)
    try:
        return _logged(handler, args, env)
    except DomainError as exc:
        env.warn(f"error: {exc.message}")
        return EXIT_USER_ERROR
    except (SchemaTooNewError, OSError) as exc:
        # A database from a newer app, an unreadable file, a full disk: a clear line, no trace.
        env.warn(f"error: {exc}")
        return EXIT_USER_ERROR
    except sqlalchemy.exc.DatabaseError as exc:
        # e.g. "file is not a database": say which file, without a traceback.
        env.warn(f"error: database {env.paths.database}: {exc.orig}")
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        env.warn("interrupted")
        return EXIT_INTERRUPTED


# Commands that change data write <data_dir>/logs/pos.log; read-only ones (doctor, paths,
# report, backups, self-test) never create anything in the data directory.
LOGGED_COMMANDS = frozenset(
    {"init", "demo", "import", "enroll", "sync", "run", "backup", "restore"}
)


def _logged(handler: Handler, args: argparse.Namespace, env: CliEnv) -> int:
    if args.command not in LOGGED_COMMANDS:
        return handler(args, env)
    from pos_desktop.ops.logs import configure_logging, log_command

    setup = configure_logging(env.paths.logs_dir, environ=env.environ)
    try:
        return log_command(args.command, env.paths.data_dir, lambda: handler(args, env))
    finally:
        setup.undo()


if __name__ == "__main__":
    sys.exit(main())
