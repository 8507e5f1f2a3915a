"""Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And
Jitter"): the n-th consecutive failure waits a uniform random time in
``[0, min(cap, base * 2**n)]``. Full jitter spreads a hundred tills that lost HQ at the same
moment over the whole window instead of having them knock again in step.
"""

from __future__ import annotations

import random as _random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

BASE_S = 1.0
CAP_S = 300.0


@dataclass
class Backoff:
    base_s: float = BASE_S
    cap_s: float = CAP_S
    random: Callable[[], float] = field(default=_random.random)  # uniform in [0, 1)
    sleep: Callable[[float], None] = field(default=time.sleep)
    failures: int = 0

    def ceiling(self) -> float:
        """The upper bound of the next wait (grows with each failure, up to the cap)."""
        if self.failures <= 0:
            return 0.0
        # min() before the power would overflow after ~1000 failures; clamp the exponent.
        return float(min(self.cap_s, self.base_s * 2 ** min(self.failures - 1, 64)))

    def next_delay(self) -> float:
        """Record a failure and return how long to wait before the next attempt."""
        self.failures += 1
        return self.random() * self.ceiling()

    def reset(self) -> None:
        self.failures = 0

    def wait(self) -> float:
        """Record a failure and sleep the delay (for callers without an event to wait on)."""
        delay = self.next_delay()
        self.sleep(delay)
        return delay
