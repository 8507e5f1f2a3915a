"""The back-office screen: a sidebar of pages (``pages.py``) and the page shown beside it.

Only roles with ``Permission.USE_BACK_OFFICE`` reach it (managers, admins): the menu hides it,
the shell's guard refuses to show it to anyone else, and each page lists only for the roles
its own permission allows. Pages are built when first opened and kept; a service result's
``changes`` reaches every built page's ``on_changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.permissions import Permission
from pos_desktop.services.context import Actor, Changes
from pos_desktop.ui.backoffice.pages import CONTEXT, Page, back_office_pages
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell

KEY_ROLE = Qt.ItemDataRole.UserRole
NAV_WIDTH = 220


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def may_use_back_office(actor: Actor | None) -> bool:
    return actor is not None and actor.can(Permission.USE_BACK_OFFICE)


class BackOfficeScreen(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.pages = {page.key: page for page in back_office_pages()}
        self.built: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("backOfficeNav")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.stack = QStackedWidget()
        self.refused = QLabel(
            QCoreApplication.translate(
                "BackOffice", "The back office is for managers and administrators."
            )
        )
        self.refused.setObjectName("backOfficeRefused")
        self.refused.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.refused)
        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        title = QLabel(QCoreApplication.translate("BackOffice", "Back office"))
        title.setObjectName("backOfficeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        side.addWidget(title)
        side.addWidget(self.nav, 1)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        ui.actor_changed.connect(self._fill_nav)
        self._fill_nav(ui.actor)

    # -- navigation -------------------------------------------------------------------------
    def visible_pages(self) -> list[Page]:
        actor = self.ui.actor
        if not may_use_back_office(actor):
            return []
        assert actor is not None
        return [p for p in self.pages.values() if actor.can(p.permission)]

    def _fill_nav(self, _actor: Actor | None = None) -> None:
        current = self.current_key()
        self.nav.blockSignals(True)
        self.nav.clear()
        group = None
        for page in self.visible_pages():
            if page.group and page.group != group:
                header = QListWidgetItem(_tr(page.group))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.nav.addItem(header)
            group = page.group
            item = QListWidgetItem(_tr(page.title))
            item.setData(KEY_ROLE, page.key)
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        keys = [p.key for p in self.visible_pages()]
        if not keys:
            self.stack.setCurrentWidget(self.refused)
            return
        self.open_page(current if current in keys else keys[0])

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        key = item.data(KEY_ROLE) if item is not None else None
        return key if isinstance(key, str) else None

    def _nav_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        key = item.data(KEY_ROLE) if item is not None else None
        if isinstance(key, str):
            self._show(key)

    def open_page(self, key: str) -> QWidget | None:
        """Show page ``key`` (None when this role may not see it)."""
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(KEY_ROLE) == key:
                if self.nav.currentItem() is item:
                    return self._show(key)
                self.nav.setCurrentItem(item)  # emits currentItemChanged -> _show
                return self.built.get(key)
        return None

    def _show(self, key: str) -> QWidget | None:
        if key not in {p.key for p in self.visible_pages()}:
            return None
        widget = self.built.get(key)
        if widget is None:
            widget = self.pages[key].build(self.ui, self.shell)
            widget.setObjectName(f"page_{key.replace('.', '_')}")
            self.built[key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        hook = getattr(widget, "on_shown", None)
        if callable(hook):
            hook()
        return widget

    def page(self, key: str) -> QWidget | None:
        """The page if it was built already."""
        return self.built.get(key)

    # -- screen hooks ------------------------------------------------------------------------
    def on_shown(self) -> None:
        self._fill_nav(self.ui.actor)

    def on_changed(self, changes: Changes) -> None:
        for widget in self.built.values():
            hook = getattr(widget, "on_changed", None)
            if callable(hook):
                hook(changes)
