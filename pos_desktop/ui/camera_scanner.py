"""Scanning with a camera: QtMultimedia frames, decoded with zbar on a worker thread.

``CameraScanner`` connects a QCamera to a QMediaCaptureSession whose QVideoSink delivers
frames to ``handle_frame`` (the one entry point for frames; tests feed it through a real
QVideoSink too). A frame is admitted only when no other is being decoded and the last one was
at least ``interval_ms`` ago; it is converted to an image and decoded on the "camera" lane of
the task runner, never on the UI thread. The same code seen again within ``repeat_ms`` is
ignored (it is still in front of the lens). Each new code is emitted as ``scanned(text)``,
the same signal shape as the keyboard wedge.

With no camera (or no zbar library) ``start()`` returns False, ``unavailable(message)`` says
why in words, and the scanner stays inert.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)

from pos_desktop.hardware.scanners.camera_decoder import (
    DecodedCode,
    DecoderUnavailable,
    FrameThrottle,
    RepeatFilter,
    decode_gray,
    decoder_problem,
)
from pos_desktop.hardware.scanners.config import CameraScannerConfig
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

CAMERA_LANE: Final = "camera"
NO_CAMERA: Final = QT_TRANSLATE_NOOP(
    "CameraScanner",
    "No camera found for barcode scanning. Plug one in, or turn camera scanning off in the "
    "scanner settings.",
)


def decode_frame(frame: QVideoFrame | QImage) -> list[DecodedCode]:
    """Decode one frame (worker thread): to an 8-bit grayscale image, then zbar."""
    image = frame if isinstance(frame, QImage) else frame.toImage()
    if image.isNull():
        return []
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = bytes(gray.constBits())
    return decode_gray(pixels, gray.width(), gray.height(), gray.bytesPerLine())


class CameraScanner(QObject):
    scanned = Signal(str)
    unavailable = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        config: CameraScannerConfig | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.config = config or CameraScannerConfig(enabled=True)
        self._runner = runner
        self._throttle = FrameThrottle(self.config.interval_ms, clock)
        self._repeats = RepeatFilter(self.config.repeat_ms, clock)
        self._sink = QVideoSink(self)
        self._sink.videoFrameChanged.connect(self.handle_frame)
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None
        self.message: str | None = None  # why the camera is not scanning, if it is not

    @property
    def video_sink(self) -> QVideoSink:
        """The sink frames arrive through (a preview widget may show them too)."""
        return self._sink

    @property
    def active(self) -> bool:
        return self._camera is not None and self._camera.isActive()

    # -- camera ---------------------------------------------------------------------------
    def _device(self) -> QCameraDevice | None:
        devices = QMediaDevices.videoInputs()
        if not devices:
            return None
        wanted = (self.config.device or "").casefold()
        if wanted:
            for device in devices:
                ident = bytes(device.id().data()).decode("utf-8", errors="replace")
                if wanted in ident.casefold() or wanted in device.description().casefold():
                    return device
            return None
        default = QMediaDevices.defaultVideoInput()
        return devices[0] if default.isNull() else default

    def _unavailable(self, message: str) -> bool:
        self.message = message
        log.warning(message)
        self.unavailable.emit(message)
        return False

    def start(self) -> bool:
        """Start the camera; False (and ``unavailable``) when scanning cannot work here."""
        if self._camera is not None:
            return True
        problem = decoder_problem()
        if problem is not None:
            return self._unavailable(problem)
        device = self._device()
        if device is None:
            if self.config.device:
                missing = self.tr("Camera {} was not found.").format(repr(self.config.device))
                return self._unavailable(f"{missing} {self.tr(NO_CAMERA)}")
            return self._unavailable(self.tr(NO_CAMERA))
        camera = QCamera(device, self)
        camera.errorOccurred.connect(self._on_camera_error)
        session = QMediaCaptureSession(self)
        session.setCamera(camera)
        session.setVideoSink(self._sink)
        self._camera, self._session = camera, session
        self.message = None
        camera.start()
        return True

    def stop(self) -> None:
        camera, self._camera = self._camera, None
        if camera is not None:
            camera.stop()
            camera.deleteLater()
        if self._session is not None:
            self._session.deleteLater()
            self._session = None

    def _on_camera_error(self, _error: QCamera.Error, text: str) -> None:
        self.stop()
        self._unavailable(
            self.tr("The camera stopped: {}").format(text or self.tr("unknown error"))
        )

    # -- frames ---------------------------------------------------------------------------
    def handle_frame(self, frame: QVideoFrame) -> None:
        """Take one frame from the sink: throttled, decoded off the UI thread."""
        if not frame.isValid() or not self._throttle.admit():
            return
        copy = QVideoFrame(frame)  # shares the pixels; keeps them alive for the worker
        try:
            self._runner.run(
                lambda: decode_frame(copy), self._decoded, self._failed, lane=CAMERA_LANE
            )
        except RuntimeError:  # runner shut down while the camera was still delivering
            self._throttle.done()

    def _decoded(self, codes: list[DecodedCode]) -> None:
        self._throttle.done()
        for code in codes:
            if self._repeats.fresh(code.text):
                self.scanned.emit(code.text)

    def _failed(self, error: BaseException) -> None:
        self._throttle.done()
        if isinstance(error, DecoderUnavailable):
            self.stop()
            self._unavailable(str(error))
        else:
            log.warning("a camera frame could not be decoded: %s", error)
