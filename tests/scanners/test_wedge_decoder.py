"""The keyboard-wedge decoder (pure): scans versus people typing, by the time between keys."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_desktop.core.errors import ValidationError
from pos_desktop.hardware.scanners.config import WedgeConfig
from pos_desktop.hardware.scanners.wedge import (
    MODIFIER_NAMES,
    Absorbed,
    EventTimeMapper,
    Key,
    Replay,
    Scan,
    WedgeDecoder,
)

Events = list[tuple[Key, float]]


def typed(text: str, start: float, gap: float) -> Events:
    return [(Key.char(ch), start + i * gap) for i, ch in enumerate(text)]


def scan_keys(code: str, start: float, gap: float = 2, suffix: str = "Enter") -> Events:
    keys = typed(code, start, gap)
    return [*keys, (Key.named(suffix), start + len(code) * gap)]


class Run:
    """Drive a decoder as the Qt filter does: feed keys, fire the gap timer when it is due."""

    def __init__(self, decoder: WedgeDecoder, *, timer: bool = True) -> None:
        self.decoder = decoder
        self.timer = timer
        self.delivered: list[Key] = []
        self.scans: list[Scan] = []
        self.absorbed: list[Key] = []
        self.holds: list[bool] = []

    def apply(self, decisions: Iterable[Scan | Replay | Absorbed]) -> None:
        for decision in decisions:
            if isinstance(decision, Scan):
                self.scans.append(decision)
            elif isinstance(decision, Absorbed):
                self.absorbed.extend(decision.keys)
            else:
                self.delivered.extend(decision.keys)

    def tick(self, until: float) -> None:
        deadline = self.decoder.deadline()
        if self.timer and deadline is not None and deadline + 1 <= until:
            self.apply(self.decoder.poll(deadline + 1))

    def feed(self, events: Sequence[tuple[Key, float]]) -> Run:
        for key, at in events:
            self.tick(at)
            step = self.decoder.feed(key, at)
            self.holds.append(step.hold)
            self.apply(step.decisions)
            if not step.hold:
                self.delivered.append(key)
        return self

    def finish(self) -> Run:
        deadline = self.decoder.deadline()
        if deadline is not None:
            self.apply(self.decoder.poll(deadline + 1))
        return self

    @property
    def codes(self) -> list[str]:
        return [s.text for s in self.scans]

    @property
    def text(self) -> str:
        return "".join(k.text for k in self.delivered if not k.name)


def run(events: Events, config: WedgeConfig | None = None) -> Run:
    return Run(WedgeDecoder(config)).feed(events).finish()


# -- scans ------------------------------------------------------------------------------------


def test_fast_burst_with_enter_is_a_scan_and_nothing_is_delivered() -> None:
    r = run(scan_keys("4790000000017", 1000))
    assert r.codes == ["4790000000017"]
    assert r.delivered == []
    assert all(r.holds)


@pytest.mark.parametrize("gap", [1, 5, 10, 35])
def test_any_gap_up_to_the_threshold_is_a_scan(gap: float) -> None:
    assert run(scan_keys("S01-T01-000001", 0, gap)).codes == ["S01-T01-000001"]


def test_tab_suffix_and_a_custom_character_suffix() -> None:
    assert run(scan_keys("LC12345678", 0, 3, suffix="Tab")).codes == ["LC12345678"]
    config = WedgeConfig(suffix=("\x03",))
    events = [*typed("12345678", 0, 2), (Key.char("\x03"), 16)]
    assert run(events, config).codes == ["12345678"]
    # Enter is not a suffix under that set-up: the burst is replayed and Enter passes.
    r = run(scan_keys("12345678", 0, 2), config)
    assert r.codes == [] and r.text == "12345678" and r.delivered[-1].name == "Enter"


def test_a_second_suffix_right_after_a_scan_is_absorbed() -> None:
    crlf = [*scan_keys("4790000000017", 0), (Key.named("Enter"), 27.5)]  # CR then LF
    r = run(crlf)
    assert r.codes == ["4790000000017"] and r.delivered == [] and len(r.absorbed) == 1
    tab_enter = [*scan_keys("4790000000017", 0, suffix="Tab"), (Key.named("Enter"), 28)]
    assert run(tab_enter).delivered == []
    # Only one, only right away: a person's Enter afterwards goes through.
    later = [*crlf, (Key.named("Enter"), 29)]
    assert run(later).delivered == [later[-1][0]]
    slow = [*scan_keys("4790000000017", 0), (Key.named("Enter"), 200)]
    assert run(slow).delivered == [slow[-1][0]]


def test_scan_keys_are_exactly_the_burst_in_order() -> None:
    events = scan_keys("4790000000017", 500)
    r = run(events)
    assert list(r.scans[0].keys) == [k for k, _ in events]


def test_shift_from_the_scanner_neither_breaks_nor_joins_a_burst() -> None:
    shift = Key.named("Shift")
    events: Events = [(shift, 0), (Key.char("L"), 1), (shift, 2), (Key.char("C"), 3)]
    events += [*typed("12345678", 5, 2), (Key.named("Enter"), 25)]
    r = run(events)
    assert r.codes == ["LC12345678"]
    assert r.delivered == [shift, shift]  # modifier presses go straight through


def test_garbage_inside_a_burst_becomes_part_of_the_scan_not_of_a_field() -> None:
    # A scanner on a French layout types "&é\"'(" for 12345; a GS1 code carries \x1d.
    assert run(scan_keys("&é\"'(§è!çà", 0)).codes == ["&é\"'(§è!çà"]
    assert run(scan_keys("0104790000\x1d10AB", 0)).codes == ["0104790000\x1d10AB"]
    assert run(scan_keys("ABC 123 XY", 0)).codes == ["ABC 123 XY"]


def test_scan_right_after_human_typing_keeps_both() -> None:
    events = typed("12", 0, 150) + scan_keys("4790000000017", 500)
    r = run(events)
    assert r.text == "12" and r.codes == ["4790000000017"]


def test_back_to_back_scans() -> None:
    events = scan_keys("4790000000017", 0) + scan_keys("4790000000024", 60)
    assert run(events).codes == ["4790000000017", "4790000000024"]


def test_late_timer_still_separates_a_burst_from_the_next() -> None:
    # No timer fired between the two (a busy UI thread): feed() ends the old burst itself.
    decoder = WedgeDecoder()
    r = Run(decoder, timer=False).feed(typed("12", 0, 10) + scan_keys("47900000", 200))
    assert r.text == "12" and r.codes == ["47900000"]


# -- people typing ----------------------------------------------------------------------------


def test_slow_typing_is_held_one_gap_then_delivered_in_order() -> None:
    decoder = WedgeDecoder()
    step = decoder.feed(Key.char("5"), 1000)
    assert step.hold and step.decisions == ()
    assert decoder.deadline() == 1035
    assert decoder.poll(1035) == ()  # a gap of exactly the threshold still belongs to a burst
    (replay,) = decoder.poll(1035.5)
    assert isinstance(replay, Replay) and [k.text for k in replay.keys] == ["5"]
    assert not decoder.holding and decoder.deadline() is None


def test_human_typing_reaches_the_widget_unchanged() -> None:
    r = run([*typed("Nimal 0771234567", 0, 120), (Key.named("Enter"), 2000)])
    assert r.text == "Nimal 0771234567" and r.codes == []
    assert r.delivered[-1].name == "Enter"


def test_number_pad_rollover_is_not_a_scan() -> None:
    # Two keys 15 ms apart (rolled over), then the cashier presses Enter a moment later.
    events: Events = [(Key.char("1"), 0), (Key.char("2"), 15), (Key.named("Enter"), 120)]
    r = run(events)
    assert r.codes == [] and r.text == "12" and r.delivered[-1].name == "Enter"


def test_fast_but_short_burst_with_enter_is_replayed_with_enter_last() -> None:
    events = [*typed("123", 0, 20), (Key.named("Enter"), 60)]
    r = run(events)  # min_length 6
    assert r.codes == [] and [k.text or k.name for k in r.delivered] == ["1", "2", "3", "Enter"]


def test_burst_without_suffix_is_replayed_at_the_timeout() -> None:
    r = run(typed("12345678", 0, 3))
    assert r.codes == [] and r.text == "12345678"


def test_interrupted_scan_first_part_is_replayed_second_part_scanned() -> None:
    events = typed("47900", 0, 2) + scan_keys("00000017", 300)
    r = run(events)
    assert r.text == "47900" and r.codes == ["00000017"]


def test_enter_alone_function_keys_and_shortcuts_pass_at_once() -> None:
    decoder = WedgeDecoder()
    for key in (Key.named("Enter"), Key.named("F2"), Key.named("Escape"), Key.named("Tab")):
        assert decoder.feed(key, 0).hold is False
    assert decoder.feed(Key(text="\x03", modified=True), 0).hold is False  # Ctrl+C


def test_function_key_or_ctrl_breaks_a_burst_and_comes_after_it() -> None:
    for breaker in (Key.named("F12"), Key(text="s", modified=True), Key.named("Backspace")):
        burst = typed("1234567", 0, 2)
        r = run([*burst, (breaker, 16)])
        assert r.codes == [] and r.delivered[:-1] == [k for k, _ in burst]
        assert r.delivered[-1] is breaker


def test_non_ascii_space_and_sinhala_are_never_delayed() -> None:
    decoder = WedgeDecoder()
    for ch in (" ", "é", "ක", "த"):
        assert decoder.feed(Key.char(ch), 0).hold is False


def test_auto_repeat_is_a_person_even_when_faster_than_the_gap() -> None:
    events: Events = [(Key.char("0"), 0)]
    events += [(Key.char("0", autorepeat=True), 500 + 30 * i) for i in range(10)]
    events.append((Key.named("Enter"), 820))
    r = run(events)
    assert r.codes == [] and r.text == "0" * 11


def test_clock_going_backwards_does_not_break_a_scan() -> None:
    events = [*typed("4790000", 100, 2), *typed("000017", 90, 1), (Key.named("Enter"), 97)]
    assert run(events).codes == ["4790000000017"]


# -- prefix -----------------------------------------------------------------------------------


def test_prefix_is_required_and_stripped_and_typing_is_not_delayed() -> None:
    config = WedgeConfig(prefix="]C")
    decoder = WedgeDecoder(config)
    assert decoder.feed(Key.char("5"), 0).hold is False  # only "]" could start a scan
    r = run(scan_keys("]C4790000000017", 0), config)
    assert r.codes == ["4790000000017"]
    r = run(scan_keys("4790000000017", 0), config)  # no prefix: not a scan
    assert r.codes == [] and r.text == "4790000000017"


def test_prefix_mismatch_replays_and_restarts() -> None:
    config = WedgeConfig(prefix="]C")
    r = run([(Key.char("]"), 0), (Key.char("X"), 2), (Key.char("]"), 4)], config)
    assert r.codes == [] and r.text == "]X]"
    r = run([(Key.char("]"), 0), *scan_keys("]C12345678", 3)], config)
    assert r.text == "]" and r.codes == ["12345678"]


def test_ctrl_b_stx_prefix_from_a_wedge() -> None:
    config = WedgeConfig(prefix="\x02")
    stx = Key(text="\x02", modified=True)
    r = run([(stx, 0), *scan_keys("12345678", 2)], config)
    assert r.codes == ["12345678"]
    # Without that prefix configured, Ctrl+B is an ordinary shortcut.
    assert WedgeDecoder().feed(stx, 0).hold is False


def test_min_length_counts_the_code_without_prefix() -> None:
    config = WedgeConfig(prefix="#", min_length=4)
    assert run(scan_keys("#1234", 0), config).codes == ["1234"]
    assert run(scan_keys("#123", 0), config).codes == []


# -- no suffix, configuration -----------------------------------------------------------------


def test_empty_suffix_ends_a_scan_at_the_timeout() -> None:
    config = WedgeConfig(suffix=())
    assert run(typed("4790000000017", 0, 2), config).codes == ["4790000000017"]
    r = run(typed("12", 0, 2), config)
    assert r.codes == [] and r.text == "12"
    r = run([*typed("4790000000017", 0, 2), (Key.named("Enter"), 26)], config)
    assert r.codes == [] and r.text == "4790000000017"  # Enter is an ordinary key here


def test_set_config_and_flush_replay_what_is_held() -> None:
    decoder = WedgeDecoder()
    decoder.feed(Key.char("4"), 0)
    (replay,) = decoder.set_config(WedgeConfig(max_gap_ms=50))
    assert isinstance(replay, Replay) and decoder.config.max_gap_ms == 50
    decoder.feed(Key.char("7"), 0)
    assert [k.text for k in decoder.flush()[0].keys] == ["7"]
    assert decoder.flush() == ()


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_gap_ms": 2},
        {"max_gap_ms": 1000},
        {"min_length": 0},
        {"prefix": "123456789"},
        {"suffix": ("Escape",)},
        {"suffix": ("A",)},
        {"prefix": "#", "suffix": ("#",)},
    ],
)
def test_bad_wedge_settings_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        WedgeConfig(**kwargs)  # type: ignore[arg-type]


# -- event time mapping -----------------------------------------------------------------------


def test_event_time_mapper_hides_a_stall_in_the_middle_of_a_scan() -> None:
    mapper = EventTimeMapper()
    # Keys pressed 2 ms apart (event clock); the UI thread stalls 80 ms after the fifth.
    arrival = [10.0, 12.0, 14.0, 16.0, 18.0, 100.0, 100.1, 100.2]
    pressed = [5000 + 2 * i for i in range(8)]
    times = [mapper.map(a, p) for a, p in zip(arrival, pressed, strict=True)]
    assert max(b - a for a, b in itertools.pairwise(times)) == pytest.approx(2)
    assert all(t <= a for t, a in zip(times, arrival, strict=True))
    assert mapper.map(200.0, 0) == 200.0  # synthetic events: arrival time
    assert mapper.map(300.0, 10**9) == 300.0  # the event clock jumped: re-based


# -- properties -------------------------------------------------------------------------------

KEYS = st.one_of(
    st.sampled_from("0123456789AZaz-.é ක\x1d").map(Key.char),
    st.sampled_from(["Enter", "Tab", "Escape", "F2", "Shift", "Backspace"]).map(Key.named),
    st.just(None).map(lambda _: Key(text="c", modified=True)),
    st.sampled_from("05").map(lambda c: Key.char(c, autorepeat=True)),
)


@st.composite
def timed_keys(draw: st.DrawFn) -> Events:
    keys = draw(st.lists(KEYS, max_size=40))
    gaps = draw(st.lists(st.integers(0, 200), min_size=len(keys), max_size=len(keys)))
    t, out = 0.0, []
    for key, gap in zip(keys, gaps, strict=True):
        t += gap
        out.append((key, t))
    return out


CONFIGS = st.sampled_from(
    [WedgeConfig(), WedgeConfig(suffix=()), WedgeConfig(prefix="]C"), WedgeConfig(min_length=1)]
)


def _is_subsequence(part: list[Key], whole: list[Key]) -> bool:
    it = iter(whole)
    return all(any(k is w for w in it) for k in part)


@settings(max_examples=300, deadline=None)
@given(events=timed_keys(), config=CONFIGS, timer=st.booleans())
def test_every_key_is_delivered_in_order_or_consumed_by_one_scan(
    events: Events, config: WedgeConfig, timer: bool
) -> None:
    r = Run(WedgeDecoder(config), timer=timer).feed(events).finish()
    fed = [k for k, _ in events]
    consumed = [k for s in r.scans for k in s.keys] + r.absorbed
    assert sorted(map(id, r.delivered + consumed)) == sorted(map(id, fed))
    # Nothing is reordered, except modifier presses: they type nothing and pass at once.
    typing = [k for k in fed if k.name not in MODIFIER_NAMES]
    assert _is_subsequence([k for k in r.delivered if k.name not in MODIFIER_NAMES], typing)
    for s in r.scans:  # a scan is a contiguous run of the input, its text from its keys
        start = next(i for i, k in enumerate(fed) if k is s.keys[0])
        assert all(a is b for a, b in zip(s.keys, fed[start:], strict=False))
        chars = "".join(k.text for k in s.keys if not k.name)
        assert chars.startswith(config.prefix)
        assert s.text in chars and len(s.text) >= config.min_length


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.characters(min_codepoint=32, max_codepoint=0x0DFF), max_size=30))
def test_people_typing_slower_than_the_gap_never_make_a_scan(text: str) -> None:
    events = [*typed(text, 0, 36), (Key.named("Enter"), 36 * len(text) + 36)]
    r = run(events)
    assert r.codes == []
    assert r.delivered == [k for k, _ in events]


@settings(max_examples=200, deadline=None)
@given(
    before=st.text("0123456789abc", max_size=8),
    code=st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=6, max_size=30),
    after=st.text("0123456789abc", max_size=8),
    gaps=st.lists(st.integers(1, 35), min_size=31, max_size=31),
    human_gap=st.integers(80, 400),
)
def test_a_scan_between_human_typing_is_found_exactly(
    before: str, code: str, after: str, gaps: list[int], human_gap: int
) -> None:
    events = typed(before, 0, human_gap)
    t = human_gap * (len(before) + 1)
    for ch, gap in zip(code, gaps, strict=False):
        t += gap
        events.append((Key.char(ch), t))
    t += gaps[-1]
    events.append((Key.named("Enter"), t))
    events += typed(after, t + human_gap, human_gap)
    r = run(events)
    assert r.codes == [code]
    assert r.text == before + after


@settings(max_examples=300, deadline=None)
@given(history=timed_keys(), key=KEYS, gap=st.integers(0, 100), config=CONFIGS)
def test_would_hold_predicts_feed(history: Events, key: Key, gap: int, config: WedgeConfig) -> None:
    decoder = WedgeDecoder(config)
    Run(decoder, timer=False).feed(history)
    now = (history[-1][1] if history else 0) + gap
    predicted = decoder.would_hold(key, now)
    assert decoder.feed(key, now).hold is predicted
