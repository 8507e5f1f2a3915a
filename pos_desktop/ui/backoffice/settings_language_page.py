"""Settings > Language: this terminal's default language (the login screen's, setting
``ui.language``, MANAGE_SETTINGS) and the signed-in user's own language (anyone, for themself).
The user's language applies at their next sign-in (or now, from the Language menu)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from pos_desktop.core.permissions import Permission
from pos_desktop.i18n.languages import LANGUAGES
from pos_desktop.services.languages import LOGIN_LANGUAGE, login_language, user_language
from pos_desktop.services.settings import set_setting
from pos_desktop.services.users import set_language
from pos_desktop.ui.backoffice.admin_common import show_error, show_ok
from pos_desktop.ui.backoffice.widgets import MIN_HEIGHT, READ, button, named, status_label
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.tasks import DB


def _chooser(name: str) -> QComboBox:
    combo = named(QComboBox(), name)
    for lang in LANGUAGES:
        combo.addItem(lang.native_name, lang.code)
    combo.setMinimumHeight(MIN_HEIGHT)
    return combo


class LanguagePage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.terminal = _chooser("langTerminal")
        self.mine = _chooser("langMine")
        self.terminal_save = button(self.tr("Save"), "langTerminalSave", self.save_terminal)
        self.mine_save = button(self.tr("Save"), "langMineSave", self.save_mine)
        self.status = status_label("langStatus")
        terminal_box = QGroupBox(self.tr("This terminal"))
        form = QFormLayout(terminal_box)
        row = QHBoxLayout()
        row.addWidget(self.terminal, 1)
        row.addWidget(self.terminal_save)
        form.addRow(self.tr("Language of the sign-in screen"), row)
        mine_box = QGroupBox(self.tr("You"))
        form2 = QFormLayout(mine_box)
        row2 = QHBoxLayout()
        row2.addWidget(self.mine, 1)
        row2.addWidget(self.mine_save)
        form2.addRow(self.tr("Your language"), row2)
        layout = QVBoxLayout(self)
        layout.addWidget(terminal_box)
        layout.addWidget(mine_box)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def on_shown(self) -> None:
        ctx, actor = self.ui.ctx, self.ui.actor
        self.terminal_save.setEnabled(self.ui.can(Permission.MANAGE_SETTINGS))

        def load() -> tuple[str, str]:
            with ctx.db.read() as s:
                mine = user_language(s, ctx, actor.user_id) if actor else "en"
                return login_language(s, ctx), mine

        self.ui.run(load, self._show, lane=READ)

    def _show(self, loaded: tuple[str, str]) -> None:
        terminal, mine = loaded
        self.terminal.setCurrentIndex(max(0, self.terminal.findData(terminal)))
        self.mine.setCurrentIndex(max(0, self.mine.findData(mine)))

    def save_terminal(self) -> None:
        ctx, actor, code = self.ui.ctx, self.ui.require_actor(), str(self.terminal.currentData())
        self.ui.run(
            lambda: set_setting(ctx, actor, LOGIN_LANGUAGE, code, scope="device"),
            lambda _r: show_ok(
                self.status, self.tr("Saved: the sign-in screen uses it from the next start.")
            ),
            lambda e: show_error(self.status, e),
            lane=DB,
        )

    def save_mine(self) -> None:
        ctx, actor, code = self.ui.ctx, self.ui.require_actor(), str(self.mine.currentData())
        self.ui.run(
            lambda: set_language(ctx, actor, actor.user_id, code),
            lambda _r: show_ok(self.status, self.tr("Saved: used from your next sign-in.")),
            lambda e: show_error(self.status, e),
            lane=DB,
        )
