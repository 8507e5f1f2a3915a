"""The main window: a stack of screens, role-aware menus and the status bar. No business logic.

Screens are plain QWidgets built by factories (see ``ui/screens.py``). A screen may define
``on_shown()`` (called each time it is shown) and ``on_changed(changes)`` (called after any
service call that wrote something). Menu actions carry the permission they need; the shell
shows only what the signed-in role may do (the services enforce it regardless).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import Actor, Changes
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.qt_strings import role_label

ScreenFactory = Callable[[UiContext, "Shell"], QWidget]


class Shell(QMainWindow):
    screen_created = Signal(str, object)  # (name, widget): lets others wire to a new screen

    def __init__(self, ui: UiContext, factories: dict[str, ScreenFactory]) -> None:
        super().__init__()
        self.ui = ui
        self.setWindowTitle("POS")
        self.setMinimumSize(1024, 700)
        self._stack = QStackedWidget()
        self.setCentralWidget(self._stack)
        self._factories = factories
        self._screens: dict[str, QWidget] = {}
        self._carried: dict[str, object] = {}  # state handed from a screen to its rebuild
        self._guarded: list[tuple[QAction | QMenu, Permission | None]] = []
        self._user_label = QLabel()
        self._status_label = QLabel()
        self._status_label.setObjectName("statusMessage")
        self.statusBar().addWidget(self._status_label, 1)
        self.statusBar().addPermanentWidget(self._user_label)
        ui.actor_changed.connect(self._on_actor)
        ui.changed.connect(self._on_changed)
        ui.message.connect(self.show_message)
        self._on_actor(None)

    # -- screens ---------------------------------------------------------------------------
    def screen_widget(self, name: str) -> QWidget:
        if name not in self._screens:
            widget = self._factories[name](self.ui, self)
            widget.setObjectName(f"screen_{name}")
            self._screens[name] = widget
            self._stack.addWidget(widget)
            self.screen_created.emit(name, widget)
        return self._screens[name]

    def existing_screen(self, name: str) -> QWidget | None:
        """The screen if it was built already (never builds one)."""
        return self._screens.get(name)

    def has_screen(self, name: str) -> bool:
        return name in self._factories

    def show_screen(self, name: str) -> QWidget:
        widget = self.screen_widget(name)
        self._stack.setCurrentWidget(widget)
        hook = getattr(widget, "on_shown", None)
        if callable(hook):
            hook()
        return widget

    @property
    def current_screen(self) -> QWidget | None:
        return self._stack.currentWidget()

    # -- language --------------------------------------------------------------------------
    def take_carried(self, name: str) -> object | None:
        """What the previous ``name`` screen handed over while screens are rebuilt (its
        ``carry_over()``), for the new screen's constructor; None otherwise."""
        return self._carried.pop(name, None)

    def rebuild_screens(self) -> None:
        """Build every built screen again (after a language change, so every text is in the
        new language) and show the one that was current. A screen keeps its work across the
        rebuild by defining ``carry_over()``: the sell screen hands over the sale in progress.
        Results still on their way to an old screen are dropped by the task runner."""
        current = self.current_screen
        current_name = next((n for n, w in self._screens.items() if w is current), None)
        old, self._screens = self._screens, {}
        for name, widget in old.items():
            carry = getattr(widget, "carry_over", None)
            if callable(carry):
                self._carried[name] = carry()
        try:
            for name in old:
                self.screen_widget(name)
        finally:
            self._carried.clear()
        if current_name is not None:
            self.show_screen(current_name)
        for widget in old.values():
            self._stack.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._on_actor(self.ui.actor)

    # -- menus -----------------------------------------------------------------------------
    def add_menu(self, title: str, permission: Permission | None = None) -> QMenu:
        menu = self.menuBar().addMenu(title)
        self._guarded.append((menu, permission))
        self._apply_guards()
        return menu

    def add_action(
        self,
        menu: QMenu,
        text: str,
        handler: Callable[[], None],
        *,
        shortcut: str | None = None,
        permission: Permission | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(handler)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        self._guarded.append((action, permission))
        self._apply_guards()
        return action

    def _apply_guards(self) -> None:
        actor = self.ui.actor
        for item, permission in self._guarded:
            allowed = actor is not None and (permission is None or actor.can(permission))
            if isinstance(item, QMenu):
                item.menuAction().setVisible(allowed)
            else:
                item.setVisible(allowed)
                item.setEnabled(allowed)

    # -- status ----------------------------------------------------------------------------
    def show_message(self, level: str, text: str) -> None:
        self._status_label.setProperty("level", level)
        self._status_label.setText(text)

    def _on_actor(self, actor: Actor | None) -> None:
        self._user_label.setText(
            f"{actor.name} ({role_label(actor.role)})" if actor else self.tr("not signed in")
        )
        self._apply_guards()

    def _on_changed(self, changes: Changes) -> None:
        for widget in self._screens.values():
            hook = getattr(widget, "on_changed", None)
            if callable(hook):
                hook(changes)
