"""Test set-up shared by every test: headless Qt, in-memory keyring, real SQLite terminals."""

from __future__ import annotations

import contextlib
import os

# Qt must never look for a display in tests (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from tests.support.terminal import Terminal, copy_database, make_terminal, open_terminal


class MemoryKeyring(KeyringBackend):
    """Headless machines have no keyring; tests use this one, the app refuses to fall back."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._store.pop((service, username), None)


def pytest_configure(config: pytest.Config) -> None:
    # The .qm catalogues are build output: build the stale ones once per session (the xdist
    # controller runs this before its workers start; each write is an atomic rename anyway).
    from pos_desktop.i18n.build import ToolMissing, build_translations

    # No PySide6 here: only the Qt tests need catalogues, and they cannot run either.
    with contextlib.suppress(ToolMissing):
        build_translations()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def terminal_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One initialised terminal per test process; each test gets its own copy of the file.

    Building one costs ~0.5 s (argon2 hashes, migrations); copying it costs milliseconds.
    """
    path = tmp_path_factory.mktemp("template") / "pos.db"
    make_terminal(path).db.dispose()
    return path


@pytest.fixture
def terminal(tmp_path: Path, terminal_template: Path) -> Iterator[Terminal]:
    """A real SQLite terminal database, initialised with a store, admin, manager and cashier."""
    path = tmp_path / "pos.db"
    copy_database(terminal_template, path)
    term = open_terminal(path)
    yield term
    term.db.dispose()
