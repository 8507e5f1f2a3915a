"""Administration > Users: who may sign in, their role, status, last sign-in and two-factor.

Every button calls a service (services/users.py, services/mfa.py) that enforces the rules: a
manager given MANAGE_USERS cannot create, promote or edit an administrator, whatever this page
shows. The page hides the choices a role cannot use (e.g. "Admin" in the role list). "My
two-factor sign-in" sets up (or turns off) the signed-in manager's or admin's own MFA; an
admin may turn off another user's (a lost phone). "Require two-factor sign-in" is the store
setting ``auth.require_mfa`` (MANAGE_SETTINGS).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pos_desktop.core.permissions import Permission, Role
from pos_desktop.i18n.languages import LANGUAGES
from pos_desktop.services import mfa
from pos_desktop.services.context import Changes
from pos_desktop.services.settings import get_setting, set_setting
from pos_desktop.services.users import (
    UserSummary,
    change_role,
    disable_user,
    enable_user,
    list_users,
    reset_password,
    reset_pin,
    set_language,
    unlock_user,
)
from pos_desktop.ui.backoffice.admin_common import PromptDialog, open_prompt, show_error, show_ok
from pos_desktop.ui.backoffice.formats import when_text
from pos_desktop.ui.backoffice.user_dialog import NewUserDialog
from pos_desktop.ui.backoffice.widgets import (
    READ,
    button,
    fill_table,
    make_table,
    named,
    selected_id,
    status_label,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.mfa_enrol_dialog import MfaEnrolDialog
from pos_desktop.ui.qt_strings import role_label
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.tasks import DB


def load_users(ui: UiContext) -> tuple[list[UserSummary], bool]:
    ctx = ui.ctx
    with ctx.db.read() as s:
        return list_users(s, ctx), bool(get_setting(s, ctx, mfa.REQUIRE_MFA))


class UsersPage(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self.users: dict[str, UserSummary] = {}
        self.dialog: Any = None  # the open dialog, for tests
        self.table = make_table(
            "usersTable",
            [
                self.tr("Name"),
                self.tr("Username"),
                self.tr("Role"),
                self.tr("Status"),
                self.tr("Last sign-in"),
                self.tr("Two-factor"),
                self.tr("Language"),
            ],
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button = button(self.tr("New user…"), "usersNew", self.new_user)
        self.toggle_button = button(self.tr("Disable"), "usersToggle", self.toggle_active)
        self.pin_button = button(self.tr("Reset PIN…"), "usersResetPin", self.reset_pin)
        self.password_button = button(
            self.tr("Reset password…"), "usersResetPassword", self.reset_password
        )
        self.unlock_button = button(self.tr("Unlock"), "usersUnlock", self.unlock)
        self.role_button = button(self.tr("Change role…"), "usersRole", self.change_role)
        self.language_button = button(self.tr("Language…"), "usersLanguage", self.language)
        self.mfa_off_button = button(
            self.tr("Turn off two-factor"), "usersMfaOff", self.turn_off_mfa
        )
        self.my_mfa_button = button(
            self.tr("My two-factor sign-in…"), "usersMyMfa", self.my_two_factor
        )
        self.require_mfa = named(
            QCheckBox(self.tr("Require two-factor sign-in for managers and administrators")),
            "usersRequireMfa",
        )
        self.require_mfa.clicked.connect(self._require_mfa_clicked)
        self.status = status_label("usersStatus")

        actions = QHBoxLayout()
        for widget in (
            self.new_button,
            self.toggle_button,
            self.pin_button,
            self.password_button,
            self.unlock_button,
            self.role_button,
            self.language_button,
            self.mfa_off_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        mine = QHBoxLayout()
        mine.addWidget(self.my_mfa_button)
        mine.addWidget(self.require_mfa)
        mine.addStretch(1)
        title = QLabel(self.tr("Users"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(mine)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.refresh()

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("users") or changes.touches("settings"):
            self.refresh()

    def refresh(self) -> None:
        self.ui.run(lambda: load_users(self.ui), self._show, lane=READ)

    def _show(self, loaded: tuple[list[UserSummary], bool]) -> None:
        users, required = loaded
        self.users = {u.user_id: u for u in users}
        native = {lang.code: lang.native_name for lang in LANGUAGES}
        fill_table(
            self.table,
            [
                (
                    u.user_id,
                    [
                        u.name,
                        u.username,
                        role_label(u.role),
                        self._status_text(u),
                        when_text(u.last_login_at) or self.tr("never"),
                        self.tr("On") if u.mfa_enabled else self.tr("Off"),
                        native.get(u.language, u.language),
                    ],
                )
                for u in users
            ],
            selection="keep",
        )
        self.require_mfa.setChecked(required)
        self._update_buttons()

    def _status_text(self, user: UserSummary) -> str:
        if not user.is_active:
            return self.tr("Disabled")
        return self.tr("Locked") if user.locked else self.tr("Active")

    def selected(self) -> UserSummary | None:
        user_id = selected_id(self.table)
        return self.users.get(user_id) if user_id else None

    def _update_buttons(self) -> None:
        user = self.selected()
        actor = self.ui.actor
        is_admin = actor is not None and actor.role == Role.ADMIN.value
        # Hide what this role cannot do to the chosen user; the services refuse regardless.
        editable = user is not None and (is_admin or user.role != Role.ADMIN.value)
        for widget in (
            self.toggle_button,
            self.pin_button,
            self.password_button,
            self.role_button,
            self.language_button,
            self.unlock_button,
        ):
            widget.setEnabled(editable)
        self.unlock_button.setEnabled(editable and user is not None and user.locked)
        self.toggle_button.setText(
            self.tr("Enable") if user is not None and not user.is_active else self.tr("Disable")
        )
        self.mfa_off_button.setVisible(is_admin)
        self.mfa_off_button.setEnabled(
            user is not None and user.mfa_enabled and actor is not None
            and user.user_id != actor.user_id
        )  # fmt: skip
        self.require_mfa.setVisible(self.ui.can(Permission.MANAGE_SETTINGS))
        self.my_mfa_button.setVisible(actor is not None and actor.role in mfa.MFA_ROLES)

    # -- actions -----------------------------------------------------------------------------
    def _run(self, fn: Any, done_text: str) -> None:
        self.ui.run(fn, lambda _r: show_ok(self.status, done_text), self._failed, lane=DB)

    def _failed(self, error: BaseException) -> None:
        show_error(self.status, error)

    def _prompt(self, dialog: PromptDialog, done_text: str) -> None:
        dialog.accepted.connect(lambda: show_ok(self.status, done_text))
        self.dialog = open_prompt(dialog)

    def new_user(self) -> None:
        dialog = NewUserDialog(self.ui, self)
        dialog.accepted.connect(lambda: show_ok(self.status, self.tr("User created.")))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog

    def toggle_active(self) -> None:
        user, ctx, actor = self.selected(), self.ui.ctx, self.ui.require_actor()
        if user is None:
            return
        if user.is_active:
            self._run(lambda: disable_user(ctx, actor, user.user_id), self.tr("User disabled."))
        else:
            self._run(lambda: enable_user(ctx, actor, user.user_id), self.tr("User enabled."))

    def unlock(self) -> None:
        user, ctx, actor = self.selected(), self.ui.ctx, self.ui.require_actor()
        if user is not None:
            self._run(lambda: unlock_user(ctx, actor, user.user_id), self.tr("User unlocked."))

    def reset_pin(self) -> None:
        user, ctx, actor = self.selected(), self.ui.ctx, self.ui.require_actor()
        if user is None:
            return
        dialog = PromptDialog(
            self.ui,
            self.tr("Reset PIN"),
            self.tr("New PIN for {} (4-8 digits):").format(user.name),
            lambda pin: reset_pin(ctx, actor, user.user_id, pin),
            self,
            secret=True,
        )
        self._prompt(dialog, self.tr("PIN changed; the account is unlocked."))

    def reset_password(self) -> None:
        user, ctx, actor = self.selected(), self.ui.ctx, self.ui.require_actor()
        if user is None:
            return
        dialog = PromptDialog(
            self.ui,
            self.tr("Reset password"),
            self.tr("New password for {} (at least 8 characters):").format(user.name),
            lambda password: reset_password(ctx, actor, user.user_id, password),
            self,
            secret=True,
        )
        self._prompt(dialog, self.tr("Password changed."))

    def change_role(self) -> None:
        user, ctx, actor = self.selected(), self.ui.ctx, self.ui.require_actor()
        if user is None:
            return
        roles = [
            (r.value, role_label(r.value))
            for r in Role
            if r is not Role.ADMIN or actor.role == Role.ADMIN.value
        ]
        dialog = PromptDialog(
            self.ui,
            self.tr("Change role"),
            self.tr("Role of {}:").format(user.name),
            lambda role: change_role(ctx, actor, user.user_id, role),
            self,
            choices=roles,
            initial=user.role,
        )
        self._prompt(dialog, self.tr("Role changed."))

    def language(self) -> None:
        user, ctx, actor = self.selected(), self.ui.ctx, self.ui.require_actor()
        if user is None:
            return
        dialog = PromptDialog(
            self.ui,
            self.tr("Language"),
            self.tr("Language of {}:").format(user.name),
            lambda code: set_language(ctx, actor, user.user_id, code),
            self,
            choices=[(lang.code, lang.native_name) for lang in LANGUAGES],
            initial=user.language,
        )
        self._prompt(dialog, self.tr("Language changed."))

    def turn_off_mfa(self) -> None:
        user, ctx, actor = self.selected(), self.ui.ctx, self.ui.require_actor()
        if user is not None:
            self._run(
                lambda: mfa.disable_mfa(ctx, actor, user.user_id),
                self.tr("Two-factor sign-in turned off for {}.").format(user.name),
            )

    def _require_mfa_clicked(self, checked: bool) -> None:
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        self._run(
            lambda: set_setting(ctx, actor, mfa.REQUIRE_MFA, bool(checked), scope="organization"),
            self.tr("Saved."),
        )

    def my_two_factor(self) -> None:
        """Set up one's own MFA, or (when on) turn it off with a current code."""
        ctx, actor = self.ui.ctx, self.ui.require_actor()
        me = self.users.get(actor.user_id)
        if me is not None and me.mfa_enabled:
            dialog = PromptDialog(
                self.ui,
                self.tr("Turn off two-factor sign-in"),
                self.tr("Type a current code from your app (or a backup code) to turn it off:"),
                lambda code: mfa.disable_mfa(ctx, actor, actor.user_id, code),
                self,
            )
            self._prompt(dialog, self.tr("Two-factor sign-in is off."))
            return
        self.ui.run(lambda: mfa.start_enrolment(ctx, actor), self._enrol, self._failed, lane=READ)

    def _enrol(self, enrolment: mfa.Enrolment) -> None:
        ctx, actor, secret = self.ui.ctx, self.ui.require_actor(), enrolment.secret
        dialog = MfaEnrolDialog(
            self.ui, enrolment, lambda code: mfa.confirm_enrolment(ctx, actor, secret, code), self
        )
        dialog.accepted.connect(lambda: show_ok(self.status, self.tr("Two-factor sign-in is on.")))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
