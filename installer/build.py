"""``make dist``: compile the translations, build the one-folder bundle with PyInstaller, run the
bundle's ``--self-test`` offscreen without Python around it, and pack the Linux tarball.

    .venv/bin/python installer/build.py [--dist DIR] [--work DIR] [--no-tarball]

Produces ``dist/pos-desktop/`` (the bundle) and ``dist/pos-desktop-<version>-linux-x86_64.tar.gz``
holding ``pos-desktop-<version>/{pos-desktop/, pos-desktop.desktop, install.sh}``. The pieces
are functions so the slow test (tests/installer/test_bundle.py) builds and checks the same way.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tarfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]
SPEC: Final = ROOT / "installer" / "pos-desktop.spec"
LINUX: Final = ROOT / "installer" / "linux"
NAME: Final = "pos-desktop"
EXE_SUFFIX: Final = ".exe" if sys.platform == "win32" else ""
# Variables that would let the bundle find a Python installation instead of its own copy.
PYTHON_VARS: Final = (
    "PYTHONPATH",
    "PYTHONHOME",
    "PYTHONSTARTUP",
    "PYTHONUSERBASE",
    "PYTHONSAFEPATH",
    "VIRTUAL_ENV",
    "CONDA_PREFIX",
)


def version() -> str:
    from importlib.metadata import version as dist_version

    return dist_version("pos-desktop")


def build_translations() -> list[Path]:
    """The .qm catalogues the spec bundles (stale ones rebuilt)."""
    from pos_desktop.i18n.build import build_translations as build_qm
    from pos_desktop.i18n.languages import I18N_DIR

    build_qm()
    return sorted(I18N_DIR.glob("*.qm"))


def run_pyinstaller(dist: Path, work: Path) -> Path:
    """Build the bundle into ``dist/pos-desktop``; returns that folder."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    subprocess.run(command, cwd=ROOT, check=True)
    return dist / NAME


def executable(bundle: Path) -> Path:
    return bundle / f"{NAME}{EXE_SUFFIX}"


def sanitized_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a machine without this Python: no Python variables, a PATH without
    the virtual environment or the interpreter's folder, and the offscreen Qt platform."""
    env = dict(os.environ if base is None else base)
    for name in PYTHON_VARS:
        env.pop(name, None)
    python_dirs = {Path(sys.prefix).resolve(), Path(sys.executable).resolve().parent}
    venv = env.get("VIRTUAL_ENV")
    if venv:
        python_dirs.add(Path(venv).resolve())

    def keep(entry: str) -> bool:
        if not entry:
            return False
        path = Path(entry).resolve()
        return not any(path == d or d in path.parents for d in python_dirs)

    env["PATH"] = os.pathsep.join(e for e in env.get("PATH", "").split(os.pathsep) if keep(e))
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_self_test(
    bundle: Path, cwd: Path, env: Mapping[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """``<bundle>/pos-desktop --self-test`` as an installed till would run it."""
    return subprocess.run(
        [str(executable(bundle)), "--self-test"],
        cwd=cwd,
        env=dict(env) if env is not None else sanitized_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def unwanted_contents(bundle: Path) -> list[str]:
    """What must never ship: the test suite, the developer's virtual environment, databases
    (the demo store, anyone's pos.db), translation sources, and any file that mentions the
    checkout it was built from (a path into the source tree or its .venv)."""
    found = []
    checkout = str(ROOT).encode()
    internal = bundle / "_internal"
    for name in ("tests", "bench", ".demo-data", ".venv"):
        if (internal / name).exists() or (bundle / name).exists():
            found.append(name)
    for path in bundle.rglob("*"):
        rel = path.relative_to(bundle).as_posix()
        foreign = {".venv", ".demo-data", "site-packages"} & set(path.parts)
        if foreign or path.suffix in {".db", ".db-wal", ".db-shm", ".ts"}:
            found.append(rel)
        elif path.is_file() and not path.is_symlink() and checkout in path.read_bytes():
            found.append(f"{rel} (mentions {ROOT})")
    return sorted(set(found))


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def tarball_name(ver: str) -> str:
    return f"{NAME}-{ver}-linux-{platform.machine()}.tar.gz"


def make_tarball(bundle: Path, out_dir: Path, ver: str) -> Path:
    """``pos-desktop-<version>/`` with the bundle, the .desktop entry and install.sh."""
    target = out_dir / tarball_name(ver)
    top = f"{NAME}-{ver}"
    partial = target.with_name(target.name + ".part")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{top}/{NAME}")
        tar.add(LINUX / "pos-desktop.desktop", arcname=f"{top}/pos-desktop.desktop")
        tar.add(LINUX / "install.sh", arcname=f"{top}/install.sh")
    os.replace(partial, target)
    return target


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer/build.py", description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--no-tarball", action="store_true", help="stop after the self-test")
    args = parser.parse_args(argv)
    ver = version()
    started = time.monotonic()
    qm = build_translations()
    print(f"translations: {', '.join(p.name for p in qm) or 'none'}", flush=True)
    bundle = run_pyinstaller(args.dist.resolve(), args.work.resolve())
    built = time.monotonic() - started
    print(f"bundle: {bundle} ({_mb(folder_size(bundle))}, built in {built:.0f} s)", flush=True)
    unwanted = unwanted_contents(bundle)
    if unwanted:
        print(f"error: the bundle contains {', '.join(unwanted[:10])}", file=sys.stderr)
        return 1
    outside = Path(os.environ.get("TMPDIR", "/tmp"))  # any folder outside the repository
    result = run_self_test(bundle, cwd=outside)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        print(f"error: the bundle's self-test failed ({result.returncode})", file=sys.stderr)
        return 1
    if not args.no_tarball and sys.platform.startswith("linux"):
        tar = make_tarball(bundle, args.dist.resolve(), ver)
        print(f"tarball: {tar} ({_mb(tar.stat().st_size)})", flush=True)
    print(f"make dist done in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # run as a script: import pos_desktop from this checkout
    raise SystemExit(main())
