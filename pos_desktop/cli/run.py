"""``pos run``: start the cashier app. Until it lands, say where the database is and what's next."""

from __future__ import annotations

import argparse
from typing import Any

from pos_desktop.cli.common import CliEnv, CliError, open_existing
from pos_desktop.store.terminal import try_load_identity


def register(sub: Any) -> None:
    parser = sub.add_parser("run", help="start the point of sale on the data directory's database")
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
    env.say(
        "The cashier window arrives with the cashier app (a later issue). "
        "Meanwhile: 'pos doctor', 'pos report x', 'pos export products FILE'."
    )
    return 0
