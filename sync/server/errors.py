"""The one exception type the HQ service layer raises; the HTTP layer turns it into a response."""

from __future__ import annotations

from typing import Any


class HqError(Exception):
    """A refusal with a protocol error code (``protocol.ErrorCode``), a readable sentence and
    the HTTP status the HTTP layer answers. Raised before anything is committed."""

    def __init__(
        self, code: str, message: str, status: int, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        self.details: dict[str, Any] = dict(details or {})

    def __repr__(self) -> str:
        return f"HqError({self.code!r}, {self.message!r}, {self.status})"
