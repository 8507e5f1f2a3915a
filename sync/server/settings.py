"""Knobs of the HQ HTTP layer: rate limits and body limits, from defaults, the environment or
``pos-hq serve`` options (tests lower the limits to see a 429 or a 413 quickly)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from sync.protocol import GZIP_MIN_BYTES, MAX_BODY_BYTES, MAX_INFLATED_BYTES

ENV_DATABASE_URL = "POS_HQ_DATABASE_URL"
ENV_RATE_LIMIT = "POS_HQ_RATE_LIMIT"
ENV_RATE_WINDOW = "POS_HQ_RATE_WINDOW"
ENV_ENROLL_RATE_LIMIT = "POS_HQ_ENROLL_RATE_LIMIT"
ENV_RATE_LIMITS_ENABLED = "POS_HQ_RATE_LIMITS"
ENV_MAX_BODY = "POS_HQ_MAX_BODY_BYTES"
ENV_MAX_INFLATED = "POS_HQ_MAX_INFLATED_BYTES"


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class HqSettings:
    """Per-process settings; the counters themselves live in the database (shared)."""

    # 600 requests a minute per credential: a 10,000-sale push is about 50 batches of 2,000
    # entries, so even a long-offline terminal drains without meeting the limit.
    rate_limit: int = 600
    rate_window_s: int = 60
    # Enrollment has no credential yet; it is limited by client address. Codes carry 60 bits,
    # so this is about load, not guessing; a shop enrolling its tills never comes near it.
    enroll_rate_limit: int = 60
    rate_limits_enabled: bool = True
    max_body_bytes: int = MAX_BODY_BYTES
    max_inflated_bytes: int = MAX_INFLATED_BYTES
    gzip_min_bytes: int = GZIP_MIN_BYTES
    gzip_level: int = 5  # level 9 costs several times the CPU for a few percent on JSON
    clock: Callable[[], datetime] = field(default=_utc_now, compare=False)

    def __post_init__(self) -> None:
        for name in ("rate_limit", "rate_window_s", "enroll_rate_limit", "max_body_bytes"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        if self.max_inflated_bytes < self.max_body_bytes:
            raise ValueError("max_inflated_bytes must be at least max_body_bytes")

    def with_limits(
        self,
        *,
        rate_limit: int | None = None,
        rate_window_s: int | None = None,
        enroll_rate_limit: int | None = None,
        rate_limits_enabled: bool | None = None,
    ) -> HqSettings:
        """A copy with some limits changed (the flag tests use)."""
        return replace(
            self,
            rate_limit=self.rate_limit if rate_limit is None else rate_limit,
            rate_window_s=self.rate_window_s if rate_window_s is None else rate_window_s,
            enroll_rate_limit=(
                self.enroll_rate_limit if enroll_rate_limit is None else enroll_rate_limit
            ),
            rate_limits_enabled=(
                self.rate_limits_enabled if rate_limits_enabled is None else rate_limits_enabled
            ),
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> HqSettings:
        """Defaults overridden by ``POS_HQ_*`` variables; a bad value raises ValueError."""
        base = cls()
        return replace(
            base,
            rate_limit=_int(environ, ENV_RATE_LIMIT, base.rate_limit),
            rate_window_s=_int(environ, ENV_RATE_WINDOW, base.rate_window_s),
            enroll_rate_limit=_int(environ, ENV_ENROLL_RATE_LIMIT, base.enroll_rate_limit),
            rate_limits_enabled=_flag(environ, ENV_RATE_LIMITS_ENABLED, base.rate_limits_enabled),
            max_body_bytes=_int(environ, ENV_MAX_BODY, base.max_body_bytes),
            max_inflated_bytes=_int(environ, ENV_MAX_INFLATED, base.max_inflated_bytes),
        )


def _int(environ: Mapping[str, str], name: str, default: int) -> int:
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {raw!r}") from None


def _flag(environ: Mapping[str, str], name: str, default: bool) -> bool:
    raw = environ.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in ("1", "on", "true", "yes"):
        return True
    if raw in ("0", "off", "false", "no"):
        return False
    raise ValueError(f"{name} must be on or off, not {raw!r}")
