"""``pos run``: start the cashier app on the data directory's database."""

from __future__ import annotations

import argparse
from typing import Any

import sqlalchemy.exc

from pos_desktop.cli.common import CliEnv
from pos_desktop.core.errors import DomainError
from pos_desktop.ops.crash import guard_startup, start_crash_reports
from pos_desktop.store.migrate import SchemaTooNewError, current_revision
from pos_desktop.store.terminal import open_database, try_load_identity

# Refusals with their own clear message (cli/main.py prints them): not crashes.
EXPECTED_ERRORS = (DomainError, SchemaTooNewError, OSError, sqlalchemy.exc.DatabaseError)


def register(sub: Any) -> None:
    parser = sub.add_parser("run", help="start the point of sale on the data directory's database")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start everything, report when the window is ready, then quit (checks, benchmarks)",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="full screen kiosk mode for a counter (also the 'ui.kiosk' setting): only a "
        "manager can close the app or leave it",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, env: CliEnv) -> int:
    identity = None
    revision = None
    if env.paths.database.exists():  # never create the file here: enrollment does
        db = open_database(env.paths.database)
        try:
            identity = try_load_identity(db)
            revision = current_revision(db.engine)
        finally:
            db.dispose()
    env.say(f"database: {env.paths.database}")
    if identity is None:
        # A fresh data directory: the app offers to enroll this terminal with HQ.
        env.say(
            "no terminal is set up here yet: opening the enrollment dialog (HQ address and "
            "code); for a till without HQ, cancel it and run 'pos init' or 'pos demo'"
        )
    else:
        env.say(f"terminal: store {identity.store_code}, device {identity.device_code}")
    from pos_desktop.app import main as run_app  # Qt loads only for this command

    # Crash reports and the start line in the log (logging itself: cli/main.py).
    reporter, hooks = start_crash_reports(env.paths, schema_revision=revision)
    try:
        return guard_startup(
            reporter,
            lambda: run_app(
                [],
                env.paths.data_dir,
                exit_when_ready=args.exit_when_ready,
                kiosk=args.kiosk,
                crash=reporter,
            ),
            expected=EXPECTED_ERRORS,
            err=env.err,
        )
    finally:
        hooks.uninstall()
