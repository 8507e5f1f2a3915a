"""Non-blocking scan feedback (message + sound), the bundled error beep, and the whole path a
sell screen will take: wedge scan -> resolve off the UI thread -> action or a readable refusal."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from pos_desktop.core.barcode import make_ean13
from pos_desktop.services import scan_resolver as sr
from pos_desktop.services.catalog_edit import ProductDraft, create_product
from pos_desktop.ui import feedback as fb
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.wedge_filter import WedgeFilter
from tests.support.terminal import Terminal

RICE = make_ean13("479000000001")
UNKNOWN = make_ean13("479999999999")


class FakeClock:
    def __init__(self) -> None:
        self.now = 50_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Observe the system beep (there is no sound device to listen to here)."""
    calls: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(True)))
    return calls


def test_bundled_error_beep_is_a_short_small_wav_made_by_the_generator(tmp_path: Path) -> None:
    assert fb.ERROR_SOUND.is_file()
    assert fb.ERROR_SOUND.stat().st_size < 20_000
    with wave.open(str(fb.ERROR_SOUND), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 16_000)
        assert 0.1 < wav.getnframes() / wav.getframerate() < 0.5
        frames = wav.readframes(wav.getnframes())
    assert frames == fb.error_beep_frames()  # reproducible from the code
    copy = fb.write_error_beep(tmp_path / "beep.wav")
    assert copy.read_bytes() == fb.ERROR_SOUND.read_bytes()


def test_error_shows_a_message_and_sounds_without_blocking(
    qtbot: QtBot, ui: UiContext, beeps: list[bool]
) -> None:
    label = fb.TransientMessage(timeout_ms=50)
    qtbot.addWidget(label)
    feedback = fb.ScanFeedback(ui, label=label)
    with qtbot.waitSignal(ui.message, timeout=1000) as signal:
        feedback.error("no product has barcode 123")
    assert signal.args == ["error", "no product has barcode 123"]
    assert label.text() == "no product has barcode 123" and label.isVisible()
    assert label.property("level") == "error"
    assert feedback.sound_mode == "beep"  # no audio device on this machine
    assert beeps == [True]
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=2000)  # it clears itself
    feedback.notify("customer attached")  # info: no sound
    assert beeps == [True] and feedback.last_message == "customer attached"


def test_missing_sound_file_falls_back_to_the_beep(qtbot: QtBot, beeps: list[bool]) -> None:
    feedback = fb.ScanFeedback(sound=Path("/nonexistent/error.wav"))
    feedback.error("bad scan")
    silent = fb.ScanFeedback(sound=None)
    silent.play_error()
    assert feedback.sound_mode == silent.sound_mode == "beep" and beeps == [True, True]


@pytest.fixture
def till(
    qtbot: QtBot, ui: UiContext, terminal: Terminal, clock: FakeClock
) -> Iterator[tuple[QSpinBox, WedgeFilter]]:
    create_product(
        terminal.ctx,
        terminal.manager,
        ProductDraft(sku="RICE5", name="Rice 5kg", price_minor=1250_00, barcode=RICE),
    )
    window = QWidget()
    layout = QVBoxLayout(window)
    quantity = QSpinBox()
    quantity.setObjectName("quantity")
    quantity.setValue(2)
    layout.addWidget(quantity)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    quantity.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is quantity)
    wedge = WedgeFilter(clock=clock)
    wedge.install()
    yield quantity, wedge
    wedge.uninstall()


def test_scan_to_action_through_the_real_path(
    qtbot: QtBot,
    ui: UiContext,
    till: tuple[QSpinBox, WedgeFilter],
    clock: FakeClock,
    beeps: list[bool],
) -> None:
    quantity, wedge = till
    label = fb.TransientMessage()
    feedback = fb.ScanFeedback(ui, label=label)
    with ui.services.db.read() as s:
        config = sr.load_barcode_config(s, ui.ctx)
    actions: list[sr.ScanAction] = []

    def handle(action: sr.ScanAction) -> None:
        actions.append(action)
        if isinstance(action, sr.ScanRejected):
            feedback.error(action.message)

    def on_scan(code: str) -> None:
        def resolve() -> sr.ScanAction:
            with ui.services.db.read() as s:
                return sr.resolve_scan(s, ui.ctx, code, config)

        ui.run(resolve, handle, lane="read")

    wedge.scanned.connect(on_scan)
    for code in (UNKNOWN, RICE):
        for ch in code:  # a scanner: 2 ms a key
            clock.now += 2
            QTest.keyClicks(quantity, ch)
        clock.now += 2
        QTest.keyClick(quantity, Qt.Key.Key_Return)
        clock.now += 300
    qtbot.waitUntil(lambda: len(actions) == 2, timeout=5000)
    refused, added = actions
    assert isinstance(refused, sr.ScanRejected) and refused.code == sr.SCAN_UNKNOWN_PRODUCT
    assert label.text() == f"no product has barcode {UNKNOWN}" and beeps == [True]
    assert isinstance(added, sr.AddProduct) and added.hit.name == "Rice 5kg"
    assert quantity.value() == 2 and quantity.text() == "2"  # not one digit landed there
