"""Application-wide keyboard-wedge scanner filter: scans never reach whatever widget has focus.

``WedgeFilter`` is installed on the QApplication (``install()``) and sees every key press
before any widget does. It feeds them to ``hardware.scanners.wedge.WedgeDecoder`` with
millisecond timestamps and:

- swallows the keys of a scan (and their key releases), so no digit is left in a quantity,
  search or PIN field, a table or a dialog, and emits ``scanned(code)`` (queued: slots run
  from the event loop, not inside the filter);
- holds a key that might start a scan for at most one gap interval; if it turns out to be a
  person typing (slow gap, no suffix, a function key...), re-sends the held keys, unchanged
  and in order, to the widget that had focus when they were pressed (a QTimer fires at the
  gap timeout; the next key or a mouse click releases them sooner);
- while a burst is held, answers ShortcutOverride for the next characters so a single-key
  shortcut ("-", "+") cannot steal a character from the middle of a scan.

Only the first delivery of a key event is looked at (the focus widget, an open popup or a
keyboard grabber), not the QWindow stage nor the copies Qt propagates to parent widgets. Key
times come from the event's own timestamp when the window system gives one (mapped onto the
monotonic clock, see ``EventTimeMapper``), so a UI stall in the middle of a scan still looks
like a scan. If the gap timer itself fires late (the UI thread was busy), the decision waits one
more event-loop turn so key events queued during the stall are seen first.

Tests inject ``clock`` (milliseconds) to make timing deterministic.
"""

from __future__ import annotations

import logging
import math
import time
from collections import deque
from collections.abc import Callable, Iterable
from typing import Final

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from pos_desktop.hardware.scanners.config import WedgeConfig
from pos_desktop.hardware.scanners.wedge import (
    Absorbed,
    Decision,
    EventTimeMapper,
    Key,
    Scan,
    WedgeDecoder,
)

log = logging.getLogger(__name__)

LATE_MS: Final = 20  # a gap timer this late means the UI thread stalled
_SPECIAL_KEYS: Final = 0x01000000  # Qt key codes from here on are named keys
_CTRL_ALT_META = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_FLUSH_EVENTS: Final = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.ApplicationDeactivate}
)


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class _Held:
    """A key press the filter swallowed, with what it takes to send an equal one later."""

    __slots__ = (
        "autorepeat",
        "code",
        "count",
        "modifiers",
        "native_modifiers",
        "released",
        "scan_code",
        "state",
        "text",
        "virtual_key",
        "widget",
    )

    def __init__(self, widget: QWidget, event: QKeyEvent) -> None:
        self.widget = widget
        self.code = event.key()
        self.modifiers = event.modifiers()
        self.scan_code = event.nativeScanCode()
        self.virtual_key = event.nativeVirtualKey()
        self.native_modifiers = event.nativeModifiers()
        self.text = event.text()
        self.autorepeat = event.isAutoRepeat()
        self.count = event.count()
        self.released = False  # its key release arrived (and was swallowed) while held
        self.state = "held"  # held -> replayed | scanned

    def event(self, kind: QEvent.Type) -> QKeyEvent:
        return QKeyEvent(
            kind,
            self.code,
            self.modifiers,
            self.scan_code,
            self.virtual_key,
            self.native_modifiers,
            self.text,
            self.autorepeat,
            self.count,
        )


def key_name(code: int) -> str:
    """The decoder's name for a Qt key code: "" for a character key, "Enter" for Return."""
    if code in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return "Enter"
    if code < _SPECIAL_KEYS or code == Qt.Key.Key_unknown:
        return ""
    try:
        return Qt.Key(code).name.removeprefix("Key_")
    except ValueError:
        return f"0x{code:x}"


class WedgeFilter(QObject):
    """See the module notes. ``scanned(code)`` carries the code without prefix and suffix."""

    scanned = Signal(str)
    _scan_ready = Signal(str)

    def __init__(
        self,
        config: WedgeConfig | None = None,
        *,
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        config = config or WedgeConfig()
        self._decoder = WedgeDecoder(config)
        self._enabled = config.enabled
        self._clock = clock or monotonic_ms
        self._mapper = EventTimeMapper()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer)
        self._late_retry = False
        self._releases: dict[int, deque[_Held]] = {}
        self._sending: set[int] = set()  # C++ addresses of the events this filter re-sends
        self._app: QCoreApplication | None = None
        self._scan_ready.connect(self.scanned, Qt.ConnectionType.QueuedConnection)

    # -- public ---------------------------------------------------------------------------
    def install(self, app: QCoreApplication | None = None) -> None:
        """Start filtering every key event of ``app`` (default: the running application)."""
        app = app or QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before installing the wedge filter")
        if self._app is not None:
            return
        app.installEventFilter(self)
        self._app = app

    def uninstall(self) -> None:
        self.flush()
        if self._app is not None and shiboken6.isValid(self._app):
            self._app.removeEventFilter(self)
        self._app = None

    @property
    def config(self) -> WedgeConfig:
        return self._decoder.config

    def set_config(self, config: WedgeConfig) -> None:
        """Apply new scanner settings (held keys are delivered first)."""
        self._apply(self._decoder.set_config(config))
        self._enabled = config.enabled
        self._arm()

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Off: every key goes straight to the widgets (held keys are delivered first)."""
        if not enabled:
            self.flush()
        self._enabled = enabled

    @property
    def holding(self) -> bool:
        return self._decoder.holding

    def flush(self) -> None:
        """Deliver any held keys now, e.g. before reading a field the cashier just typed in."""
        self._apply(self._decoder.flush())
        self._arm()

    # -- the filter -----------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        try:
            if kind == QEvent.Type.KeyPress:
                return self._press(obj, event)  # type: ignore[arg-type]
            if kind == QEvent.Type.KeyRelease:
                return self._release(obj, event)  # type: ignore[arg-type]
            if kind == QEvent.Type.ShortcutOverride:
                return self._override(obj, event)  # type: ignore[arg-type]
            if kind in _FLUSH_EVENTS and self._decoder.holding:
                self.flush()
        except Exception:  # a bug here must never eat the cashier's keyboard
            log.exception("wedge filter failed on %s", kind)
        return False

    def _mine(self, obj: QObject, event: QKeyEvent) -> bool:
        """True for the first delivery of a key event that is not one this filter re-sent."""
        if not self._enabled or not isinstance(obj, QWidget):
            return False
        if self._sending and shiboken6.getCppPointer(event)[0] in self._sending:
            return False
        grabber = QWidget.keyboardGrabber()
        if grabber is not None:
            return obj is grabber
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return obj is (popup.focusWidget() or popup)
        focus = QApplication.focusWidget()
        return obj is focus if focus is not None else obj.isWindow()

    def _key(self, event: QKeyEvent, held: _Held | None) -> Key:
        return Key(
            text=event.text(),
            name=key_name(event.key()),
            modified=bool(event.modifiers() & _CTRL_ALT_META),
            autorepeat=event.isAutoRepeat(),
            ref=held,
        )

    def _now(self, event: QKeyEvent) -> float:
        return self._mapper.map(self._clock(), event.timestamp())

    def _press(self, obj: QObject, event: QKeyEvent) -> bool:
        if not self._mine(obj, event):
            return False
        assert isinstance(obj, QWidget)
        held = _Held(obj, event)
        step = self._decoder.feed(self._key(event, held), self._now(event))
        self._late_retry = False
        self._apply(step.decisions)
        if step.hold:
            queue = self._releases.setdefault(held.code, deque(maxlen=64))
            queue.append(held)
        self._arm()
        return step.hold

    def _release(self, obj: QObject, event: QKeyEvent) -> bool:
        if not self._mine(obj, event):
            return False
        queue = self._releases.get(event.key())
        if not queue:
            return False
        held = queue.popleft()  # the release of a press this filter swallowed
        if held.state == "held":
            held.released = True
        return True

    def _override(self, obj: QObject, event: QKeyEvent) -> bool:
        if not self._decoder.holding or not self._mine(obj, event):
            return False
        if self._decoder.would_hold(self._key(event, None), self._now(event)):
            event.accept()  # "this widget wants the key": no shortcut steals it mid-scan
            return True
        return False

    # -- decisions ------------------------------------------------------------------------
    def _apply(self, decisions: Iterable[Decision]) -> None:
        for decision in decisions:
            if isinstance(decision, Scan | Absorbed):
                for key in decision.keys:
                    if isinstance(key.ref, _Held):
                        key.ref.state = "scanned"  # its release, when it comes, is swallowed
                if isinstance(decision, Scan):
                    self._scan_ready.emit(decision.text)
            else:
                for key in decision.keys:
                    if isinstance(key.ref, _Held):
                        self._replay(key.ref)

    def _replay(self, held: _Held) -> None:
        held.state = "replayed"
        if not held.released:
            queue = self._releases.get(held.code)
            if queue and held in queue:
                queue.remove(held)  # its real release is still to come: let it through
        widget = held.widget
        if not shiboken6.isValid(widget):
            return  # the field was closed meanwhile: nowhere to type into
        self._send(widget, held.event(QEvent.Type.KeyPress))
        if held.released and shiboken6.isValid(widget):
            self._send(widget, held.event(QEvent.Type.KeyRelease))

    def _send(self, widget: QWidget, event: QKeyEvent) -> None:
        address = shiboken6.getCppPointer(event)[0]
        self._sending.add(address)
        try:
            QCoreApplication.sendEvent(widget, event)
        finally:
            self._sending.discard(address)

    def _arm(self) -> None:
        deadline = self._decoder.deadline()
        if deadline is None:
            self._timer.stop()
            return
        self._timer.start(max(1, math.ceil(deadline - self._clock()) + 1))

    def _on_timer(self) -> None:
        deadline = self._decoder.deadline()
        if deadline is None:
            return
        now = self._clock()
        if now <= deadline:
            self._arm()
            return
        if now - deadline > LATE_MS and not self._late_retry:
            self._late_retry = True  # let key events queued during a stall arrive first
            self._timer.start(0)
            return
        self._late_retry = False
        self._apply(self._decoder.poll(now))
        self._arm()
