"""The sync engine stays off the start-up path: loading the app's Qt half (launcher, shell,
indicator, inbox, controller) imports neither httpx, keyring nor the engine; the worker factory
imports them on the sync lane once the window is up."""

from __future__ import annotations

import subprocess
import sys


def test_launcher_import_leaves_the_sync_engine_unloaded() -> None:
    code = (
        "import sys, pos_desktop.ui.launcher\n"
        "heavy = {'httpx', 'keyring', 'sync.client.engine', 'sync.client.worker',\n"
        "         'sync.client.build', 'sync.client.enrollment', 'sync.client.transport'}\n"
        "print(','.join(sorted(heavy & set(sys.modules))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == ""
