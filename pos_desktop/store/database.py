"""A terminal database: engine, session factories and units of work. Built once in app.py."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from pos_desktop.core.ids import HybridLogicalClock
from pos_desktop.store.db import make_engine, write_engine
from pos_desktop.store.outbox import install_outbox_capture


class TerminalSession(Session):
    """Session class with outbox capture installed (listeners attach to the class once)."""


install_outbox_capture(TerminalSession)


@dataclass(frozen=True, slots=True)
class TerminalIdentity:
    organization_id: str
    store_id: str
    device_id: str
    store_code: str
    device_code: str
    currency: str = "LKR"


class UnitOfWork:
    """One business transaction. Commit explicitly; leaving the block without commit rolls back.

    Write units start with BEGIN IMMEDIATE so two writers queue on busy_timeout instead of
    deadlocking on a lock upgrade.
    """

    def __init__(
        self, factory: sessionmaker[TerminalSession], hlc: HybridLogicalClock | None
    ) -> None:
        self._factory = factory
        self._hlc = hlc
        self._session: TerminalSession | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its 'with' block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        if self._hlc is not None:
            self._session.info["hlc"] = self._hlc
        return self

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            if session.in_transaction():
                session.rollback()
        finally:
            session.close()
            self._session = None


class Database:
    """Owns the engine of one SQLite file. No module-level state: pass it where it is needed."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = path
        self.engine = engine or make_engine(path)
        self._write = sessionmaker(
            bind=write_engine(self.engine), class_=TerminalSession, expire_on_commit=False
        )
        self._read = sessionmaker(bind=self.engine, class_=TerminalSession, expire_on_commit=False)
        self.hlc: HybridLogicalClock | None = None

    def set_device_clock(self, device_id: str) -> None:
        """Enable outbox capture: every write from now on is stamped by this device's clock."""
        self.hlc = HybridLogicalClock(device_id)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self._write, self.hlc)

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read()
        try:
            yield session
        finally:
            # close() ends the read transaction without expiring loaded objects.
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
