"""``pos paths``: show which data directory and database file the commands use, and why."""

from __future__ import annotations

import argparse
from typing import Any

from pos_desktop.cli.common import CliEnv


def register(sub: Any) -> None:
    parser = sub.add_parser("paths", help="show the data directory and database file in use")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, env: CliEnv) -> int:
    paths = env.paths
    env.say(f"data directory: {paths.data_dir}  (from {paths.source})")
    state = "exists" if paths.database.exists() else "not created yet"
    env.say(f"database:       {paths.database}  ({state})")
    return 0
