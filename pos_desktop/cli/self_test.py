"""``pos self-test`` (alias ``pos --self-test``): check this installation works; see
``pos_desktop/selftest.py``. Never touches the data directory."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from pos_desktop.cli.common import CliEnv

FLAG: Final = "--self-test"
COMMAND: Final = "self-test"


def register(sub: Any) -> None:
    p = sub.add_parser(
        COMMAND,
        help="check this installation in a temporary data directory (database, sell screen "
        "offscreen, fonts, translations, printing, zbar); exit 0 when it works",
    )
    p.add_argument(
        "--screenshot", metavar="PNG", type=Path, help="also save the rendered sell screen here"
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace, env: CliEnv) -> int:
    from pos_desktop.selftest import run_self_test

    return run_self_test(screenshot=args.screenshot)


def alias_flag(argv: Sequence[str]) -> list[str]:
    """``--self-test`` (the spelling installers and CI use) means the ``self-test`` command."""
    return [COMMAND if arg == FLAG else arg for arg in argv]
