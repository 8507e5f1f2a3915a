"""What every screen receives: the services, the task runner, who is signed in, and a signal
that says what changed so views refresh only what they show (Anki's 'op changes' idea)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from pos_desktop.app import AppServices
from pos_desktop.core.errors import DomainError
from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import Actor, Changes, ServiceContext
from pos_desktop.ui.tasks import DB, TaskRunner

T = TypeVar("T")


class UiContext(QObject):
    changed = Signal(object)  # Changes, after any service call that wrote something
    actor_changed = Signal(object)  # Actor | None (sign-in / sign-out)
    message = Signal(str, str)  # (level "info"|"warning"|"error", text) for the status area

    def __init__(self, services: AppServices, runner: TaskRunner, hardware: Any = None) -> None:
        super().__init__()
        self.services = services
        self.runner = runner
        self.hardware = hardware  # set by the launcher: printers, drawer, scanners
        self._actor: Actor | None = None

    @property
    def ctx(self) -> ServiceContext:
        return self.services.ctx

    @property
    def actor(self) -> Actor | None:
        return self._actor

    def require_actor(self) -> Actor:
        if self._actor is None:
            raise DomainError("nobody is signed in")
        return self._actor

    def set_actor(self, actor: Actor | None) -> None:
        self._actor = actor
        self.actor_changed.emit(actor)

    def can(self, permission: Permission) -> bool:
        return self._actor is not None and self._actor.can(permission)

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        lane: str = DB,
    ) -> Future[T]:
        """Run ``fn`` off the UI thread. Domain errors default to a status message; results
        carrying ``changes`` are broadcast so every open view can refresh."""

        def done(result: T) -> None:
            changes = getattr(result, "changes", None)
            if isinstance(changes, Changes):
                self.changed.emit(changes)
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            if on_error is not None:
                on_error(error)
            elif isinstance(error, DomainError):
                self.message.emit("error", error.message)
            else:
                self.message.emit("error", self.tr("Unexpected error: {}").format(error))

        return self.runner.run(fn, done, failed, lane=lane)
