"""The installer: how long ``make dist`` takes and how big its outputs are.

The same steps as ``installer/build.py`` (translations, PyInstaller one-folder bundle, the
bundle's ``--self-test`` in a sanitized environment, the Linux tarball), into a temporary
folder. The build must fit the CI budget: the slow test (tests/installer/test_bundle.py) runs
the same PyInstaller build inside ``make test``; 4 minutes is the line we set for it.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench.harness import Result
from installer import build

BUILD_BUDGET_S = 240.0
COMMAND = "python -m bench.run_all --only installer"


def _du_mb(path: Path) -> float:
    """Disk usage as ``du -sk`` reports it (what the shop's disk loses), in MiB."""
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0]) / 1024


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="pos-bench-installer-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        build.build_translations()
        bundle = build.run_pyinstaller(root / "dist", root / "work")
        built = time.perf_counter() - started
        t0 = time.perf_counter()
        result = build.run_self_test(bundle, cwd=root)
        self_test = time.perf_counter() - t0
        if result.returncode != 0:
            raise RuntimeError(f"the bundle's self-test failed:\n{result.stdout}{result.stderr}")
        t0 = time.perf_counter()
        tarball = build.make_tarball(bundle, root, build.version())
        packed = time.perf_counter() - t0
        total = time.perf_counter() - started
        folder_mb, tar_mb = _du_mb(bundle), tarball.stat().st_size / 2**20
        files = sum(1 for p in bundle.rglob("*") if p.is_file())
        shutil.rmtree(root / "work", ignore_errors=True)
    return [
        Result(
            name="Installer: make dist (PyInstaller bundle + its self-test + tarball)",
            figure=(
                f"{total:.0f} s: bundle {built:.0f} s, self-test {self_test:.1f} s, "
                f"tarball {packed:.0f} s"
            ),
            target=f"build <= {BUILD_BUDGET_S:.0f} s (CI budget)",
            met=built <= BUILD_BUDGET_S,
            notes=(
                "installer/build.py's steps into a temporary folder: translations, "
                "pyinstaller installer/pos-desktop.spec (one folder), the bundle's --self-test "
                "offscreen without Python on PATH, pos-desktop-<version>-linux-x86_64.tar.gz "
                "(gzip level 6); the slow test tests/installer/test_bundle.py builds the same "
                "bundle inside make test."
            ),
            command=COMMAND,
        ),
        Result(
            name="Installer size (Linux x86-64 one-folder bundle, tarball)",
            figure=(
                f"dist/pos-desktop {folder_mb:.0f} MiB on disk ({files:,} files, du -sk); "
                f"tarball {tar_mb:.0f} MiB"
            ),
            target="- (report)",
            met=None,
            notes=(
                "the largest parts: Qt libraries (ICU data 31 MiB, QtGui, QtWidgets, "
                "QtMultimedia with its FFmpeg libraries and the QtQuick libraries its plugin "
                "needs), libpython, cryptography (keyring's SecretService), Pillow, Babel "
                "(root/en/si/ta locale data only)."
            ),
            command=COMMAND,
        ),
    ]
