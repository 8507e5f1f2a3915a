"""The installer end to end: PyInstaller builds the one-folder bundle (installer/pos-desktop.spec)
into a temporary folder, and the bundle's ``pos-desktop --self-test`` passes with no Python
around it (PATH without the virtual environment, no PYTHON* variables, another working
directory and home, offscreen Qt). Then the tarball's layout, and install.sh installing,
registering the menu entry and uninstalling without touching the shop's data.

Slow (about a minute of PyInstaller on 2 cores): one module-scoped build, and every test here
in one xdist group so only one process builds.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from installer import build
from tests.installer.test_self_test import CHECK_NAMES, check_lines

pytestmark = [
    pytest.mark.slow,
    pytest.mark.xdist_group("installer-bundle"),
    pytest.mark.timeout(900),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("bundle")
    build.build_translations()
    started = time.monotonic()
    path = build.run_pyinstaller(root / "dist", root / "work")
    print(f"bundle built in {time.monotonic() - started:.0f} s: {build.folder_size(path):,} bytes")
    shutil.rmtree(root / "work", ignore_errors=True)  # PyInstaller's intermediate files
    yield path
    shutil.rmtree(root, ignore_errors=True)


def machine_without_python(home: Path) -> dict[str, str]:
    env = build.sanitized_env()
    env["HOME"] = str(home)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "POS_DATA_DIR"):
        env.pop(name, None)
    return env


def test_bundle_self_test_passes_without_python(bundle: Path, tmp_path: Path) -> None:
    exe = build.executable(bundle)
    assert exe.is_file() and os.access(exe, os.X_OK)
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "real-data"
    env = machine_without_python(home)
    env["POS_DATA_DIR"] = str(data)  # what a real till would use: must stay untouched
    assert not any(Path(p, "python3").exists() and ".venv" in p for p in env["PATH"].split(":"))
    assert not {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"} & set(env)

    result = build.run_self_test(bundle, cwd=tmp_path, env=env)

    output = result.stdout
    assert result.returncode == 0, output + result.stderr
    assert output.splitlines()[0].startswith("self-test: pos-desktop ")
    assert f"(frozen bundle {exe})" in output.splitlines()[0]
    lines = check_lines(output)
    assert set(lines) == set(CHECK_NAMES), output
    for name, status in lines.items():
        # zbar is a system library on Linux (libzbar0) and the scanner optional: it may warn.
        may_warn = name == "barcode decoding" and status == "warn"
        assert status == "ok" or may_warn, f"{name}: {status}\n{output}"
    assert lines["translations"] == "ok"  # the .qm files were built and bundled
    migrations = bundle / "_internal" / "pos_desktop" / "store" / "migrations"
    assert f"scripts from {migrations}" in output  # Alembic ran the bundled files
    assert "self-test passed" in output.splitlines()[-1]
    assert not data.exists()
    assert not (home / ".local" / "share" / "pos-desktop").exists()


def test_bundle_holds_no_tests_venv_or_data(bundle: Path) -> None:
    assert build.unwanted_contents(bundle) == []
    internal = bundle / "_internal"
    assert (internal / "pos_desktop" / "store" / "migrations" / "env.py").is_file()
    assert sorted(p.name for p in (internal / "resources" / "i18n").iterdir()) == [
        "pos_si.qm",
        "pos_ta.qm",
    ]
    assert not (internal / "PySide6" / "QtWebEngineCore.abi3.so").exists()


def test_bundle_is_the_whole_pos_command_line(bundle: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(build.executable(bundle)), "--help"],
        cwd=tmp_path,
        env=machine_without_python(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for command in ("run", "init", "demo", "doctor", "self-test"):
        assert command in result.stdout


def test_tarball_and_install_script(bundle: Path, tmp_path: Path) -> None:
    tar_path = build.make_tarball(bundle, tmp_path, "9.9.9")
    top = "pos-desktop-9.9.9"
    with tarfile.open(tar_path) as tar:
        members = {m.name: m for m in tar.getmembers()}
        assert f"{top}/pos-desktop/pos-desktop" in members
        assert f"{top}/pos-desktop.desktop" in members
        assert members[f"{top}/install.sh"].mode & stat.S_IXUSR
        tar.extract(members[f"{top}/pos-desktop.desktop"], tmp_path, filter="data")
        tar.extract(members[f"{top}/install.sh"], tmp_path, filter="data")
    # The unpacked tarball, with the already-built bundle linked in (no second 250 MB unpack).
    unpacked = tmp_path / top
    (unpacked / "pos-desktop").symlink_to(bundle, target_is_directory=True)

    home = tmp_path / "home"
    data = home / ".local" / "share" / "pos-desktop"
    data.mkdir(parents=True)
    (data / "pos.db").write_bytes(b"the shop's sales")
    env = machine_without_python(home)

    installed = subprocess.run(
        ["sh", str(unpacked / "install.sh")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert "self-test passed" in installed.stdout
    target = home / ".local" / "opt" / "pos-desktop"
    assert (target / "pos-desktop").is_file() and not (target / "pos-desktop").is_symlink()
    entry = (home / ".local" / "share" / "applications" / "pos-desktop.desktop").read_text()
    assert f'Exec="{target}/pos-desktop"' in entry.splitlines()
    assert "Icon=pos-desktop" in entry.splitlines()
    icon = home / ".local/share/icons/hicolor/256x256/apps/pos-desktop.png"
    assert icon.read_bytes().startswith(b"\x89PNG")
    assert (home / ".local" / "bin" / "pos-desktop").resolve() == (target / "pos-desktop")
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(unpacked / "pos-desktop.desktop")], check=True)

    removed = subprocess.run(
        ["sh", str(unpacked / "install.sh"), "--uninstall"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert removed.returncode == 0, removed.stderr
    assert not target.exists()
    assert not (home / ".local" / "share" / "applications" / "pos-desktop.desktop").exists()
    assert not (home / ".local" / "bin" / "pos-desktop").exists()
    assert (data / "pos.db").read_bytes() == b"the shop's sales"
