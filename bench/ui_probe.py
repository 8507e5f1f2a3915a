"""Child process for the UI benchmarks (bench_ui.py): runs the real cashier app in-process,
offscreen, on a copy of the 200,000-product catalog, and prints JSON results.

    python -m bench.ui_probe prepare DB          # open a shift (done once, not timed)
    python -m bench.ui_probe cold DB             # "ready <rss_mb>" when the sell screen shows
    python -m bench.ui_probe scan DB N           # scan to line in cart through the wedge filter
    python -m bench.ui_probe stall DB N PORT     # longest UI-thread gap during checkout + printing
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
import json
import random
import resource
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from pos_desktop.app import build_services
from pos_desktop.core.money import Money
from pos_desktop.hardware.printing.worker import PrintWorker
from pos_desktop.paths import resolve_data_paths
from pos_desktop.services.auth import actor_from_user
from pos_desktop.services.context import Actor
from pos_desktop.services.printer_config import (
    PrinterConfig,
    PrinterKind,
    save_printer_config,
)
from pos_desktop.services.shifts import current_shift, open_shift
from pos_desktop.store.models import User
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.fonts import load_bundled_fonts
from pos_desktop.ui.printing import start_print_worker
from pos_desktop.ui.screens import build_shell
from pos_desktop.ui.sell_screen import SellScreen
from pos_desktop.ui.tasks import TaskRunner
from pos_desktop.ui.wedge_filter import WedgeFilter


class StepClock:
    """Wedge decoder clock advanced by the probe: exact scanner key gaps, real wall time."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _users(services: object) -> dict[str, Actor]:
    with services.db.read() as s:  # type: ignore[attr-defined]
        return {u.role: actor_from_user(u) for u in s.execute(select(User)).scalars()}


@dataclass
class Running:
    app: QApplication
    ui: UiContext
    screen: SellScreen
    worker: PrintWorker
    keep: tuple[object, ...]  # objects that must stay alive (shell, status bridge)


def _start(
    db: Path, *, wedge: WedgeFilter | None = None, printer_port: int | None = None
) -> Running:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    load_bundled_fonts()
    services = build_services(resolve_data_paths(db.parent))
    users = _users(services)
    if printer_port is not None:
        config = PrinterConfig(
            kind=PrinterKind.NETWORK, host="127.0.0.1", tcp_port=printer_port, check_status=False
        )
        save_printer_config(services.ctx, users["admin"], config)
    ui = UiContext(services, TaskRunner())
    worker, bridge = start_print_worker(ui)
    ui.hardware = SimpleNamespace(wedge=wedge, print_worker=worker, bridge=bridge)
    shell = build_shell(ui)
    shell.resize(1280, 800)
    shell.show()
    ui.set_actor(users["cashier"])
    screen = shell.show_screen("sell")
    assert isinstance(screen, SellScreen) and isinstance(app, QApplication)
    return Running(app, ui, screen, worker, (shell, bridge))


def _spin_until(app: QApplication, condition, timeout_s: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + timeout_s
    while not condition():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the sell screen did not respond")


def prepare(db: Path) -> None:
    services = build_services(resolve_data_paths(db.parent))
    users = _users(services)
    with services.db.read() as s:
        shift = current_shift(s, services.ctx)
    if shift is None:
        open_shift(services.ctx, users["cashier"], Money.of("10000"))
    services.close()


def cold(db: Path) -> None:
    run = _start(db)
    app = run.app

    def ready() -> None:
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"ready {rss_mb:.1f}", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)  # after the first layout and paint of the sell screen
    app.exec()
    run.worker.stop()


def _barcodes(db: Path, n: int) -> list[str]:
    raw = sqlite3.connect(db)
    codes = [
        r[0]
        for r in raw.execute(
            "SELECT barcode FROM products WHERE barcode IS NOT NULL AND is_weighed = 0 "
            "AND status = 'ACTIVE' ORDER BY random() LIMIT ?",
            (n,),
        )
    ]
    raw.close()
    return codes


def scan(db: Path, n: int) -> None:
    clock = StepClock()
    wedge = WedgeFilter(clock=clock)
    run = _start(db, wedge=wedge)
    app, screen = run.app, run.screen
    wedge.install(app)
    screen.on_shown()
    shell = run.keep[0]
    assert isinstance(shell, QWidget)
    shell.activateWindow()
    _spin_until(app, lambda: QApplication.activeWindow() is shell)
    field = screen.quantity
    field.setFocus()
    _spin_until(app, lambda: QApplication.focusWidget() is field)
    codes = _barcodes(db, n + 20)
    samples: list[float] = []
    for i, code in enumerate(codes):
        if len(screen.till.lines) >= 20:  # a basket, then the next customer
            screen.till.reset()
            screen.cart_replaced()
        before = len(screen.till.lines)
        for ch in code:
            clock.now += 2  # a scanner types a key every ~2 ms
            QTest.keyClicks(field, ch)
        clock.now += 2
        start = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        _spin_until(
            app, lambda b=before: len(screen.till.lines) != b and screen.model.rowCount() != b
        )
        if i >= 20:  # warm-up
            samples.append((time.perf_counter() - start) * 1000)
        clock.now += 400
        assert field.text() == "", "scan digits leaked into the quantity field"
    run.worker.stop()
    print(json.dumps({"samples_ms": samples}))


def _pay_and_print(app: QApplication, ui: UiContext, screen: SellScreen, db: Path) -> None:
    """Pay cash for the cart and wait until the receipt and drawer kick were sent."""
    jobs_before = _done_jobs(db)
    screen.pay()
    _spin_until(app, lambda: screen.payment is not None)
    dialog = screen.payment
    assert dialog is not None
    dialog.amount.setText("100000")
    dialog.enter()
    _spin_until(app, lambda: dialog.sale is not None)
    _spin_until(app, lambda: _done_jobs(db) >= jobs_before + 2, timeout_s=30)
    dialog.accept()
    app.processEvents()


def stall(db: Path, n: int, port: int) -> None:
    run = _start(db, printer_port=port)
    app, ui, screen = run.app, run.ui, run.screen
    codes = iter(_barcodes(db, 5 * n))
    rng = random.Random(5)
    clock = QElapsedTimer()
    clock.start()
    ticks: list[int] = []
    monitor = QTimer()
    monitor.setTimerType(Qt.TimerType.PreciseTimer)
    monitor.timeout.connect(lambda: ticks.append(clock.elapsed()))
    monitor.start(1)
    worst_per_sale: list[float] = []
    for _ in range(n):
        for _line in range(rng.randint(1, 5)):
            screen.scan(next(codes))
            _spin_until(app, lambda: ui.runner.pending == 0)
        ticks.clear()
        ticks.append(clock.elapsed())  # from pressing Pay to the receipt printed
        _pay_and_print(app, ui, screen, db)
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        worst_per_sale.append(float(max(gaps, default=0)))
    monitor.stop()
    run.worker.stop()
    print(json.dumps({"max_gap_ms_per_sale": worst_per_sale}))


def _done_jobs(db: Path) -> int:
    raw = sqlite3.connect(db)
    try:
        return int(raw.execute("SELECT COUNT(*) FROM print_jobs WHERE status='DONE'").fetchone()[0])
    finally:
        raw.close()


if __name__ == "__main__":
    command, db_path = sys.argv[1], Path(sys.argv[2])
    if command == "prepare":
        prepare(db_path)
    elif command == "cold":
        cold(db_path)
    elif command == "scan":
        scan(db_path, int(sys.argv[3]))
    elif command == "stall":
        stall(db_path, int(sys.argv[3]), int(sys.argv[4]))
    else:
        raise SystemExit(f"unknown probe {command}")
