"""The first screen: choose or type a user, then a PIN (a password for administrators).

The services decide who may sign in how (services/auth.py); this screen only offers the field
that will work: administrators are asked for their password, everyone else for their PIN, with
"use my password instead" for the ones who have one. A wrong secret and an unknown user get the
service's single message ("Wrong username or PIN."), so the till never tells a stranger which
usernames exist; a locked account says how many minutes are left.

After a successful sign-in: the sell screen when this terminal has an open shift, otherwise the
shift-open dialog (a cashier cannot sell without an open shift).
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
from pos_desktop.services.users import UserSummary, list_users
from pos_desktop.ui.context import UiContext
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
        self.use_password.setVisible(not admin)
        if self.password_mode():
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
        login = login_with_password if self.password_mode() else login_with_pin
        self._set_busy(True)
        self.error.clear()
        self.ui.run(lambda: login(ctx, username, secret), self._signed_in, self._refused, lane=DB)

    def _signed_in(self, actor: Actor) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.use_password.setChecked(False)
        self.ui.set_actor(actor)
        enter_till(self.ui, self.shell)

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.secret.setFocus()
        if isinstance(error, LockedOut):
            self._show_error(self.locked_message(error.minutes_left))
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
