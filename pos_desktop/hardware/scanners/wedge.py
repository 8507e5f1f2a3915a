"""Keyboard-wedge decoding: tell a barcode scan from a person typing by the time between keys.

A wedge scanner pretends to be a keyboard. It types a code a character every 1-10 ms and ends
it with a suffix (Enter by default); people type a key every 80 ms or more. The decoder sees
every key press with its time and decides, key by key:

- a character that could start a scan is *held back* (``Step.hold``) for up to one gap interval;
- more characters within the gap join the burst (still held);
- the suffix within the gap, with at least ``min_length`` characters, makes a ``Scan``: every
  key of the burst is consumed and nothing reaches the focused widget;
- anything else (a slow gap, a timeout with no suffix, a function key, Ctrl+something, an
  auto-repeated key, a too short burst) turns the held keys into a ``Replay``: the caller
  delivers them, unchanged and in order, to the widget they were meant for.

Nothing is ever lost or reordered (modifier keys aside, see below): every key fed is either
delivered (passed straight through, or replayed before any later key) or consumed by exactly
one scan (the property tests check it).

Choices worth knowing:
- Only a printable ASCII character (or the configured prefix's first character) starts a burst;
  space, Sinhala/Tamil letters and other non-ASCII text pass at once, so people typing names
  are never delayed. Inside a burst any plain character joins it, including control characters
  and non-ASCII from a scanner set to the wrong keyboard layout, so that garbage becomes a
  rejected scan with a message instead of text in a quantity field.
- With a prefix configured, only its first character is ever held: typing is not delayed at all.
- Modifier keys alone (Shift, which scanners press for capitals) neither break nor join a burst;
  they pass at once, possibly ahead of held characters (they type nothing, and a replayed key
  carries the modifiers it was pressed with).
- Auto-repeat (a key held down) is always a person, even though it repeats faster than the gap.
- A burst without the suffix is a person after all (two keys rolled over on a number pad): it is
  replayed when the gap runs out. With an empty suffix the burst is a scan instead.
- One more suffix key within the gap after a scan (CR+LF, Tab+Enter) is ``Absorbed``.

Times are milliseconds from any monotonic clock. ``EventTimeMapper`` turns a window system's
per-event timestamps into that clock so a UI-thread stall in the middle of a scan does not look
like a slow gap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Final

from pos_desktop.hardware.scanners.config import WedgeConfig

MODIFIER_NAMES: Final = frozenset(
    {"Shift", "Control", "Alt", "Meta", "AltGr", "CapsLock", "NumLock", "Super_L", "Super_R"}
)


@dataclass(frozen=True, eq=False, slots=True)
class Key:
    """One key press as the decoder needs it.

    ``text`` is the character it types ("" for none); ``name`` is "" for a character key, else
    the key's name ("Enter", "Tab", "Escape", "F2", "Shift"...); ``modified`` means Ctrl, Alt
    or Meta was held. ``ref`` is the caller's handle for replaying it (compared by identity).
    """

    text: str = ""
    name: str = ""
    modified: bool = False
    autorepeat: bool = False
    ref: Any = field(default=None, compare=False)

    @classmethod
    def char(cls, text: str, *, ref: Any = None, autorepeat: bool = False) -> Key:
        return cls(text=text, ref=ref, autorepeat=autorepeat)

    @classmethod
    def named(cls, name: str, *, text: str = "", modified: bool = False, ref: Any = None) -> Key:
        return cls(text=text, name=name, modified=modified, ref=ref)


@dataclass(frozen=True, slots=True)
class Scan:
    """A scanned code (prefix and suffix removed) and every key it consumed."""

    text: str
    keys: tuple[Key, ...]


@dataclass(frozen=True, slots=True)
class Replay:
    """Held keys that were typed by a person: deliver them now, in this order."""

    keys: tuple[Key, ...]


@dataclass(frozen=True, slots=True)
class Absorbed:
    """A second suffix right after a scan (scanners set to send CR+LF or Tab+Enter): it belongs
    to that scan and is swallowed, so it cannot press a default button."""

    keys: tuple[Key, ...]


Decision = Scan | Replay | Absorbed


@dataclass(frozen=True, slots=True)
class Step:
    """What feeding one key decided. Apply ``decisions`` in order; then, unless ``hold``, let
    the key itself through (it comes after anything replayed)."""

    decisions: tuple[Decision, ...]
    hold: bool


class _Kind(Enum):
    MODIFIER = "modifier"  # ignored: neither joins nor breaks a burst
    SUFFIX = "suffix"
    CHAR = "char"  # a plain character: may join (or start) a burst
    OTHER = "other"  # breaks any burst and passes


class WedgeDecoder:
    """The pure state machine. Feed every key press with ``feed``; call ``poll`` when
    ``deadline()`` has passed (a timer); ``flush`` replays everything held (focus lost...)."""

    def __init__(self, config: WedgeConfig | None = None) -> None:
        self._config = config or WedgeConfig()
        self._keys: list[Key] = []
        self._last = 0.0
        self._scan_end: float | None = None  # when the last scan's suffix came

    @property
    def config(self) -> WedgeConfig:
        return self._config

    def set_config(self, config: WedgeConfig) -> tuple[Decision, ...]:
        """Use new settings; anything held under the old ones is replayed."""
        out = self.flush()
        self._config = config
        return out

    @property
    def holding(self) -> bool:
        return bool(self._keys)

    @property
    def pending(self) -> tuple[Key, ...]:
        return tuple(self._keys)

    def deadline(self) -> float | None:
        """When the held burst times out (poll after this), or None when nothing is held."""
        return self._last + self._config.max_gap_ms if self._keys else None

    # -- classification -------------------------------------------------------------------
    def _kind(self, key: Key) -> _Kind:
        if key.name in MODIFIER_NAMES:
            return _Kind.MODIFIER
        if key.autorepeat:
            return _Kind.OTHER
        if key.modified:
            # Ctrl+B is how a wedge types STX: only a configured prefix may use such keys.
            control = len(key.text) == 1 and key.text < " " and key.text in self._config.prefix
            return _Kind.CHAR if control else _Kind.OTHER
        suffix = self._config.suffix
        if key.name:
            return _Kind.SUFFIX if key.name in suffix else _Kind.OTHER
        if len(key.text) != 1:
            return _Kind.OTHER
        return _Kind.SUFFIX if key.text in suffix else _Kind.CHAR

    def _starts(self, ch: str) -> bool:
        prefix = self._config.prefix
        if prefix:
            return ch == prefix[0]
        return " " < ch < "\x7f"

    def _body(self) -> str:
        return "".join(k.text for k in self._keys)[len(self._config.prefix) :]

    def _is_scan(self) -> bool:
        prefix = self._config.prefix
        return len(self._keys) - len(prefix) >= self._config.min_length

    # -- decisions ------------------------------------------------------------------------
    def _take(self) -> tuple[Key, ...]:
        keys = tuple(self._keys)
        self._keys.clear()
        return keys

    def _timeout(self) -> Decision:
        if not self._config.suffix and self._is_scan():
            text = self._body()
            return Scan(text, self._take())
        return Replay(self._take())

    def poll(self, now_ms: float) -> tuple[Decision, ...]:
        """Release a burst whose gap has run out (call from a timer at ``deadline()``)."""
        if self._keys and now_ms - self._last > self._config.max_gap_ms:
            return (self._timeout(),)
        return ()

    def flush(self) -> tuple[Decision, ...]:
        """Replay whatever is held, now (the window lost focus, a mouse click, disabling)."""
        return (Replay(self._take()),) if self._keys else ()

    def _trailer(self, kind: _Kind, now_ms: float) -> bool:
        end = self._scan_end
        return (
            kind is _Kind.SUFFIX
            and not self._keys
            and end is not None
            and now_ms - end <= self._config.max_gap_ms
        )

    def would_hold(self, key: Key, now_ms: float) -> bool:
        """Whether ``feed(key, now_ms)`` would hold the key back (no state is changed)."""
        kind = self._kind(key)
        if self._trailer(kind, now_ms):
            return True
        within = bool(self._keys) and now_ms - self._last <= self._config.max_gap_ms
        if kind is _Kind.SUFFIX:
            return within and self._is_scan()
        if kind is not _Kind.CHAR:
            return False
        if within:
            prefix = self._config.prefix
            n = len(self._keys)
            return n >= len(prefix) or key.text == prefix[n] or self._starts(key.text)
        return self._starts(key.text)

    def feed(self, key: Key, now_ms: float) -> Step:
        """Decide about one key press at ``now_ms`` (see the module notes)."""
        out: list[Decision] = []
        if self._keys and now_ms - self._last > self._config.max_gap_ms:
            out.append(self._timeout())  # the timer was late: the old burst ended first
        kind = self._kind(key)
        if kind is _Kind.MODIFIER:
            return Step(tuple(out), hold=False)
        if self._trailer(kind, now_ms):
            self._scan_end = None
            return Step((*out, Absorbed((key,))), hold=True)
        self._scan_end = None
        if self._keys:
            if kind is _Kind.SUFFIX:
                if self._is_scan():
                    text = self._body()
                    self._keys.append(key)
                    out.append(Scan(text, self._take()))
                    self._scan_end = now_ms
                    return Step(tuple(out), hold=True)
                out.append(Replay(self._take()))
                return Step(tuple(out), hold=False)
            if kind is _Kind.OTHER:
                out.append(Replay(self._take()))
                return Step(tuple(out), hold=False)
            prefix = self._config.prefix
            n = len(self._keys)
            if n >= len(prefix) or key.text == prefix[n]:
                self._keys.append(key)
                self._last = now_ms
                return Step(tuple(out), hold=True)
            out.append(Replay(self._take()))  # not the configured prefix: a person typing
        if kind is _Kind.CHAR and self._starts(key.text):
            self._keys.append(key)
            self._last = now_ms
            return Step(tuple(out), hold=True)
        return Step(tuple(out), hold=False)


class EventTimeMapper:
    """Map per-event timestamps from the window system onto the caller's monotonic clock.

    Key events carry the time the key was pressed (X11, Windows and macOS give milliseconds
    on their own clock). If the UI thread stalls in the middle of a scan, the rest of the scan
    is processed late all at once; measured on arrival, the stall would look like a slow gap
    and half a barcode would be typed into a field. Measured on the event's own time, the gaps
    stay 1-10 ms. The smallest (clock - event time) offset seen is the one with no queueing
    delay; it is re-based when the event clock jumps (wrap-around, another device).
    """

    REBASE_MS: Final = 10_000.0

    def __init__(self) -> None:
        self._offset: float | None = None

    def map(self, now_ms: float, event_ms: float | int | None) -> float:
        if not event_ms:
            return now_ms  # synthetic events carry no time: use arrival
        offset = now_ms - float(event_ms)
        if self._offset is None or offset < self._offset or offset - self._offset > self.REBASE_MS:
            self._offset = offset
        return min(now_ms, float(event_ms) + self._offset)
