"""The ``pos-hq`` command line: serve the HQ API and administer tenants, devices and keys.

Every handler takes ``(args, env)`` and returns an exit code. Refusals (unknown organization,
bad option, a database that is not there) print one ``error: ...`` line on stderr and exit 2
with no traceback. Examples::

    pos-hq migrate
    ORG=$(pos-hq org create "Perera Stores")
    pos-hq store create --org "$ORG" S01 "Kandy"
    pos-hq enroll-code --org "$ORG" --store S01
    pos-hq serve --port 8080
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import cast

import sqlalchemy.exc

from sync.server import cli_admin, cli_maintenance, cli_serve
from sync.server.cli_common import CliError, HqCliEnv, common_options
from sync.server.errors import HqError
from sync.server.settings import ENV_DATABASE_URL

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130

Handler = Callable[[argparse.Namespace, HqCliEnv], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pos-hq",
        description="Multi-tenant HQ server of the offline-first POS, and its admin commands.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"database URL (else ${ENV_DATABASE_URL}, else a SQLite file in the user data dir)",
    )
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    common = common_options()
    cli_serve.register(sub, common)
    cli_admin.register(sub, common)
    cli_maintenance.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None, *, env: HqCliEnv | None = None) -> int:
    """Run one command; ``env`` (streams, prompts, clock) defaults to the real process's."""
    env = env or HqCliEnv(environ=os.environ)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help or a usage error; argparse already printed why
        return exc.code if isinstance(exc.code, int) else EXIT_USER_ERROR
    handler = cast(Handler, args.handler)
    try:
        return handler(args, env)
    except HqError as exc:
        env.warn(f"error: {exc.message}")
        return EXIT_USER_ERROR
    except CliError as exc:
        env.warn(f"error: {exc}")
        return EXIT_USER_ERROR
    except sqlalchemy.exc.ArgumentError as exc:
        env.warn(f"error: bad database URL: {exc}")
        return EXIT_USER_ERROR
    except sqlalchemy.exc.DBAPIError as exc:
        # Unreachable server, missing tables, "file is not a database": one line, no trace.
        env.warn(f"error: database: {_first_line(exc.orig)} (has 'pos-hq migrate' been run?)")
        return EXIT_USER_ERROR
    except sqlalchemy.exc.SQLAlchemyError as exc:
        env.warn(f"error: database: {_first_line(exc)}")
        return EXIT_USER_ERROR
    except OSError as exc:
        env.warn(f"error: {exc}")
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        env.warn("interrupted")
        return EXIT_INTERRUPTED


def _first_line(exc: BaseException | None) -> str:
    text = str(exc).strip() if exc is not None else ""
    return text.splitlines()[0] if text else type(exc).__name__


if __name__ == "__main__":
    sys.exit(main())
