"""Non-blocking feedback for scans: a message the cashier can read and a short error sound.

Nothing here opens a dialog: a cashier scanning at speed must never have to click "OK".
``ScanFeedback.error(text)`` shows ``text`` through ``ui.message`` (the shell's status area)
and in an optional ``TransientMessage`` label on the screen, then plays the bundled WAV
(resources/sounds/error.wav) with QSoundEffect. Without audio devices (a headless till, CI) or
if the sound cannot be loaded, it falls back to ``QApplication.beep()``; it never raises.

The audio backend is initialised on first use (or ``preload()``), not at construction, so it
costs nothing at start-up.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from pos_desktop.resources import resource_dir
from pos_desktop.ui.context import UiContext

log = logging.getLogger(__name__)

SOUNDS_DIR: Final = resource_dir("sounds")  # the repository's resources/sounds, or the bundle's
ERROR_SOUND: Final = SOUNDS_DIR / "error.wav"

# The error beep: a falling two-tone "buh-bah" a cashier hears over a shop's noise.
_RATE: Final = 16_000
_TONES: Final = ((880.0, 0.09), (0.0, 0.03), (587.33, 0.14))  # (Hz, seconds); 0 Hz = silence
_FADE_S: Final = 0.005


def error_beep_frames() -> bytes:
    """16-bit mono PCM of the error beep (deterministic: the committed WAV is this)."""
    out = bytearray()
    for freq, seconds in _TONES:
        n = round(_RATE * seconds)
        fade = round(_RATE * _FADE_S)
        for i in range(n):
            envelope = min(1.0, i / fade, (n - 1 - i) / fade) if fade else 1.0
            value = 0.45 * envelope * math.sin(2 * math.pi * freq * i / _RATE) if freq else 0.0
            out += struct.pack("<h", round(value * 32767))
    return bytes(out)


def write_error_beep(path: Path) -> Path:
    """Write the error beep as a WAV file (how resources/sounds/error.wav was made)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(_RATE)
        wav.writeframes(error_beep_frames())
    return path


class TransientMessage(QLabel):
    """A label that shows a message for a few seconds, then clears itself."""

    def __init__(self, parent: QWidget | None = None, *, timeout_ms: int = 4000) -> None:
        super().__init__(parent)
        self.setObjectName("scanMessage")
        self.setWordWrap(True)
        self._timeout_ms = timeout_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_message)
        self.hide()

    def show_message(self, text: str, level: str = "error") -> None:
        self.setProperty("level", level)
        self.setText(text)
        self.show()
        self._timer.start(self._timeout_ms)

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class ScanFeedback(QObject):
    """Say what went wrong with a scan, without blocking (see the module notes)."""

    def __init__(
        self,
        ui: UiContext | None = None,
        *,
        label: TransientMessage | None = None,
        sound: Path | None = ERROR_SOUND,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui = ui
        self._label = label
        self._sound_path = sound
        self._effect: Any = None
        self._mode: str | None = None  # "effect" or "beep", decided on first use
        self.last_message: str | None = None

    @property
    def sound_mode(self) -> str:
        """How errors sound here: "effect" (the WAV) or "beep" (no audio device / no file)."""
        if self._mode is None:
            self.preload()
        return self._mode or "beep"

    def preload(self) -> None:
        """Initialise the audio backend and load the sound now rather than on first error."""
        if self._mode is not None:
            return
        self._mode = "beep"
        path = self._sound_path
        if path is None or not path.is_file():
            return
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                return
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            self._effect = effect
            self._mode = "effect"
        except Exception:  # no multimedia plugin, broken audio stack: beep instead
            log.warning("error sound unavailable; using the system beep", exc_info=True)

    def error(self, message: str) -> None:
        """Show ``message`` as an error and play the error sound."""
        self.notify(message, "error")
        self.play_error()

    def notify(self, message: str, level: str = "info") -> None:
        """Show ``message`` without a sound (level "info", "warning" or "error")."""
        self.last_message = message
        if self._ui is not None:
            self._ui.message.emit(level, message)
        if self._label is not None:
            self._label.show_message(message, level)

    def play_error(self) -> None:
        try:
            if self.sound_mode == "effect" and self._effect is not None:
                from PySide6.QtMultimedia import QSoundEffect

                if self._effect.status() != QSoundEffect.Status.Error:
                    self._effect.play()
                    return
            QApplication.beep()
        except Exception:  # feedback must never take the till down
            log.warning("could not play the error sound", exc_info=True)
