"""Decode barcodes in camera frames with zbar (pyzbar), plus the throttle and the de-duplication
a live camera needs. Qt-free: the Qt side (ui/camera_scanner.py) hands over 8-bit grayscale
pixels; tests and tools may pass a PIL image.

zbar is loaded on first use, so a machine without libzbar still starts; ``decoder_problem()``
says what is missing in words a manager can act on.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from PIL.Image import Image

# What a shop meets: product codes, Code 128/39 (receipts, SKU labels, loyalty cards), QR codes.
DEFAULT_SYMBOLOGIES: Final = ("EAN13", "EAN8", "UPCA", "UPCE", "CODE128", "CODE39", "QRCODE")
MAX_PIXELS: Final = 4096 * 4096


class DecoderUnavailable(RuntimeError):
    """zbar is not installed: camera scanning cannot work on this machine."""


@dataclass(frozen=True, slots=True)
class DecodedCode:
    text: str
    symbology: str  # zbar's name: EAN13, CODE128, QRCODE...


_zbar: Any = None
_zbar_lock = threading.Lock()


def _load() -> Any:
    global _zbar
    with _zbar_lock:
        if _zbar is None:
            try:
                from pyzbar import pyzbar
            except (ImportError, OSError) as exc:  # OSError: libzbar missing or broken
                raise DecoderUnavailable(
                    "camera scanning needs the zbar library (libzbar0) and pyzbar; "
                    f"they could not be loaded: {exc}"
                ) from exc
            _zbar = pyzbar
        return _zbar


def decoder_problem() -> str | None:
    """None when frames can be decoded here, else why not."""
    try:
        _load()
    except DecoderUnavailable as exc:
        return str(exc)
    return None


def _symbols(names: Iterable[str]) -> list[Any]:
    zbar = _load()
    return [zbar.ZBarSymbol[name] for name in names]


def _results(decoded: Iterable[Any]) -> list[DecodedCode]:
    out: list[DecodedCode] = []
    seen: set[str] = set()
    for item in decoded:
        text = bytes(item.data).decode("utf-8", errors="replace").strip()
        if text and text not in seen:
            seen.add(text)
            out.append(DecodedCode(text, str(item.type)))
    return out


def decode_gray(
    pixels: bytes | bytearray | memoryview,
    width: int,
    height: int,
    stride: int | None = None,
    symbologies: Iterable[str] = DEFAULT_SYMBOLOGIES,
) -> list[DecodedCode]:
    """Barcodes in an 8-bit grayscale image of ``width`` x ``height`` pixels whose rows are
    ``stride`` bytes apart (padding is stripped). Raises ValueError for inconsistent sizes."""
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        raise ValueError(f"frame size {width}x{height} is not usable")
    stride = width if stride is None else stride
    if stride < width or len(pixels) < stride * (height - 1) + width:
        raise ValueError(f"{len(pixels)} bytes do not hold a {width}x{height} frame")
    view = memoryview(pixels).cast("B")
    if stride == width:
        data = bytes(view[: width * height])
    else:
        data = b"".join(bytes(view[row * stride : row * stride + width]) for row in range(height))
    zbar = _load()
    return _results(zbar.decode((data, width, height), symbols=_symbols(symbologies)))


def decode_image(
    image: Image, symbologies: Iterable[str] = DEFAULT_SYMBOLOGIES
) -> list[DecodedCode]:
    """Barcodes in a PIL image (converted to grayscale first)."""
    gray = image if image.mode == "L" else image.convert("L")
    width, height = gray.size
    return decode_gray(gray.tobytes(), width, height, symbologies=symbologies)


class FrameThrottle:
    """At most one frame in decoding at a time, and at most one every ``interval_ms``.

    A camera delivers 30 frames a second; decoding each would load a core for nothing. The UI
    asks ``admit()`` for each frame and calls ``done()`` when its decode finished.
    """

    def __init__(self, interval_ms: int = 150, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval_ms / 1000
        self._clock = clock
        self._busy = False
        self._last: float | None = None
        self._lock = threading.Lock()

    def admit(self) -> bool:
        with self._lock:
            now = self._clock()
            if self._busy or (self._last is not None and now - self._last < self.interval):
                return False
            self._busy = True
            self._last = now
            return True

    def done(self) -> None:
        with self._lock:
            self._busy = False


class RepeatFilter:
    """Drops a code seen again within ``window_ms`` of the last time it was seen, so a code held
    in front of the camera counts once. Seeing it keeps it fresh (it must leave the view)."""

    def __init__(self, window_ms: int = 1500, clock: Callable[[], float] = time.monotonic) -> None:
        self.window = window_ms / 1000
        self._clock = clock
        self._seen: dict[str, float] = {}

    def fresh(self, text: str) -> bool:
        now = self._clock()
        last = self._seen.get(text)
        self._seen[text] = now
        if len(self._seen) > 64:  # forget codes long gone
            self._seen = {k: t for k, t in self._seen.items() if now - t < self.window}
        return last is None or now - last >= self.window
