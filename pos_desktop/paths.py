"""Where a terminal keeps its files: one data directory holding the database ``pos.db``.

Resolution order (first wins): an explicit directory (``--data-dir``), the ``POS_DATA_DIR``
environment variable, then the platform's per-user data directory for "pos-desktop"
(``~/.local/share/pos-desktop`` on Linux, ``%LOCALAPPDATA%\\pos-desktop`` on Windows).
The app (app.py) and the ``pos`` command line both resolve it here so they always agree.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from platformdirs import user_data_dir

APP_NAME: Final = "pos-desktop"
ENV_DATA_DIR: Final = "POS_DATA_DIR"
DATABASE_FILE: Final = "pos.db"


@dataclass(frozen=True, slots=True)
class DataPaths:
    """The resolved data directory and the files inside it."""

    data_dir: Path
    source: str  # "--data-dir", "POS_DATA_DIR" or "platform default": shown by `pos doctor`

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"


def default_data_dir() -> Path:
    # appauthor=False: no vendor folder level on Windows, the same name on every platform.
    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_paths(
    explicit: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> DataPaths:
    """Resolve the data directory without creating it (``pos doctor`` must see it missing)."""
    env = os.environ if environ is None else environ
    if explicit is not None and str(explicit).strip():
        return DataPaths(_absolute(Path(explicit)), "--data-dir")
    from_env = env.get(ENV_DATA_DIR, "").strip()
    if from_env:
        return DataPaths(_absolute(Path(from_env)), ENV_DATA_DIR)
    return DataPaths(default_data_dir(), "platform default")


def _absolute(path: Path) -> Path:
    # Printed paths must be usable from any working directory, so never keep them relative.
    return path.expanduser().resolve()


def database_files(database: Path) -> list[Path]:
    """The database and its WAL side files (what a reset or a backup has to cover)."""
    return [
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
    ]
