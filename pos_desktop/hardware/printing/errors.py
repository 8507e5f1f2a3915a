"""One exception for every way a printer can be unusable, with a message a cashier can read."""

from __future__ import annotations

from enum import StrEnum


class Problem(StrEnum):
    REFUSED = "refused"  # nothing listens at that address (printer off, wrong port)
    TIMEOUT = "timeout"  # no answer in time (asleep, jammed, wrong device on that address)
    PAPER_OUT = "paper_out"
    MISSING = "missing"  # no such device (unplugged USB, missing /dev file, unknown host)
    NOT_CONFIGURED = "not_configured"
    UNSUPPORTED = "unsupported"  # e.g. a Windows printer on Linux
    FAILED = "failed"  # anything else the device reported


class PrinterUnavailable(Exception):
    """The printer cannot take the job now. The job stays queued or failed, never lost."""

    def __init__(self, message: str, problem: Problem = Problem.FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.problem = problem

    def __str__(self) -> str:
        return self.message
