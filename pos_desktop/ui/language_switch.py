"""Switching the UI's language: at start (the terminal's default), when someone signs in (their
language), and from the "Language" menu (a person choosing their own, saved on their user).

A switch installs the new catalogue (ui/i18n.py), rebuilds the screens already built
(``Shell.rebuild_screens``: the sell screen hands its sale in progress to its successor, so a
cart is never lost) and retranslates the menus. Signing out keeps the last user's language:
the next person meets the login screen as it was, and nothing is rebuilt under their fingers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup

from pos_desktop.core.errors import DomainError
from pos_desktop.i18n.languages import LANGUAGES
from pos_desktop.i18n.markers import QT_TRANSLATE_NOOP
from pos_desktop.services.context import Actor
from pos_desktop.services.languages import read_login_language, read_user_language
from pos_desktop.services.users import set_language
from pos_desktop.ui.i18n import Translations, translations
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.shell_menus import ShellMenus
from pos_desktop.ui.tasks import DB

READ = "read"


class LanguageSwitch(QObject):
    def __init__(self, shell: Shell, menus: ShellMenus) -> None:
        super().__init__(shell)
        self.setObjectName("languageSwitch")
        self.shell = shell
        self.ui = shell.ui
        self.menus = menus
        self.translations: Translations = translations()
        self.choices: dict[str, QAction] = {}
        self._build_menu()
        self.ui.actor_changed.connect(self._actor_changed)

    @property
    def language(self) -> str:
        return self.translations.language

    def _build_menu(self) -> None:
        menu = self.menus.menu(QT_TRANSLATE_NOOP("ShellMenus", "&Language"))
        group = QActionGroup(self)
        for lang in LANGUAGES:
            # Each language is named in its own script: whoever needs it can read it.
            action = self.menus.add(
                menu,
                f"language.{lang.code}",
                lang.native_name,
                self._chooser(lang.code),
                shortcut=False,
            )
            action.setCheckable(True)
            group.addAction(action)
            self.choices[lang.code] = action
        self._check()

    def _chooser(self, code: str) -> Callable[[], None]:
        return lambda: self.choose(code)

    def _check(self) -> None:
        action = self.choices.get(self.language)
        if action is not None:
            action.setChecked(True)

    # -- when ----------------------------------------------------------------------------
    def start(self) -> None:
        """Speak the terminal's default language (the login screen of a fresh start)."""
        ctx = self.ui.ctx
        self.ui.run(lambda: read_login_language(ctx), self._arrived, lane=READ)

    def _arrived(self, code: str) -> None:
        self.apply(code)

    def _actor_changed(self, actor: Actor | None) -> None:
        if actor is None:
            return  # signing out keeps the last user's language
        ctx, user_id = self.ui.ctx, actor.user_id

        def arrived(code: str) -> None:
            if self.ui.actor is not None and self.ui.actor.user_id == user_id:
                self.apply(code)

        # The read lane runs in order: this lands before the sign-in's own shift probe, so the
        # sell screen is built once, already in the user's language.
        self.ui.run(lambda: read_user_language(ctx, user_id), arrived, lane=READ)

    def choose(self, code: str) -> None:
        """The signed-in person picks their language: saved on their user, shown at once."""
        actor = self.ui.actor
        if actor is None:
            return
        ctx = self.ui.ctx
        self.ui.run(
            lambda: set_language(ctx, actor, actor.user_id, code),
            lambda _result: self._arrived(code),
            self._refused,
            lane=DB,
        )

    def _refused(self, error: BaseException) -> None:
        self._check()  # the menu shows the language still in force
        text = error.message if isinstance(error, DomainError) else str(error)
        self.ui.message.emit("error", text)

    # -- how -----------------------------------------------------------------------------
    def apply(self, code: str) -> bool:
        """Switch to ``code`` now; True when the language changed."""
        changed = self.translations.use(code)
        if changed:
            self.shell.rebuild_screens()
            self.menus.retranslate()
        self._check()
        return changed


def install_language_switch(shell: Shell, menus: ShellMenus) -> LanguageSwitch:
    return LanguageSwitch(shell, menus)
