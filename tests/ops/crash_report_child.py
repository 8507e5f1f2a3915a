"""Child process for the crash-report tests: installs logging and the crash reporter exactly
as ``pos run`` does, then fails in the way the parent asks (argv: data_dir mode).

Modes: ``thread`` (a worker thread raises; the process goes on and exits 0), ``main`` (the main
thread raises with a write transaction open on the terminal database), ``startup`` (the app's
start raises: exit 70), ``slot`` (a Qt slot raises in the running app, offscreen; the cashier's
message is shown and the app goes on), ``segv`` (a hard crash: faulthandler's file).
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import threading

from pos_desktop.ops.crash import guard_startup, start_crash_reports
from pos_desktop.ops.logs import configure_logging
from pos_desktop.paths import resolve_data_paths

SECRET_TOKEN = "SECRET-TOKEN-7f3a"
SECRET_PIN = "4826"

log = logging.getLogger("crash_child")


def fail() -> None:
    raise RuntimeError(f"HQ refused the push for token={SECRET_TOKEN}")


def main(data_dir: str, mode: str) -> int:
    paths = resolve_data_paths(data_dir)
    configure_logging(paths.logs_dir, environ={})
    reporter, _hooks = start_crash_reports(paths, schema_revision="test")
    log.info("signed in: user 01TESTUSER (cashier)")
    log.warning("request sent with Authorization: Bearer %s and pin=%s", SECRET_TOKEN, SECRET_PIN)
    if mode == "thread":
        worker = threading.Thread(target=fail, name="pos-test-worker")
        worker.start()
        worker.join()
        print("ALIVE", flush=True)
        return 0
    if mode == "main":
        import sqlite3

        conn = sqlite3.connect(paths.database, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM sales")  # never committed: dies with the process
        print("WRITING", flush=True)
        fail()
    if mode == "startup":

        def start() -> int:
            fail()
            return 0

        return guard_startup(reporter, start)
    if mode == "slot":
        return run_slot(paths, reporter)
    if mode == "segv":
        print("SEGV", flush=True)
        faulthandler._sigsegv()
    raise SystemExit(f"unknown mode {mode}")


def run_slot(paths: object, reporter: object) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from pos_desktop.app import build_services
    from pos_desktop.ops.crash import CrashReporter
    from pos_desktop.paths import DataPaths
    from pos_desktop.ui.context import UiContext
    from pos_desktop.ui.ops_hooks import install_gui_ops
    from pos_desktop.ui.screens import build_shell
    from pos_desktop.ui.tasks import TaskRunner

    assert isinstance(paths, DataPaths) and isinstance(reporter, CrashReporter)
    app = QApplication([sys.argv[0]])
    services = build_services(paths, sync=None)
    services.sync = None
    runner = TaskRunner()
    ui = UiContext(services, runner)
    shell = build_shell(ui)
    ops = install_gui_ops(shell, reporter)
    shell.show()
    outcome: list[str] = []

    def check() -> None:
        box = shell.findChild(QMessageBox, "crashMessage")
        if box is None or not box.isVisible():
            if len(outcome) < 200:
                outcome.append("waiting")
                QTimer.singleShot(20, check)
                return
            print("NO NOTICE", flush=True)
        else:
            print("NOTICE " + box.text().replace("\n", " "), flush=True)
            print(f"SCREEN {reporter.current_screen}", flush=True)
            print("ALIVE", flush=True)
        app.quit()

    QTimer.singleShot(0, fail)  # a slot that raises, as a button's handler would
    QTimer.singleShot(0, check)
    code = app.exec()
    ops.uninstall()
    runner.shutdown()
    services.close()
    return code


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main(sys.argv[1], sys.argv[2]))
