"""``pos run``: start the cashier app on the data directory's database."""

from __future__ import annotations

import argparse
from typing import Any

from pos_desktop.cli.common import CliEnv, CliError, open_existing
from pos_desktop.store.terminal import try_load_identity


def register(sub: Any) -> None:
    parser = sub.add_parser("run", help="start the point of sale on the data directory's database")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start everything, report when the window is ready, then quit (checks, benchmarks)",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, env: CliEnv) -> int:
    db = open_existing(env)
    try:
        identity = try_load_identity(db)
    finally:
        db.dispose()
    if identity is None:
        raise CliError(f"{env.paths.database} is not set up yet: run 'pos init' or 'pos demo'")
    env.say(f"database: {env.paths.database}")
    env.say(f"terminal: store {identity.store_code}, device {identity.device_code}")
    from pos_desktop.app import main as run_app  # Qt loads only for this command

    return run_app([], env.paths.data_dir, exit_when_ready=args.exit_when_ready)
