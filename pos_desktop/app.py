"""Composition root: builds every long-lived object once and hands them to the UI.

No globals: the objects built here are passed down explicitly. This module imports no Qt; the
Qt application lives in ``pos_desktop.ui`` and is started from ``main``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pos_desktop.paths import DataPaths, resolve_data_paths
from pos_desktop.services.context import ServiceContext
from pos_desktop.store.database import Database
from pos_desktop.store.terminal import load_identity, open_database


@dataclass
class AppServices:
    """The Qt-free half of the running app: database, service context, data paths."""

    paths: DataPaths
    db: Database
    ctx: ServiceContext

    def close(self) -> None:
        self.db.dispose()


def build_services(paths: DataPaths) -> AppServices:
    """Open (and migrate) the terminal database; refuses a database that was never set up."""
    db = open_database(paths.database)
    try:
        identity = load_identity(db)
    except Exception:
        db.dispose()
        raise
    return AppServices(paths=paths, db=db, ctx=ServiceContext(db=db, terminal=identity))


def main(
    argv: list[str] | None = None, data_dir: Path | None = None, *, exit_when_ready: bool = False
) -> int:
    """Start the cashier app on the data directory's database (``pos run``)."""
    from pos_desktop.ui.launcher import run_app  # the only place the Qt half is pulled in

    services = build_services(resolve_data_paths(data_dir))
    try:
        return run_app(services, argv or [], exit_when_ready=exit_when_ready)
    finally:
        services.close()
