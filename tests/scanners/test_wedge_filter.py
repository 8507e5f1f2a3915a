"""The application-wide wedge filter with real widgets: scans never type into the focused widget,
people's typing arrives intact. Time is a fake clock the test advances, so gaps are exact."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pos_desktop.hardware.scanners.config import WedgeConfig
from pos_desktop.ui.wedge_filter import WedgeFilter, key_name

EAN = "4790000000017"


class FakeClock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


class KeyLog(QObject):
    """Records the key events a widget itself receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.events: list[tuple[str, str]] = []
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            self.events.append((event.type().name, event.text()))
        return False


@dataclass
class Form:
    window: QWidget
    search: QLineEdit
    quantity: QSpinBox
    table: QTableWidget
    button: QPushButton


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def wedge(qtbot: QtBot, clock: FakeClock) -> Iterator[WedgeFilter]:
    wedge = WedgeFilter(clock=clock)
    wedge.install()
    yield wedge
    wedge.uninstall()
    wedge.deleteLater()


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    window = QWidget()
    layout = QVBoxLayout(window)
    search = QLineEdit()
    search.setObjectName("search")
    quantity = QSpinBox()
    quantity.setObjectName("quantity")
    quantity.setRange(0, 1_000_000)
    quantity.setValue(1)
    table = QTableWidget(2, 2)
    table.setObjectName("cart")
    table.setItem(0, 0, QTableWidgetItem("Rice"))
    table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed)
    button = QPushButton("Pay")
    button.setObjectName("pay")
    for w in (search, quantity, table, button):
        layout.addWidget(w)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return Form(window, search, quantity, table, button)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def type_keys(widget: QWidget, clock: FakeClock, text: str, gap: float) -> None:
    for ch in text:
        clock.now += gap
        QTest.keyClicks(widget, ch)


def scan(widget: QWidget, clock: FakeClock, code: str, gap: float = 2) -> None:
    type_keys(widget, clock, code, gap)
    clock.now += gap
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_scan_into_a_focused_line_edit_leaves_it_empty_and_emits_the_code(
    qtbot: QtBot, wedge: WedgeFilter, form: Form, clock: FakeClock
) -> None:
    focus(qtbot, form.search)
    log = KeyLog(form.search)
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
        scan(form.search, clock, EAN)
    assert signal.args == [EAN]
    assert form.search.text() == ""
    assert log.events == []  # not one press or release reached the widget
    assert not wedge.holding


def test_scan_while_the_quantity_spin_box_has_focus_leaves_the_quantity(
    qtbot: QtBot, wedge: WedgeFilter, form: Form, clock: FakeClock
) -> None:
    focus(qtbot, form.quantity)
    codes: list[str] = []
    wedge.scanned.connect(codes.append)
    for code in (EAN, "4790000000024", "LC12345678"):
        scan(form.quantity, clock, code, gap=3)
        clock.now += 400
    qtbot.waitUntil(lambda: len(codes) == 3)
    assert codes == [EAN, "4790000000024", "LC12345678"]
    assert form.quantity.value() == 1 and form.quantity.text() == "1"


def test_scan_on_a_table_or_a_button_opens_no_editor_and_clicks_nothing(
    qtbot: QtBot, wedge: WedgeFilter, form: Form, clock: FakeClock
) -> None:
    form.table.setCurrentCell(0, 0)
    focus(qtbot, form.table)
    with qtbot.waitSignal(wedge.scanned, timeout=2000):
        scan(form.table, clock, EAN)
    assert form.table.state() != QAbstractItemView.State.EditingState
    item = form.table.item(0, 0)
    assert item is not None and item.text() == "Rice"
    clicks: list[bool] = []
    form.button.clicked.connect(lambda: clicks.append(True))
    focus(qtbot, form.button)
    with qtbot.waitSignal(wedge.scanned, timeout=2000):
        scan(form.button, clock, "S01-T01-000001")
    assert clicks == []


def test_scan_in_a_dialog_does_not_press_its_default_button(
    qtbot: QtBot, wedge: WedgeFilter, clock: FakeClock
) -> None:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    field = QLineEdit()
    field.setObjectName("reference")
    ok = QPushButton("OK")
    ok.setDefault(True)
    ok.clicked.connect(dialog.accept)
    layout.addWidget(field)
    layout.addWidget(ok)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    focus(qtbot, field)
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
        scan(field, clock, EAN)
        clock.now += 1
        QTest.keyClick(field, Qt.Key.Key_Return)  # a scanner set to end codes with CR+LF
    assert signal.args == [EAN]
    assert field.text() == "" and dialog.isVisible() and dialog.result() == 0
    # A person pressing Enter still accepts the dialog.
    clock.now += 500
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_slow_typing_reaches_the_widget_intact_after_the_gap_timer(
    qtbot: QtBot, wedge: WedgeFilter, form: Form, clock: FakeClock
) -> None:
    focus(qtbot, form.search)
    type_keys(form.search, clock, "Rice 5k", 150)
    clock.now += 150
    qtbot.waitUntil(lambda: form.search.text() == "Rice 5k", timeout=2000)
    assert not wedge.holding


def test_typed_quantity_then_enter_arrives_in_order(
    qtbot: QtBot, wedge: WedgeFilter, form: Form, clock: FakeClock
) -> None:
    focus(qtbot, form.quantity)
    form.quantity.selectAll()
    entered: list[int] = []
    form.quantity.editingFinished.connect(lambda: entered.append(form.quantity.value()))
    type_keys(form.quantity, clock, "12", 15)  # rolled over on the number pad: 15 ms apart
    clock.now += 120
    QTest.keyClick(form.quantity, Qt.Key.Key_Return)  # releases "12" first, then Enter
    assert form.quantity.value() == 12
    assert entered == [12]


def test_typing_then_a_scan_keeps_the_typing_and_routes_the_scan(
    qtbot: QtBot, wedge: WedgeFilter, form: Form, clock: FakeClock
) -> None:
    focus(qtbot, form.search)
    type_keys(form.search, clock, "3", 100)
    clock.now += 200
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
        scan(form.search, clock, EAN)
    assert signal.args == [EAN] and form.search.text() == "3"


def test_held_keys_go_to_the_widget_that_had_focus(
    qtbot: QtBot, wedge: WedgeFilter, form: Form, clock: FakeClock
) -> None:
    focus(qtbot, form.search)
    log = KeyLog(form.search)
    type_keys(form.search, clock, "7", 10)
    assert wedge.holding and form.search.text() == ""
    focus(qtbot, form.quantity)
    clock.now += 100
    qtbot.waitUntil(lambda: form.search.text() == "7", timeout=2000)
    assert form.quantity.value() == 1
    assert log.events == [("KeyPress", "7"), ("KeyRelease", "7")]  # a whole key stroke


def test_mouse_click_delivers_held_keys_first(
    qtbot: QtBot, wedge: WedgeFilter, form: Form, clock: FakeClock
) -> None:
    focus(qtbot, form.search)
    type_keys(form.search, clock, "9", 10)
    QTest.mouseClick(form.button, Qt.MouseButton.LeftButton)
    assert form.search.text() == "9" and not wedge.holding


def test_a_ui_stall_in_the_middle_of_a_scan_is_still_a_scan(
    qtbot: QtBot, wedge: WedgeFilter, form: Form, clock: FakeClock
) -> None:
    focus(qtbot, form.search)
    codes: list[str] = []
    wedge.scanned.connect(codes.append)
    keys = [(Qt.Key(ord(ch)), ch) for ch in EAN] + [(Qt.Key.Key_Return, "\r")]
    for i, (key, text) in enumerate(keys):
        clock.now += 80 if i == 6 else 0.2  # the UI thread was busy for 80 ms mid-scan
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            event.setTimestamp(700_000 + 3 * i)  # when the keys were really pressed
            QApplication.sendEvent(form.search, event)
    qtbot.waitUntil(lambda: codes == [EAN], timeout=2000)
    assert form.search.text() == ""


def test_a_single_key_shortcut_cannot_steal_a_character_mid_scan(
    qtbot: QtBot, wedge: WedgeFilter, form: Form, clock: FakeClock
) -> None:
    fired: list[bool] = []
    action = QAction("minus", form.window)
    action.setShortcut(QKeySequence("-"))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda: fired.append(True))
    form.window.addAction(action)
    focus(qtbot, form.button)  # a button does not claim "-" for itself
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
        scan(form.button, clock, "S01-T01-000123")
    assert signal.args == ["S01-T01-000123"] and fired == []
    clock.now += 500
    QTest.keyClicks(form.button, "-")  # typed on its own, the shortcut still works
    assert fired == [True]


def test_disabled_filter_lets_everything_through(
    qtbot: QtBot, wedge: WedgeFilter, form: Form, clock: FakeClock
) -> None:
    focus(qtbot, form.search)
    type_keys(form.search, clock, "12", 100)
    wedge.set_enabled(False)
    assert form.search.text() == "12"  # held keys were delivered on disabling
    scan(form.search, clock, EAN)
    assert form.search.text() == "12" + EAN
    wedge.set_enabled(True)
    wedge.set_config(WedgeConfig(prefix="#"))
    type_keys(form.search, clock, "5", 100)
    assert form.search.text().endswith("5") and not wedge.holding  # no delay with a prefix


def test_replay_to_a_deleted_widget_is_dropped_quietly(
    qtbot: QtBot, wedge: WedgeFilter, clock: FakeClock
) -> None:
    window = QWidget()
    field = QLineEdit(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    focus(qtbot, field)
    type_keys(field, clock, "4", 10)
    field.deleteLater()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not field, timeout=2000)
    wedge.flush()
    assert not wedge.holding


def test_key_names() -> None:
    assert key_name(Qt.Key.Key_Return) == key_name(Qt.Key.Key_Enter) == "Enter"
    assert key_name(Qt.Key.Key_Tab) == "Tab"
    assert key_name(Qt.Key.Key_F2) == "F2"
    assert key_name(Qt.Key.Key_Shift) == "Shift"
    assert key_name(Qt.Key.Key_5) == "" and key_name(Qt.Key.Key_unknown) == ""
