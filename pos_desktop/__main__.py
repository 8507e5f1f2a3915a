"""``python -m pos_desktop`` and the bundle's ``pos-desktop`` executable
(installer/pos-desktop.spec).

With no command it starts the cashier app (``pos run``), which is what the desktop shortcut
does; otherwise it is the whole ``pos`` command line, so a shop can run
``pos-desktop restore ...`` or ``pos-desktop --self-test`` from the installed folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

# Options of the ``pos`` parser that come before the command and take a value.
_GLOBAL_WITH_VALUE = ("--data-dir",)


def bundle_argv(argv: Sequence[str]) -> list[str]:
    """``pos`` arguments for the executable's: ``run`` when no command is given."""
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in _GLOBAL_WITH_VALUE:
            i += 2
        elif arg.startswith("--data-dir="):
            i += 1
        else:
            return args  # a command, --self-test, --help, or something argparse will refuse
    return [*args, "run"]


def _console_streams() -> None:
    """A windowed Windows executable has no console: sys.stdin/stdout/stderr are None there,
    and the command line reads and prints through them (what matters goes to the log file)."""
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))  # noqa: SIM115


def main(argv: Sequence[str] | None = None) -> int:
    from pos_desktop.cli.main import main as pos_main

    _console_streams()

    return pos_main(bundle_argv(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
