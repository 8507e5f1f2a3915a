"""Camera scanning without a camera: real barcode images (python-barcode) pushed through a real
QVideoSink, the same path camera frames take, and decoded by real zbar on a worker thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from barcode import EAN13, Code128
from barcode.writer import ImageWriter
from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame
from pytestqt.qtbot import QtBot

from pos_desktop.core.barcode import make_ean13
from pos_desktop.hardware.scanners import camera_decoder as cd
from pos_desktop.hardware.scanners.config import CameraScannerConfig
from pos_desktop.ui import camera_scanner as cs
from pos_desktop.ui.tasks import TaskRunner

EAN = make_ean13("479000000001")  # 4790000000013


def ean_image(code: str = EAN) -> Image.Image:
    image: Image.Image = EAN13(code[:12], writer=ImageWriter()).render()
    return image


def code128_image(text: str) -> Image.Image:
    image: Image.Image = Code128(text, writer=ImageWriter()).render()
    return image


def to_qimage(image: Image.Image) -> QImage:
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    qimage = QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return qimage.copy()  # own the pixels


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    runner.shutdown()


@pytest.fixture
def decode_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """Records the thread each frame is decoded on (the real decoder still runs)."""
    threads: list[threading.Thread] = []
    real: Callable[..., Any] = cd.decode_gray

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(cs, "decode_gray", spy)
    return threads


# -- the Qt-free decoder ----------------------------------------------------------------------


def test_zbar_is_available_here() -> None:
    assert cd.decoder_problem() is None


def test_decode_a_pil_image_of_an_ean13_and_a_receipt_code128() -> None:
    assert cd.decode_image(ean_image()) == [cd.DecodedCode(EAN, "EAN13")]
    assert [c.text for c in cd.decode_image(code128_image("S01-T01-000123"))] == ["S01-T01-000123"]
    blank = Image.new("L", (200, 100), 255)
    assert cd.decode_image(blank) == []


def test_decode_gray_strips_row_padding() -> None:
    gray = ean_image().convert("L")
    width, height = gray.size
    stride = width + 13
    rows = gray.tobytes()
    padded = b"".join(
        rows[y * width : (y + 1) * width] + b"\x00" * (stride - width) for y in range(height)
    )
    assert [c.text for c in cd.decode_gray(padded, width, height, stride)] == [EAN]
    with pytest.raises(ValueError):
        cd.decode_gray(b"\x00" * 10, width, height)
    with pytest.raises(ValueError):
        cd.decode_gray(b"", 0, 0)


def test_throttle_admits_one_frame_at_a_time_and_not_too_often() -> None:
    clock = FakeClock()
    throttle = cd.FrameThrottle(150, clock)
    assert throttle.admit()
    assert not throttle.admit()  # busy
    throttle.done()
    assert not throttle.admit()  # too soon
    clock.now += 0.15
    assert throttle.admit()


def test_repeat_filter_ignores_a_code_still_in_view() -> None:
    clock = FakeClock()
    repeats = cd.RepeatFilter(1500, clock)
    assert repeats.fresh(EAN)
    clock.now += 1.0
    assert not repeats.fresh(EAN)  # still in front of the lens...
    clock.now += 1.0
    assert not repeats.fresh(EAN)  # ...and seeing it keeps it fresh
    assert repeats.fresh("LC12345678")
    clock.now += 1.6
    assert repeats.fresh(EAN)  # gone for 1.6 s, then shown again: a new scan


# -- frames through the QVideoSink ------------------------------------------------------------


def test_frames_from_the_video_sink_are_decoded_on_a_worker_thread(
    qtbot: QtBot, runner: TaskRunner, decode_threads: list[threading.Thread]
) -> None:
    clock = FakeClock()
    scanner = cs.CameraScanner(runner, clock=clock)
    frame = QVideoFrame(to_qimage(ean_image()))
    assert frame.isValid()
    with qtbot.waitSignal(scanner.scanned, timeout=5000) as signal:
        scanner.video_sink.setVideoFrame(frame)
    assert signal.args == [EAN]
    assert decode_threads and all(t is not threading.main_thread() for t in decode_threads)


def test_same_code_within_the_window_is_ignored_then_accepted_again(
    qtbot: QtBot, runner: TaskRunner, decode_threads: list[threading.Thread]
) -> None:
    clock = FakeClock()
    scanner = cs.CameraScanner(runner, CameraScannerConfig(repeat_ms=1500), clock=clock)
    codes: list[str] = []
    scanner.scanned.connect(codes.append)
    image = to_qimage(ean_image())

    def show(advance: float) -> None:
        clock.now += advance
        decoded = len(decode_threads)
        scanner.video_sink.setVideoFrame(QVideoFrame(image))  # a camera sends new frames
        qtbot.waitUntil(lambda: len(decode_threads) > decoded and runner.pending == 0)

    show(0)
    show(0.5)
    show(0.5)
    assert codes == [EAN]
    show(2.0)
    assert codes == [EAN, EAN]


def test_frames_are_throttled(
    qtbot: QtBot, runner: TaskRunner, decode_threads: list[threading.Thread]
) -> None:
    clock = FakeClock()
    scanner = cs.CameraScanner(runner, clock=clock)
    frame = QVideoFrame(to_qimage(ean_image()))
    for _ in range(5):  # a burst of frames at the same instant
        scanner.handle_frame(frame)
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert len(decode_threads) == 1
    scanner.handle_frame(QVideoFrame())  # an empty frame is skipped
    assert runner.pending == 0


def test_a_frame_without_a_barcode_emits_nothing(
    qtbot: QtBot, runner: TaskRunner, decode_threads: list[threading.Thread]
) -> None:
    scanner = cs.CameraScanner(runner)
    codes: list[str] = []
    scanner.scanned.connect(codes.append)
    blank = QImage(320, 240, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFFFF)
    scanner.video_sink.setVideoFrame(QVideoFrame(blank))
    qtbot.waitUntil(lambda: len(decode_threads) == 1 and runner.pending == 0)
    assert codes == []


def test_no_camera_gives_a_clear_message_and_stays_inert(qtbot: QtBot, runner: TaskRunner) -> None:
    scanner = cs.CameraScanner(runner)
    with qtbot.waitSignal(scanner.unavailable, timeout=2000) as signal:
        assert scanner.start() is False
    assert signal.args == [cs.NO_CAMERA] and scanner.message == cs.NO_CAMERA
    assert not scanner.active
    named = cs.CameraScanner(runner, CameraScannerConfig(enabled=True, device="Logitech"))
    assert named.start() is False and named.message is not None and "Logitech" in named.message
    scanner.stop()  # harmless when never started
