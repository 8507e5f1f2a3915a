"""Guards the PySide6 pin: some releases (6.12 on CPython 3.11) return None/True from void calls
and Signal.emit without a reference, and the interpreter aborts after a few thousand calls,
i.e. minutes of scanning at a till. The counts must not drift."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal(str)


def test_void_calls_and_emits_do_not_leak_singleton_references(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    emitter.fired.connect(lambda _text: None)
    before = (sys.getrefcount(None), sys.getrefcount(True))
    for _ in range(2_000):
        label.setText("x")
        emitter.fired.emit("y")
    after = (sys.getrefcount(None), sys.getrefcount(True))
    # Other threads may hold a few transient references; a leak loses thousands.
    assert abs(after[0] - before[0]) < 50
    assert abs(after[1] - before[1]) < 50
