"""Fixtures of the backup tests: one demo store with sales per test process, copied per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ops.support import build_demo, copy_closed, downgrade
from tests.ui.conftest import ui  # noqa: F401 - the Qt tests' UiContext fixture


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="session")
def old_template(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """The demo store at the previous schema revision (0002), sales and all."""
    path = copy_closed(demo_template, tmp_path_factory.mktemp("old") / "pos.db")
    downgrade(path, "0002")
    return path


@pytest.fixture
def data_dir(tmp_path: Path, demo_template: Path) -> Path:
    """A data directory holding a copy of the demo store."""
    directory = tmp_path / "data"
    copy_closed(demo_template, directory / "pos.db")
    return directory
