"""Backups while the app runs: on a timer, after each shift close, and "Back up now".

The copy itself (``ops.backup.make_backup``) runs on its own task-runner lane ("backup"): it
only reads the database (a WAL reader never blocks the till's writes) and never queues behind
or in front of a sale on the "db" lane. Results come back on the UI thread as a status
message; a failed backup is a warning and never undoes anything (a shift close is committed
before its backup starts).

The controller is a child of the UiContext (``BackupController.of(ui)`` finds or makes it) and
holds the data directory's app lock (``pos.lock``) while the app runs, so ``pos restore``
refuses to replace the database under it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from pos_desktop.core.errors import DomainError
from pos_desktop.core.permissions import Permission
from pos_desktop.ops.backup import BackupResult, changed_since_last_backup, make_backup
from pos_desktop.ops.backup_files import FileLock, app_lock
from pos_desktop.ops.backup_settings import BackupPolicy, backup_policy
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.shell_menus import ShellMenus

log = logging.getLogger(__name__)

BACKUP_LANE: Final = "backup"
CONTEXT: Final = "BackupController"  # translation context of the module functions
HOUR_MS: Final = 3600 * 1000


@dataclass(frozen=True, slots=True)
class BackupOutcome:
    kind: str
    result: BackupResult | None  # None: failed or skipped
    error: str | None = None
    skipped: bool = False  # scheduled, but nothing changed since the newest backup


class BackupController(QObject):
    finished = Signal(object)  # BackupOutcome, on the UI thread

    def __init__(self, ui: UiContext) -> None:
        super().__init__(ui)
        self.setObjectName("backupController")
        self.ui = ui
        self.policy = BackupPolicy()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.scheduled)
        self.lock: FileLock | None = None
        self.running = False
        self.last: BackupOutcome | None = None

    @classmethod
    def of(cls, ui: UiContext) -> BackupController:
        found = ui.findChild(BackupController)
        return found if isinstance(found, BackupController) else cls(ui)

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> None:
        """Hold the app lock and read the schedule (off the UI thread)."""
        lock = app_lock(self.ui.services.paths.data_dir)
        if lock.acquire(blocking=False):
            self.lock = lock
        else:
            log.warning("another app holds %s: pos restore is not blocked by this one", lock.path)
        ctx = self.ui.ctx
        self.ui.runner.run(lambda: backup_policy(ctx), self._policy_read, self._policy_failed)

    def _policy_read(self, policy: BackupPolicy) -> None:
        self.policy = policy
        if policy.interval_hours > 0:
            self.timer.start(policy.interval_hours * HOUR_MS)
        else:
            self.timer.stop()

    def _policy_failed(self, error: BaseException) -> None:
        log.warning("backup settings could not be read (%s): defaults apply", error)
        self._policy_read(BackupPolicy())

    def stop(self) -> None:
        self.timer.stop()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # -- backups ---------------------------------------------------------------------------
    def scheduled(self) -> None:
        self.back_up("auto", only_if_changed=True)

    def after_shift_close(self) -> None:
        if self.policy.at_shift_close:
            self.back_up("shift")

    def back_up(
        self,
        kind: str = "manual",
        *,
        only_if_changed: bool = False,
        on_result: Callable[[BackupOutcome], None] | None = None,
    ) -> bool:
        """Start a backup on the backup lane; False when one is already running."""
        if self.running:
            return False
        self.running = True
        database = self.ui.services.paths.database
        retention = self.policy.retention

        def work() -> BackupOutcome:
            if only_if_changed and not changed_since_last_backup(database):
                return BackupOutcome(kind, None, skipped=True)
            return BackupOutcome(kind, make_backup(database, kind=kind, retention=retention))

        def done(outcome: BackupOutcome) -> None:
            self._finish(outcome, on_result)

        def failed(error: BaseException) -> None:
            text = error.message if isinstance(error, DomainError) else str(error)
            log.error("%s backup failed: %s", kind, text)
            self._finish(BackupOutcome(kind, None, text), on_result)

        self.ui.runner.run(work, done, failed, lane=BACKUP_LANE)
        return True

    def _finish(
        self, outcome: BackupOutcome, on_result: Callable[[BackupOutcome], None] | None
    ) -> None:
        self.running = False
        self.last = outcome
        if outcome.error is not None:
            self.ui.message.emit("warning", self.tr("The backup failed: {}").format(outcome.error))
        elif outcome.result is not None and outcome.kind != "auto":
            self.ui.message.emit(
                "info", self.tr("Backed up to {}").format(outcome.result.path.name)
            )
        self.finished.emit(outcome)
        if on_result is not None:
            on_result(outcome)


def backup_after_shift_close(ui: UiContext) -> None:
    """Called by the shift close screen once the Z report is committed."""
    BackupController.of(ui).after_shift_close()


def back_up_now(ui: UiContext, parent: QWidget) -> None:
    """The managers' "Back up now": the result (or the failure) in a message box."""

    def show(outcome: BackupOutcome) -> None:
        box = QMessageBox(parent)
        box.setObjectName("backupResult")
        if outcome.result is not None:
            size_mb = outcome.result.size / 1_048_576
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(
                QCoreApplication.translate(
                    "BackupController", "Backup saved: {} ({:.1f} MB)."
                ).format(outcome.result.path, size_mb)
            )
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(
                QCoreApplication.translate("BackupController", "The backup failed: {}").format(
                    outcome.error
                )
            )
        box.open()

    if not BackupController.of(ui).back_up("manual", on_result=show):
        ui.message.emit(
            "info", QCoreApplication.translate("BackupController", "A backup is already running.")
        )


def install_backup_action(shell: Shell) -> QAction | None:
    """Add "Back up now" to the shift menu (managers: VIEW_REPORTS), beside "Close shift"."""
    menus = shell.findChild(ShellMenus)
    anchor = menus.actions.get("shift.close") if menus is not None else None
    menu = None
    if anchor is not None:
        menu = next((o for o in anchor.associatedObjects() if isinstance(o, QMenu)), None)
    if menu is None:
        log.warning("no shift menu: the 'Back up now' action is not installed")
        return None
    ui = shell.ui
    action = shell.add_action(
        menu,
        QCoreApplication.translate("BackupController", "Back up now"),
        lambda: back_up_now(ui, shell),
        permission=Permission.VIEW_REPORTS,
    )
    action.setObjectName("backup.now")
    return action
