"""Start-up stays light: loading the app's Qt half does not import python-escpos (it loads on
the print worker's thread at the first job) nor Alembic (only needed to migrate)."""

from __future__ import annotations

import subprocess
import sys


def test_launcher_import_leaves_escpos_and_alembic_unloaded() -> None:
    code = (
        "import sys, pos_desktop.ui.launcher\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'escpos', 'alembic'})\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == ""
