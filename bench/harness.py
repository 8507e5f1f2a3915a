"""Shared benchmark plumbing: percentiles, machine description, results table.

Benchmarks are scripts, not timed tests: they measure, compare against the DESIGN.md target and
a bare baseline from the same run where one exists, and report misses as misses.
"""

from __future__ import annotations

import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass
class Result:
    name: str
    figure: str
    target: str
    met: bool | None  # None: informational, no target
    baseline: str = ""
    notes: str = ""
    command: str = ""


@dataclass
class Samples:
    values_ms: list[float] = field(default_factory=list)

    def add(self, ms: float) -> None:
        self.values_ms.append(ms)

    def pct(self, p: float) -> float:
        data = sorted(self.values_ms)
        if not data:
            return float("nan")
        k = min(len(data) - 1, max(0, round(p / 100 * (len(data) - 1))))
        return data[k]

    @property
    def median(self) -> float:
        return statistics.median(self.values_ms)

    def summary(self) -> str:
        return (
            f"p50 {self.pct(50):.3f} ms, p95 {self.pct(95):.3f} ms, p99 {self.pct(99):.3f} ms "
            f"(n={len(self.values_ms)})"
        )


def time_each(fn: Callable[[], object], n: int, warmup: int = 20) -> Samples:
    for _ in range(warmup):
        fn()
    samples = Samples()
    for _ in range(n):
        start = time.perf_counter_ns()
        fn()
        samples.add((time.perf_counter_ns() - start) / 1e6)
    return samples


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{cpu}, {os.cpu_count()} cores, {mem_gb:.0f} GiB RAM, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def git_revision() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        )
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def today() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d")
