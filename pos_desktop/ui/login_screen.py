"""The first screen: choose or type a user, then a PIN (a password for administrators).

The services decide who may sign in how (services/auth.py); this screen only offers the field
that will work: administrators are asked for their password, everyone else for their PIN, with
"use my password instead" for the ones who have one. A wrong secret and an unknown user get the
service's single message ("Wrong username or PIN."), so the till never tells a stranger which
usernames exist; a locked account says how many minutes are left.

After a successful sign-in: the sell screen when this terminal has an open shift, otherwise the
shift-open dialog (a cashier cannot sell without an open shift).

Two-factor: when the service answers a right PIN/password with ``SecondFactorRequired``, the
same field asks for the 6-digit code (or a backup code) and "Back" returns to the start; a
wrong code is a failed attempt like a wrong PIN. ``MfaEnrolmentRequired`` (the store requires
MFA) opens the enrolment dialog, and confirming it signs the person in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import DomainError
from pos_desktop.core.permissions import Role
from pos_desktop.services.auth import LockedOut, login_with_password, login_with_pin
from pos_desktop.services.context import Actor
from pos_desktop.services.mfa import (
    Enrolment,
    MfaChallenge,
    MfaEnrolmentRequired,
    SecondFactorRequired,
)
from pos_desktop.services.mfa_login import (
    CHALLENGE_EXPIRED,
    SignedIn,
    enrolment_for_login,
    finish_enrolment_at_login,
    login_with_code,
)
from pos_desktop.services.users import UserSummary, list_users
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.mfa_enrol_dialog import MfaEnrolDialog
from pos_desktop.ui.qt_strings import role_label
from pos_desktop.ui.session import enter_till
from pos_desktop.ui.shell import Shell
from pos_desktop.ui.tasks import DB

BUTTON_HEIGHT = 48
READ = "read"


class LoginScreen(QWidget):
    def __init__(self, ui: UiContext, shell: Shell) -> None:
        super().__init__()
        self.ui = ui
        self.shell = shell
        self._users: dict[str, UserSummary] = {}
        self._busy = False
        self._challenge: MfaChallenge | None = None  # set while the code is asked for

        title = QLabel(self.tr("Sign in"))
        title.setObjectName("loginTitle")
        big = QFont(title.font())
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        title.setFont(big)

        self.user_list = QListWidget()
        self.user_list.setObjectName("loginUsers")
        self.user_list.setMinimumWidth(260)
        self.user_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.user_list.setStyleSheet("QListWidget::item { min-height: 48px; padding: 4px; }")
        list_font = QFont(self.user_list.font())
        list_font.setPointSizeF(list_font.pointSizeF() * 1.15)
        self.user_list.setFont(list_font)
        self.user_list.currentItemChanged.connect(self._user_chosen)

        self.username = QLineEdit()
        self.username.setObjectName("loginUsername")
        self.username.setPlaceholderText(self.tr("username"))
        self.username.textEdited.connect(self._username_typed)

        self.secret_label = QLabel()
        self.secret = QLineEdit()
        self.secret.setObjectName("loginSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMaxLength(256)
        self.secret.returnPressed.connect(self.submit)
        self.user_list.itemActivated.connect(lambda _item: self.secret.setFocus())
        self.username.returnPressed.connect(self.secret.setFocus)
        for field in (self.username, self.secret):
            field.setMinimumHeight(BUTTON_HEIGHT)

        self.use_password = QCheckBox(self.tr("Use my password instead of the PIN"))
        self.use_password.setObjectName("loginUsePassword")
        self.use_password.toggled.connect(self._update_mode)

        self.sign_in = QPushButton(self.tr("Sign in"))
        self.sign_in.setObjectName("loginSubmit")
        self.sign_in.setMinimumHeight(BUTTON_HEIGHT)
        self.sign_in.setDefault(True)
        self.sign_in.clicked.connect(self.submit)

        self.back = QPushButton(self.tr("Back"))
        self.back.setObjectName("loginBack")
        self.back.setMinimumHeight(BUTTON_HEIGHT)
        self.back.clicked.connect(self.leave_code_step)
        self.back.hide()

        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * 2 + 4)

        form = QVBoxLayout()
        form.addWidget(QLabel(self.tr("User")))
        form.addWidget(self.username)
        form.addWidget(self.secret_label)
        form.addWidget(self.secret)
        form.addWidget(self.use_password)
        form.addLayout(self._keypad())
        form.addWidget(self.sign_in)
        form.addWidget(self.back)
        form.addStretch(1)

        panel = QFrame()
        panel.setObjectName("loginPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel_layout = QVBoxLayout(panel)
        row = QHBoxLayout()
        panel_layout.addLayout(row)
        panel_layout.addWidget(self.error)
        users = QVBoxLayout()
        users.addWidget(QLabel(self.tr("Choose your name")))
        users.addWidget(self.user_list)
        row.addLayout(users, 1)
        row.addSpacing(16)
        row.addLayout(form, 1)
        panel.setMaximumWidth(820)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addSpacing(12)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self._update_mode()

    def _keypad(self) -> QGridLayout:
        """Digits for touch screens; typing works as well."""
        grid = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "⌫"]
        for i, key in enumerate(keys):
            button = QPushButton(key)
            button.setObjectName(f"loginKey_{i}")
            button.setMinimumHeight(BUTTON_HEIGHT)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=key: self._key(k))
            grid.addWidget(button, i // 3, i % 3)
        return grid

    def _key(self, key: str) -> None:
        if key == "C":
            self.secret.clear()
        elif key == "⌫":
            self.secret.backspace()
        else:
            self.secret.insert(key)
        self.secret.setFocus()

    # -- the screen's life -----------------------------------------------------------------
    def on_shown(self) -> None:
        self.leave_code_step()
        self.secret.clear()
        self.error.clear()
        self._set_busy(False)
        ctx = self.ui.ctx

        def load() -> list[UserSummary]:
            with ctx.db.read() as s:
                return list_users(s, ctx, include_disabled=False)

        self.ui.run(load, self._show_users, lane=READ)
        self.username.setFocus()

    def _show_users(self, users: list[UserSummary]) -> None:
        self._users = {u.username: u for u in users}
        self.user_list.blockSignals(True)
        self.user_list.clear()
        for user in users:
            item = QListWidgetItem(f"{user.name}\n{role_label(user.role)}")
            item.setData(Qt.ItemDataRole.UserRole, user.username)
            self.user_list.addItem(item)
        self.user_list.blockSignals(False)

    def _user_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.username.setText(str(item.data(Qt.ItemDataRole.UserRole)))
        self.error.clear()
        self._update_mode()
        self.secret.clear()
        self.secret.setFocus()

    def _username_typed(self, _text: str) -> None:
        self.user_list.blockSignals(True)
        self.user_list.clearSelection()
        self.user_list.setCurrentRow(-1)
        self.user_list.blockSignals(False)
        self._update_mode()

    def _is_admin(self) -> bool:
        user = self._users.get(self.username.text().strip().lower())
        return user is not None and user.role == Role.ADMIN.value

    def password_mode(self) -> bool:
        return self._is_admin() or self.use_password.isChecked()

    def _update_mode(self) -> None:
        admin = self._is_admin()
        code_step = self._challenge is not None
        self.use_password.setVisible(not admin and not code_step)
        self.back.setVisible(code_step)
        self.username.setEnabled(not code_step)
        self.user_list.setEnabled(not code_step)
        self.secret.setEchoMode(
            QLineEdit.EchoMode.Normal if code_step else QLineEdit.EchoMode.Password
        )
        if code_step:
            self.secret_label.setText(self.tr("Two-factor code"))
            self.secret.setPlaceholderText(self.tr("6-digit code or a backup code"))
        elif self.password_mode():
            self.secret_label.setText(self.tr("Password"))
            self.secret.setPlaceholderText(self.tr("password"))
        else:
            self.secret_label.setText(self.tr("PIN"))
            self.secret.setPlaceholderText(self.tr("PIN"))

    # -- signing in ------------------------------------------------------------------------
    def submit(self) -> None:
        if self._busy:
            return
        username, secret = self.username.text().strip(), self.secret.text()
        if not username:
            self._show_error(self.tr("Choose your name or type your username."))
            return
        if not secret:
            self._show_error(
                self.tr("Enter your password.")
                if self.password_mode()
                else self.tr("Enter your PIN.")
            )
            return
        ctx = self.ui.ctx
        self._set_busy(True)
        self.error.clear()
        challenge = self._challenge
        if challenge is not None:
            self.ui.run(
                lambda: login_with_code(ctx, challenge, secret),
                self._signed_in,
                self._refused,
                lane=DB,
            )
            return
        login = login_with_password if self.password_mode() else login_with_pin
        self.ui.run(lambda: login(ctx, username, secret), self._signed_in, self._refused, lane=DB)

    # -- two-factor --------------------------------------------------------------------------
    def in_code_step(self) -> bool:
        return self._challenge is not None

    def _ask_for_code(self, challenge: MfaChallenge) -> None:
        self._challenge = challenge
        self._update_mode()
        self.secret.clear()
        self.secret.setFocus()
        self._show_error("")

    def leave_code_step(self) -> None:
        self._challenge = None
        self.secret.clear()
        self.error.clear()
        self._update_mode()

    def _enrol(self, challenge: MfaChallenge) -> None:
        ctx = self.ui.ctx
        self._set_busy(True)

        def opened(enrolment: Enrolment) -> None:
            self._set_busy(False)
            secret = enrolment.secret
            dialog = MfaEnrolDialog(
                self.ui,
                enrolment,
                lambda code: finish_enrolment_at_login(ctx, challenge, secret, code),
                self,
            )
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.finished.connect(lambda _r: self._enrolled(dialog))
            self.enrol_dialog = dialog
            dialog.open()

        self.ui.run(lambda: enrolment_for_login(ctx, challenge), opened, self._refused, lane=DB)

    def _enrolled(self, dialog: MfaEnrolDialog) -> None:
        outcome = dialog.outcome
        dialog.deleteLater()
        if isinstance(outcome, SignedIn):
            self._signed_in(outcome.actor)
        else:
            self._show_error(
                self.tr("Two-factor sign-in was not set up, so you are not signed in.")
            )

    def _signed_in(self, actor: Actor) -> None:
        self._set_busy(False)
        self._challenge = None
        self._update_mode()
        self.secret.clear()
        self.use_password.setChecked(False)
        self.ui.set_actor(actor)
        enter_till(self.ui, self.shell)

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.secret.setFocus()
        if isinstance(error, SecondFactorRequired):
            self._ask_for_code(error.challenge)
        elif isinstance(error, MfaEnrolmentRequired):
            self._show_error(error.message)
            self._enrol(error.challenge)
        elif isinstance(error, LockedOut) or (
            isinstance(error, DomainError) and error.code == CHALLENGE_EXPIRED
        ):
            self.leave_code_step()
            if isinstance(error, LockedOut):
                self._show_error(self.locked_message(error.minutes_left))
            else:
                self._show_error(error.message)
        elif isinstance(error, DomainError):
            self._show_error(error.message)
        else:
            self._show_error(self.tr("Signing in failed: {}").format(error))

    def locked_message(self, minutes: int) -> str:
        """The lockout text with its minutes (whole English words, not "minute(s)")."""
        if minutes == 1:
            return self.tr(
                "This account is locked after too many wrong attempts. "
                "Try again in 1 minute, or ask a manager to unlock it."
            )
        # self.tr(text, "", n) inside a class is the form lupdate's Python parser extracts as a
        # plural (numerus) message; QCoreApplication.translate(ctx, text, "", n) is not, and a
        # catalogue without numerus forms gives English back for n >= 2.
        return self.tr(
            "This account is locked after too many wrong attempts. "
            "Try again in %n minutes, or ask a manager to unlock it.",
            "",
            minutes,
        )

    def _show_error(self, text: str) -> None:
        self.error.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.sign_in.setEnabled(not busy)
        self.sign_in.setText(self.tr("Checking…") if busy else self.tr("Sign in"))
