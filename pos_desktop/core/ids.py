"""Identifiers made on the device: UUIDv7 (time-ordered) and a hybrid logical clock."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

# A replacement id source for the current context (bench/generate.py builds a reproducible
# database with it); None, the normal case, means real UUIDv7s from the clock and os.urandom.
_ID_SOURCE: ContextVar[Callable[[], str] | None] = ContextVar("pos_id_source", default=None)


class _UUID7Generator:
    """RFC 9562 UUIDv7 with a monotonic counter in rand_a, so ids made in one millisecond sort."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last_ms = 0
        self._counter = 0

    def __call__(self) -> str:
        source = _ID_SOURCE.get()
        if source is not None:
            return source()
        with self._lock:
            now_ms = time.time_ns() // 1_000_000
            if now_ms > self._last_ms:
                self._last_ms = now_ms
                self._counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
            else:
                # Clock went back or same millisecond: keep ids increasing.
                self._counter += 1
                if self._counter > 0xFFF:
                    self._last_ms += 1
                    self._counter = 0
            ms = self._last_ms
            counter = self._counter
        rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= counter << 64
        value |= 0b10 << 62
        value |= rand_b
        return str(uuid.UUID(int=value))


new_id = _UUID7Generator()
"""Return a new UUIDv7 as a canonical string. Safe to call from any thread."""


@contextmanager
def id_source(source: Callable[[], str]) -> Iterator[None]:
    """Within the block (this thread/context only), ``new_id()`` returns ``source()``.

    For reproducible reference data (the benchmark generator); never used by the app itself.
    """
    token = _ID_SOURCE.set(source)
    try:
        yield
    finally:
        _ID_SOURCE.reset(token)


def uuid7_timestamp_ms(value: str) -> int:
    return uuid.UUID(value).int >> 80


@dataclass(frozen=True, slots=True, order=True)
class HlcStamp:
    """Hybrid logical clock stamp; compares by (wall_ms, counter, node)."""

    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        # Fixed-width so lexical order equals logical order in SQL.
        return f"{self.wall_ms:015d}:{self.counter:05d}:{self.node}"

    @classmethod
    def decode(cls, text: str) -> HlcStamp:
        wall, counter, node = text.split(":", 2)
        return cls(int(wall), int(counter), node)


class HybridLogicalClock:
    """HLC (Kulkarni et al.): monotonic, close to wall time, merges remote stamps."""

    def __init__(self, node: str, wall_ms: Callable[[], int] | None = None) -> None:
        self._node = node
        self._wall: Callable[[], int] = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._last = HlcStamp(0, 0, node)
        self._lock = threading.Lock()

    def now(self) -> HlcStamp:
        with self._lock:
            wall = self._wall()
            if wall > self._last.wall_ms:
                self._last = HlcStamp(wall, 0, self._node)
            else:
                self._last = HlcStamp(self._last.wall_ms, self._last.counter + 1, self._node)
            return self._last

    def observe(self, remote: HlcStamp) -> HlcStamp:
        with self._lock:
            wall = self._wall()
            top = max(wall, self._last.wall_ms, remote.wall_ms)
            if top == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif top == self._last.wall_ms:
                counter = self._last.counter + 1
            elif top == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._last = HlcStamp(top, counter, self._node)
            return self._last
