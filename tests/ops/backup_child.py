"""Child process of the kill-during-backup test: backs up a database and stops mid-copy.

Halfway through the copy it prints ``COPYING <pages copied> <pages in total>`` and
waits on stdin (the parent never writes), so the SIGKILL lands while the partial file is on
disk and half written, every time.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pos_desktop.ops.backup import make_backup


def main(database: str) -> None:
    def progress(done: int, total: int) -> None:
        if total // 2 < done < total:
            print(f"COPYING {done} {total}", flush=True)
            sys.stdin.readline()

    make_backup(Path(database), kind="auto", progress=progress, step_pages=256)
    print("FINISHED", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
