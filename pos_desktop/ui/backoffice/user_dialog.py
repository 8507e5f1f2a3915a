"""New user: username, name, role, PIN, optional password, language. The service checks every
rule (usernames, PIN/password strength, who may create an administrator)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.permissions import Role
from pos_desktop.i18n.languages import LANGUAGES
from pos_desktop.services.users import NewUser, UserResult, create_user
from pos_desktop.ui.backoffice.admin_common import show_error
from pos_desktop.ui.backoffice.widgets import MIN_HEIGHT, button, named, status_label
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.qt_strings import role_label
from pos_desktop.ui.tasks import DB


class NewUserDialog(QDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.created: UserResult | None = None
        self.setObjectName("newUserDialog")
        self.setWindowTitle(self.tr("New user"))
        self.username = named(QLineEdit(), "userUsername")
        self.name = named(QLineEdit(), "userName")
        self.role = named(QComboBox(), "userRole")
        actor = ui.actor
        for role in Role:
            if role is Role.ADMIN and (actor is None or actor.role != Role.ADMIN.value):
                continue  # only an administrator may create one (the service refuses anyway)
            self.role.addItem(role_label(role.value), role.value)
        self.role.setCurrentIndex(max(0, self.role.findData(Role.CASHIER.value)))
        self.pin = named(QLineEdit(), "userPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("4-8 digits"))
        self.password = named(QLineEdit(), "userPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least 8 characters; required for admins"))
        self.language = named(QComboBox(), "userLanguage")
        for lang in LANGUAGES:
            self.language.addItem(lang.native_name, lang.code)
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Password (optional)"), self.password)
        form.addRow(self.tr("Language"), self.language)
        for field in (self.username, self.name, self.pin, self.password, self.role, self.language):
            field.setMinimumHeight(MIN_HEIGHT)
        self.error = status_label("userError")
        self.save = button(self.tr("Create"), "userCreate", self.submit)
        self.save.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = button(self.tr("Cancel"), "userCancel", self.reject)
        cancel.setAutoDefault(False)
        row.addWidget(cancel)
        row.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(row)

    def spec(self) -> NewUser:
        return NewUser(
            username=self.username.text(),
            name=self.name.text(),
            role=str(self.role.currentData()),
            pin=self.pin.text(),
            password=self.password.text() or None,
            language=str(self.language.currentData()),
        )

    def submit(self) -> None:
        ctx, actor, spec = self.ui.ctx, self.ui.require_actor(), self.spec()
        self.save.setEnabled(False)
        self.ui.run(lambda: create_user(ctx, actor, spec), self._created, self._refused, lane=DB)

    def _created(self, result: UserResult) -> None:
        self.created = result
        self.save.setEnabled(True)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.save.setEnabled(True)
        show_error(self.error, error)
