"""Cashier-app benchmarks on the 200,000-product catalog, each in a fresh process:

- scan to line in cart through the real sell screen (wedge keystrokes into the focused quantity
  field, Enter, until the line shows in the cart table): target p99 <= 30 ms;
- cold start to a ready sell screen (process start to the first paint of the sell screen, with
  fonts, the print worker and migrations check): target <= 2 s and RSS <= 300 MB;
- the longest UI-thread stall during checkout plus printing (1 ms timer on the UI thread, from
  pressing Pay until the receipt reached a network printer on 127.0.0.1): target < 50 ms.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.common import working_copy
from bench.harness import Result, Samples

ROOT = Path(__file__).resolve().parent.parent


def _probe(*args: str, timeout: float = 600) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "bench.ui_probe", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"probe {args[0]} failed: {out.stderr[-3000:]}")
    return out.stdout


class PrinterSink:
    """A network printer on 127.0.0.1 that takes every byte it is sent."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                while chunk := conn.recv(65536):
                    self.received += len(chunk)

    def close(self) -> None:
        self.server.close()


def _cold_start(db: Path, runs: int = 5) -> tuple[list[float], list[float]]:
    times, rss = [], []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.ui_probe", "cold", str(db)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        proc.communicate(timeout=60)
        if not line.startswith("ready"):
            raise RuntimeError(f"cold start probe failed: {line!r}")
        times.append(elapsed)
        rss.append(float(line.split()[1]))
    return times, rss


def run() -> list[Result]:
    db = working_copy("ui")
    _probe("prepare", str(db))
    times, rss = _cold_start(db)
    scans = Samples(json.loads(_probe("scan", str(db), "500"))["samples_ms"])
    sink = PrinterSink()
    try:
        stalls = json.loads(_probe("stall", str(db), "20", str(sink.port)))["max_gap_ms_per_sale"]
    finally:
        sink.close()
    worst_stall = max(stalls)
    # The monitor ticks every 1 ms, so a gap of g ms means the UI thread was busy ~g - 1 ms.
    return [
        Result(
            "Scan to line in cart through the Qt sell screen (200k products)",
            scans.summary(),
            "p99 <= 30 ms",
            scans.pct(99) <= 30,
            notes="13 wedge keystrokes into the focused quantity field, timed from Enter until the "
            "cart table shows the line; baskets of 20 lines",
            command="python -m bench.run_all --only ui",
        ),
        Result(
            "Cold start to a ready sell screen (200k products)",
            f"median {statistics.median(times):.2f} s, max {max(times):.2f} s; "
            f"RSS max {max(rss):.0f} MB (n={len(times)})",
            "<= 2 s, RSS <= 300 MB",
            max(times) <= 2.0 and max(rss) <= 300,
            notes="process start to first paint of the sell screen (signed in, shift open), "
            "including Python start-up, imports, migrations check, fonts and print worker",
            command="python -m bench.run_all --only ui",
        ),
        Result(
            "Longest UI-thread stall during checkout + printing",
            f"max {worst_stall:.1f} ms, median of per-sale maxima "
            f"{statistics.median(stalls):.1f} ms (20 sales)",
            "< 50 ms",
            worst_stall < 50,
            notes="1 ms UI-thread timer from Pay until the receipt and drawer kick reached a "
            "network printer on 127.0.0.1; 1-5 lines per sale",
            command="python -m bench.run_all --only ui",
        ),
    ]
