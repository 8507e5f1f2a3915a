"""Scanner settings as plain values: the keyboard wedge, a serial scanner, the camera.

They are stored as one JSON object under the ``scanner.devices`` setting (declared in
services/scan_resolver.py, because only services register settings) and turned into these
frozen dataclasses by ``ScannerSettings.from_dict``. Every field has a default, so ``{}`` is a
working set-up: a wedge scanner that ends each code with Enter or Tab, no serial scanner, no
camera. Bad values raise ``ValidationError`` with a message a manager can act on; the app falls
back to the defaults rather than refusing to start (see ``ScannerSettings.load``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Final

from pos_desktop.core.errors import ValidationError

log = logging.getLogger(__name__)

# Key names a wedge suffix may use (besides a single character such as "\x03").
SUFFIX_KEY_NAMES: Final = frozenset({"Enter", "Tab"})
DEFAULT_SUFFIX: Final = ("Enter", "Tab")


def _int(data: Mapping[str, Any], key: str, default: int, low: int, high: int) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"scanner setting {key} must be a whole number")
    if not low <= value <= high:
        raise ValidationError(f"scanner setting {key} must be between {low} and {high}")
    return value


def _bool(data: Mapping[str, Any], key: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise ValidationError(f"scanner setting {key} must be true or false")
    return value


def _opt_str(data: Mapping[str, Any], key: str, limit: int = 200) -> str | None:
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise ValidationError(f"scanner setting {key} must be text of at most {limit} characters")
    return value.strip()


@dataclass(frozen=True, slots=True)
class WedgeConfig:
    """How a keyboard-wedge scanner is told apart from a person typing.

    A scan is a burst of characters, each at most ``max_gap_ms`` after the previous one
    (scanners type a character every 1-10 ms, people rarely faster than every 80 ms), at
    least ``min_length`` characters long (not counting the prefix), starting with ``prefix``
    when one is set and ending with one of ``suffix`` (key names "Enter"/"Tab" or single
    characters). With an empty ``suffix`` a burst ends when the keys stop for ``max_gap_ms``.
    """

    max_gap_ms: int = 35
    min_length: int = 6
    prefix: str = ""
    suffix: tuple[str, ...] = DEFAULT_SUFFIX
    enabled: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.max_gap_ms, bool) or not 5 <= self.max_gap_ms <= 500:
            raise ValidationError("the wedge key gap must be between 5 and 500 ms")
        if isinstance(self.min_length, bool) or not 1 <= self.min_length <= 64:
            raise ValidationError("the shortest wedge scan must be 1 to 64 characters")
        if not isinstance(self.prefix, str) or len(self.prefix) > 8:
            raise ValidationError("a wedge prefix is at most 8 characters")
        suffix = tuple(self.suffix)
        for item in suffix:
            if not isinstance(item, str) or not (
                item in SUFFIX_KEY_NAMES or (len(item) == 1 and not item.isalnum())
            ):
                raise ValidationError(
                    f"wedge suffix {item!r} must be Enter, Tab or one non-alphanumeric character"
                )
        if self.prefix and any(item == self.prefix[0] for item in suffix):
            raise ValidationError("the wedge prefix cannot start with the suffix character")
        object.__setattr__(self, "suffix", suffix)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WedgeConfig:
        suffix = data.get("suffix", list(DEFAULT_SUFFIX))
        if isinstance(suffix, str):
            suffix = [suffix]
        if not isinstance(suffix, list | tuple):
            raise ValidationError("scanner setting suffix must be a list of key names")
        return cls(
            max_gap_ms=_int(data, "max_gap_ms", 35, 5, 500),
            min_length=_int(data, "min_length", 6, 1, 64),
            prefix=_opt_str(data, "prefix", 8) or "",
            suffix=tuple(suffix),
            enabled=_bool(data, "enabled", True),
        )


@dataclass(frozen=True, slots=True)
class SerialScannerConfig:
    """A scanner on a serial port (RS-232 or a USB scanner in "virtual COM" mode).

    ``port`` is a device name ("/dev/ttyACM0", "COM3") or any pyserial URL; None means no
    serial scanner. Codes end with CR and/or LF; a code with no terminator is taken after
    ``idle_flush_ms`` of silence.
    """

    port: str | None = None
    baudrate: int = 9600
    idle_flush_ms: int = 150
    reconnect_ms: int = 2000

    def __post_init__(self) -> None:
        if self.baudrate not in (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200):
            raise ValidationError(f"serial speed {self.baudrate} is not a standard baud rate")
        if not 20 <= self.idle_flush_ms <= 5000:
            raise ValidationError("serial idle time must be between 20 and 5000 ms")
        if not 200 <= self.reconnect_ms <= 60_000:
            raise ValidationError("serial reconnect interval must be between 200 and 60000 ms")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SerialScannerConfig:
        return cls(
            port=_opt_str(data, "port"),
            baudrate=_int(data, "baudrate", 9600, 1200, 115200),
            idle_flush_ms=_int(data, "idle_flush_ms", 150, 20, 5000),
            reconnect_ms=_int(data, "reconnect_ms", 2000, 200, 60_000),
        )


@dataclass(frozen=True, slots=True)
class CameraScannerConfig:
    """Scanning with a webcam: at most one frame decoded every ``interval_ms``; the same code
    seen again within ``repeat_ms`` is ignored (a code held in front of the lens is one scan).
    ``device`` picks a camera whose id or description contains it; None takes the default."""

    enabled: bool = False
    device: str | None = None
    interval_ms: int = 150
    repeat_ms: int = 1500

    def __post_init__(self) -> None:
        if not 20 <= self.interval_ms <= 5000:
            raise ValidationError("camera decode interval must be between 20 and 5000 ms")
        if not 0 <= self.repeat_ms <= 60_000:
            raise ValidationError("camera repeat window must be between 0 and 60000 ms")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CameraScannerConfig:
        return cls(
            enabled=_bool(data, "enabled", False),
            device=_opt_str(data, "device"),
            interval_ms=_int(data, "interval_ms", 150, 20, 5000),
            repeat_ms=_int(data, "repeat_ms", 1500, 0, 60_000),
        )


@dataclass(frozen=True, slots=True)
class ScannerSettings:
    wedge: WedgeConfig = field(default_factory=WedgeConfig)
    serial: SerialScannerConfig = field(default_factory=SerialScannerConfig)
    camera: CameraScannerConfig = field(default_factory=CameraScannerConfig)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> ScannerSettings:
        """Parse the ``scanner.devices`` JSON object; raises ValidationError on a bad value."""
        data = data or {}
        if not isinstance(data, Mapping):
            raise ValidationError("scanner settings must be an object")
        parts: dict[str, Mapping[str, Any]] = {}
        for name in ("wedge", "serial", "camera"):
            part = data.get(name)
            part = {} if part is None else part
            if not isinstance(part, Mapping):
                raise ValidationError(f"scanner settings: {name} must be an object")
            parts[name] = part
        unknown = set(data) - set(parts)
        if unknown:
            raise ValidationError(f"unknown scanner settings: {', '.join(sorted(unknown))}")
        return cls(
            wedge=WedgeConfig.from_dict(parts["wedge"]),
            serial=SerialScannerConfig.from_dict(parts["serial"]),
            camera=CameraScannerConfig.from_dict(parts["camera"]),
        )

    @classmethod
    def load(cls, data: Mapping[str, Any] | None) -> tuple[ScannerSettings, str | None]:
        """Like ``from_dict`` but never fails: a bad stored value gives the defaults and the
        reason, so the till still starts and can say why its scanner set-up was ignored."""
        try:
            return cls.from_dict(data), None
        except ValidationError as exc:
            log.warning("scanner settings ignored: %s", exc.message)
            return cls(), f"scanner settings ignored ({exc.message}); using the defaults"

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["wedge"]["suffix"] = list(self.wedge.suffix)
        return out
