"""Build the .qm catalogues from resources/i18n/*.ts with Qt's lrelease (only when stale).

``python -m pos_desktop.i18n.build`` builds them (``make run``/``make test`` and the test
session call it); ``--update-sources`` runs lupdate over the code into the committed .ts files
(for whoever refreshes them after the code changed; translators then fill them in).

The .qm files are gitignored build output. Each one is written to a temporary file in the same
directory and renamed over the old one, so several processes (pytest-xdist workers, the app
starting while ``make`` runs) may build at once: a reader sees the old or the new file, whole.
No PySide6 import: lrelease is found on disk (the PySide6 wheel ships the binary; the venv has
the ``pyside6-lrelease`` wrapper script).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from pos_desktop.i18n.languages import I18N_DIR

SOURCES = Path(__file__).resolve().parents[1]  # the pos_desktop package: every .py in it
_EXE = ".exe" if sys.platform == "win32" else ""


class ToolMissing(RuntimeError):
    """lrelease/lupdate cannot be found (PySide6 not installed in this environment)."""


def find_tool(name: str) -> list[str]:
    """The command that runs Qt's ``lrelease`` or ``lupdate`` (``name``)."""
    spec = importlib.util.find_spec("PySide6")  # locates the package without importing Qt
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            binary = Path(location) / f"{name}{_EXE}"
            if binary.is_file() and os.access(binary, os.X_OK):
                return [str(binary)]
    # The venv's wrapper script next to this interpreter, then PATH.
    scripts = Path(sys.executable).parent
    for candidate in (scripts / f"pyside6-{name}{_EXE}", scripts / f"pyside6-{name}"):
        if candidate.is_file():
            return [str(candidate)]
    for command in (f"pyside6-{name}", name, f"{name}-qt6"):
        found = shutil.which(command)
        if found:
            return [found]
    raise ToolMissing(f"Qt's {name} was not found: install the ui extra (PySide6)")


def ts_files(directory: Path = I18N_DIR) -> list[Path]:
    return sorted(directory.glob("*.ts"))


def is_stale(ts: Path, qm: Path) -> bool:
    return not qm.exists() or qm.stat().st_mtime_ns < ts.stat().st_mtime_ns


def build_one(ts: Path, qm: Path | None = None) -> Path:
    """Compile ``ts`` into ``qm`` (default: next to it), atomically."""
    target = qm or ts.with_suffix(".qm")
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".qm", dir=target.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        result = subprocess.run(
            [*find_tool("lrelease"), "-silent", str(ts), "-qm", str(temp)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or temp.stat().st_size == 0:
            raise RuntimeError(f"lrelease failed on {ts.name}: {result.stderr or result.stdout}")
        os.chmod(temp, 0o644)  # mkstemp makes it private; a built catalogue is not
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return target


def build_translations(directory: Path = I18N_DIR, *, force: bool = False) -> list[Path]:
    """Build every stale .qm in ``directory``; returns the ones (re)built."""
    built = []
    for ts in ts_files(directory):
        qm = ts.with_suffix(".qm")
        if force or is_stale(ts, qm):
            built.append(build_one(ts, qm))
    return built


def extract(ts: Sequence[Path], sources: Iterable[Path] = (SOURCES,)) -> str:
    """Run lupdate over ``sources`` into the given .ts files (updated in place: pass copies to
    look without touching the committed ones). Returns lupdate's report."""
    result = subprocess.run(
        [
            *find_tool("lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",  # translators' scripts map by source text; stale entries only confuse
            *(str(s) for s in sources),
            "-ts",
            *(str(t) for t in ts),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"lupdate failed: {result.stderr or result.stdout}")
    return result.stdout + result.stderr


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pos_desktop.i18n.build", description=__doc__)
    parser.add_argument("--force", action="store_true", help="rebuild every .qm")
    parser.add_argument(
        "--update-sources",
        action="store_true",
        help="run lupdate over pos_desktop into the committed .ts files first",
    )
    args = parser.parse_args(argv)
    if args.update_sources:
        print(extract(ts_files()).strip())
    built = build_translations(force=args.force)
    for path in built:
        print(f"built {path.relative_to(I18N_DIR.parents[1])}")
    if not built:
        print("translations up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
