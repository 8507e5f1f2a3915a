"""Run the ``pos`` command line in-process and capture what it prints."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from pos_desktop.cli.main import main

ADMIN_PASSWORD = "owner-pass-1"
ADMIN_PIN = "4321"


@dataclass
class CliRun:
    code: int
    out: str
    err: str


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> CliRun:
    capsys.readouterr()  # drop anything printed before this call
    code = main(list(argv))
    captured = capsys.readouterr()
    return CliRun(code, captured.out, captured.err)


def init_store(capsys: pytest.CaptureFixture[str], data_dir: Path, *extra: str) -> CliRun:
    return run_cli(
        capsys,
        "--data-dir",
        str(data_dir),
        "init",
        "--org",
        "Perera Stores",
        "--store",
        "Perera Stores - Kandy",
        "--admin-username",
        "owner",
        "--admin-password",
        ADMIN_PASSWORD,
        "--admin-pin",
        ADMIN_PIN,
        *extra,
    )
